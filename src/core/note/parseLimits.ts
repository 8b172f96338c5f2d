// When a note's Markdown is parsed, and when it is left out. The parser (micromark,
// through remark-parse) takes time that grows faster than the text on some input: a
// paragraph of alternating `*_` markers took 55 s at 64 KB, one line opening 4,000
// nested lists 7 s, 64 KB of one-word list items 25 s before scripts/micromark-patch.mjs,
// and the editor lints at each pause in typing. These limits are
// checked in one pass over the text before parsing, and are far beyond what a note
// holds; past any of them only the frontmatter is linted, and note-too-large says so.
// test/unit/core/note/parse-limits.test.ts times the slowest input known right under them.

import { formatCount } from '../base/text';
import type { Say } from '../lang/messages';

/**
 * The longest note whose Markdown is parsed: 1 MiB of text (UTF-16 code units), some
 * three hundred typical notes. Ordinary prose of this size parses in about a second.
 */
export const MAX_PARSED_NOTE_LENGTH = 1024 * 1024;

/**
 * The most lines of Markdown parsed. The parser's cost follows the blocks more than the
 * bytes: a megabyte of one-word list items would take close to a minute, while 20,000
 * lines of the densest Markdown (one-word items, quotes, headings) take one to two
 * seconds, and a megabyte of prose wrapped at 72 columns is about 15,000 lines.
 */
export const MAX_PARSED_LINES = 20_000;

/** The length limit as people say it. */
export const MAX_PARSED_NOTE_SIZE = `${MAX_PARSED_NOTE_LENGTH / 1024 / 1024} MB`;

/**
 * How deep lists and block quotes may open at the start of any line. The parser's cost
 * grows with the square of the depth or worse; a real note rarely goes past five.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * How much nesting the whole note may hold: the sum, over its lines, of the square of
 * each line's depth, since a line's cost grows with the square of the lists and quotes
 * it opens or continues. 500 lines opening lists 100 deep took about 3 s; this budget
 * allows 200 of them, or 20,000 lines of an email thread quoted ten deep.
 */
export const MAX_NESTING_WORK = 2_000_000;

/**
 * Emphasis and link markers (`*`, `_`, `[`, `]`) are matched by walking back over the
 * markers before them in the same paragraph, so a paragraph of m markers costs in the
 * order of m². The sum of m² over stretches of text without a blank line may not pass
 * this: one stretch of 4,096 markers, or many smaller ones, about half a second at most.
 */
export const MAX_MARKER_WORK = 4096 * 4096;

/**
 * A run of backticks opens a code span only if a run of the same length follows in the same
 * paragraph, and the parser looks for it up to the paragraph's end: a line of runs that
 * are all of different lengths (1 to 1,299 backticks) costs the number of runs times the
 * line's length, 20 seconds for 846 KB. The characters so looked through, over the whole
 * note, may not pass this: about a second at most.
 */
export const MAX_CODE_SPAN_WORK = 16 * 1024 * 1024;

/** Why a note's Markdown is not parsed, and the line to underline when a line is to blame. */
export type UnparsedReason =
  | { kind: 'length' }
  | { kind: 'lines'; lines: number }
  | { kind: 'nesting'; line: TextRange }
  | { kind: 'nestingWork'; line: TextRange }
  | { kind: 'markers'; line: TextRange }
  | { kind: 'codeSpans'; line: TextRange };

export interface TextRange {
  start: number;
  end: number;
}

const TAB = 9;
const SPACE = 32;
const GREATER_THAN = 62;
const DASH = 45;
const ASTERISK = 42;
const PLUS = 43;
const UNDERSCORE = 95;
const OPENING_BRACKET = 91;
const CLOSING_BRACKET = 93;
const PERIOD = 46;
const CLOSING_PARENTHESIS = 41;
const BACKTICK = 96;

/**
 * Undefined when the note is parsed whole; otherwise the first limit it passes. Lines are
 * looked at from `bodyStart` on: the frontmatter is YAML, not Markdown.
 */
