import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../../../src/core/config/config';
import { agendaOf, dueGroupOf, overdueCount, overdueRecapsOf, relativeDue, type DigestedNote } from '../../../../src/core/digest/agenda';
import { markStepDoneEdits } from '../../../../src/core/digest/markStepDone';
import { digestNote, type NoteDigest } from '../../../../src/core/digest/noteDigest';
import { applyEdits } from '../../../../src/core/lint/engine';
import { openNote } from '../../../../src/core/note/openNote';

const config = resolveConfig();
const TODAY = '2026-11-23';

function note(client: string, frontmatter: string, body: string, date = '2026-11-10'): string {
  return `---\ntype: client-conversation\nclient: ${client}\ncontact: Jane Doe <jane@example.com>\ndate: ${date}\nscenario: scope-change\ntopic: Phase 2\n${frontmatter}---\n\n## Agreed next steps\n\n${body}`;
}

function digest(text: string): NoteDigest {
  const result = digestNote(text, config);
  assert.ok(result, 'a note');
  return result;
}

describe('digest', () => {
  describe('digestNote', () => {
    it('keeps the frontmatter fields, the follow-up state and each step once, where it is first written', () => {
      const text = note(
        'Acme Ltd',
        'follow_up:\n  due: 2026-11-12\nnext_steps:\n  - what: Send the revised timeline\n    owner: me\n',
        '- [ ] Send the revised timeline (due: 2026-11-20)\n- [x] Book the review (owner: client, due: 2026-11-01)\n',
      );
      const result = digest(text);
      assert.deepEqual(
        { client: result.client, contact: result.contact, date: result.date, scenario: result.scenario, topic: result.topic, followUp: result.followUp },
        {
          client: 'Acme Ltd',
          contact: 'Jane Doe <jane@example.com>',
          date: '2026-11-10',
          scenario: 'scope-change',
          topic: 'Phase 2',
          followUp: { sent: false, due: '2026-11-12', deadline: '2026-11-12' },
        },
      );
      assert.deepEqual(
        result.steps.map(({ what, owner, due, done, line }) => ({ what, owner, due, done, line })),
        [
          { what: 'Send the revised timeline', owner: 'me', due: '2026-11-20', done: false, line: 10 },
          { what: 'Book the review', owner: 'client', due: '2026-11-01', done: true, line: 17 },
        ],
      );
      assert.equal(text.slice(result.steps[0].start, result.steps[0].end), 'Send the revised timeline');
    });

    it('takes a step written in two places as the note model does: articles and a typo apart is still one step, done in either is done', () => {
      const text = note(
        'Acme Ltd',
        'next_steps:\n  - what: Send the revised timeline\n    owner: me\n    done: true\n',
        '- [ ] Send revised timline (due: 2026-11-20)\n- [ ] Send invoice 2 (owner: me)\n- [ ] Send invoice 3 (owner: me)\n',
      );
      assert.deepEqual(
        digest(text).steps.map(({ what, owner, due, done }) => ({ what, owner, due, done })),
        [
          { what: 'Send the revised timeline', owner: 'me', due: '2026-11-20', done: true },
          { what: 'Send invoice 2', owner: 'me', due: undefined, done: false },
          { what: 'Send invoice 3', owner: 'me', due: undefined, done: false },
        ],
      );
    });

    it('is undefined for a file that is not a note, unless the include globs take it', () => {
      const text = '# Shopping\n\n## Agreed next steps\n\n- [ ] Milk (due: 2026-11-01)\n';
      assert.equal(digestNote(text, config, 'shopping.md'), undefined);
      assert.equal(digestNote(text, resolveConfig({ include: ['notes/**'] }), 'notes/shopping.md')?.steps[0].what, 'Milk');
    });

    it('reads a note with a BOM and CRLF line ends, offsets without the BOM', () => {
      const text = note('Acme Ltd', '', '- [ ] Call back (owner: me, due: 2026-11-30)\n').replace(/\n/g, '\r\n');
      const [step] = digest(`\uFEFF${text}`).steps;
      assert.equal(text.slice(step.start, step.end), 'Call back (owner: me, due: 2026-11-30)');
    });
  });

  describe('agendaOf', () => {
    const notes: DigestedNote[] = [
      {
        file: 'globex.md',
        digest: digest(note('Globex', '', '- [ ] Pay invoice 42 (owner: client, due: 2026-11-20)\n- [ ] Draft the brief (owner: me, due: 2026-11-25)\n- [ ] Someday (owner: me)\n')),
      },
      {
        file: 'acme.md',
        digest: digest(note('Acme Ltd', '', '- [ ] Send timeline (owner: me, due: 2026-11-25)\n- [ ] Old one (owner: me, due: 2026-11-01)\n- [x] Done one (owner: me, due: 2026-11-02)\n')),
      },
    ];
    const whats = (steps: Array<{ what: string }>) => steps.map((step) => step.what);

    it('lists open steps overdue first, then by due date, then by client, undated last', () => {
      const steps = agendaOf(notes, { today: TODAY });
      assert.deepEqual(whats(steps), ['Old one', 'Pay invoice 42', 'Send timeline', 'Draft the brief', 'Someday']);
      assert.deepEqual(
        steps.map((step) => step.overdue),
        [true, true, false, false, false],
      );
    });

    it('filters by owner (mine, the client’s, a name), overdue only, and includes done steps when asked', () => {
      assert.deepEqual(whats(agendaOf(notes, { today: TODAY, owner: { kind: 'client' } })), ['Pay invoice 42']);
      assert.deepEqual(whats(agendaOf(notes, { today: TODAY, owner: { kind: 'me' }, overdueOnly: true })), ['Old one']);
      assert.deepEqual(whats(agendaOf(notes, { today: TODAY, owner: { kind: 'name', name: 'CLIENT' } })), ['Pay invoice 42']);
      const withDone = agendaOf(notes, { today: TODAY, includeDone: true });
      assert.deepEqual(whats(withDone).slice(0, 3), ['Old one', 'Pay invoice 42', 'Done one']);
      assert.equal(withDone[2].overdue, false, 'a done step is never overdue');
    });

    it('counts overdue steps and overdue recaps', () => {
      assert.deepEqual(
        overdueRecapsOf(notes, TODAY).map((recap) => [recap.client, recap.deadline]),
        [
          ['Acme Ltd', '2026-11-12'],
          ['Globex', '2026-11-12'],
        ],
      );
      assert.equal(overdueCount(notes, TODAY), 4);
      assert.equal(overdueCount(notes, '2026-11-12'), 1, 'the recap is due by its deadline, not overdue on it');
    });
  });

  describe('dates', () => {
    it('groups by due date against the given day', () => {
      const group = (due: string | undefined, done = false) => dueGroupOf({ due, done }, TODAY);
      assert.deepEqual(
        [group('2026-11-22'), group(TODAY), group('2026-11-24'), group('2026-11-29'), group('2026-11-30'), group(undefined), group('soon')],
        ['overdue', 'today', 'thisWeek', 'thisWeek', 'later', 'noDate', 'noDate'],
      );
    });

    it('says the due date relative to today, across a month and a year', () => {
      assert.deepEqual(
        ['2026-11-20', '2026-11-22', TODAY, '2026-11-24', '2026-11-25', '2027-01-01', 'Friday'].map((due) => relativeDue(due, TODAY)),
        ['3 days late', '1 day late', 'due today', 'tomorrow', 'in 2 days', 'in 39 days', 'Friday'],
      );
    });
  });

  describe('markStepDoneEdits', () => {
    it('marks a step done in the frontmatter and on its list item, in one set of edits, with the day it was done', () => {
      const text = note(
        'Acme Ltd',
        'next_steps:\n  - what: Send the revised timeline # keep\n    owner: me\n',
        '- [ ] Send the revised timeline (due: 2026-11-20)\n- [ ] Other (owner: me)\n',
      );
      const [step] = digest(text).steps;
      const edits = markStepDoneEdits(openNote(text, resolveConfig()), step.key, TODAY);
      assert.ok(edits);
      const after = applyEdits(text, edits).text;
      assert.match(after, /owner: me\n {4}done: 2026-11-23\n/);
      assert.match(after, /- \[x\] Send the revised timeline \(due: 2026-11-20\) ✅ 2026-11-23\n/);
      assert.match(after, /- \[ \] Other/);
      assert.equal(digest(after).steps[0].done, true);
      assert.equal(markStepDoneEdits(openNote(after, resolveConfig()), step.key, TODAY), undefined, 'nothing left to mark');
    });

    it('marks done both places of a step written a little differently in each', () => {
      const text = note('Acme Ltd', 'next_steps:\n  - what: Send the revised timeline\n    owner: me\n', '- [ ] Send revised timline (due: 2026-11-20)\n');
      const [step] = digest(text).steps;
      const after = applyEdits(text, markStepDoneEdits(openNote(text, resolveConfig()), step.key, TODAY) ?? []).text;
      assert.match(after, /owner: me\n {4}done: 2026-11-23\n/);
      assert.match(after, /- \[x\] Send revised timline \(due: 2026-11-20\) ✅ 2026-11-23/);
    });
  });
});
