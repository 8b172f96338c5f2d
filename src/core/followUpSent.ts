import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { NOTE_TYPE, readFrontmatter, type Frontmatter } from './frontmatter';
import { BOM, detectEol, isRealDate } from './text';
import type { TextEdit } from './types';

export type MarkSentResult =
  | {
      ok: true;
      /** Empty when `follow_up.sent` already holds `today`. */
      edits: TextEdit[];
      /** What `sent` held before, when it held something. */
      previous: string | undefined;
    }
  | { ok: false; problem: string };

/**
 * The edits that set `follow_up.sent` to `today` (YYYY-MM-DD) in a note's frontmatter,
 * touching nothing else: comments, key order, quoting and line endings stay as written.
 * Adds the `sent` key, or a whole `follow_up` block, when missing.
 */
export function markFollowUpSentEdits(text: string, today: string): MarkSentResult {
  if (!isRealDate(today)) return { ok: false, problem: `"${today}" is not a date written YYYY-MM-DD.` };
  const shift = text.startsWith(BOM) ? 1 : 0;
  const source = shift ? text.slice(1) : text;
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) {
    return { ok: false, problem: `The note has no frontmatter: a client note starts with a \`---\` block holding \`type: ${NOTE_TYPE}\`.` };
  }
  if (frontmatter.problems.length > 0 || !frontmatter.document) {
    return { ok: false, problem: 'The frontmatter has errors (see the Problems panel): fix them before marking the follow-up as sent.' };
  }
  const result = editsFor(new YamlText(source, frontmatter), today);
  if (!result.ok || shift === 0) return result;
  return { ...result, edits: result.edits.map((edit) => ({ ...edit, start: edit.start + shift, end: edit.end + shift })) };
}

function editsFor(yaml: YamlText, today: string): MarkSentResult {
  const root = yaml.frontmatter.document!.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return added([{ start: yaml.frontmatter.contentStart, end: yaml.frontmatter.contentStart, text: `follow_up:${yaml.eol}  sent: ${today}${yaml.eol}` }]);
  }
  if (!isMap(root)) return { ok: false, problem: 'The frontmatter is not a set of `key: value` lines.' };

  const followUp = pairOf(root, 'follow_up');
  if (!followUp) return added([yaml.newTopLevelBlock(root, `follow_up:${yaml.eol}  sent: ${today}`, `follow_up: { sent: ${today} }`)]);

  const value = followUp.value as Node | null;
  if (isMap(value)) {
    const sent = pairOf(value, 'sent');
    if (!sent) return added([yaml.newPair(value, `sent: ${today}`)].filter((edit): edit is TextEdit => edit !== undefined));
    const current = sent.value as Node | null;
    if (isScalar(current) && current.range && current.range[1] > current.range[0]) {
      const previous = current.value === null ? undefined : String(current.value);
      if (previous === today) return { ok: true, edits: [], previous };
      const quote = current.type === 'QUOTE_DOUBLE' ? '"' : current.type === 'QUOTE_SINGLE' ? "'" : '';
      return { ok: true, edits: [{ ...yaml.range(current), text: `${quote}${today}${quote}` }], previous };
    }
    if (current === null || (isScalar(current) && current.value === null)) return added([yaml.afterColon(sent.key as Node, ` ${today}`)]);
    return { ok: false, problem: '`follow_up.sent` holds a list or a set of keys; it should be `false` or a date. Correct it, then try again.' };
  }
  if (value === null || (isScalar(value) && (value.value === null || !value.range || value.range[1] === value.range[0]))) {
    if (isScalar(value) && value.range && value.range[1] > value.range[0]) {
      // `follow_up: ~` or `follow_up: null`.
      return added([{ ...yaml.range(value), text: `{ sent: ${today} }` }]);
    }
    return added([yaml.blockUnder(followUp, `sent: ${today}`)]);
  }
  if (isScalar(value)) return added([{ ...yaml.range(value), text: `{ sent: ${today} }` }]);
  if (isSeq(value)) return { ok: false, problem: '`follow_up` is a list; it should hold `due` and `sent`. Correct it, then try again.' };
  return { ok: false, problem: '`follow_up` could not be edited: it should hold `due` and `sent`.' };
}

