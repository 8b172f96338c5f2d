/**
 * A language pack: the words a note in that language is read with, as data. The core holds
 * no code per language; a language is one file of this shape (`en.ts`, `de.ts`, `fr.ts`),
 * listed in `packs.ts`. CONTRIBUTING.md says how to add one.
 */
export type SectionKey =
  | 'preparation'
  | 'facts'
  | 'clientPerspective'
  | 'boundaries'
  | 'options'
  | 'agreements'
  | 'nextSteps'
  | 'privateNotes';

export interface LanguagePack {
  /** The primary language subtag, lower case: `de` for `de-CH`. */
  code: string;
  /** Each known section's names in this language, its title first. */
  sections: Record<SectionKey, readonly string[]>;
  /** Words of a heading that make it private whatever it names ("Notizen (vertraulich)"). */
  privateWords: readonly string[];
  /**
   * The step notation's words, each read as the English notation word it stands for, so
   * that one reader of steps serves every language (`stepNotation.ts`). English's own
   * notation is the reader's, so its lists are empty.
   */
  steps: StepWords;
  /** The tone rules' phrases and the words a clause's subject is read from (`judgements.ts`). */
  tone: ToneWords;
  /** The recap's words, in the note's language (`summary/compose.ts`): `{name}` parts are filled in. */
  recap: RecapWords;
  /**
   * What a section inserted by a fix or Insert Section asks its writer for, one line under its
   * heading (`note/sectionPrompts.ts`): `{{…}}` prompts, which the rules read as prompts. The
   * step's line is the one under the next steps of the language's `other` template.
   */
  sectionPrompts: Readonly<Record<SectionKey, string>>;
  /**
   * The words a writer's own prompt in square brackets opens with, alone on its line
   * (`note/placeholders.ts`): what to write (`[Add boundaries here]`, `[ergänzen]`,
   * `[À compléter]`). Read in every note, whatever its language, as templates get copied.
   */
  fillInWords: readonly string[];
  /**
   * What a template leaves a place for, alone in square brackets: `[Datum]`, `[montant]`, `[client name]`.
   * A word of its own in brackets is no prompt otherwise (`[Entwurf]` may name a file).
   */
  slotNames: readonly string[];
  /** Words that close a bracket as what to write there, after what it is: `[Betrag ergänzen]`, `[montant à préciser]`, `[amount TBD]`. */
  fillInAfter: readonly string[];
  /**
   * Words that open a line under the next steps pointing to where the steps are written, no step
   * of its own: `in the frontmatter above`, `siehe oben`, `voir ci-dessus`.
   */
  pointerPhrases: readonly string[];
  /** Labels over a list of remarks under the next steps, not steps (`Comments:`, as a task tool pastes a task's comments; `Kommentare:`, `Remarques :`). */
  remarkLabels: readonly string[];
  /**
   * Words that open a label saying where the steps under it were copied from, which names no one:
   * `Copied from Things:`, `Copié de Things :`, `Aus OpenProject:`.
   */
  sourceLabels: readonly string[];
  /**
   * The groups a task tool lists tasks under by when, over no one: `Upcoming`, `Someday` (Any.do's, Things'), `Demnächst`, `Un jour`.
   * Not a day (`Today`, `Demain`): on the line under a task, a day is its due date.
   */
  taskGroups: readonly string[];
  /**
   * The words that place a day or a month in a step's words, before it: `on`, `in`, `am`, `im`, `le`, `en`. Closing a step's parts
   * after its owner's (`— me, on Friday 4 December`, `– ich, im Januar 2027`), such a day is its due date.
   */
  placingWords: readonly string[];
  /**
   * The words for "and": what joins two people who do a step together (`Anke und ich`,
   * `moi et Fabrice`) and the two halves of a heading (`Was ich machen kann und was nicht`).
   * Read in every note, whatever its language (`note/owners.ts`, `note/sections.ts`).
   */
  andWords: readonly string[];
  /**
   * The words that open an alternative to a step's date, after it: `or`, `otherwise` (`— 18/12, ou 8/1 si
   * avenant signé`, `— Fri 4/12, otherwise Mon`), a remark rather than a part. Read in every note, whatever its language.
   */
  orWords: readonly string[];
  /** The Preparation a new note gets from the client's earlier notes (`scaffold/preparation.ts`): `{name}` parts are filled in. */
  preparation: PreparationWords;
}

