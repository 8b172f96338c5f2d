import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isScalar, visit } from 'yaml';
import { calloutName } from './callouts';
import { locateYamlPath } from './frontmatter';
import { paragraphLabel } from './labels';
import type { Note, Section } from './parseNote';
import { KNOWN_SECTIONS, readsPrivate, type RequiredSection } from './sections';
import { LANGUAGE_PACKS } from '../lang/packs';
import { normalizeHeading } from '../base/headings';
import { HTML_COMMENT_OPEN, htmlCommentEnd, htmlComments } from '../base/htmlComments';
import { RememberedPer } from '../base/remembered';

// What the client never sees, decided in one place for the lint rules that read
// client-facing prose and for the recap alike: the `private` frontmatter, private sections
// with everything nested under them, and HTML comments wherever they are written.

/** Headings private besides Preparation, Client's perspective and Private notes, unless configured. */
export const DEFAULT_PRIVATE_SECTIONS: readonly string[] = ['Internal', 'For my eyes only', 'Do not send'];

/** The configuration privacy depends on. */
export interface PrivacySettings {
  /** The configured required sections, whose aliases also name the known sections. */
  requiredSections: readonly RequiredSection[];
  /** Headings private besides the known private sections, which always are. */
  privateSections: readonly string[];
}

export interface Range {
  start: number;
  end: number;
}

// In every language, whatever the note's: a private heading is kept from the client wherever it is written.
const KNOWN_PRIVATE_NAMES = KNOWN_SECTIONS.filter((section) => section.private).flatMap((section) =>
  LANGUAGE_PACKS.flatMap((pack) => pack.sections[section.key]).map(normalizeHeading),
);
// Normalizing costs more than the comparison: each configured list is normalized once.
const privateNamesOf = new WeakMap<readonly string[], readonly string[]>();

function privateNames(configured: readonly string[]): readonly string[] {
  let names = privateNamesOf.get(configured);
  if (!names) {
    const added = configured.filter((name): name is string => typeof name === 'string').map(normalizeHeading);
    names = [...new Set([...KNOWN_PRIVATE_NAMES, ...added])].filter((name) => name.length > 0);
    privateNamesOf.set(configured, names);
  }
  return names;
}

/**
 * A private section by name or alias (known or configured) and, erring on the side of
 * silence, any heading that starts with one ("Private notes – do not send") or says
 * private or confidential.
 */
export function isPrivateHeading(title: string, settings: PrivacySettings): boolean {
  let byPrivateSections = privateHeadings.get(settings.requiredSections);
  if (!byPrivateSections) privateHeadings.set(settings.requiredSections, (byPrivateSections = new RememberedPer()));
  return byPrivateSections.of(settings.privateSections).get(title, () => {
    if (readsPrivate(title, settings.requiredSections)) return true;
    const normalized = normalizeHeading(title);
    return privateNames(settings.privateSections).some((name) => normalized === name || normalized.startsWith(`${name} `));
  });
}

/** Whether a heading or label is private, per configured sections: every reading of a note asks of each. */
const privateHeadings = new WeakMap<readonly RequiredSection[], RememberedPer<readonly string[], boolean>>();

/** A frontmatter value as the client may read it: its HTML comments taken out. */
export function withoutComments(value: string): string {
  return visibleSlice(value, complement(htmlComments(value), 0, value.length));
}

/** The client's view of one note: which offsets of its text they may see. */
export class NotePrivacy {
  /** What the client never sees, in order, without overlaps. */
  readonly hidden: readonly Range[];

  constructor(
    private readonly note: Note,
    settings: PrivacySettings,
  ) {
    this.hidden = merge([...frontmatterRanges(note), ...sectionRanges(note, settings), ...privateCallouts(note, settings), ...bodyComments(note)]);
  }

  /** May the client see what is written at this offset? */
  visible(offset: number): boolean {
    let low = 0;
    let high = this.hidden.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = this.hidden[middle];
      if (offset < range.start) high = middle - 1;
      else if (offset >= range.end) low = middle + 1;
      else return false;
    }
    return true;
  }

  /** The stretches of [start, end) the client may see. */
  visibleParts(start: number, end: number): Range[] {
    return complement(this.hidden, start, end);
  }

  /** The text of [start, end) the client may see, what is hidden cut out. */
  visibleText(start: number, end: number): string {
    return visibleSlice(this.note.text, this.visibleParts(start, end));
  }
}

const privacyOf = new WeakMap<Note, { settings: PrivacySettings; privacy: NotePrivacy }>();

/** The privacy of a note under some settings, computed once for all the rules that ask. */
export function notePrivacy(note: Note, settings: PrivacySettings): NotePrivacy {
  const cached = privacyOf.get(note);
  if (cached?.settings === settings) return cached.privacy;
  const privacy = new NotePrivacy(note, settings);
  privacyOf.set(note, { settings, privacy });
  return privacy;
}

/** The `private` key with its value, and the comments in every other value of the frontmatter. */
function frontmatterRanges(note: Note): Range[] {
  const frontmatter = note.frontmatter;
  const document = frontmatter?.document;
  if (!frontmatter || !document) return [];
  const ranges: Range[] = [];
  const own = locateYamlPath(frontmatter, ['private']);
  if (own.keyStart !== undefined) ranges.push({ start: own.keyStart, end: own.valueEnd ?? own.keyEnd ?? own.keyStart });
  const shift = frontmatter.contentStart;
  if (!note.text.slice(shift, frontmatter.contentEnd).includes(HTML_COMMENT_OPEN)) return ranges;
  visit(document, (_key, node) => {
    if (!isScalar(node) || !node.range) return;
    const start = shift + node.range[0];
    for (const comment of htmlComments(note.text.slice(start, shift + node.range[1]))) ranges.push({ start: start + comment.start, end: start + comment.end });
  });
  return ranges;
}

