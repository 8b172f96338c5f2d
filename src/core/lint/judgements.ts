import { clientFacingProse, findInProse, phrasePattern, type Prose } from '../note/clientProse';
import type { Note } from '../note/parseNote';
import type { PrivacySettings } from '../note/privacy';

// Who a judgement word is about decides whether it is one, and which rule reports it
// (accusatory-language and judgemental-facts share this reading, so that one problem
// gives one finding). "The export always times out" is a fact about a thing and "I never
// received the brief" a fact about me; "he never replies" judges a person, and "you never
// reply" is blame addressed at the client. The subject is read from the words of the
// clause, not from lists of examples: a personal pronoun, a name, or a noun that names a
// person or a group of people (the client, the manager, their team). Opinion and contempt
// words ("obviously", "ridiculous") are judgements whatever they are about, and always
// judgemental-facts' to report.

// The phrase families, as data. Each family says when a word of it is a judgement.
/** Adverbs of frequency written before the verb: a judgement about a person, a fact about a thing. */
const FREQUENCY = ['always', 'never', 'constantly', 'forever'];
/** Repetition, written at either end of the clause ("Yet again the team…", "…paid late, once again"): judged by the clause's subject. */
const REPETITION = ['yet again', 'once again', 'again and again', 'time and again', 'every single time'];
/** Words that present an opinion as obvious or a pattern as settled, whatever they are about. */
const OPINION = ['obviously', 'clearly', 'evidently', 'blatantly', 'needless to say', 'as usual', 'as always'];
/** Adjectives that judge a person (or what a person did); about a thing they describe it ("a difficult conversation"). */
const PERSON_JUDGEMENT = [
  'lazy',
  'rude',
  'defensive',
  'unreasonable',
  'careless',
  'incompetent',
  'unprofessional',
  'dismissive',
  'petty',
  'hostile',
  'clueless',
  'difficult',
  'demanding',
  'arrogant',
  'condescending',
  'patronising',
  'patronizing',
  'disrespectful',
  'aggressive',
  'passive-aggressive',
  'stubborn',
  'selfish',
  'entitled',
  'dishonest',
  'irresponsible',
  'unreliable',
  'negligent',
  'inflexible',
  'uncooperative',
  'ungrateful',
  'immature',
  'manipulative',
  'pushy',
  'hysterical',
  'toxic',
  'disorganised',
  'disorganized',
];
/** Contempt, whatever it is about ("a ridiculous process" judges whoever made it). */
const CONTEMPT = ['ridiculous', 'absurd', 'useless', 'pathetic', 'stupid', 'idiotic', 'sloppy', 'shoddy', 'laughable', 'amateurish', 'outrageous'];

