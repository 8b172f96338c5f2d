// Every regular expression written in src/core, found by parsing the source with the
// TypeScript compiler (so that a new one is checked without being listed here), is run
// over long adversarial strings built from its own characters and words: runs of one
// character or word, with and without a character that fits nothing at the end, a word
// followed by a long run of blanks, a word then a run of another. A backtracking pattern turns 20,000 characters
// into hundreds of millions of steps, far past the bound; a linear one takes a
// millisecond. The patterns the core builds at run time (phrasePattern) are checked too.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { phrasePattern } from '../../src/core/note/clientProse';

const coreFolder = resolve(__dirname, '../../../src/core');
const LENGTH = 20000;
// A linear pattern takes about a millisecond on these strings; a quadratic one, seconds.
const BOUND_MS = 250;

interface FoundPattern {
  where: string;
  pattern: RegExp;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the core, with the file and line it is written on. */
function corePatterns(): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const path of sourceFiles(coreFolder)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file);
        const lastSlash = literal.lastIndexOf('/');
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push({ where: `${relative(coreFolder, path)}:${line} ${literal}`, pattern: new RegExp(literal.slice(1, lastSlash), literal.slice(lastSlash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** Strings a pattern is likely to backtrack on, from the characters and words of its own source. */
function adversarialStrings(pattern: RegExp): string[] {
  // Escapes (`\s`, `\p{L}`) are classes, not characters of the text: a blank stands for them.
  const source = pattern.source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ');
  const characters = new Set([...source].filter((character) => character.trim() !== '' || character === ' '));
  for (const character of [' ', '\t', '\n', '\r', 'a', '1', 'é', '-', ':']) characters.add(character);
  // A word of the source with what follows it (`owner:`, `due:`), which is how a pattern anchors on it.
  const words = new Set([...source.matchAll(/[a-z]{2,}[^a-z\\()[\]|?*+{} ]?/gi)].map((match) => match[0]));
  const tokens = [...characters, ...words];
  const strings: string[] = [];
  const blanks = ' '.repeat(LENGTH);
  for (const token of tokens) {
    const run = token.repeat(Math.ceil(LENGTH / token.length));
    strings.push(run, `${run}\u0007`, `${token}${blanks}\u0007`, `${token}a${blanks}\u0007`);
  }
  // What a pattern anchors on, then a long run of anything it knows.
  const openers = [...words, ...[...characters].filter((character) => '([{<"\'`'.includes(character))];
  for (const opener of openers) {
    for (const token of tokens) strings.push(`${opener}${token.repeat(Math.ceil(LENGTH / token.length))}`);
  }
  return strings;
}

/** Runs a pattern over the whole string, every match and every failed start included. */
function scan(pattern: RegExp, text: string): void {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) void match;
}

/** The first string a pattern takes too long on, described; undefined when it is quick on all. */
function slowOn({ where, pattern }: FoundPattern): string | undefined {
  for (const text of adversarialStrings(pattern)) {
    const start = performance.now();
    scan(pattern, text);
    const elapsed = performance.now() - start;
    if (elapsed >= BOUND_MS) return `${where} took ${elapsed.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 24))}… (${text.length} characters)`;
  }
  return undefined;
}

describe('regular expressions of the core', function () {
  this.timeout(60000);
  const patterns = corePatterns();

  it('finds the regular expressions written in src/core', () => {
    assert.ok(patterns.length > 30, `only ${patterns.length} found`);
    assert.ok(patterns.some(({ where }) => where.startsWith('note/nextSteps.ts')));
  });

  it('runs each in linear time on strings built to make it backtrack', () => {
    assert.deepEqual(patterns.flatMap((found) => slowOn(found) ?? []), []);
  });

  it('builds phrase patterns that run in linear time', () => {
    const pattern = phrasePattern(['you failed', "you didn't", 'because of you', 'you should have', 'obviously', 'lazy']);
    assert.ok(pattern);
    assert.equal(slowOn({ where: 'phrasePattern', pattern }), undefined);
  });
});
