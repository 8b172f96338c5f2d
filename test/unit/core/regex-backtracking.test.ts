// Every regular expression written in src/core, found by parsing the source with the
// TypeScript compiler (so that a new one is checked without being listed here), is run
// over long adversarial strings built from its own characters and words: runs of one
// character or word, with and without a character that fits nothing at the end, a word
// followed by a long run of blanks, a word then a run of another. What is checked is how
// the time grows, not the time itself, so that a loaded machine passes: a linear pattern
// takes four times as long on a string four times as long, a backtracking one sixteen
// times or more. The patterns the core builds at run time (phrasePattern) are checked too.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { phrasePattern } from '../../../src/core/note/clientProse';
import { GROWTH_LIMIT, growthOf, mayBeWorthTiming } from '../support';

const coreFolder = resolve(__dirname, '../../../../src/core');
// A linear pattern scans a string this long in about a millisecond, too short to time
// (support.ts: WORTH_TIMING_MS), a quadratic one in hundreds; a scan of a quarter of it
// tells the two apart (support.ts: mayBeWorthTiming), so only the second is timed.
const LENGTH = 20000;

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
function adversarialStrings(pattern: RegExp, length = LENGTH): string[] {
  // Escapes (`\s`, `\p{L}`) are classes, not characters of the text: a blank stands for them.
  const source = pattern.source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ');
  const characters = new Set([...source].filter((character) => character.trim() !== '' || character === ' '));
  for (const character of [' ', '\t', '\n', '\r', 'a', '1', 'é', '-', ':']) characters.add(character);
  // A word of the source with what follows it (`owner:`, `due:`), which is how a pattern anchors on it.
  const words = new Set([...source.matchAll(/[a-z]{2,}[^a-z\\()[\]|?*+{} ]?/gi)].map((match) => match[0]));
  const tokens = [...characters, ...words];
  const strings: string[] = [];
  const blanks = ' '.repeat(length);
  for (const token of tokens) {
    const run = token.repeat(Math.ceil(length / token.length));
    strings.push(run, `${run}\u0007`, `${token}${blanks}\u0007`, `${token}a${blanks}\u0007`);
  }
  // What a pattern anchors on, then a long run of anything it knows.
  const openers = [...words, ...[...characters].filter((character) => '([{<"\'`'.includes(character))];
  for (const opener of openers) {
    for (const token of tokens) strings.push(`${opener}${token.repeat(Math.ceil(length / token.length))}`);
  }
  return strings;
}

/** Runs a pattern over the whole string, every match and every failed start included. */
function scan(pattern: RegExp, text: string): void {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) void match;
}

/** The first string on which a pattern's time grows faster than the string, described; undefined when none does. */
function slowOn({ where, pattern }: FoundPattern): string | undefined {
  const quarters = adversarialStrings(pattern, LENGTH / 4);
  // Built when a quarter may be worth timing, as few are: thousands of long strings made for nothing keep the collector busy.
  let texts: string[] | undefined;
  for (const [index, quarter] of quarters.entries()) {
    // Tens of thousands of strings, nearly all scanned in linear time: a scan of the quarter tells those apart.
    if (!mayBeWorthTiming(() => scan(pattern, quarter))) continue;
    texts ??= adversarialStrings(pattern);
    const { growth } = growthOf({ quarter, whole: texts[index] }, (input) => scan(pattern, input));
    if (growth !== undefined && growth >= GROWTH_LIMIT) return `${where} took ${growth.toFixed(1)} times as long on ${JSON.stringify(texts[index].slice(0, 24))}… (${texts[index].length} characters) as on a quarter of it`;
  }
  return undefined;
}

describe('regular expressions of the core', function () {
  // Hundreds of patterns over long strings: minutes on a loaded machine. What fails a pattern is how its time grows, never the total.
  this.timeout(300000);
  const patterns = corePatterns();

  it('finds the regular expressions written in src/core', () => {
    assert.ok(patterns.length > 30, `only ${patterns.length} found`);
    assert.ok(patterns.some(({ where }) => where.startsWith('note/nextSteps.ts')));
  });

  it('runs each in time that grows as the string does, on strings built to make it backtrack', () => {
    assert.deepEqual(patterns.flatMap((found) => slowOn(found) ?? []), []);
  });

  it('builds phrase patterns that run in linear time', () => {
    const pattern = phrasePattern(['you failed', "you didn't", 'because of you', 'you should have', 'obviously', 'lazy']);
    assert.ok(pattern);
    assert.equal(slowOn({ where: 'phrasePattern', pattern }), undefined);
  });
});
