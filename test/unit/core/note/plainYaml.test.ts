// The fast reader of plain frontmatter must give what yaml's parseDocument gives, to every
// reader of the document (the digest, the recap's fields, the quick fixes' YamlEditor, which
// must compute the same edits from it), or give up: on every note of the repository, the benchmark's, and generated YAML.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { BOM } from '../../../../src/core/base/lines';
import { YamlEditor, type Placement, type YamlValue } from '../../../../src/core/edit/yamlEdit';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { FRONTMATTER_YAML_OPTIONS, plainYamlData, plainYamlDocument } from '../../../../src/core/note/plainYaml';

const root = resolve(__dirname, '../../../../..');

/** Every node `visit` reaches, in its order, with the pairs. */
function nodesOf(document: Document): unknown[] {
  const nodes: unknown[] = [];
  visit(document, (_key, node) => {
    nodes.push(node);
  });
  return nodes;
}

const kind = (node: unknown) => ({ map: isMap(node), seq: isSeq(node), scalar: isScalar(node), pair: isPair(node), alias: isAlias(node) });

/**
 * Fails unless `fast` reads as `parsed` does: the data, the errors, the document's range
 * and comments, its text, and, node for node, the kind, class and every own property
 * (range, value, type, source, format, flow, comments, spaceBefore…), children by count.
 */
function assertSameDocument(fast: Document, parsed: Document, source: string): void {
  const where = `in ${JSON.stringify(source)}`;
  assert.deepEqual(parsed.errors, [], where);
  assert.deepEqual(parsed.warnings, [], where);
  assert.deepEqual(fast.errors, [], where);
  assert.deepEqual(fast.warnings, [], where);
  assert.deepEqual(fast.toJS(), parsed.toJS(), where);
  // Strictly: the same prototypes and property order as toJS, which the readers of `data` see.
  assert.deepStrictEqual(plainYamlData(fast), parsed.toJS({ maxAliasCount: 100 }), where);
  assert.deepEqual(Object.keys(plainYamlData(fast)), Object.keys(parsed.toJS()), where);
  assert.deepEqual(fast.range, parsed.range, where);
  assert.equal(fast.commentBefore, parsed.commentBefore, where);
  assert.equal(fast.comment, parsed.comment, where);
  assert.deepEqual(fast.directives, parsed.directives, where);
  // `_directives` only carries the stream's directives into the constructor.
  assert.deepEqual({ ...fast.options, _directives: undefined }, { ...parsed.options, _directives: undefined }, where);
  assert.equal(String(fast), String(parsed), where);
  assert.deepEqual(kind(fast.contents), kind(parsed.contents), where);
  const fastNodes = nodesOf(fast);
  const parsedNodes = nodesOf(parsed);
  assert.equal(fastNodes.length, parsedNodes.length, where);
  fastNodes.forEach((node, index) => {
    const expected = parsedNodes[index] as Record<string, unknown>;
    const actual = node as Record<string, unknown>;
    const at = `node ${index} ${where}`;
    assert.deepEqual(kind(actual), kind(expected), at);
    assert.equal(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected), at);
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), at);
    for (const property of Object.keys(expected)) {
      if (property === 'items') assert.equal((actual.items as unknown[]).length, (expected.items as unknown[]).length, at);
      else if (property === 'key' || property === 'value') {
        if (isPair(expected)) assert.equal(actual[property] === null, expected[property] === null, at);
        else assert.deepEqual(actual[property], expected[property], `${property} of ${at}`);
      } else assert.deepEqual(actual[property], expected[property], `${property} of ${at}`);
    }
  });
}

/** Edits the quick fixes and Mark done make, which YamlEditor computes from the document's nodes. */
const EDITS: Array<[Array<string | number>, Array<[string, YamlValue]>, Placement]> = [
  [['follow_up'], [['sent', '2026-11-23']], { before: 'private' }],
  [['next_steps', 0], [['done', true], ['owner', 'me']], 'last'],
  [[], [['topic', 'Scope'], ['type', 'client-conversation']], 'first'],
];

