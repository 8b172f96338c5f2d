import { normalizeHeading } from '../base/headings';
import { detached } from '../base/text';
import { closestMatch, typoDistance } from '../base/editDistance';
import { escapedForPattern } from '../base/matches';
import { Remembered, RememberedPer } from '../base/remembered';
import type { LanguagePack, SectionKey } from '../lang/pack';
import { AND_WORDS, ENGLISH, LANGUAGE_PACKS } from '../lang/packs';

/** A section the templates know, in canonical order. */
export interface KnownSection {
  key: SectionKey;
  title: string;
  aliases: readonly string[];
  /** Private sections never reach a follow-up summary and are not client-facing. */
  private: boolean;
}

export type { SectionKey } from '../lang/pack';

const PRIVATE_KEYS: ReadonlySet<SectionKey> = new Set(['preparation', 'clientPerspective', 'privateNotes']);

/** The known sections, with their English names (the English pack's): every note answers to these. */
export const KNOWN_SECTIONS: readonly KnownSection[] = (Object.entries(ENGLISH.sections) as Array<[SectionKey, readonly string[]]>).map(([key, [title, ...aliases]]) => ({
  key,
  title,
  aliases,
  private: PRIVATE_KEYS.has(key),
}));

/** A section the configuration requires, matched by title or any alias. */
export interface RequiredSection {
  title: string;
  aliases: string[];
}

export const DEFAULT_REQUIRED_SECTIONS: readonly RequiredSection[] = ['facts', 'boundaries', 'nextSteps'].map((key) => {
  const known = KNOWN_SECTIONS.find((section) => section.key === key)!;
  return { title: known.title, aliases: [...known.aliases] };
});

/**
 * How a heading is compared with section names: normalized (`normalizeHeading`: case,
 * punctuation, emoji), without the list numbering before it ("1.", "2)", "II.", "a)", an agenda item's "TOP 1 –"),
 * parenthesised or bracketed qualifiers ("(agreed)", "[draft]"), a leading "my", "our" or
 * "the", a word that joins two halves ("and", "und", "et", as a slash or `&` does), and with each word in the singular, so that
 * "## 1. Facts:", "## 📌 Facts", "## Next step (agreed)" and "## Our next steps" name the sections they say.
 */
export function headingName(title: string): string {
  return headingNames.get(title, (key) => {
    const compared = comparedForm(key);
    // `Prochaine étapes`: a known name with one word in the singular and another in the plural is a typo of it, not the name in
    // the singular (`Prochaine étape`): its words as typed, so that it is reported as misspelt.
    const written = KNOWN_NAMES_AS_WRITTEN().get(compared);
    const typed = written && wordsAsTyped(key);
    return detached(typed && written.every((name) => numberDisagrees(typed, name)) ? typed.join(' ') : compared);
  });
}

/** A heading's words, normalized (case, punctuation, emoji), without its qualifiers, numbering and leading filler; each as typed, no plural taken off. */
function wordsAsTyped(title: string): string[] {
  const unqualified = title.replace(QUALIFIER, ' ').replace(LIST_NUMBERING, '');
  return normalizeHeading(/[\p{L}\p{N}]/u.test(unqualified) ? unqualified : title)
    .replace(LEADING_NUMBERS, '')
    .replace(LEADING_FILLER, '')
    .split(' ');
}

/** Whether typed words leave the plural's `s` off one word of a name and keep it on another (`prochaine etapes`). */
function numberDisagrees(typed: readonly string[], name: readonly string[]): boolean {
  if (typed.length !== name.length) return false;
  const singular = typed.some((word, index) => `${word}s` === name[index]);
  const plural = typed.some((word, index) => word === name[index] && word.length >= 3 && word.endsWith('s'));
  return singular && plural;
}

/** The known sections' names in every language, by their compared form, each as its words are written. */
const KNOWN_NAMES_AS_WRITTEN = (() => {
  let names: Map<string, string[][]> | undefined;
  return () => {
    if (names) return names;
    names = new Map();
    for (const pack of LANGUAGE_PACKS) {
      for (const titles of Object.values(pack.sections) as Array<readonly string[]>) {
        for (const title of titles) {
          const compared = comparedForm(title);
          names.set(compared, [...(names.get(compared) ?? []), wordsAsTyped(title)]);
        }
      }
    }
    return names;
  };
})();

