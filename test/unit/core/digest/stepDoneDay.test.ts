import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../../../src/core/config/config';
import { markStepDoneEdits } from '../../../../src/core/digest/markStepDone';
import { digestNote, type NoteDigest } from '../../../../src/core/digest/noteDigest';
import { stepTiming } from '../../../../src/core/digest/stepTiming';
import { applyEdits } from '../../../../src/core/lint/engine';
import { openNote } from '../../../../src/core/note/openNote';

const config = resolveConfig();

function digest(frontmatter: string, body: string): NoteDigest {
  const text = `---\ntype: client-conversation\nclient: Acme Ltd\ndate: 2026-11-10\nscenario: scope-change\n${frontmatter}---\n\n## Agreed next steps\n\n${body}`;
  const result = digestNote(text, config);
  assert.ok(result, 'a note');
  return result;
}

describe('the day a step was done', () => {
  it('is read from the frontmatter done: DAY, a closing ✅ DAY, an org-mode CLOSED stamp and a table Done cell; done: true and a bare [x] are done on a day unknown', () => {
    const result = digest(
      'next_steps:\n  - what: Send the contract\n    owner: me\n    due: 2026-11-12\n    done: 2026-11-11\n  - what: Book the venue\n    owner: client\n    done: true\n',
      [
        '- [x] Send the floor plan (owner: me, due: 2026-11-14) ✅ 2026-11-16',
        '- [x] Call the caterer (owner: me, due: 2026-11-15)',
        '- [ ] Review the draft (owner: client, due: 2026-11-20) ❌ 2026-11-18',
        '- Pay the deposit (owner: client, due: 2026-11-20) CLOSED: [2026-11-19 Thu 10:12]',
        '',
        '| What | Who | Due | Done |',
        '| --- | --- | --- | --- |',
        '| Print the menus | me | 2026-11-21 | ✅ 2026-11-22 |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      result.steps.map(({ what, done, doneOn }) => ({ what, done, doneOn })),
      [
        { what: 'Send the contract', done: true, doneOn: '2026-11-11' },
        { what: 'Book the venue', done: true, doneOn: undefined },
        { what: 'Send the floor plan', done: true, doneOn: '2026-11-16' },
        { what: 'Call the caterer', done: true, doneOn: undefined },
        { what: 'Review the draft', done: true, doneOn: undefined },
        { what: 'Pay the deposit', done: true, doneOn: '2026-11-19' },
        { what: 'Print the menus', done: true, doneOn: '2026-11-22' },
      ],
    );
  });

  it('is the day Mark Done writes, read back from the note it marked', () => {
    const text = `---\ntype: client-conversation\nclient: Acme Ltd\ndate: 2026-11-10\nnext_steps:\n  - what: Send the timeline\n    owner: me\n    due: 2026-11-20\n---\n\n## Agreed next steps\n\n- [ ] Send the timeline (due: 2026-11-20)\n`;
    const [step] = digestNote(text, config)!.steps;
    const after = applyEdits(text, markStepDoneEdits(openNote(text, config), step.key, '2026-11-23') ?? []).text;
    const [done] = digestNote(after, config)!.steps;
    assert.deepEqual({ done: done.done, doneOn: done.doneOn }, { done: true, doneOn: '2026-11-23' });
    assert.equal(stepTiming(done, '2026-11-23'), 'doneLate');
  });

  it('ticks a box drawn as a glyph with a glyph, and a bracket box with [x]', () => {
    const text = `---\ntype: client-conversation\nclient: Acme Ltd\ndate: 2026-11-10\n---\n\n## Agreed next steps\n\n☐ Send the timeline – ME – Nov 20th\n- [ ] Call the caterer (owner: me, due: 2026-11-21)\n`;
    const steps = digestNote(text, config)!.steps;
    const after = steps.reduce((marked, step) => applyEdits(marked, markStepDoneEdits(openNote(marked, config), step.key, '2026-11-23') ?? []).text, text);
    assert.ok(after.includes('☑ Send the timeline – ME – Nov 20th ✅ 2026-11-23\n- [x] Call the caterer (owner: me, due: 2026-11-21) ✅ 2026-11-23\n'), after);
    assert.deepEqual(
      digestNote(after, config)!.steps.map((step) => [step.done, step.doneOn]),
      [
        [true, '2026-11-23'],
        [true, '2026-11-23'],
      ],
    );
  });

  it('makes a dated step done on time, late or on a day unknown, and an open one open or overdue', () => {
    const today = '2026-11-23';
    assert.equal(stepTiming({ due: '2026-11-20', done: true, doneOn: '2026-11-20' }, today), 'doneOnTime');
    assert.equal(stepTiming({ due: '2026-11-20', done: true, doneOn: '2026-11-21' }, today), 'doneLate');
    assert.equal(stepTiming({ due: '2026-11-20', done: true, doneOn: undefined }, today), 'doneDayUnknown');
    assert.equal(stepTiming({ due: '2026-11-23', done: false, doneOn: undefined }, today), 'open');
    assert.equal(stepTiming({ due: '2026-11-22', done: false, doneOn: undefined }, today), 'overdue');
    assert.equal(stepTiming({ due: undefined, done: true, doneOn: '2026-11-22' }, today), undefined);
    assert.equal(stepTiming({ due: 'next week', done: false, doneOn: undefined }, today), undefined);
  });
});
