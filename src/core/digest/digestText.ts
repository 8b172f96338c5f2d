import type { Root } from 'mdast';
import { openNote, type NoteSettings, type OpenedNote } from '../note/openNote';
import { parseMarkdown } from '../note/parseNote';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';
import { labelAtLineStart, mayBeLabel } from '../note/labels';
import { headingName, knownSectionFor, misspeltNextSteps, type RequiredSection, type SectionKey } from '../note/sections';
import { atxHeading, blankedLines, HEADING_MARKUP, plainTree, type BodyLine } from './plainTree';

/** The sections the digest reads: the steps, the agreements and the boundaries. */
const DIGEST_READS: ReadonlySet<SectionKey> = new Set(['nextSteps', 'agreements', 'boundaries']);
/** What the linter and the recap read: every line of the note. */
export const EVERY_SECTION = 'every';

/** The characters that may start one of the constructs below, after up to three blanks: only such lines are matched against them. */
const CONSTRUCT_STARTS = '`~#=-*+[<';
/** What the line scan below does not follow as Markdown does: the note is then parsed whole. */
const UNFOLLOWED = [
  /^ {0,3}(?:`{3,}|~{3,})/, // a code fence, where a `#` line is no heading
  /^[ \t]{1,3}#/, // an indented `#`: a heading, or a list item's
  /^ {0,3}(?:=+|-+)[ \t]*$/, // a setext underline, which makes the line above a heading
  /^ {0,3}\[[^\]]*\]:/, // a link definition, which a kept section may use
  /^ {0,3}<(?!!--.*-->)/, // an HTML block, but a comment closed on its line
  /^ {0,3}[-*+][ \t]+#{1,6}(?:[ \t]|$)/, // a list item that starts with a heading: an outline's section
];

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;

/**
 * The note's Markdown as the digest needs it, frontmatter included: the headings and the
 * sections the digest reads (Agreed next steps, Agreements, Boundaries), with the offsets
 * and lines of the whole note, and nothing of the sections it does not read (Facts,
 * Private notes…), so that it costs a fraction of parsing the whole note. Where the note
 * holds what a line scan cannot follow (code fences, HTML blocks, setext headings, link
 * definitions, a comment left open), the whole note is parsed. `plainTree` builds the
 * rest, stretch by stretch between headings; when it cannot (fences around the
 * frontmatter that remark-frontmatter would not take), the parser is given the note with
 * the lines not kept blanked. The digest must read what a parse of the whole note reads
 * (unit tests compare them).
 */
export function digestTree(text: string, bodyStart: number, requiredSections: readonly RequiredSection[], language: LanguagePack = ENGLISH): Root {
  const lines = sectionLines(text, bodyStart, requiredSections, DIGEST_READS, language);
  const parse = (markdown: string) => parseMarkdown(markdown, language);
  if (!lines) return parse(text);
  return plainTree(text, bodyStart, lines, parse) ?? parse(text.slice(0, bodyStart) + blankedLines(text, lines));
}

/** A note opened as the linter and the recap read it: its tree built on `noteTree`. */
export function openNoteOnLineScan(text: string, settings: NoteSettings): OpenedNote {
  return openNote(text, settings, noteTree);
}

/**
 * The whole note's tree as `parseMarkdown` gives it, read as the digest reads a note but
 * with every section kept: what the linter and the recap read. The line scan and
 * `plainTree` build it stretch by stretch between headings, handing remark only the
 * stretches that are not plain Markdown, their positions moved to the note's; a note the
 * line scan cannot follow is parsed whole. Unit tests hold it to `parseMarkdown`'s tree
 * and the findings of both to each other.
 */
export function noteTree(text: string, bodyStart: number, requiredSections: readonly RequiredSection[], language: LanguagePack = ENGLISH): Root {
  const lines = sectionLines(text, bodyStart, requiredSections, EVERY_SECTION, language);
  const parse = (markdown: string) => parseMarkdown(markdown, language);
  return (lines && plainTree(text, bodyStart, lines, parse)) ?? parse(text);
}