/** A text by a count: `one` where the language's plural rules say so (1 in English and German; 0 and 1 in French), else `other`. */
export interface Plural {
  one: string;
  other: string;
}

export interface PreparationWords {
  /** The comment above it: `{client}`, and `{date}`, today. */
  intro: string;
  /** The headings of its lists. */
  lists: Readonly<Record<'signals' | 'mine' | 'theirs' | 'unowned' | 'recaps' | 'agreed' | 'boundaries', string>>;
  /** A day as it writes one: `{year}`, `{month}`, `{day}`, the last two of two digits. */
  date: string;
  /** A link to a note without a date, and a recap without a topic. */
  note: string;
  recap: string;
  /** A step's due day (`{date}`) and how far off it is (`{relative}`); a step without one. */
  due: string;
  noDate: string;
  /** A recap's deadline (`{date}`), after its topic. */
  recapDue: string;
  /** How far off a due day is (`{count}` days). */
  days: { late: Plural; today: string; tomorrow: string; ahead: Plural };
  /** The days of a signal's window: `{from}`, `{to}`. */
  span: string;
  /** The signals of the client's history (`digest/history.ts`): `{count}`, `{days}`, `{span}`, `{scenario}`, `{boundary}`. */
  signals: {
    'recurring-scenario': Plural;
    /** `{steps}`, `{late}` and `{overdue}` in `sentence`, each by its own count. */
    'late-commitments': { sentence: string; steps: Plural; late: Plural; overdue: Plural };
    'boundary-restated': Plural;
    'payment-trouble': Plural;
    escalation: Plural;
  };
  /** A scenario as a signal names it, by id. */
  scenarios: Readonly<Record<string, string>>;
}

export interface RecapWords {
  subject: string;
  subjectDated: string;
  /** The greeting with no name to greet, and with the names (`{names}`), joined by `and`. */
  hello: string;
  hi: string;
  and: string;
  /** The thanks for the conversation (`{what}`, by its channel), and with its day (`{date}`). */
  thanks: string;
  thanksDated: string;
  channels: Readonly<Record<'in-person' | 'video-call' | 'phone' | 'email' | 'chat' | 'other', string>>;
  agreed: string;
  boundaries: string;
  /** The headings of the step groups; `named` with `{owner}`; `only` when no one owns any step. */
  groups: Readonly<Record<'me' | 'you' | 'we' | 'unassigned' | 'named' | 'only', string>>;
  /** A step done, due on a day (`{date}` written out), or due as written (`{due}`). */
  done: string;
  by: string;
  due: string;
  /** The colon after a heading of the plain-text recap: `:`, or French's ` :` with its narrow no-break space. */
  colon: string;
  /** The closing before the signature. */
  closing: string;
  /** Days written out: `{weekday}`, `{day}`, `{month}`, `{year}`. */
  longDate: string;
  shortDate: string;
  /** Sunday first. */
  weekdays: readonly string[];
  months: readonly string[];
  /** The first of a month as the recap writes it: `1`, `1er`. */
  firstOfMonth: string;
  /** The opening and closing lines per scenario id; `other` is the neutral pair. */
  tones: Readonly<Record<string, { opening: string; closing: string }>>;
  /** A reminder of the client's overdue steps (`recap/reminder.ts`), sent with the recap's greeting and closing. */
  reminder: ReminderWords;
}

export interface ReminderWords {
  subject: string;
  subjectDated: string;
  /** What the steps below were, and with the conversation's day (`{date}` written out). */
  agreed: string;
  agreedDated: string;
  /** A step (`{step}`) with the day it was due (`{date}` written out). */
  step: string;
  /** The ask for where things stand and a new date. */
  ask: string;
}