function added(edits: TextEdit[]): MarkSentResult {
  if (edits.length === 0) return { ok: false, problem: 'Client Notes could not find where to write `follow_up.sent` in this frontmatter.' };
  return { ok: true, edits, previous: undefined };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
}

/** Offsets and layout of the YAML, for edits that fit in as if typed by hand. */
class YamlText {
  readonly eol: string;

  constructor(
    readonly text: string,
    readonly frontmatter: Frontmatter,
  ) {
    this.eol = detectEol(text);
  }

  range(node: Node): { start: number; end: number } {
    return { start: this.frontmatter.contentStart + node.range![0], end: this.frontmatter.contentStart + node.range![1] };
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  private lineEnd(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    const end = newline === -1 ? this.text.length : newline;
    return end > 0 && this.text[end - 1] === '\r' ? end - 1 : end;
  }

  /** Just after the `:` that follows a key. */
  afterColon(key: Node, insert: string): TextEdit {
    const keyEnd = this.range(key).end;
    const colon = this.text.indexOf(':', keyEnd);
    const at = colon === -1 ? keyEnd : colon + 1;
    return { start: at, end: at, text: insert };
  }

  /** A `key: value` line in a mapping, after its last pair, at its indentation. */
  newPair(map: YAMLMap, pair: string): TextEdit | undefined {
    if (map.flow) {
      const close = map.range ? this.frontmatter.contentStart + map.range[1] - 1 : -1;
      if (this.text[close] !== '}') return undefined;
      const empty = map.items.length === 0;
      let at = close;
      while (at > 0 && /[ \t]/.test(this.text[at - 1])) at--;
      return { start: at, end: at, text: empty ? ` ${pair} ` : `, ${pair}` };
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last || !(first.key as Node | null)?.range) return undefined;
    const indent = this.column(this.range(first.key as Node).start);
    const lastNode = (last.value ?? last.key) as Node | null;
    if (!lastNode?.range) return undefined;
    // After the last value's line, comment included, so that a trailing comment stays with its line.
    let end = this.range(lastNode).end;
    while (end > 0 && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    const at = this.lineEnd(end);
    return { start: at, end: at, text: `${this.eol}${' '.repeat(indent)}${pair}` };
  }

  /** `key:` with nothing after it: a nested block on the next line. */
  blockUnder(pair: Pair, line: string): TextEdit {
    const key = this.range(pair.key as Node);
    const at = this.lineEnd(key.end);
    return { start: at, end: at, text: `${this.eol}${' '.repeat(this.column(key.start) + 2)}${line}` };
  }

  /**
   * A new top-level key: before `private` (with the comment lines just above it), as the
   * template orders them, or else at the end of the frontmatter.
   */
  newTopLevelBlock(root: YAMLMap, block: string, flow: string): TextEdit {
    if (root.flow) {
      const edit = this.newPair(root, flow);
      if (edit) return edit;
    }
    const privatePair = pairOf(root, 'private');
    if (privatePair && (privatePair.key as Node | null)?.range) {
      let at = this.range(privatePair.key as Node).start;
      at -= this.column(at);
      for (;;) {
        const previousStart = this.text.lastIndexOf('\n', at - 2) + 1;
        if (at === 0 || previousStart < this.frontmatter.contentStart) break;
        if (!/^[ \t]*#/.test(this.text.slice(previousStart, at))) break;
        at = previousStart;
      }
      return { start: at, end: at, text: `${block}${this.eol}` };
    }
    const end = this.frontmatter.contentEnd;
    const needsBreak = end > this.frontmatter.contentStart && this.text[end - 1] !== '\n';
    return { start: end, end, text: `${needsBreak ? this.eol : ''}${block}${this.eol}` };
  }
}