export function reasonNotToParse(text: string, bodyStart = 0): UnparsedReason | undefined {
  const short = text.length <= MAX_PARSED_NOTE_LENGTH && text.length - bodyStart <= SHORT_BODY;
  if (short && !DEEP_LINE_START.test(text.slice(bodyStart))) return undefined;
  return limitPassed(text, bodyStart);
}

/**
 * A body this short (in a note under the length limit) passes every limit but nesting
 * depth, whatever it holds: it has fewer
 * than 20,000 lines; its markers number at most its length, so their work is at most
 * 4,096², the limit; each run of backticks looks through at most the body, so theirs is at
 * most the same. A line's depth counts at most two per character of its prefix (a tab's
 * indentation), so a line over 100 deep starts with 51 characters of blanks, `>` and list
 * markers; with every depth at most 100, the nesting work is at most 100 times the sum of
 * depths, 200 × 4,096, under its limit.
 */
const SHORT_BODY = 4096;
const DEEP_LINE_START = /^[ \t>*+\-\d.)]{51}/m;

/** The pass over the body that `reasonNotToParse` makes when the body is not short. */
export function limitPassed(text: string, bodyStart = 0): UnparsedReason | undefined {
  if (text.length > MAX_PARSED_NOTE_LENGTH) return { kind: 'length' };
  let work = 0;
  let markersInStretch = 0;
  let lineStart = bodyStart;
  let lines = 0;
  let nestingWork = 0;
  const codeSpans = new CodeSpanWork(text);
  while (lineStart <= text.length) {
    const lineEnd = endOfLine(text, lineStart);
    if (++lines > MAX_PARSED_LINES) return { kind: 'lines', lines: lines + countLinesFrom(text, nextLineStart(text, lineEnd)) };
    const { depth, contentStart } = linePrefix(text, lineStart, lineEnd);
    if (depth > MAX_NESTING_DEPTH) return { kind: 'nesting', line: { start: lineStart, end: lineEnd } };
    nestingWork += depth * depth;
    if (nestingWork > MAX_NESTING_WORK) return { kind: 'nestingWork', line: { start: lineStart, end: lineEnd } };
    if (isBlankInQuotes(text, lineStart, lineEnd)) {
      // A blank line, in a quote or not, ends every paragraph: its markers are settled.
      work += markersInStretch * markersInStretch;
      markersInStretch = 0;
      const overrun = codeSpans.endStretch(lineStart);
      if (overrun) return { kind: 'codeSpans', line: overrun };
    } else {
      markersInStretch += countMarkers(text, contentStart, lineEnd);
      if (work + markersInStretch * markersInStretch > MAX_MARKER_WORK) return { kind: 'markers', line: { start: lineStart, end: lineEnd } };
      codeSpans.addRuns(lineStart, contentStart, lineEnd);
    }
    lineStart = nextLineStart(text, lineEnd);
  }
  const overrun = codeSpans.endStretch(text.length);
  return overrun ? { kind: 'codeSpans', line: overrun } : undefined;
}

/**
 * What the parser's search for code spans costs, stretch by stretch of text between blank
 * lines: each run of backticks is looked for a closing run of its length up to the end of
 * the stretch; a run that finds one skips what it encloses.
 */
class CodeSpanWork {
  private work = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly lineStarts: number[] = [];

  constructor(private readonly text: string) {}

  addRuns(lineStart: number, from: number, lineEnd: number): void {
    for (let at = from; at < lineEnd; at++) {
      if (this.text.charCodeAt(at) !== BACKTICK) continue;
      const start = at;
      while (at + 1 < lineEnd && this.text.charCodeAt(at + 1) === BACKTICK) at++;
      this.starts.push(start);
      this.lengths.push(at + 1 - start);
      this.lineStarts.push(lineStart);
    }
  }