export interface StepWords {
  /** Keys of a step's owner: `Verantwortlich:`, `responsable :`. */
  ownerKeys: readonly string[];
  /** Keys that name a step's owner right after them, with no colon, as English's `Assigned to Priya` does: `Attribuée à Julie`, `zugewiesen an Frauke`. */
  assignedTo: readonly string[];
  /** Keys of a step's state on a line of its own (`Statut : Terminé`), as English's `Status:` is; one no shorter than `status`. */
  statusKeys: readonly string[];
  /**
   * Keys of a due date: `bis`, `d'ici le`, read as English's `by`; one written with its colon
   * (`quand:`) is a key only with it (`Quand : ven. 27/11`), being a common word without.
   */
  dueKeys: readonly string[];
  /**
   * Keys that name the deadline itself: `fällig`, `Frist`, `échéance`, read as English's `due`, which wins over a day keyed
   * by another (`Wann: Heute · Fällig: Do., 26. Nov.`, as Things pastes a task's start and its deadline).
   */
  deadlineKeys: readonly string[];
  /** The freelancer, the client, both sides, as an owner: `ich`, `Kunde`, `wir`; `moi`, `client`, `nous`. */
  me: readonly string[];
  client: readonly string[];
  both: readonly string[];
  /** Owners that name no one yet, read as English's `tbd`: `N.N.`, `à définir`. */
  nobody: readonly string[];
  /**
   * The words for I and we that are a subject wherever they stand, so the step's owner when
   * nothing else names one: German's after a verb that follows a day (`Bis zum 10. Dezember
   * melde ich mich`), French's after a day set off by a comma (`D'ici le 4/12, je relance`).
   */
  subjectPronouns: readonly string[];
  /** The month names and abbreviations, January first. */
  months: ReadonlyArray<readonly string[]>;
  /** The weekday names and abbreviations, Sunday first. */
  weekdays: ReadonlyArray<readonly string[]>;
  /**
   * A step's subject written first (`Claire renvoie la cession`): the endings of a verb in
   * the third person after a name, and the words after a capitalised word that make it a
   * verb itself (`Envoyer le devis`), not a name.
   */
  subjectVerb: {
    endings: readonly string[];
    notAfterName: readonly string[];
    /** Object pronouns elided before the verb (`Claire m'envoie`, `Julien s'occupe`): not `d'`, which starts a noun (`Point d'avancement`). */
    elided: readonly string[];
    /** Endings of nouns that look like a verb's (`avancement`, `paiement`): `Point avancement` names no one; `confirment` is still a verb. */
    nounEndings: readonly string[];
    /**
     * Verbs that take an infinitive after a name (`Marie doit envoyer`, `le client va
     * valider`), so that the name is the step's subject; the infinitive's endings; the
     * infinitives that make a passive after them (`doit être payée`), which names no one; and
     * the object pronouns that may stand between (`M. Leroy doit me transmettre`). Where the
     * infinitive closes the clause (`infinitiveLast`, German's `Anna muss das Angebot prüfen`),
     * it is read there, and the passive is its last word (`muss geprüft werden`). `future`: the
     * words for "will" read so after a full name only (German's `Oliver Quast wird die Liste
     * senden`, as Zoom's summaries write next steps), since after a noun they make a passive
     * (`Termin wird verschoben`).
     */
    modals: {
      words: readonly string[];
      infinitiveEndings: readonly string[];
      passive: readonly string[];
      objectPronouns: readonly string[];
      infinitiveLast: boolean;
      future: readonly string[];
    };
    /**
     * Words that open a step and are never its subject, though a word that looks like a verb
     * follows them: infinitives (`Envoyer l'avenant`, `Vérifier l'export`), nouns (`Envoi
     * facture`, `Point budget`) and the adjectives before one (`Première rencontre`); and the
     * endings of nouns no name has (`Validation maquette`, `Livraison fichiers`), such a noun alone too (`Angebot geschickt …`).
     */
    notSubjects: readonly string[];
    notSubjectEndings: readonly string[];
  };
  /** A step written as a noun, then who does it: `par le musée`, `durch die Buchhaltung`. */
  agent: { words: readonly string[]; articles: readonly string[] };
  /** Words before a day that say the step is on that day (`le 3 déc.`, `am 5.12.`): read as English's `on`. */
  dateArticles: readonly string[];
  /** The first of the month as written (`1er`), read as `1st`. */
  firstOfMonth: readonly string[];
  /** Today, as a due date (`heute`, `aujourd'hui`). */
  today: readonly string[];
  /** Words before a day that say when the step was asked for or chased, not when it is due (`relancé le 18/11`), read as English's `asked`. */
  asked: readonly string[];
  /** Words before a day after which the step happens, no deadline (`nach dem 4.12.`, `après le 15`), read as English's `after` (so no shorter than it). */
  after: readonly string[];
  /** Words before a day the step's words run until (`jusqu'au 12/12`), read as English's `until`: below a deadline's own key, as `until` is. */
  until: readonly string[];
  /**
   * Words that say a step happened, read as `done` where a done mark stands: after a dash,
   * an arrow or a check mark, or opening a bracket (`— erledigt`, `✅ fait le 17 nov.`, `(fait)`);
   * one shorter than `done` as a check mark (`— OK`, `✔ erl`). A Status cell opening with one is done.
   */
  done: readonly string[];
  /**
   * Days said relative to the conversation, read as the English words (`Ende der Woche` as
   * `end of week`, `demain` as `tmrw`), and the words before a month that say which part of
   * it (`Anfang Dezember` as `early Dec`, `Mitte Januar` as `mid Jan`, `fin novembre` as `end Nov`), and a schedule's
   * (`jeden Freitag` as `every Fri`, `chaque semaine` as `weekly`): a step that comes back, due no one day.
   * A span counted from the conversation is its words and units one by one (`sous 8 jours` as
   * `in 8 days`, `binnen 48 Stunden` as `in 48 hours`).
   */
  relativeDays: Readonly<Record<'end of week|eow' | 'end of month|eom' | 'end of next week' | 'end of next month' | 'end of year|eoy' | 'christmas|xmas' | 'within a week' | 'within 2 weeks' | 'within|in' | 'days|day' | 'weeks|week' | 'hours|h' | 'next week' | 'tmrw' | 'early' | 'mid' | 'end' | 'every' | 'daily' | 'weekly' | 'monthly', readonly string[]>>;
  /**
   * Words after a weekday that say it is the coming one (`vendredi prochain`, `mardi pro`), or before it (`nächsten Mittwoch`,
   * `kommenden Mi`): read as the weekday alone is.
   */
  weekdayNext: readonly string[];
  /** Words that open a step as a to-do at the start of its line, read as `TODO` (`À faire :`, `Zu erledigen:`). */
  todo: readonly string[];
  /**
   * Words that close a step as its state, saying it is still to be done, after a dash or a pipe:
   * read as English's `open` (`— à faire`, `— offen`, `| in Arbeit`), so that the owner and date
   * parts before them are read and the state is no word of the step.
   */
  stillOpen: readonly string[];
  /** The word for yes, which says a step is done where its state goes (`| Fait ? | oui, 23/10 |`), as English's `yes` does. */
  yes: readonly string[];
  /** Words before a calendar week's number, read as English's `week`: `Kalenderwoche 49`, `semaine 49`, and written onto it, `S49`. */
  calendarWeek: readonly string[];
  /** The letter for the conversation's day that days are counted from, before `+5` (`J+5`), read as English's `T+5`. */
  daysAfter: readonly string[];
  /**
   * The headers of a table of steps, by the column each names (`| Was | Wer | Bis |`,
   * `| Action | Qui | Pour quand | Statut |`); English's are the reader's own (`note/nextSteps.ts`).
   */
  tableColumns: Readonly<Record<'what' | 'owner' | 'due' | 'done', readonly string[]>>;
  /**
   * How `05/12/2026` is read where the note's own dates do not say: day first in French and
   * German; in English, by the writer's other dates (`16/11` is day first, `11/30` month first).
   */
  slashedDates: 'day-first' | 'by-the-note';
}

