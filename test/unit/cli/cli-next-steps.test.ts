import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { cliFixtures, runCliInProcess, ScratchFolders } from '../cliRunner';

const folder = join(cliFixtures, 'next-steps');

interface JsonStep {
  file: string;
  line: number;
  client: string | null;
  what: string;
  owner: string | null;
  side: string | null;
  due: string | null;
  done: boolean;
  overdue: boolean;
}

async function json(args: string[] = [], now = '2026-11-23'): Promise<JsonStep[]> {
  const run = await runCliInProcess(['next-steps', '--format', 'json', ...args], folder, now);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as JsonStep[];
}

describe('client-notes next-steps', function () {
  this.timeout(30000);

  it('json: every open step of the notes once, overdue first, then by due date and client, lines 1-based', async () => {
    assert.deepEqual(await json(), [
      { file: 'acme.md', line: 10, client: 'Acme Ltd', what: 'Send the revised timeline', owner: 'me', side: 'me', due: '2026-11-20', done: false, overdue: true },
      { file: 'globex.md', line: 13, client: 'Globex', what: 'Pay invoice 42', owner: 'Sam Lee', side: 'client', due: '2026-11-22', done: false, overdue: true },
      { file: 'globex.md', line: 14, client: 'Globex', what: 'Draft the brief', owner: 'me', side: 'me', due: '2026-11-23', done: false, overdue: false },
      {
        file: 'acme.md',
        line: 18,
        client: 'Acme Ltd',
        what: "Confirm the budget; phases 1, 2 and 3 — with the café's numbers, signed off by finance",
        owner: 'client',
        side: 'client',
        due: '2026-11-25',
        done: false,
        overdue: false,
      },
      { file: 'acme.md', line: 20, client: 'Acme Ltd', what: 'Think about pricing', owner: 'me', side: 'me', due: null, done: false, overdue: false },
    ]);
  });

  it('filters: --owner me|client|NAME, --overdue, --include-done; dates judged against CLIENT_NOTES_NOW', async () => {
    const whats = (steps: JsonStep[]) => steps.map((step) => step.what);
    assert.deepEqual(whats(await json(['--owner', 'me'])), ['Send the revised timeline', 'Draft the brief', 'Think about pricing']);
    assert.deepEqual(
      (await json(['--owner', 'client'])).map((step) => step.owner),
      ['Sam Lee', 'client'],
    );
    assert.deepEqual(whats(await json(['--owner', 'sam lee'])), ['Pay invoice 42']);
    assert.deepEqual(whats(await json(['--overdue'])), ['Send the revised timeline', 'Pay invoice 42']);
    assert.deepEqual(whats(await json(['--overdue'], '2026-11-21')), ['Send the revised timeline']);
    const withDone = await json(['--include-done', 'acme.md']);
    assert.deepEqual(
      withDone.filter((step) => step.done).map((step) => [step.what, step.overdue]),
      [['Book the review', false]],
    );
  });

  it('table: aligned columns a person reads', async () => {
    const run = await runCliInProcess(['next-steps', '--owner', 'me'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        'Due                 Client    Owner  Next step                  Note',
        '2026-11-20 overdue  Acme Ltd  me     Send the revised timeline  acme.md:10',
        '2026-11-23          Globex    me     Draft the brief            globex.md:14',
        '—                   Acme Ltd  me     Think about pricing        acme.md:20',
        '',
      ].join('\n'),
    );
    assert.equal((await runCliInProcess(['next-steps', '--owner', 'nobody'], folder)).stdout, 'No open next steps.\n');
  });

  it('ics: an RFC 5545 calendar (CRLF, folded at 75 octets) that a real iCalendar parser reads, with stable UIDs', async () => {
    const run = await runCliInProcess(['next-steps', '--format', 'ics', '--include-done'], folder);
    assert.equal(run.code, 0, run.stderr);
    const text = run.stdout;
    assert.ok(text.endsWith('\r\n'));
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      assert.ok(!line.includes('\n') && !line.includes('\r'), `a bare line end in ${JSON.stringify(line)}`);
      assert.ok(new TextEncoder().encode(line).length <= 75, `longer than 75 octets: ${line}`);
    }
    assert.ok(lines.some((line) => line.startsWith(' ')), 'the long summary is folded');

    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const todos = calendar.getAllSubcomponents('vtodo').map((todo) => {
      const due = todo.getFirstProperty('due');
      return {
        summary: todo.getFirstPropertyValue('summary'),
        due: String(due?.getFirstValue()),
        dueType: due?.type,
        description: todo.getFirstPropertyValue('description'),
        status: todo.getFirstPropertyValue('status'),
        uid: String(todo.getFirstPropertyValue('uid')),
        stamp: String(todo.getFirstPropertyValue('dtstamp')),
      };
    });
    assert.deepEqual(
      todos.map(({ summary, due, dueType, description, status }) => ({ summary, due, dueType, description, status })),
      [
        { summary: 'Send the revised timeline (Acme Ltd)', due: '2026-11-20', dueType: 'date', description: 'acme.md', status: 'NEEDS-ACTION' },
        { summary: 'Pay invoice 42 (Globex)', due: '2026-11-22', dueType: 'date', description: 'globex.md', status: 'NEEDS-ACTION' },
        { summary: 'Book the review (Acme Ltd)', due: '2026-11-01', dueType: 'date', description: 'acme.md', status: 'COMPLETED' },
        { summary: 'Draft the brief (Globex)', due: '2026-11-23', dueType: 'date', description: 'globex.md', status: 'NEEDS-ACTION' },
        {
          summary: "Confirm the budget; phases 1, 2 and 3 — with the café's numbers, signed off by finance (Acme Ltd)",
          due: '2026-11-25',
          dueType: 'date',
          description: 'acme.md',
          status: 'NEEDS-ACTION',
        },
      ],
      'a step without a due date has no to-do',
    );
    assert.equal(new Set(todos.map((todo) => todo.uid)).size, todos.length, 'one UID per step');
    assert.ok(todos.every((todo) => todo.stamp.startsWith('2026-11-23T')));

    // The same step keeps its UID on another day.
    const later = (await runCliInProcess(['next-steps', '--format', 'ics', '--include-done'], folder, '2026-12-01')).stdout;
    const uids = (calendarText: string) => new ICAL.Component(ICAL.parse(calendarText)).getAllSubcomponents('vtodo').map((todo) => String(todo.getFirstPropertyValue('uid')));
    assert.deepEqual(new Set(uids(later)), new Set(uids(text)));
  });

  it('ics --events: all-day events on the due days, with the to-dos\' UIDs, for calendars that ignore to-dos', async () => {
    const todos = (await runCliInProcess(['next-steps', '--format', 'ics', '--include-done'], folder)).stdout;
    const run = await runCliInProcess(['next-steps', '--format', 'ics', '--include-done', '--events'], folder);
    assert.equal(run.code, 0, run.stderr);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    assert.deepEqual(calendar.getAllSubcomponents('vtodo'), []);
    const events = calendar.getAllSubcomponents('vevent').map((event) => ({
      summary: event.getFirstPropertyValue('summary'),
      start: String(event.getFirstPropertyValue('dtstart')),
      end: String(event.getFirstPropertyValue('dtend')),
      allDay: event.getFirstProperty('dtstart')?.type,
      uid: String(event.getFirstPropertyValue('uid')),
    }));
    assert.deepEqual(
      events.slice(0, 3).map(({ summary, start, end, allDay }) => ({ summary, start, end, allDay })),
      [
        { summary: 'Send the revised timeline (Acme Ltd)', start: '2026-11-20', end: '2026-11-21', allDay: 'date' },
        { summary: 'Pay invoice 42 (Globex)', start: '2026-11-22', end: '2026-11-23', allDay: 'date' },
        { summary: 'Done: Book the review (Acme Ltd)', start: '2026-11-01', end: '2026-11-02', allDay: 'date' },
      ],
    );
    const todoUids = new ICAL.Component(ICAL.parse(todos)).getAllSubcomponents('vtodo').map((todo) => String(todo.getFirstPropertyValue('uid')));
    assert.deepEqual(events.map((event) => event.uid), todoUids);
    assert.equal((await runCliInProcess(['next-steps', '--events'], folder)).code, 2, '--events needs --format ics');
  });

  describe('exports no more than the recap says', () => {
    const scratch = new ScratchFolders();
    after(() => scratch.removeAll());
    const SECRET = 'threaten a lawyer';
    const NOTE = `---
type: client-conversation
client: Acme Ltd
date: 2026-11-20
topic: Invoice 42
next_steps:
  - what: "Send the reminder <!-- ${SECRET} first -->"
    owner: me
    due: 2026-12-09
private:
  steps: "- [ ] ${SECRET} (owner: me, due: 2026-12-09)"
---

## Agreed next steps

- [ ] Chase invoice <!-- ${SECRET} --> (owner: me, due: 2026-12-10)
- [ ] Send the plan (owner: me, due: 2026-12-11)

#### Private notes

- [ ] Call my lawyer to ${SECRET} (owner: me, due: 2026-12-12)

### Pri\u00advate notes

- [ ] Ask my lawyer to ${SECRET} (owner: me, due: 2026-12-12)

### Priv<!-- -->ate notes

- [ ] Tell them I will ${SECRET} (owner: me, due: 2026-12-12)

<!--
- [ ] Commented out: ${SECRET} (owner: me, due: 2026-12-13)
-->
`;

    for (const format of ['table', 'json', 'ics', 'ics --events']) {
      it(`${format}: no comment, no step under a private heading`, async () => {
        const folder = scratch.create();
        writeFileSync(join(folder, 'note.md'), NOTE);
        const run = await runCliInProcess(['next-steps', '--format', ...format.split(' ')], folder);
        assert.equal(run.code, 0, run.stderr);
        assert.doesNotMatch(run.stdout.replace(/\r\n /g, ''), new RegExp(SECRET, 'i'));
        for (const step of ['Send the reminder', 'Chase invoice', 'Send the plan']) assert.match(run.stdout, new RegExp(step));
      });
    }
  });

  it('exits 2 with the usage on a bad format or an empty owner, and on a missing path', async () => {
    for (const args of [['--format', 'xml'], ['--owner', ' '], ['--frobnicate']]) {
      const run = await runCliInProcess(['next-steps', ...args], folder);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Usage: client-notes next-steps/);
    }
    const missing = await runCliInProcess(['next-steps', 'nowhere.md'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: nowhere\.md/);
  });
});
