import { parseContacts } from './contact';
import { linkedPageName, unquotedPageLink } from './pageLinks';
import { Remembered } from '../base/remembered';
import { detached } from '../base/text';
import { AND_WORDS, ENGLISH, LANGUAGE_PACKS, OR_WORD } from '../lang/packs';
import { escapedForPattern } from '../base/matches';
import type { LanguagePack } from '../lang/pack';

/**
 * Who owns a step, decided here and nowhere else: the lint rules, the recap's groups,
 * the digest's records, `next-steps --owner` and the views' filters all ask `sideOf`, so
 * that `owner: I` is "mine" in every one of them.
 *
 * - `me`: the freelancer (`me`, `I`, `myself`, `recap.myName`, the name in
 *   `recap.from`, and a name the writer uses for themself, see `learnSelfNames`);
 * - `client`: the client's side (`client`, `you`, the client's name, the contact, the
 *   attendees and the Cc);
 * - `both`: both sides together (`we`, `both`), which the recap words as "What we will do";
 * - `named`: anyone else named;
 * - `unclear`: nobody in particular (`tbd`, `team`, `someone`) or alternatives (`me or client`).
 *
 * People joined by `and` (`Marcus and Jen`) are the side they share, or both sides.
 */
export type Side = 'me' | 'client' | 'both' | 'named' | 'unclear';

/** The names a note's owners are compared with, lower case, `@` taken off. */
export interface NotePeople {
  me: Set<string>;
  client: Set<string>;
  /** The words for the client's side rather than one of its people: `client`, `Kunde`. */
  clientSide: Set<string>;
  /** Both sides in the note's language besides English's (`wir`, `nous`). */
  both: Set<string>;
  /** Owners that name no one yet in the note's language besides English's (`N.N.`, `à définir`). */
  nobody: Set<string>;
  /**
   * The names only the attendees give: the client's side until a step says otherwise, as
   * writers list themselves among the people at the table.
   */
  attendeesOnly: Set<string>;
}

/** Who the freelancer is, from the settings. */
export interface SelfSettings {
  myName?: string;
  /** The sender, `Name <address>`. */
  from?: string;
}

/** `self`, as Indian English writes one's own share (`— Self — ETA 4th Dec`); `mine`, as a label over one's steps (`Mine:`). */
const MY_WORDS = ['me', 'i', 'myself', 'self', 'mine'];
/** The client's side: `they` and `them` too, the other side of the conversation the note is about (`they owe me the files by 12/2`, `them: sign off`). */
const CLIENT_WORDS = ['client', 'the client', 'you', 'customer', 'the customer', 'they', 'them'];
/** Both sides together: one of them will have to do it, but the recap can say "we". */
const BOTH_WORDS = new Set(['we', 'us', 'both', 'both of us', 'both parties', 'the parties', 'all parties', 'both sides', 'together', 'jointly', 'all of us']);
/** Owners that name no one in particular. */
const NOBODY_WORDS = new Set(['team', 'the team', 'tbd', 'tba', 'tbc', '?', '??', 'everyone', 'someone', 'anyone', 'all', 'n/a', 'na', 'unknown', 'unassigned', 'no assignee', 'not assigned', 'nobody', 'no one', 'none']);

/** True for a word that names a side or nobody rather than a person: `me`, `I`, `client`, `we`, `tbd`. */
export function isOwnerWord(text: string): boolean {
  const key = ownerKey(text);
  return MY_WORDS.includes(key) || CLIENT_WORDS.includes(key) || BOTH_WORDS.has(key) || NOBODY_WORDS.has(key);
}

/** True for a word that names both sides together: `we`, `both`, `together`. */
export function isBothWord(text: string): boolean {
  return BOTH_WORDS.has(ownerKey(text));
}

/** True for a word that names the client's side: `client`, `you`, `they`. */
export function isClientWord(text: string): boolean {
  return CLIENT_WORDS.includes(ownerKey(text));
}