// Notes repeat a few headings, and the compared form (NFKC, Unicode classes) costs more
// than the rest of reading a section: each title is put in that form once.
const headingNames = new Remembered<string>();
const knownByName = new WeakMap<readonly RequiredSection[], RememberedPer<LanguagePack, KnownSection | undefined>>();

/**
 * The heading as `headingName` gives it, but with a plural taken off by its `s` alone: a
 * typo may end a word in `ies` (`Limties` for `Limites`), which `headingName` would make
 * a `y` and so two letters further from the name.
 */
function typedName(title: string): string {
  return typedNames.get(title, (key) => detached(comparedForm(key, false)));
}

const typedNames = new Remembered<string>();

function comparedForm(title: string, englishPlurals = true): string {
  return wordsAsTyped(title)
    // `Was ich machen kann / was nicht` is `… kann und was nicht`: a slash or a word that joins two halves is no word of the name.
    .filter((word, index, all) => !(AND_WORDS.has(word) && index > 0 && index < all.length - 1))
    // Three letters up, so that the halves of a compound count too: `Follow-ups`, `To-dos`, `Check-ins`.
    .map((word) => (word.length >= 3 ? (englishPlurals ? word.replace(/ies$/, 'y') : word).replace(/([^s])s$/, '$1') : word))
    .join(' ');
}

const QUALIFIER = /[([][^()[\]]*[)\]]/g;
// Or an agenda item's number, as minutes head their items: `TOP 1 – Fakten` (Tagesordnungspunkt), `Item 2: Facts`, `Point 3 – Limites`.
const LIST_NUMBERING = /^\s*(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.)]|[a-z][.)]|(?:top|item|agenda item|point|punkt|pkt\.|traktandum)[ \t]*\d+(?:\.\d+)*[.):]?(?:[ \t]*[–—-](?=\s))?)\s+/i;
const LEADING_NUMBERS = /^(?:\d+ )+/;
const LEADING_FILLER = /^(?:my|our|the) (?=\S)/;

/** At most this many words around a section's name still leave the heading that section: "Boundaries I set". */
export const MAX_QUALIFYING_WORDS = 3;
/** After a name the heading starts with, a phrase may follow: "Options to put to them", "Facts as the client tells them". */
const MAX_WORDS_AFTER_LEADING_NAME = 5;

// Section names are compared as `headingName` gives them, and normalizing (NFKC, Unicode
// classes) costs more than the rest of the lookup: each name list is normalized once.
const namesOf = new WeakMap<object, Set<string>>();

/** All names (title and aliases) a section answers to, as `headingName` gives them. */
export function sectionNames(section: { title: string; aliases: readonly string[] }): Set<string> {
  let names = namesOf.get(section);
  if (!names) {
    names = new Set([section.title, ...section.aliases].map(headingName).filter((name) => name.length > 0));
    namesOf.set(section, names);
  }
  return names;
}

/** The names a language gives a known section (`Nächste Schritte`), as `headingName` gives them. */
export function languageSectionNames(language: LanguagePack, key: SectionKey): Set<string> {
  const titles = language.sections[key];
  let names = namesOf.get(titles);
  if (!names) {
    names = new Set(titles.map(headingName).filter((name) => name.length > 0));
    namesOf.set(titles, names);
  }
  return names;
}

/**
 * The candidate a heading (as `headingName` gives it) names: the one with that very
 * name, else the one whose name it holds with a few qualifying words around it
 * ("boundary i set", "agreed next step for january"), or starts with, a phrase after it
 * ("option to put to them"). A name the heading starts with wins
 * ("next step private"); otherwise a heading that holds the names of two candidates
 * ("what happened and their perspective") names neither.
 */
export function sectionNamed<T>(heading: string, candidates: readonly T[], namesOf: (candidate: T) => Set<string>): T | undefined {
  const exact = candidates.find((candidate) => namesOf(candidate).has(heading));
  if (exact !== undefined) return exact;
  const words = heading.split(' ').length;
  const padded = ` ${heading} `;
  let leading: { candidate: T; length: number } | undefined;
  const inside = new Set<T>();
  for (const candidate of candidates) {
    for (const name of namesOf(candidate)) {
      const extra = words - name.split(' ').length;
      // A name of two letters (`AIs`, action items, as `ai`) is that name alone: amid other words it is another (`Zoom AI Companion summary`).
      if (extra <= 0 || extra > MAX_WORDS_AFTER_LEADING_NAME || name.length < 3) continue;
      const at = padded.indexOf(` ${name} `);
      if (at === -1 || (at > 0 && extra > MAX_QUALIFYING_WORDS)) continue;
      // "next setps agreed" starts with the name "next", and "agreed next stpes" holds it, but both misspell the longer "next steps" or
      // "agreed next steps": a misspelt heading, not this one.
      if (candidates.some((other) => [...namesOf(other)].some((longer) => misspellsLeading(heading, longer, name)))) continue;
      inside.add(candidate);
      if (at === 0 && name.length > (leading?.length ?? 0)) leading = { candidate, length: name.length };
    }
  }
  if (leading) return leading.candidate;
  return inside.size === 1 ? [...inside][0] : undefined;
}