/**
 * Private sections with everything nested in them (deeper headings included), and any
 * quote or list holding a heading that reads private. In an outline (a list whose items
 * start with headings, `parseNote.ts`), a private item hides itself and the items after
 * it up to the next item headed by another section, as a private heading hides what
 * follows it up to the next heading.
 */
function sectionRanges(note: Note, settings: PrivacySettings): Range[] {
  const ranges: Range[] = [];
  const rangeOf = (node: RootContent): Range => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? note.text.length });
  for (const section of note.sections) {
    if (isPrivateHeading(section.title, settings)) ranges.push({ start: section.headingStart, end: Math.max(section.contentEnd, headingExtentEnd(note, section)) });
  }
  // A label that reads private but names no known section (`Scratch:` with `privateSections`
  // holding it) hides what follows it up to the next heading or section, as one that does.
  const starts = note.sections.map((section) => section.headingStart).sort((a, b) => a - b);
  // The sections by where their heading or label starts: in an outline, where an item's first block starts.
  const sectionAt = new Map(note.sections.map((section) => [section.headingStart, section]));
  for (const node of note.tree.children) {
    if (node.type !== 'paragraph') continue;
    const label = paragraphLabel(node, note.text);
    if (!label || !isPrivateHeading(label.text, settings)) continue;
    ranges.push({ start: label.start, end: starts.find((start) => start > label.start) ?? note.text.length });
  }
  for (const node of note.tree.children) {
    if (node.type === 'heading' || !('children' in node)) continue;
    // In an outline, the item that starts a section (with a heading or a label) starts its stretch.
    const outlined = node.type === 'list' ? node.children.map((item) => sectionAt.get(item.children[0]?.position?.start.offset ?? -1)) : [];
    if (node.type !== 'list' || !outlined.some((section) => section !== undefined)) {
      if (containsPrivateHeading(node, settings)) ranges.push(rangeOf(node));
      continue;
    }
    let hiding = false;
    node.children.forEach((item, index) => {
      const section = outlined[index];
      if (section) hiding = isPrivateHeading(section.title, settings);
      if (hiding || containsPrivateHeading(item, settings)) ranges.push(rangeOf(item));
    });
  }
  return ranges;
}

/** Callouts titled as a private section is (`> [!warning] Private`, `> [!note] Notes privées`): hidden whole, wherever they stand. */
function privateCallouts(note: Note, settings: PrivacySettings): Range[] {
  const ranges: Range[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'blockquote') {
      const title = calloutName(node);
      if (title && isPrivateHeading(title, settings)) ranges.push({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? note.text.length });
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(note.tree);
  return ranges;
}

/**
 * Where a heading's stretch ends by headings alone, at the next one as high: a label
 * (`Next steps:`, `parseNote.ts`) inside a private section ends no part of what is hidden.
 */
function headingExtentEnd(note: Note, section: Section): number {
  const { children } = note.tree;
  const at = children.indexOf(section.heading);
  if (at === -1) return section.contentEnd;
  const next = children.findIndex((node, index) => index > at && node.type === 'heading' && node.depth <= section.depth);
  return next === -1 ? note.text.length : (children[next].position?.start.offset ?? note.text.length);
}

function containsPrivateHeading(node: RootContent, settings: PrivacySettings): boolean {
  if (node.type === 'heading') return isPrivateHeading(toString(node), settings);
  return 'children' in node && (node.children as RootContent[]).some((child) => containsPrivateHeading(child, settings));
}

/**
 * HTML comments in the body, inline, multi-line or blocks, and an opening the Markdown
 * parser left as text. Code is quoted as written, so `<!--` in code opens nothing.
 */
function bodyComments(note: Note): Range[] {
  const text = note.text;
  // Where a comment can open, in the order of the note.
  const openable: Range[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return;
    if (node.type === 'html' || node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) openable.push({ start, end });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(note.tree);
  const comments: Range[] = [];
  let next = 0;
  for (let at = text.indexOf(HTML_COMMENT_OPEN); at !== -1; ) {
    while (next < openable.length && openable[next].end <= at) next++;
    if (next === openable.length) break;
    if (at < openable[next].start) {
      at = text.indexOf(HTML_COMMENT_OPEN, at + 1);
      continue;
    }
    // The end is looked for in the whole note: a comment left open runs on past its node.
    const end = htmlCommentEnd(text, at);
    comments.push({ start: at, end });
    at = text.indexOf(HTML_COMMENT_OPEN, end);
  }
  return comments;
}

function merge(ranges: Range[]): Range[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The stretches of [start, end) outside the given ranges (in order, without overlaps). */
export function complement(hidden: readonly Range[], start: number, end: number): Range[] {
  const parts: Range[] = [];
  let from = start;
  for (const range of hidden) {
    if (range.end <= from) continue;
    if (range.start >= end) break;
    if (range.start > from) parts.push({ start: from, end: range.start });
    from = Math.max(from, range.end);
  }
  if (from < end) parts.push({ start: from, end });
  return parts;
}

/** The parts of a text joined; where a cut leaves a blank on both sides, one is kept. */
function visibleSlice(text: string, parts: readonly Range[]): string {
  let joined = '';
  for (const part of parts) {
    const piece = text.slice(part.start, part.end);
    joined += /[ \t]$/.test(joined) ? piece.replace(/^[ \t]+/, '') : piece;
  }
  return joined;
}
