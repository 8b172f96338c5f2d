// The parse limits (src/core/note/parseLimits.ts) keep every lint within seconds whatever the
// note holds. The slowest Markdown known is linted right under each limit and at a quarter
// of it, and its time must grow no faster than the input (support.ts: growsLinearly), so
// a parser that turns quadratic again (scripts/micromark-patch.mjs) fails on any machine;
// and input past a limit gets its frontmatter linted and a note-too-large finding.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../../../src/core/lint/engine';
import { MAX_CODE_SPAN_WORK, MAX_MARKER_WORK, MAX_NESTING_DEPTH, MAX_NESTING_WORK, MAX_PARSED_LINES, MAX_PARSED_NOTE_LENGTH, MAX_PARSED_NOTE_SIZE, limitPassed, reasonNotToParse } from '../../../../src/core/note/parseLimits';
import { generateRecap } from '../../../../src/core/recap';
import type { LintResult } from '../../../../src/core/base/types';
import { assertSoundResult, FIXED_NOW, formatFindings, growsLinearly, scaled, type Scaled } from '../../support';

const FRONTMATTER = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'contact: Jane Doe <jane@acme.example>',
  'date: 2026-11-20',
  'scenario: mised-deadline',
  'topic: Launch moves',
  'agreements:',
  '  - The launch moves to 5 December.',
  'follow_up:',
  '  sent: 2026-11-20',
  '---',
  '',
].join('\n');

/** The frontmatter, then `unit` repeated up to the length or the line limit, whichever comes first (never past it), and a quarter as many times. */
function notesFilledWith(unit: string): Scaled<string> {
  const linesLeft = MAX_PARSED_LINES - FRONTMATTER.split('\n').length;
  const lengthLeft = MAX_PARSED_NOTE_LENGTH - FRONTMATTER.length;
  return scaled((units) => FRONTMATTER + unit.repeat(units), Math.min(Math.floor(lengthLeft / unit.length), Math.floor(linesLeft / unit.split('\n').length)));
}

/** Lints both notes in time that grows no faster than they do, and gives the sound result of the whole. */
function lintGrowingLinearly(texts: Scaled<string>): LintResult {
  const result = growsLinearly('lint', texts, (text) => lint(text, { now: FIXED_NOW }));
  assertSoundResult(texts.whole, result);
  return result;
}

function assertParsedWhole(result: LintResult): void {
  assert.ok(!result.messages.some((message) => message.ruleId === 'note-too-large'), 'the note was parsed whole');
}

const ruleIds = (text: string) => new Set(lint(text, { now: FIXED_NOW }).messages.map((message) => message.ruleId));