/** Compares when the fast path reads `source`; tells whether it did. */
function checkedFastPath(source: string): boolean {
  const fast = plainYamlDocument(source);
  if (!fast) return false;
  const parsed = parseDocument(source, FRONTMATTER_YAML_OPTIONS);
  assertSameDocument(fast, parsed, source);
  for (const [path, entries, placement] of EDITS) {
    assert.deepEqual(new YamlEditor(source, 0, fast).setKeys(path, entries, placement), new YamlEditor(source, 0, parsed).setKeys(path, entries, placement), `edits of ${JSON.stringify(source)}`);
  }
  return true;
}

/** The YAML between a note's fences, as readFrontmatter parses it. */
function frontmatterSource(text: string): string | undefined {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const frontmatter = readFrontmatter(source);
  return frontmatter?.closed ? source.slice(frontmatter.contentStart, frontmatter.contentEnd) : undefined;
}

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('plain frontmatter read without yaml', () => {
  it('reads the frontmatter of the benchmark notes, as yaml does', async () => {
    const corpus = (await import(pathToFileURL(join(root, 'bench', 'corpus.mjs')).href)) as { typicalNote(index: number): string };
    let taken = 0;
    const count = 300;
    for (let index = 0; index < count; index++) {
      if (checkedFastPath(frontmatterSource(corpus.typicalNote(index))!)) taken++;
    }
    assert.ok(taken > count * 0.9, `the fast path read ${taken} of ${count} benchmark notes`);
  });

  it('reads the notes of the repository as yaml does, or leaves them to yaml', () => {
    const folders = ['test/realism/notes', 'test/fixtures', 'test/cli-fixtures', 'templates', 'examples'];
    let notes = 0;
    let taken = 0;
    for (const file of folders.flatMap((folder) => markdownUnder(join(root, folder)))) {
      const source = frontmatterSource(readFileSync(file, 'utf8'));
      if (source === undefined) continue;
      notes++;
      if (checkedFastPath(source)) taken++;
    }
    // Many fixtures are broken on purpose, and the templates hold comments and `{{…}}`.
    assert.ok(notes > 150 && taken > notes / 2, `the fast path read ${taken} of ${notes} notes`);
  });

  it('leaves a `__proto__` key to yaml, which defines it as data instead of setting the prototype', () => {
    for (const source of ['__proto__: x\n', 'client: Acme\nfollow_up:\n  __proto__: true\n']) {
      assert.equal(plainYamlDocument(source), undefined, source);
      const data = readFrontmatter(`---\n${source}---\n`)?.data;
      assert.deepStrictEqual(data, parseDocument(source, FRONTMATTER_YAML_OPTIONS).toJS(), source);
    }
  });

  it('reads generated YAML as yaml does, or leaves it to yaml', () => {
    // Mostly what notes hold; now and then a piece outside the subset, or on its edge.
    const often = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: rare, weight: 1 });
    const word = often(
      fc.constantFrom('Pied', 'Piper', 'me', '2026-03-11', '2026-3-1', '12', '-3', '1.50', '1e3', '0x1f', '0o17', '.inf', '.NaN', 'true', 'False', 'NULL', 'null', '~'),
      fc.constantFrom(...["client's", 'a#b', 'a:b', '15%', 'x,y', '<priya@example.com>', 'é', '😀', '...', '---', '"quoted"', "'single'", '#', ':', 'b:', '-', '- x', '?'], ...['&anchor', '*alias', '!tag', '|', '>', '%', '@', '`x`', '[', ']', '{', '}', ',', '\t', '\r', '']),
    );
    const text = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), often(fc.constantFrom(' ', ' ', '  ', ''), fc.constantFrom(', ', ': ', ' #', ',')))
      .map(([words, glue]) => words.join(glue));
    const key = often(fc.constantFrom('type', 'client', 'due', 'what', 'owner', 'sent', 'a', 'x-y', '_k'), fc.constantFrom('true', 'null', '12', 'two words', 'é', '? a', '- a', ''));
    const space = often(fc.constant(''), fc.constantFrom(' ', '   '));
    const indent = fc.constantFrom(0, 1, 2, 2, 2, 4);
    const odd = often(fc.constant(0), fc.constantFrom(1, -1));
    const flat = fc.array(fc.tuple(key, fc.option(text, { nil: undefined }), odd, space), { minLength: 1, maxLength: 3 });
    const value = fc.oneof(
      fc.record({ scalar: text }),
      fc.record({
        scalar: fc.constantFrom(...['"Scope change: phase 2"', "'Client''s view'", '"say \\"hi\\""', '""', "''", '"a # b"', "'x' y", '"tab\\there"', '"2026-03-11"', "'true'", '"12"', '"a" #c', "'it's'", '"é 😀"', '"[x]"', '"open', 'email   # in-person | chat  ', 'false   # Mark Follow-up as Sent puts the day here', 'x # a # b', 'x #', 'x #c', '"x" # c', '[a, b] # c']),
      }),
      fc.record({ empty: space }),
      fc.record({ flow: fc.array(text, { maxLength: 3 }), glue: fc.constantFrom(', ', ',', ' , ', ',  '), pad: fc.constantFrom('', '', ' ') }),
      fc.record({ list: fc.array(fc.tuple(fc.oneof(text, flat), odd, space), { minLength: 1, maxLength: 3 }), indent, gap: fc.constantFrom(' ', ' ', '   ') }),
      fc.record({ map: flat, indent }),
    );
    const between = often(fc.constant(''), fc.constantFrom('\n', '# note\n', '  # note\n', '   \n'));
    const entries = fc.array(fc.tuple(key, value, odd, space, between), { minLength: 1, maxLength: 5 });
    const line = (column: number, content: string, trailing: string) => `${' '.repeat(Math.max(0, column))}${content}${trailing}\n`;
    const flatLines = (pairs: Array<[string, string | undefined, number, string]>, column: number, first: string) =>
      pairs.map(([name, scalar, shift, trailing], index) => (index === 0 ? first : ' '.repeat(Math.max(0, column + shift))) + `${name}:${scalar === undefined ? '' : ` ${scalar}`}${trailing}\n`).join('');
    const yaml = fc.tuple(entries, fc.boolean()).map(([list, finalBreak]) => {
      const lines = list.map(([name, written, shift, trailing, before]) => {
        const head = `${before}${' '.repeat(Math.max(0, shift))}${name}:`;
        if ('scalar' in written) return line(0, `${head} ${written.scalar}`, trailing);
        if ('empty' in written) return line(0, head, written.empty);
        if ('flow' in written) return line(0, `${head} [${written.pad}${written.flow.join(written.glue)}${written.pad}]`, trailing);
        if ('map' in written) return line(0, head, trailing) + flatLines(written.map, written.indent, ' '.repeat(written.indent));
        return (
          line(0, head, trailing) +
          written.list
            .map(([item, itemShift, itemTrailing]) => {
              const dash = `${' '.repeat(Math.max(0, written.indent + itemShift))}-${written.gap}`;
              return typeof item === 'string' ? `${dash}${item}${itemTrailing}\n` : flatLines(item, dash.length, dash);
            })
            .join('')
        );
      });
      const joined = lines.join('');
      return finalBreak ? joined : joined.slice(0, -1);
    });
    let runs = 0;
    let taken = 0;
    fc.assert(
      fc.property(yaml, (source) => {
        runs++;
        if (checkedFastPath(source)) taken++;
      }),
      { numRuns: 1500 },
    );
    // Most generated YAML holds something outside the subset; enough of it must not.
    assert.ok(taken > runs / 10, `the fast path read ${taken} of ${runs} generated frontmatters`);
  });
});