/**
 * Whether a heading's first words write a longer name that holds the `shorter` name the
 * heading holds, with a typo in a word: each word the name's own or a letter or two from it
 * (two swapped letters count as one), starting with the same letter, as a typist slips.
 */
function misspellsLeading(heading: string, longer: string, shorter: string): boolean {
  const names = longer.split(' ');
  if (names.length <= shorter.split(' ').length || !` ${longer} `.includes(` ${shorter} `)) return false;
  const written = heading.split(' ').slice(0, names.length);
  if (written.length < names.length || written.join(' ') === longer) return false;
  return names.every((word, index) => {
    const typed = written[index];
    return typed === word || (typed[0] === word[0] && typoDistance(typed, word) <= (word.length <= 5 ? 1 : 2));
  });
}

/** The known sections with the names they answer to in a note of a language, the configured aliases included. */
const knownNamesOf = new WeakMap<readonly RequiredSection[], Map<LanguagePack, Array<{ known: KnownSection; names: Set<string> }>>>();

function knownWithNames(required: readonly RequiredSection[], language: LanguagePack): Array<{ known: KnownSection; names: Set<string> }> {
  let byLanguage = knownNamesOf.get(required);
  if (!byLanguage) knownNamesOf.set(required, (byLanguage = new Map()));
  let known = byLanguage.get(language);
  if (!known) {
    // A name two known sections answer to (through a configured alias) is the first one's, in
    // canonical order; English names first, which every note answers to (people mix), then the
    // note's language's.
    const claimed = new Set<string>();
    known = KNOWN_SECTIONS.map((section) => {
      const configured = required.find((candidate) => headingName(candidate.title) === headingName(section.title));
      const names = new Set([...sectionNames(section), ...(configured ? sectionNames(configured) : [])].filter((name) => !claimed.has(name)));
      for (const name of names) claimed.add(name);
      return { known: section, names };
    });
    if (language !== ENGLISH) {
      for (const entry of known) {
        for (const name of languageSectionNames(language, entry.known.key)) {
          if (claimed.has(name)) continue;
          entry.names.add(name);
          claimed.add(name);
        }
      }
    }
    byLanguage.set(language, known);
  }
  return known;
}

/** The names a known section is given in a note of a language: its English ones (`sectionNames`) and the language's. */
export function knownSectionNames(known: KnownSection, language: LanguagePack = ENGLISH): Set<string> {
  if (language === ENGLISH) return sectionNames(known);
  return new Set([...sectionNames(known), ...languageSectionNames(language, known.key)]);
}

/**
 * The known section a heading names, taking the configured aliases into account, so that
 * a team's alias for "Agreed next steps" is also where next steps are read from; in a note
 * of another language, its names too (`## Nächste Schritte`). `name` is the heading as `headingName` gives it, where the caller
 * has it already.
 */
export function knownSectionFor(heading: string, required: readonly RequiredSection[], language: LanguagePack = ENGLISH, name = headingName(heading)): KnownSection | undefined {
  const known = knownSectionNamed(name, required, language);
  const slashed = heading.includes('/');
  if (known || !(slashed || JOINING_WORD.test(heading))) return known;
  // `Ce que je peux faire / ce que je ne fais pas`, `Ce que je peux faire et ce que je ne fais pas`, `What I can do / what I won't`: two
  // halves that each name the section name it, though together they are more words than a name and its qualifiers.
  const halves = heading.split(slashed ? '/' : JOINING_WORD).filter((half) => /[\p{L}\p{N}]/u.test(half));
  if (halves.length !== 2) return undefined;
  const [first, second] = halves.map((half) => knownSectionNamed(headingName(half), required, language));
  return first === second ? first : undefined;
}

