// The frontmatter as the client may read it (the recap's and the digest's reading): its
// allow-listed values read from the YAML itself, so that nothing private slips through
// an alias.
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { oneLine } from '../base/text';
import { messageCatalog, type Say } from '../lang/messages';
import { withoutComments } from './privacy';
import { statusSaysDone } from './stepNotation';
import { fieldOwner } from './owners';

const STEP_FIELDS = new Set(['what', 'owner', 'due', 'done', 'status']);

type Lines = 'joined' | 'kept';

/**
 * Reads allow-listed values from the YAML itself rather than from its plain data, so that a
 * YAML alias pointing into `private` is seen for what it is and left out.
 */
export class FrontmatterFields {
  /** What was left out for being private, worded by `say` (the reader's language). */
  readonly warnings: string[] = [];
  private readonly privateNodes = new Set<unknown>();

  constructor(
    private readonly document: Document,
    private readonly root: YAMLMap,
    private readonly say: Say = messageCatalog().say,
  ) {
    const privatePair = this.pair(root, 'private');
    if (privatePair) {
      visit(privatePair.value as Node, (_key, node) => {
        this.privateNodes.add(node);
      });
      this.privateNodes.add(privatePair.value);
    }
  }

  /**
   * A value on one line, its line breaks read as spaces (a block scalar, a wrapped item);
   * with `lines: 'kept'` as written, for a value that may not hold one (an address).
   */
  scalar(key: string, lines: Lines = 'joined'): string | undefined {
    return this.text(this.value(this.root, key), key, lines);
  }

  list(key: string, lines: Lines = 'joined'): string[] {
    const node = this.value(this.root, key);
    if (isSeq(node)) return node.items.flatMap((item) => this.text(this.resolve(item as Node, key), key, lines) ?? []);
    const single = this.text(node, key, lines);
    return single ? [single] : [];
  }

  steps(): Array<{ what: string; owner: string | undefined; due: string | undefined; done: boolean }> {
    const node = this.value(this.root, 'next_steps');
    if (!isSeq(node)) return [];
    return node.items.flatMap((item) => {
      const map = this.resolve(item as Node, 'next_steps');
      if (!isMap(map)) return [];
      const field = (key: string) => (STEP_FIELDS.has(key) ? this.text(this.value(map, key), 'next_steps') : undefined);
      const what = field('what');
      if (!what) return [];
      const done = field('done');
      const status = field('status');
      return [{ what, owner: fieldOwner(this.ownerValue(map)), due: field('due'), done: (done !== undefined && done !== 'false') || (status !== undefined && statusSaysDone(status)) }];
    });
  }

  /** A step's owner as YAML reads it, for `fieldOwner`: its text, or a page link left unquoted, which YAML reads as a list in a list. */
  private ownerValue(step: YAMLMap): string | string[][] | undefined {
    const node = this.value(step, 'owner');
    const inner = isSeq(node) && node.items.length === 1 ? node.items[0] : undefined;
    if (isSeq(inner) && inner.items.length === 1) {
      const name = this.text(this.resolve(inner.items[0] as Node, 'next_steps'), 'next_steps');
      return name === undefined ? undefined : [[name]];
    }
    return this.text(node, 'next_steps');
  }

  private pair(map: YAMLMap, key: string): Pair | undefined {
    return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
  }

  private value(map: YAMLMap, key: string): Node | undefined {
    return this.resolve(this.pair(map, key)?.value as Node | undefined, key);
  }

  private resolve(node: Node | null | undefined, key: string): Node | undefined {
    if (!node) return undefined;
    if (!isAlias(node)) return node;
    const target = node.resolve(this.document) as Node | undefined;
    if (target && this.privateNodes.has(target)) {
      this.warnings.push(this.say('recap.privateReference', { key }));
      return undefined;
    }
    return target;
  }

  private text(node: Node | undefined, key: string, lines: Lines = 'joined'): string | undefined {
    if (node && this.privateNodes.has(node)) {
      this.warnings.push(this.say('recap.privateValue', { key }));
      return undefined;
    }
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    const visible = withoutComments(String(node.value));
    const value = lines === 'joined' ? oneLine(visible) : visible.trim();
    return value.length > 0 ? value : undefined;
  }
}