/** Nouns that name a person or a group of people; anything else in a subject is a thing. */
const PERSON_NOUNS = new Set([
  'client', 'customer', 'manager', 'boss', 'owner', 'founder', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'director', 'president', 'lead',
  'team', 'staff', 'department', 'board', 'committee', 'colleague', 'assistant', 'secretary', 'employee', 'intern', 'coordinator',
  'administrator', 'admin', 'designer', 'developer', 'engineer', 'programmer', 'editor', 'writer', 'copywriter', 'photographer',
  'translator', 'illustrator', 'marketer', 'accountant', 'bookkeeper', 'lawyer', 'consultant', 'agency', 'contractor',
  'freelancer', 'vendor', 'supplier', 'partner', 'stakeholder', 'representative', 'rep', 'agent', 'officer', 'person', 'people', 'guy',
  'man', 'woman', 'folks', 'he', 'she', 'they', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody',
  'his', 'her', 'their', 'super', 'supervisor', 'foreman', 'crew', 'builder', 'planner', 'producer', 'buyer', 'recruiter', 'tester',
  'architect', 'surveyor', 'tradesman', 'tradie', 'installer', 'caterer',
]);
const CLIENT_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const SELF_WORDS = new Set(['i', 'we']);
/** Between a subject and its adverb: auxiliaries, negations and hedges ("he has almost never"). */
const VERB_HELPERS = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'ca', 'could', 'may', 'might', 'must', 'wo', 'not', 'also', 'still', 'just', 'really', 'almost', 'nearly',
  'practically', 'basically', 'literally', 'simply', 'virtually', 'pretty', 'much', 'so', 'too', 'even', 'ever', 'seem', 'seems',
  'seemed', 'obviously', 'clearly',
]);
/** Verbs that report speech or thought: what follows is a clause of its own ("Tom said the migration is difficult"). */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'believe',
  'believes', 'explained', 'mentioned', 'noted', 'claimed', 'claims', 'agreed', 'asked', 'know', 'knows', 'knew',
]);
/** Words that carry the subject back to the one before them ("the manager who never replies"). */
const RELATIVES = new Set(['who', 'that', 'which']);
/** Words that join a second verb to the clause's subject ("I asked twice and never got an answer"). */
const JOINERS = new Set(['and', 'but', 'or', 'yet', 'then']);
/**
 * Capitalised at the start of a sentence, these are not names: function words, months and
 * days. (A capitalised noun written in lowercase elsewhere in the note is not a name either.)
 */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'its', 'it', 'there', 'here', 'on', 'in', 'at', 'by', 'for',
  'from', 'to', 'with', 'after', 'before', 'since', 'until', 'during', 'when', 'while', 'if', 'as', 'because', 'although', 'but',
  'and', 'or', 'so', 'then', 'also', 'all', 'every', 'each', 'some', 'no', 'both', 'today', 'yesterday', 'tomorrow', 'last', 'next',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/**
 * After an adjective, these end the noun it could describe: "rude on the phone" and
 * "difficult to reach" say something of the subject, "a difficult conversation" of the
 * conversation.
 */
const NOT_NOUNS = new Set([
  'to', 'with', 'on', 'in', 'at', 'by', 'for', 'from', 'of', 'about', 'toward', 'towards', 'over', 'under', 'during', 'after',
  'before', 'since', 'until', 'into', 'without', 'like', 'than', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'when',
  'whenever', 'while', 'if', 'although', 'though', 'again', 'too', 'enough', 'today', 'yesterday', 'now', 'then', 'all', 'every',
  'each', 'this', 'that', 'these', 'those', 'here', 'there', 'once', 'twice', 'times', 'which', 'who',
]);

/** After a frequency word, words of an invitation or a permission: "always welcome", "always free to". */
const INVITATION_AFTER = /^\s+(?:welcome|free|invited|allowed|encouraged|able)\b/iu;

type Family = 'frequency' | 'repetition' | 'opinion' | 'person' | 'contempt';
const FAMILY = new Map<string, Family>([
  ...FREQUENCY.map((word) => [word, 'frequency'] as const),
  ...REPETITION.map((word) => [word, 'repetition'] as const),
  ...OPINION.map((word) => [word, 'opinion'] as const),
  ...PERSON_JUDGEMENT.map((word) => [word, 'person'] as const),
  ...CONTEMPT.map((word) => [word, 'contempt'] as const),
]);
const JUDGEMENT_PATTERN = phrasePattern([...FAMILY.keys()]) as RegExp;

/** A judgement word in the freelancer's own words (frequency words and person adjectives about things or about me are none). */
export interface Judgement {
  /** The words to underline: for blame, from "you"/"your" on ("You never", "your team is careless"). */
  text: string;
  start: number;
  end: number;
  /** A frequency word or a person adjective about the client ("you", "your team"): blame rather than a judgement of someone. */
  atClient: boolean;
  /** The piece of the prose read that holds the judgement word. */
  piece: Prose;
}

interface Word {
  /** Lowercased, a possessive or contracted ending ('s, n't, 've) removed. */
  key: string;
  original: string;
  start: number;
}

type Subject = { about: 'client'; from: number } | { about: 'other' | 'self' | 'thing' };

/** What the tone rules read of a note: its client-facing prose and the judgement words in it. */
export interface ToneReading {
  prose: readonly Prose[];
  judgements: readonly Judgement[];
}

