import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';

export interface FrontmatterProblem {
  message: string;
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
  problems: FrontmatterProblem[];
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;

// Bounds that keep a hostile note from freezing the editor: alias expansion is the
// classic YAML bomb, and a frontmatter this large is not a note's frontmatter.
const MAX_ALIAS_COUNT = 100;

/** Finds and parses the frontmatter; undefined when the text does not start with `---`. */
export function readFrontmatter(text: string): Frontmatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING_FENCE.lastIndex = contentStart;
  const closing = CLOSING_FENCE.exec(text);
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
      problems: [{ message: 'The frontmatter is never closed: add a line with `---` after it.', start: 0, end: 3 }],
    };
  }
  const contentEnd = closing.index;
  let end = closing.index + closing[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  const source = text.slice(contentStart, contentEnd);
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
  parseYaml(source, frontmatter);
  return frontmatter;
}

function parseYaml(source: string, frontmatter: Frontmatter): void {
  const shift = frontmatter.contentStart;
  let document: Document;
  try {
    // logLevel 'error': yaml would otherwise print process warnings for odd keys.
    document = parseDocument(source, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    frontmatter.problems.push({ message: `The frontmatter could not be read: ${String(error)}`, start: 0, end: 3 });
    return;
  }
  frontmatter.document = document;
  for (const error of document.errors) {
    const [start, end] = error.pos;
    frontmatter.problems.push({
      message: yamlMessage(error.message),
      start: shift + start,
      end: shift + Math.max(end, start + 1),
    });
  }
  if (document.errors.length > 0) return;
  if (document.contents !== null && !isMap(document.contents)) {
    const range = document.contents.range ?? [0, source.length];
    frontmatter.problems.push({
      message: 'The frontmatter must be a set of `key: value` lines.',
      start: shift + range[0],
      end: shift + range[1],
    });
    return;
  }
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    frontmatter.data = (data ?? {}) as Record<string, unknown>;
  } catch (error) {
    frontmatter.problems.push({
      message: `The frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}`,
      start: frontmatter.contentStart,
      end: frontmatter.contentEnd,
    });
  }
}

/** yaml's messages end with a code excerpt; the diagnostic range already shows where. */
function yamlMessage(message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `Invalid YAML: ${firstLine}`;
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
export function locate(frontmatter: Frontmatter, path: ReadonlyArray<string | number>): YamlLocation {
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
  const location = locate(frontmatter, path);
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
  const location = locate(frontmatter, path);
  if (location.keyStart !== undefined && location.keyEnd !== undefined) {
    return { start: location.keyStart, end: location.keyEnd };
  }
  return rangeOf(frontmatter, path);
}
