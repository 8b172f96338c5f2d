import { isRealDate, lastDayOfMonth } from '../base/days';
import { Remembered } from '../base/remembered';
import { detached } from '../base/text';
import { dayOfWrittenDate, type SlashedDateOrder } from './stepNotation';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { FRONTMATTER_YAML_OPTIONS, plainYamlData, plainYamlDocument } from './plainYaml';
import { readTextItemsAsWritten } from './textItems';
import { isMessageKey, type MessageKey } from '../lang/messages';
import type { LanguagePack } from '../lang/pack';

/**
 * What is wrong with the YAML, over the text to change. It is kept as a message key and the
 * values it names, not as words: the reading is remembered for every reader, and each shows
 * it in their own language (`say(problem.key, problem.values)`).
 */
export interface FrontmatterProblem {
  key: MessageKey;
  values?: Readonly<Record<string, string | number>>;
  start: number;
  end: number;
}

/** The YAML block at the top of a note, with offsets into the whole text. */
export interface Frontmatter {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just past the closing fence line, or the text's end when it never closes. */
  end: number;
  /** Offsets of the YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  openingFenceEnd: number;
  closed: boolean;
  document: Document | undefined;
  /** The parsed data, or undefined when the YAML has errors or is not a mapping. */
  data: Record<string, unknown> | undefined;
  /**
   * When the YAML has errors: its top-level entries that read cleanly on their own. No rule
   * checks them; they tell who the note names and its language (`readableEntries`).
   */
  wellFormedEntries?: Record<string, unknown>;
  problems: FrontmatterProblem[];
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;
/** A `%YAML 1.2` or `%TAG …` line, after nothing but blank and comment lines. */
const DIRECTIVE = /^((?:[ \t]*(?:#.*)?(?:\r\n|\n|\r))*)(%[^\r\n]*)/;
/** Directive, comment and blank lines alone: the `---` after them ends the directives. */
const DIRECTIVES_ONLY = /^(?:[ \t]*(?:[%#].*)?(?:\r\n|\n|\r))*$/;

/** The `type` that makes a Markdown file a client note (the note schema's `const`). */
export const NOTE_TYPE = 'client-conversation';

// Bounds that keep a hostile note from freezing the editor. Alias expansion is the
// classic YAML bomb ("billion laughs"): yaml stops resolving past this many aliases.
export const MAX_ALIAS_COUNT = 100;

/**
 * The longest frontmatter (the YAML between the fences, in UTF-16 code units) that is
 * parsed: 16 KiB, some twenty times a full note's. yaml's cost grows faster than the text
 * on some input (thousands of keys in one mapping, a line of errors each), up to about
 * half a second at this size; a longer frontmatter is reported, not read.
 */
export const MAX_FRONTMATTER_LENGTH = 16 * 1024;

/** Finds and parses the frontmatter; undefined when the text does not start with `---`. */
export function readFrontmatter(text: string): Frontmatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING_FENCE.lastIndex = contentStart;
  let closing = CLOSING_FENCE.exec(text);
  if (!closing) {
    return {
      start: 0,
      end: text.length,
      contentStart,
      contentEnd: text.length,
      openingFenceEnd: contentStart,
      closed: false,
      document: undefined,
      data: undefined,
      problems: [{ key: 'frontmatter-syntax.neverClosed', start: 0, end: 3 }],
    };
  }
  // `---` after a `%YAML` or `%TAG` line ends the directives, not the frontmatter: the YAML
  // the writer meant runs to the next fence, and is reported rather than read.
  const directive = DIRECTIVE.exec(text.slice(contentStart, closing.index));
  const directivesEnd = directive !== null && closing[0].startsWith('---') && DIRECTIVES_ONLY.test(text.slice(contentStart, closing.index));
  if (directivesEnd) closing = CLOSING_FENCE.exec(text) ?? closing;
  const contentEnd = closing.index;
  let end = closing.index + closing[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  const frontmatter: Frontmatter = {
    start: 0,
    end,
    contentStart,
    contentEnd,
    openingFenceEnd: contentStart,
    closed: true,
    document: undefined,
    data: undefined,
    problems: [],
  };
  if (directive) {
    const [, before, line] = directive;
    const written = line.trimEnd();
    const start = contentStart + before.length;
    frontmatter.problems.push({
      key: directivesEnd ? 'frontmatter-syntax.directiveAndFence' : 'frontmatter-syntax.directive',
      values: { line: written },
      start,
      end: start + written.length,
    });
    return frontmatter;
  }
  const length = contentEnd - contentStart;
  if (length > MAX_FRONTMATTER_LENGTH) {
    frontmatter.problems.push({
      key: 'frontmatter-syntax.tooLong',
      values: { size: Math.ceil(length / 1024), limit: MAX_FRONTMATTER_LENGTH / 1024 },
      start: 0,
      end: 3,
    });
    return frontmatter;
  }
  const yaml = yamlReadings.get(text.slice(0, contentEnd), (key) => yamlReading(key, frontmatter));
  frontmatter.document = yaml.document;
  frontmatter.data = yaml.data;
  frontmatter.wellFormedEntries = yaml.wellFormedEntries;
  frontmatter.problems.push(...yaml.problems);
  return frontmatter;
}

/** What the YAML between the fences reads as: `Frontmatter`'s own fields, frozen but `document`. */
type YamlReading = Pick<Frontmatter, 'document' | 'data' | 'wellFormedEntries' | 'problems'>;

/**
 * The YAML read, remembered by the text from the opening fence to the closing one (which
 * fixes every offset in it): the editor reads a note again after each pause in typing,
 * nearly always typed into its body, and the digest and the recap read the same notes. A
 * reading is shared by every note that starts with that frontmatter, so it is never
 * changed: its data and problems are frozen, and its yaml document is only read (the
 * YAML edits, `edit/yamlEdit.ts`, compute text edits from it). Few are kept: each holds
 * a document.
 */
const yamlReadings = new Remembered<YamlReading>(16);

function yamlReading(key: string, frontmatter: Frontmatter): YamlReading {
  const read: Frontmatter = { ...frontmatter, problems: [] };
  // The YAML is read from a copy of its own, so that the strings remembered keep no note's text.
  // The yaml package breaks lines at LF and CRLF only; a lone CR (a classic Mac OS note)
  // becomes LF, character for character, so that every offset stays the note's.
  parseYaml(detached(key).slice(frontmatter.contentStart).replace(/\r(?!\n)/g, '\n'), read);
  return {
    document: read.document,
    data: deepFrozen(read.data),
    wellFormedEntries: deepFrozen(read.wellFormedEntries),
    problems: read.problems.map((problem) => Object.freeze(problem)),
  };
}

function deepFrozen<T>(value: T): T {
  // A `!!binary` value is bytes (a Uint8Array), which cannot be frozen: no rule reads into it.
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

function parseYaml(source: string, frontmatter: Frontmatter): void {
  const shift = frontmatter.contentStart;
  let document: Document;
  // Plain frontmatter, nearly every note's, is read without yaml's parser, for speed.
  const plain = plainYamlDocument(source);
  if (plain) {
    readTextItemsAsWritten(plain, source);
    frontmatter.document = plain;
    frontmatter.data = plainYamlData(plain);
    return;
  }
  try {
    document = parseDocument(source, FRONTMATTER_YAML_OPTIONS);
  } catch (error) {
    frontmatter.problems.push({ key: 'frontmatter-syntax.unreadable', values: { error: String(error) }, start: 0, end: 3 });
    return;
  }
  frontmatter.document = document;
  const reported: Array<[number, number]> = [];
  const linesReported = new Set<number>();
  let tooDeep = false;
  for (const error of document.errors) {
    // yaml often reports one mistake twice, the second time over a wider stretch, or again further
    // along its line (`attendees: [@megan, @luis]`, `topic: Carte d'hiver : …`): one finding a line.
    const [start, end] = error.pos;
    if (reported.some(([earlierStart, earlierEnd]) => start < earlierEnd && earlierStart < end)) continue;
    // Nesting too deep can overflow yaml's stack more than once as it unwinds: once is enough.
    if (nestsTooDeep(error) && tooDeep) continue;
    tooDeep ||= nestsTooDeep(error);
    reported.push([start, Math.max(end, start + 1)]);
    const problem = describeYamlError(error, source);
    const line = source.lastIndexOf('\n', problem.start - 1) + 1;
    if (linesReported.has(line)) continue;
    linesReported.add(line);
    // Lines indented with tabs one after another, as a block pasted from an outliner: one finding over them all.
    const previous = frontmatter.problems.at(-1);
    if (problem.key === 'frontmatter-syntax.tab' && previous?.key === problem.key && !source.slice(previous.end - shift, line - 1).includes('\n')) {
      frontmatter.problems[frontmatter.problems.length - 1] = { ...previous, end: shift + problem.end };
      continue;
    }
    frontmatter.problems.push({ ...problem, start: shift + problem.start, end: shift + problem.end });
  }
  if (document.errors.length > 0) {
    frontmatter.wellFormedEntries = wellFormedEntries(source);
    return;
  }
  if (document.contents !== null && !isMap(document.contents)) {
    const range = document.contents.range ?? [0, source.length];
    const end = range[0] + source.slice(range[0], range[1]).trimEnd().length;
    frontmatter.problems.push({
      key: isSeq(document.contents) ? 'frontmatter-syntax.list' : 'frontmatter-syntax.notMapping',
      start: shift + range[0],
      end: shift + end,
    });
    return;
  }
  // An alias is written `*name`: without a `*` the walk is spared.
  const unresolved = source.includes('*') ? firstUnresolvedAlias(document) : undefined;
  if (unresolved) {
    frontmatter.problems.push({
      key: 'frontmatter-syntax.unresolvedAlias',
      values: { name: unresolved.source },
      start: shift + (unresolved.range?.[0] ?? 0),
      end: shift + (unresolved.range?.[1] ?? source.length),
    });
    return;
  }
  readTextItemsAsWritten(document, source);
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    frontmatter.data = (data ?? {}) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const alias = /alias/i.test(reason) ? firstAliasRange(document) : undefined;
    frontmatter.problems.push(
      alias
        ? { key: 'frontmatter-syntax.aliasesTooFar', start: shift + alias[0], end: shift + alias[1] }
        : { key: 'frontmatter-syntax.unreadable', values: { error: reason }, start: frontmatter.contentStart, end: frontmatter.contentEnd },
    );
  }
}

/**
 * What the frontmatter says as far as it can be read: its data, or where the YAML is broken,
 * the top-level entries that read cleanly on their own. A note whose topic holds an unquoted
 * `: ` still names its contact and attendees, says its language and the day it was held; only
 * who the note names, its language and whether a template's prompts are still expected in it
 * (`readableConversationDay`) are read from here, never anything a rule checks.
 */
export function readableEntries(frontmatter: Frontmatter | undefined): Record<string, unknown> | undefined {
  return frontmatter?.data ?? frontmatter?.wellFormedEntries;
}

/**
 * Each top-level entry of YAML that has errors (a line at the margin, with the indented lines
 * and the list items under it), read on its own by yaml; those that read cleanly as a mapping.
 * yaml itself reads on past an error into the wrong shape (the keys after a `topic: a: b`
 * become the topic's), so its partial data cannot be trusted.
 */
function wellFormedEntries(source: string): Record<string, unknown> | undefined {
  const entries: Record<string, unknown> = {};
  for (const entry of source.split(ENTRY_START)) {
    if (entry.trim() === '') continue;
    const document = parseDocument(entry, FRONTMATTER_YAML_OPTIONS);
    // An alias (`*name`) names an anchor in another entry, which this one cannot see.
    if (document.errors.length > 0 || !isMap(document.contents) || entry.includes('*')) continue;
    const data = document.toJS() as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) if (!(key in entries)) entries[key] = value;
  }
  return Object.keys(entries).length > 0 ? entries : undefined;
}
/** Where a top-level entry starts: a line at the margin that is not a list item, a comment or a fence. */
const ENTRY_START = /\n(?=[^\s#-])/;

/** The first alias with no anchor of its name before it, which yaml cannot resolve. */
function firstUnresolvedAlias(document: Document): Alias | undefined {
  const anchors = new Set<string>();
  let unresolved: Alias | undefined;
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        unresolved = node;
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return unresolved;
}

/** Where the first alias of a document is written, relative to the YAML. */
function firstAliasRange(document: Document): [number, number] | undefined {
  let range: [number, number] | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

/**
 * A YAML error in words a freelancer can act on, over the text to change. yaml points at
 * a single character, sometimes where it gave up rather than where the mistake is; the
 * common mistakes of a hand-written note get their own message and range.
 */
function describeYamlError(error: YAMLError, source: string): FrontmatterProblem {
  const [start, end] = error.pos;
  const restOfLine = { start, end: Math.max(end, lineContentEnd(source, start)) };
  if (nestsTooDeep(error)) {
    // The depth at which the stack runs out varies: the whole line is underlined, wherever it did.
    const line = lineContentStart(source, start);
    return { key: 'frontmatter-syntax.tooDeep', start: line, end: lineContentEnd(source, line) };
  }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:,{}\r\n]*/.exec(source.slice(start))![0].trimEnd();
      return { key: 'frontmatter-syntax.duplicateKey', values: { key }, start, end: start + Math.max(1, key.length) };
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(error.message)?.[1];
      const opening = quote ? source.lastIndexOf(quote, start - 1) : -1;
      if (quote && opening >= 0) {
        return { key: 'frontmatter-syntax.unclosed', values: { opening: quote, closing: quote }, start: opening, end: lineContentEnd(source, opening) };
      }
      if (error.message.startsWith('Sequence item without')) {
        return { key: 'frontmatter-syntax.itemIndent', ...restOfLine };
      }
      break;
    }
    case 'BAD_INDENT': {
      const closing = /end with an? ([\]}])/.exec(error.message)?.[1];
      const opening = closing ? source.lastIndexOf(closing === ']' ? '[' : '{', start) : -1;
      if (closing && opening >= 0) {
        return { key: 'frontmatter-syntax.unclosed', values: { opening: source[opening], closing }, start: opening, end: lineContentEnd(source, opening) };
      }
      break;
    }
    case 'TAB_AS_INDENT':
      return { key: 'frontmatter-syntax.tab', ...restOfLine };
    case 'BAD_SCALAR_START':
      return { key: 'frontmatter-syntax.quoteStart', values: { character: source[start] }, ...restOfLine };
    case 'UNEXPECTED_TOKEN':
      if (error.message.startsWith('Unexpected scalar at node end')) {
        return { key: 'frontmatter-syntax.textAfterValue', start: valueStart(source, start), end: restOfLine.end };
      }
      break;
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (/:[ \t]/.test(source.slice(start, restOfLine.end))) {
        return { key: 'frontmatter-syntax.colonInValue', ...restOfLine };
      }
      // The value is fine; the line after it is indented deeper than the keys around it.
      const next = nextLineContent(source, start);
      if (next) return { key: 'frontmatter-syntax.indentedDeeper', ...next };
      break;
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return { key: 'frontmatter-syntax.missingColon', start, end: lineContentEnd(source, start) };
  }
  // Any other mistake in the words of its kind, in the reader's language; yaml's own English only for a kind it adds later.
  const kind = `frontmatter-syntax.yaml.${error.code}`;
  if (isMessageKey(kind)) return { key: kind, start, end: Math.max(end, start + 1) };
  const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { key: 'frontmatter-syntax.invalid', values: { detail: firstLine }, start, end: Math.max(end, start + 1) };
}

/**
 * yaml composes nested lists and mappings by recursion, and reports where the stack ran
 * out, sometimes more than once and under more than one code.
 */
function nestsTooDeep(error: YAMLError): boolean {
  return error.code === 'RESOURCE_EXHAUSTION' || error.message.includes('Maximum call stack size exceeded');
}

/** Offset of the first character of the line holding `offset` that is not a blank. */
function lineContentStart(source: string, offset: number): number {
  const lineStart = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
  return lineStart + /^[ \t]*/.exec(source.slice(lineStart, offset))![0].length;
}

/** Offset of the end of the line holding `offset`, trailing blanks left out. */
function lineContentEnd(source: string, offset: number): number {
  const lineEnd = source.slice(offset).search(/\r?\n|\r|$/) + offset;
  const trimmed = source.slice(offset, lineEnd).trimEnd().length + offset;
  return Math.max(trimmed, Math.min(offset + 1, source.length));
}

/** Where the value on the line holding `offset` starts: after its `key:` or list `-`. */
function valueStart(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const prefix = /^[ \t]*(?:-[ \t]+)*(?:[^\s:][^:]*?:[ \t]+)?/.exec(source.slice(lineStart, offset))![0];
  return lineStart + prefix.length;
}

/** The first non-blank line after the one holding `offset`, without its indentation. */
function nextLineContent(source: string, offset: number): { start: number; end: number } | undefined {
  const pattern = /(?:\r\n|\n|\r)[ \t]*(?=\S)/g;
  pattern.lastIndex = offset;
  const match = pattern.exec(source);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  return { start, end: lineContentEnd(source, start) };
}

export interface YamlLocation {
  /** True when every step of the path was found. */
  complete: boolean;
  /** The pair holding the value, when the path ends in a mapping key. */
  pair?: Pair;
  keyStart?: number;
  keyEnd?: number;
  node?: Node;
  valueStart?: number;
  valueEnd?: number;
}

/**
 * Where a path such as `['next_steps', 0, 'due']` sits in the YAML, as offsets into the
 * whole note. Walks as deep as the document goes; the last found step is returned.
 */
export function locateYamlPath(frontmatter: Frontmatter, path: ReadonlyArray<string | number>): YamlLocation {
  const shift = frontmatter.contentStart;
  let current: unknown = frontmatter.document?.contents;
  const location: YamlLocation = { complete: false };
  let found = 0;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      const key = pair.key as Node;
      location.pair = pair;
      location.keyStart = key.range ? shift + key.range[0] : undefined;
      location.keyEnd = key.range ? shift + key.range[1] : undefined;
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      current = current.items[step];
      location.pair = undefined;
      location.keyStart = location.keyEnd = undefined;
    } else {
      break;
    }
    const node = current as Node | null | undefined;
    location.node = node ?? undefined;
    location.valueStart = node?.range ? shift + node.range[0] : undefined;
    location.valueEnd = node?.range ? shift + node.range[1] : undefined;
    found++;
  }
  location.complete = found === path.length;
  return location;
}

/** The best range to underline for a path: the value, else the key, else the opening fence. */
export function rangeOf(frontmatter: Frontmatter, path: ReadonlyArray<string | number>): { start: number; end: number } {
  const location = locateYamlPath(frontmatter, path);
  if (location.valueStart !== undefined && location.valueEnd !== undefined && location.valueEnd > location.valueStart) {
    return { start: location.valueStart, end: location.valueEnd };
  }
  if (location.keyStart !== undefined && location.keyEnd !== undefined) {
    return { start: location.keyStart, end: location.keyEnd };
  }
  return { start: frontmatter.start, end: frontmatter.start + 3 };
}

/** The range of a key itself, falling back like rangeOf. */
export function keyRangeOf(frontmatter: Frontmatter, path: ReadonlyArray<string | number>): { start: number; end: number } {
  const location = locateYamlPath(frontmatter, path);
  if (location.keyStart !== undefined && location.keyEnd !== undefined) {
    return { start: location.keyStart, end: location.keyEnd };
  }
  return rangeOf(frontmatter, path);
}

/**
 * The day a note's dates without a year or by weekday (`Dec 10`, `Friday`, `the 14th`) are
 * read against: the conversation's `date` as YYYY-MM-DD, else as written another way
 * (`11/30/2026`), read even when the YAML around it is broken, as a reader of the note
 * would. The rules that judge `date` itself (its format, the recap due after it) read
 * `conversationDay`, so one broken line gives one finding, not one per step; those that
 * judge a step's date before it read `earliestConversationDay`.
 */
export function dayToReadDatesAgainst(frontmatter: Frontmatter | undefined, order?: SlashedDateOrder): string | undefined {
  const exact = conversationDay(frontmatter);
  if (exact || !frontmatter) return exact;
  const written = writtenConversationDate(frontmatter);
  if (written === undefined) return undefined;
  // `date: 2/11/2026` is read as the note's body writes its days: day first in a note that writes `27/11`.
  return isRealDate(written.trim()) ? written.trim() : (dayOfWrittenDate(written, undefined, order) ?? lastDayOfMonthWritten(written.trim()));
}

/**
 * `2026-11-31`, a day its month does not have (the schema's finding): the steps' days without a year are
 * still read in that month's season, against its last day.
 */
function lastDayOfMonthWritten(written: string): string | undefined {
  const month = /^(\d{4}-\d{2})-(?:29|30|31)$/u.exec(written)?.[1];
  return month !== undefined && isRealDate(`${month}-01`) ? lastDayOfMonth(written) : undefined;
}

/**
 * The days the conversation may have been on, when the frontmatter writes its date in figures
 * a reader cannot tell the order of (`date: 05/11/2026`: 5 November or 11 May): a step's
 * date that reads the same against each (`by 30 nov`) is still that day.
 */
export function daysToReadDatesAgainst(frontmatter: Frontmatter | undefined, order?: SlashedDateOrder): string[] {
  const day = dayToReadDatesAgainst(frontmatter, order);
  const written = frontmatter && writtenConversationDate(frontmatter);
  if (day || written === undefined) return day ? [day] : [];
  return [dayOfWrittenDate(written, undefined, 'day-first'), dayOfWrittenDate(written, undefined, 'month-first')].filter((read): read is string => read !== undefined);
}

/** The conversation's `date` as written, read from the YAML's document when its data is lost to an error. */
function writtenConversationDate(frontmatter: Frontmatter): string | undefined {
  const root = frontmatter.document?.contents;
  const written = frontmatter.data ? frontmatter.data.date : isMap(root) ? root.get('date') : undefined;
  return typeof written === 'string' ? written : undefined;
}

/**
 * The days the frontmatter's `date` may name, earliest first: that day, or, written another way, each day the note's
 * language may read it as (`06/11/2026` is 6 November in French; `05/11/2026` in English is 5 November or 11 May).
 */
function conversationDayReadings(frontmatter: Frontmatter | undefined, language: LanguagePack): string[] {
  const exact = conversationDay(frontmatter);
  const written = exact === undefined && frontmatter ? writtenConversationDate(frontmatter) : undefined;
  if (written === undefined) return exact === undefined ? [] : [exact];
  const orders: SlashedDateOrder[] = language.steps.slashedDates === 'day-first' ? ['day-first'] : ['day-first', 'month-first'];
  return orders
    .map((order) => dayOfWrittenDate(written, undefined, order, language))
    .filter((read): read is string => read !== undefined)
    .sort();
}

/**
 * The day a date must come before to be before the conversation, whichever day the frontmatter's `date` names: the earliest
 * of its readings. The schema reports how it is written; a step due a year before it (`2025-12-04`) is a typo of its own all the same.
 */
export function earliestConversationDay(frontmatter: Frontmatter | undefined, language: LanguagePack): string | undefined {
  return conversationDayReadings(frontmatter, language)[0];
}

/**
 * The day a recap is due after at the latest, whichever day the frontmatter's `date` names: the latest of its readings. A
 * recap never sent is late whatever way its date is written (`18.11.2026`, which the schema reports).
 */
export function latestConversationDay(frontmatter: Frontmatter | undefined, language: LanguagePack): string | undefined {
  return conversationDayReadings(frontmatter, language).at(-1);
}

/** The day of the conversation, when the frontmatter gives one that exists, as YYYY-MM-DD. */
export function conversationDay(frontmatter: Frontmatter | undefined): string | undefined {
  return realDay(frontmatter?.data?.date);
}

/** The conversation's day as far as the frontmatter can be read: a broken one's well-formed `date:` line too (`readableEntries`). */
export function readableConversationDay(frontmatter: Frontmatter | undefined): string | undefined {
  return realDay(readableEntries(frontmatter)?.date);
}

function realDay(value: unknown): string | undefined {
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}