/**
 * The client-facing prose of a note and its judgement words, read in one pass however many
 * tone rules ask (accusatory-language and judgemental-facts each take their part of it),
 * and let go with the note.
 */
export function toneOf(note: Note, settings: PrivacySettings): ToneReading {
  const known = toneReadings.get(note);
  if (known?.settings === settings) return known.reading;
  const prose = clientFacingProse(note, settings);
  const reading = { prose, judgements: judgementsIn(note.text, prose) };
  toneReadings.set(note, { settings, reading });
  return reading;
}

const toneReadings = new WeakMap<Note, { settings: PrivacySettings; reading: ToneReading }>();

/** Judgement words in the prose: about people, or opinions presented as facts. */
export function judgementsIn(text: string, prose: readonly Prose[]): Judgement[] {
  // Words written lowercase somewhere, as words of prose (not the local part of an address).
  const lowercaseWords = new Set(Array.from(text.matchAll(/(?<![^\s(])\p{Ll}+(?=[\s,;:!?)]|\.(?!\S)|$)/gu), (match) => match[0]));
  const reader = new ClauseReader(text, lowercaseWords, initialsOfPeople(text));
  const judgements: Judgement[] = [];
  for (const piece of prose) {
    for (const match of findInProse([piece], JUDGEMENT_PATTERN)) {
      const family = FAMILY.get(match.text.toLowerCase().replace(/\s+/g, ' ')) as Family;
      // "You're always welcome to call me" invites; it does not say what the client always does.
      if (family === 'frequency' && INVITATION_AFTER.test(text.slice(match.end, match.end + 24))) continue;
      const subject = reader.subjectOf(family, match.start, match.end);
      if (subject.about === 'client') judgements.push({ text: text.slice(subject.from, match.end), start: subject.from, end: match.end, atClient: true, piece });
      else if (subject.about === 'other') judgements.push({ ...match, atClient: false, piece });
    }
  }
  return judgements;
}

