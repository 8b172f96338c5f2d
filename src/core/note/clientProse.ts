import type { Nodes } from 'mdast';
import { isScalar } from 'yaml';
import { isWritersCallout } from './callouts';
import { locateYamlPath } from './frontmatter';
import type { Note } from './parseNote';
import { matchesOf, wordsPattern } from '../base/matches';
import { ENGLISH } from '../lang/packs';
import { complement, notePrivacy, type NotePrivacy, type PrivacySettings, type Range } from './privacy';

/** A stretch of prose with the offset where it starts in the note. */
export interface Prose {
  value: string;
  start: number;
}

// Code and the frontmatter are not prose the client reads as written words; a blockquote
// holds someone else's words, not the freelancer's. Raw HTML is read where it is not a
// comment: what follows a `<!-->` shows, in the recap as in a browser.
const SKIPPED = new Set(['code', 'inlineCode', 'yaml', 'blockquote']);
// The blocks that hold a line of prose: a quotation never runs past one of them.
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

// Words in quotation marks: straight or curly double quotes, « », „ “ (or „ closed by a straight one) and ‘ ’ (a ’ followed
// by a letter is an apostrophe, as in don’t, and does not close), and straight single quotes
// as British writers use them ('never been shown'): opened before a letter and not after one,
// closed after a letter and not before one, on one line, so that the apostrophes of don't and
// the clients' are neither. No class admits the opening mark, so each attempt stops at the
// next one and the scan stays linear.
const QUOTATION =
  /"[^"]*"|“[^“”]*”|„[^„“”"]*[“”"]|«[^«»]*»|‘(?:[^‘’]|’(?=\p{L}))*’(?!\p{L})|(?<![\p{L}\p{N}'’])'(?=\p{L})(?:[^'\n]|(?<=\p{L})'(?=\p{L}))*(?<=[\p{L}\p{N}.!?,])'(?![\p{L}\p{N}])/gu;

/** The same, one quotation and nothing else. */
const WHOLE_QUOTATION = new RegExp(`^(?:${QUOTATION.source})$`, 'u');

/** Whether `text` from `start` to `end` is one quotation, its marks included: `"[mot-clé à caser ici]"`. */
export function isQuotation(text: string, start: number, end: number): boolean {
  return start >= 0 && end <= text.length && WHOLE_QUOTATION.test(text.slice(start, end));
}

/** The quotation on its line that holds text[start, end), if any: `"please submit by [date]"`. */
export function quotationAround(text: string, start: number, end: number): Range | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return quotations(text, lineStart, newline < 0 ? text.length : newline).find((quotation) => quotation.start < start && quotation.end > end);
}

/** Offset ranges of the quotations written between start and end. */
function quotations(text: string, start: number, end: number): Range[] {
  return matchesOf(text.slice(start, end), QUOTATION).map((match) => ({ start: start + match.index, end: start + match.index + match[0].length }));
}

/** Text nodes of the Markdown body, as the client may see them, quotations left out. */
function bodyProse(note: Note, privacy: NotePrivacy): Prose[] {
  const found: Prose[] = [];
  const ownLead = ownMessageLead(note);
  // `ownSection`: under a heading that says the writer's own message follows (`## Email I sent (10 Nov)`), a block quote and a
  // quotation that opens its block (`- "Hi Gail, …"`) are that message.
  const walk = (node: Nodes, quoted: readonly Range[], own = false, ownSection = false): void => {
    if (SKIPPED.has(node.type) && !own) return;
    const start = node.position?.start.offset;
    // A text node's value has escapes resolved; use the source so offsets stay exact.
    const end = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'html') {
      if (start !== undefined && end !== undefined) found.push(...visibleProse(note, privacy, start, end, quoted));
      return;
    }
    // A quotation may span emphasis or a link, so it is found on the whole block's source; the writer's own words quoted
    // (`What I wrote back on the 27th: "…"`) are theirs.
    const inside =
      PROSE_BLOCKS.has(node.type) && start !== undefined && end !== undefined
        ? quotations(note.text, start, end).filter((quotation) => {
            const before = note.text.slice(start, quotation.start);
            return !leadsToOwnMessage(before, ownLead) && !(ownSection && before.trim() === '');
          })
        : quoted;
    if (!('children' in node)) return;
    let ownUnder: number | undefined;
    node.children.forEach((child, index) => {
      if (child.type === 'heading') {
        if (ownUnder !== undefined && child.depth <= ownUnder) ownUnder = undefined;
        if (ownUnder === undefined && leadsToOwnMessage(note.text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0), ownLead)) ownUnder = child.depth;
      }
      // `Ma réponse du 20/10 :`, `## Courriel envoyé le 09.11.` over a block quote: the writer quotes their own message.
      const before = index > 0 ? node.children[index - 1] : undefined;
      // So is an Obsidian callout (`> [!warning]` over the limits): the writer's own words in a box, not a quotation.
      const inOwnSection = ownSection || (ownUnder !== undefined && child.type !== 'heading');
      const own =
        child.type === 'blockquote' &&
        (isWritersCallout(child) ||
          inOwnSection ||
          ((before?.type === 'paragraph' || before?.type === 'heading') && leadsToOwnMessage(note.text.slice(before.position?.start.offset ?? 0, before.position?.end.offset ?? 0), ownLead)));
      walk(child as Nodes, inside, own, inOwnSection);
    });
  };
  walk(note.tree, []);
  return found;
}