/** An owner as compared: trimmed, lower case, without `@` or a bold or a trailing colon. */
export function ownerKey(owner: string): string {
  return owner
    .trim()
    .replace(/^[*_]+|[*_]+$/gu, '')
    .replace(/^@/u, '')
    .replace(/:$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/**
 * An owner as a frontmatter step writes it, its value as YAML reads it: `"[[Andrew Pike]]"`, a link to the person's page, is the
 * person, and so is the same link unquoted, which YAML reads as a list in a list (`[["Andrew Pike"]]`); a list of several is no one.
 */
export function fieldOwner(value: unknown): string | undefined {
  const linked = unquotedPageLink(value);
  if (linked === undefined || linked === null || typeof linked === 'object') return undefined;
  const text = String(linked).trim();
  return text.length === 0 ? undefined : (linkedPageName(text) ?? text);
}

/** The people a note names, from its frontmatter (`client`, `contact`, `attendees`, `cc`) and the settings. */
export function notePeople(data: Record<string, unknown> | undefined, self: SelfSettings = {}, language: LanguagePack = ENGLISH): NotePeople {
  const me = new Set([...MY_WORDS, ...language.steps.me.map(ownerKey)]);
  const clientSide = new Set([...CLIENT_WORDS, ...language.steps.client.map(ownerKey)]);
  const client = new Set(clientSide);
  const both = new Set(language.steps.both.map(ownerKey));
  const nobody = new Set(language.steps.nobody.map(ownerKey));
  for (const name of namesIn(self.myName)) me.add(name);
  for (const name of namesIn(self.from)) me.add(name);
  const clientName = data?.client;
  if (typeof clientName === 'string' && clientName.trim()) client.add(ownerKey(clientName));
  const attendeesOnly = new Set<string>();
  for (const key of ['contact', 'cc', 'attendees']) {
    for (const entry of listOf(data?.[key])) {
      for (const name of namesIn(entry)) {
        if (me.has(name)) continue;
        if (key === 'attendees' && !client.has(name)) attendeesOnly.add(name);
        client.add(name);
      }
    }
  }
  return { me, client, clientSide, both, nobody, attendeesOnly };
}

/** Each word of the names of the people a note names (`contact`, `attendees`, `cc`), lower case: `anna`, `reiter`. */
export function wordsOfPeoplesNames(data: Record<string, unknown> | undefined): Set<string> {
  const words = new Set<string>();
  for (const key of ['contact', 'attendees', 'cc']) {
    for (const entry of listOf(data?.[key])) {
      for (const name of namesIn(entry)) for (const word of name.split(/\s+/u)) if (word.length > 1) words.add(word);
    }
  }
  return words;
}

/** Which side an owner is on; undefined when there is no owner. */
export function sideOf(owner: string | undefined, people: NotePeople): Side | undefined {
  if (owner === undefined) return undefined;
  // `M. Perret (client)`, `Karim (Kunde)`: a name the note does not place, with its side in brackets.
  const bracketed = withRemark(owner);
  if (bracketed) {
    const [named, said] = [sideOf(bracketed.name, people), sideOf(bracketed.remark, people)];
    return named === 'named' && (said === 'client' || said === 'me') ? said : named;
  }
  const key = ownerKey(owner);
  if (!/[\p{L}\p{N}?]/u.test(key)) return undefined;
  if (people.me.has(key)) return 'me';
  if (people.client.has(key) || isPartOfClientName(key, people)) return 'client';
  if (BOTH_WORDS.has(key) || people.both.has(key)) return 'both';
  // `NA` for the contact Neil Ashworth: initials in capitals that are someone's the note names name them, as any initials do,
  // though `n/a` names no one.
  if (NOBODY_WORDS.has(key) || people.nobody.has(key)) return /^\p{Lu}{2,3}$/u.test(owner.trim()) && isInitialsOfClientPerson(key, people) ? 'named' : 'unclear';
  // `Mark / Sian`, `SW/MH` (their initials): either of two of the client's people is still the client's side; `me/client`
  // or `Dana or Sam` leaves open who does it.
  const alternatives = key.split(ALTERNATIVE_SEPARATOR);
  // `Kunde/Hr. Weber`, `client/purchasing`: the client's side, then who on it does the step.
  if (alternatives.length === 2 && key.includes('/') && people.clientSide.has(alternatives[0])) {
    const who = sideOf(alternatives[1], people);
    if (who === 'named' || who === 'client') return 'client';
  }
  if (alternatives.length > 1) {
    const sides = alternatives.map((name) => sideOf(name, people));
    // `Dale / AP`, the contact and his department: someone the note places on the client's side with a slash before a name it
    // does not place is still the client's side, where `or` between them leaves it open, and so do two people's initials (`GH/LC`).
    const clientWithUnplaced = key.includes('/') && !/\sor\s/u.test(key) && sides.includes('client') && sides.every((side) => side === 'client' || side === 'named');
    return alternatives.every((name, index) => sides[index] === 'client' || isInitialsOfClientPerson(name, people)) || clientWithUnplaced ? 'client' : 'unclear';
  }
  const together = key.split(TOGETHER);
  if (together.length > 1) return sideOfTogether(together.map((name) => sideOf(name, people)));
  return 'named';
}

/** What sets off alternatives, where either may do a step: `Mark / Sian`, `Dana or Sam`, `Ole oder ich`. From the start of a blank run only. */
export const ALTERNATIVE_SEPARATOR = new RegExp(`(?<!\\s)\\s*\\/\\s*|(?<!\\s)\\s+(?:${OR_WORD})\\s+`, 'iu');

/**
 * What joins two people who do a step together: `Marcus and Jen`, `moi + Fabrice`, `Anke und ich`, or a slash between two names
 * (`Paul/Lea`). From the start of a blank run only: tried from anywhere in a long run, the split is quadratic.
 */
export const TOGETHER = new RegExp(`(?<!\\s)\\s+(?:${[...AND_WORDS].map(escapedForPattern).join('|')}|&|\\+)\\s+|(?<=\\p{Ll}\\.?)\\/(?=\\p{Lu}\\p{Ll})`, 'u');

/** `sw` for the contact `Sandra Wendt`: the first letters of the words of a name on the client's side, a title aside. */
function isInitialsOfClientPerson(key: string, people: NotePeople): boolean {
  return /^\p{L}{2,3}$/u.test(key) && [...people.client].some((name) => initialsOf(name).includes(key.toUpperCase()));
}

/**
 * The initials minutes may call a person by, in capitals: every word's (`ALM` for Anne-Laure
 * Meyer) and the first and last name's (`AM`); none for a single word. A title is no part of
 * them (`AV` for Dr. Anke Vogt).
 */
export function initialsOf(name: string): string[] {
  const title = TITLES.exec(name.toLowerCase())?.[0].length ?? 0;
  const words = name.slice(title).split(/[\s-]+/u).filter((word) => /^\p{L}/u.test(word));
  if (words.length < 2) return [];
  const letters = words.map((word) => word[0].toUpperCase());
  return [...new Set([letters.join(''), `${letters[0]}${letters[letters.length - 1]}`])];
}

/**
 * `Frau Dr. Vogt` for the contact `Dr. Anke Vogt`, `Blaupause` for the client `Agentur Blaupause`:
 * one word, after a title, that is a word of a name on the client's side (of four letters or more,
 * so that `Ltd` or `Jo` places no one).
 */
function isPartOfClientName(key: string, people: NotePeople): boolean {
  const word = nameWord(key);
  // A family by its name in the plural is the client's side where one of them is: `Callaways`, `the Nguyens`.
  const family = familyName(key);
  return [word, family].some((each) => each !== undefined && [...people.client].some((name) => holdsWord(name, each)));
}

/** The name, in lower case, a family is called by in the plural: `callaway` for `Callaways` or `the Callaways`. */
export function familyName(words: string): string | undefined {
  return /^(?:the\s+)?(\p{L}[\p{L}'’-]{3,})s$/u.exec(words.trim().toLowerCase())?.[1];
}

/** The one word a key names someone by, after a title, of four letters or more (so that `Ltd` or `Jo` places no one). */
function nameWord(key: string): string | undefined {
  // After an article, the kind of business the client's name says it is: `le festival` for `Festival Les Vendanges Électriques`.
  const word = key.replace(TITLES, '').replace(LEADING_ARTICLE, '').trim();
  return word.length < 4 || /\s/u.test(word) ? undefined : word;
}

function holdsWord(name: string, word: string): boolean {
  return name !== word && name.split(/\s+/u).includes(word);
}

/**
 * A name only the attendees give, which may be the writer's own (they listed themself): `J. Hartl`, or a word of it alone (`Hartl`)
 * that no other name on the client's side holds.
 */
function isAttendeeOnly(key: string, people: NotePeople): boolean {
  if (people.attendeesOnly.has(key)) return true;
  const word = nameWord(key);
  if (word === undefined) return false;
  const holders = [...people.client].filter((name) => holdsWord(name, word));
  return holders.length > 0 && holders.every((name) => people.attendeesOnly.has(name));
}
/** Titles before a surname, in lower case: `Frau Dr.`, `Mr`, `Mme`, `Me` (Maître), `Sir`, `Ma'am`, Swiss `Hr.` and `Fr.`, Austrian `Mag.`, `Ing.` and `Bgm.` (the mayor). */
export const TITLE_WORDS = "(?:frau|herr|hr|fr|dr|prof|mr|mrs|ms|mx|mme|mlle|m|me|sir|ma['’]am|madame|monsieur|mag|ing|bgm)";
// A couple's titles joined: `M. et Mme Thiriet`, `Mr and Mrs Okafor`, `Herr und Frau Berger`.
const TITLES = new RegExp(`^(?:${TITLE_WORDS}\\.?\\s+(?:(?:and|et|und|&)\\s+(?=${TITLE_WORDS}\\.?\\s))?)+`, 'u');

/** `Mme Garnier`, `Hr. Zürcher`, `Dr. Anke Vogt`, `M. et Mme Thiriet`: a title, then a capitalised name of one or two words. */
export function isTitledName(text: string): boolean {
  const title = TITLES.exec(text.trim().toLowerCase());
  return title !== null && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.test(text.trim().slice(title[0].length));
}

/**
 * `Marcus and Jen`: people on one side own the step together, as that side; `me and Dana`
 * is both sides, as `we` is; with anyone unclear among them, the step is unclear.
 */
function sideOfTogether(sides: ReadonlyArray<Side | undefined>): Side {
  if (sides.every((side) => side === 'me')) return 'me';
  if (sides.every((side) => side === 'client' || side === 'named')) return sides.includes('client') ? 'client' : 'named';
  return sides.every((side) => side === 'me' || side === 'client' || side === 'named' || side === 'both') ? 'both' : 'unclear';
}

/**
 * The side an owner is on as far as telling two steps apart goes: a name only the
 * attendees give may be the writer's own (`learnSelfNames`), so it sets no side yet.
 */
export function settledSideOf(owner: string | undefined, people: NotePeople): Side | undefined {
  const side = sideOf(owner, people);
  return side === 'client' && owner !== undefined && isAttendeeOnly(ownerKey(owner), people) ? undefined : side;
}

/** A name and the remark in brackets it ends with: `M. Perret (client)`, `Dana (backend)`. */
function withRemark(owner: string): { name: string; remark: string } | undefined {
  const trimmed = owner.trim();
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
  const name = trimmed.slice(0, Math.max(open, 0)).trim();
  const remark = trimmed.slice(open + 1, -1);
  return open > 0 && /[\p{L}\p{N}]/u.test(name) && !/[()]/u.test(name) && !remark.includes(')') ? { name, remark } : undefined;
}

/**
 * True for an owner that leaves open who does the step: `we`, `both`, `team`, `tbd`, `me or client`; not one that names each of the
 * people who do it together (`me + Rob`, `Anke und ich`), though they are on both sides.
 */
export function isUnclearOwner(owner: string, people: NotePeople): boolean {
  const side = sideOf(owner, people);
  if (side === 'unclear') return true;
  if (side !== 'both') return false;
  const together = ownerKey(owner).split(TOGETHER);
  return together.length < 2 || !together.every((name) => ['me', 'client', 'named'].includes(sideOf(name, people) ?? ''));
}

/**
 * Whether two owners written for one step can be the same: the same side, and for named
 * people the same name. `client` and a name on the client's side (`Lan`) are the same,
 * and so are `client` and a name the note does not place, which it cannot tell apart.
 */
export function sameOwner(a: string, b: string, people: NotePeople): boolean {
  const [first, second] = [sideOf(a, people), sideOf(b, people)];
  if (first === 'named' && second === 'named') return ownerKey(withoutRemark(a)) === ownerKey(withoutRemark(b));
  const clientish = (side: Side | undefined) => side === 'client' || side === 'named';
  return first === second || (clientish(first) && clientish(second));
}

/**
 * Learns the names the writer uses for themself: a step written in two places, once as
 * `me` and once by a name the note does not give to the client's side, says that name is
 * the writer's (`owner: me` in the frontmatter, `@lucia` in the body, Lucia writing). A
 * name only the attendees give counts too (the writer listed themself among them), unless
 * another step gives it to the client in the other place. `owners` lists, for each step,
 * the owners written in its places.
 */
export function learnSelfNames(owners: Iterable<ReadonlyArray<string | undefined>>, people: NotePeople): void {
  const steps = [...owners].map((written) => written.filter((owner): owner is string => owner !== undefined));
  const besideClient = new Set(steps.filter((named) => named.some((owner) => CLIENT_WORDS.includes(ownerKey(owner)))).flat().map(ownerKey));
  for (const named of steps) {
    if (!named.some((owner) => sideOf(owner, people) === 'me')) continue;
    for (const owner of named) {
      const key = ownerKey(owner);
      const side = sideOf(owner, people);
      if (side === 'named' || (side === 'client' && isAttendeeOnly(key, people) && !besideClient.has(key))) people.me.add(key);
    }
  }
}

/** A name without the remark in brackets after it (`Dana (backend)`): the same person. */
function withoutRemark(owner: string): string {
  return withRemark(owner)?.name ?? owner;
}

/** The names in a `Name <address>` list, each whole and by its first name, lower case. */
function namesIn(text: string | undefined): readonly string[] {
  if (!text?.trim()) return [];
  return contactNames.get(text, () => {
    const parsed = parseContacts(text);
    const contacts = parsed.ok ? parsed.contacts : [{ name: text.replace(/<[^<>]*>/gu, '').trim(), firstName: text.trim().split(/\s+/u)[0] }];
    return Object.freeze(contacts.flatMap((person) => [person.name, person.firstName]).filter((name) => name.trim().length > 0).map((name) => detached(ownerKey(name))));
  });
}

/** The names of each contact list, read once: every reading of a note's steps and tone asks for them. */
const contactNames = new Remembered<readonly string[]>();

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string' ? [(entry as { name: string }).name] : []));
}

/**
 * An article and a noun that names a person or people, in any language a pack knows: who does a step, as a sub-heading over
 * them (`The accountant`, `Le capitaine`, `L'agence`, `Die Agentur`) or an arrow hands it on (`→ les mariés`, `→ the couple`).
 */
export function namesARole(words: string): boolean {
  const noun = nounAfterArticle(words)?.toLowerCase();
  return noun !== undefined && (namesPeople(noun) || namesPeople(noun.replace(/[sx]$/u, '')));
}

/**
 * An article and a noun in lower case, in any language a pack knows: `le confectionneur`, `the glazier`, `die Schreinerei`. Set off
 * by dashes before the day, as writers set off who does a step, it names whoever that is, whatever the trade.
 */
export function isArticleAndNoun(words: string): boolean {
  const noun = nounAfterArticle(words);
  return noun !== undefined && (noun === noun.toLowerCase() || namesPeople(noun));
}

/** The noun after an article of any language a pack knows, as written, where the words are those two alone: `agence` in `L'agence`. */
function nounAfterArticle(words: string): string | undefined {
  const role = /^(\p{L}+)(?:['’]|[ \t]+)(\p{L}[\p{L}-]*)$/u.exec(words.trim());
  return role !== null && ROLE_ARTICLES.has(role[1].toLowerCase()) ? role[2] : undefined;
}

/** Whether a noun names a person or a group of people, in any language a pack knows: `accountant`, `Buchhaltung`, `agence`. */
export function namesPeople(noun: string): boolean {
  return ROLE_NOUNS.has(noun.toLowerCase());
}

const ROLE_ARTICLES: ReadonlySet<string> = new Set(['the', ...LANGUAGE_PACKS.flatMap((pack) => pack.steps.agent.articles.map((word) => word.toLowerCase().replace(/['’]$/u, '')))]);
/** One of those articles opening a key, before its noun. */
const LEADING_ARTICLE = new RegExp(`^(?:${[...ROLE_ARTICLES].join('|')})(?:['’]|\\s+)(?=\\p{L})`, 'u');
const ROLE_NOUNS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.tone.personNouns.map((noun) => noun.toLowerCase())));
