// Files a note can be turned into by accident or on purpose: huge, binary, deeply nested,
// a YAML bomb, never closed, odd encodings, empty. Each is linted as a note (by the
// include globs, so every rule runs), fixed and recapped, and must get findings or
// nothing: no exception, no internal failure, no range outside the text, and no wait the
// editor would feel as frozen. Each input is built at its size and at a quarter of it, and
// the time must grow no faster than the input (support.ts: growsLinearly), whatever the
// load on the machine; a work that never ends is stopped by mocha's timeout.
import * as assert from 'node:assert/strict';
import { fixAll, lint } from '../../../src/core/lint/engine';
import { generateRecap } from '../../../src/core/recap';
import { LANGUAGE_PACKS } from '../../../src/core/lang/packs';
import { readStepNotation } from '../../../src/core/note/stepNotation';
import type { LintResult } from '../../../src/core/base/types';
import { AS_A_NOTE, assertSoundResult, FIXED_NOW, formatFindings, growsLinearly, scaled, type Scaled } from '../support';

const FRONTMATTER = ['---', 'type: client-conversation', 'client: Acme Ltd', 'date: 2026-11-20', 'scenario: other', 'topic: Launch moves', '---', ''].join('\n');

/**
 * Lints, fixes and recaps a text, and returns the lint result. A text built at a size and a
 * quarter of it must take time that grows no faster than it; a text of one size (an alias
 * bomb, an empty file) is run once.
 */
function survives(input: string | Scaled<string>): LintResult {
  const texts = typeof input === 'string' ? { quarter: input, whole: input } : input;
  const text = texts.whole;
  const result = growsLinearly('lint', texts, (note) => lint(note, AS_A_NOTE));
  assertSoundResult(text, result);
  growsLinearly('Fix All', texts, (note) => fixAll(note, AS_A_NOTE));
  const summary = growsLinearly('the recap', texts, (note) => generateRecap(note, 'markdown', { now: FIXED_NOW, isNote: true }));
  // generateRecap turns an exception into this problem: here it would be a bug.
  if (!summary.ok) assert.ok(!summary.problems.some((problem) => problem.startsWith('Client Notes could not build the recap')), summary.problems.join('\n'));
  return result;
}

const findings = (text: string, result: LintResult, ruleId: string) =>
  formatFindings(text, result.messages.filter((message) => message.ruleId === ruleId));

/** `size` bytes of every value, decoded as the editor decodes a file: invalid UTF-8 becomes U+FFFD. */
function binaryJunk(size: number): string {
  const bytes = new Uint8Array(size);
  let seed = 42;
  for (let index = 0; index < bytes.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[index] = seed >>> 24;
  }
  return new TextDecoder().decode(bytes);
}