/** A word that joins two halves of a heading, between blanks: `… et …`, `… and …`, `… und …`. */
const JOINING_WORD = new RegExp(`\\s(?:${[...AND_WORDS].map(escapedForPattern).join('|')})\\s`, 'iu');

/** The words that make a heading private in any language: `private`, `privat`, `vertraulich`, `confidentiel`… */
const PRIVATE_WORD = new RegExp(`(?:^|\\s)(?:${[...new Set(LANGUAGE_PACKS.flatMap((pack) => pack.privateWords.map(normalizeHeading)))].join('|')})(?:\\s|$)`, 'u');

/**
 * Whether a heading's own words make it private, whatever the settings add: it names a
 * known private section, or holds the word private or confidential (`Notes (private)`).
 * In every language, whatever the note's: a private heading in another language than the
 * note's is still kept from the client, erring on the side of silence.
 */
export function readsPrivate(heading: string, required: readonly RequiredSection[]): boolean {
  return privateReadings.of(required).get(heading, (title) => {
    if (knownSectionFor(title, required)?.private === true || PRIVATE_WORD.test(normalizeHeading(title))) return true;
    return sectionNamed(headingName(title), otherPrivateNames(), (names) => names) !== undefined;
  });
}

/** Whether a heading reads private, per configured sections: every reading of a note asks of every heading. */
const privateReadings = new RememberedPer<readonly RequiredSection[], boolean>();

/** The names other languages give the private sections, one set per section and language, made once. */
let otherPrivate: ReadonlyArray<Set<string>> | undefined;

function otherPrivateNames(): ReadonlyArray<Set<string>> {
  otherPrivate ??= LANGUAGE_PACKS.filter((language) => language !== ENGLISH).flatMap((language) =>
    KNOWN_SECTIONS.filter((section) => section.private).map((section) => languageSectionNames(language, section.key)),
  );
  return otherPrivate;
}

/** The known section of a key, with the names configured for it: what a section is taken for when its content says so. */
export function knownSectionOfKey(key: SectionKey, required: readonly RequiredSection[], language: LanguagePack = ENGLISH): KnownSection | undefined {
  return knownWithNames(required, language).find((candidate) => candidate.known.key === key)?.known;
}

/** `knownSectionFor` for a heading already compared-form with `headingName`. */
function knownSectionNamed(name: string, required: readonly RequiredSection[], language: LanguagePack = ENGLISH): KnownSection | undefined {
  let byLanguage = knownByName.get(required);
  if (!byLanguage) knownByName.set(required, (byLanguage = new RememberedPer()));
  return byLanguage.of(language).get(name, () => {
    const candidates = knownWithNames(required, language);
    const known = sectionNamed(name, candidates, (candidate) => candidate.names)?.known;
    // A heading that names the agreements and the next steps together (`Vereinbart / To-dos`,
    // `Decisions & action items`) holds the steps, as the alias `Agreements and next steps` says.
    if (known?.key === 'agreements') {
      const steps = candidates.find((candidate) => candidate.known.key === 'nextSteps');
      if (steps && [...steps.names].some((stepsName) => ` ${name} `.includes(` ${stepsName} `))) return steps.known;
    }
    return known;
  });
}

/** The known section a section title (a required one, say) is, by its very name. */
function knownSectionTitled(title: string, required: readonly RequiredSection[]): KnownSection | undefined {
  const name = headingName(title);
  return knownWithNames(required, ENGLISH).find((candidate) => candidate.names.has(name))?.known;
}

/**
 * The first of a note's sections that is the wanted one: for a known section, a heading
 * that names it (`knownSectionFor`); for a section only the configuration knows, a
 * heading that names it and no known one.
 */
export function findSection<S extends { normalizedTitle: string; known: KnownSection | undefined }>(
  sections: readonly S[],
  wanted: { title: string; aliases: readonly string[] },
  required: readonly RequiredSection[],
): S | undefined {
  const known = knownSectionTitled(wanted.title, required);
  if (known) return sections.find((section) => section.known === known);
  return sections.find((section) => !section.known && sectionNamed(section.normalizedTitle, [wanted], sectionNames) !== undefined);
}

/** Position of a section title in the canonical order; unknown titles go before Private notes. */
export function canonicalIndex(title: string, required: readonly RequiredSection[], language: LanguagePack = ENGLISH): number {
  const known = knownSectionFor(title, required, language);
  if (known) return KNOWN_SECTIONS.indexOf(known);
  return KNOWN_SECTIONS.findIndex((section) => section.key === 'privateNotes') - 0.5;
}

