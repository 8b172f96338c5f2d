import type { Nodes } from 'mdast';
import { locateYamlPath } from './frontmatter';
import type { Note } from './parseNote';
import { notePrivacy, type NotePrivacy, type PrivacySettings } from './privacy';

/** A stretch of prose with the offset where it starts in the note. */
export interface Prose {
  value: string;
  start: number;
}

// Code, raw HTML and the frontmatter are not prose the client reads as written words.
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml']);

/** Text nodes of the Markdown body, as the client may see them. */
function bodyProse(note: Note, privacy: NotePrivacy): Prose[] {
  const found: Prose[] = [];
  const walk = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      // A text node's value has escapes resolved; use the source so offsets stay exact.
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) found.push(...visibleProse(note, privacy, start, end));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(note.tree);
  return found;
}

function visibleProse(note: Note, privacy: NotePrivacy, start: number, end: number): Prose[] {
  return privacy.visibleParts(start, end).map((part) => ({ value: note.text.slice(part.start, part.end), start: part.start }));
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
 * Client-facing prose: the body and the recap's frontmatter fields, as the client may see
 * them (see privacy.ts).
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
    if (!location.complete || location.valueStart === undefined || location.valueEnd === undefined) return [];
    return visibleProse(note, privacy, location.valueStart, location.valueEnd);
  });
}

/** Every match of a pattern (global flag required) in the given prose, as offsets. */
export function findInProse(prose: readonly Prose[], pattern: RegExp): Array<{ text: string; start: number; end: number }> {
  const matches: Array<{ text: string; start: number; end: number }> = [];
  for (const piece of prose) {
    pattern.lastIndex = 0;
    for (const match of piece.value.matchAll(pattern)) {
      const start = piece.start + (match.index ?? 0);
      matches.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return matches;
}

/**
 * A case-insensitive pattern for whole words or phrases, with Unicode-aware boundaries;
 * an apostrophe matches the straight and the typographic one alike.
 */
export function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const cleaned = phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0);
  if (cleaned.length === 0) return undefined;
  const alternatives = cleaned
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
