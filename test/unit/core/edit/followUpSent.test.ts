import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyEdits, lint } from '../../../../src/core/lint/engine';
import { markFollowUpSentEdits } from '../../../../src/core/edit/markFollowUpSent';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { FIXED_NOW } from '../../support';

const TODAY = '2026-11-23';

function marked(text: string, today = TODAY): string {
  const result = markFollowUpSentEdits(text, today);
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return applyEdits(text, result.edits).text;
}

const note = (yaml: string) => `---\ntype: client-conversation\n${yaml}---\n\n# Note\n`;

describe('mark follow-up as sent', () => {
  it('changes only the value of `sent`, keeping its comment in its column', () => {
    const before = note('follow_up:\n  due: 2026-11-21\n  sent: false                # or the date it was sent\nprivate:   # never leaves the note\n  mood: tense\n');
    assert.equal(
      marked(before),
      note('follow_up:\n  due: 2026-11-21\n  sent: 2026-11-23           # or the date it was sent\nprivate:   # never leaves the note\n  mood: tense\n'),
    );
    const result = markFollowUpSentEdits(before, TODAY);
    assert.ok(result.ok);
    assert.equal(result.previous, 'false');
  });

  it('keeps the quoting the value had', () => {
    assert.equal(marked(note("follow_up:\n  sent: 'false'\n")), note("follow_up:\n  sent: '2026-11-23'\n"));
    assert.equal(marked(note('follow_up:\n  sent: "2026-11-01"\n')), note('follow_up:\n  sent: "2026-11-23"\n'));
  });

  it('adds `sent` after the last key of follow_up, in the mapping\'s own style', () => {
    assert.equal(marked(note('follow_up:\n    due: 2026-11-21   # two days\ntopic: x\n')), note('follow_up:\n    due: 2026-11-21   # two days\n    sent: 2026-11-23\ntopic: x\n'));
    assert.equal(marked(note('follow_up: { due: 2026-11-21 }\n')), note('follow_up: { due: 2026-11-21, sent: 2026-11-23 }\n'));
    assert.equal(marked(note('follow_up: {}\n')), note('follow_up: { sent: 2026-11-23 }\n'));
    assert.equal(marked(note('follow_up:\n  sent:\n')), note('follow_up:\n  sent: 2026-11-23\n'));
    assert.equal(marked(note('follow_up:   # the recap\ndate: 2026-11-20\n')), note('follow_up:   # the recap\n  sent: 2026-11-23\ndate: 2026-11-20\n'));
    assert.equal(marked(note('follow_up: ~\n')), note('follow_up: { sent: 2026-11-23 }\n'));
  });

  it('adds a follow_up block before `private` and its comments, or at the end', () => {
    assert.equal(marked(note('topic: x\n# for my eyes only\nprivate:\n  mood: tense\n')), note('topic: x\nfollow_up:\n  sent: 2026-11-23\n# for my eyes only\nprivate:\n  mood: tense\n'));
    assert.equal(marked(note('topic: x\n')), note('topic: x\nfollow_up:\n  sent: 2026-11-23\n'));
  });

  it('keeps CRLF line ends and a BOM', () => {
    const crlf = `\uFEFF${note('topic: x\nfollow_up:\n  due: 2026-11-21\n').replace(/\n/g, '\r\n')}`;
    assert.equal(marked(crlf), `\uFEFF${note('topic: x\nfollow_up:\n  due: 2026-11-21\n  sent: 2026-11-23\n').replace(/\n/g, '\r\n')}`);
  });

  it('does nothing when already sent today', () => {
    const result = markFollowUpSentEdits(note('follow_up:\n  sent: 2026-11-23\n'), TODAY);
    assert.deepEqual(result, { ok: true, edits: [], previous: TODAY });
  });

  it('explains what stops it, rather than guessing', () => {
    const problem = (text: string) => {
      const result = markFollowUpSentEdits(text, TODAY);
      assert.equal(result.ok, false);
      return result.ok ? '' : result.problem;
    };
    assert.match(problem('# README\n'), /no frontmatter/);
    assert.match(problem(note('client: [Acme\n')), /frontmatter has errors/);
    assert.match(problem(note('follow_up:\n  - a\n')), /is a list/);
    assert.match(problem(note('follow_up:\n  sent: [a]\n')), /should be `false` or a date/);
    assert.deepEqual(markFollowUpSentEdits(note('topic: x\n'), '23/11/2026'), { ok: false, problem: '"23/11/2026" is not a date written YYYY-MM-DD.' });
  });

  it('stops follow-up-overdue from reporting the note', () => {
    const overdue = note('client: Acme\ndate: 2026-11-10\nscenario: other\ntopic: x\nfollow_up:\n  sent: false # not yet\n');
    const findings = (text: string) => lint(text, { now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'follow-up-overdue');
    assert.equal(findings(overdue).length, 1);
    assert.equal(findings(marked(overdue)).length, 0);
  });

  it('leaves every other key, comment and line as written, whatever the YAML', () => {
    const scalar = fc.constantFrom('x', '"quoted # not a comment"', "'single'", '2026-11-20', 'false', '~', '[a, b]', '{ k: v }', '>-\n    folded\n    text');
    const comment = fc.constantFrom('', '  # note', ' #: tricky');
    const key = fc.constantFrom('topic', 'client', 'tags', 'date', 'private', 'channel');
    const followUp = fc.constantFrom(
      '',
      'follow_up:\n  due: 2026-11-21\n',
      'follow_up:\n  sent: false  # or the date\n  due: 2026-11-21\n',
      'follow_up: { due: 2026-11-21 }\n',
      'follow_up:\n',
      "follow_up:\n  sent: '2026-01-01'\n",
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, scalar, comment), { selector: ([name]) => name, maxLength: 5 }), followUp, fc.nat(5), fc.boolean(), (pairs, block, at, crlf) => {
        const lines = pairs.map(([name, value, remark]) => `${name}: ${value}${value.includes('\n') ? '' : remark}\n`);
        lines.splice(Math.min(at, lines.length), 0, block);
        let text = note(lines.join(''));
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const after = marked(text);
        const data = (source: string) => parse(source.slice(0, readFrontmatter(source)!.contentEnd).replace(/^---\r?\n/, '')) as Record<string, unknown>;
        const { follow_up: followBefore, ...restBefore } = data(text);
        const { follow_up: followAfter, ...restAfter } = data(after);
        assert.deepEqual(restAfter, restBefore);
        assert.deepEqual(followAfter, { ...((followBefore as object | null) ?? {}), sent: TODAY });
        // Every line of the note is still there, but for the one holding `sent`.
        const afterLines = new Set(after.split(/\r?\n/));
        for (const line of text.split(/\r?\n/)) if (!/^\s*sent:|^follow_up:/.test(line)) assert.ok(afterLines.has(line), `lost line: ${line}`);
        assert.equal(crlf, !/[^\r]\n/.test(after) && after.includes('\r\n'));
      }),
      { numRuns: 300 },
    );
  });
});