// A clause ends at sentence punctuation, a dash, a bracket, a quotation mark or a new block;
// a soft line break inside a paragraph does not end it.
const CLAUSE_END = /[.!?;:()[\]"“”„«»—–]|\s-\s|\n[ \t]*(?:\n|[-*+>#|]|\d+[.)])/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// How far a clause is read on either side of the word: far enough for a subject, bounded so
// that reading stays linear in the note.
const LOOK_BACK = 160;
const LOOK_AHEAD = 60;

/** A name of two or three capitalised words, as a note writes the people in it: `Amina Diallo`. */
const FULL_NAME = /(?<![\p{L}\p{N}])(\p{Lu})\p{Ll}+[ \t]+(?:(\p{Lu})\p{Ll}+[ \t]+)?(\p{Lu})[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu;

/**
 * The initials of the people the note names in full (`AD` for Amina Diallo): minutes call
 * people by them, and `AD was hostile` judges a person where `The API was slow` does not.
 */
function initialsOfPeople(text: string): ReadonlySet<string> {
  const initials = new Set<string>();
  for (const match of text.matchAll(FULL_NAME)) {
    initials.add(`${match[1]}${match[3]}`);
    if (match[2]) initials.add(`${match[1]}${match[2]}${match[3]}`);
  }
  return initials;
}

class ClauseReader {
  constructor(
    private readonly text: string,
    private readonly lowercaseWords: ReadonlySet<string>,
    private readonly peoplesInitials: ReadonlySet<string>,
  ) {}

  subjectOf(family: Family, start: number, end: number): Subject {
    if (family === 'frequency') return this.headSubject(this.wordsBefore(start));
    if (family === 'repetition') {
      const subject = this.firstSubject(this.wordsBefore(start));
      return subject.about === 'thing' ? this.firstSubject(this.words(end, this.clauseEnd(end))) : subject;
    }
    if (family === 'person') {
      const before = this.wordsBefore(start);
      const described = this.describedNoun(end);
      if (described) return this.kindOf(described, before.at(-1));
      return this.mentioned(before);
    }
    // Opinion and contempt judge whatever they are about, the client included.
    return { about: 'other' };
  }

  /** The subject of the verb the adverb stands before: the word before it, past auxiliaries and hedges. */
  private headSubject(words: readonly Word[]): Subject {
    let index = words.length - 1;
    while (index >= 0 && VERB_HELPERS.has(words[index].key)) index--;
    if (index < 0) return { about: 'thing' };
    if (RELATIVES.has(words[index].key) && index > 0) index--;
    if (JOINERS.has(words[index].key)) return this.firstSubject(words.slice(0, index));
    return this.kindOf(words[index], words[index - 1]);
  }

  /** The first word of the clause that can be a subject. */
  private firstSubject(words: readonly Word[]): Subject {
    for (const [index, word] of words.entries()) {
      const subject = this.kindOf(word, words[index - 1]);
      if (subject.about !== 'thing') return subject;
    }
    return { about: 'thing' };
  }

  /** Whom the clause before a predicate mentions: the client first, then anyone else. */
  private mentioned(clause: readonly Word[]): Subject {
    let reported = clause.length - 1;
    while (reported >= 0 && !REPORTING.has(clause[reported].key)) reported--;
    const words = clause.slice(reported + 1);
    const kinds = words.map((word, index) => this.kindOf(word, words[index - 1]));
    return kinds.find((kind) => kind.about === 'client') ?? kinds.find((kind) => kind.about === 'other') ?? { about: 'thing' };
  }

  private kindOf(word: Word, previous: Word | undefined): Subject {
    if (CLIENT_WORDS.has(word.key)) return { about: 'client', from: word.start };
    if (SELF_WORDS.has(word.key)) return { about: 'self' };
    if (isPersonNoun(word.key)) return previous?.key === 'your' ? { about: 'client', from: previous.start } : { about: 'other' };
    return this.isName(word) ? { about: 'other' } : { about: 'thing' };
  }

  /** A capitalised word that is no function word, month or day, and not a noun written lowercase elsewhere; or the initials of someone the note names. */
  private isName(word: Word): boolean {
    if (this.peoplesInitials.has(word.original)) return true;
    return /^\p{Lu}\p{Ll}/u.test(word.original) && !NOT_NAMES.has(word.key) && !this.lowercaseWords.has(word.key);
  }

  /** The noun an adjective stands before ("a difficult conversation"), if it stands before one; a comma ends the look. */
  private describedNoun(end: number): Word | undefined {
    const words: Word[] = [];
    const clauseEnd = this.clauseEnd(end);
    const comma = this.text.slice(end, clauseEnd).indexOf(',');
    for (const word of this.words(end, comma >= 0 ? end + comma : clauseEnd)) {
      if (NOT_NOUNS.has(word.key) || word.key.endsWith('ly') || words.length === 3) break;
      words.push(word);
    }
    return words.at(-1);
  }

  private wordsBefore(start: number): Word[] {
    const from = Math.max(0, start - LOOK_BACK);
    let clauseStart = from;
    for (const match of this.text.slice(from, start).matchAll(CLAUSE_END)) clauseStart = from + match.index + match[0].length;
    return this.words(clauseStart, start);
  }

  private clauseEnd(from: number): number {
    const window = this.text.slice(from, from + LOOK_AHEAD);
    CLAUSE_END.lastIndex = 0;
    const match = CLAUSE_END.exec(window);
    return from + (match ? match.index : window.length);
  }

  private words(start: number, end: number): Word[] {
    return Array.from(this.text.slice(start, end).matchAll(WORD), (match) => ({
      key: match[0].toLowerCase().replace(/n['’]t$|['’](?:s|re|ve|d|ll|m)?$/, ''),
      original: match[0],
      start: start + match.index,
    }));
  }
}

function isPersonNoun(key: string): boolean {
  return PERSON_NOUNS.has(key) || (key.endsWith('s') && PERSON_NOUNS.has(key.slice(0, -1))) || (key.endsWith('es') && PERSON_NOUNS.has(key.slice(0, -2)));
}