  /** Settles the stretch ending at `end`; the line of the run that passes the budget, if one does. */
  endStretch(end: number): TextRange | undefined {
    const { starts, lengths, lineStarts } = this;
    if (starts.length === 0) return undefined;
    // The next run of the same length, found from the end in one pass.
    const closing = new Array<number>(starts.length);
    const nextOfLength = new Map<number, number>();
    for (let index = starts.length - 1; index >= 0; index--) {
      closing[index] = nextOfLength.get(lengths[index]) ?? -1;
      nextOfLength.set(lengths[index], index);
    }
    let overrun: TextRange | undefined;
    for (let index = 0; index < starts.length; ) {
      const close = closing[index];
      this.work += (close >= 0 ? starts[close] : end) - starts[index];
      if (this.work > MAX_CODE_SPAN_WORK) {
        overrun = { start: lineStarts[index], end: endOfLine(this.text, lineStarts[index]) };
        break;
      }
      index = close >= 0 ? close + 1 : index + 1;
    }
    starts.length = lengths.length = lineStarts.length = 0;
    return overrun;
  }
}

/**
 * An upper bound on the lists and quotes open at a line's content: each `>` and list
 * marker at its start, and each two columns of indentation before them, which is the
 * least a line needs to continue one more list.
 */
function linePrefix(text: string, start: number, end: number): { depth: number; contentStart: number } {
  let at = start;
  let indentation = 0;
  while (at < end && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) {
    indentation += text.charCodeAt(at) === TAB ? 4 - (indentation % 4) : 1;
    at++;
  }
  // A line of white space alone opens no list or quote, however long.
  if (at === end) return { depth: 0, contentStart: end };
  let markers = 0;
  for (;;) {
    while (at < end && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
    const markerEnd = containerMarkerEnd(text, at, end);
    if (markerEnd === at) break;
    markers++;
    at = markerEnd;
  }
  return { depth: markers + Math.floor(indentation / 2), contentStart: at };
}

/** The end of a `>` or a list marker (`-`, `*`, `+`, `1.`, `1)`) at `at`, or `at` when there is none. */
function containerMarkerEnd(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code === GREATER_THAN) return at + 1;
  const followedByBlank = (next: number) => next === end || text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB;
  if ((code === DASH || code === ASTERISK || code === PLUS) && followedByBlank(at + 1)) return at + 1;
  let digits = at;
  while (digits < end && digits - at < 9 && isDigit(text.charCodeAt(digits))) digits++;
  const delimiter = text.charCodeAt(digits);
  if (digits > at && (delimiter === PERIOD || delimiter === CLOSING_PARENTHESIS) && followedByBlank(digits + 1)) return digits + 1;
  return at;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function countMarkers(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === ASTERISK || code === UNDERSCORE || code === OPENING_BRACKET || code === CLOSING_BRACKET) count++;
  }
  return count;
}

/** Blanks and `>` only. A bare list marker is not enough: `*` alone can continue a paragraph. */
function isBlankInQuotes(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== TAB && code !== GREATER_THAN) return false;
  }
  return true;
}

function endOfLine(text: string, start: number): number {
  let at = start;
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  return at;
}

function countLinesFrom(text: string, start: number): number {
  let lines = 0;
  for (let at = start; at <= text.length; at = nextLineStart(text, endOfLine(text, at))) lines++;
  return lines;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length + 1;
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}

/** What is wrong with a note left unparsed, to follow "The note …", in the reader's language (`say`). */
export function unparsedBecause(reason: UnparsedReason, say: Say): string {
  switch (reason.kind) {
    case 'length':
      return say('unparsed.length', { size: MAX_PARSED_NOTE_SIZE });
    case 'lines':
      return say('unparsed.lines', { lines: formatCount(MAX_PARSED_LINES) });
    case 'nesting':
      return say('unparsed.nesting', { depth: MAX_NESTING_DEPTH });
    case 'nestingWork':
      return say('unparsed.nestingWork');
    case 'markers':
      return say('unparsed.markers');
    case 'codeSpans':
      return say('unparsed.codeSpans');
  }
}
