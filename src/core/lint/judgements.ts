import { clientFacingProse, findInProse, phrasePattern, type Prose } from '../note/clientProse';
import { readableEntries } from '../note/frontmatter';
import type { Note } from '../note/parseNote';
import type { PrivacySettings } from '../note/privacy';
import { initialsOf, wordsOfPeoplesNames } from '../note/owners';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack, ToneWords } from '../lang/pack';
import { escapedForPattern, matchesOf, wordsPattern } from '../base/matches';
import type { MessageKey, Say } from '../lang/messages';
import type { Report } from './rule';

// Who a judgement word is about decides whether it is one, and which rule reports it
// (accusatory-language and judgemental-facts share this reading, so that one problem
// gives one finding). "The export always times out" is a fact about a thing and "I never
// received the brief" a fact about me; "he never replies" judges a person, and "you never
// reply" is blame addressed at the client. The subject is read from the words of the
// clause, not from lists of examples: a personal pronoun, a name, or a noun that names a
// person or a group of people (the client, the manager, their team). Opinion and contempt
// words ("obviously", "ridiculous") are judgements whatever they are about, and always
// judgemental-facts' to report.

// The phrase families and the words a subject is read from are the language packs' (`lang/`):
// English's in every note, people mix, and the note's own language's beside them.

/** Words compared in lower case, and words compared as written. */
interface CasedWords {
  any: ReadonlySet<string>;
  asWritten: ReadonlySet<string>;
}

function holds(words: CasedWords, word: Word): boolean {
  return words.any.has(word.key) || words.asWritten.has(word.original);
}

/** The words of one language's reading, as sets; English's joined to the note's language's. */
interface Reading {
  family: Map<string, Family>;
  pattern: RegExp;
  /** A phrase that opens with a judgement word and judges nothing, from where the word starts. */
  idiom: RegExp | undefined;
  /** What comes late or short, as the packs' `shortfalls` list it: after a frequency word, a pattern of someone's whatever the subject. */
  shortfalls: RegExp | undefined;
  /** A negation right before a word judging a person, an intensifier between: `He was not defensive`, `pas du tout agressif`, `nicht unfreundlich`. */
  deniedBefore: RegExp;
  personNouns: ReadonlySet<string>;
  clientWords: CasedWords;
  clientPossessives: CasedWords;
  determiners: ReadonlySet<string>;
  selfWords: ReadonlySet<string>;
  verbHelpers: ReadonlySet<string>;
  mannerAdverbs: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  /** Where nouns are capitalised and joined (German), a compound ending in a person noun names people too: `Entwicklerteam`. */
  compoundPersonNoun: RegExp | undefined;
  /** The articles before a noun (`le`, `l'`), as the step notation's pack lists them: a clause's subject after one is a thing or someone. */
  articles: ReadonlySet<string>;
  /** The words before a passive's agent (`by`, `par`, `durch`): who comes after one is never the clause's subject. */
  agents: ReadonlySet<string>;
  /** A past participle just after a frequency word (`toujours impayée`): the adverb says still. */
  participleAfter: RegExp | undefined;
  joiners: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  notNouns: ReadonlySet<string>;
  elision: RegExp | undefined;
  /** An elided pronoun of the client's, by its letters before the apostrophe: French `t'` for `tu`. */
  clientElisions: ReadonlyMap<string, string>;
  frequencyAfterVerb: boolean;
  capitalisedNouns: boolean;
  thirdPerson: LanguagePack['tone']['thirdPerson'];
}

const readings = new WeakMap<LanguagePack, Reading>();

/** A judgement word as its family is looked up: lower case, single blanks, straight apostrophes. */
function familyKey(words: string): string {
  return words.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
}