/** The pattern of the words that say a quotation after them is the writer's own message, in English and the note's language. */
function ownMessageLead(note: Note): RegExp | undefined {
  return phrasePattern([...new Set([...ENGLISH.tone.ownMessageLeads, ...note.language.tone.ownMessageLeads])]);
}

/**
 * Whether `text` ends in words that say the writer's own message follows: the lead, then at most a few words of the same sentence
 * (`on the 27th:`); or, read with its brackets as blanks, a lead they split (`## Recap (sent Nov 13)`).
 */
function leadsToOwnMessage(text: string, lead: RegExp | undefined): boolean {
  return endsWithLead(text, lead) || (/[()[\]]/u.test(text) && endsWithLead(text.replace(/[()[\]]/gu, ' '), lead));
}

function endsWithLead(text: string, lead: RegExp | undefined): boolean {
  const last = lead ? matchesOf(text, lead).at(-1) : undefined;
  if (!last) return false;
  const rest = text.slice(last.index + last[0].length);
  return rest.length <= OWN_MESSAGE_REACH && !SENTENCE_END.test(rest);
}

/**
 * A sentence ending between a lead and the quotation: a stop before a capital, or a semicolon; not a date's (`le 09.11. (extrait)`,
 * German's day before its month: `Mail vom 16. Nov.`) nor a title's (`Meine Antwort an Hr. Kröger`, `Reply to Dr. Patel`).
 */
const SENTENCE_END = /(?<!(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,2}|\d{1,2})(?=\.))[.!?](?=\s+\p{Lu})|;/u;

/** How far before a quotation its lead may stand (`What I wrote back on Friday the 27th: "…"`). */
const OWN_MESSAGE_REACH = 40;

function visibleProse(note: Note, privacy: NotePrivacy, start: number, end: number, quoted: readonly Range[]): Prose[] {
  return privacy
    .visibleParts(start, end)
    .flatMap((part) => complement(quoted, part.start, part.end))
    .map((part) => ({ value: withoutQuoteMarkers(note.text.slice(part.start, part.end)), start: part.start }));
}

/**
 * Prose with the `>` that open a block quote's further lines blanked, so that a phrase read across a line break in the writer's
 * own quoted mail (`Sie haben die` over `> Abstimmungsrunden ohne Absprache erhöht`) is read as one; every offset holds.
 */
function withoutQuoteMarkers(text: string): string {
  return text.includes('\n') && text.includes('>') ? text.replace(/\n[ \t>]+/gu, (run) => run.replace(/>/gu, ' ')) : text;
}

/** Offset ranges of code spans and code blocks: text quoted as it is, not the note's own words. */
export function codeRanges(note: Note): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'inlineCode') {
      if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        ranges.push({ start: node.position.start.offset, end: node.position.end.offset });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(note.tree);
  return ranges;
}

/**
 * Client-facing prose in the freelancer's own words: the body and the recap's frontmatter
 * fields, as the client may see them (see privacy.ts), without quotations (blockquotes and
 * words in quotation marks), which report what someone else said.
 */
export function clientFacingProse(note: Note, settings: PrivacySettings): Prose[] {
  const privacy = notePrivacy(note, settings);
  return [...frontmatterProse(note, privacy), ...bodyProse(note, privacy)];
}

const CLIENT_FACING_FIELDS: ReadonlyArray<ReadonlyArray<string | number>> = [['topic']];
const CLIENT_FACING_LISTS = ['agreements', 'boundaries'] as const;