describe('hostile inputs', function () {
  // A guard against work that never ends, not a bound on speed: each input is run seven times.
  this.timeout(5 * 60_000);

  it('a 5 MB note: its frontmatter is linted, and note-too-large says the body was not', () => {
    const texts = scaled((sections) => `${FRONTMATTER}# Launch moves\n\n${'## Facts\n\nYou failed to send {{the files}}.\n\n- Step (owner: me)\n\n'.repeat(sections)}`, 80000);
    assert.ok(texts.whole.length > 5_000_000);
    const result = survives(texts);
    assert.deepEqual(
      result.messages.map((message) => message.ruleId),
      ['note-too-large', 'follow-up-overdue'],
    );
  });

  it('1 MB of binary junk, alone and after a note frontmatter', () => {
    const junk = scaled(binaryJunk, 1024 * 1024);
    survives(junk);
    assert.deepEqual(lint(junk.whole, { now: FIXED_NOW }), { isNote: false, messages: [] }, 'junk is no note without the include globs');
    assert.ok(survives(scaled((size) => `${FRONTMATTER}${binaryJunk(size)}`, 1024 * 1024)).messages.some((message) => message.ruleId === 'note-too-large'));
    // Under the length limit, junk is parsed as Markdown.
    survives(scaled((length) => `${FRONTMATTER}${junk.whole.slice(0, length)}`, 30000));
  });

  it('NUL bytes in the frontmatter and in the body', () => {
    const texts = scaled((nuls) => `---\ntype: client-conversation\nclient: Ac\0me\n\0: \0\ntopic: "\0"\n---\n# \0\n\n## Facts\n\n${'\0'.repeat(nuls)}\n- \0 (owner: \0, due: 2026-11-2\0)\n`, 20000);
    const result = survives(texts);
    assert.ok(result.messages.length > 0);
  });

  it('thousands of nested block quotes: refused past 100 deep, parsed below', () => {
    const tooDeep = scaled((depth) => `${FRONTMATTER}${'>'.repeat(depth)} quoted\n`, 5000);
    assert.deepEqual(findings(tooDeep.whole, survives(tooDeep), 'note-too-large').map((line) => line.split(' ')[0]), ['8:1-8:5008']);
    // Four staircases from 1 to 100 deep (and one, the quarter) stay within the nesting budget and are parsed; thirty are not.
    const staircase = (lines: number) => `${FRONTMATTER}${Array.from({ length: lines }, (_, depth) => `${'> '.repeat((depth % 100) + 1)}line ${depth}`).join('\n')}\n`;
    assert.ok(!survives(scaled(staircase, 400)).messages.some((message) => message.ruleId === 'note-too-large'));
    assert.ok(survives(scaled(staircase, 3000)).messages.some((message) => message.ruleId === 'note-too-large'));
  });

  it('thousands of nested lists: on one line, and as a staircase of indented items', () => {
    const oneLine = scaled((depth) => `${FRONTMATTER}${'- '.repeat(depth)}item\n`, 5000);
    assert.ok(survives(oneLine).messages.some((message) => message.ruleId === 'note-too-large'));
    // The staircase's lines grow with their depth: it is sized by its characters, so that a quarter is a quarter of the text.
    const steps = Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n');
    const staircase = scaled((length) => `${FRONTMATTER}${steps.slice(0, length)}\n`, steps.length);
    assert.ok(survives(staircase).messages.some((message) => message.ruleId === 'note-too-large'));
    // A list nested 100 deep, as deep as the limit allows, four times over, and once: a
    // line's cost grows with the square of its depth, so whole lists make the quarter a quarter.
    const hundredDeep = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}\n`).join('');
    const deepest = scaled((lists) => `${FRONTMATTER}${`${hundredDeep}\n`.repeat(lists)}`, 4);
    assert.ok(!survives(deepest).messages.some((message) => message.ruleId === 'note-too-large'));
  });

  it('a single line of a megabyte, and one of 60 KB that is parsed', () => {
    survives(scaled((words) => `${FRONTMATTER}${'word '.repeat(words)}`, 210000));
    survives(scaled((length) => `${FRONTMATTER}${'a'.repeat(length)}`, 1024 * 1024));
    const parsed = survives(scaled((sentences) => `${FRONTMATTER}## Facts\n\n${'You failed, obviously. '.repeat(sentences)}`, 2600));
    assert.ok(parsed.messages.some((message) => message.ruleId === 'judgemental-facts'));
  });

  it('a step with a long run of blanks, read in every language: no look back over the run from each blank of it', () => {
    // Each reading is remembered by its text: a word of its own before each keeps every run a reading.
    let run = 0;
    for (const language of LANGUAGE_PACKS) {
      for (const step of [(blanks: string) => `x${blanks}x`, (blanks: string) => `ok${blanks}x`, (blanks: string) => `1.${blanks}x`, (blanks: string) => `toujours${blanks}the`]) {
        growsLinearly(`the step notation (${language.code})`, scaled((length) => step(' '.repeat(length)), 20000), (text) => readStepNotation(`w${(run += 1).toString(36)} ${text}`, language));
      }
    }
  });

  it('a step of thousands of clauses, each naming someone set off by a dash: each clause read once for its subject', () => {
    growsLinearly('the step notation', scaled((clauses) => `Send the files${', Ann – check the list'.repeat(clauses)}`, 4000), (text) => readStepNotation(text));
  });

  it('a YAML !!binary value: bytes, which the reading of the frontmatter leaves as they are', () => {
    survives('---\ntype: client-conversation\nclient: Acme\nlogo: !!binary aGVsbG8=\n: !!binary\n  client-conversation\n---\n# Note\n');
  });

  it('a YAML alias bomb ("billion laughs"): reported at its first alias, never expanded', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels.map((name, index) => `${name}: &${name} [${index === 0 ? 'lol, '.repeat(8) + 'lol' : Array(9).fill(`*${levels[index - 1]}`).join(', ')}]`);
    const text = `---\ntype: client-conversation\n${bomb.join('\n')}\n---\n# Bomb\n`;
    const result = survives(text);
    assert.deepEqual(findings(text, result, 'frontmatter-syntax'), [
      '4:8-4:10 error frontmatter-syntax The aliases (`*name`) in the frontmatter expand too far to be read: write the values out instead.',
    ]);
  });

  it('frontmatter that never closes, a megabyte long', () => {
    const texts = scaled((keys) => `---\ntype: client-conversation\n${'key: value\n'.repeat(keys)}`, 100000);
    assert.deepEqual(findings(texts.whole, survives(texts), 'frontmatter-syntax'), [
      '1:1-1:4 error frontmatter-syntax The frontmatter is never closed: add a line with `---` after it.',
    ]);
  });

  it('frontmatter of a megabyte that closes: reported, not read', () => {
    const texts = scaled((keys) => `---\ntype: client-conversation\n${'key: value\n'.repeat(keys)}---\n# Note\n`, 100000);
    assert.match(findings(texts.whole, survives(texts), 'frontmatter-syntax')[0], /^1:1-1:4 error frontmatter-syntax The frontmatter is 1075 KB; Client Notes reads frontmatter up to 16 KB/);
  });

  it('CRLF line endings with a BOM and tabs: findings where they are, fixes in CRLF', () => {
    const text = '\uFEFF---\r\ntype: client-conversation\r\nclient:\tAcme\r\nnext_steps:\r\n\t- what: Send it\r\n---\r\n\t# Title\r\n\r\n## Facts\r\n\r\n\tIndented\tfacts.\r\n';
    const result = survives(text);
    assert.deepEqual(findings(text, result, 'frontmatter-syntax'), [
      '5:1-5:17 error frontmatter-syntax Tabs are not allowed as indentation in YAML: indent with spaces.',
    ]);
    const fixable = '\uFEFF---\r\ntype: client-conversation\r\nclient:\tAcme\r\ndate: 2026-11-20\r\nscenario: other\r\ntopic: Launch\r\n---\r\n\t# Title\r\n';
    const { text: fixed, fixed: count } = fixAll(fixable, { now: FIXED_NOW });
    assert.ok(count > 0 && fixed.startsWith('\uFEFF---\r\n'));
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  });

  for (const [name, text] of [
    ['an empty file', ''],
    ['only a BOM', '\uFEFF'],
    ['only "---"', '---'],
    ['"---" and a line break', '---\n'],
    ['an empty frontmatter and nothing else', '---\n---\n'],
    ['only line breaks of every kind', '\r\n\n\r\r\n'],
  ] as const) {
    it(`${name}: no note without the include globs, and a note with no frontmatter (or a broken one) with them`, () => {
      assert.deepEqual(lint(text, { now: FIXED_NOW }), { isNote: false, messages: [] });
      const result = survives(text);
      assert.ok(result.isNote);
      assert.ok(result.messages.some((message) => message.ruleId.startsWith('frontmatter-')), formatFindings(text, result.messages).join('\n'));
    });
  }
});
