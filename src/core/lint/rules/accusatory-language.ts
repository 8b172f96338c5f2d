import { findInProse, phrasePattern } from '../../note/clientProse';
import { findingsBySentence, toneOf } from '../judgements';
import { stringListOption, type Rule } from '../rule';
import { ENGLISH } from '../../lang/packs';
import type { LanguagePack, ToneWords } from '../../lang/pack';
import { escapedForPattern, wordsPattern } from '../../base/matches';

// Blame addressed at the client is the language packs' data (`tone.blame`): English's in every
// note, and the note's own language's. Judgement words about "you" ("you always", "your team
// is careless") are read in judgements.ts with the rest of the judgement words.

// "isnt", "wasnt": the apostrophe left out, as in notes typed fast or dictated; "I'm not
// saying it was your fault" denies the blame as "it's not your fault" does.
const NEGATION_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:not|never|(?:is|was|are|were|do|does|did|ai)nt)|n['’]t)\s+(?:(?:saying|suggesting|implying)\s+(?:that\s+)?(?:it|this)\s+(?:was|is|were)\s+)?$/iu;
/** "You could have", "you should have", "you should've": blame about the past only before a past participle ("you could have told me"). */
const MODAL_PERFECT = /(?:could|should|ought to)(?: have|['’]ve)$/iu;
/** A past participle: regular (-ed), or one of the common irregular ones. */
const PAST_PARTICIPLE =
  /^\s+(?:(?:just|at least|simply|easily|maybe|perhaps|already|also|really)\s+)?(?:\p{L}+ed|been|had|done|told|sent|made|given|known|let|said|paid|brought|thought|kept|left|met|put|read|set|shown|sold|spent|taken|written|gone|got|gotten|seen|heard|found|held|built|bought|caught|felt|forgotten|meant|run|rung|understood|spoken|chosen|driven|broken|begun|come|become)\b/iu;

const deniedByLanguage = new WeakMap<LanguagePack, RegExp | undefined>();

/**
 * Someone on the client's side as a subject, in a pack's words: their possessive, a word or two, a person noun (`your accounts team`,
 * `Euer DJ`, `vos développeurs`), then what may end the noun (`plural`, as a pattern).
 */
function clientPersonSubject(tone: ToneWords, plural: string): string {
  const possessives = tone.clientPossessives.map(wordsPattern).join('|');
  const nouns = tone.personNouns.map(wordsPattern).join('|');
  // A compound whose last noun names a person is one, as German writes them whole (`Ihre Praxismanagerin`, `Euer Haustechniker`).
  const compounds = tone.compoundPersonNouns.length > 0 ? `|\\p{L}{2,30}-?(?:${tone.compoundPersonNouns.map(escapedForPattern).join('|')})` : '';
  return `(?<![\\p{L}\\p{N}])(?:${possessives})\\s+(?:\\p{L}[\\p{L}'’-]*\\s+){0,2}?(?:${nouns}${compounds})${plural}`;
}

/**
 * The English blame phrases in the second person, said of someone on the client's side:
 * `your team failed`, `your developer forgot`, `your accountant keeps`, `your team was supposed to`
 * (the verb as said of one person), with a word or two before the noun
 * (`your accounts team did not`) and the firm after it (`Your managers at Garland didn't even`).
 */
const CLIENT_SIDE_BLAME = (() => {
  const verbs = ENGLISH.tone.blame
    .filter((phrase) => /^you\s/iu.test(phrase))
    .map((phrase) => {
      const [verb, ...rest] = phrase.slice(4).trim().split(/\s+/u);
      // Said of one person: `your team was supposed to`.
      return [verb === 'were' ? '(?:were|was)' : `${wordsPattern(verb)}s?`, ...rest.map(wordsPattern)].join('\\s+');
    });
  return new RegExp(`${clientPersonSubject(ENGLISH.tone, '(?:e?s)?')}(?:\\s+(?:at|from|of)\\s+\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’&.-]*)?)?\\s+(?:${verbs.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
})();

const clientSideBlameByLanguage = new WeakMap<LanguagePack, RegExp | undefined>();

/**
 * Blame said of someone on the client's side in a pack's language, as CLIENT_SIDE_BLAME is in English: their possessive, a word or
 * two, a person noun, then the pack's blame in the third person (`Euer DJ hat sich … ohne Absprache eingesteckt`, `Votre développeur a
 * modifié les templates sans me prévenir`). The noun may end as its plural does (`vos développeurs ont`, `Ihre Mitarbeiter haben`), and
 * a word or two after it may say which (`Votre équipe d'entretien a passé un produit … sans me prévenir`).
 */
function clientSideBlameIn(language: LanguagePack): RegExp | undefined {
  if (!clientSideBlameByLanguage.has(language)) {
    const verbs = phrasePattern(language.tone.clientSideBlame);
    const subject = language.tone.clientPossessives.length > 0 && language.tone.personNouns.length > 0;
    // A word or two may qualify the noun after it, as French does (`Votre équipe compensation a`, `votre équipe d'entretien a`).
    clientSideBlameByLanguage.set(language, verbs && subject ? new RegExp(`${clientPersonSubject(language.tone, '\\p{Ll}{0,2}')}(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}?\\s+${verbs.source}`, 'giu') : undefined);
  }
  return clientSideBlameByLanguage.get(language);
}

const wishedByLanguage = new WeakMap<LanguagePack, RegExp | undefined>();

/** The words of the note's language right after a blame phrase that make it a wish: `Sie hätten gern`. */
function wishAfter(language: LanguagePack): RegExp | undefined {
  if (!wishedByLanguage.has(language)) {
    const words = language.tone.wishAfterBlame.map(wordsPattern);
    wishedByLanguage.set(language, words.length > 0 ? new RegExp(`^\\s+(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined);
  }
  return wishedByLanguage.get(language);
}

const acknowledgedByLanguage = new WeakMap<LanguagePack, RegExp>();
/** How many words may stand between the words of understanding that open a clause and what they acknowledge: the clause's subject. */
const ACKNOWLEDGED_REACH = 6;

/**
 * Words of understanding, in English or the note's language, right before a blame phrase (`I understand you didn't ask for it`),
 * or opening the clause it is in (`Je comprends que l'annulation du groupe vous a mis dans une situation difficile`); not where a
 * word such as `but` turns from them (`I understand, but you never sent the files`).
 */
function acknowledgedBefore(language: LanguagePack): RegExp {
  let pattern = acknowledgedByLanguage.get(language);
  if (!pattern) {
    const phrases = [...ENGLISH.tone.acknowledging, ...(language === ENGLISH ? [] : language.tone.acknowledging)];
    const openers = new Set(['that', ...ENGLISH.tone.clauseOpeners, ...language.tone.clauseOpeners].map((word) => word.toLowerCase()));
    const openingAClause = phrases.filter((phrase) => openers.has(phrase.toLowerCase().split(/[\s,]+/u).at(-1) ?? ''));
    const reach = openingAClause.length > 0 ? `|(?:${openingAClause.map(wordsPattern).join('|')})(?:[\\s,]+[\\p{L}'’-]+){0,${ACKNOWLEDGED_REACH}}` : '';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(wordsPattern).join('|')}${reach})[\\s,]*$`, 'iu');
    acknowledgedByLanguage.set(language, pattern);
  }
  return pattern;
}

/** A negation of the note's language a word or two before a blame phrase: "nicht Ihre Schuld", "pas de votre faute". */
function deniedBefore(language: LanguagePack): RegExp | undefined {
  if (!deniedByLanguage.has(language)) {
    const words = language.tone.negations.map(wordsPattern);
    deniedByLanguage.set(language, words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})\\s+(?:\\p{L}+\\s+)?$`, 'iu') : undefined);
  }
  return deniedByLanguage.get(language);
}

export const accusatoryLanguage: Rule = {
  id: 'accusatory-language',
  description: 'Blame phrasing ("you failed", "your fault", "you never") in client-facing text; suggests an "I" statement.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    phrases: { type: 'array', items: { type: 'string' }, description: 'Extra blame phrases to report, besides the built-in ones.' },
  },
  check({ note, config, options, say, report }) {
    const language = note.language;
    const pattern = phrasePattern([...ENGLISH.tone.blame, ...(language === ENGLISH ? [] : language.tone.blame), ...stringListOption(options, 'phrases')]) as RegExp;
    const denied = deniedBefore(language);
    const wished = wishAfter(language);
    const acknowledged = acknowledgedBefore(language);
    const { prose, judgements: allJudgements } = toneOf(note, config);
    // German's polite `Sie` and `Ihre` are written with a capital wherever they stand: in lower case (`sie hätten`, `wegen ihrer
    // eigenen Kalkulation`) they are they and theirs, someone else's; `ihr habt` is the client all the same. A phrase's first or
    // last word only: the words a `…` stands for are anyone's (`Sie haben sie dreimal nicht eingehalten`).
    const othersInLowerCase = othersWhenLowerCase(language);
    // `das ist ihr Problem`: a possessive the client's only with its capital (`Ihr Problem`), in lower case before a noun, is hers or
    // theirs, where `ihr` alone may be the client all the same (`ihr habt`).
    const othersPossessive = othersPossessiveBeforeNoun(language);
    // "It's not your fault" is the reassurance the guidance asks for, not blame.
    const clientSide = language === ENGLISH ? CLIENT_SIDE_BLAME : clientSideBlameIn(language);
    const blame = [...findInProse(prose, pattern), ...(clientSide ? findInProse(prose, clientSide) : [])].filter(
      (match) =>
        !endWords(match.text).some((word) => othersInLowerCase.has(word)) &&
        !othersPossessive?.test(match.text) &&
        !NEGATION_BEFORE.test(note.text.slice(Math.max(0, match.start - 40), match.start)) &&
        !denied?.test(note.text.slice(Math.max(0, match.start - 40), match.start)) &&
        // "I understand you didn't ask for it yourselves" acknowledges, as the advice asks.
        !acknowledged.test(note.text.slice(Math.max(0, match.start - 40), match.start)) &&
        // "Sie hätten gern, dass ich erreichbar bin" is what they would like, not blame.
        !wished?.test(note.text.slice(match.end, match.end + 20)) &&
        // "You could have the images by Friday if…" is an offer, not blame.
        (!MODAL_PERFECT.test(match.text) || PAST_PARTICIPLE.test(note.text.slice(match.end, match.end + 40))),
    );
    // A judgement about the client inside a blame phrase ("you should have obviously…") is the same finding.
    const judgements = allJudgements.filter(
      (judgement) =>
        judgement.atClient &&
        !blame.some((match) => match.start < judgement.end && judgement.start < match.end) &&
        !acknowledged.test(note.text.slice(Math.max(0, judgement.start - 80), judgement.start)),
    );
    // Two blame phrases in one sentence are one cause, one finding: `Sie hätten … rügen müssen, das haben Sie versäumt`.
    const keys = { one: 'accusatory-language.blame', two: 'accusatory-language.blameTwice', many: 'accusatory-language.blameMany', advice: 'accusatory-language.advice' } as const;
    for (const finding of findingsBySentence(note.text, [...blame, ...judgements], say, keys)) report(finding);
  },
};

const othersByLanguage = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** The client's words a pack writes with a capital that, in lower case, are someone else's: German's `sie`, `ihre`, `ihnen`. */
function othersWhenLowerCase(language: LanguagePack): ReadonlySet<string> {
  let others = othersByLanguage.get(language);
  if (!others) {
    const { clientWords, thirdPerson } = language.tone;
    others = new Set([...thirdPerson.pronouns, ...clientWords].filter((word) => word !== word.toLowerCase() && !clientWords.includes(word.toLowerCase())).map((word) => word.toLowerCase()));
    othersByLanguage.set(language, others);
  }
  return others;
}

const othersPossessiveByLanguage = new WeakMap<LanguagePack, RegExp | undefined>();

/** A possessive the client's only when capitalised, in lower case before a capitalised noun: German's `ihr Problem`, `ihres Chefs`. */
function othersPossessiveBeforeNoun(language: LanguagePack): RegExp | undefined {
  if (!othersPossessiveByLanguage.has(language)) {
    const words = language.tone.clientPossessives.filter((word) => word !== word.toLowerCase()).map((word) => word.toLowerCase());
    othersPossessiveByLanguage.set(language, words.length === 0 ? undefined : new RegExp(`(?<![\\p{L}])(?:${words.join('|')})[ \\t]+\\p{Lu}`, 'u'));
  }
  return othersPossessiveByLanguage.get(language);
}

/** A matched phrase's first and last words, the ones a phrase names (what `…` stands for lies between). */
function endWords(text: string): string[] {
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  return [words[0] ?? '', words[words.length - 1] ?? ''];
}
