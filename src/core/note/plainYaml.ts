// A fast reader for the plain YAML nearly every note's frontmatter is written in. yaml's
// parseDocument costs about a quarter of a millisecond for a small frontmatter, which the
// workspace digest pays for each of thousands of notes. This reader takes a line-based
// subset only and builds the very nodes yaml would, with yaml's own classes, tags and
// ranges; on anything outside the subset it gives up, and the caller parses with yaml.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, type ScalarTag } from 'yaml';

/**
 * How a note's frontmatter is parsed; the documents built here are those yaml gives under
 * them. logLevel 'error': yaml would otherwise print process warnings for odd keys.
 */
export const FRONTMATTER_YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

/**
 * The document `parseDocument(source, FRONTMATTER_YAML_OPTIONS)` would give, node for node
 * and range for range, when `source` is plain YAML: a mapping of `key: value` lines whose
 * values are one-line plain scalars (a comment after them included) or quoted strings
 * without escapes, `[a, b]` lists, lists of scalars or of flat mappings, and flat
 * mappings. Undefined for anything else (other quoting, other comments, blank lines,
 * anchors, tags, block scalars, flow mappings, values over several lines, tabs, CR,
 * duplicate keys…): yaml must read it.
 */
export function plainYamlDocument(source: string): Document | undefined {
  if (source.length === 0 || OUTSIDE_CHARACTER.test(source)) return undefined;
  const document = new Document(undefined, FRONTMATTER_YAML_OPTIONS);
  let contents: YAMLMap;
  try {
    contents = new PlainYamlReader(source, document).root();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
  const end = contents.range![2];
  document.contents = contents;
  document.range = [0, end, end];
  return document;
}

/**
 * What `document.toJS()` gives for a document `plainYamlDocument` built, for a fraction of
 * the cost: its mappings hold plain keys only (no merge key, no `__proto__`), its nodes
 * no anchor or alias, so each scalar's value, each list and each mapping is taken as is.
 */
export function plainYamlData(document: Document): Record<string, unknown> {
  return plainValue(document.contents as YAMLMap) as Record<string, unknown>;
}

function plainValue(node: Scalar | YAMLMap | YAMLSeq): unknown {
  if (node instanceof Scalar) return node.value;
  if (node instanceof YAMLSeq) return node.items.map((item) => plainValue(item as Scalar | YAMLMap | YAMLSeq));
  const data: Record<string, unknown> = {};
  for (const { key, value } of (node as YAMLMap<Scalar<string>, Scalar | YAMLMap | YAMLSeq>).items) data[key.value] = plainValue(value!);
  return data;
}

/** Tabs, CR, other controls but LF, and the characters YAML breaks lines at or strips. */
// eslint-disable-next-line no-control-regex
const OUTSIDE_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** A plain key: a word, with `_` and `-` inside. */
const KEY = /[A-Za-z_][\w-]*:(?: +|(?=\n|$))/y;
/** What a plain scalar may start with: no YAML indicator, no blank. */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
/** What a scalar in a `[…]` list may not hold: a flow indicator, and `:` or `#` at all. */
const FLOW_INDICATOR = /[,[\]{}:#]/;
/**
 * What the core schema's tags other than the string's can match: nothing (null), `~`,
 * `null`, `true`, `false`, numbers, `.inf` and `.nan`. Any other scalar is a string, and
 * its tests, a few patterns each, are spared.
 */
const MAY_RESOLVE = /^(?:$|[-+.0-9~nNtTfF])/;
/** yaml's limit on how far the `:` may be from the start of an implicit key. */
const MAX_KEY_LENGTH = 1024;

/** A one-line plain scalar: no indicator first, no `: ` or ` #` inside, no `:` last. */
function isPlain(text: string): boolean {
  return PLAIN_START.test(text) && !text.endsWith(':') && !text.includes(': ') && !text.includes(' #');
}

class OutsideSubset extends Error {}

function outside(): never {
  throw new OutsideSubset();
}

/**
 * Reads the source line by line. The current line is described by where its content
 * starts and its column (`indent`), which a list item moves past its `- `; -1 at the end.
 */
class PlainYamlReader {
  private start = 0;
  private end = 0;
  private indent = 0;
  /** Where the line after the current one starts. */
  private next = 0;

  constructor(
    private readonly source: string,
    private readonly document: Document,
  ) {
    this.advance();
  }

  root(): YAMLMap {
    if (this.indent !== 0) outside();
    // blockMap reads up to a line indented less than 0: the end.
    return this.blockMap(0, true);
  }

  /** Moves to the next line; blank lines are outside the subset (yaml marks the node after them). */
  private advance(): void {
    const lineStart = this.next;
    if (lineStart >= this.source.length) {
      this.indent = -1;
      this.start = this.end = this.source.length;
      return;
    }
    const lineEnd = this.source.indexOf('\n', lineStart);
    this.end = lineEnd === -1 ? this.source.length : lineEnd;
    this.next = this.end + 1;
    let start = lineStart;
    while (this.source[start] === ' ') start++;
    if (start === this.end) outside();
    this.start = start;
    this.indent = start - lineStart;
  }

  /** Where a value written on the current line ends its node: past the line break. */
  private get lineTail(): number {
    return Math.min(this.end + 1, this.source.length);
  }

  /** `key: value` lines at `indent`; `nested` lets a key hold a list or mapping below it. */
  private blockMap(indent: number, nested: boolean): YAMLMap {
    const map = new YAMLMap(this.document.schema);
    const start = this.start;
    const keys = new Set<string>();
    while (this.indent === indent) {
      const pair = this.pair(indent, nested);
      const key = (pair.key as Scalar<string>).value;
      if (keys.has(key)) outside();
      keys.add(key);
      map.items.push(pair);
    }
    if (this.indent > indent) outside();
    const end = (map.items[map.items.length - 1].value as Scalar | YAMLMap | YAMLSeq).range![2];
    map.range = [start, end, end];
    return map;
  }

  private pair(indent: number, nested: boolean): Pair {
    KEY.lastIndex = this.start;
    if (!KEY.test(this.source)) outside();
    const colon = this.source.indexOf(':', this.start);
    if (colon - this.start >= MAX_KEY_LENGTH) outside();
    const key = this.scalar(this.start, colon, colon);
    // `__proto__` is a key toJS defines rather than sets: yaml must read it.
    if (typeof key.value !== 'string' || key.value === '__proto__') outside();
    const valueStart = KEY.lastIndex;
    if (valueStart < this.end) {
      const value = this.inlineValue(valueStart);
      this.advance();
      return new Pair(key, value);
    }
    this.advance();
    const below = this.indent > indent || (this.indent === indent && this.atListItem());
    if (!below) return new Pair(key, this.scalar(valueStart, valueStart, valueStart));
    if (!nested) outside();
    return new Pair(key, this.atListItem() ? this.blockSeq(this.indent) : this.blockMap(this.indent, false));
  }

  /** `- item` lines at `indent`: a scalar, a `[…]` list, or a flat mapping per item. */
  private blockSeq(indent: number): YAMLSeq {
    const seq = new YAMLSeq(this.document.schema);
    const start = this.start;
    while (this.indent === indent && this.atListItem()) {
      let itemStart = this.start + 1;
      while (this.source[itemStart] === ' ') itemStart++;
      if (itemStart >= this.end) outside();
      KEY.lastIndex = itemStart;
      if (KEY.test(this.source)) {
        this.indent += itemStart - this.start;
        this.start = itemStart;
        seq.items.push(this.blockMap(this.indent, false));
      } else {
        seq.items.push(this.inlineValue(itemStart));
        this.advance();
      }
    }
    if (this.indent > indent) outside();
    const end = (seq.items[seq.items.length - 1] as Scalar | YAMLMap | YAMLSeq).range![2];
    seq.range = [start, end, end];
    return seq;
  }

  private atListItem(): boolean {
    return this.source[this.start] === '-' && (this.start + 1 === this.end || this.source[this.start + 1] === ' ');
  }

  /** A plain scalar or a `[…]` list of them, from `start` to the end of the current line. */
  private inlineValue(start: number): Scalar | YAMLSeq {
    let end = this.end;
    while (this.source[end - 1] === ' ') end--;
    const first = this.source[start];
    if (first === '[') return this.flowSeq(start, end);
    if (first === '"' || first === "'") return this.quoted(start, end, first);
    // A comment after the value (`channel: email   # in-person | email`, as the templates
    // write them) is the value's, as written to the end of the line.
    const commentInLine = this.source.slice(start, end).indexOf(' #');
    const comment = commentInLine === -1 ? -1 : start + commentInLine;
    if (comment !== -1) {
      const remark = this.source.slice(comment + 2, this.end);
      let valueEnd = comment;
      while (this.source[valueEnd - 1] === ' ') valueEnd--;
      if (remark.length === 0 || !isPlain(this.source.slice(start, valueEnd))) outside();
      const scalar = this.scalar(start, valueEnd, this.lineTail);
      scalar.comment = remark;
      return scalar;
    }
    if (!isPlain(this.source.slice(start, end))) outside();
    return this.scalar(start, end, this.lineTail);
  }

  /**
   * `"…"` or `'…'`, closing at the end of its line, without an escape (`\` in double
   * quotes, `''` in single ones): a string of the words between the quotes, whatever they
   * look like (`"Scope: phase 2"`, `'true'`), as yaml reads them.
   */
  private quoted(start: number, end: number, quote: string): Scalar {
    const words = this.source.slice(start + 1, end - 1);
    if (end - start < 2 || this.source[end - 1] !== quote || words.includes(quote) || (quote === '"' && words.includes('\\'))) outside();
    const scalar = new Scalar(words);
    scalar.range = [start, end, this.lineTail];
    scalar.source = words;
    scalar.type = quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    return scalar;
  }

  /** `[a, b]`, closing on its line, each item a plain scalar. */
  private flowSeq(start: number, end: number): YAMLSeq {
    if (this.source[end - 1] !== ']') outside();
    const seq = new YAMLSeq(this.document.schema);
    seq.flow = true;
    seq.range = [start, end, this.lineTail];
    if (end - start === 2) return seq;
    let itemStart = start + 1;
    while (itemStart < end) {
      while (this.source[itemStart] === ' ') itemStart++;
      const comma = this.source.indexOf(',', itemStart);
      const after = comma === -1 || comma >= end ? end - 1 : comma;
      let itemEnd = after;
      while (this.source[itemEnd - 1] === ' ') itemEnd--;
      const item = this.source.slice(itemStart, itemEnd);
      if (!isPlain(item) || FLOW_INDICATOR.test(item)) outside();
      seq.items.push(this.scalar(itemStart, itemEnd, after));
      itemStart = after + 1;
    }
    return seq;
  }

  /**
   * A plain scalar as yaml's composer makes it: the first of the schema's default tags
   * whose pattern matches resolves it (`null`, `true`, `12`, `0x1f`…), else it is a string.
   */
  private scalar(start: number, end: number, tail: number): Scalar {
    const source = this.source.slice(start, end);
    const tag = MAY_RESOLVE.test(source)
      ? (this.document.schema.tags.find((candidate) => candidate.default === true && candidate.test?.test(source)) as ScalarTag | undefined)
      : undefined;
    const resolved = tag ? tag.resolve(source, outside, this.document.options) : source;
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [start, end, tail];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag?.format) scalar.format = tag.format;
    return scalar;
  }
}