/**
 * The first heading no known section claims whose name (alone, or before a few qualifying
 * words) is a typo's reach from one of `names`: "Boundries", "Nxet steps", "Nächste Schrite".
 * The one reading of a misspelt heading: the rule that reports it, and the steps still read
 * under it. `misspelt` is the heading's words that stand for the name.
 */
export function misspeltSection<S extends { title: string; normalizedTitle: string; known: KnownSection | undefined }>(
  sections: readonly S[],
  names: Iterable<string>,
  taken: ReadonlySet<S> = new Set(),
  qualifyingWords = MAX_QUALIFYING_WORDS,
): { section: S; misspelt: string } | undefined {
  const wanted = [...names];
  for (const section of sections) {
    if (section.known || taken.has(section)) continue;
    const typed = typedName(section.title);
    for (const form of typed === section.normalizedTitle ? [typed] : [section.normalizedTitle, typed]) {
      const words = form.split(' ');
      // The name's own words come first, misspelt, a few qualifying words may follow: "Boundries I set".
      for (const name of wanted) {
        const length = name.split(' ').length;
        if (words.length < length || words.length - length > qualifyingWords) continue;
        const misspelt = words.slice(0, length).join(' ');
        // Words that are another section's name as written are that section, no typo of this one: `Options discussées` is no `Actions`.
        if (anyKnownSectionName().has(misspelt)) continue;
        if (closestMatch(misspelt, [name]) && typedWordByWord(misspelt, name)) return { section, misspelt: section.normalizedTitle.split(' ').slice(0, length).join(' ') };
      }
    }
  }
  return undefined;
}

/** The names of every known section in every language a pack holds, read once. */
function anyKnownSectionName(): ReadonlySet<string> {
  everyKnownName ??= new Set(LANGUAGE_PACKS.flatMap((pack) => KNOWN_SECTIONS.flatMap((known) => [...knownSectionNames(known, pack)])));
  return everyKnownName;
}
let everyKnownName: ReadonlySet<string> | undefined;

/**
 * Whether each word of a name of several is typed as itself or with a typo of its own (`Nächte Schritte`, `agreed nxet steps`):
 * a word in another's place is another heading (`Ce que je lui ai dit` is not `Ce que je peux`, one word away).
 */
function typedWordByWord(typed: string, name: string): boolean {
  const names = name.split(' ');
  return typed.split(' ').every((word, index) => word === names[index] || closestMatch(word, [names[index]]) !== undefined);
}

/**
 * Whether a line that is only a label (`**Nächtse Schritte**`, as Word's bold lines stand for headings) misspells the name of
 * a section in the note's language: it heads that section, written wrong, as a misspelt heading does.
 */
export function labelMisspellsSection(label: string, language: LanguagePack): boolean {
  // The whole label, with no qualifying words after it, as a bold line is often a line's topic (`**Pre-production**`).
  return misspeltLabels.of(language).get(label, () => {
    const typed = [{ title: label, normalizedTitle: headingName(label), known: undefined }];
    return typed[0].normalizedTitle.length >= MIN_MISSPELT_LABEL && KNOWN_SECTIONS.some((known) => misspeltSection(typed, knownSectionNames(known, language), new Set(), 0) !== undefined);
  });
}
const misspeltLabels = new RememberedPer<LanguagePack, boolean>();
/** Shorter than this, a label is a word a typo from too many others. */
const MIN_MISSPELT_LABEL = 6;

/** A heading that misspells Agreed next steps in the note's language (`## Nxet steps`): the steps under it are still the steps. */
export function misspeltNextSteps<S extends { title: string; normalizedTitle: string; known: KnownSection | undefined }>(sections: readonly S[], language: LanguagePack): S | undefined {
  const misspells = misspeltNextStepsTitles.of(language);
  return sections.find(
    (section) => !section.known && misspells.get(section.title, () => misspeltSection([section], knownSectionNames(KNOWN_SECTIONS.find((known) => known.key === 'nextSteps')!, language)) !== undefined),
  );
}

/** Whether a heading misspells Agreed next steps, per language: every digest of every note asks it of each heading no known section claims. */
const misspeltNextStepsTitles = new RememberedPer<LanguagePack, boolean>();