describe('parse limits', function () {
  // A guard against a lint that never ends, not a bound on speed: each input is linted seven times.
  this.timeout(5 * 60_000);

  describe('the slowest Markdown right under the limits lints in time that grows as the note does', () => {
    it(`${MAX_PARSED_LINES.toLocaleString('en')} lines of one-word list items between paragraphs (linear since micromark is patched)`, () => {
      assertParsedWhole(lintGrowingLinearly(notesFilledWith('- a\n\nb\n\n')));
    });

    it(`emphasis and link markers up to their budget, then lines opening lists ${MAX_NESTING_DEPTH} deep up to the nesting budget`, () => {
      // `*_` is the worst emphasis there is: every run can open and close, and none matches its neighbour.
      // Sixteen stretches of markers and the deep lines fill both budgets; a quarter of each fills a quarter.
      const side = Math.sqrt(MAX_MARKER_WORK / 16);
      const deepLines = MAX_NESTING_WORK / MAX_NESTING_DEPTH ** 2;
      const texts = scaled((quarters) => {
        const stretches = Array.from({ length: 4 * quarters }, (_, index) => (index % 2 ? '[a] ' : '*_').repeat(side / 2 - 1)).join('\n\n');
        return `${FRONTMATTER}${stretches}\n\n${`${'- '.repeat(MAX_NESTING_DEPTH)}x\n\ny\n\n`.repeat((deepLines / 4) * quarters)}`;
      }, 4);
      assertParsedWhole(lintGrowingLinearly(texts));
    });
    it('backtick runs that close nothing, up to their budget, in time that grows as the note does', () => {
      // Each run of a new length is looked for a closing run up to the end of the stretch.
      const runs = Array.from({ length: 16 }, (_, index) => `${'`'.repeat(index + 1)} `).join('');
      const filled = (length: number) => `${FRONTMATTER}${runs}${'a'.repeat(length)}\n`;
      let length = Math.floor(MAX_CODE_SPAN_WORK / 16);
      while (reasonNotToParse(filled(length), FRONTMATTER.length)) length = Math.floor(length * 0.99);
      assertParsedWhole(lintGrowingLinearly(scaled(filled, length)));
    });
  });

  describe('past a limit, the frontmatter alone is linted, and the note says so', () => {
    it('one line of code spans of 1 to 1,299 backticks: on that line, in time that grows as the line does, for lint and the recap', () => {
      /** Code spans of 1, 2, 3… backticks, none closed, as many as a line of `length` characters holds. */
      const spans = (length: number) => {
        let line = '';
        for (let run = 1; line.length + run + 1 <= length; run++) line += `${'`'.repeat(run)}a`;
        return line;
      };
      const line = Array.from({ length: 1299 }, (_, index) => `${'`'.repeat(index + 1)}a`).join('');
      assert.equal(spans(line.length), line);
      const texts = scaled((length) => `${FRONTMATTER}## Facts\n\n${spans(length)}\n`, line.length);
      const text = texts.whole;
      const result = growsLinearly('lint', texts, (note) => lint(note, { now: FIXED_NOW }));
      const finding = result.messages.find((message) => message.ruleId === 'note-too-large');
      assert.ok(finding, 'note-too-large');
      assert.equal(text.slice(finding.start, finding.end), line);
      assert.match(finding.message, /^Up to this line, the note has runs of backticks \(`\) that close no code span/);
      const summary = growsLinearly('the recap', texts, (note) => generateRecap(note, 'markdown', { now: FIXED_NOW }));
      assert.ok(summary.ok && summary.warnings.some((warning) => warning.includes('runs of backticks that close nothing')));
    });


    it(`a note over ${MAX_PARSED_NOTE_SIZE}: on the opening fence, with its size`, () => {
      const texts = scaled((sentences) => `${FRONTMATTER}# Launch moves\n\n{{What happened}}\n\n${'The launch moved. '.repeat(sentences)}\n`, 60000);
      const text = texts.whole;
      const result = lintGrowingLinearly(texts);
      assert.deepEqual(
        formatFindings(text, result.messages.filter((message) => message.ruleId === 'note-too-large')),
        [`1:1-1:4 info note-too-large This note is ${(text.length / 1024 / 1024).toFixed(1)} MB; Client Notes checks the Markdown of notes up to 1 MB, so only its frontmatter was linted. Move long pasted text (email threads, transcripts) into a file of its own.`],
      );
      // The frontmatter's typo is still found; the body's placeholder and missing sections are not looked for.
      const found = new Set(result.messages.map((message) => message.ruleId));
      assert.ok(found.has('frontmatter-schema'));
      for (const bodyRule of ['unfilled-placeholder', 'required-sections', 'empty-section']) assert.ok(!found.has(bodyRule), bodyRule);
    });

    it('a note one character under the length limit is parsed whole', () => {
      const text = `${FRONTMATTER}# Launch moves\n\n{{What happened}}\n\n`.padEnd(MAX_PARSED_NOTE_LENGTH, 'x');
      assert.ok(!ruleIds(text).has('note-too-large'));
      assert.ok(ruleIds(text).has('unfilled-placeholder'));
      assert.ok(ruleIds(`${text}x`).has('note-too-large'));
    });

    it(`a note over ${MAX_PARSED_LINES.toLocaleString('en')} lines: on the opening fence, with its line count`, () => {
      const body = `# Launch moves\n\n{{What happened}}\n${'\n'.repeat(MAX_PARSED_LINES - 4)}`;
      const atLimit = `${FRONTMATTER}${body}`;
      assert.ok(!ruleIds(atLimit).has('note-too-large'), 'a note of exactly the limit is parsed whole');
      assert.ok(ruleIds(atLimit).has('unfilled-placeholder'));
      const text = `${atLimit}\n\n`;
      assert.deepEqual(formatFindings(text, lint(text, { now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'note-too-large')), [
        `1:1-1:4 info note-too-large This note has 20,002 lines of Markdown; Client Notes checks notes of up to 20,000, so only its frontmatter was linted. Move long pasted text (email threads, transcripts) into a file of its own.`,
      ]);
    });

    it('lists and quotes nested deep on too many lines: on the line that passes the budget', () => {
      const deepLine = `${'> '.repeat(MAX_NESTING_DEPTH)}x`;
      const deepLines = MAX_NESTING_WORK / MAX_NESTING_DEPTH ** 2;
      const atBudget = `${FRONTMATTER}${`${deepLine}\n\n`.repeat(deepLines)}`;
      assert.ok(!ruleIds(atBudget).has('note-too-large'));
      const text = `${atBudget}${deepLine}\n`;
      const finding = lint(text, { now: FIXED_NOW }).messages.find((message) => message.ruleId === 'note-too-large');
      assert.ok(finding);
      assert.equal(finding.start, atBudget.length);
      assert.equal(text.slice(finding.start, finding.end), deepLine);
      assert.match(finding.message, /^Up to this line, the note opens or continues so many deeply nested lists and quotes/);
    });

    it(`a line opening lists or quotes more than ${MAX_NESTING_DEPTH} deep: on that line`, () => {
      const deepest = `${'- '.repeat(MAX_NESTING_DEPTH)}x\n`;
      assert.ok(!ruleIds(`${FRONTMATTER}${deepest}`).has('note-too-large'));
      for (const tooDeep of [`- ${deepest}`, `> ${deepest}`, `${' '.repeat(2)}${deepest}`, `${'>'.repeat(MAX_NESTING_DEPTH + 1)} x\n`]) {
        const text = `${FRONTMATTER}# Launch moves\n\n${tooDeep}`;
        const finding = lint(text, { now: FIXED_NOW }).messages.find((message) => message.ruleId === 'note-too-large');
        assert.ok(finding, JSON.stringify(tooDeep.slice(0, 12)));
        assert.equal(text.slice(finding.start, finding.end), tooDeep.trimEnd());
        assert.match(finding.message, /^This line opens lists or quotes more than 100 deep/);
      }
    });

    it('emphasis and link markers past the budget: on the line that passes it', () => {
      const side = Math.sqrt(MAX_MARKER_WORK);
      const lines = ['*_'.repeat(side / 4), '[a] '.repeat(side / 4), '*a*'];
      const text = `${FRONTMATTER}${lines.join('\n')}\n`;
      const finding = lint(text, { now: FIXED_NOW }).messages.find((message) => message.ruleId === 'note-too-large');
      assert.ok(finding);
      assert.equal(text.slice(finding.start, finding.end), '*a*');
      // A blank line settles a paragraph's markers; a line of `>` does too, inside a quote.
      assert.ok(!ruleIds(`${FRONTMATTER}${lines[0]}\n\n${lines[1]}\n>\n*a*\n`).has('note-too-large'));
    });

    it('builds the recap from the frontmatter alone, and says so', () => {
      const text = `${FRONTMATTER}## Agreed next steps\n\n- Send the plan (owner: me, due: 2026-11-24)\n\n${'The launch moved. '.repeat(60000)}\n`;
      const summary = generateRecap(text, 'markdown', { now: FIXED_NOW });
      assert.ok(summary.ok, summary.ok ? '' : summary.problems.join('\n'));
      assert.ok(summary.text.includes('The launch moves to 5 December.'));
      assert.ok(!summary.text.includes('Send the plan'));
      assert.ok(summary.warnings.includes('The note is over 1 MB, so the recap is built from its frontmatter alone: next steps and sections written in the body are left out.'));
    });
  });

  it('counts a line of white space alone as no nesting, however long', () => {
    const text = `${FRONTMATTER}# Topic\n\n${' '.repeat(4 * MAX_NESTING_DEPTH)}\n\n- A list item\n`;
    assert.equal(reasonNotToParse(text, FRONTMATTER.length), undefined);
  });

  it('says of a short body what the whole pass says: its shortcut never lets a note past a limit', () => {
    // Lines of the characters each limit counts (list and quote markers, blanks, tabs,
    // emphasis and link markers, backticks), as dense as a body of 4 KB can hold them.
    const piece = fc.constantFrom('- ', '> ', '\t', ' ', '1. ', '*', '_', '[', ']', '`', '``', 'a', '\n', '\r\n', '\r', '\n\n');
    const body = fc.array(piece, { maxLength: 2500 }).map((pieces) => pieces.join('').slice(0, 4096));
    const deepLine = fc.tuple(fc.constantFrom('- ', '> ', '\t', '>'), fc.integer({ min: 40, max: 120 })).map(([marker, count]) => `${marker.repeat(count)}x\n`);
    const note = fc.tuple(body, fc.option(deepLine), body).map(([before, deep, after]) => `${before}${deep ?? ''}${after}`.slice(0, 4096));
    fc.assert(
      fc.property(note, (text) => {
        assert.deepEqual(reasonNotToParse(`${FRONTMATTER}${text}`, FRONTMATTER.length), limitPassed(`${FRONTMATTER}${text}`, FRONTMATTER.length));
      }),
      { numRuns: 3000 },
    );
    // The markers' budget is reached right at 4,096 characters, and passed at one more.
    for (const text of ['['.repeat(4096), '['.repeat(4097), '`'.repeat(4096), '` '.repeat(2048), `${'\t'.repeat(51)}- x`]) {
      assert.deepEqual(reasonNotToParse(`${FRONTMATTER}${text}`, FRONTMATTER.length), limitPassed(`${FRONTMATTER}${text}`, FRONTMATTER.length), text.slice(0, 12));
    }
  });
});

