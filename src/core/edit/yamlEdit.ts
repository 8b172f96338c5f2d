import { isCollection, isMap, isScalar, isSeq, parse, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { detectEol } from '../base/lines';
import type { TextEdit } from '../base/types';

/**
 * A value to write: a boolean; a scalar written bare, as YAML reads it (a date, `me`, an
 * id, `2`); or `{ text }`, text as the user typed it (a name), written bare where YAML
 * reads it back as that text, else in double quotes as JSON writes it (`"a: b"`, `"#1"`,
 * `"true"`, a line break).
 */
export type YamlValue = string | boolean | { text: string };

/**
 * How the text is written: YAML, or JSON, which is YAML too (a `.clientnotesrc.json`):
 * there keys and every `{ text }` go in double quotes, and a mapping is always written `{ … }`.
 */
export type Notation = 'yaml' | 'json';

/**
 * Where a missing key goes in its mapping: after the last pair (`last`), before the first
 * (`first`), or before a given key and the comment lines just above it, when that key is
 * there (the template orders `follow_up` before `private`, for one).
 */
export type Placement = 'last' | 'first' | { before: string };

/**
 * Edits to YAML embedded in a larger text (a note's frontmatter), as if typed by hand:
 * only the values set and the pairs added change; comments, key order, indentation,
 * quoting, line endings and a BOM stay as written. The edits are offsets into the whole
 * text, computed from the positions yaml gives its nodes, so that the editor applies them
 * as a WorkspaceEdit and the CLI as a string splice.
 */
export class YamlEditor {
  // Both read when an edit is first written: a rule makes an editor for each note whose
  // frontmatter it may fix, and nearly every note needs no fix.
  private lineEnding: string | undefined;
  private indentation: number | undefined;

  /**
   * @param text the whole text the edits apply to.
   * @param yamlStart where the YAML that `document` was parsed from starts in `text`.
   */
  constructor(
    private readonly text: string,
    private readonly yamlStart: number,
    private readonly document: Document,
    private readonly notation: Notation = 'yaml',
  ) {}

  private get eol(): string {
    return (this.lineEnding ??= detectEol(this.text));
  }

  /** The step between nesting levels, for a mapping written under a key that had none. */
  private get indentStep(): number {
    return (this.indentation ??= indentStepOf(this.text.slice(this.yamlStart, this.yamlStart + (this.document.range?.[2] ?? 0))));
  }

  /**
   * Sets `entries` in the mapping at `mapPath` (`['next_steps', 0]`, `[]` for the top
   * level): a key that is there gets the new value in place, since a second one would break
   * the YAML; the missing ones are added together, at `placement`. Mappings missing on the
   * way are added too, or written over an empty value. Undefined when the YAML is not
   * shaped for it: a list where a mapping is needed, a list or mapping where a value is.
   */
  setKeys(mapPath: ReadonlyArray<string | number>, entries: ReadonlyArray<readonly [string, YamlValue]>, placement: Placement = 'last'): TextEdit[] | undefined {
    let node: unknown = this.document.contents;
    if (node === null || (isScalar(node) && isBlank(node))) {
      const keys = keysOnly(mapPath);
      const text = keys && (this.notation === 'json' ? `{ ${this.flowText(keys, entries)} }` : this.blockText(keys, entries, 0));
      return text === undefined ? undefined : [this.insert(this.yamlStart, `${text}${this.eol}`)];
    }
    for (let depth = 0; depth < mapPath.length; depth++) {
      const step = mapPath[depth];
      if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        continue;
      }
      if (!isMap(node) || typeof step !== 'string') return undefined;
      const rest = keysOnly(mapPath.slice(depth));
      const pair = pairOf(node, step);
      if (!pair) return rest && this.addPairs(node, rest, entries, placement);
      if (!isCollection(pair.value)) return rest && this.nestUnder(node, pair, rest.slice(1), entries);
      node = pair.value;
    }
    if (!isMap(node)) return undefined;
    const edits: TextEdit[] = [];
    const missing: Array<readonly [string, YamlValue]> = [];
    for (const entry of entries) {
      const pair = pairOf(node, entry[0]);
      if (!pair) {
        missing.push(entry);
        continue;
      }
      const edit = this.replaceValue(pair, entry[1], Boolean(node.flow));
      if (!edit) return undefined;
      edits.push(edit);
    }
    if (missing.length === 0) return edits;
    const added = this.addPairs(node, [], missing, placement);
    return added && [...edits, ...added];
  }

  /** A value in place: after the colon when empty, else over the old value, in its quotes. */
  private replaceValue(pair: Pair, value: YamlValue, inFlow: boolean): TextEdit | undefined {
    const current = pair.value as Node | null;
    if (current === null || isBlank(current)) {
      const at = this.afterColon(pair);
      return at === undefined ? undefined : this.insert(at, ` ${this.valueText(value, inFlow)}`);
    }
    if (!isScalar(current) || !current.range) return undefined;
    const written = typeof value === 'object' ? value.text : value;
    const quote = typeof written === 'string' ? quoteOf(current.type) : '';
    const range = this.valueRange(current);
    const text = typeof written === 'string' && quote ? quoted(written, quote) : this.valueText(value, inFlow);
    // A comment after the value keeps its column (`sent: false      # …` becomes
    // `sent: 2026-12-04 # …`), as long as one blank is left before it.
    const padding = /^( +)#/.exec(this.text.slice(range.end, range.end + 200));
    if (!padding) return { ...range, text };
    const blanks = Math.max(1, padding[1].length - (text.length - (range.end - range.start)));
    return { start: range.start, end: range.end + padding[1].length, text: text + ' '.repeat(blanks) };
  }

  /**
   * `key:` with no mapping under it: the keys go on the lines below, or, where the value
   * has text (`~`, a scalar of the wrong type) or the mapping is written `{ … }`, become
   * a `{ … }` mapping in its place.
   */
  private nestUnder(map: YAMLMap, pair: Pair, keys: readonly string[], entries: ReadonlyArray<readonly [string, YamlValue]>): TextEdit[] | undefined {
    const value = pair.value as Node | null;
    if (value !== null && !isScalar(value)) return undefined;
    const flow = `{ ${this.flowText(keys, entries)} }`;
    if (value !== null && !isBlank(value)) return [{ ...this.valueRange(value), text: flow }];
    const at = this.afterColon(pair);
    if (at === undefined) return undefined;
    if (map.flow) return [this.insert(at, ` ${flow}`)];
    const column = this.column(this.start(pair.key as Node)) + this.indentStep;
    return [this.insert(this.lineEnd(at), `${this.eol}${' '.repeat(column)}${this.blockText(keys, entries, column)}`)];
  }

  /** New pairs in a mapping, in its notation: a `{ … }` mapping or lines at its indentation. */
  private addPairs(map: YAMLMap, keys: readonly string[], entries: ReadonlyArray<readonly [string, YamlValue]>, placement: Placement): TextEdit[] | undefined {
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (map.flow) {
      const text = this.flowText(keys, entries);
      if (!last || placement === 'first') {
        const open = map.range ? this.yamlStart + map.range[0] : -1;
        if (this.text[open] !== '{') return undefined;
        if (!last) return [this.insert(open + 1, /[ \t]/.test(this.text[open + 1]) ? ` ${text}` : ` ${text} `)];
        return [this.insert(this.start(first.key as Node), `${text}, `)];
      }
      const end = this.pairEnd(last);
      if (end === undefined || !(last.key as Node | null)?.range) return undefined;
      // A mapping written a pair a line (JSON as formatters write it) gets its new pair on a line of its own too.
      const lastKey = this.start(last.key as Node);
      const indent = this.text.slice(lastKey - this.column(lastKey), lastKey);
      return [this.insert(end, /^[ \t]*$/.test(indent) ? `,${this.eol}${indent}${text}` : `, ${text}`)];
    }
    if (!first?.key || !(first.key as Node).range) return undefined;
    const firstKey = this.start(first.key as Node);
    const column = this.column(firstKey);
    // A key after `- ` starts a list item's mapping; anything else (`? key`) is YAML too rare to edit blind.
    if (!/^ *(?:- +)*$/.test(this.text.slice(firstKey - column, firstKey))) return undefined;
    const text = this.blockText(keys, entries, column);
    if (placement === 'first') return [this.insert(firstKey, `${text}${this.eol}${' '.repeat(column)}`)];
    const before = typeof placement === 'object' ? this.lineBefore(map, placement.before) : undefined;
    if (before !== undefined) return [this.insert(before, `${' '.repeat(column)}${text}${this.eol}`)];
    const end = this.pairEnd(last);
    // After the last pair's line, its comment included, so that a comment stays on the line it was written on.
    return end === undefined ? undefined : [this.insert(this.lineEnd(end), `${this.eol}${' '.repeat(column)}${text}`)];
  }

  /** The start of the line holding `key`, or of the comment lines just above it; undefined when the key is not on a line of its own. */
  private lineBefore(map: YAMLMap, key: string): number | undefined {
    const pair = pairOf(map, key);
    if (!pair || !(pair.key as Node | null)?.range) return undefined;
    const keyStart = this.start(pair.key as Node);
    let at = keyStart - this.column(keyStart);
    if (!/^ *$/.test(this.text.slice(at, keyStart))) return undefined;
    while (at > this.yamlStart) {
      const previous = this.lineStart(at - 1);
      if (previous < this.yamlStart || !/^[ \t]*#/.test(this.text.slice(previous, at))) break;
      at = previous;
    }
    return at;
  }

  /** `key: value` lines at `column`, under the `keys` that lead to them. */
  private blockText(keys: readonly string[], entries: ReadonlyArray<readonly [string, YamlValue]>, column: number): string {
    if (keys.length === 0) return entries.map(([key, value]) => `${key}: ${this.valueText(value, false)}`).join(`${this.eol}${' '.repeat(column)}`);
    const inner = column + this.indentStep;
    return `${keys[0]}:${this.eol}${' '.repeat(inner)}${this.blockText(keys.slice(1), entries, inner)}`;
  }

  /** `key: value, …` for a `{ … }` mapping, under the `keys` that lead to them. */
  private flowText(keys: readonly string[], entries: ReadonlyArray<readonly [string, YamlValue]>): string {
    const key = (name: string) => (this.notation === 'json' ? JSON.stringify(name) : name);
    if (keys.length === 0) return entries.map(([name, value]) => `${key(name)}: ${this.valueText(value, true)}`).join(', ');
    return `${key(keys[0])}: { ${this.flowText(keys.slice(1), entries)} }`;
  }

  /** A value as written where no quotes were before it: a text bare when YAML reads it back as it is, else as JSON writes it. */
  private valueText(value: YamlValue, inFlow: boolean): string {
    if (typeof value !== 'object') return String(value);
    return this.notation === 'yaml' && readsAsItself(value.text, inFlow) ? value.text : JSON.stringify(value.text);
  }

  /** Where a pair's value (or, when it has none, its key) ends: before any comment after it. */
  private pairEnd(pair: Pair): number | undefined {
    const ends = [pair.key, pair.value].flatMap((node) => ((node as Node | null)?.range ? [(node as Node).range![1]] : []));
    if (ends.length === 0) return undefined;
    let end = this.yamlStart + Math.max(...ends);
    // A block value's range takes in the line break after it.
    while (end > this.yamlStart && /[\r\n]/.test(this.text[end - 1])) end--;
    return end;
  }

  private valueRange(node: Node): { start: number; end: number } {
    const start = this.start(node);
    let trimmed = this.yamlStart + node.range![1];
    while (trimmed > start && /[\r\n]/.test(this.text[trimmed - 1])) trimmed--;
    return { start, end: trimmed };
  }

  private afterColon(pair: Pair): number | undefined {
    const key = pair.key as Node | null;
    if (!key?.range) return undefined;
    const colon = this.text.indexOf(':', this.yamlStart + key.range[1]);
    return colon === -1 ? undefined : colon + 1;
  }

  private start(node: Node): number {
    return this.yamlStart + node.range![0];
  }

  private lineStart(offset: number): number {
    return Math.max(this.text.lastIndexOf('\n', offset - 1), this.text.lastIndexOf('\r', offset - 1)) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private lineEnd(offset: number): number {
    LINE_BREAK.lastIndex = offset;
    return LINE_BREAK.exec(this.text)?.index ?? this.text.length;
  }

  private insert(at: number, text: string): TextEdit {
    return { start: at, end: at, text };
  }
}

const LINE_BREAK = /[\r\n]/g;

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
}

/** The path as keys, when it holds no list index: a list item cannot be made up. */
function keysOnly(path: ReadonlyArray<string | number>): string[] | undefined {
  return path.every((step): step is string => typeof step === 'string') ? [...path] : undefined;
}

/** A value with no text at all (`key:`), as opposed to one written `~` or `""`. */
function isBlank(node: Node): boolean {
  return isScalar(node) && node.value === null && (!node.range || node.range[1] === node.range[0]);
}

/**
 * Whether YAML reads `text`, written bare, as that same text: not as a number, a boolean,
 * null, a mapping (`a: b`), a comment (`#1`), an alias, a text cut short by a comment
 * (`x # y`) or, inside `{ … }`, by a comma or a bracket.
 */
function readsAsItself(text: string, inFlow: boolean): boolean {
  if (text !== text.trim() || /[\r\n]/.test(text) || (inFlow && /[,[\]{}]/.test(text))) return false;
  try {
    return parse(text, { logLevel: 'silent' }) === text;
  } catch {
    return false;
  }
}

function quoteOf(type: unknown): '"' | "'" | '' {
  return type === 'QUOTE_DOUBLE' ? '"' : type === 'QUOTE_SINGLE' ? "'" : '';
}

/** In the quotes the old value had; a line break, which single quotes would fold into a blank, takes double ones. */
function quoted(value: string, quote: '"' | "'"): string {
  return quote === "'" && !/[\r\n]/.test(value) ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value);
}

/** The smallest indentation of a line of the YAML: 2 or 4 in practice, 2 when nothing is indented. */
function indentStepOf(yaml: string): number {
  let step = Infinity;
  for (const match of yaml.matchAll(/^( +)[^ #\r\n]/gm)) step = Math.min(step, match[1].length);
  return step === Infinity ? 2 : step;
}
