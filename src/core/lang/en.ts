import type { LanguagePack } from './pack';

/** English: the words the core read before there were packs. Its step notation is the reader's own (`note/stepNotation.ts`). */
export const en: LanguagePack = {
  code: 'en',
  sections: {
    preparation: ['Preparation', 'Prep', 'Before the conversation'],
    facts: ['Facts', 'Key facts', 'What happened'],
    clientPerspective: ["Client's perspective", 'Client perspective', "Client's view", 'Their perspective'],
    boundaries: ['Boundaries', 'Limits', 'What I can and cannot do', "What I can and can't do", "What I can/can't do", 'Where I drew the line', 'What I said no to', "What I'll say no to", "What I won't do", 'What I can do', 'Red lines', 'Non-negotiables'],
    options: ['Options discussed', 'Options'],
    agreements: ['Agreements', 'What we agreed'],
    nextSteps: ['Agreed next steps', 'Next steps', 'Action items', 'Actions', 'Agreements and next steps', 'Who does what', 'Action points', 'AIs', 'Tasks', 'To-dos', 'ToDos', 'To do', 'Follow-ups', 'Next'],
    privateNotes: ['Private notes', 'Private', 'Notes to self'],
  },
  privateWords: ['private', 'confidential'],
  steps: { ownerKeys: [], dueKeys: [], me: [], client: [], both: [], months: [], weekdays: [], today: [], slashedDates: 'by-the-note', subjectVerb: { endings: [], notAfterName: [] }, agent: { words: [], articles: [] }, dateArticles: [], firstOfMonth: [], done: [], todo: [], calendarWeek: [], tableColumns: { what: [], owner: [], due: [], done: [] }, relativeDays: { 'end of week|eow': [], 'end of month|eom': [], 'end of next week': [], 'next week': [], tmrw: [], early: [], mid: [], end: [] } },
  tone: {
    blame: ['you failed', 'your fault', 'your mistake', 'you forgot', 'you ignored', 'you caused', 'you missed', "you didn't", "you didn't even", 'you did not', 'you did not even', "you couldn't even", 'you should have', 'you could have', 'you ought to have', 'you were supposed to', "you're supposed to", 'you were meant to', 'you keep', 'you kept', 'you refuse', 'you refused', 'you messed up', 'you dropped the ball', 'you let me down', 'you made me', 'because of you', 'thanks to you', 'as I already told you', 'I already told you', 'as I said before', 'how many times', 'per my last email'],
    frequency: ['always', 'never', 'constantly', 'forever'],
    repetition: ['yet again', 'once again', 'again and again', 'time and again', 'every single time'],
    opinion: ['obviously', 'clearly', 'evidently', 'blatantly', 'needless to say', 'as usual', 'as always'],
    person: ['lazy', 'rude', 'defensive', 'unreasonable', 'careless', 'incompetent', 'unprofessional', 'dismissive', 'petty', 'hostile', 'clueless', 'difficult', 'demanding', 'arrogant', 'condescending', 'patronising', 'patronizing', 'disrespectful', 'aggressive', 'passive-aggressive', 'stubborn', 'selfish', 'entitled', 'dishonest', 'irresponsible', 'unreliable', 'negligent', 'inflexible', 'uncooperative', 'ungrateful', 'immature', 'manipulative', 'pushy', 'hysterical', 'toxic', 'disorganised', 'disorganized'],
    contempt: ['ridiculous', 'absurd', 'useless', 'pathetic', 'stupid', 'idiotic', 'sloppy', 'shoddy', 'laughable', 'amateurish', 'outrageous'],
    clientWords: ['you', 'your', 'yours', 'yourself', 'yourselves', "y'all", 'y’all', 'you all', 'you guys'],
    clientPossessives: ['your'],
    selfWords: ['i', 'we'],
    personNouns: ['client', 'customer', 'manager', 'boss', 'owner', 'founder', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'director', 'president', 'lead', 'team', 'staff', 'department', 'board', 'committee', 'colleague', 'assistant', 'secretary', 'employee', 'intern', 'coordinator', 'administrator', 'admin', 'designer', 'developer', 'engineer', 'programmer', 'editor', 'writer', 'copywriter', 'photographer', 'translator', 'illustrator', 'marketer', 'accountant', 'bookkeeper', 'lawyer', 'consultant', 'agency', 'contractor', 'freelancer', 'vendor', 'supplier', 'partner', 'stakeholder', 'representative', 'rep', 'agent', 'officer', 'person', 'people', 'guy', 'man', 'woman', 'folks', 'he', 'she', 'they', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'his', 'her', 'their', 'super', 'supervisor', 'foreman', 'crew', 'builder', 'planner', 'producer', 'buyer', 'recruiter', 'tester', 'architect', 'surveyor', 'tradesman', 'tradie', 'installer', 'caterer'],
    verbHelpers: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'ca', 'could', 'may', 'might', 'must', 'wo', 'not', 'also', 'still', 'just', 'really', 'almost', 'nearly', 'practically', 'basically', 'literally', 'simply', 'virtually', 'pretty', 'much', 'so', 'too', 'even', 'ever', 'seem', 'seems', 'seemed', 'obviously', 'clearly'],
    reporting: ['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'believe', 'believes', 'explained', 'mentioned', 'noted', 'claimed', 'claims', 'agreed', 'asked', 'know', 'knows', 'knew'],
    relatives: ['who', 'that', 'which'],
    joiners: ['and', 'but', 'or', 'yet', 'then'],
    notNames: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'its', 'it', 'there', 'here', 'on', 'in', 'at', 'by', 'for', 'from', 'to', 'with', 'after', 'before', 'since', 'until', 'during', 'when', 'while', 'if', 'as', 'because', 'although', 'but', 'and', 'or', 'so', 'then', 'also', 'all', 'every', 'each', 'some', 'no', 'both', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    notNouns: ['to', 'with', 'on', 'in', 'at', 'by', 'for', 'from', 'of', 'about', 'toward', 'towards', 'over', 'under', 'during', 'after', 'before', 'since', 'until', 'into', 'without', 'like', 'than', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'when', 'whenever', 'while', 'if', 'although', 'though', 'again', 'too', 'enough', 'today', 'yesterday', 'now', 'then', 'all', 'every', 'each', 'this', 'that', 'these', 'those', 'here', 'there', 'once', 'twice', 'times', 'which', 'who'],
    negations: [],
    elisions: [],
    frequencyAfterVerb: false,
    capitalisedNouns: false,
  },
  recap: {
    subject: 'Follow-up: {topic}',
    subjectDated: 'Follow-up: {topic} ({date})',
    hello: 'Hello,',
    hi: 'Hi {names},',
    and: '{first} and {second}',
    thanks: 'Thank you for {what}.',
    thanksDated: 'Thank you for {what} on {date}.',
    channels: { 'in-person': 'meeting with me', 'video-call': 'the video call', phone: 'the call', email: 'your messages', chat: 'the chat', other: 'the conversation' },
    agreed: 'What we agreed',
    boundaries: 'To keep things clear',
    groups: { me: 'What I will do', you: 'What you will do', we: 'What we will do', unassigned: 'Also agreed', named: 'What {owner} will do', only: 'Next steps' },
    done: '{step} — done',
    by: '{step} by {date}',
    due: '{step} (due {due})',
    colon: ':',
    closing: 'Best regards,',
    longDate: '{weekday} {day} {month} {year}',
    shortDate: '{day} {month} {year}',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    firstOfMonth: '1',
    // Drawn from the guidance each template follows (PRODUCT.md §1): own a miss and give the
    // revised plan, thank the client for raising a concern, give the context of a price change
    // and what it brings, say what was checked and what happens next.
    tones: {
      'scope-change': {
        opening: 'Here is a summary of how the scope of the work changes, as we discussed, so that we both have the same record.',
        closing: 'I will start on the changes as set out here. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'missed-deadline': {
        opening: 'I did not deliver on the date I had committed to, and I am sorry for the trouble this causes you. Here is the revised plan we agreed.',
        closing: 'I will keep you posted as the revised plan goes ahead. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'price-increase': {
        opening: 'Here is a summary of the change in price we discussed: the context for it, and what it means for your work with me.',
        closing: 'I am happy to go through the new prices with you again at any time. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'budget-constraints': {
        opening: 'Thank you for being open about your budget. Here is what we agreed fits within it.',
        closing: 'If your budget changes, I am happy to look at the rest of the work again. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'unrealistic-expectations': {
        opening: 'Here is what we agreed can be done within the time and budget we have, so that we share the same expectations.',
        closing: 'If this does not give you what you need, please tell me and we will look at the options again. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'quality-complaint': {
        opening: 'Thank you for raising your concerns about the work so clearly: it helps me put things right. Here is what we agreed.',
        closing: 'I will keep you posted as each step is done. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      'invoice-dispute': {
        opening: 'Here is a summary of what was checked on the invoice and what happens next.',
        closing: 'If anything here does not match your records, please let me know and I will look into it.',
      },
      miscommunication: {
        opening: 'We understood some things differently, so here is what we now agree, to work from the same understanding.',
        closing: 'If anything here still reads differently to you, please tell me, so that we settle it now.',
      },
      'contract-termination': {
        opening: 'Here is a summary of what we agreed about ending our work together, so that the handover is clear for both of us.',
        closing: 'Thank you for the work we have done together. If anything here does not match your understanding, please let me know and I will correct it.',
      },
      other: { opening: 'Here is a short summary of what we discussed, so that we both have the same record.', closing: 'If anything here does not match your understanding, please let me know and I will correct it.' },
    },
  },
};