function frontmatterProse(note: Note, privacy: NotePrivacy): Prose[] {
  const frontmatter = note.frontmatter;
  const data = frontmatter?.data;
  if (!frontmatter || !data) return [];
  const paths: Array<ReadonlyArray<string | number>> = [...CLIENT_FACING_FIELDS];
  for (const key of CLIENT_FACING_LISTS) {
    const list = data[key];
    if (Array.isArray(list)) list.forEach((_, index) => paths.push([key, index]));
  }
  if (Array.isArray(data.next_steps)) data.next_steps.forEach((_, index) => paths.push(['next_steps', index, 'what']));
  return paths.flatMap((path) => {
    const location = locateYamlPath(frontmatter, path);
    const { valueStart, valueEnd } = location;
    if (!location.complete || valueStart === undefined || valueEnd === undefined) return [];
    // YAML's own quotes around a value are syntax, not a quotation: look for quotations inside them.
    const yamlQuoted = isScalar(location.node) && (location.node.type === 'QUOTE_DOUBLE' || location.node.type === 'QUOTE_SINGLE');
    const quoted = yamlQuoted ? quotations(note.text, valueStart + 1, valueEnd - 1) : quotations(note.text, valueStart, valueEnd);
    return visibleProse(note, privacy, valueStart, valueEnd, quoted);
  });
}

/** Every match of a pattern (global flag required) in the given prose, as offsets. */
export function findInProse(prose: readonly Prose[], pattern: RegExp): Array<{ text: string; start: number; end: number }> {
  const matches: Array<{ text: string; start: number; end: number }> = [];
  for (const piece of prose) {
    for (const match of matchesOf(piece.value, pattern)) {
      const start = piece.start + match.index;
      matches.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return matches;
}

/**
 * A case-insensitive pattern for whole words or phrases, with Unicode-aware boundaries;
 * an apostrophe matches the straight and the typographic one alike, and `…` up to ten
 * words of the same clause (no punctuation between), as German and French put an object
 * or an adverb inside a verb (`Sie haben … versäumt`: `Sie haben die Zahlungsfrist versäumt`).
 */
export function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const cleaned = phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0);
  if (cleaned.length === 0) return undefined;
  const key = cleaned.join('\n');
  if (compiledPatterns.has(key)) return compiledPatterns.get(key);
  const alternatives = cleaned
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split('…')
        .map(wordsPattern)
        .join(WORDS_OF_THE_CLAUSE),
    );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  compiledPatterns.set(key, pattern);
  return pattern;
}

/**
 * What `…` in a phrase stands for: up to ten words, no punctuation between them (`Sie die Lieferfrist für die Kassen- und
 * Lagerdaten erneut versäumt haben`, `t'as ajouté 4 pages à l'arborescence dans le Google Doc sans m'avertir`), but for a day's dots (`Du hast meine Erinnerung vom 20.10. einfach ignoriert`,
 * `a modifié la grille le 28.10 sans me prévenir`), an
 * ordinal's before a word (`Sie haben die Frist für die 2. Abschlagsrechnung versäumt`), a month's abbreviation after its day
 * (`Tu as modifié les chaînes dans la build du 3 nov. sans me prévenir`), a remark in brackets
 * (`Du hast meine zwei Zahlungserinnerungen (19.10., 2.11.) einfach ignoriert`) and an hour's colon (`Du hast den Hotfix um 20:10
 * ohne Absprache gepusht`).
 */
const WORDS_OF_THE_CLAUSE = "(?:\\s+(?:\\d{1,2}:\\d{2}(?![\\d:])|\\d{1,2}\\.(?:\\d{1,2}(?:\\.(?:\\d{2}(?:\\d{2})?)?)?(?!\\d)|(?=\\s+\\p{L}))|\\p{L}{3,5}\\.(?<=\\d\\s+\\p{L}{3,5}\\.)(?=\\s+\\p{L})|[\\p{L}\\p{N}'’-]+|\\([^()\\r\\n]{1,40}\\))){0,10}?\\s+";

/**
 * Each phrase list's pattern, compiled once rather than for every note a rule checks (a
 * rule's list is its built-in phrases and the configured ones). Every reader of a pattern
 * starts from `lastIndex` 0 (`matchesOf` leaves it there).
 */
const compiledPatterns = new Map<string, RegExp>();