export interface ToneWords {
  /** Blame addressed at the client, formal and informal. */
  blame: readonly string[];
  /**
   * Blame said of someone on the client's side, the verb in the third person, after their possessive and a person noun (`Euer DJ
   * hat … ohne Absprache`, `votre développeur a … sans me prévenir`). English's is made from its `you` phrases.
   */
  clientSideBlame: readonly string[];
  /**
   * Words right after a blame phrase that make it a wish, not blame: German's `Sie hätten gern, dass ich …` (they would like),
   * where `Sie hätten … müssen` blames. May be empty: English's offers (`you could have the images by Friday`) are read by the rule.
   */
  wishAfterBlame: readonly string[];
  /**
   * First-person words of understanding right before a blame phrase, which make it an acknowledgement, the "I" statement the
   * rule's advice asks for: `I understand you didn't ask for it yourselves`, `je comprends que vous n'ayez pas…`.
   */
  acknowledging: readonly string[];
  /** Adverbs of frequency: a judgement about a person, a fact about a thing. */
  frequency: readonly string[];
  /** Repetition at either end of a clause ("yet again"). */
  repetition: readonly string[];
  /** An opinion presented as obvious or a pattern as settled, whatever it is about ("as usual"). */
  opinion: readonly string[];
  /**
   * Those of `opinion` that also say how something was done, after a verb that is no helper and before a stop, a bracket, a quote or a
   * preposition: `put it clearly in the SOW`, `l'entente dit clairement « au mot source »`; not `was clearly in breach`.
   */
  mannerAdverbs: readonly string[];
  /** Adjectives that judge a person; about a thing they describe it. */
  person: readonly string[];
  /** Contempt, whatever it is about. */
  contempt: readonly string[];
  /**
   * The endings an adjective of `person` and `contempt` takes before a noun or in the plural, read as the word itself:
   * German's `lächerliche`, `schlampigen`, French's `ridicules`, `bâclées`. English's adjectives take none.
   */
  adjectiveEndings: readonly string[];
  /** Phrases that open with one of the words above and judge nothing: `nulle part` (nowhere), `never mind`. */
  idioms: readonly string[];
  /**
   * What comes late or short, from a frequency word on: a pattern of someone's, even where a thing is the subject (`the payments always
   * come late`, `Les contenus arrivent toujours au dernier moment`, `never on time`, `Die Stundenzettel kommen immer unvollständig`),
   * where `the export always times out` is a fact about the thing.
   */
  shortfalls: readonly string[];
  /** Words that make a subject the client ("you", "Sie", "vous"). */
  clientWords: readonly string[];
  /** Before a person noun, these make it the client's side ("your team", "Ihr Team", "votre équipe"). */
  clientPossessives: readonly string[];
  /**
   * Words that stand only before a noun: after one, a client word is that noun, as French's `ton` is the tone in `ce ton`, `le
   * ton du mail`. Not German's definite articles, which are its relative pronouns too (`die Sie versäumt haben`).
   */
  determiners: readonly string[];
  /** Words that make a subject the writer ("I", "we"). */
  selfWords: readonly string[];
  /** Nouns that name a person or a group of people; anything else in a subject is a thing. */
  personNouns: readonly string[];
  /** Between a subject and its adverb: auxiliaries, negations and hedges. */
  verbHelpers: readonly string[];
  /** Verbs that report speech or thought: what follows is a clause of its own. */
  reporting: readonly string[];
  /**
   * What a writer puts before a quotation of their own message (`My reply:`, `Ma réponse du
   * 20/10 :`): the block quote after it holds their words, which the tone rules read, where
   * any other block quote holds someone else's.
   */
  ownMessageLeads: readonly string[];
  /** Words that carry the subject back to the one before them ("who"). */
  relatives: readonly string[];
  /**
   * Where an adverb stands after the verb (`frequencyAfterVerb`), words that open a clause with
   * a subject of its own: `… que vous n'avez jamais validés`, `… weil Sie nie antworten`.
   */
  clauseOpeners: readonly string[];
  /** Where nouns join into one (German), the person nouns that end a compound naming people: `Entwicklerteam`, `Marketingleiterin`, `Key-User`. */
  compoundPersonNouns: readonly string[];
  /**
   * Endings of a past participle: after a frequency word that also means "still" (French
   * `toujours`), a state that still holds, not a pattern (`Facture toujours impayée`,
   * `Commande toujours prévue le 30`), unless a verb helper stands before the adverb
   * (`Il a toujours refusé`).
   */
  participleEndings: readonly string[];
  /** Words that join a second verb to the clause's subject ("and"). */
  joiners: readonly string[];
  /** Capitalised at the start of a sentence, these are not names. */
  notNames: readonly string[];
  /** After an adjective, these end the noun it could describe. */
  notNouns: readonly string[];
  /** A word before a blame phrase that denies it ("nicht Ihre Schuld"); English reads its own negations. */
  negations: readonly string[];
  /** Elided words written onto the next one (`n'`, `l'`, `j'`), taken off a word before it is compared. */
  elisions: readonly string[];
  /**
   * Where the frequency adverb stands: before the verb (`you never reply`), read back from
   * it; or after the finite verb (`Sie antworten nie`, `vous ne répondez jamais`), read from
   * the clause's first subject.
   */
  frequencyAfterVerb: boolean;
  /** Every noun is capitalised (German): a capitalised word is no name by its capital alone. */
  capitalisedNouns: boolean;
  /**
   * A client word that is a third person too (German's `Sie`: she, they and you), and the verbs after it that say the third
   * person: by ending or whole, not the words in `notVerbs` (`Sie hat … nie gelesen`, she; the client's `Sie` takes `haben`).
   */
  thirdPerson: { pronouns: readonly string[]; verbEndings: readonly string[]; verbs: readonly string[]; notVerbs: readonly string[] };
}