/**
 * The body's lines, each marked kept when it is a heading or in a section `reads` names
 * (the digest's by default, or every line); undefined when the note must be parsed whole.
 */
export function sectionLines(
  text: string,
  bodyStart: number,
  requiredSections: readonly RequiredSection[],
  reads: ReadonlySet<SectionKey> | typeof EVERY_SECTION = DIGEST_READS,
  language: LanguagePack = ENGLISH,
): BodyLine[] | undefined {
  const commentOpen = text.lastIndexOf('<!--');
  if ((commentOpen >= bodyStart && commentOpen > text.lastIndexOf('-->')) || /\r(?!\n)/.test(text.slice(bodyStart))) return undefined;
  // The next comment opening, found going forward once: looking back from every line for
  // the last one before it is quadratic when the note's only comment is near its end.
  let opening = text.indexOf('<!--', bodyStart);
  const lines: BodyLine[] = [];
  const headings: Array<{ line: number; depth: number; read: boolean }> = [];
  for (let start = bodyStart; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline < 0 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    // Most lines are words: only a line whose first character may start a construct is cut out and matched.
    let first = start;
    while (first < end && first - start < 4 && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const line = first - start < 4 && CONSTRUCT_STARTS.includes(text[first]) ? text.slice(start, end) : undefined;
    if (line !== undefined && UNFOLLOWED.some((pattern) => pattern.test(line))) return undefined;
    // A label that names a known section (`Next steps:`, `**Key facts:**`, `NEXT STEPS`,
    // `- **What happened:**` in an outline) heads one, as a heading does.
    const content = first + (LIST_MARKER.exec(text.slice(first, Math.min(end, first + 12)))?.[0].length ?? 0);
    if (mayBeLabel(text, content, end)) {
      const label = labelAtLineStart(text.slice(content, end));
      if (label !== undefined && knownSectionFor(label.text, requiredSections, language)) return undefined;
    }
    // An inline comment left open on its line may run over a heading: the last one opened on the line must close on it.
    if (opening !== -1 && opening < end) {
      for (let after = text.indexOf('<!--', opening + 4); after !== -1 && after + 4 <= end; after = text.indexOf('<!--', opening + 4)) opening = after;
      const closing = text.indexOf('-->', opening + 4);
      if (closing === -1 || closing + 3 > end) return undefined;
      opening = text.indexOf('<!--', next);
    }
    if (line !== undefined && first === start && text.charCodeAt(start) === 35 /* # */) {
      const heading = atxHeading(line);
      if (heading) {
        const known = knownSectionFor(heading.title, requiredSections, language);
        // A misspelt Next steps heading (`## Nxet steps`) still holds the steps (`note/nextSteps.ts`).
        const read =
          reads === EVERY_SECTION ||
          HEADING_MARKUP.test(heading.title) ||
          isRead(known?.key, reads) ||
          (!known && reads.has('nextSteps') && misspeltNextSteps([{ title: heading.title, normalizedTitle: headingName(heading.title), known }], language) !== undefined);
        headings.push({ line: lines.length, depth: heading.depth, read });
      }
    }
    lines.push({ start, end, kept: reads === EVERY_SECTION, heading: false });
    start = next;
  }
  for (const heading of headings) lines[heading.line].heading = true;
  // Every line is kept already when every section is read.
  if (reads === EVERY_SECTION) return lines;
  headings.forEach((heading, at) => {
    lines[heading.line].kept = true;
    if (!heading.read) return;
    // The section runs to the next heading as high as its own (no copy of the rest: a note may hold thousands).
    let next = at + 1;
    while (next < headings.length && headings[next].depth > heading.depth) next++;
    const end = next < headings.length ? headings[next].line : lines.length;
    for (let line = heading.line; line < end; line++) lines[line].kept = true;
  });
  return lines;
}

const isRead = (key: SectionKey | undefined, reads: ReadonlySet<SectionKey>): boolean => key !== undefined && reads.has(key);