function readingOf(language: LanguagePack): Reading {
  let reading = readings.get(language);
  if (reading) return reading;
  const packs = language === ENGLISH ? [ENGLISH] : [ENGLISH, language];
  const words = (pick: (tone: ToneWords) => readonly string[]) => new Set(packs.flatMap((pack) => pick(pack.tone).map((word) => word.toLowerCase())));
  // A word a pack writes with a capital is that word only so written: German's `Sie` and `Ihr` are the client, `sie` and `ihr` someone else.
  const cased = (pick: (tone: ToneWords) => readonly string[]) => ({
    any: new Set(packs.flatMap((pack) => pick(pack.tone).filter((word) => word === word.toLowerCase()))),
    asWritten: new Set(packs.flatMap((pack) => pick(pack.tone).filter((word) => word !== word.toLowerCase()))),
  });
  const family = new Map<string, Family>();
  for (const pack of packs) {
    for (const [name, list] of [['frequency', pack.tone.frequency], ['repetition', pack.tone.repetition], ['opinion', pack.tone.opinion], ['person', pack.tone.person], ['contempt', pack.tone.contempt]] as const) {
      for (const word of list) if (!family.has(familyKey(word))) family.set(familyKey(word), name);
    }
    // `lächerliche Korrekturen`, `des corrections ridicules`: an adjective's inflected forms judge as it does.
    for (const [name, list] of [['person', pack.tone.person], ['contempt', pack.tone.contempt]] as const) {
      for (const word of list.filter((entry) => /^\p{L}+$/u.test(entry))) {
        for (const ending of pack.tone.adjectiveEndings) if (!family.has(familyKey(word + ending))) family.set(familyKey(word + ending), name);
      }
    }
  }
  const elided = language.tone.elisions.map((elision) => elision.replace(/['’]$/u, ''));
  const elisions = elided.join('|');
  // `t'as posté`, `t'es jamais là`: an elided pronoun that is the client's (`tu`, `te`) is the word it stands for.
  const clientElisions = new Map(
    elided.flatMap((base) => [`${base}u`, `${base}e`].filter((word) => language.tone.clientWords.includes(word)).slice(0, 1).map((word) => [base.toLowerCase(), word] as const)),
  );
  reading = {
    family,
    pattern: phrasePattern([...family.keys()]) as RegExp,
    idiom: idiomPattern(packs.flatMap((pack) => pack.tone.idioms)),
    shortfalls: phrasePattern(packs.flatMap((pack) => pack.tone.shortfalls)),
    deniedBefore: new RegExp(
      `(?:(?<![\\p{L}\\p{N}'’])(?:${['not', 'never', ...packs.flatMap((pack) => pack.tone.negations)].map(escapedForPattern).join('|')})|n['’]t)[ \\t]+(?:(?:very|at[ \\t]+all|that|particularly|remotely|du[ \\t]+tout|très|sehr|besonders)[ \\t]+)?$`,
      'iu',
    ),
    personNouns: words((tone) => tone.personNouns),
    clientWords: cased((tone) => tone.clientWords),
    clientPossessives: cased((tone) => tone.clientPossessives),
    determiners: words((tone) => tone.determiners),
    selfWords: words((tone) => tone.selfWords),
    verbHelpers: words((tone) => tone.verbHelpers),
    mannerAdverbs: words((tone) => tone.mannerAdverbs),
    reporting: words((tone) => tone.reporting),
    relatives: words((tone) => tone.relatives),
    clauseOpeners: words((tone) => tone.clauseOpeners),
    compoundPersonNoun: language.tone.compoundPersonNouns.length > 0 ? new RegExp(`\\p{L}-?(?:${language.tone.compoundPersonNouns.map(escapedForPattern).join('|')})$`, 'u') : undefined,
    articles: new Set(language.steps.agent.articles.map(familyKey)),
    // English's `by` is a due date's key in the steps, so its pack lists no agent word.
    agents: new Set(['by', ...language.steps.agent.words].map(familyKey)),
    // Not `quelque` or `chaque`: no participle ends in `-que`.
    participleAfter:
      language.tone.participleEndings.length > 0 ? new RegExp(`^[ \\t]+\\p{L}{3,}(?<!q)(?:${language.tone.participleEndings.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}'’])`, 'u') : undefined,
    joiners: words((tone) => tone.joiners),
    // Nor is a word that opens a clause or joins two (`Puisque vous avez…`), or a month or weekday as the steps write them (`Tue`, `Ven.`).
    notNames: new Set([
      ...words((tone) => [...tone.notNames, ...tone.clauseOpeners, ...tone.joiners, ...tone.relatives]),
      ...packs.flatMap((pack) => [...pack.steps.months, ...pack.steps.weekdays].flat().map((name) => name.toLowerCase().replace(/\.$/u, ''))),
    ]),
    notNouns: words((tone) => tone.notNouns),
    elision: elisions ? new RegExp(`^(?:${elisions})['’](?=\\p{L})`, 'u') : undefined,
    clientElisions,
    frequencyAfterVerb: language.tone.frequencyAfterVerb,
    capitalisedNouns: language.tone.capitalisedNouns,
    thirdPerson: language.tone.thirdPerson,
  };
  readings.set(language, reading);
  return reading;
}

/** The phrases that open with a judgement word and judge nothing (`nulle part`), matched where a judgement word starts. */
function idiomPattern(idioms: readonly string[]): RegExp | undefined {
  const alternatives = idioms.map(wordsPattern);
  return alternatives.length > 0 ? new RegExp(`^(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
}

/** The word a subject starts at. */
const SUBJECT_WORD = /^[\p{L}\p{N}'’-]+/u;

/**
 * What follows a manner adverb (the packs' `mannerAdverbs`) that closes what someone did or stands before a preposition, a bracket, a
 * quote or what was said (`I did not define it clearly.`, `put it clearly in the SOW`, `l'a dit clairement (même…)`, `without stating
 * clearly that it is not required`, `a dit clairement qu'il…`, `l'écrire plus clairement dans le mail`): how it was done, no opinion.
 */
const AFTER_MANNER = /^[ \t]*(?:[.,;:!?)(«"“]|$|(?:in|on|at|to|for|with|before|after|enough|and|or|so|from|by|that|what|how|why|whether|que|ce que|dans|sur|avec|pour|par|auprès|à|au|aux)(?![\p{L}\p{N}])|qu['’])/iu;

/** Words that compare how something was done, before a manner adverb: `more clearly`, `plus clairement`. */
const COMPARING = new Set(['more', 'less', 'plus', 'moins']);

/** How far before a word judging a person its negation is looked for: `wasn't at all`. */
const DENIAL_REACH = 24;

/** After a frequency word, words of an invitation or a permission: "always welcome", "always free to". */
const INVITATION_AFTER = /^\s+(?:welcome|free|invited|allowed|encouraged|able)\b/iu;

type Family = 'frequency' | 'repetition' | 'opinion' | 'person' | 'contempt';

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
  const reading = { prose, judgements: judgementsIn(note.text, prose, note.language, wordsOfPeoplesNames(readableEntries(note.frontmatter))) };
  toneReadings.set(note, { settings, reading });
  return reading;
}

const toneReadings = new WeakMap<Note, { settings: PrivacySettings; reading: ToneReading }>();

/** What ends a sentence between two phrases: a full stop, a question or exclamation mark, an ellipsis before a blank; a line break. */
const SENTENCE_BREAK = /[.!?…](?:\s|$)|\n/u;

/**
 * A tone rule's findings, one a sentence: its phrases are one way of putting it (`Évidemment, ils n'ont jamais répondu`, `Sie
 * hätten … rügen müssen, das haben Sie versäumt`). Worded by how many phrases the sentence holds, from its first to its last.
 */
export function findingsBySentence(
  text: string,
  phrases: ReadonlyArray<{ start: number; end: number; text: string }>,
  say: Say,
  keys: { one: MessageKey; two: MessageKey; many: MessageKey; advice: MessageKey },
): Report[] {
  return bySentence(text, phrases).map((sentence) => {
    const [first, last] = [sentence[0], sentence[sentence.length - 1]];
    const key = sentence.length === 1 ? keys.one : sentence.length === 2 ? keys.two : keys.many;
    return { message: say(key, { text: first.text, last: last.text, advice: say(keys.advice) }), start: first.start, end: last.end };
  });
}

/** Phrases in the order of the text, grouped by the sentence they stand in. */
function bySentence<Phrase extends { start: number; end: number }>(text: string, phrases: readonly Phrase[]): Phrase[][] {
  const sentences: Phrase[][] = [];
  for (const phrase of [...phrases].sort((a, b) => a.start - b.start)) {
    const sentence = sentences[sentences.length - 1];
    const last = sentence?.[sentence.length - 1];
    if (last && !SENTENCE_BREAK.test(text.slice(last.end, phrase.start))) sentence.push(phrase);
    else sentences.push([phrase]);
  }
  return sentences;
}

/** Judgement words in the prose: about people, or opinions presented as facts. */
export function judgementsIn(text: string, prose: readonly Prose[], language: LanguagePack = ENGLISH, peoplesNames: ReadonlySet<string> = new Set()): Judgement[] {
  const reading = readingOf(language);
  const reader = new ClauseReader(text, peoplesNames, reading);
  const judgements: Judgement[] = [];
  for (const piece of prose) {
    for (const match of findInProse([piece], reading.pattern)) {
      const family = reading.family.get(familyKey(match.text)) as Family;
      // "You're always welcome to call me" invites; it does not say what the client always does.
      if (family === 'frequency' && INVITATION_AFTER.test(text.slice(match.end, match.end + 24))) continue;
      if (family === 'opinion' && reader.saysHow(match.start, match.end)) continue;
      if (reading.idiom?.test(text.slice(match.start, match.start + 40))) continue;
      if (family === 'frequency' && reader.saysStill(match.start, match.end)) continue;
      // A judgement of a person denied says they were not so: `He was not defensive about it`.
      if (family === 'person' && reading.deniedBefore.test(text.slice(Math.max(0, match.start - DENIAL_REACH), match.start))) continue;
      const subject = reader.subjectOf(family, match.start, match.end);
      if (subject.about === 'client') {
        // From the subject to the word (`You pay late as always`), or from the word through a subject after it (`As usual, you`).
        const start = Math.min(subject.from, match.start);
        const end = subject.from > match.start ? subject.from + (SUBJECT_WORD.exec(text.slice(subject.from))?.[0].length ?? 0) : match.end;
        judgements.push({ text: text.slice(start, end), start, end, atClient: true, piece });
      }
      // An opinion or a generalisation is a judgement whoever it is about: said of the client, it is blame too (`you never
      // replied`, in the facts, is both). So is lateness or incompleteness as a pattern, whatever comes late or short.
      const shortfallPattern = family === 'frequency' && subject.about === 'thing' && reader.saysShortfall(match.start);
      if (subject.about === 'other' || ((family === 'opinion' || family === 'frequency') && subject.about === 'client') || shortfallPattern) judgements.push({ ...match, atClient: false, piece });
    }
  }
  return judgements;
}

// A clause ends at sentence punctuation, a dash, a bracket, a quotation mark or a new block;
// a soft line break inside a paragraph does not end it.
// A day's dots end none (`vom 01.09. nie reagiert`), unless a capital follows (the end of a slice read back is no end).
const CLAUSE_BREAKS = '[!?;:()[\\]"“”„«»—–]|\\s-\\s|\\n[ \\t]*(?:\\n|[-*+>#|]|\\d+[.)])';
// Nor does the dot of a title or an initial before a name (`Hr. B. meldet sich immer`, `Mrs. Alvarez never…`).
const ABBREVIATED = '(?<!(?<![\\p{L}.])(?:\\p{Lu}|Hr|Hrn|Fr|Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Mlle|St))';
// Nor does the dot of an abbreviation a word in lower case follows on the line (`Sheila at the HOA mgmt co. was rude`).
const CLAUSE_END = new RegExp(`(?<!\\d)${ABBREVIATED}\\.(?![ \\t]+\\p{Ll})|${ABBREVIATED}\\.(?=\\s*\\p{Lu})|${CLAUSE_BREAKS}`, 'gu');
/** Where nouns are capitalised (German), a number of one or two digits with its dot is an ordinal before one, no end (`zur 2. Runde`, `am 3. Dezember`). */
const CLAUSE_END_AFTER_ORDINALS = new RegExp(`(?<!\\d)${ABBREVIATED}\\.|(?<!(?<!\\d)\\d{1,2})${ABBREVIATED}\\.(?=\\s*\\p{Lu})|${CLAUSE_BREAKS}`, 'gu');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** How far before a verdict set after a comma (`, ziemlich unprofessionell.`) its comma may stand: a hedge or two. */
const VERDICT_LEAD = 24;
/** A verdict ends its sentence. */
const VERDICT_END = /^(?:[.!?…]|\s*$)/u;
/** Where a sentence starts after the one before it on the line: not after a title's or an initial's dot (`Hr. Kessler`). */
const SENTENCE_START = new RegExp(`${ABBREVIATED}[.!?]\\s+(?=\\p{Lu})`, 'gu');
// How far a clause is read on either side of the word: far enough for a subject, bounded so
// that reading stays linear in the note.
const LOOK_BACK = 160;
const LOOK_AHEAD = 60;

/** A name of two or three capitalised words, as a note writes the people in it: `Amina Diallo`. */
const FULL_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu;

/** A word written lowercase, as a word of prose (not the local part of an address). */
const LOWERCASE_WORD = /(?<![^\s(])\p{Ll}+(?=[\s,;:!?)]|\.(?!\S)|$)/gu;

/**
 * The initials of the people the note names in full (`AD` for Amina Diallo): minutes call
 * people by them, and `AD was hostile` judges a person where `The API was slow` does not.
 */
function initialsOfPeople(text: string): ReadonlySet<string> {
  const initials = new Set<string>();
  for (const match of matchesOf(text, FULL_NAME)) for (const each of initialsOf(match[0])) initials.add(each);
  return initials;
}

class ClauseReader {
  // Both are read from the whole text, at the first capitalised word in a judgement's
  // clause: a note without one never reads them.
  private lowercase: ReadonlySet<string> | undefined;
  private initials: ReadonlySet<string> | undefined;

  constructor(
    private readonly text: string,
    /** The words of the names of the people the note's frontmatter names, lower case. */
    private readonly peoplesNames: ReadonlySet<string>,
    private readonly reading: Reading,
  ) {}

  /** Words written lowercase somewhere in the note. */
  private get lowercaseWords(): ReadonlySet<string> {
    return (this.lowercase ??= new Set(matchesOf(this.text, LOWERCASE_WORD).map((match) => match[0])));
  }

  private get peoplesInitials(): ReadonlySet<string> {
    return (this.initials ??= initialsOfPeople(this.text));
  }

  /** Whether a noun stands after an article in the words: `l'appli`, `la facture`. */
  private hasArticledNoun(words: readonly Word[]): boolean {
    return words.some((word, index) => {
      const elided = /^(\p{L}+['’])\p{L}/u.exec(word.original)?.[1];
      return (elided !== undefined && this.reading.articles.has(familyKey(elided))) || (index > 0 && this.reading.articles.has(words[index - 1].key));
    });
  }

  /**
   * An opinion word that says how something was done (`define it clearly.`), after a word that is no verb helper (`was clearly in
   * breach` judges); a comparison before it goes with it (`l'écrire plus clairement dans le mail`, `say it more clearly`).
   */
  saysHow(start: number, end: number): boolean {
    if (!this.reading.mannerAdverbs.has(familyKey(this.text.slice(start, end))) || !AFTER_MANNER.test(this.text.slice(end, end + 12))) return false;
    const words = this.wordsBefore(start);
    const before = words.length > 1 && COMPARING.has(words[words.length - 1].key) ? words[words.length - 2] : words.at(-1);
    return before !== undefined && !this.reading.verbHelpers.has(before.key);
  }

  /**
   * Whether the clause from a frequency word, to a comma, says something comes late (`… always come in late`, `… toujours au
   * dernier moment`, `… nie pünktlich`); or a phrase that opens before that comma does, as German sets one before the clause
   * it introduces (`… immer erst, wenn ich dreimal nachfrage`).
   */
  saysShortfall(start: number): boolean {
    if (this.reading.shortfalls === undefined) return false;
    const clause = this.text.slice(start, this.clauseEnd(start));
    const comma = clause.indexOf(',');
    if (comma < 0) return clause.search(this.reading.shortfalls) >= 0;
    const found = (clause.slice(0, comma) + clause.slice(comma + 1)).search(this.reading.shortfalls);
    return found >= 0 && found < comma;
  }

  /** A frequency word before a past participle, no verb helper before it: a state that still holds (`Facture toujours impayée`). */
  saysStill(start: number, end: number): boolean {
    if (!this.reading.participleAfter?.test(this.text.slice(end, end + 40))) return false;
    const before = this.wordsBefore(start).at(-1);
    return before === undefined || !this.reading.verbHelpers.has(before.key);
  }

  subjectOf(family: Family, start: number, end: number): Subject {
    // Where the adverb stands after the finite verb (`Sie antworten nie`), the clause's subject is its first.
    if (family === 'frequency') {
      const before = this.wordsBefore(start);
      // What someone else said, reported (`She said she never got the invoice`, `Elle dit qu'elle n'a jamais été avertie`), is their
      // claim, not the writer's judgement; what the writer said is theirs (`I told them they never pay on time`), and so is what is
      // said to the client (`Said you never told me the wall was moving`). Where the adverb stands after the finite verb, right after
      // the verb of speech or thought it is their habit (`Sa mère trouve toujours à redire`).
      let reported = before.length - 2;
      while (reported >= 0 && !this.reading.reporting.has(before[reported].key)) reported--;
      if (reported >= 0) {
        const claim = before.slice(reported + 1);
        const toClient = this.firstSubject(claim).about === 'client' || this.headSubject(claim).about === 'client';
        if (!toClient && !before.slice(0, reported).some((word) => this.reading.selfWords.has(word.key))) return { about: 'thing' };
      }
      if (!this.reading.frequencyAfterVerb) return this.headSubject(before);
      // After a comma or a word that opens a clause, a clause of its own may start, with its own subject:
      // `…, parce que vous n'avez jamais transmis`, `des termes que vous n'avez jamais validés`, `…, weil Sie nie antworten`.
      const opener = before.reduce((last, word) => (this.reading.clauseOpeners.has(word.key) ? word.start : last), -1);
      const clauseStart = Math.max(this.text.lastIndexOf(',', start), opener);
      const own = before.filter((word) => word.start > clauseStart);
      const ownClause = this.firstSubject(own);
      // A clause of its own with a noun after an article for its subject (`…, mais l'appli plante toujours`) is about that thing.
      if (ownClause.about === 'thing' && own.length < before.length && this.hasArticledNoun(own)) return ownClause;
      return ownClause.about === 'thing' ? this.firstSubject(before) : ownClause;
    }
    if (family === 'repetition') {
      const subject = this.firstSubject(this.wordsBefore(start));
      return subject.about === 'thing' ? this.firstSubject(this.words(end, this.clauseEnd(end))) : subject;
    }
    if (family === 'person') {
      const before = this.wordsBefore(start);
      const described = this.describedNoun(end);
      if (described) return this.kindOf(described, before.at(-1));
      const mentioned = this.mentioned(before);
      return mentioned.about === 'thing' ? this.verdictOnSentence(start, end) : mentioned;
    }
    // `I was sloppy with the planning`, `Ich war schlampig`: contempt for oneself is an I-statement.
    if (family === 'contempt' && this.firstSubject(this.afterReporting(this.wordsBefore(start))).about === 'self') return { about: 'self' };
    // An opinion of a pattern said of the client is blame (`You pay late as always`, `Comme d'habitude, vous…`).
    if (family === 'opinion') {
      const before = this.firstSubject(this.afterReporting(this.wordsBefore(start)));
      const subject = before.about === 'thing' ? this.firstSubject(this.words(end, this.clauseEnd(end))) : before;
      if (subject.about === 'client') return subject;
    }
    // Opinion and contempt judge whatever else they are about, the client included.
    return { about: 'other' };
  }

  /**
   * Whom a verdict set after a comma at a sentence's end is on (`Hr. Kessler hat die Befunde als "Scanner-Müll" bezeichnet,
   * ziemlich unprofessionell.`): the sentence's subject, whatever its clause holds (a quotation ends one).
   */
  private verdictOnSentence(start: number, end: number): Subject {
    const comma = this.text.lastIndexOf(',', start);
    const lineStart = this.text.lastIndexOf('\n', start) + 1;
    if (comma < lineStart || start - comma > VERDICT_LEAD || !VERDICT_END.test(this.text.slice(end, end + 3))) return { about: 'thing' };
    const lead = this.words(comma + 1, start);
    if (lead.length > 2 || lead.some((word) => !/^\p{Ll}/u.test(word.original))) return { about: 'thing' };
    const sentence = this.text.slice(lineStart, comma);
    const previous = matchesOf(sentence, SENTENCE_START).at(-1);
    const sentenceStart = lineStart + (previous ? previous.index + previous[0].length : 0);
    return this.firstSubject(this.afterReporting(this.words(sentenceStart, comma)));
  }

  /** The subject of the verb the adverb stands before: the word before it, past auxiliaries and hedges. */
  private headSubject(words: readonly Word[]): Subject {
    let index = words.length - 1;
    while (index >= 0 && this.reading.verbHelpers.has(words[index].key)) index--;
    if (index < 0) return { about: 'thing' };
    if (this.reading.relatives.has(words[index].key) && index > 0) index--;
    if (this.reading.joiners.has(words[index].key)) return this.firstSubject(words.slice(0, index));
    return this.kindOf(words[index], words[index - 1], words[index + 1], words[index - 2]);
  }

  /** The first word of the clause that can be a subject: not the agent of a passive (`was cancelled, by SYF, and was never invoiced`). */
  private firstSubject(words: readonly Word[]): Subject {
    let previous: Subject | undefined;
    for (const [index, word] of words.entries()) {
      if (index > 0 && this.reading.agents.has(words[index - 1].key)) continue;
      const subject = this.kindOf(word, words[index - 1], words[index + 1], words[index - 2]);
      if (subject.about !== 'thing' && !(subject.about === 'other' && previous?.about === 'thing' && this.namesTheThingBefore(words, index))) return subject;
      previous = subject;
    }
    return { about: 'thing' };
  }

  /**
   * Whether the name at `index` names the thing its article's noun before it is, as French
   * sets a name after the noun it names: `L'ancien site WooCommerce tourne toujours`.
   */
  private namesTheThingBefore(words: readonly Word[], index: number): boolean {
    const noun = words[index - 1];
    return /^\p{Ll}/u.test(noun.original) && !this.reading.notNouns.has(noun.key) && this.hasArticledNoun(words.slice(Math.max(0, index - 3), index));
  }

  /** Whom the clause before a predicate mentions: the client first, then anyone else. */
  private mentioned(clause: readonly Word[]): Subject {
    const words = this.afterReporting(clause);
    // A name after the noun it names is that thing's: `le fichier Figma du UI kit`.
    const kinds = words.map((word, index) => {
      const kind = this.kindOf(word, words[index - 1], words[index + 1]);
      return kind.about === 'other' && index > 0 && this.namesTheThingBefore(words, index) ? { about: 'thing' as const } : kind;
    });
    return kinds.find((kind) => kind.about === 'client') ?? kinds.find((kind) => kind.about === 'other') ?? { about: 'thing' };
  }

  /** The clause after its last verb of speech or thought: `I think their layout is sloppy` judges their layout. */
  private afterReporting(clause: readonly Word[]): readonly Word[] {
    let reported = clause.length - 1;
    while (reported >= 0 && !this.reading.reporting.has(clause[reported].key)) reported--;
    return clause.slice(reported + 1);
  }

  private kindOf(word: Word, previous: Word | undefined, next?: Word, beforePrevious?: Word): Subject {
    if (holds(this.reading.clientWords, word) && !(previous && this.reading.determiners.has(previous.key))) {
      return next && this.saysThirdPerson(word, next) ? { about: 'other' } : { about: 'client', from: word.start };
    }
    if (this.reading.selfWords.has(word.key)) return { about: 'self' };
    if (this.isPersonNoun(word.key)) {
      // The client's, a word in lower case between (`your paralegal team`) too.
      const possessive =
        previous && holds(this.reading.clientPossessives, previous)
          ? previous
          : beforePrevious && previous && holds(this.reading.clientPossessives, beforePrevious) && /^\p{Ll}/u.test(previous.original) && !this.reading.determiners.has(previous.key)
            ? beforePrevious
            : undefined;
      return possessive ? { about: 'client', from: possessive.start } : { about: 'other' };
    }
    return this.isName(word) ? { about: 'other' } : { about: 'thing' };
  }

  /** Whether the verb after a client word says a third person instead: `Sie hat die Bestätigung nie gelesen` (she). */
  private saysThirdPerson(word: Word, next: Word): boolean {
    const { pronouns, verbEndings, verbs, notVerbs } = this.reading.thirdPerson;
    if (!pronouns.includes(word.original) || !/^\p{Ll}/u.test(next.original) || notVerbs.includes(next.key)) return false;
    return verbs.includes(next.key) || verbEndings.some((ending) => next.key.endsWith(ending));
  }

  /** A capitalised word that is no function word, month or day, and not a noun written lowercase elsewhere; or the name or initials of someone the note names. */
  private isName(word: Word): boolean {
    // Initials, names and capitalised words all start with a capital; but for the name of someone the note names, which writers who
    // write in lower case write so too (`kyle always adds walk-ins`), unless it is a word of the language's (`will`, `may`).
    if (!/^\p{Lu}/u.test(word.original)) return this.peoplesNames.has(word.key) && !this.reading.notNames.has(word.key) && !this.reading.notNouns.has(word.key) && !this.reading.verbHelpers.has(word.key);
    if (this.peoplesInitials.has(word.original) || this.peoplesNames.has(word.key)) return true;
    // Where every noun is capitalised (German), a capital says nothing of a name.
    if (this.reading.capitalisedNouns) return false;
    // A function word (`Mais`, `Depuis`) opening a sentence is no name either.
    return /^\p{Lu}\p{Ll}/u.test(word.original) && !this.reading.notNames.has(word.key) && !this.reading.notNouns.has(word.key) && !this.lowercaseWords.has(word.key);
  }

  /** The noun an adjective stands before ("a difficult conversation", "eine schwierige Phase"), if it stands before one; a comma ends the look. */
  private describedNoun(end: number): Word | undefined {
    const words: Word[] = [];
    const clauseEnd = this.clauseEnd(end);
    const comma = this.text.slice(end, clauseEnd).indexOf(',');
    for (const word of this.words(end, comma >= 0 ? end + comma : clauseEnd)) {
      if (this.reading.notNouns.has(word.key) || word.key.endsWith('ly') || words.length === 3) break;
      words.push(word);
    }
    // Where every noun is capitalised (German), a word in lower case is none: `hat das unprofessionell kommuniziert` describes no noun.
    const noun = words.at(-1);
    return noun && this.reading.capitalisedNouns && !/^\p{Lu}/u.test(noun.original) ? undefined : noun;
  }

  private isPersonNoun(key: string): boolean {
    const nouns = this.reading.personNouns;
    return nouns.has(key) || (key.endsWith('s') && nouns.has(key.slice(0, -1))) || (key.endsWith('es') && nouns.has(key.slice(0, -2))) || (this.reading.compoundPersonNoun?.test(key) ?? false);
  }

  /** A word as compared: lower case, a possessive or contracted ending ('s, n't, 've) and an elided word before it (`n'`, `l'`) taken off. */
  private keyOf(word: string): string {
    const key = word.toLowerCase().replace(/n['’]t$|['’](?:s|re|ve|d|ll|m)?$/, '');
    const client = this.reading.clientElisions.get(/^(\p{L}+)['’]\p{L}/u.exec(key)?.[1] ?? '');
    if (client !== undefined) return client;
    return this.reading.elision ? key.replace(this.reading.elision, '') : key;
  }

  private wordsBefore(start: number): Word[] {
    const from = Math.max(0, start - LOOK_BACK);
    const before = withoutRemarks(this.text.slice(from, start));
    let clauseStart = 0;
    for (const match of matchesOf(before, this.clauseEnds())) clauseStart = match.index + match[0].length;
    return this.wordsOf(before.slice(clauseStart), from + clauseStart);
  }

  private clauseEnd(from: number): number {
    const window = withoutRemarks(this.text.slice(from, from + LOOK_AHEAD));
    const ends = this.clauseEnds();
    ends.lastIndex = 0;
    const match = ends.exec(window);
    return from + (match ? match.index : window.length);
  }

  private clauseEnds(): RegExp {
    return this.reading.capitalisedNouns ? CLAUSE_END_AFTER_ORDINALS : CLAUSE_END;
  }

  private words(start: number, end: number): Word[] {
    return this.wordsOf(withoutRemarks(this.text.slice(start, end)), start);
  }

  /** The words of a stretch of the text that starts at `start`. */
  private wordsOf(stretch: string, start: number): Word[] {
    return matchesOf(stretch, WORD).map((match) => ({
      key: this.keyOf(match[0]),
      original: match[0],
      start: start + match.index,
    }));
  }
}

/**
 * A stretch with the remarks in brackets closed inside it blanked, at the same offsets: no word of its clause and no end of
 * it (`haben Sie mir trotz zwei Nachfragen (14.10., 22.10.) nie geschickt`). A bracket the phrase stands in is not closed in
 * the stretch read before it, nor opened in the one after: it still bounds the clause.
 */
function withoutRemarks(stretch: string): string {
  return stretch.includes('(') ? stretch.replace(REMARK, (remark) => ' '.repeat(remark.length)) : stretch;
}
const REMARK = /\([^()\r\n]{0,60}\)/gu;
