// One reading of a note (issue 25): a step's owner, date and done state are read once, in
// the note model and `note/owners.ts`, and every consumer (the lint rules, the recap's
// groups, the digest behind `next-steps` and the views) agrees on them. Each example of
// the issue is a case here.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeHeading } from '../../../../src/core/base/headings';
import { resolveConfig } from '../../../../src/core/config/config';
import { agendaOf, type OwnerFilter } from '../../../../src/core/digest/agenda';
import { icsCalendar } from '../../../../src/core/digest/ics';
import { digestNote, type NoteDigest } from '../../../../src/core/digest/noteDigest';
import { de } from '../../../../src/core/lang/de';
import { packFor } from '../../../../src/core/lang/packs';
import { lint } from '../../../../src/core/lint/engine';
import { initialsOf, notePeople, sideOf } from '../../../../src/core/note/owners';
import { dayOfWrittenDate, readStepNotation, slashedDateOrder } from '../../../../src/core/note/stepNotation';
import { buildRecapModel, type RecapModel } from '../../../../src/core/recap/model';
import { parseNote } from '../../../../src/core/note/parseNote';
import { unfilledPrompts } from '../../../../src/core/note/placeholders';
import { nextStepsOf } from '../../../../src/core/note/nextSteps';
import { FIXED_NOW } from '../../support';

const config = resolveConfig();

function note(body: string, frontmatter = ''): string {
  return [
    '---',
    'type: client-conversation',
    'client: Acme Ltd',
    'contact: Jane Doe <jane@acme.example>',
    'attendees: [Jane Doe, Sam Lee]',
    'date: 2026-11-20',
    'channel: video-call',
    'scenario: scope-change',
    'topic: Phase 2',
    'follow_up:',
    '  sent: 2026-11-21',
    frontmatter,
    '---',
    '',
    '## Facts',
    '',
    '- Phase 2 adds four pages.',
    '',
    '## Boundaries',
    '',
    '- Extra pages are quoted separately.',
    '',
    '## Agreed next steps',
    '',
    body,
    '',
  ].join('\n');
}

/** A note with `line` as its Facts, and one step of mine: what the tone rules read. */
function withFact(line: string, frontmatter = ''): string {
  return note('- Send the quote (me, 2026-12-04)', frontmatter).replace('- Phase 2 adds four pages.', `- ${line}`);
}

function findings(text: string, rule?: string): string[] {
  return lint(text, { config, now: FIXED_NOW })
    .messages.filter((message) => rule === undefined || message.ruleId === rule)
    .map((message) => `${message.ruleId}: ${message.message}`);
}

function digest(text: string): NoteDigest {
  const result = digestNote(text, config);
  assert.ok(result, 'a client note');
  return result;
}

/** How many template prompts a French note reports with `facts` in place of its one fact. */
function promptsInFrenchFacts(facts: string): number {
  return findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', facts), 'unfilled-placeholder').length;
}

function listed(text: string, owner: OwnerFilter): string[] {
  return agendaOf([{ file: 'note.md', digest: digest(text) }], { today: '2026-11-23', owner, includeDone: true }).map((step) => step.what);
}

function recap(text: string, options: { myName?: string } = {}): RecapModel {
  const built = buildRecapModel(text, options);
  assert.ok(built.ok, built.ok ? '' : built.problems.join(' '));
  return built.model;
}

function doers(model: RecapModel): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const step of model.nextSteps) (groups[step.doer] ??= []).push(step.what);
  return groups;
}

describe('one reading of a note', () => {
  describe('owners', () => {
    it('puts owner: I, myself and me on my side in the recap, the digest, next-steps --owner and the views alike', () => {
      const text = note(
        [
          '- Send the timeline (owner: I, due: 2026-12-01)',
          '- Send the invoice (owner: myself, due: 2026-12-02)',
          '- Send the contract (owner: me, due: 2026-12-03)',
          '- Approve the pages (owner: client, due: 2026-12-04)',
        ].join('\n'),
      );
      const mine = ['Send the timeline', 'Send the invoice', 'Send the contract'];
      assert.deepEqual(doers(recap(text)), { me: mine, you: ['Approve the pages'] });
      assert.deepEqual(listed(text, { kind: 'me' }), mine);
      assert.deepEqual(listed(text, { kind: 'client' }), ['Approve the pages']);
      assert.deepEqual(
        digest(text).steps.map((step) => step.side),
        ['me', 'me', 'me', 'client'],
      );
    });

    it('places the contact, the attendees and the client on the client side, and settings and the sender on mine', () => {
      const people = notePeople({ client: 'Acme Ltd', contact: 'Jane Doe <jane@acme.example>', attendees: ['Sam Lee'], cc: 'Ola <ola@acme.example>' }, { myName: 'Lucia Romero', from: 'Lucia R <l@studio.example>' });
      const sides = ['Jane', 'jane doe', '@sam', 'Acme Ltd', 'Ola', 'you', 'Lucia', 'lucia romero', 'I', 'Myself', 'Owen', 'we', 'both', 'tbd', 'team', 'me or client'].map((owner) => sideOf(owner, people));
      assert.deepEqual(sides, ['client', 'client', 'client', 'client', 'client', 'client', 'me', 'me', 'me', 'me', 'named', 'both', 'both', 'unclear', 'unclear', 'unclear']);
    });

    it('reads the name the writer uses for themself: owner: me in the frontmatter and @lucia in the body is one owner', () => {
      const text = note(
        '- [ ] Send the revised sitemap @lucia by 2026-12-01\n- [ ] Send the moodboard @hannah by 2026-12-02',
        'next_steps:\n  - what: Send the revised sitemap\n    owner: me\n    due: 2026-12-01\n  - what: Send the moodboard\n    owner: me\n    due: 2026-12-02',
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(listed(text, { kind: 'me' }), ['Send the revised sitemap', 'Send the moodboard']);
      assert.deepEqual(doers(recap(text)), { me: ['Send the revised sitemap', 'Send the moodboard'] });
    });

    it('still reports two owners when the other name is on the client side', () => {
      const text = note('- [ ] Send the brand assets @jane by 2026-12-01', 'next_steps:\n  - what: Send the brand assets\n    owner: me\n    due: 2026-12-01');
      assert.deepEqual(findings(text, 'next-step-incomplete'), ['next-step-incomplete: Next step "Send the brand assets" is written twice with different owners (me and jane): make the two agree.']);
    });
  });

  describe('notations', () => {
    const cases: Array<[string, string | undefined, string | undefined]> = [
      ['Me → send the floor plan, 2026-12-10', 'Me', '2026-12-10'],
      ['Owen to confirm the guest list by 2026-12-12', 'Owen', '2026-12-12'],
      ['2026-12-15 – Ellie films the venue', 'Ellie', '2026-12-15'],
      ['**Misaki** sends the preset by 2026-11-27', 'Misaki', '2026-11-27'],
      ['Client will send the logo files by 2026-12-01', 'Client', '2026-12-01'],
      ['Dana: send the brief (due: 2026-12-03)', 'Dana', '2026-12-03'],
      ['I’ll send the quote by 2026-12-04', 'I', '2026-12-04'],
      ['Update docs by 2026-12-05', undefined, '2026-12-05'],
      ['Send files to the printer — 2026-12-06', undefined, '2026-12-06'],
      ['Note: the venue is booked', undefined, undefined],
      ['The homepage to be reviewed by 2026-12-07', undefined, '2026-12-07'],
      // A side or initials set off by dashes in the middle, a condition after them.
      ['Train two staff — me — after the board approves, before 2026-12-18', 'me', '2026-12-18'],
      ['Handover meeting – OS – propose a date by 2026-11-27', 'OS', '2026-11-27'],
      ['Tom to come back to me on whether they pay it first', 'Tom', undefined],
      // Minutes' fields set off by pipes, keys in bold as Google Docs pastes them, a no-break space after them.
      ['Share the CR document | Responsibility: Ananya | Timeline: 2026-12-04', 'Ananya', '2026-12-04'],
      ['Credit memo — **Owner:** Priya | **Due:**\u00a02026-11-30', 'Priya', '2026-11-30'],
      // Craft's and Notion's emoji fields.
      ['🟡 Edit ep. 14 rough cut — 👤 Keisha — 📆 2026-12-04', 'Keisha', '2026-12-04'],
      // Outline tools (Logseq, org-mode): page links and tags for people, task states, planning stamps.
      ['[[Jonas]] approves 2 T&M days for BL-231', 'Jonas', undefined],
      ['rollback rehearsal on staging w/ [[Mira]], owner [[Dario]]', 'Dario', undefined],
      ['pre-scale nodes [[Dario]]', 'Dario', undefined],
      ['rollback rehearsal on staging w/ [[Mira]]', undefined, undefined],
      ['prod cutover #owner/me', 'me', undefined],
      ['WAITING [[Priya]] CEO decision A vs B', 'Priya', undefined],
      ['update the Stripe price #owner/me DEADLINE: <2026-12-28 Mon>', 'me', '2026-12-28'],
      ['TODO [[Lena]] list of pilot customers\n  SCHEDULED: <2026-12-01 Tue> DEADLINE: <2026-12-04 Fri>', 'Lena', '2026-12-04'],
      ['[[Dario]] runbook review -> 2026-12-15', 'Dario', '2026-12-15'],
      // Minutes: action labels, initials, a remark after the name, a passive with no one in it.
      ['ACTION: HB to issue a credit note by 2026-11-20', 'HB', '2026-11-20'],
      ['Action — HB: confirm the two colleagues, by 2026-11-27', 'HB', '2026-11-27'],
      ['GP (for the firm): decision on option 1 or 2 — by 2026-12-18', 'GP', '2026-12-18'],
      ['ACTION: Client (Accounts) to pay the invoice by 2026-12-28', 'Client', '2026-12-28'],
      ['FG and DW to choose option 1 or 2, by 2026-12-11', 'FG and DW', '2026-12-11'],
      ['Certified copies to be couriered to the firm by 2026-12-04', undefined, '2026-12-04'],
      // A first name that is also a verb, before `to` or `will`, is a person; the verb before `to` stays a verb.
      ["Mark to send the station's ad specs by 2026-11-27", 'Mark', '2026-11-27'],
      ['Call to confirm the date by 2026-11-27', undefined, '2026-11-27'],
      // A noun in -ss, -us or -is after a capitalised word is no verb: no one is named.
      ['Weekly status call with the board by 2026-12-04 (me)', 'me', '2026-12-04'],
      ['Quarterly access review by 2026-12-04', undefined, '2026-12-04'],
      ['Traffic analysis for the landing page by 2026-12-04', undefined, '2026-12-04'],
      ['Ellie is booking the venue by 2026-12-04', 'Ellie', '2026-12-04'],
      // Phone notes, Word and Roam: roles and departments, pronouns, day-month-year, Roam's markers.
      ['Confirm the re-route can be done before drywall (GC) – 2026-11-30', 'GC', '2026-11-30'],
      ["Sign the phase 2 agreement (owners' group) – 2026-12-08", "owners' group", '2026-12-08'],
      ['Check the trade price (the cabinet shop) – 2026-11-27', 'the cabinet shop', '2026-11-27'],
      ['they owe me the creator shortlist by 2026-12-02', 'they', '2026-12-02'],
      ['You send the logo files by 2026-12-02', 'You', '2026-12-02'],
      ['Quote v2: me, by 2026-12-02', 'me', '2026-12-02'],
      ['Approve the quote: Ms Doe, by 2026-12-02', 'Ms Doe', '2026-12-02'],
      ['Round 2: Neahkahnie + Rogue Wave, 2026-12-02', undefined, '2026-12-02'],
      ['APP-142 fix login crash — PIC: Farah, ETA: 2026-12-03', 'Farah', '2026-12-03'],
      ['Keystone AP: pay final invoice by 2026-12-07', 'Keystone AP', '2026-12-07'],
      ['A2 – Client AP – Pay INV-2026-140 – 2026-11-30', 'Client AP', '2026-11-30'],
      ['Client HR to send the contract by 2026-12-04', 'Client HR', '2026-12-04'],
      ['{{[[TODO]]}} Get the written price (contractor) [[December 1st, 2026]]', 'contractor', undefined],
      // Japanese habits, bold names mid-item, a deadline's key over a day the words mention.
      ['Send the change request quote (担当: me, 2026-11-19)', 'me', '2026-11-19'],
      ['Fix the 2 inconsistencies（担当： me, 2026-10-23）', 'me', '2026-10-23'],
      ['Rush quote → me → 2026-11-12', 'me', '2026-11-12'],
      ['Second shoot day pencilled – **Dervla** to confirm the room by 2026-12-02', 'Dervla', '2026-12-02'],
      ['**The couple** – decide Classic or Heritage by 2026-12-03', 'The couple', '2026-12-03'],
      ['Confirm which projects were quoted before 2026-11-05 — by 2026-11-27', undefined, '2026-11-27'],
      // A bookkeeper's numbered actions, a researcher's bracketed names.
      ['A1 – GH – Resend both invoices – 2026-11-17', 'GH', '2026-11-17'],
      ['[Carmen] ask Javier to raise the PO by 2026-11-28', 'Carmen', '2026-11-28'],
    ];
    for (const [item, owner, due] of cases) {
      it(`reads "${item}" as owned by ${owner ?? 'no one'}, due ${due ?? 'never'}`, () => {
        const notation = readStepNotation(item);
        assert.equal(notation.owner?.text, owner);
        assert.equal(notation.due?.text, due);
      });
    }

    it('reads the day of a step handed over by an arrow after a lower-case name, or dictated with the day spelled out', () => {
      assert.deepEqual(
        digest(note(['- dev → Sunday Light shoot (sat dec 12)', '- Pete from GreenEdge will start planting on Monday the thirtieth of November', '- Hemi will get the consent lodged by the eleventh'].join('\n'))).steps.map((step) => [step.owner, step.due]),
        [['dev', '2026-12-12'], ['Pete', '2026-11-30'], ['Hemi', '2026-12-11']],
      );
    });

    it('names no owner or date where the item has one: none of the issue\'s examples is a finding', () => {
      const text = note(
        [
          '- Me → send the floor plan, 2026-12-10',
          '- Owen to confirm the guest list by 2026-12-12',
          '- 2026-12-15 – Ellie films the venue',
          '- **Misaki** sends the preset by 2026-12-27',
          '- Send the quote (owner: me) by 11 December 2026',
          '- Share the shot list (owner: me) by Fri 4 Dec',
        ].join('\n'),
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(
        digest(text).steps.map((step) => [step.owner, step.due]),
        [
          ['Me', '2026-12-10'],
          ['Owen', '2026-12-12'],
          ['Ellie', '2026-12-15'],
          ['Misaki', '2026-12-27'],
          ['me', '2026-12-11'],
          ['me', '2026-12-04'],
        ],
      );
    });

    it('gives the steps under a label line to whom it names, as a notetaker groups action items by speaker', () => {
      const text = note(
        [
          '**Sam Lee**',
          '- [ ] Send the costing by 2026-12-02 [21:30]',
          '',
          '**Jane Doe:**',
          '- [ ] Get the owners\' OK by 2026-12-03',
          '',
          'Client:',
          '- Confirm the print run by 2026-12-04',
          '',
          '**This week**',
          '- Book the courier by 2026-12-05',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.owner, step.due]),
        [
          ['Sam Lee', '2026-12-02'],
          ['Jane Doe', '2026-12-03'],
          ['Client', '2026-12-04'],
          [undefined, '2026-12-05'],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), ['next-step-incomplete: Next step "Book the courier" has no owner: add `owner: NAME`.']);
    });

    it('reads a checklist pasted with box glyphs and no list markers, one step a line, owned by the label over it', () => {
      const text = note(
        [
          '**Mine**',
          '☐ Send the revised outline – ME – Dec 4th',
          '☑ Share the budget template – ME – Nov 19th',
          '',
          "**Jane's**",
          '☐ Confirm the page count by Dec 2nd',
          '- ☐ Book the review call – ME – Dec 10th',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Send the revised outline', 'ME', '2026-12-04', false],
          ['Share the budget template', 'ME', '2026-11-19', true],
          ['Confirm the page count', 'Jane', '2026-12-02', false],
          ['Book the review call', 'ME', '2026-12-10', false],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(findings(text, 'next-step-overdue'), []);
    });

    it('reads a name in capitals set off as a part, a weekday with its day in brackets, and a role the client has', () => {
      const text = note(
        [
          '- [ ] Rewrite all 6 PDPs, round 2 — NOOR — Fri (Nov 27)',
          '- [ ] Swap the hero headline — NOOR — by Thurs (Dec 3)',
          "- [ ] Sign-off on the reissued invoice (client's legal) — Tues (Dec 1)",
          '- [ ] Review of the brochure claims — (clinic compliance) — Fri (Dec 4)',
          '- [ ] Send the deck — URGENT — Fri (Nov 27)',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['Rewrite all 6 PDPs, round 2', 'NOOR', '2026-11-27'],
          ['Swap the hero headline', 'NOOR', '2026-12-03'],
          ['Sign-off on the reissued invoice', "client's legal", '2026-12-01'],
          ['Review of the brochure claims', 'clinic compliance', '2026-12-04'],
          // A priority between the parts, as a state is, is no word of the step.
          ['Send the deck', undefined, '2026-11-27'],
        ],
      );
    });

    it('reads minutes written as Action Item paragraphs with a responsible party and a target date, and a frontmatter status', () => {
      const text = note(
        [
          'Action Item 4.1 — Issue Change Order No. 1 (fixed fee, $3,250). Responsible party: Consultant. Target date: November 21, 2026. (COMPLETED 11/21)',
          '',
          'Action Item 4.2 — Countersign Change Order No. 1. Responsible party: Client (D. Kowalczyk). Target date: December 1, 2026. Status: Open.',
        ].join('\n'),
        ['next_steps:', '  - what: Send the revised timeline', '    owner: me', '    due: 2026-11-22', '    status: completed 2026-11-22'].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done, step.doneOn]),
        [
          ['Send the revised timeline', 'me', '2026-11-22', true, '2026-11-22'],
          // `(COMPLETED 11/21)`: the day it was done, as the minutes write their days.
          ['Issue Change Order No. 1 (fixed fee, $3,250).', 'Consultant', '2026-11-21', true, '2026-11-21'],
          ['Countersign Change Order No. 1.', 'Client', '2026-12-01', false, undefined],
        ],
      );
      assert.deepEqual(findings(text), []);
    });

    it('reads what Word and Pandoc write: a crossed box, two hyphens for a dash, a hard break, a day under a Done header', () => {
      const text = note(
        [
          '1.  Send the amendment. **Responsible:** KH. **Due:** 11/19/26. ☒',
          '2.  Pay the undisputed \\$1,140 (GA -- 11/30/26)',
          '3.  ~~Apply a 10% credit to the invoice.~~\\',
          '    Responsible: KH\\',
          '    Due: November 12, 2026',
          '',
          '| Action | Responsible | Due | Done |',
          '|---|---|---|---|',
          '| Deliver the memo | KH | 10/23/26 | 10/22/26 |',
          '| Sign the letter | Tom | 12/10/26 | |',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Send the amendment.', 'KH', '2026-11-19', true],
          ['Pay the undisputed \\$1,140', 'GA', '2026-11-30', false],
          ['Apply a 10% credit to the invoice.', 'KH', '2026-11-12', true],
          ['Deliver the memo', 'KH', '2026-10-23', true],
          ['Sign the letter', 'Tom', '2026-12-10', false],
        ],
      );
    });

    it("reads Pandoc's grid table, each row's cells over several lines, and leaves its grid to the writer's hands", () => {
      const text = note(
        [
          '+------------------------------+-------------+----------+---------------+',
          '| Task                         | Responsible | Due date | Status        |',
          '+==============================+=============+==========+===============+',
          '| Deliver the final contract   | KH          | 11/20/26 | Done 11/19/26 |',
          '| calendar (31 contracts)      |             |          |               |',
          '+------------------------------+-------------+----------+---------------+',
          '| Move the shared tracker to   |             | 12/14/26 | Open          |',
          '| the SharePoint site          |             |          |               |',
          '+------------------------------+-------------+----------+---------------+',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Deliver the final contract calendar (31 contracts)', 'KH', '2026-11-20', true],
          ['Move the shared tracker to the SharePoint site', undefined, '2026-12-14', false],
        ],
      );
      const missing = lint(text, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'next-step-incomplete');
      assert.equal(missing.length, 1);
      // Writing a name into the cell would break the grid's columns: no fix is offered.
      assert.equal(missing[0].fix, undefined);
    });

    it("reads a spreadsheet's rows pasted as text, split by semicolons or tabs, under their header line or as a list", () => {
      const listed = note(['Action;Owner;Due;Status', '- Book the reefer;me;2026-11-16;Done 11/15', '- Confirm the warehouse date;Sakura;2026-12-10;', '- Decide on the DHL sample;;2026-11-30;'].join('\n'));
      assert.deepEqual(
        digest(listed).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Book the reefer', 'me', '2026-11-16', true],
          ['Confirm the warehouse date', 'Sakura', '2026-12-10', false],
          ['Decide on the DHL sample', undefined, '2026-11-30', false],
        ],
      );
      const missing = lint(listed, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'next-step-incomplete');
      assert.equal(missing.length, 1);
      // A value written into a pasted row has no place the spreadsheet would read it back from: no fix.
      assert.equal(missing[0].fix, undefined);
      const tabbed = note(['Task\tWho\tWhen', 'Send the quote\tme\t2026-11-25', '\tJane\t2026-11-26', 'Sign the letter\tJane\t2026-12-01'].join('\n'));
      assert.deepEqual(
        digest(tabbed).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['Send the quote', 'me', '2026-11-25'],
          ['Sign the letter', 'Jane', '2026-12-01'],
        ],
      );
    });

    it('still reads the steps under a misspelt heading, which required-sections reports', () => {
      const text = note('- [x] Send the plan (owner: me, due: 2026-11-21)').replace('## Agreed next steps', '## Nxet steps');
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.done]),
        [['Send the plan', true]],
      );
      assert.deepEqual(
        findings(text).map((finding) => finding.split(':')[0]),
        ['required-sections'],
      );
    });

    it('takes a frontmatter step the body words differently, due the same day, for the same step', () => {
      const text = note(
        ['- [x] Sign revised SOW + 40% deposit — them — Fri (Nov 27)', '- [x] Final invoice schedule + offboarding plan — me — Mon (Nov 23)', '- [ ] Pay the balance — them — Fri (Dec 4)'].join('\n'),
        [
          'next_steps:',
          '  - what: Sign the revised SOW and pay the deposit',
          '    owner: client',
          '    due: 2026-11-27',
          '  - what: Final invoice schedule and offboarding plan',
          '    owner: me',
          '    due: 2026-11-23',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.done]),
        [
          ['Sign the revised SOW and pay the deposit', true],
          ['Final invoice schedule and offboarding plan', true],
          ['Pay the balance', false],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-overdue'), []);
      assert.deepEqual(
        recap(text).nextSteps.map((step) => [step.what, step.done]),
        [
          ['Sign the revised SOW and pay the deposit', true],
          ['Final invoice schedule and offboarding plan', true],
          ['Pay the balance', false],
        ],
      );
    });

    it('reads a French or German done word where a done mark stands, a line that opens as a to-do, and a German weekday before its day (Mi, 2.12.)', () => {
      const french = note(
        [
          '- [x] Livrer le lot principal — moi — 2026-11-18 ✅ fait le 18 nov.',
          '- Envoyer la liste — Julie (client) — le 18 nov. (fait)',
          '',
          'À faire : envoyer la nouvelle grille par courriel — moi — le 19 nov.',
          'À faire : je vais appeler Hugo le 14 déc. si pas de nouvelles — moi',
        ].join('\n'),
        'lang: fr',
      );
      assert.deepEqual(
        digest(french).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Livrer le lot principal', 'moi', '2026-11-18', true],
          ['Envoyer la liste', 'Julie', '2026-11-18', true],
          ['envoyer la nouvelle grille par courriel', 'moi', '2026-11-19', false],
          ['je vais appeler Hugo le 14 déc. si pas de nouvelles', 'moi', '2026-12-14', false],
        ],
      );
      const german = note('- Angebot schicken (Verantwortlich: ich, bis 18.11.2026) – erledigt\n- Dreh Hauptvideo – ich (Tanja ist dabei) – Mi, 2.12.\n\nZu erledigen: Rechnung stellen – ich – 30.11.2026', 'lang: de');
      assert.deepEqual(
        digest(german).steps.map((step) => [step.owner, step.due, step.done]),
        [
          ['ich', '2026-11-18', true],
          ['ich', '2026-12-02', false],
          ['ich', '2026-11-30', false],
        ],
      );
    });

    it('reads dates as a reader would, against the conversation\'s date, and leaves the ambiguous ones unread', () => {
      const read = (written: string) => dayOfWrittenDate(written, '2026-11-20');
      assert.deepEqual(
        ['11 December 2026', 'Dec 10', 'Fri 4 Dec', '4.12.2026', '30/11/2026', 'Jan 8', 'Nov 2', 'Friday', 'tomorrow', 'end of month', 'end of December'].map(read),
        ['2026-12-11', '2026-12-10', '2026-12-04', '2026-12-04', '2026-11-30', '2027-01-08', '2026-11-02', '2026-11-27', '2026-11-21', '2026-11-30', '2026-12-31'],
      );
      assert.deepEqual(['5/12', '03/04/2027', 'next week', 'ASAP', '31 February 2026'].map(read), [undefined, undefined, undefined, undefined, undefined]);
      assert.equal(dayOfWrittenDate('Dec 10'), undefined, 'no year and no conversation date: no day');
    });

    it("reads day and month in the order the writer's unambiguous dates use, and a two-digit year as this century's", () => {
      assert.equal(slashedDateOrder('by Mon 16/11/2026, then 10/11'), 'day-first');
      assert.equal(slashedDateOrder('by 11/30, then 12/1'), 'month-first');
      assert.equal(slashedDateOrder('16/11 and 11/30'), undefined, 'both habits: none');
      assert.equal(slashedDateOrder('10/11 and 1/2/2027, version 2.1/3'), undefined, 'no date says');
      assert.equal(dayOfWrittenDate('10/11/2026', '2026-11-03', 'day-first'), '2026-11-10');
      assert.equal(dayOfWrittenDate('10/11/2026', '2026-11-03', 'month-first'), '2026-10-11');
      assert.equal(dayOfWrittenDate('10/11/2026', '2026-11-03'), undefined);
      assert.deepEqual(['27/11/26', '4/12/26', 'Mon 30/11/26'].map((written) => dayOfWrittenDate(written, '2026-11-20', 'day-first')), ['2026-11-27', '2026-12-04', '2026-11-30']);
      const text = note('- HB to send the revised quote by 16/11/2026\n- HB to send the corrected transcript by 10/11/2026\n- CO to confirm by 11/12/2026');
      assert.deepEqual(
        digest(text).steps.map((step) => step.due),
        ['2026-11-16', '2026-11-10', '2026-12-11'],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('takes a due date\'s own key over a "by" in the step\'s words, and "both parties" for no one', () => {
      const text = note('1. **Sam** – ask purchasing to send cost prices by the 28th – due Fri 20 Nov');
      assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-11-20']);
      assert.equal(findings(text, 'next-step-overdue').length, 1);
      assert.match(findings(note('- Amend the travel clause. Responsible party: Both parties. Target date: 2026-12-15.'), 'next-step-incomplete').join(), /unclear owner/);
    });

    it('reads trailing parts closed by a full stop, and dates against a conversation date whose order cannot be told when both readings agree', () => {
      assert.deepEqual(findings(note('2. Decision on retainer renewal — Client — 2026-12-04.'), 'next-step-incomplete'), []);
      const text = note('- [ ] them: pay CAL-2608 by 2026-11-30\n- [ ] Jane: send the contract by 12/1').replace('date: 2026-11-20', 'date: 05/11/2026');
      assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-11-30', undefined], '12/1 against 5 November or 11 May: no one day');
      // A day in words written day first (`30 nov`) tells the order: the conversation is 5 November, and 12/1 is 12 January.
      const inWords = note('- [ ] them: pay CAL-2608 by 30 nov\n- [ ] Jane: send the contract by 12/1').replace('date: 2026-11-20', 'date: 05/11/2026');
      assert.deepEqual(digest(inWords).steps.map((step) => step.due), ['2026-11-30', '2027-01-12']);
    });

    it('reads Notion\'s exported fields: Assign: @Full Name, Due: @date mentions, and a date mention is no owner', () => {
      const text = note('- [ ] Send the floor plan — Assign: @Sam Lee — Due: @December 1, 2026\n- [ ] Book the valet @Dec 3 (owner: me)');
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['Send the floor plan', 'Sam Lee', '2026-12-01'],
          ['Book the valet', 'me', '2026-12-03'],
        ],
      );
    });

    it('reads a closing Status: Done as done, and pairs a step the writer gave their own attendee name', () => {
      const text = note('- [x] Send revised October invoice — Assign: @Dee — Due: Nov 21 — Status: Done', 'next_steps:\n  - what: Send revised October invoice\n    owner: me\n    due: 2026-11-21').replace('attendees: [Jane Doe, Sam Lee]', 'attendees: [Jane Doe, Sam Lee, Dee Harper]');
      assert.deepEqual(digest(text).steps.map((step) => [step.what, step.done]), [['Send revised October invoice', true]]);
      assert.deepEqual(findings(text), []);
      const open = note('- Send the hours log — Status: In progress (owner: me, due: 2026-11-21)');
      assert.equal(findings(open, 'next-step-overdue').length, 1);
    });

    it('learns the writer\'s name from the attendees when a step gives it to me in the other place', () => {
      const text = note('- [ ] Send the revised budget — Assign: @Dee Harper — Due: 2026-12-01', 'next_steps:\n  - what: Send the revised budget\n    owner: me\n    due: 2026-12-01').replace('attendees: [Jane Doe, Sam Lee]', 'attendees: [Jane Doe, Sam Lee, Dee Harper]');
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(recap(text).nextSteps.map((step) => step.doer), ['me']);
      const contact = note('- [ ] Send the revised budget — Assign: @Jane Doe — Due: 2026-12-01', 'next_steps:\n  - what: Send the revised budget\n    owner: me\n    due: 2026-12-01');
      assert.match(findings(contact, 'next-step-incomplete').join(), /different owners/, 'the contact is never me');
    });

    it('reads a label naming the section it is in as a line of it, and owners written as two of the client\'s people', () => {
      const text = note('Follow-up tasks (from Teams):\n- Jane Doe will confirm the switch by 2026-12-01\n- Send the plan (owner: Jane Doe / Sam Lee, due: 2026-12-02)\n- Sign the order (owner: Jane Doe + Sam Lee, due: 2026-12-03)');
      assert.deepEqual(digest(text).steps.map((step) => [step.side, step.due]), [['client', '2026-12-01'], ['client', '2026-12-02'], ['client', '2026-12-03']]);
      assert.deepEqual(findings(text), []);
      assert.match(findings(note('- Send the plan (owner: me / Jane Doe, due: 2026-12-02)'), 'next-step-incomplete').join(), /unclear owner/);
    });

    it('reads a done word with its day after the due date, and French and German week and done words', () => {
      const german = note('- [x] Neues Angebot (ich) – fällig: 21.11. erledigt am 20.11.', 'lang: de');
      assert.deepEqual(digest(german).steps.map((step) => [step.what, step.owner, step.due, step.done]), [['Neues Angebot', 'ich', '2026-11-21', true]]);
      const french = note('| Action | Porteur | Échéance | État |\n|---|---|---|---|\n| Émettre le bon de commande | moi | fin S50 | à faire |\n| Proposer trois créneaux | moi | 18/11 | réalisé |\n| Inscrire la démarche | moi | 21/11 | soldé |', 'lang: fr');
      assert.deepEqual(digest(french).steps.map((step) => [step.due, step.done]), [['2026-12-11', false], ['2026-11-18', true], ['2026-11-21', true]]);
    });

    it('takes a checklist under an agreements heading for the steps, where no next-steps heading holds a task', () => {
      const text = note('').replace('## Agreed next steps', '## Vereinbart\n\n- [ ] Texte liefern (Kunde) – fällig: 21.11.\n- [x] Zeitplan schicken (ich) – fällig: 20.11.\n\n## Offene Punkte\n\n- Soll die Galerie auf den Konfigurator verlinken?');
      assert.deepEqual(digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]), [
        ['Texte liefern', 'Kunde', '2026-11-21', false],
        ['Zeitplan schicken', 'ich', '2026-11-20', true],
      ]);
      assert.deepEqual(findings(text).map((finding) => finding.split(':')[0]), ['next-step-overdue']);
    });

    it('reads lines numbered with a slash as steps, with their fields on the indented lines below', () => {
      const text = note('1/ Confirmer la fin du contrat\n   Resp. : TV — Échéance : 23-11-2026 — clôturé\n2/ Envoyer les coordonnées de deux freelances\n   Resp. : Mme Lemaire — Échéance : 27-11-2026', 'lang: fr');
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Confirmer la fin du contrat', 'TV', '2026-11-23', true],
          ['Envoyer les coordonnées de deux freelances', 'Mme Lemaire', '2026-11-27', false],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads steps pasted from phone notes: bullet glyphs, an AI: label, the owner in square brackets, T+n days', () => {
      const text = note('• AI: [AK] revised plan to Jane → T+5\n• AP - [Priya] sign off the scope by Nov 27\n  ◦ only the v1 screens');
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['revised plan to Jane', 'AK', '2026-11-25'],
          ['sign off the scope', 'Priya', '2026-11-27'],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads the steps of an Obsidian callout, and a person\'s page link as the owner', () => {
      const text = note('> [!todo] Next steps\n> - [x] Recap email to Jane owner:: me ✅ 2026-11-20\n> - [ ] Amend the PO owner:: [[Jane Doe]] [due:: 2026-11-27]', 'next_steps:\n  - what: Amend the PO\n    owner: "[[Jane Doe]]"\n    due: 2026-11-27');
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Amend the PO', 'Jane Doe', '2026-11-27', false],
          ['Recap email to Jane', 'me', undefined, true],
        ],
      );
      assert.deepEqual(findings(text), []);
    });

    it('takes a frontmatter step and a body step as one when both lack a day and share two words, or name the same person the same day', () => {
      const undated = note('- [Dana] re-issue Plaid sandbox keys and share them', 'next_steps:\n  - what: Get the Plaid sandbox keys re-issued\n    owner: Dana');
      assert.equal(findings(undated, 'next-step-incomplete').length, 1);
      const samePerson = note('- [Oliver] payment by 2026-11-21 (done)', 'next_steps:\n  - what: Pay revised invoice\n    owner: Oliver\n    due: 2026-11-21');
      assert.deepEqual(findings(samePerson), []);
      const twoPeople = note('- [Sam] payment by 2026-11-21', 'next_steps:\n  - what: Pay revised invoice\n    owner: Oliver\n    due: 2026-11-21');
      assert.equal(digest(twoPeople).steps.length, 2);
    });

    it('reads day and month in the order that keeps all of a note\'s dates without a year near the conversation, when two or more say so', () => {
      assert.equal(slashedDateOrder('- send the scope (12/01)\n- pick one (12/04)', '2026-11-20'), 'month-first', '12 April is far from 20 November');
      assert.equal(slashedDateOrder('- send the scope (1/12)\n- pick one (4/12)', '2026-11-20'), 'day-first');
      assert.equal(slashedDateOrder('- signed 9/2\n- send it (12/05)', '2026-11-23'), 'month-first', '9/2 fits both, 12/05 only month first');
      assert.equal(slashedDateOrder('- send the quote (5/12)', '2026-11-20'), undefined, 'one date alone says nothing');
      assert.equal(slashedDateOrder('- send it (12/01)\n- pick (1/12)', '2026-11-20'), undefined, 'both orders fit');
      const text = note('- [ ] @mateo send trimmed scope (12/01)\n- [ ] @jane pick loyalty points vs tickets (12/04)');
      assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-12-01', '2026-12-04']);
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads what Word, Roam, Bear and phone notes write: days, done marks, fields nested under the step', () => {
      assert.deepEqual(['4-Dec-2026', '8-Jan-27', 'Nov. 12th'].map((written) => dayOfWrittenDate(written, '2026-11-20')), ['2026-12-04', '2027-01-08', '2026-11-12']);
      const text = note(
        [
          '1. Send the savings options (Marisol) – Nov. 12th ✔️',
          '   a. include photos of the tile',
          '   b. ask about the restocking fee',
          '- {{[[DONE]]}} Pay the corrected invoice (Hotel Alameda) [[November 13th, 2026]]',
          '- Me: holding statement to Tom by 10:30pm tonight DONE',
          '- Tom: approve the statement tonight (approved 10:52pm)',
          '- x Jen: tell the host stands about the policy, 11/24',
          '- Derek signs + mails the letter 11/20',
          '- [ ] TestFlight build for the demo',
          '    - owner: me',
          '    - due: 2026-12-07',
          '- [ ] Production keys for me',
          '    - Owner:: Client',
          '    - until 3.12.2026',
          '- [x] Resubmit the build',
          '\t- owner: me',
          '\t- due: 2026-11-24 ✅ 2026-11-24',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Send the savings options', 'Marisol', '2026-11-12', true],
          ['Pay the corrected invoice [[November 13th, 2026]]', 'Hotel Alameda', undefined, true],
          ['holding statement to Tom by 10:30pm tonight', 'Me', undefined, true],
          ['approve the statement tonight', 'Tom', undefined, true],
          ['tell the host stands about the policy', 'Jen', '2026-11-24', true],
          ['Derek signs + mails the letter 11/20', 'Derek', '2026-11-20', false],
          ['TestFlight build for the demo', 'me', '2026-12-07', false],
          ['Production keys for me', 'Client', '2026-12-03', false],
          ['Resubmit the build', 'me', '2026-11-24', true],
        ],
      );
    });

    it('reads a closing DONE with a remark after it as done, and `till` before a day as the due key', () => {
      const text = note(
        [
          '- me - fix idempotency key, till 20.11 DONE (deployed 20.11 17:00)',
          '- client: Katrin - pay PW-2026-07 till 30.10.2026 — DONE (paid 29.10)',
          '- me - alert for duplicated rows, till 02.12.2026',
          '- me - fix the till, 21.11',
        ].join('\n'),
        'next_steps:\n  - what: Pay PW-2026-07\n    owner: client\n    due: 2026-10-30',
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.what, step.due, step.done]),
        [
          ['Pay PW-2026-07', '2026-10-30', true],
          ['fix idempotency key', '2026-11-20', true],
          ['alert for duplicated rows', '2026-12-02', false],
          ['fix the till', '2026-11-21', false],
        ],
      );
      assert.equal(findings(text, 'next-step-overdue').length, 1, 'only the till, due 21.11 and open');
      // The client's side, then the one on it who does the step; my side's lead keeps the words after it.
      assert.deepEqual(
        digest(note('- client: Oliver - add the retry case, till 04.12.2026\n- me: Stripe - rotate the keys, till 04.12.2026')).steps.map((step) => [step.what, step.owner]),
        [
          ['add the retry case', 'Oliver'],
          ['Stripe - rotate the keys', 'me'],
        ],
      );
    });

    it('reads a weekday in brackets or an hour after a day, a weekday before an ordinal, and done marks of Japanese and GitHub writers', () => {
      assert.deepEqual(
        ['2026/12/04 (Fri)', '12/4 (Fri)', '2026/11/06 18:00', 'Fri 27th', 'Wed 9th', 'Weds 2nd', 'Dec-04', 'w/e 12th', '30th', 'EOD Fri'].map((written) => dayOfWrittenDate(written, '2026-11-20')),
        ['2026-12-04', '2026-12-04', '2026-11-06', '2026-11-27', '2026-12-09', '2026-12-02', '2026-12-04', '2026-12-12', '2026-11-30', '2026-11-27'],
      );
      // A day the step ends with, in any form, is its due date; a day in its words, when it says its weekday.
      assert.deepEqual(
        digest(note('- (R) deliver round 4 cut Weds 2nd\n- (R) final deliverables 18.12.2026\n- (R) chase Mon 30th if nothing in\n- A1 – GH – Send the quote – 2026-11-17 – Closed')).steps.map((step) => [step.due, step.done]),
        [
          ['2026-12-02', false],
          ['2026-12-18', false],
          ['2026-11-30', false],
          ['2026-11-17', true],
        ],
      );
      const text = note(
        [
          '- Send the quote (担当: me, 2026/11/19) → done',
          '- Send the export — Owner: Ishida-san — 11/20 (Fri) 済',
          '- Menus delivery (担当: me, 2026/11/06 18:00) → done 17:40',
          '- [ ] @chloe publish the EN pages by Nov 17 :white_check_mark:',
          '',
          '| What | Who | Due |\n|---|---|---|\n| Revised schedule by mail | me | 2026/11/25 (Wed) ✔ |',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.owner, step.due, step.done]),
        [
          ['me', '2026-11-19', true],
          ['Ishida-san', '2026-11-20', true],
          ['me', '2026-11-06', true],
          ['chloe', '2026-11-17', true],
          ['me', '2026-11-25', true],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads no step under a sub-heading that names another section', () => {
      const text = note('### What we agreed\n\n- 2027 contract = website + DB, one contract.\n\n### Who does what\n\n- Send the contract (owner: me, due: 2026-12-01)').replace('## Agreed next steps', '## Agreements and next steps');
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the contract']);
    });

    it('takes an item that ends in a colon, over what it introduces, for a label and not a step', () => {
      const text = note('- [ ] Send the SOW (owner: me, due: 2026-12-02)\n- all open Tallyho tasks:\n  {{query (and [[Tallyho]] (task TODO DOING))}}');
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the SOW']);
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads a weekday with a day and month in figures, and a day of the month, against the conversation', () => {
      const read = (written: string) => dayOfWrittenDate(written, '2026-11-24');
      assert.deepEqual(
        ['Wed 12/2', 'Mon 11/30', 'Fri 11/27', '11/30', 'Tue 12/1', 'the 14th', 'the 30th', 'Thursday 03/12/2026'].map(read),
        ['2026-12-02', '2026-11-30', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-14', '2026-11-30', '2026-12-03'],
      );
      assert.deepEqual(['12/2', 'Mon 12/2', 'the 14th'].map((written) => dayOfWrittenDate(written)), [undefined, undefined, undefined], 'no conversation date');
      assert.equal(read('Mon 12/2'), undefined, 'a weekday neither reading falls on');
      assert.deepEqual(
        ['I’ll deliver the full deck by Wed 12/2, the day before the update.', 'I’ll draft an FAQ entry on the 14th, with Marco copied.', 'Finish the 2nd round of edits'].map(
          (item) => readStepNotation(item).otherDue?.text,
        ),
        ['Wed 12/2', 'the 14th', undefined],
      );
    });

    const moreNotations: Array<[string, string | undefined, string | undefined]> = [
      ['Quote for options 1 and 2 (me) 📅 2026-12-02 #task', 'me', '2026-12-02'],
      ['Valued stock list to Freitas (me), by 15/01/2027', 'me', '15/01/2027'],
      ['Confirm the cake with [[Doçaria Maria]] (me) ➕ 2026-10-14', 'me', undefined],
      ['DK: send revised Q1 plan after the call — due 2026-12-03', 'DK', '2026-12-03'],
      ['Lea — top-800 list from analytics (views, last 12 mo) — 2026-11-30', 'Lea', '2026-11-30'],
      ['Retry with backoff for the HubSpot models — DK — 2026-12-01', 'DK', '2026-12-01'],
      ['New retainer agreement (1,650 / 16 h, review clause) → **DK**, due 2026-12-02', 'DK', '2026-12-02'],
      // Of several arrows, the one that hands the step to someone; initials with someone after them.
      ['car La Môle → villa → LM, 27/11', 'LM', '27/11'],
      ['handover on board with the new keeper → LM + new keeper, 14/12', 'LM', '14/12'],
      ['ich -> Jana + Merve für 1.–3.12. reservieren bis 26.11.', 'ich', '26.11'],
      ['their CTO: decide option 1 vs 2 — due 2026-11-20', 'their CTO', '2026-11-20'],
      ['bride sends the updated family shot list by the 12th', 'bride', undefined],
      ['planner (Sophie) sends her notes from the booking call by nov 2', 'planner (Sophie)', undefined],
      ['Ffion & Luke pick an option by dec 8', 'Ffion & Luke', undefined],
      ['!! me: take film off the booking, by sun', 'me', undefined],
      ['Send files to the printer — 2026-12-06', undefined, '2026-12-06'],
      ['Homepage — Dana — 2026-12-06', 'Dana', '2026-12-06'],
      // TaskPaper and OmniFocus tags; Obsidian's waiting-on tag; a day a sentence ends with.
      ['Send revised tagline @due(12/2) @me', 'me', '12/2'],
      ['Approve v3 in writing @Raymond @due(Wednesday the 21st) @flag', 'Raymond', 'Wednesday the 21st'],
      ['Pay the $3,820 part @waiting(AP) @due(12/4)', 'AP', '12/4'],
      ['Sign the retainer agreement #waiting-on/client 📅 2026-12-15', 'client', '2026-12-15'],
      ["Helen Bowen to note the new rate in the trustees' budget paper, 14/01/2027.", 'Helen Bowen', '14/01/2027'],
      ['BK to brief Nick by phone – end of next week', 'BK', 'end of next week'],
      // Writers in lower case; AI notetakers' full names; an owner before a closing bracket.
      ['them: testflight invites for me + 2 test iphones by 27th', 'them', '27th'],
      ['@ aileen - add the line to their release checklist by 4 dec', 'aileen', '4 dec'],
      ['jenna: sign off the smoke-only scope for bf by 26th', 'jenna', '26th'],
      ['me: v1.3 of the plan w/ section 6 reworded, tmrw', 'me', 'tmrw'],
      ['them: order + ship device(s) to me w/c 7th', 'them', 'w/c 7th'],
      ['budget: confirm with finance by 3 dec', undefined, '3 dec'],
      ['due: 2026-11-30', undefined, '2026-11-30'],
      ['Mark Tupou: Tell the contractors the site hours (Due: Wed 9/12)', 'Mark Tupou', 'Wed 9/12'],
      ['Update Docs: the new API', undefined, undefined],
      ['Complete beds C and D – Hemi Walker (by Fri 20/11)', 'Hemi Walker', 'Fri 20/11'],
      // Indian English minutes: Self, ETA, a time zone, a name with a remark.
      ['Start build in dev sandbox after approval — Self — ETA 04-Dec-2026', 'Self', '04-Dec-2026'],
      ['Update MSA addendum draft — Self — ETA: 05-Dec-2026', 'Self', '05-Dec-2026'],
      ['Pay first instalment of AUD 9,000 — Sophie (AP) — ETA 04-Dec-2026', 'Sophie', '04-Dec-2026'],
      ['Share list for approval — Self — by EOD IST Friday', 'Self', 'EOD IST Friday'],
    ];
    for (const [item, owner, due] of moreNotations) {
      it(`reads "${item}" as owned by ${owner ?? 'no one'}${due ? `, due ${due}` : ''}: task tools' marks, initials, roles, arrows and brackets`, () => {
        const notation = readStepNotation(item);
        assert.equal(notation.owner?.text, owner);
        assert.equal(notation.due?.text ?? notation.otherDue?.text, due ?? notation.otherDue?.text);
        if (due === undefined && item.includes('➕')) assert.equal(notation.due, undefined, 'a created date is no due date');
      });
    }

    it('reads a TaskPaper done day as no due date, "end of next week" as the Friday after next, and a flag as no one', () => {
      const notation = readStepNotation('Confirm new print slot w/ printer @Tomás @due(Oct. 16) @done(Oct. 14)');
      assert.equal(notation.otherDue?.text, 'Oct. 16', 'the due tag, not the done one');
      assert.equal(readStepNotation('Chase revised PO number @flag @due(11/30)').owner, undefined);
      assert.equal(dayOfWrittenDate('end of next week', '2026-11-26'), '2026-12-04');
      assert.deepEqual(['tmrw', 'w/c 7th', 'w/c 7 dec'].map((written) => dayOfWrittenDate(written, '2026-11-26')), ['2026-11-27', '2026-12-11', '2026-12-11']);
    });

    it('reads a frontmatter date written as the body writes its days, and gives a label in initials the steps under it', () => {
      const text = note('BK:\n\n- [ ] Final invoice including the variation – by Fri 27/11\n- [ ] Set the balance up as 3 payments – by Mon 30/11').replace('date: 2026-11-20', 'date: 2/11/2026');
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.due]), [['BK', '2026-11-27'], ['BK', '2026-11-30']]);
    });

    it('reads a plain list under a label that names no one, among task-list steps, as an account and not steps', () => {
      const text = note('- [ ] Send the final invoice (owner: me, due: 2026-12-01)\n\nUpdate after the launch:\n\n- 118 of 120 guests through the door\n- Zone was a hit');
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the final invoice']);
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads a day and month joined by a hyphen after a deadline\'s key, day first when the note writes 27-11, and a range elsewhere as no date', () => {
      const text = note('- [ ] Marco sends the media plan before 23-10\n- [ ] Sem: confirm the quote in writing before 4-12\n- [ ] Femke: spreads 1-5 (owner: me)');
      assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-10-23', '2026-12-04', undefined]);
      assert.equal(readStepNotation('Send spreads 1-5').otherDue, undefined);
    });

    it('reads Self as mine, and a sub-heading with a remark in brackets as its owner', () => {
      const text = note('### Self\n- [ ] Share the SOW schedule — ETA 27-Nov-2026\n\n### Graham (Procurement)\n- [ ] Internal approval — ETA 05-Dec-2026');
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      assert.deepEqual(listed(text, { kind: 'me' }), ['Share the SOW schedule']);
      assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.due]), [['Self', '2026-11-27'], ['Graham', '2026-12-05']]);
      // A task label in any case opening the step, before its owner: `ToDo MK: Drucker bestellen`.
      assert.deepEqual(digest(note('- ToDo Fr. Gruber: Freigabe einholen – bis 27.11.2026\n- ToDo MK: Drucker bestellen – bis 04.12.2026', 'lang: de-AT')).steps.map((step) => [step.what, step.owner, step.due]), [
        ['Freigabe einholen', 'Fr. Gruber', '2026-11-27'],
        ['Drucker bestellen', 'MK', '2026-12-04'],
      ]);
      assert.deepEqual(digest(note('- next: Wade — list the locked January dates — 12/14')).steps.map((step) => [step.what, step.owner, step.due]), [['list the locked January dates', 'Wade', '2026-12-14']]);
      // An hourglass opening a step says it waits on someone: the name after it still owns it.
      assert.deepEqual(digest(note('- ⏳ Hélène : valider le texte avant le 01/12/2026', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [['Hélène', '2026-12-01']]);
      // Swiss French minutes: `Liquidé le 07.10.2026` is done, `Pendant` open.
      const minutes = note('| N° | Action | Responsable | Délai | Statut |\n|---|---|---|---|---|\n| 1 | Envoyer le PV | C. Dufaux | 08.10.2026 | Liquidé le 07.10.2026 |\n| 2 | Confirmer l\'accord | M. Berset | 30.11.2026 | Pendant |', 'lang: fr-CH');
      assert.deepEqual(digest(minutes).steps.map((step) => [step.owner, step.due, step.done]), [['C. Dufaux', '2026-10-08', true], ['M. Berset', '2026-11-30', false]]);
      assert.deepEqual(findings(note('- Envoyer le PV — C. Dufaux — 08.10.2026 — Pendant', 'lang: fr-CH'), 'next-step-overdue').length, 1);
      // A done sub-heading in the note's language, its accent and all.
      const asana = note('### À faire\n- Payer le solde\n  Responsable : Karim\n  Date d\'échéance : 12/11/2026\n\n### Terminé\n- Émettre la note de crédit\n  Responsable : moi\n  Date d\'échéance : 24/10/2026', 'lang: fr');
      assert.deepEqual(digest(asana).steps.map((step) => [step.owner, step.done]), [['Karim', false], ['moi', true]]);
      // Alternatives in the words under a sub-heading that names one owner are what the step is about.
      const planted = note('### Me\n- [ ] Revised planting plan for the lower bed (Carex/Libertia), due 2026-11-29');
      assert.deepEqual(digest(planted).steps.map((step) => step.owner), ['Me']);
      assert.deepEqual(findings(planted, 'next-step-incomplete'), []);
    });

    it('reads a task struck through or closing with a check mark as done in a table with no Status column', () => {
      const text = note(
        ['| Task | Who | When |', '|---|---|---|', '| ~~Send revised quote~~ ✅ | me | 2026-11-20 |', '| Board approval ✔ | Farah | 2026-11-21 |', '| Volunteer sheet | Farah | 2026-11-22 |'].join('\n'),
      );
      assert.deepEqual(digest(text).steps.map((step) => step.done), [true, true, false]);
      assert.deepEqual(findings(text, 'next-step-overdue').length, 1);
    });

    it('reads a part of a month as a day: early by its 10th, the middle by its 15th, late or its end by its last day', () => {
      const text = note('- Dana: confirm the budget early December\n- Dana: sign by mid-January\n- Dana: pay by end December\n- Dana: book late Jan');
      assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-12-10', '2027-01-15', '2026-12-31', '2027-01-31']);
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('reads a check mark with the day it was done, written any way, as done', () => {
      const text = note('- **Sam Ocampo**: Confirm who owns the billing — Due: 2026-11-13 ✅ 11/12\n- **Sam Ocampo**: Send the audit — Due: 2026-11-14 ✔ 12.11.');
      assert.deepEqual(digest(text).steps.map((step) => step.done), [true, true]);
    });

    it('reads a table whose owner column is headed Lead', () => {
      const text = note('| Ref | Action | Lead | Due | Status |\n|---|---|---|---|---|\n| 20.3 | Book two session dates | Carys Lloyd | 30/11/2026 | In progress |');
      assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.due]), [['Carys Lloyd', '2026-11-30']]);
    });

    it('reads a table with a Timeline or ETA column, a status opening with a coloured mark, a remark after the day, and a Remark column', () => {
      const text = note(
        [
          '| S/N | Action | Owner | Timeline | Status |',
          '|---|---|---|---|---|',
          '| 1 | Send the revised timeline | Me | 11/11/2026 | 🟢 Done |',
          '| 2 | Regression test | Priya (client QA) | 27/11/2026 | 🟡 In progress |',
          '',
          '| Task | Who | ETA |',
          '|---|---|---|',
          '| Send the reduced-scope proposal | Me | 13/11/2026 (pending) |',
          '| Board approval | Pastor Daniel | 20-Nov-26 🟡 |',
          '',
          '| Item | Responsible | Deadline | Remark |',
          '|---|---|---|---|',
          '| Send the rate card | Me | 19/11/2026 | Closed |',
          '| Fix the reconnect | Me | 18/11/2026 | ✔️ on staging 17/11 |',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(text).steps.map((step) => [step.owner, step.due, step.done]),
        [
          ['Me', '2026-11-11', true],
          ['Priya (client QA)', '2026-11-27', false],
          ['Me', '2026-11-13', false],
          ['Pastor Daniel', '2026-11-20', false],
          ['Me', '2026-11-19', true],
          ['Me', '2026-11-18', true],
        ],
      );
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('takes a deadline before a day something happens on, and reads calendar weeks, dotted days and "tomorrow"', () => {
      assert.equal(readStepNotation('tell Dan he is free on 17 apr, by sun').otherDue?.text, 'sun');
      const read = (written: string) => dayOfWrittenDate(written, '2026-11-20');
      assert.deepEqual(['end of KW 49', 'KW 50', '15.12.', 'Tue, 15.12.', '4.12'].map(read), ['2026-12-04', '2026-12-11', '2026-12-15', '2026-12-15', '2026-12-04']);
      // A weekday no reading of the figures falls on is a slip of the weekday: `Thu 27/11` is the 27th, a Friday; where both readings
      // are days, the writer's habit picks one, and nothing else does.
      assert.equal(read('Thu 27/11'), '2026-11-27');
      assert.deepEqual([dayOfWrittenDate('Wed 9/11', '2026-11-20', 'day-first'), read('Wed 9/11')], ['2026-11-09', undefined]);
      assert.equal(readStepNotation('me: re-export with the right names + new link tomorrow p1').otherDue?.text, 'tomorrow');
      assert.equal(readStepNotation('couple sends the shot list @waiting').owner?.text, 'couple', 'a GTD context names no one');
    });

    it('reads two people joined by "and" as the owner, on the side they share', () => {
      assert.equal(readStepNotation('Marcus and Jen will pick a favorite direction by Mon 11/30.').owner?.text, 'Marcus and Jen');
      const people = notePeople({ client: 'Acme Ltd', attendees: ['Jane Doe', 'Sam Lee'] });
      assert.deepEqual(
        ['Jane and Sam', 'Dana & Owen', 'me and Jane', 'Jane or me', 'Jane and tbd'].map((owner) => sideOf(owner, people)),
        ['client', 'named', 'both', 'unclear', 'unclear'],
      );
      assert.deepEqual(findings(note('- Jane and Sam will pick a direction by Mon 11/30.'), 'next-step-incomplete'), []);
      // Both sides, each of the people named, leave no doubt who does it; `we` and `both` do.
      assert.deepEqual(findings(note('- Video press check with the printer (me + Rob) 2026-11-27'), 'next-step-incomplete'), []);
      assert.equal(findings(note('- Video press check with the printer (we) 2026-11-27'), 'next-step-incomplete').length, 1);
      assert.equal(findings(note('- Video press check with the printer (me or Jane) 2026-11-27'), 'next-step-incomplete').length, 1);
    });

    it('reads the steps of a note whose frontmatter is broken against the date it still gives, with the one finding for the YAML', () => {
      const text = note('- I’ll send the handover folder by Friday, Nov 27.\n- Aisha pays within 15 days, so by Dec 16.').replace('topic: Phase 2', 'topic: Ending early: kill fee');
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
      const written = note('- I’ll send the handover folder by Friday, Nov 27.').replace('date: 2026-11-20', 'date: 11/20/2026');
      assert.deepEqual(findings(written, 'next-step-incomplete'), []);
      assert.deepEqual(findings(written, 'frontmatter-schema').length, 1);
    });

    it('keeps the format finding for a date whose day cannot be told', () => {
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 5/12)'), 'next-step-incomplete'), [
        'next-step-incomplete: Next step "Send the quote (due: 5/12)" has a due date that does not say which day ("5/12"): write the day as YYYY-MM-DD.',
      ]);
    });

    it('reads what Asana and org files paste in German and French: Zugewiesen an, Assigné à, an Erledigt sub-heading, WARTEN, wir beide', () => {
      const german = note(
        [
          '**Zu erledigen**',
          '- [ ] Weiterleitungsliste finalisieren',
          '  Zugewiesen an: Frauke Lüders · Fällig am: 13.12.2026',
          '- [ ] Keyword-Mapping durchgehen — Zugewiesen an: wir beide — Fällig am: 03.12.2026',
          '- WARTEN Entscheidung Server oder Cloud (Hr. Grund)',
          '',
          '### Erledigt',
          '- Neue Timeline schicken — Zugewiesen an: Frauke Lüders — Fällig am: 15.10.2026 👍 1',
        ].join('\n'),
        'lang: de',
      );
      assert.deepEqual(
        digest(german).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Weiterleitungsliste finalisieren', 'Frauke Lüders', '2026-12-13', false],
          ['Keyword-Mapping durchgehen', 'wir beide', '2026-12-03', false],
          ['Entscheidung Server oder Cloud', 'Hr. Grund', undefined, false],
          ['Neue Timeline schicken', 'Frauke Lüders', '2026-10-15', true],
        ],
      );
      assert.equal(sideOf('wir beide', notePeople({}, {}, de)), 'both');
      const french = note('- [ ] Envoyer le devis — Assigné à : Julie Fortin — Pour le : 04/12/2026', 'lang: fr');
      assert.deepEqual(digest(french).steps.map((step) => [step.owner, step.due]), [['Julie Fortin', '2026-12-04']]);
    });

    it('reads a remark in brackets after a mention as the person\'s, and a French step opening with a noun and its adjective as no one\'s', () => {
      const french = note('- [ ] Rapport écrit clim — @Luca (capitaine) — 20/12\n- [ ] Réponse définitive sur le geste — avant fin nov.', 'lang: fr');
      assert.deepEqual(
        digest(french).steps.map((step) => [step.what, step.owner]),
        [
          ['Rapport écrit clim', 'Luca'],
          ['Réponse définitive sur le geste', undefined],
        ],
      );
      assert.equal(readStepNotation('Written report on the AC — @Luca (captain) — 2026-12-20').owner?.text, 'Luca');
    });

    it('reads a state still open as a lozenge in brackets, first or last, and a field left empty, as no part of the step\'s words', () => {
      const german = note('- Angebot schicken — ich — 4.12. [OFFEN]\n- [IN ARBEIT] Angebot prüfen — ich — 5.12.', 'lang: de');
      assert.deepEqual(
        digest(german).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['Angebot schicken', 'ich', '2026-12-04'],
          ['Angebot prüfen', 'ich', '2026-12-05'],
        ],
      );
      const english = note('- Send the quote — me — 2026-12-04 [OPEN]\n- [In progress] Check the layout — me — 2026-12-05\n- Check the invoice — Resp: — Status: Pending');
      assert.deepEqual(
        digest(english).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['Send the quote', 'me', '2026-12-04'],
          ['Check the layout', 'me', '2026-12-05'],
          ['Check the invoice', undefined, undefined],
        ],
      );
    });

    it('reads a done mark closing a step\'s first line over its field lines, Outlook\'s task table, nous deux, and a nested Due: as no one', () => {
      const french = note(
        [
          "1. Envoyer l'avenant ✅ 07/11/2026",
          '   Échéance : 09/11/2026',
          '   Qui : moi',
          '2. Faire le point sur la trésorerie',
          '   Échéance : 15/01/2027',
          '   Qui : nous deux',
        ].join('\n'),
        'lang: fr',
      );
      assert.deepEqual(
        digest(french).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ["Envoyer l'avenant", 'moi', '2026-11-09', true],
          ['Faire le point sur la trésorerie', 'nous deux', '2027-01-15', false],
        ],
      );
      const outlook = note(
        ['| Betreff | Besitzer | Fälligkeitsdatum | Status |', '|---|---|---|---|', '| Teilbetrag anweisen | T. Kessler | Do 15.10.2026 | In Bearbeitung |', '| Nachweise senden | ich | Fr 09.10.2026 | Abgeschlossen |'].join('\n'),
        'lang: de',
      );
      assert.deepEqual(
        digest(outlook).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Teilbetrag anweisen', 'T. Kessler', '2026-10-15', false],
          ['Nachweise senden', 'ich', '2026-10-09', true],
        ],
      );
      const nested = note("- Sort out who's uploading to YouTube\n    - Due: 2026-12-22\n    - Status: In progress");
      assert.deepEqual(digest(nested).steps.map((step) => [step.owner, step.due]), [[undefined, '2026-12-22']]);
    });

    it('reads Planner\'s fields and Progress column, Todoist\'s labels after the day, a coming weekday in German, two names joined by a slash', () => {
      const planner = note(
        [
          '- Nachtragsofferte Stream — Bucket: Offerten — Zugewiesen: Ich — Fälligkeitsdatum: 16.10.26 — Fortschritt: Erledigt',
          '- Lukas anfragen für 27./28.11. — Bucket: Crew — Zugewiesen: Ich — Fälligkeitsdatum: — Fortschritt: In Bearbeitung',
          '- Motivmappe an Jana — ich — 30.11. p1 @Mappe',
          '- Dispo Hallenbad bestätigen — Malte — nächsten Mi p2',
          '- Entwurf senden (ich, bis kommenden Freitag)',
          '- WG-Küche suchen — Paul/Lea — 08.01.2027',
        ].join('\n'),
        'lang: de',
      );
      assert.deepEqual(
        digest(planner).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Nachtragsofferte Stream', 'Ich', '2026-10-16', true],
          ['Lukas anfragen für 27./28.11.', 'Ich', undefined, false],
          ['Motivmappe an Jana', 'ich', '2026-11-30', false],
          ['Dispo Hallenbad bestätigen', 'Malte', '2026-11-25', false],
          ['Entwurf senden', 'ich', '2026-11-27', false],
          ['WG-Küche suchen', 'Paul/Lea', '2027-01-08', false],
        ],
      );
      const table = (headers: string, row: string, frontmatter = '') => digest(note(`| ${headers} |\n|---|---|---|---|\n| ${row} |`, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
      assert.deepEqual(table('Aufgabe | Zugewiesen | Fällig | Fortschritt', 'Offerte «Basic» | Ich | 5.11.26 | Erledigt', 'lang: de'), [['Ich', '2026-11-05', true]]);
      assert.deepEqual(table('Task | Assigned to | Due date | Progress', 'Send the plan | Grace | 2026-11-05 | Completed'), [['Grace', '2026-11-05', true]]);
      assert.deepEqual(table('Action | Action by | Target | Status', 'Deliver ERP Rev. 2 | CS | 2026-11-27 | Open'), [['CS', '2026-11-27', false]]);
      assert.deepEqual(table('Action | Responsible person | Timeline | Status', 'Share the sampling frame | Moses (RGET) | 28/11/2026 | Pending'), [['Moses (RGET)', '2026-11-28', false]]);
      assert.deepEqual(table('Aufgabe | Zugewiesene | Fälligkeitsdatum | Status', 'Board-Entscheid mitteilen | Lukas Meier | 20.11.2026 | OFFEN', 'lang: de'), [['Lukas Meier', '2026-11-20', false]]);
      assert.deepEqual(table('Action | Qui | Pour le | Fait ?', 'Compte rendu à Oliver | moi | 24/10/2026 | oui, 23/10', 'lang: fr'), [['moi', '2026-10-24', true]]);
      // A state written in the Status column says open whatever the task's words say.
      assert.deepEqual(table('Action | Porteur | Échéance | État', 'Régler la facture (réalisé octobre, 9 j) | Sandrine | 2026-11-25 | À faire', 'lang: fr'), [['Sandrine', '2026-11-25', false]]);
      assert.deepEqual(table('Task | Owner | Due | Status', '~~Send the quote~~ | me | 2026-11-25 | '), [['me', '2026-11-25', true]]);
      // A task column named for the writer's trade: the first column that names no other part, where a Who and a When column stand.
      assert.deepEqual(table('Gewerk | Verantwortlich | Termin | Status', 'Freigabe Nachtrag schriftlich | Kunde (Hr. Reindl) | Mi 25.11. | offen', 'lang: de'), [['Kunde (Hr. Reindl)', '2026-11-25', false]]);
      assert.deepEqual(table('Gewerk | Notiz | Termin | Status', 'Freigabe Nachtrag | dringend | Mi 25.11. | offen', 'lang: de'), []);
      // A filled circle in the Done column, as Apple Reminders marks a reminder done; an hour after the day.
      assert.deepEqual(table('Was | Wer | Bis wann | Erledigt', 'Gutschrift schicken | ich | 23.11.2026 | ● 21.11.', 'lang: de'), [['ich', '2026-11-23', true]]);
      assert.deepEqual(table('Was | Wer | Bis wann | Erledigt', 'Aufbau Weihnachtsfeier | ich | 11.12.2026, 15:00 | ○', 'lang: de'), [['ich', '2026-12-11', false]]);
      // monday.com's French columns, a tracker's `Need by`, and a Trello board's `Liste` holding the card's state.
      const wide = (headers: string, row: string, frontmatter = '') => digest(note(`| ${headers} |\n|---|---|---|---|---|\n| ${row} |`, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
      assert.deepEqual(wide('Élément | Personne | Statut | Date | Chronologie', 'Devis traiteur | Hélène Marchal | En cours | 10/11/2026 | 15/10 - 10/11', 'lang: fr'), [['Devis traiteur', 'Hélène Marchal', '2026-11-10', false]]);
      assert.deepEqual(wide('Item | Dept | Owner | Need by | Status', 'Tech specs | LX | Gethin | 2026-11-20 | Open'), [['Tech specs', 'Gethin', '2026-11-20', false]]);
      assert.deepEqual(wide('Carte | Membre | Échéance | Liste | Étiquette', 'Étiquette rosé | Solène | 2026-11-14 | Terminé | Créa', 'lang: fr'), [['Étiquette rosé', 'Solène', '2026-11-14', true]]);
      // An issue tracker's export: its `Issue` column holds the step, `Canceled` closes it.
      assert.deepEqual(table('Issue | Owner | Due | State', 'ENG-125 Photo mode | Marcus | 11/13 | Canceled'), [['Marcus', '2026-11-13', true]]);
    });

    it('reads an arrow drawn as a step\'s bullet, a Todoist label naming a side, and a due cell counted from the conversation with its day in brackets', () => {
      const french = note(
        [
          "* → Les mariés : dire s'ils prennent l'album (avant le 31/12)",
          '* → Moi : appeler Antoine pour clore ça de vive voix',
          '- [ ] Livraison bumper 6 s p2 @moi #Ferrand ven. 4 déc.',
          '- [ ] Retour validation budgets p1 @client #PixelPoivre jeu. 10 déc.',
          // A context label beside the priority still names no one.
          '- [ ] Relancer le labo p3 @mail',
        ].join('\n'),
        'lang: fr',
      );
      assert.deepEqual(
        digest(french).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ["dire s'ils prennent l'album", 'Les mariés', '2026-12-31'],
          ['appeler Antoine pour clore ça de vive voix', 'Moi', undefined],
          ['Livraison bumper 6 s #Ferrand ven. 4 déc.', 'moi', '2026-12-04'],
          ['Retour validation budgets #PixelPoivre jeu. 10 déc.', 'client', '2026-12-10'],
          ['Relancer le labo', undefined, undefined],
        ],
      );
      const table = (due: string) => digest(note(`| Action | Responsable | Date limite | Suivi |\n|---|---|---|---|\n| Former les responsables | Élodie Maes | ${due} | En cours |`, 'lang: fr')).steps.map((step) => step.due);
      assert.deepEqual(table('J+45 (11/12/2026)'), ['2026-12-11']);
      assert.deepEqual(table('J+45'), ['2027-01-04']);
      // A day alone in brackets is the cell's day, read among its words.
      assert.deepEqual(table('(11/12/2026)'), ['2026-12-11']);
      // A day in the note's language with a remark after it, or a word for a day.
      assert.deepEqual(table('lun. 21 déc. (S52)'), ['2026-12-21']);
      assert.deepEqual(table('mardi 8 décembre 2026 (à confirmer)'), ['2026-12-08']);
      // A range, as a board's Timeline column gives it: due when it ends.
      assert.deepEqual(table('2026-11-27 - 2026-12-08'), ['2026-12-08']);
      assert.deepEqual(table('27/11 – 8/12'), ['2026-12-08']);
      assert.deepEqual(table('2026-11-27'), ['2026-11-27']);
    });

    it('reads an issue tracker\'s state and priority among a row\'s parts, a step called off as closed, and a closing "marked as done"', () => {
      const linear = note(
        [
          '- STK-88 Toast sync: pagination fix · Done · High · Dan Kessler · Due Nov 18',
          '- MF-61 Form spam (turnstile) · Canceled · Low · Dan Kessler',
          '- RHR-19 Pick the statement layout · Todo · Medium · Unassigned · Due Oct 24',
          '- Send the plan — Dana — Oct 16 — Marked as done',
        ].join('\n'),
      );
      assert.deepEqual(
        digest(linear).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['STK-88 Toast sync: pagination fix', 'Dan Kessler', '2026-11-18', true],
          ['MF-61 Form spam (turnstile)', 'Dan Kessler', undefined, true],
          ['RHR-19 Pick the statement layout', 'Unassigned', '2026-10-24', false],
          ['Send the plan', 'Dana', '2026-10-16', true],
        ],
      );
      assert.deepEqual(findings(linear, 'next-step-incomplete').length, 1);
      // A state set off by dashes between the owner and the day, a board's columns pasted as a line; a check mark opening the item.
      const dashed = note(
        [
          '- Avoir de 10 % envoyé à la compta — Hélène Marchal — Fait — 23/10/2026',
          '- Validation du plan vestiaire — Marc Lemoine — En cours — 04/12/2026',
          '- ✅ moi : récap envoyé par mail → 21/11',
        ].join('\n'),
        'lang: fr',
      );
      assert.deepEqual(
        digest(dashed).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Avoir de 10 % envoyé à la compta', 'Hélène Marchal', '2026-10-23', true],
          ['Validation du plan vestiaire', 'Marc Lemoine', '2026-12-04', false],
          ['récap envoyé par mail', 'moi', '2026-11-21', true],
        ],
      );
      const english = note('- Send the credit note — Jane Doe — Done — 2026-10-23\n- Check the plan — Sam Lee — In progress — 2026-12-04');
      assert.deepEqual(
        digest(english).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Send the credit note', 'Jane Doe', '2026-10-23', true],
          ['Check the plan', 'Sam Lee', '2026-12-04', false],
        ],
      );
      const toDo = note('- Choisir les 15 images\n  Échéance le lun. 19 oct. · Terminée\n- Transmettre le profil couleur — Julie — Échéance le ven. 30 oct. · Importante', 'lang: fr');
      assert.deepEqual(
        digest(toDo).steps.map((step) => [step.owner, step.due, step.done]),
        [
          [undefined, '2026-10-19', true],
          ['Julie', '2026-10-30', false],
        ],
      );
      // Where in the recording a notetaker heard the step, before who does it.
      const tldv = note('- [14:40] Markus Hofer: Statik-Vorabzug liefern – bis 2026-11-27\n- (1:02:15) Barbara Schneider: Schulleitung informieren', 'lang: de');
      assert.deepEqual(digest(tldv).steps.map((step) => [step.what, step.owner, step.due]), [
        ['Statik-Vorabzug liefern', 'Markus Hofer', '2026-11-27'],
        ['Schulleitung informieren', 'Barbara Schneider', undefined],
      ]);
      // Circles as boxes, a reminder indented under one going on with it.
      const reminders = note('○ Fr. Ogris anrufen — ich — bis Do., 5.11.\n  Erinnerung: Do., 5. Nov., 10:00\n● Grabkerze mitgeben — ich — 1.11.', 'lang: de');
      assert.deepEqual(digest(reminders).steps.map((step) => [step.owner, step.due, step.done]), [
        ['ich', '2026-11-05', false],
        ['ich', '2026-11-01', true],
      ]);
      const asana = note('- Mix Folge 12 fertig — Maren Jessen — 17. Okt. — Als erledigt markiert\n- Freigabe Folge 12 — Katrin Vogt — 20. Okt. — storniert', 'lang: de');
      assert.deepEqual(digest(asana).steps.map((step) => step.done), [true, true]);
    });

    it('reads OneNote\'s tags opening a step (To Do:, Important:) as no one, and Pour heading a French due column', () => {
      const tagged = note('- To Do: Revised budget to the grants officer (due: 2026-11-30)\n- Important: Book the hall (owner: Paula, due: 2026-12-01)');
      assert.deepEqual(
        digest(tagged).steps.map((step) => [step.what, step.owner]),
        [
          ['Revised budget to the grants officer', undefined],
          ['Important: Book the hall', 'Paula'],
        ],
      );
      const french = note('| Quoi | Resp. | Pour |\n|---|---|---|\n| Bon pour accord tranche 1 | Bernard | 04/12 |', 'lang: fr');
      assert.deepEqual(digest(french).steps.map((step) => [step.owner, step.due]), [['Bernard', '2026-12-04']]);
    });

    it('reads a step the frontmatter and the body date alike and word with two words in common as one step', () => {
      const text = note('- leur choix : hausse ou menu modifié (volaille → porc fermier) — 10/12', 'lang: fr\nnext_steps:\n  - what: choisir entre menu révisé et hausse\n    due: 2026-12-10');
      assert.equal(digest(text).steps.length, 1);
      assert.equal(findings(text, 'next-step-incomplete').length, 1);
    });

    it('reads Jira\'s and Loop\'s task tables and fields, French Planner\'s, and no steps under a label for comments', () => {
      const table = (headers: string, row: string, frontmatter = '') => digest(note(`| ${headers} |\n|---|---|---|---|---|\n| ${row} |`, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
      assert.deepEqual(table('Vorgang | Zusammenfassung | Zugewiesene Person | Fälligkeitsdatum | Status', 'REG-145 | Draft 1 CSR-Body | ich | 09.12.2026 | In Arbeit', 'lang: de'), [['Draft 1 CSR-Body', 'ich', '2026-12-09', false]]);
      assert.deepEqual(table('Key | Summary | Assignee | Due date | Status', 'APP-12 | Fix the login | Dana | 2026-12-09 | Done'), [['Fix the login', 'Dana', '2026-12-09', true]]);
      assert.deepEqual(table('Clé | Résumé | Personne assignée | Date d\'échéance | État', 'WEB-3 | Maquette v2 | Julie | 09/12/2026 | Terminé', 'lang: fr'), [['Maquette v2', 'Julie', '2026-12-09', true]]);
      const jira = note('- REG-164 Rückmeldung zum Vorschlag – Zugewiesene Person: N. Kessler – Fälligkeitsdatum: 12.12.2026 – Status: Zu erledigen', 'lang: de');
      assert.deepEqual(digest(jira).steps.map((step) => [step.owner, step.due]), [['N. Kessler', '2026-12-12']]);
      const planner = note("- [ ] Facture finale — Attribué à : moi — Date d'échéance : 30.11.2026 — Progression : Non démarré\n- [ ] Avenant — Attribué à : moi — Date d'échéance : 30.10.2026 — Progression : Terminé", 'lang: fr');
      assert.deepEqual(
        digest(planner).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [
          ['Facture finale', 'moi', '2026-11-30', false],
          ['Avenant', 'moi', '2026-10-30', true],
        ],
      );
      const comments = note('| Task | Assignee | Due date | Done |\n|---|---|---|---|\n| Send v3 | Bec | 2026-11-28 | |\n\nComments:\n- Olivia: can the notes go straight into the doc? → yes\n- Sarah: Mosaic wants to see the polish pass first');
      assert.deepEqual(digest(comments).steps.map((step) => step.what), ['Send v3']);
    });

    it('reads a done word opening a step as its label (ERLEDIGT:), initials in brackets before a due key, Airtable\'s Nom, and Austria\'s Jän.', () => {
      const german = note(
        [
          '- ERLEDIGT: Angebot Textpaket schicken (JF) 9.11.',
          '- TODO: neue Karte als PDF an Lisa (JF) bis 4.12.',
          '- TODO: Musterverkostung im Krug (JF + Bernd) am 1.12.',
          '- [ ] Entscheidung Paket – Dr. Pichler – Fällig: Fr., 15. Jän. 2027',
        ].join('\n'),
        'lang: de',
      );
      assert.deepEqual(
        digest(german).steps.map((step) => [step.owner, step.due, step.done]),
        [
          // The day after a done step says when it was done.
          ['JF', undefined, true],
          ['JF', '2026-12-04', false],
          ['JF + Bernd', '2026-12-01', false],
          ['Dr. Pichler', '2027-01-15', false],
        ],
      );
      const french = note('| Nom | Responsable | Échéance | Statut |\n|---|---|---|---|\n| Shooting chambres | Maïalen | 13/12/2026 | À faire |', 'lang: fr');
      assert.deepEqual(digest(french).steps.map((step) => [step.what, step.owner, step.due]), [['Shooting chambres', 'Maïalen', '2026-12-13']]);
      assert.equal(readStepNotation('Alperia-Glossar übergeben (TBX + Excel) – bis 2026-12-19', de).owner, undefined);
    });

    it('reads a step the frontmatter dates with no day (due: nächsten Di) and the body dates with one as one step', () => {
      const text = note('- [x] Neues Angebot Variante B + Option D (ich) bis nächsten Di erl. 24.11.', 'lang: de\nnext_steps:\n  - what: Neues Angebot Variante B (AIS + DSC-Check)\n    owner: ich\n    due: nächsten Di');
      assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.done]), [['ich', true]]);
    });

    it('reads a recap marked sent by a link to the day\'s page left unquoted, as Roam names a day, as sent: the schema alone reports it', () => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('  sent: 2026-11-21', '  sent: [[November 21st, 2026]]');
      assert.deepEqual(findings(text, 'follow-up-overdue'), []);
      assert.equal(findings(text, 'frontmatter-schema').length, 1);
    });
  });

  describe('done', () => {
    const doneItems = [
      '1. Send the moodboard (owner: me, due: 2026-11-16) ✅',
      '- Send the moodboard (owner: me, due: 2026-11-16) ✅ 2026-11-15',
      '- ~~Call the caterer (owner: me, due: 2026-11-17)~~',
      '- Send the deposit invoice (owner: me, due: 2026-11-18) (done)',
      '- Send the contract (owner: me, due: 2026-11-18) — sent',
      '- DONE Book the photographer (owner: me, due: 2026-11-19)',
      '- Book the florist (owner: me, due: 2026-11-19) ✔',
      '- I’ll send the change order by Monday, Nov 16. (sent ✔)',
      '- Marcus sends the dielines by November 18 (got them Nov 19 ✔)',
      '- Linda sends her markup by Friday, Nov 20 ✔ (got it Thursday)',
      '- I’ll resend the invoice today, Nov 20. (sent Nov 20)',
      '| What | Who | When | Status |\n|---|---|---|---|\n| Send the rush agreement | me | Nov 18 | done ✔ |',
      '### Done\n\n- Sent the meeting recap to all three on Nov 19.',
      '1. Send the invoice for the cancellation fee — me — 06.11.2026 ✓ done 6.11.',
      '- ~~Interim report on 04.12.~~ (cancelled, Anja does not need it)',
      '- [ ] Send the old quote (me) 📅 2026-11-10 ❌ 2026-11-12',
      '| What | Responsible | Until | Done |\n|---|---|---|---|\n| Recap + deliverable list | HK | 10.11.2026 | ✓ |',
      '- HB to issue the credit note (owner: me) by Fri 20 November — done 19/11',
      '- HB to send the quote (owner: me) by Wed 18 November — sent 17/11',
      '- CANCELED collect feedback (owner: me)\n  DEADLINE: <2026-11-13 Fri>',
      '- DONE fix the lag threshold (owner: me)\n  DEADLINE: <2026-11-18 Wed>\n  CLOSED: [2026-11-18 Wed 10:12]',
      '- Sign change order @Raymond @due(10/14) @done(10/15)',
      '- Batch 2 (spreads 21–44) in v3 @me @due(2026-11-13) @done',
      '- ~~me: chase accounts direct if nothing by 3 nov~~ done',
      '- ~~them: sign contract by 4 nov~~ done 3 nov',
      '1. ~~**Priya** – quote a "report only" tier – due Fri 13 Nov~~ Jane didn\'t want it.',
      '1. ~~**Priya** – mock-up of the scorecard – due Fri 13 Nov~~ dropped, waits for the quote.',
      '- Send the signed addendum (owner: me, due: 2026-11-18) — done, he confirmed by WhatsApp',
      '- ☑ Share the budget template – ME – Nov 18th',
      '☒ Share the budget template – ME – Nov 18th',
      // Minutes record it as a sentence of its own, or as an update added later.
      '1. FM to issue the credit note by Friday 20th November. Done 20/11 (approved)',
      '- FM to confirm the rate by Fri 13th Nov. COMPLETE',
      '- Pete will clear the drainage holes by 2026-11-18. Update: lodged 17 Nov, all clear.',
      // todo.txt: `x`, then the day it was done.
      '- x 2026-11-17 Fix checkout bug +acme @me due:2026-11-18',
      '- ~~Client: approve the quote by 11/18~~ approved 11/17',
      '- ~~Lodge Oct BAS (owner: me, due: 2026-11-18)~~ lodged 17/11',
      '- Send the offer (me, by 11/18) done',
      '- 🟢 Send add-on quote — 👤 me — 📆 2026-11-18',
      '- Send the contract amendment\n  - **Owner:** me | **Due:** Fri 11/20 — ✅ Done 11/19',
    ];
    for (const item of doneItems) {
      it(`reads "${item}" as done: never overdue, never listed open`, () => {
        const text = note(item);
        assert.deepEqual(findings(text, 'next-step-overdue'), []);
        assert.deepEqual(
          digest(text).steps.map((step) => step.done),
          [true],
        );
        assert.deepEqual(agendaOf([{ file: 'note.md', digest: digest(text) }], { today: '2026-11-23' }), []);
      });
    }

    it('leaves the done mark out of the step\'s words', () => {
      assert.deepEqual(
        digest(note('- Send the moodboard (owner: me, due: 2026-11-16) ✅ 2026-11-15\n- ~~Call the caterer (owner: me, due: 2026-11-17)~~')).steps.map((step) => step.what),
        ['Send the moodboard', 'Call the caterer'],
      );
    });

    it('takes a date a done step only mentions for when it happened, not a due date before the conversation', () => {
      assert.deepEqual(findings(note('### Done\n\n- Forwarded Jane the approval emails (Oct 22 and Oct 27) the same day.'), 'date-order'), []);
      assert.equal(findings(note('- Forward Jane the approval emails (owner: me, due: 2026-10-27)'), 'date-order').length, 1);
    });

    it('does not take a step that starts with the word Done as done', () => {
      assert.deepEqual(digest(note('- Done deals get a thank-you card (owner: me, due: 2026-12-01)')).steps.map((step) => step.done), [false]);
    });
  });

  describe('one cause, one finding', () => {
    it('gives a due date that is not a day the schema\'s finding alone, not a second one for two dates', () => {
      const text = note('- [ ] Send the quote (owner: me, due: 2026-12-01)', 'next_steps:\n  - what: Send the quote\n    owner: me\n    due: 2026-12-1');
      assert.deepEqual(
        findings(text).map((finding) => finding.split(':')[0]),
        ['frontmatter-schema'],
      );
    });

    it('accepts a year among the tags, as Obsidian does', () => {
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'tags: [fees, 2027]')), []);
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'tags: fees')), []);
    });

    it('gives a step due days before the conversation, still open, date-order\'s finding and the overdue one; a year before, date-order\'s alone', () => {
      const rules = (due: string) => findings(note(`- [ ] Send the quote (owner: me, due: ${due})`)).map((finding) => finding.split(':')[0]);
      assert.deepEqual(rules('2026-11-12'), ['date-order', 'next-step-overdue']);
      assert.deepEqual(rules('2025-11-25'), ['date-order']);
    });

    it('gives a due date before the conversation date-order\'s finding alone, not a second one for two dates', () => {
      const text = note('- [ ] Send the quote (owner: me, due: 12/03)\n- [ ] Call Jane (owner: me, due: 12/04)', 'next_steps:\n  - what: Send the quote\n    owner: me\n    due: 2025-12-03');
      assert.deepEqual(findings(text).map((finding) => finding.split(':')[0]), ['date-order']);
    });
  });

  describe('a line of text in a frontmatter list holds a colon', () => {
    const lines = 'agreements:\n  - Rate: 180/h from January\nboundaries:\n  - Tarif 2027 : CHF 0.32 HT le mot # to check\n  - Rush jobs: 25 %';

    it('is the text as written for the schema and the recap, with French typography\'s space before the colon', () => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)', lines);
      assert.deepEqual(findings(text), []);
      const model = recap(text);
      assert.deepEqual(model.agreements, ['Rate: 180/h from January']);
      assert.deepEqual(model.boundaries.slice(0, 2), ['Tarif 2027 : CHF 0.32 HT le mot', 'Rush jobs: 25 %']);
    });

    it('is still a mapping where it holds more than one line or more than one pair', () => {
      for (const item of ['- Rate: 180\n    Hours: 10', '- Rate:\n      180', '- {Rate: 180}']) {
        assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)', `agreements:\n  ${item}`)).map((finding) => finding.split(':')[0]), ['frontmatter-schema'], item);
      }
    });
  });

  describe('template prompts', () => {
    const prompt = '- {{What}} (owner: {{me or client}}, due: {{YYYY-MM-DD}})';

    it('is never a step: not in the digest, the agenda, the .ics, the recap or next-step-incomplete', () => {
      const text = note(`${prompt}\n- Send the quote (owner: me, due: 2026-12-01)`);
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the quote']);
      const agenda = agendaOf([{ file: 'note.md', digest: digest(text) }], { today: '2026-11-23' });
      assert.deepEqual(agenda.map((step) => step.what), ['Send the quote']);
      assert.doesNotMatch(icsCalendar(agenda.map((step) => ({ ...step, shownFile: step.file })), FIXED_NOW), /\{\{/);
      assert.deepEqual(recap(text).nextSteps.map((step) => step.what), ['Send the quote']);
      assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    });

    it('counts an owner or a date that is only a prompt as none', () => {
      const steps = digest(note('- Send the quote (owner: {{me or client}}, due: {{YYYY-MM-DD}})')).steps;
      assert.deepEqual(steps.map((step) => [step.owner, step.due]), [[undefined, undefined]]);
    });

    it('takes a prompt another tool\'s template writes, a question in brackets or emphasis alone in its section, or an instruction in capitals', () => {
      for (const written of ['[What can you offer? What is off the table?]', '_What can you offer, and what is off the table?_', '*What is off the table?*', "_What can you do, and what can't you do? Write your limits plainly._", '[What is off the table for you]', '[Add boundaries here]']) {
        const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', written);
        // After the conversation, the section holding only a prompt is empty too; so is one holding only a TODO.
        assert.deepEqual(findings(text).map((finding) => finding.split(':')[0]), ['empty-section', 'unfilled-placeholder'], written);
        assert.doesNotMatch(JSON.stringify(recap(text)), /off the table/u, written);
      }
      // In angle brackets, a question on a line of its own is the template's though the writer's words stand around it; a link is not.
      const angled = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- Extra pages are quoted separately.\n${line}`), 'unfilled-placeholder').length;
      assert.equal(angled('- <what outcome do you want?>'), 1);
      assert.equal(angled('- <https://example.com/form?id=4>'), 0);
      // Brackets escaped as Pandoc writes them hold a prompt as plain ones do; the finding underlines the escapes too.
      const escaped = note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Extra pages are quoted separately.', '- Solde à facturer : CHF \\[à compléter\\].');
      assert.deepEqual(findings(escaped, 'unfilled-placeholder'), ['unfilled-placeholder: Section "Boundaries" still holds the template prompt \\[à compléter\\]: fill it in or remove it.']);
      // A frontmatter value that is words in angle brackets is the template's; an address in them is not.
      const topic = note('- Send the quote (owner: me, due: 2026-12-01)').replace('topic: Phase 2', 'topic: "<topic>"');
      assert.deepEqual(findings(topic, 'unfilled-placeholder'), ['unfilled-placeholder: The frontmatter still holds the template prompt <topic>: fill it in or remove it.']);
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('contact: Jane Doe <jane@acme.example>', 'contact: <jane@acme.example>'), 'unfilled-placeholder'), []);
      // A Templater command the template left unexpanded is the template's: reported, and kept out of the recap.
      const templater = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', '- Extra pages are quoted separately.\n- <% tp.file.cursor(1) %>');
      assert.deepEqual(findings(templater).map((finding) => finding.split(':')[0]), ['unfilled-placeholder']);
      assert.doesNotMatch(JSON.stringify(recap(templater)), /tp\.file/u);
      // `[TODO: …]` in a table's cell is what to write there.
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', '| Option | Rate |\n|---|---|\n| B | [TODO: day rate for the second writer] |')).map((finding) => finding.split(':')[0]), ['unfilled-placeholder']);
      // A bracket a step reads as its owner is its unclear owner, one finding: not a prompt as well.
      assert.deepEqual(findings(note('- Re-cut the trailer [tbd] 2026-12-01')).map((finding) => finding.split(':')[0]), ['next-step-incomplete']);
      const amount = note('- Send the quote for $[INSERT AMOUNT] (owner: me, due: 2026-12-01)');
      assert.deepEqual(findings(amount).map((finding) => finding.split(':')[0]), ['unfilled-placeholder']);
      // Xs in a figure's place are a prompt the fix leaves for the figure; Xs that say no figure are words.
      for (const written of ['- Option 2: XXX € HT per quarter.', '- New rate €XX an hour from xx/xx/2026.', '- Tarif : XXX', '- Effort about TODO hours.', '- Variante B: Migration per Import-Plugin, ca. XX h', '- Proofreading of XX pages in week 50.']) {
        const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', written);
        const found = lint(text, { config, now: FIXED_NOW }).messages.filter((finding) => finding.ruleId === 'unfilled-placeholder');
        assert.equal(found.length, 1, written);
        assert.equal(found[0].fix, undefined, written);
      }
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', '- XXL shirts for the XX century team, thanks xx, ref XX-2026.')), []);
      assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', '- Status: TODO\n- TODO list of the export\n- Open tasks: {{query (task TODO DOING)}}')), []);
      const ownQuestion = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', '- Extra pages are quoted separately.\n\n_Would she pay for a fifth?_');
      assert.deepEqual(findings(ownQuestion), [], 'a question among the writer\'s own words is theirs');
    });
  });

  describe('tone reads the words around a phrase', () => {
    const facts = (line: string) =>
      note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', line);
    it('reads "y\'all" as you', () => {
      assert.equal(findings(facts('- Y\'all never gave the 60 days\' written notice.'), 'accusatory-language').length, 1);
    });
    it('reads a delegate or a speaker as a person, and a speaker system as a thing', () => {
      assert.equal(findings(facts('- The same delegate always complains about interpretation.'), 'judgemental-facts').length, 1);
      assert.deepEqual(findings(facts('- The speaker system always crackles at high volume.'), 'judgemental-facts'), []);
    });
    it('takes an offer after "you could have" for no blame', () => {
      assert.deepEqual(findings(facts('- You could have the 12 priority images by 27 November if the brief is signed this week.'), 'accusatory-language'), []);
      assert.equal(findings(facts('- You could have told me the launch moved.'), 'accusatory-language').length, 1);
    });
    it("reads the writer's own message quoted, in a block quote under its lead or in quotation marks after it, as their words", () => {
      const boundaries = (lines: string) => note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', lines);
      assert.equal(findings(boundaries('My reply on the 20th:\n\n> You never sent the exports, so I rebuilt them.'), 'accusatory-language').length, 1);
      assert.equal(findings(boundaries('Email to Bridget (sent 15/10):\n\n> Your team never told me the audience had shifted.'), 'accusatory-language').length, 1);
      assert.equal(findings(boundaries('- What I wrote back on the 27th: "The pages were billed because you never raised them."'), 'accusatory-language').length, 1);
      // Someone else's words stay theirs: a quote under no lead, or after a sentence of the writer's that ends before it.
      assert.deepEqual(findings(boundaries('Her email:\n\n> You never sent the invoice.'), 'accusatory-language'), []);
      assert.deepEqual(findings(boundaries('- I said I would check. She replied: "You never sent it."'), 'accusatory-language'), []);
      const french = note('- Envoyer le devis (responsable : moi, échéance : 01/12/2026)', 'lang: fr').replace('- Extra pages are quoted separately.', "Ma réponse du 20/10 :\n\n> Vous n'avez jamais transmis les exports de caisse.");
      assert.equal(findings(french, 'accusatory-language').length, 1);
      const underHeading = note('- Envoyer le devis (responsable : moi, échéance : 01/12/2026)', 'lang: fr').replace(
        '- Extra pages are quoted separately.',
        "- Extra pages are quoted separately.\n\n## Courriel envoyé le 09.11. (extrait)\n\n> Toutefois, vous ne m'avez jamais signalé ce candidat.",
      );
      assert.equal(findings(underHeading, 'accusatory-language').length, 1);
      assert.equal(findings(underHeading.replace('Courriel envoyé le 09.11. (extrait)', 'Récap envoyé (mail du 20/10)'), 'accusatory-language').length, 1);
      // German closes the clause with the participle: `Was ich Tim geschrieben habe`.
      const german = note('- Angebot schicken (Verantwortlich: ich, bis 01.12.2026)', 'lang: de').replace(
        '- Extra pages are quoted separately.',
        '- Extra pages are quoted separately.\n\n## Was ich Tim geschrieben habe\n\n> Du hast die Frist jetzt schon zum zweiten Mal verpasst.',
      );
      assert.equal(findings(german, 'accusatory-language').length, 1);
      assert.deepEqual(findings(german.replace('Was ich Tim geschrieben habe', 'Was Tim geschrieben hat'), 'accusatory-language'), []);
      // Under a heading that says so, the section is the message: a quotation opening its item, a block quote past a line of its own.
      const section = (heading: string, lines: string) =>
        findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- Extra pages are quoted separately.\n\n## ${heading}\n\n${lines}`), 'accusatory-language').length;
      assert.equal(section('Email I sent (10 Nov)', '- "Hi Gail, the fourth day was needed because you never confirmed the layout."'), 1);
      assert.equal(section('Reply sent to Karen (excerpt)', 'Sent at 9:40.\n\n> As I mentioned, you never sent the staging credentials.'), 1);
      assert.equal(section('Her email (10 Nov)', '- "You never confirmed the layout."'), 0);
      assert.equal(section('Email I sent (10 Nov)', '- She answered: "You never confirmed the layout."'), 0, 'a quotation after words of its own is someone else’s');
    });

    it('takes lateness as a pattern for a judgement, whatever comes late, and a table cell or a closing remark as the writer wrote them', () => {
      assert.equal(findings(facts('- The scripts always arrive late from curatorial.'), 'judgemental-facts').length, 1);
      assert.deepEqual(findings(facts('- The export always times out on big files.'), 'judgemental-facts'), []);
      assert.equal(findings(facts('- Her mother always finds something to complain about.'), 'judgemental-facts').length, 1);
      assert.equal(findings(facts("- It's always the same story with Cornerstone."), 'judgemental-facts').length, 1);
      const table = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', '| Option | Price |\n|---|---|\n| A | 1 750 € |\n| C | [to be completed] |');
      assert.equal(findings(table, 'unfilled-placeholder').length, 1);
      assert.deepEqual(digest(note('- [ ] Envoyer le support PDF — moi — 11/12 (au plus tard)', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [['moi', '2026-12-11']]);
      assert.deepEqual(digest(note('- [ ] Send the deck — me — Dec 11 (at the latest)')).steps.map((step) => [step.owner, step.due]), [['me', '2026-12-11']]);
      // Initials in brackets where the step's date follows them are its owner; an acronym in brackets elsewhere is words.
      assert.deepEqual(digest(note('• Pay INV-0412a (PN) Fri 4 Dec\n• Send the report (PDF) to Jane by Fri 4 Dec')).steps.map((step) => step.owner), ['PN', undefined]);
      // An arrow hands the step to the name after it, a day right after the name too; a link to the day's page is the day.
      assert.deepEqual(
        digest(note('- TODO Book Jess → Hana [[2026-11-30]]\n- Sign off → Priya next Tues\n- Brief → Hana Smith Nov 30\n- maquettes de l\'écran de suivi → jeu 3/12', 'lang: fr')).steps.map((step) => [step.what, step.owner, step.due]),
        [['Book Jess', 'Hana', '2026-11-30'], ['Sign off', 'Priya', '2026-11-24'], ['Brief', 'Hana Smith', '2026-11-30'], ['maquettes de l\'écran de suivi', undefined, '2026-12-03']],
      );
      // A side, initials or a name set off before a keyed day is the owner; a capitalised word before `by` or `bis` says what.
      assert.deepEqual(
        digest(note('- [ ] Send quote – Ronny 📅 2026-12-04\n- [ ] Send deck – me by 2026-12-04\n- [ ] Website copy – Approval by 2026-12-04')).steps.map((step) => step.owner),
        ['Ronny', 'me', undefined],
      );
      assert.deepEqual(digest(note('- [ ] Übergabe – OS – Terminvorschlag bis 27.11.', 'lang: de')).steps.map((step) => step.owner), ['OS']);
      // `Action:` opening a bracket keys the owner; `30-Nov` is a day.
      assert.deepEqual(digest(note('- [ ] Sign the AMC (Action: Nikhil, Monday 30-Nov)')).steps.map((step) => [step.what, step.owner, step.due]), [['Sign the AMC', 'Nikhil', '2026-11-30']]);
      // An action log's rows, their parts set off by pipes: a reference, the words, the owner, the day, the state.
      assert.deepEqual(
        digest(note('- ACT-02 | Inventory list to GM | Craig Duthie | 23/11/26 | Open\n- ACT-03 | Chase the SDS | GM | 16/11/26 | Closed ✔\n- ACT-05 | Revisit the scope | GM | | Open')).steps.map((step) => [step.what, step.owner, step.due, step.done]),
        [['Inventory list to GM', 'Craig Duthie', '2026-11-23', false], ['Chase the SDS', 'GM', '2026-11-16', true], ['Revisit the scope', 'GM', undefined, false]],
      );
      // Slashed days that say no order are read in the order the note's days in words keep.
      assert.deepEqual(digest(note('- Action: me – send the quote – Thu 19 Nov ✅\n- Action: Warren – confirm access – 01/12')).steps.map((step) => step.due), ['2026-11-19', '2026-12-01']);
      assert.deepEqual(digest(note('- Action: me – send the quote – Nov 19 ✅\n- Action: Warren – confirm access – 01/12')).steps.map((step) => step.due), ['2026-11-19', '2027-01-12']);
      // A done mark's day may have its hour after it.
      assert.deepEqual(digest(note('- (me) Send the reports to Luis by 11/19 noon ✅ 11/19 11:20am')).steps.map((step) => step.done), [true]);
      // A file's format is never someone's initials, before the date or set off by dashes.
      assert.deepEqual(digest(note('• Send the report (PDF) Fri 4 Dec\n• Export the stems — WAV — Fri 4 Dec\n• Send the deck — JD — Fri 4 Dec')).steps.map((step) => step.owner), [undefined, undefined, 'JD']);
      // A role, or a word in lower case before the date, set off by dashes, as writers in lower case name who does it; not a list's word.
      // Obsidian Tasks: the due day (`📅`) wins over the scheduled one (`⏳`), which is a field of the task, not its words.
      assert.deepEqual(digest(note('- [ ] Send the deck ⏳ 2026-12-01 📅 2026-12-02 (owner: me)')).steps.map((step) => [step.what, step.due]), [['Send the deck', '2026-12-02']]);
      assert.deepEqual(digest(note('- [ ] Book the venue ⏳ 2026-12-01 (owner: me)')).steps.map((step) => step.due), ['2026-12-01']);
      assert.deepEqual(digest(note('- [ ] sign the change order — bride — mon 11/30\n- [ ] pay the $75 — dana — fri 12/11\n- [ ] fix the gallery, resize, upload — fri 12/11')).steps.map((step) => step.owner), ['bride', 'dana', undefined]);
    });
    it('takes "I\'m not saying it was your fault" for no blame', () => {
      assert.deepEqual(findings(facts("- I'm not saying it was your fault, Tom."), 'accusatory-language'), []);
      assert.equal(findings(facts("- I'm saying it was your fault, Tom."), 'accusatory-language').length, 1);
    });
    it('takes an invitation after "you\'re always" for no blame', () => {
      assert.deepEqual(findings(facts("- You're always welcome to call me about the schedule."), 'accusatory-language'), []);
      assert.equal(findings(facts('- You always send the brief late.'), 'accusatory-language').length, 1);
    });
    it('takes initials for the person the note names in full, and an acronym for a thing', () => {
      // The attendees hold Jane Doe and Sam Lee.
      assert.equal(findings(facts('- JD was hostile from the outset.'), 'judgemental-facts').length, 1);
      assert.equal(findings(facts('- SL always answers late.'), 'judgemental-facts').length, 1);
      assert.deepEqual(findings(facts('- The API was always slow on Mondays.'), 'judgemental-facts'), []);
      assert.deepEqual(findings(facts('- QA was always slow on Mondays.'), 'judgemental-facts'), []);
    });
    it("leaves out words in straight single quotes, as British writers quote, and not an apostrophe's neighbours", () => {
      assert.deepEqual(findings(facts("- Jane said the agency had 'never been shown' the clause."), 'judgemental-facts'), []);
      assert.equal(findings(facts("- The clients' team never replies, and Jane's team doesn't either."), 'judgemental-facts').length, 1);
    });
  });

  describe('labels: a line that names a known section heads it, as notes from Word, OneNote and phones write them', () => {
    const frontmatter = ['---', 'type: client-conversation', 'client: Acme Ltd', 'contact: Jane Doe <jane@acme.example>', 'date: 2026-11-20', 'channel: video-call', 'scenario: scope-change', 'topic: Phase 2', 'follow_up:', '  sent: 2026-11-21', '---', ''].join('\n');
    const labelled = (body: string) => `${frontmatter}${body}\n`;
    const forms: Array<[string, string]> = [
      ['colons, with no blank line before a label (a phone)', 'What happened:\n- Phase 2 adds four pages\nWhere I drew the line:\n- Extra pages are quoted\nNext:\n- Me: send the quote by 2026-12-01\nPrivate notes:\n- SECRET walk-away point'],
      ['capitals', 'WHAT HAPPENED\n\n- Phase 2 adds four pages\n\nLIMITS\n\n- Extra pages are quoted\n\nNEXT STEPS\n\n- Me: send the quote by 2026-12-01\n\nMEDIA LOG (for the invoice)\n\n- 11/3 statement out\n\nPRIVATE NOTES\n\n- SECRET walk-away point'],
      ['bold labels, one run into its words (Word)', '# Phase 2\n\n**Key facts:** Phase 2 adds four pages.\n\n**What I can and cannot do:**\n\n- Extra pages are quoted\n\n**Action Items:**\n\n1. Send the quote (Marisol) – 2026-12-01\n\n**Private (not for the recap):**\n\n- SECRET walk-away point'],
      ['bold labels in an outline (Roam)', '- **What happened:**\n    - Phase 2 adds four pages\n- **Limits:**\n    - Extra pages are quoted\n- **Action Items:**\n    - {{[[TODO]]}} Send the quote (Marisol) [[December 1st, 2026]]\n- **Private:**\n    - SECRET walk-away point'],
    ];
    for (const [form, body] of forms) {
      it(`finds the sections written as ${form}, reads one step, and keeps the private part out of the recap`, () => {
        const text = labelled(body);
        assert.deepEqual(findings(text, 'required-sections'), []);
        assert.deepEqual(findings(text, 'next-step-incomplete'), []);
        assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-12-01']);
        const model = JSON.stringify(recap(text));
        assert.match(model, /Extra pages are quoted/);
        assert.doesNotMatch(model, /SECRET/);
      });
    }
    it('ends a label\'s section at a label that starts with another section\'s name, a phrase after it, and finds it empty', () => {
      const text = labelled('What happened:\n- Phase 2 adds four pages\n\nBoundaries:\n\nOptions To Put To Them:\n1. Stones on 10/4\n\nFollow-up:\n- Me: send the quote by 2026-12-01');
      assert.deepEqual(findings(text, 'required-sections'), []);
      assert.equal(findings(text, 'empty-section').length, 1);
    });
    it('takes a label alone right over a heading of its own section for a line of the section before, not a section', () => {
      // `TODO` reads as the label `To do`; over `## Agreed next steps` it heads nothing, and is what the options still need.
      const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Agreed next steps', '## Options discussed\n\nTODO\n\n## Agreed next steps');
      assert.deepEqual(findings(text, 'empty-section'), []);
      assert.equal(findings(text, 'unfilled-placeholder').length, 1);
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the quote']);
    });
    it('lets no label end a private section: a "Next steps:" in private notes stays private', () => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)') + '\n## Private notes\n\nNext steps:\n\n- SECRET call my accountant (owner: me, due: 2026-12-02)\n';
      assert.doesNotMatch(JSON.stringify(recap(text)), /SECRET/);
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the quote']);
    });
    it('takes a title over known sections for the note\'s title, not for one of them', () => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Facts', '# Push backend – who does what\n\n## Facts');
      assert.deepEqual(digest(text).steps.map((step) => step.what), ['Send the quote']);
    });
  });

  describe('outlines (Logseq): a top-level item that starts with a heading is a section', () => {
    const outline = [
      '---',
      'type: client-conversation',
      'client: Tallyho',
      'contact: Sam Okafor <sam@tallyho.example>',
      'date: 2026-11-20',
      'channel: video-call',
      'scenario: quality-complaint',
      'topic: Failover outage',
      'follow_up:',
      '  sent: 2026-11-21',
      '---',
      '',
      '- ### what happened',
      '\t- the failover took 47 min',
      '- ### limits',
      '\t- customer credits are Tallyho’s decision',
      '- ### next steps',
      '\t- TODO [[Dario]] post-mortem in Notion',
      '\t  DEADLINE: <2026-12-03 Thu>',
      '\t- TODO [[Sam]] decide on the credit',
      '\t  DEADLINE: <2026-11-30 Mon>',
      '- ### private notes',
      '\t- SECRET worst incident of my year',
      '',
    ].join('\n');
    it('finds the sections, reads the steps alike in lint and digest, and keeps the private block out of the recap', () => {
      assert.deepEqual(findings(outline), []);
      assert.deepEqual(
        digest(outline).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ['post-mortem in Notion', 'Dario', '2026-12-03'],
          ['decide on the credit', 'Sam', '2026-11-30'],
        ],
      );
      const model = JSON.stringify(recap(outline));
      assert.match(model, /customer credits are Tallyho/);
      assert.doesNotMatch(model, /SECRET/);
    });

    it('reads an item that is only a label as the owner of the items nested under it, and puts an overdue finding on the step\'s first line', () => {
      const grouped = outline
        .replace("\t- TODO [[Dario]] post-mortem in Notion\n\t  DEADLINE: <2026-12-03 Thu>\n\t- TODO [[Sam]] decide on the credit\n\t  DEADLINE: <2026-11-30 Mon>", "\t- **Dario:**\n\t\t- TODO post-mortem in Notion\n\t\t  DEADLINE: <2026-11-21 Sat>\n\t- **Sam:**\n\t\t- TODO decide on the credit by 30 Nov");
      assert.deepEqual(
        digest(grouped).steps.map((step) => [step.what, step.owner, step.due]),
        [
          ["post-mortem in Notion", "Dario", "2026-11-21"],
          ['decide on the credit', 'Sam', '2026-11-30'],
        ],
      );
      const overdue = lint(grouped, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'next-step-overdue');
      assert.deepEqual(overdue.map((message) => grouped.slice(grouped.lastIndexOf('\n', message.start) + 1, grouped.indexOf('\n', message.start)).trim()), ['- TODO post-mortem in Notion']);
      assert.deepEqual(findings(grouped, 'next-step-incomplete'), []);
      // A page link alone names the owner as a bold label does: `[[Dario]]` over its tasks.
      const linked = grouped.replace('**Dario:**', '[[Dario]]').replace('**Sam:**', '[[Sam]]');
      assert.deepEqual(digest(linked).steps.map((step) => step.owner), ['Dario', 'Sam']);
      assert.deepEqual(findings(linked, 'next-step-incomplete'), []);
    });
  });
});

describe('every owner in test/ is read alike by the digest (next-steps, views) and the recap', () => {
  it('gives each step the same side in both', function () {
    // Every note of test/ read twice, the realism corpus's 1,200 among them: seconds alone, more on a busy machine.
    this.timeout(300_000);
    const root = join(__dirname, '../../..', '..', '..', 'test');
    const notes = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
    const doerOfSide = { me: 'me', client: 'you', both: 'we', named: 'other', unclear: 'unassigned' } as const;
    let compared = 0;
    for (const path of notes) {
      const text = readFileSync(join(root, path), 'utf8');
      const record = digestNote(text, config);
      const built = record && buildRecapModel(text, {});
      if (!record || !built?.ok) continue;
      const recapSteps = new Map(built.model.nextSteps.map((step) => [normalizeHeading(step.what), step]));
      for (const step of record.steps) {
        const same = recapSteps.get(step.key);
        if (!same) continue;
        compared++;
        assert.equal(same.doer, step.side ? doerOfSide[step.side] : 'unassigned', `${path}: "${step.what}" (owner ${step.owner})`);
      }
    }
    assert.ok(compared > 200, `only ${compared} steps compared`);
  });
});

describe('one reading of the parts a step is set off with, in any language', () => {
  const owner = (step: string) => readStepNotation(step).owner?.text;

  it('reads a done mark with a done word, a remark and a bracket after it', () => {
    const text = note('- Send the invoice — me — 2026-11-18 ✅ done 17/11 (confirmed by mail)');
    assert.deepEqual(findings(text, 'next-step-overdue'), []);
    assert.ok(readStepNotation('Send the invoice — me — 2026-11-18 ✔ done (got it Thursday)').doneMark);
  });

  it('reads the owner set off after the words: after a label and its colon, after Title Case words, after a closing separator', () => {
    assert.equal(owner('Homepage: fix the header — Dana — 2026-12-04'), 'Dana');
    assert.equal(owner('Homepage Copy — DK — 2026-12-04'), 'DK');
    assert.equal(owner('Send the invoice — Dana — 2026-12-04 —'), 'Dana');
    assert.equal(owner('Dana: send the brief — 2026-12-04'), 'Dana');
  });

  it('reads initials in bold as the owner, and an owner field ended by a slash before the due date', () => {
    assert.equal(owner('**DK:** send the plan by 2026-12-04'), 'DK');
    assert.equal(owner('Send the brief (owner: Dana / due: 2026-12-04)'), 'Dana');
  });

  it('reads the dash of whole francs as part of the words, a range of days still as two days', () => {
    assert.equal(owner("Invoice the licence CHF 1'500.– – LB – 2026-12-04"), 'LB');
    assert.equal(owner('Interviews (10) — HK — 07.12.–16.12.2026'), 'HK');
  });

  it('reads a name with its side in brackets as that side, and the same person as the name alone', () => {
    const people = notePeople({ contact: 'Jane Doe <jane@acme.example>' });
    assert.equal(sideOf('Dana Cole (client)', people), 'client');
    assert.equal(sideOf('Dana Cole (backend)', people), 'named');
    // Initials in capitals that are someone's the note names name them, as any initials do, though `n/a` names no one.
    const neil = notePeople({ contact: 'Neil Ashworth <neil@ashworth.example>' });
    assert.deepEqual(['NA', 'na', 'n/a', 'SH'].map((owner) => sideOf(owner, neil)), ['named', 'unclear', 'unclear', 'named']);
    assert.equal(sideOf('NA', people), 'unclear');
    const text = note('- Approve the pages — Dana Cole — 2026-12-04', 'next_steps:\n  - what: Approve the pages\n    owner: Dana Cole (client)\n    due: 2026-12-04');
    assert.deepEqual(findings(text, 'next-step-incomplete'), []);
  });

  it('reads a French step whose owner is a lawyer (Maître) or set off by dashes before a condition, and a struck step validated after', () => {
    const french = (item: string) => findings(note(item, 'lang: fr')).filter((finding) => finding.startsWith('next-step'));
    assert.deepEqual(french("- Me Perrin dépose les textes du numéro de janvier d'ici au 8 janvier"), []);
    assert.deepEqual(french("- Former deux animateurs — moi — après l'approbation du CA, avant le 2026-12-18"), []);
    assert.deepEqual(french('- ~~Client : valider le devis avant le 23/11~~ validé le 20/11'), []);
  });

  it('reads a German step with a weekday in two letters, the end of the month, a two-digit year and a done word after its bracket', () => {
    const german = (item: string) => digest(note(item, 'lang: de')).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(german('- Telefontermin für den Entscheid (RS, Mo 7.12.)'), [['Telefontermin für den Entscheid', 'RS', '2026-12-07', false]]);
    assert.deepEqual(german('- Flaschenmuster abholen (RS, Ende Monat)'), [['Flaschenmuster abholen', 'RS', '2026-11-30', false]]);
    assert.deepEqual(german('- Ausführungspläne (RS, per 15.1.27)'), [['Ausführungspläne', 'RS', '2027-01-15', false]]);
    assert.deepEqual(german('- Nachtragsofferte (RS, per 18.11.) erledigt').map((step) => step[3]), [true]);
  });

  it('reads the steps\' days against a conversation date its month does not have, and quotes opened „ and closed straight', () => {
    const text = note('- Send the plan (owner: me, due: 2.12.)').replace('date: 2026-11-20', 'date: 2026-11-31');
    assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-12-02']);
    assert.deepEqual(findings(note('- x (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', '- Er sagte wörtlich: „Das alte System ist lächerlich." Er will wechseln.'), 'judgemental-facts'), []);
  });

  it('pairs a frontmatter step with its body copy that adds words, the same day: done in the body, done', () => {
    const text = note('- me: SOW for ep 4 to Paul — 2026-11-18 ✓', 'next_steps:\n  - what: SOW for ep 4\n    owner: me\n    due: 2026-11-18');
    assert.deepEqual(findings(text, 'next-step-overdue'), []);
  });

  it('knows the next steps and the boundaries by the names writers give them in each language', () => {
    const headed = (language: string, facts: string, boundaries: string, steps: string) =>
      lint(['---', 'type: client-conversation', 'client: Acme', 'contact: Jo Roy <jo@example.com>', 'date: 2026-11-20', 'channel: phone', 'scenario: scope-change', 'topic: Scope', `lang: ${language}`, 'follow_up:', '  sent: 2026-11-21', '---', '', `## ${facts}`, '', '- x', '', `## ${boundaries}`, '', '- y', '', `## ${steps}`, '', '- Send it (owner: me, due: 2026-12-10)', ''].join('\n'), { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'required-sections').map((message) => message.message);
    assert.deepEqual(headed('en', 'Facts', 'What I declined', 'Agreed steps'), []);
    assert.deepEqual(headed('de', 'Sachverhalt', 'Was ich abgelehnt habe', 'Vereinbarte Schritte'), []);
    assert.deepEqual(headed('fr', 'Les faits', "Ce que j'ai refusé", 'Étapes convenues'), []);
    assert.deepEqual(headed('de', 'Fakten', 'Was nicht geht', 'Naechste Schritte'), [], 'umlauts written out');
    // A misspelt name is still reported, not taken for a shorter one.
    assert.equal(headed('en', 'Facts', 'Boundaries', 'Nxet steps').length, 1);
    // So is one that holds a shorter name and misspells the longer one it is written after.
    assert.equal(headed('en', 'Facts', 'Boundaries', 'Agreed Next Stpes').length, 1);
  });

  it('reads Christmas, the end of the year, the end of next month and a month with its year as days, in three languages', () => {
    assert.equal(dayOfWrittenDate('Christmas', '2026-11-20'), '2026-12-24');
    assert.equal(dayOfWrittenDate('end of the year', '2026-11-20'), '2026-12-31');
    assert.equal(dayOfWrittenDate('end of next month', '2026-11-20'), '2026-12-31');
    assert.equal(dayOfWrittenDate('March 2027', '2026-11-20'), '2027-03-31');
    const french = (item: string) => digest(note(item, 'lang: fr')).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(french('- Marc : second virement avant Noël'), [['second virement', 'Marc', '2026-12-24']]);
    assert.deepEqual(french('- SB : chiffrer la phase 2 — fin du mois prochain'), [['chiffrer la phase 2', 'SB', '2026-12-31']]);
    assert.deepEqual(french('- SB : reprendre contact (échéance mars 2027)'), [['reprendre contact', 'SB', '2027-03-31']]);
    assert.deepEqual(french("- Claire (agence) → valider l'avenant avant mardi pro"), [["valider l'avenant", 'Claire', '2026-11-24']]);
    assert.deepEqual(french('- moi : envoyer la sélection jeu 3/12'), [['envoyer la sélection jeu 3/12', 'moi', '2026-12-03']]);
    const german = digest(note('- Frau Dr. Berger (Verlag) schickt die Rückmeldung – bis Fr., 4.12.', 'lang: de')).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(german, [['Frau Dr. Berger', '2026-12-04']]);
  });

  it('reads a day in figures with an hour after it, and an abbreviated weekday before one, wherever they stand in the step', () => {
    const steps = (item: string, frontmatter?: string) => digest(note(item, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- moi : appeler Jo le 8/12 à 14h30', 'lang: fr'), [['moi', '2026-12-08']]);
    assert.deepEqual(steps('- Envoyer la galerie (moi) jeu 3/12 à 9h', 'lang: fr'), [['moi', '2026-12-03']]);
    assert.deepEqual(steps('- Sarah valide la sélection jeu 10/12, si elle a le temps', 'lang: fr'), [['Sarah', '2026-12-10']]);
    assert.deepEqual(steps('- ich: Call mit Jo am 8.12. um 14:00', 'lang: de'), [['ich', '2026-12-08']]);
    assert.deepEqual(steps('- Jo: Freigabe am 10.12. um 14.30 Uhr', 'lang: de'), [['Jo', '2026-12-10']]);
    assert.deepEqual(steps('- Me: call Jo 8.12. at 2pm'), [['Me', '2026-12-08']]);
    // Figures with no hour after them, in the middle of a step, are not taken for a day.
    assert.deepEqual(steps('- Me: pages 3/12 reviewed, send the rest (due: 2026-12-09)'), [['Me', '2026-12-09']]);
  });

  it('reads a weekday and an ordinal as one day whatever follows, and a done mark followed by a sentence as done', () => {
    const steps = (item: string) => digest(note(item)).steps.map((step) => [step.due, step.done]);
    assert.deepEqual(steps('- We will meet again on Tuesday the 8th to review the design.'), [['2026-12-08', false]]);
    assert.deepEqual(steps('- Dr. Osei will decide on the track by Friday, November 6. — done. He prefers to wait until next year.'), [['2026-11-06', true]]);
    // A day of the month alone before a word is no day: `the 2nd round`.
    assert.deepEqual(steps('- I will send the 2nd round (due: 2026-12-04)'), [['2026-12-04', false]]);
  });

  it('reads German office notation: Verantw., Termin, WV am, erl., N.N.; and the French à définir', () => {
    const german = (item: string) => digest(note(item, 'lang: de')).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(german('1) Angebot übersenden – Verantw.: ich – Termin: 11.12.2026'), [['ich', '2026-12-11', false]]);
    assert.deepEqual(german('1) Angebot übersenden – Verantw.: ich – Termin: 11.11.2026 – erl. 10.11.2026'), [['ich', '2026-11-11', true]]);
    assert.deepEqual(german('4) Jahresgespräch terminieren – Verantw.: ich – WV am 10.12.2026'), [['ich', '2026-12-10', false]]);
    // A calendar week by its abbreviation, a remark after it.
    assert.deepEqual(german('- [ ] MK: RAM einbauen – KW 50, Termin nach Freigabe'), [['MK', '2026-12-11', false]]);
    const unclear = (item: string, frontmatter: string) => findings(note(item, frontmatter), 'next-step-incomplete').length;
    assert.equal(unclear('3) Abstimmung mit der GF – Verantw.: N.N. – Termin: 10.12.2026', 'lang: de'), 1);
    assert.equal(unclear('- Relancer le fournisseur (responsable : à définir, échéance : 10/12/2026)', 'lang: fr'), 1);
    // The German `Verantw.` heads a table's owner column too.
    const table = '| Nr. | Maßnahme | Verantw. | Termin | Status |\n|---|---|---|---|---|\n| 1 | Schulung Planungsmodell | ich | 11.12.2026 | offen |\n| 2 | Angebot zurücksenden | Fr. Wolter | 20.11.2026 | erl. 18.11.2026 |';
    assert.deepEqual(german(table), [['ich', '2026-12-11', false], ['Fr. Wolter', '2026-11-20', true]]);
  });

  it('reads a writer’s own prompt in brackets in any language, and blame whose object runs to eight words', () => {
    const prompted = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Agreed next steps', `## Risks\n\n${line}\n\n## Agreed next steps`), 'unfilled-placeholder').length;
    assert.equal(prompted('[ergänzen]'), 1);
    assert.equal(prompted('[À compléter]'), 1);
    assert.equal(prompted('[Add the risks here]'), 1);
    assert.equal(prompted('TODO – what does the client consider a good outcome?'), 1);
    assert.equal(prompted('TODO: call the printer'), 0, 'a section of its own (Risks) holds tasks as it likes');
    const record = (section: string, line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Agreed next steps', `## ${section}\n\n${line}\n\n## Agreed next steps`), 'unfilled-placeholder').length;
    assert.equal(record('Options discussed', '- TODO : remettre au propre les 3 options du coup de fil'), 1);
    assert.equal(record('Preparation', '- TODO: pull the October invoices'), 0, 'in the Preparation a TODO is a task');
    // What to write, bare on its line, all a section of the record holds.
    assert.equal(record('Limites', '- À compléter'), 1);
    assert.equal(record('Options discussed', 'ergänzen …'), 1);
    assert.equal(record('Facts', '- TODO'), 1);
    assert.equal(record('Options discussed', '- A: finish the portal\n- TODO'), 1, 'a TODO in capitals on its line is one more left to write');
    assert.equal(record('Options discussed', '- Refaire le devis en version 6 000 € [qui:: moi]'), 0, 'a field with its key is no figure to fill in');
    assert.equal(record('Limites', '- À compléter avec la cliente'), 0, 'a sentence of the writer’s own');
    assert.equal(record('Options discussed', '- TBD\n- A second shoot day at the day rate'), 0, 'beside the writer’s own words, a word of theirs');
    assert.equal(record('Preparation', '- TODO'), 0, 'in the Preparation a TODO is a task');
    assert.equal(record('Facts', '- headspace contribution: TODO (in-kind value? ask Bec)'), 1);
    // A template's question in brackets left above the writer's words, and a bracket that names its section again, are prompts.
    assert.equal(record('Options discussed', "[What would the client call a good outcome?]\nShe wants the photos right for the 1st."), 1);
    assert.equal(record('Options discussed', '[Options I can offer]'), 1);
    assert.equal(record('Options discussed', '[Decision taken in the meeting]'), 0);
    // A part of a section's prompt copied into brackets, its article or not.
    assert.equal(record('Preparation', '- Grant came in at £38k.\n- [The outcome you want]'), 1);
    assert.equal(record('Preparation', '- [outcome you want]'), 1);
    assert.equal(record('Preparation', '- [outcome agreed with Gail]'), 0);
    assert.equal(record('Options discussed', '<What I can offer – and what not>'), 1);
    assert.equal(record('Options discussed', '- Retainer: CHF [Betrag] a month for about 10 h'), 1);
    assert.equal(record('Options discussed', '- See [our rates](https://example.com/rates) in CHF'), 0);
    assert.equal(record('Options discussed', '- Support package after the mission (2 days a month): [to be completed]'), 1);
    assert.equal(record('Options discussed', '- See [What we offer](https://example.com/offer) and [[What we offer]]'), 0);
    // `TODO` alone is no label for the steps: under Boundaries it is what is left to write there.
    // A TODO all the Boundaries hold, after the conversation: left in, and the section empty.
    const todo = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', 'TODO');
    assert.deepEqual(findings(todo).map((finding) => finding.split(':')[0]), ['empty-section', 'unfilled-placeholder']);
    assert.equal(prompted('- [Décrire les options proposées au client]'), 1);
    assert.equal(prompted('- [Welche Optionen wurden angeboten?]'), 1);
    assert.equal(prompted('[Décision prise en séance]'), 0);
    assert.equal(prompted('[Budget agreed in the call]'), 0);
    const blame = findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: de').replace('## Agreed next steps', '## Vereinbarungen\n\n- Da Sie die Lieferfrist für die Kassen- und Lagerdaten erneut versäumt haben, verschiebt sich der Abschluss.\n\n## Agreed next steps'), 'accusatory-language');
    assert.equal(blame.length, 1);
  });

  it('reads blame in a clause of its own after a comma, an idiom as no judgement, and a sent that says no as not sent', () => {
    const inBoundaries = (sentence: string, frontmatter: string) => note('- Send the quote (owner: me, due: 2026-12-01)', frontmatter).replace('- Extra pages are quoted separately.', `- ${sentence}`);
    const french = "Je ne peux pas repartir du 27 octobre, parce que vous n'avez jamais transmis le bon de commande.";
    assert.equal(findings(inBoundaries(french, 'lang: fr'), 'accusatory-language').length, 1);
    assert.equal(findings(inBoundaries('Ich kann den Termin nicht halten, weil Sie die Daten nie geschickt haben.', 'lang: de'), 'accusatory-language').length, 1);
    // The comma ends no subject of its own where none follows it: `Je, comme toujours, …` is mine.
    assert.deepEqual(findings(inBoundaries('Je ne travaille jamais le dimanche.', 'lang: fr'), 'accusatory-language'), []);
    const facts = (sentence: string) => note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${sentence}`);
    assert.deepEqual(findings(facts("Le mot « prototype » n'est défini nulle part dans la proposition."), 'judgemental-facts'), []);
    assert.equal(findings(facts('La maquette livrée est nulle.'), 'judgemental-facts').length, 1);
    const unsent = (value: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('  sent: 2026-11-21', `  sent: ${value}`), 'follow-up-overdue').length;
    assert.equal(unsent('non'), 1);
    assert.equal(unsent('pending'), 1);
    assert.equal(unsent('yes'), 0);
    // `follow_up` written as words says how the recap stands, as `sent:` in words does; the schema reports the shape.
    const followUp = (value: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('follow_up:\n  sent: 2026-11-21', `follow_up: ${value}`)).map((finding) => finding.split(':')[0]);
    assert.deepEqual(followUp('envoyé le 21/11 par SMS + mail'), ['frontmatter-schema']);
    assert.deepEqual(followUp('pas encore'), ['follow-up-overdue', 'frontmatter-schema']);
  });

  it('reads French as typed on a phone: an article and a noun before an arrow, headings without accents, mi-décembre, aujourd’hui fait', () => {
    const french = (item: string) => digest(note(item, 'lang: fr')).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(french("- les mariés -> renvoient l'avenant signé avant le 31/12"), [["renvoient l'avenant signé", 'les mariés', '2026-12-31', false]]);
    assert.deepEqual(french('- moi -> proposer des dates, avant mi-décembre'), [['proposer des dates', 'moi', '2026-12-15', false]]);
    assert.deepEqual(french("- Élodie -> mettre à jour le fichier, aujourd'hui fait").map(([, owner, , done]) => [owner, done]), [['Élodie', true]]);
    assert.equal(findings(note("- Les deux : point d'étape le 10/12", 'lang: fr'), 'next-step-incomplete').length, 1, 'les deux is both sides');
    const headed = (boundaries: string, steps: string) =>
      findings(note('- Envoyer le devis (responsable : moi, échéance : 10/12/2026)', 'lang: fr').replace('## Boundaries', `## ${boundaries}`).replace('## Agreed next steps', `## ${steps}`), 'required-sections');
    assert.deepEqual(headed('Ce que je peux / peux pas faire', 'Prochaines etapes'), []);
    assert.deepEqual(headed('Limites', 'Prochaines étapes'), []);
    // Without its accents, a heading says nothing of the note's language: `Decision` in an English note is no French `Décisions`.
    const english = note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Agreed next steps', '## Decision\n\n- Phase 2 goes ahead.\n\n## Agreed next steps');
    assert.equal(parseNote(english, resolveConfig({ requiredSections: [{ title: 'Decision' }] }).requiredSections).language.code, 'en');
  });

  it('reads steps written as sentences in the first person, their days and their done sentences, in three languages', () => {
    const steps = (item: string, frontmatter?: string) => digest(note(item, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- I send Kai the checklist by Friday 27 Nov'), [['I', '2026-11-27', false]]);
    assert.deepEqual(steps('- Ich schicke Kai bis Freitag, 27.11. eine kurze Checkliste.', 'lang: de'), [['Ich', '2026-11-27', false]]);
    assert.deepEqual(steps('- Bis zum 10. Dezember melde ich mich wegen des Preises.', 'lang: de'), [['ich', '2026-12-10', false]]);
    assert.deepEqual(steps('- Ich bereite die Infoveranstaltung für Mittwoch, 25.11. vor.', 'lang: de'), [['Ich', '2026-11-25', false]]);
    // Done, the day it only mentions says when it happened, not when it was due.
    assert.deepEqual(steps('- Ich bereite die Infoveranstaltung für Mittwoch, 25.11. vor. Hab ich gemacht 🙂', 'lang: de'), [['Ich', undefined, true]]);
    assert.deepEqual(steps('- Ich bestelle die Matten bis 24.11. beim Verleih. Hab ich gemacht.', 'lang: de'), [['Ich', '2026-11-24', true]]);
    assert.deepEqual(steps("- J'envoie la galerie d'ici le 4/12", 'lang: fr'), [["J'", '2026-12-04', false]]);
    assert.deepEqual(steps("- D'ici le 4/12, je relance le client", 'lang: fr'), [['je', '2026-12-04', false]]);
    // `we` and `wir` are both sides: an owner, and an unclear one.
    assert.equal(findings(note('- Wir suchen bis 10.12. einen neuen Termin.', 'lang: de'), 'next-step-incomplete').length, 1);
    // An object pronoun names no one: `Lena schickt mir…` is Lena's.
    assert.deepEqual(steps('- Lena schickt mir die Liste bis 4.12.', 'lang: de'), [['Lena', '2026-12-04', false]]);
  });

  it('reads a schedule as a due date that says no one day: never missing, never vague, never overdue', () => {
    const recurring = note('- [ ] me – vendor confirmation calls @phone 📅 every Mon\n- Weekly status call every Friday (owner: me)\n- [x] me – revised budget v2 to Mei p1 📅 9 Nov', 'next_steps:\n  - what: Revised budget v2\n    owner: me\n    due: 2026-11-09');
    assert.deepEqual(findings(recurring, 'next-step-incomplete'), []);
    assert.deepEqual(findings(recurring, 'next-step-overdue'), []);
    // Undated, the schedule leaves the frontmatter step to the one body step due its day.
    assert.deepEqual(digest(recurring).steps.map((step) => [step.due, step.done]), [['2026-11-09', true], [undefined, false], [undefined, false]]);
  });

  it('reads an opinion of a pattern said of the client as blame, underlined from the word through a subject after it', () => {
    const blamed = (sentence: string, frontmatter?: string) => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)', frontmatter).replace('- Extra pages are quoted separately.', `- ${sentence}`);
      return lint(text, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'accusatory-language').map((message) => text.slice(message.start, message.end));
    };
    assert.deepEqual(blamed('You pay late as always, after the third reminder.'), ['You pay late as always']);
    assert.deepEqual(blamed('As usual, you sent the files late.'), ['As usual, you']);
    assert.deepEqual(blamed('Yet again, you sent the files late.'), ['Yet again, you']);
    assert.deepEqual(blamed('Du zahlst wie immer erst nach der dritten Erinnerung.', 'lang: de'), ['Du zahlst wie immer']);
    assert.deepEqual(blamed('As usual, the invoice goes out at month end.'), []);
  });

  it('reads British minutes: sorted is done, and a done mark in a frontmatter step’s words is done', () => {
    const steps = (item: string, frontmatter?: string) => digest(note(item, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- FM to get FD sign-off, Fri 27th - sorted'), [['FM', '2026-11-27', true]]);
    assert.deepEqual(steps('- payment due Fri 20th Nov - sorted, landed Thurs 19th').map(([, , done]) => done), [true]);
    const frontmatterDone = note('- Product page copy (owner: me, due: 2026-12-04)', 'next_steps:\n  - what: Tasting notes for all 6 expressions (done)\n    owner: me\n    due: 2026-11-21');
    assert.deepEqual(findings(frontmatterDone, 'next-step-overdue'), []);
  });

  it('reads administrative French: Action N as a label, à la charge de as the owner key', () => {
    const steps = digest(note("- Action 1 : Émettre la facture rectifiée — à la charge de : moi — délai : 07/12/2026", 'lang: fr')).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps, [['Émettre la facture rectifiée', 'moi', '2026-12-07']]);
  });

  it('takes a done step due in the week before the conversation for when it was done, further back for a typo', () => {
    assert.deepEqual(findings(note('- [x] Spot 1 final (owner: me, due: 2026-11-15)'), 'date-order'), []);
    // A digit or a month off (`12/10` for `22/10`, `2026-10-07` for `2026-11-07`): the step follows the conversation it was agreed in.
    assert.equal(findings(note('- [x] Send the itemised timesheet (owner: me, due: 2026-11-10)'), 'date-order').length, 1);
    assert.equal(findings(note('- [x] Spot 1 final (owner: me, due: 2025-11-10)'), 'date-order').length, 1);
    assert.equal(findings(note('- [ ] Spot 1 final (owner: me, due: 2026-11-10)'), 'date-order').length, 1);
  });

  it('reads contempt for oneself as an I-statement, and for what someone else did as a judgement', () => {
    const facts = (line: string) => findings(note('- x (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', line), 'judgemental-facts');
    assert.deepEqual(facts('- I was sloppy with the planning.'), []);
    assert.equal(facts('- I think their layout is sloppy.').length, 1);
  });

  it('reads a surname after a title, or a word of the client\'s name, as the client\'s side: one owner in both places', () => {
    const people = notePeople({ client: 'Agentur Blaupause', contact: 'Dr. Anke Vogt <vogt@example.de>' });
    assert.equal(sideOf('Frau Dr. Vogt', people), 'client');
    assert.equal(sideOf('Blaupause', people), 'client');
    assert.equal(sideOf('Frau Dr. Lang', people), 'named', 'a surname the client\'s side does not have');
    // Initials leave the title out: `AV` is Dr. Anke Vogt's.
    assert.equal(sideOf('AV/PB', notePeople({ client: 'Agentur Blaupause', contact: 'Dr. Anke Vogt <vogt@example.de>', attendees: ['Paul Berg'] })), 'client');
    assert.deepEqual(initialsOf('Anne-Laure Meyer'), ['ALM', 'AM']);
    assert.deepEqual(initialsOf('Madonna'), []);
    // Swiss and Austrian minutes abbreviate the titles.
    assert.equal(sideOf('Fr. Vogt', people), 'client');
    assert.equal(sideOf('Hr. Zürcher', notePeople({ client: 'Kanton', contact: 'Martin Zürcher <mz@example.ch>' })), 'client');
  });

  it('takes the lead set off by a colon for the owner, and an arrow after it for whom the step goes to', () => {
    assert.equal(owner('moi : devis portraits vidéo → Mme Chauvin, 2026-11-13'.replace('moi', 'me')), 'me');
    assert.equal(owner('New retainer agreement → **DK**, due 2026-12-02'), 'DK');
  });

  it('reads a PIC column as the owner, and a schedule word before the noun it describes as no schedule', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('| What | PIC | ETA |\n|---|---|---|\n| Update the invoice template | Farah | 2026-12-31 |'), [['Farah', '2026-12-31']]);
    const noDue = (item: string) => findings(note(item), 'next-step-incomplete').length;
    assert.equal(noDue('- Send the revised plan + daily status in the WA group (PIC: me)'), 1);
    assert.equal(noDue('- Weekly check-in call (me)'), 0);
    assert.equal(noDue('- Send the status weekly on Fridays (me)'), 0);
    assert.equal(noDue('- Check the logs daily (me)'), 0);
  });

  it('reads a weekday and a day with an hour after it anywhere in the step, not a weekday alone before the day', () => {
    const steps = (item: string) => digest(note(item)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- Call Jane on Tuesday 8 at 2pm (me)'), [['me', '2026-12-08']]);
    assert.deepEqual(steps('- Walk-through Tue 8 at 14:00 with the site team (me)'), [['me', '2026-12-08']]);
  });

  it('reads a week with its year, a stretch from the conversation, a French subject with a pronoun elided, and c\'est fait', () => {
    assert.equal(dayOfWrittenDate('KW 49/2026', '2026-11-20'), '2026-12-04');
    assert.equal(dayOfWrittenDate('within two weeks', '2026-11-20'), '2026-12-04');
    assert.equal(dayOfWrittenDate('in 10 days', '2026-11-20'), '2026-11-30');
    const french = (item: string) => digest(note(item, 'lang: fr')).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(french("- Claire m'envoie les photos pour le 15/12"), [['Claire', '2026-12-15', false]]);
    assert.deepEqual(french("- Julien (brasserie) s'occupe de rappeler l'imprimeur d'ici vendredi"), [['Julien', '2026-11-27', false]]);
    assert.deepEqual(french('- Mme Roussel : régler le solde sous quinzaine'), [['Mme Roussel', '2026-12-04', false]]);
    assert.deepEqual(french("- Asso : trouver un bénévole avant le 15/11 — c'est fait (Amandine)").map((step) => step[2]), [true]);
    assert.deepEqual(french('- → moi : relance par téléphone le 3/12').map((step) => step[0]), ['moi']);
    assert.deepEqual(french("- Le château envoie les échantillons d'ici fin novembre"), [['Le château', '2026-11-30', false]]);
    assert.deepEqual(french("- L'agence renvoie le brief d'ici le 25"), [["L'agence", '2026-11-25', false]]);
    assert.deepEqual(french('- Le devis est envoyé avant le 10/12').map((step) => step[0]), [undefined], 'a thing, then est: no one');
    assert.deepEqual(digest(note('- Die Agentur schickt die Druckdaten bis 4.12.', 'lang: de')).steps.map((step) => step.owner), ['Die Agentur']);
  });

  it('reports one YAML mistake once on its line', () => {
    const text = note('- Send the quote (owner: me, due: 2026-12-01)').replace('attendees: [Jane Doe, Sam Lee]', 'attendees: [@megan, @luis]');
    assert.equal(findings(text, 'frontmatter-syntax').length, 1);
  });

  it('reports lines indented with tabs one after another, as an outliner pastes them, once over them all', () => {
    const tabbed = note('- Send the quote (owner: me, due: 2026-12-01)').replace('attendees: [Jane Doe, Sam Lee]', 'next_steps:\n\t- what: Revised proposal\n\t  owner: me\n\t  due: 2026-11-30\ntags: [fees]\nagreements:\n\t- Two rounds');
    const lines = lint(tabbed, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'frontmatter-syntax').map((message) => tabbed.slice(message.start, message.end));
    assert.deepEqual(lines, ['\t- what: Revised proposal\n\t  owner: me\n\t  due: 2026-11-30', '\t- Two rounds']);
  });

  it("reads blame said of someone on the client's side as blame said of the client", () => {
    const blamed = (sentence: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Agreed next steps', `## What we agreed\n\n- ${sentence}\n\n## Agreed next steps`), 'accusatory-language');
    assert.equal(blamed('Because your team failed to share the brief, I need a week').length, 1);
    assert.equal(blamed('Your developer keeps changing the API').length, 1);
    assert.equal(blamed("Your accountant didn't forward the invoice").length, 1);
    assert.deepEqual(blamed('Your team approved the plan; it is not your team failing'), []);
  });

  it('reads a calendar week written W49 as its Friday', () => {
    assert.equal(dayOfWrittenDate('W49', '2026-11-20'), '2026-12-04');
    assert.equal(readStepNotation('Storyboard — me — W50').otherDue?.text, 'W50');
  });

  it('reads J+5 as a day after the conversation, a mention and its colon as the owner, and a day with its year anywhere in the step', () => {
    const french = (item: string) => digest(note(item, 'lang: fr')).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(french("- [ ] @Marc : m'envoyer la grille tarifaire — J+5"), [["m'envoyer la grille tarifaire", 'Marc', '2026-11-25']]);
    assert.deepEqual(french('- TODO (moi) démarrer le lot 2 le 4/01/2027 si le devis est signé').map((step) => step.slice(1)), [['moi', '2027-01-04']]);
    assert.deepEqual(digest(note('- @Dana: send the brief — 2026-12-04')).steps.map((step) => step.what), ['send the brief']);
    // A day that opens the sentence leaves no comma before its words.
    assert.deepEqual(french("- D'ici le 4/12, je relance le client").map((step) => step[0]), ['je relance le client']);
    // `J` counts days only before `+` and a number: `J'envoie` is still mine.
    assert.deepEqual(french("- J'envoie la galerie d'ici le 4/12").map((step) => step.slice(1)), [["J'", '2026-12-04']]);
  });

  it('reads a heading that says what the writer refuses as the boundaries, a typo in a plural in any language as a misspelt heading, and a fill-in label in emphasis as a prompt', () => {
    const headed = (boundaries: string, frontmatter?: string) =>
      findings(note('- Send the quote (owner: me, due: 2026-12-01)', frontmatter).replace('## Boundaries', `## ${boundaries}`), 'required-sections');
    assert.deepEqual(headed('Ce que je refuse', 'lang: fr'), []);
    assert.deepEqual(headed('Was ich ablehne', 'lang: de'), []);
    // A slash, `&` or a joining word between two halves: the same name.
    assert.deepEqual(headed('Was ich machen kann / was nicht', 'lang: de'), []);
    assert.deepEqual(headed('What I can & cannot do'), []);
    assert.equal(headed('Limties', 'lang: fr').length, 1);
    assert.match(headed('Limties', 'lang: fr')[0], /misspelt/u);
    assert.match(headed('Boundaires')[0], /misspelt/u);
    // `AIs`, action items, names the steps alone: amid other words `AI` is another thing.
    const zoom = parseNote(note('- Send the quote (owner: me, due: 2026-12-01)').replace('## Boundaries', '## Zoom AI Companion summary\n\n**Next steps**\n- Kira will send the order by Wednesday.\n\n## Boundaries'), config.requiredSections);
    assert.deepEqual(nextStepsOf(zoom).map((step) => step.what), ['Send the quote']);
    // A word in another's place is another heading, though the letters are few: no misspelt `Ce que je peux`.
    assert.deepEqual(headed('Ce que je lui ai dit', 'lang: fr').map((finding) => /misspelt/u.test(finding)), [false]);
    assert.deepEqual(headed('Was ich machen kann', 'lang: de'), []);
    // One word of a name in the singular and another in the plural is a typo, where the name in the singular is the name.
    const steps = (title: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('## Agreed next steps', `## ${title}`), 'required-sections');
    assert.match(steps('Prochaine étapes')[0] ?? '', /misspelt/u);
    assert.deepEqual(steps('Prochaine étape'), []);
    assert.deepEqual(steps('Prochaines étapes'), []);
    assert.deepEqual(headed('Boundary'), []);
    const prompted = (line: string) => {
      const text = note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Extra pages are quoted separately.', line);
      return findings(text, 'unfilled-placeholder').length;
    };
    assert.equal(prompted('_À compléter : ce que tu peux faire et ce que tu ne peux pas faire (délais, budget, périmètre)._'), 1);
    assert.equal(prompted('*To be completed*'), 1);
    // Emphasis that only starts with a question word is the writer's own words.
    assert.equal(prompted('_Quote extra pages separately._'), 0);
  });

  it('reads a nested item that only says the step happened as done, a longer one as a detail; les deux parties as both sides', () => {
    const done = (state: string, frontmatter?: string) => digest(note(`1. Send the invoice\n   - owner: me\n   - due: 2026-11-23\n   - ${state}`, frontmatter)).steps.map((step) => step.done);
    assert.deepEqual(done('✔ done'), [true]);
    assert.deepEqual(done('Status: done'), [true]);
    assert.deepEqual(done('done: yes'), [true]);
    assert.deepEqual(done('done: no'), [false]);
    assert.deepEqual(done('✔ fait le 16/11', 'lang: fr'), [true]);
    assert.deepEqual(done('sent the draft to Bea, waiting on her'), [false]);
    assert.equal(findings(note("- Point d'étape (responsable : les deux parties, échéance : 10/12/2026)", 'lang: fr'), 'next-step-incomplete').length, 1);
  });

  it('reads a schedule in German and French, a day in figures before an owner in brackets, and no owner in a French noun phrase', () => {
    const steps = (item: string, frontmatter?: string) => digest(note(item, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(findings(note('- Statusmail an Frau Kunz (ich) jeden Freitag\n- Bericht (Verantwortlich: ich) wöchentlich', 'lang: de'), 'next-step-incomplete'), []);
    assert.deepEqual(findings(note("- Point d'avancement chaque vendredi (moi)\n- Rapport hebdomadaire (responsable : moi)", 'lang: fr'), 'next-step-incomplete'), []);
    assert.deepEqual(steps("- Point d'avancement le 4/12 (moi)", 'lang: fr'), [["Point d'avancement le 4/12", 'moi', '2026-12-04']]);
    assert.deepEqual(steps("- Les châteaux confirment les conditions d'ici fin novembre", 'lang: fr').map((step) => step[1]), ['Les châteaux']);
    assert.deepEqual(steps("- Claire m'envoie le devis le 4/12", 'lang: fr').map((step) => step[1]), ['Claire']);
    // A holiday before the owner is part of the words: `les cafés de Noël — Elif` is due no day.
    assert.deepEqual(steps('- Envoyer les photos des cafés de Noël — Elif', 'lang: fr').map((step) => step[2]), [undefined]);
    // A recurrence runs to the next field: `[owner:: Mia]` after it still names the owner.
    assert.deepEqual(steps('- [ ] Chase the PO with [[Marco Rossi]] 🔁 every week [owner:: Mia] 📅 2026-12-24').map((step) => step[1]), ['Mia']);
  });

  it('reads a day in figures in the order that gives the day its frontmatter copy writes in full', () => {
    const text = note('- [ ] Client : livrer les textes — 12/04', 'lang: fr\nnext_steps:\n  - what: Livrer les textes\n    owner: client\n    due: 2026-12-04');
    assert.deepEqual(digest(text).steps.map((step) => step.due), ['2026-12-04']);
    assert.deepEqual(findings(text, 'next-step-incomplete'), []);
  });

  it('reads a clause opened by que, weil or dass with its own subject, a German compound that names people, and nicht eingehalten as blame', () => {
    const inBoundaries = (sentence: string, language: string) => note('- Send the quote (owner: me, due: 2026-12-01)', `lang: ${language}`).replace('- Extra pages are quoted separately.', `- ${sentence}`);
    const blame = (sentence: string, language: string) => findings(inBoundaries(sentence, language), 'accusatory-language').length;
    assert.equal(blame("Je ne reprends pas des termes que vous n'avez jamais validés par écrit.", 'fr'), 1);
    assert.equal(blame("Je ne peux pas commencer parce que tu n'as jamais envoyé le brief.", 'fr'), 1);
    assert.equal(blame("Je n'ai jamais reçu le brief.", 'fr'), 0);
    assert.equal(blame('Ich kann nicht starten, weil Sie nie antworten.', 'de'), 1);
    assert.equal(blame('Ich habe die Mail von Ihnen nie bekommen.', 'de'), 0);
    assert.equal(blame('Da Sie den Liefertermin der Maschine nicht eingehalten haben, berechne ich Standzeiten.', 'de'), 1);
    assert.equal(blame('Ich habe die Frist nicht eingehalten.', 'de'), 0);
    const judged = (sentence: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${sentence}`), 'judgemental-facts').length;
    assert.equal(judged('Das Entwicklerteam hat total unprofessionell kommuniziert.'), 1);
    // `Halle` ends in `alle`, which is no person noun that ends a compound.
    assert.equal(judged('Die Halle ist immer noch nicht gebucht.'), 0);
  });

  it('reads a Todoist label before a priority as no one, and the priority as no words of the step', () => {
    const steps = digest(note('- [ ] Reprint RSVP cards @printer p2 📅 1 Dec\n- [ ] Send the brief @dana 📅 2 Dec\n- [ ] me – book the band @phone @email p1 📅 27 Nov')).steps;
    assert.deepEqual(steps.map((step) => [step.what, step.owner]), [['Reprint RSVP cards', undefined], ['Send the brief', 'dana'], ['book the band', 'me']]);
  });

  it('knows Ce qui s’est dit, Mes conditions and Perso, reads mardi 8 as a day, and a claim reported after dit as no judgement', () => {
    const headed = (facts: string, boundaries: string) =>
      findings(note('- OD : maquette finale pour mardi 8', 'lang: fr').replace('## Facts', `## ${facts}`).replace('## Boundaries', `## ${boundaries}`), 'required-sections');
    assert.deepEqual(headed("Ce qui s'est dit", 'Mes conditions'), []);
    assert.deepEqual(digest(note('- OD : maquette finale pour mardi 8', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [['OD', '2026-12-08']]);
    assert.deepEqual(digest(note('- Send the deck Fri 4 (me)')).steps.map((step) => step.due), ['2026-12-04']);
    const facts = (sentence: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${sentence}`), 'judgemental-facts');
    assert.deepEqual(facts("Elle dit qu'elle n'a jamais été avertie du surcoût."), []);
    assert.equal(facts("Elle n'est jamais disponible.").length, 1);
    const perso = note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('## Agreed next steps', '## Perso\n\n- Ils sont toujours en retard, comme d’habitude.\n\n## Agreed next steps');
    assert.deepEqual(findings(perso, 'judgemental-facts'), []);
  });

  it('reads an owner in square brackets after the date, and Contexte and Suivis as French sections', () => {
    const text = note('- [ ] Envoyer le glossaire révisé → 2026-12-02 [moi]\n- [ ] Voir [le brief](https://example.com) → 2026-12-03 [Audrey]', 'lang: fr')
      .replace('## Facts', '## Contexte')
      .replace('## Agreed next steps', '## Suivis');
    assert.deepEqual(digest(text).steps.map((step) => [step.what, step.owner]), [['Envoyer le glossaire révisé', 'moi'], ['Voir [le brief](https://example.com)', 'Audrey']]);
    assert.deepEqual(findings(text, 'required-sections'), []);
  });

  it('reads a florist’s phone notes: emoji headings Mes règles and On fait quoi, ➜ before the step, sous 48h, (ok c’est fait), toujours meaning still', () => {
    const text = note(
      [
        "- Inès ➜ virer l'acompte (840 €) sous 48h",
        '- moi ➜ relancer la mairie sous 8 jours',
        "- moi ➜ renvoyer la facture détaillée (ok c'est fait)",
        '- Karim (hôtel) ➡️ confirmer les vases avant le 4 déc.',
      ].join('\n'),
      'lang: fr',
    )
      .replace('## Boundaries', '## 🚫 Mes règles')
      .replace('## Agreed next steps', '## ✅ On fait quoi');
    assert.deepEqual(findings(text, 'required-sections'), []);
    assert.deepEqual(
      digest(text).steps.map((step) => [step.owner, step.due, step.done]),
      [
        ['Inès', '2026-11-22', false],
        ['moi', '2026-11-28', false],
        ['moi', undefined, true],
        ['Karim', '2026-12-04', false],
      ],
    );
    assert.deepEqual(findings(text, 'next-step-incomplete'), []);
    assert.deepEqual(digest(note('- Freigabe binnen 48 Stunden (Anna)\n- me: call back within 48 hours', 'lang: de')).steps.map((step) => step.due), ['2026-11-22', '2026-11-22']);
    const facts = (sentence: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${sentence}`), 'judgemental-facts').length;
    assert.equal(facts('Commande chez Jo toujours prévue le 30 nov.'), 0);
    assert.equal(facts('Karim toujours pas rappelé.'), 0);
    assert.equal(facts('Karim a toujours refusé les devis.'), 1);
    assert.equal(facts('Karim est toujours fâché.'), 1);
    // A trade names a person, as in English; `là-dessus` is no noun the adjective describes.
    assert.equal(facts('Le traiteur a été complètement peu professionnel là-dessus.'), 1);
    assert.equal(facts('Un devis peu professionnel là-dessus.'), 0);
  });

  it('reads Swiss German minutes: Leitplanken as the boundaries, a Bis cell that says erledigt, a lead with only a day after its dash as the words', () => {
    const table = ['| Wer | Was | Bis |', '|---|---|---|', '| RB | Offerte Phase 2 | erledigt 28.10. |', '| Fr. Lüthi | Abnahme in Test | 9.11. – erledigt |', '| RB | Deployment Prod | 27.11. |'].join('\n');
    const text = note(`${table}\n\n- [ ] Offerte Lieferanten-Reporting – per 4.12.`, 'lang: de').replace('## Boundaries', '## Leitplanken');
    assert.deepEqual(findings(text, 'required-sections'), []);
    assert.deepEqual(
      digest(text).steps.map((step) => [step.what, step.owner, step.done]),
      [
        ['Offerte Phase 2', 'RB', true],
        ['Abnahme in Test', 'Fr. Lüthi', true],
        ['Deployment Prod', 'RB', false],
        ['Offerte Lieferanten-Reporting', undefined, false],
      ],
    );
    assert.equal(findings(text, 'next-step-incomplete').length, 1, 'only the Offerte, which names no one');
  });

  it('reads minutes and trade notes: Resp as the owner key and column, to OK, two owners joined by a slash as unclear unless both are the client’s', () => {
    const table = ['| AP | Action | Resp | Target date | Status |', '|---|---|---|---|---|', '| AP1 | Train the dispatch staff | Kwame | 28/11/2026 | Pending |'].join('\n');
    const text = note(`${table}\n\n- AP2: Sign revised SOW. Resp: Ms. Tetteh. Target date: 27/11/2026. Status: Pending\n- Alasdair to OK the bird screening – Mon Nov 30\n- GH/LC: sign the engagement letter by 4 Dec\n- JD/SL: approve the budget by 4 Dec`);
    assert.deepEqual(
      digest(text).steps.map((step) => step.owner),
      ['Kwame', 'Ms. Tetteh', 'Alasdair', 'GH/LC', 'JD/SL'],
    );
    // Jane Doe and Sam Lee, the attendees, by their initials: the client's side.
    assert.equal(digest(text).steps.at(-1)?.side, 'client');
    assert.deepEqual(findings(text, 'next-step-incomplete'), ['next-step-incomplete: Next step "sign the engagement letter" has an unclear owner ("GH/LC"): name the one person or side who does it.']);
  });

  it('reads a German weekday in two letters before a day mid-step, and Termin as a key only with its colon', () => {
    const steps = digest(
      note('- [ ] @Jonas: Abnahme-Termin Fr 4.12. vorbereiten\n- ich: Angebot schicken Do 10.12., falls Budget frei\n1. Bestätigung neuer Termin 18.12. schicken – ich – bis 21.11. ✓ erledigt\n- Angebot übersenden – Verantw.: ich – Termin: 11.12.2026', 'lang: de'),
    ).steps;
    assert.deepEqual(
      steps.map((step) => [step.due, step.done]),
      [
        ['2026-12-04', false],
        ['2026-12-10', false],
        ['2026-11-21', true],
        ['2026-12-11', false],
      ],
    );
    // In English, `we` before a day is a word: the day stays the one written.
    assert.deepEqual(digest(note('- we 4.12. deliver the cut (me)')).steps.map((step) => step.due), ['2026-12-04']);
  });

  it('reads how something was done as no opinion, a junior as a person, and toujours in a clause with a thing of its own as still', () => {
    const facts = (sentence: string, language = 'en') => findings(note('- Send the quote (owner: me, due: 2026-12-01)', `lang: ${language}`).replace('- Phase 2 adds four pages.', `- ${sentence}`), 'judgemental-facts').length;
    assert.equal(facts('I did not define it clearly in the proposal.'), 0);
    assert.equal(facts('They were clearly in breach.'), 1);
    assert.equal(facts('They clearly ignored the brief.'), 1);
    assert.equal(facts('The juniors are always streaming music.'), 1);
    assert.equal(facts("Sur Android 11 ça marche, mais l'appli plante toujours sur Android 9.", 'fr'), 0);
    assert.equal(facts('Karim, comme prévu, arrive toujours en retard.', 'fr'), 1);
    // French's `ton` after a word that stands only before a noun is the tone, no one's: one finding, the judgement.
    const blamed = (sentence: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${sentence}`), 'accusatory-language').length;
    assert.equal(blamed('Le storyboard prévoyait évidemment ce ton dynamique.'), 0);
    assert.equal(facts('Le storyboard prévoyait évidemment ce ton dynamique.', 'fr'), 1);
    assert.equal(blamed('Ton équipe est toujours en retard.'), 1);
    // The writer's own email quoted after a German lead in the dative: theirs, read by the tone rules.
    const germanBlame = (sentence: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${sentence}`), 'accusatory-language').length;
    assert.equal(germanBlame('Aus meiner Antwortmail vom 4.11.: "Die Schulung haben Sie ja nie wahrgenommen."'), 1);
    assert.equal(germanBlame('Herr Gräfe am 4.11.: "Die Schulung haben Sie ja nie wahrgenommen."'), 0);
  });

  it('reads a state still open that closes a step as no part of it, in any language, and an action’s owner and day in brackets after its reference', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('1. **Me** → check the plans — 24/11 — to do\n2. Dana — 27/11 — pending\n3. ACT-04 | Send the list | Craig | 30/11 | Open'), [
      ['check the plans', 'Me', '2026-11-24'],
      ['Dana', undefined, '2026-11-27'],
      ['Send the list', 'Craig', '2026-11-30'],
    ]);
    assert.deepEqual(steps('1. **Mme Keller** → valider les plans — le 24/11 — à faire\n2. **On** cale la visite — S47 — en attente', 'fr'), [
      ['valider les plans', 'Mme Keller', '2026-11-24'],
      ['**On** cale la visite', 'On', '2026-11-20'],
    ]);
    assert.deepEqual(steps('- Ich → Angebot prüfen — 24.11. — noch offen', 'de'), [['Angebot prüfen', 'Ich', '2026-11-24']]);
    // Only a state after a dash or a pipe: `to do` in the words stays.
    assert.deepEqual(steps('- Me: list what is left to do by 30/11'), [['list what is left to do', 'Me', '2026-11-30']]);
    assert.deepEqual(steps('- AP4 (Kwame, 5 Dec 2026): Install the balcony switch. – Pending\n- AP5 (me, 2026-12-12) – Test the stream'), [
      ['Install the balcony switch.', 'Kwame', '2026-12-05'],
      ['Test the stream', 'me', '2026-12-12'],
    ]);
  });

  it('reads a name with a particle as a name, TaskPaper’s owner tags in the note’s language, a slot name alone in brackets as a prompt, and a Todoist label after a priority as no one', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('1. **Atelier Lorrain du Bois** → refaire les façades — le 4/12\n2. Atelier Lorrain du Bois → régler les portes — le 5/12', 'fr'), [
      ['refaire les façades', 'Atelier Lorrain du Bois', '2026-12-04'],
      ['régler les portes', 'Atelier Lorrain du Bois', '2026-12-05'],
    ]);
    // Not English's `of`, which joins the words of a step as often as a name's.
    assert.deepEqual(steps('- Review of Budget → send to Dana by Dec 4'), [['Review of Budget → send to Dana', undefined, '2026-12-04']]);
    assert.deepEqual(steps('- Update-Tag festlegen @wer(wir) @due(2026-12-15)\n- Angebot schicken @wer(Kunde) @bis(4.12.)', 'de'), [
      ['Update-Tag festlegen', 'wir', '2026-12-15'],
      ['Angebot schicken', 'Kunde', '2026-12-04'],
    ]);
    assert.deepEqual(steps('- Send the deck @who(Dana) @due(2026-12-02)'), [['Send the deck', 'Dana', '2026-12-02']]);
    assert.deepEqual(
      findings(note('- Ihr entscheidet bis [Datum] zwischen Option 2 und 3 (ich, 2026-12-20)\n- Siehe [Entwurf] (ich, 2026-12-21)', 'lang: de'), 'unfilled-placeholder').map((finding) => finding.includes('[Datum]')),
      [true],
    );
    assert.deepEqual(steps('- [ ] Send Jordan the letter template p1 @email #grants (due: 2026-12-01)\n- [ ] Call the bank p2 @errands @dana (due: 2026-12-02)').map(([, owner]) => owner), [undefined, undefined]);
  });

  it('reads Google Docs’ action items in bold, an owner linked after an arrow, and a task’s properties set off by middle dots', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('* **Action item:** Jo — send the change order — due Thursday 11/19\n* Action item: Bell — share the staging link — due 12/4'), [
      ['send the change order', 'Jo', '2026-11-19'],
      ['share the staging link', 'Bell', '2026-12-04'],
    ]);
    assert.deepEqual(steps('- [ ] Signer et retourner le contrat → [[Christophe Barras]], 04.12.2026', 'fr'), [['Signer et retourner le contrat', 'Christophe Barras', '2026-12-04']]);
    assert.deepEqual(steps('- [ ] Termin ausmachen · Zuständig: Beide · Fällig: 15. März 2027', 'de'), [['Termin ausmachen', 'Beide', '2027-03-15']]);
    assert.deepEqual(findings(note('- [ ] Termin ausmachen · Zuständig: Beide · Fällig: 15. März 2027', 'lang: de'), 'next-step-incomplete').length, 1);
  });

  it('pairs a frontmatter step with the body step that shares its words, where the same person has two steps that day', () => {
    const text = note(
      '- [x] MOSS-52 Split the repo so the editor lives in its own package — Assignee: Marcus · Due: Nov 13 (merged 11/11)\n- [x] MOSS-58 Editor README for Lena — Assignee: Marcus · Due: Nov 13',
      'next_steps:\n  - what: Split the repo so the editor lives in its own package\n    owner: Marcus\n    due: 2026-11-13',
    );
    assert.deepEqual(findings(text, 'next-step-overdue'), []);
    assert.deepEqual(digest(text).steps.filter((step) => !step.done).map((step) => step.what), []);
  });

  it('reads a bullet journal’s marks, side tags and Kanban dates of Obsidian, a check mark as a table’s done header, and a side before a remark in brackets', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- × Send the revised quote (Me) – Fri 20/11\n- • Ring Jay (Me) – Mon 30/11\n- < Fascia install, 7am (Me, Kev on the ladder) – Thu 3rd Dec'), [
      ['Send the revised quote', 'Me', '2026-11-20', true],
      ['Ring Jay', 'Me', '2026-11-30', false],
      ['Fascia install, 7am', 'Me', '2026-12-03', false],
    ]);
    assert.deepEqual(steps('- [ ] Auftragsbestätigung zurück #kunde 📅 2026-11-28\n- [ ] Rücksprache mit Sponsor #ich @{2026-12-02} @@{14:30}', 'de'), [
      ['Auftragsbestätigung zurück', 'kunde', '2026-11-28', false],
      ['Rücksprache mit Sponsor', 'ich', '2026-12-02', false],
    ]);
    assert.deepEqual(steps('| Tâche | Qui | Échéance | ✔ |\n|---|---|---|---|\n| Envoyer la note de crédit | moi | 2026-10-09 | ✔ |\n| Payer le solde | Ginette | 2026-12-07 | |', 'fr'), [
      ['Envoyer la note de crédit', 'moi', '2026-10-09', true],
      ['Payer le solde', 'Ginette', '2026-12-07', false],
    ]);
    // A check mark first, as Asana's exports mark a completed task.
    assert.deepEqual(steps('- ✓ Send change order — Assignee: Me — Due: Oct 8').map(([, , , done]) => done), [true]);
    // A task box opening a table's task cell, as OneNote exports its To Do tag.
    assert.deepEqual(steps('| Aufgabe | Wer | Bis wann |\n|---|---|---|\n| ☑ Gesprächsnotiz an Fr. Mohr | ich | Fr., 06.11. |\n| ☐ Entwurf schicken | ich | Fr., 04.12. |', 'de'), [
      ['Gesprächsnotiz an Fr. Mohr', 'ich', '2026-11-06', true],
      ['Entwurf schicken', 'ich', '2026-12-04', false],
    ]);
    // Someone else after the side names two people, no one owner.
    assert.deepEqual(steps('- Fascia paint (Me, Kev) – Thu 3rd Dec').map(([, owner]) => owner), [undefined]);
  });

  it('reads a prompt in emphasis and brackets, a bracket of several words alone in a section of the record, and a French step reworded in the body as the same', () => {
    const prompts = promptsInFrenchFacts;
    assert.equal(prompts('_(à compléter)_'), 1);
    assert.equal(prompts("[Ce qui s'est passé : dates, montants, documents, sans jugement]"), 1);
    assert.equal(prompts('[Rechnung 041]'), 0);
    assert.equal(prompts('[Décision prise pendant la réunion]'), 0);
    // What to write in brackets alone on its line, all the section holds.
    assert.equal(prompts('(à compléter)'), 1);
    assert.equal(prompts('(voir le devis du 12/11)'), 0);
    // Words alone in brackets on their line, under what the writer wrote, that say what goes in the section or name one.
    const inSection = (heading: string, lines: string) => unfilledPrompts(parseNote(`---\ntype: client-conversation\nlang: de\n---\n\n## ${heading}\n\n${lines}\n`, resolveConfig().requiredSections)).map((prompt) => prompt.text);
    assert.deepEqual(inSection('Optionen besprochen', '- Druck auf meine Kosten\n- [weitere Option]'), ['[weitere Option]']);
    assert.deepEqual(inSection('Optionen besprochen', '1. Lagerprogramm L-Form\n3. [Weitere Option, z. B. Teilmontage]'), ['[Weitere Option, z. B. Teilmontage]']);
    assert.deepEqual(inSection('Options discussed', '1. USD 300 per day\n3. [Option you can offer]'), ['[Option you can offer]']);
    assert.deepEqual(inSection('Options discussed', '1. Reprocess\n3. [option 3]'), ['[option 3]']);
    assert.deepEqual(inSection('Options discussed', '1. Reprocess\n- [inaudible 00:14]'), []);
    assert.deepEqual(inSection('Vorbereitung', '- 40 Seiten = 5 Wochen\n- [Optionen, die ich anbieten kann]'), ['[Optionen, die ich anbieten kann]']);
    assert.deepEqual(inSection('Optionen besprochen', '- Druck auf meine Kosten\n- [Entscheidung in der Sitzung]'), []);
    // A reference link's text, defined in the note, is the writer's.
    assert.deepEqual(inSection('Options discussed', '- [Options we priced]\n\n[Options we priced]: https://example.com/quote'), []);
    // A bracket that opens with a name of its section, as a template's prompt names what goes there.
    assert.equal(prompts("[Ce qui s'est passé, sans jugement]"), 1);
    // A blank in brackets, as lawyers draft; `[…]` marks words left out of a quotation.
    assert.equal(prompts('- Honorar: [●] EUR, Frist: [●].12.2026'), 1);
    assert.equal(prompts('- Il a écrit « le devis […] est accepté ».'), 0);
    // A bracket after a label that names what the label asks for again.
    assert.equal(prompts('- Outcome I want: [outcome you want]'), 1);
    assert.equal(prompts('- Outcome I want: [the outcome you want]'), 1);
    assert.equal(prompts("- What outcome would they call good? <client's ideal outcome>"), 1);
    assert.equal(prompts('- Website: <https://website.example>'), 0);
    // A capitalised word alone in angle brackets, as no HTML tag is written.
    assert.equal(prompts('3. <Option>'), 1);
    assert.equal(prompts('- <br>'), 0);
    assert.equal(prompts('- Outcome: [the one we agreed on Monday]'), 0);
    assert.equal(prompts('- Reference: [Rechnung 041]'), 0);
    // A TODO after an arrow or a dash holds a place as one after a word does.
    assert.equal(prompts('- B : Freisteller + 8 Mood → TODO Betrag nachrechnen'), 1);
    // What goes there, then what to do: the infinitive last, as German and French write it.
    assert.equal(prompts('- Preisnachlass auf die Gesamtrechnung : [Betrag ergänzen]'), 1);
    assert.equal(prompts('- Remise sur la facture : [montant à préciser]'), 1);
    assert.equal(prompts('- Check the access [owner:: TBD] 📅 2026-12-12'), 0);
    const text = note(
      '- Le client doit me confirmer par mail son accord pour les 45 € avant le mardi 13 octobre 2026',
      "lang: fr\nnext_steps:\n  - what: Confirmer l'accord sur le devis complémentaire de 45 €\n    owner: client\n    due: 2026-10-13",
    );
    assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.due]), [['client', '2026-10-13']]);
  });

  it('reads a line that points to where the steps are as no step, and a done mark with the hour it was done', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.done]);
    assert.deepEqual(steps('* in the frontmatter above. Tour starts 11 Jan, the mix has to be on the USB first\n* [me] final mix to Róisín by Fri 9/10, 1pm -- DONE 9/10 11.40'), [['final mix to Róisín, 1pm', true]]);
    assert.deepEqual(steps('- siehe oben\n- Angebot schicken (ich, 4.12.)', 'de').map(([what]) => what), ['Angebot schicken']);
    assert.deepEqual(steps('- voir ci-dessus, étapes dans le frontmatter', 'fr'), []);
    // A step about the frontmatter is a step.
    assert.deepEqual(steps('- Update the frontmatter template (me, Dec 4)').map(([what]) => what), ['Update the frontmatter template']);
  });

  it('reads a bold label that names the task as no one, and a day left out before its month as a prompt', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] **Aufgabe:** Gutschrift erstellen **Bis:** 28.11.2026\n- [ ] **Aufgabe:** Restbetrag überweisen **Wer:** Herr Lindemann **Bis:** 15.12.2026', 'de'), [
      ['Gutschrift erstellen', undefined, '2026-11-28'],
      ['Restbetrag überweisen', 'Herr Lindemann', '2026-12-15'],
    ]);
    assert.deepEqual(steps('- **Task:** send the quote (me, Dec 4)').map(([what, owner]) => [what, owner]), [['send the quote', 'me']]);
    assert.equal(findings(note('- [ ] **Aufgabe:** Termin abstimmen **Wer:** Frau Schäfers **Bis:** XX.12.', 'lang: de'), 'unfilled-placeholder').length, 1);
  });

  it('reads a done field after a semicolon, French minutes in the future tense, and French blame with toujours inside it', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('1. Send the revised quote; Owner: me; Deadline: 20 November 2026; Done: 19 November 2026'), [['me', '2026-11-20', true]]);
    assert.deepEqual(steps('- Monsieur Kieffer présentera le devis avant le vendredi 4 décembre 2026.', 'fr'), [['Monsieur Kieffer', '2026-12-04', false]]);
    const blamed = (sentence: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('## Boundaries', '## Ce que je peux faire et ce que je ne peux pas faire').replace('- Extra pages are quoted separately.', `- ${sentence}`), 'accusatory-language').length;
    assert.equal(blamed("Solde réglé sous 15 jours, d'autant que vous n'avez toujours pas réglé la facture de septembre."), 1);
    assert.deepEqual(findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('## Boundaries', '## CE QUE JE PEUX FAIRE ET CE QUE JE NE PEUX PAS FAIRE'), 'required-sections').filter((finding) => finding.includes('Limites')), []);
  });

  it('reads a task tool’s table headers and its done status, an empty owner cell as no owner, a prompt in brackets and emphasis above the writer’s words, and a name after the thing it names', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner ?? null, step.due, step.done]);
    assert.deepEqual(
      steps(
        "Copié de ClickUp :\n\n| Nom de la tâche | Statut | Assigné à | Date d'échéance | Priorité |\n|---|---|---|---|---|\n| Avis de résiliation | COMPLÉTÉ | Marie-Ève | 2026-11-19 | Urgent |\n| Bons de commande | À FAIRE |  | 2026-12-31 | Urgent |",
        'fr',
      ),
      [
        ['Avis de résiliation', 'Marie-Ève', '2026-11-19', true],
        ['Bons de commande', null, '2026-12-31', false],
      ],
    );
    // The full stop after a day and month in dotted figures is the day's; after a day in words, the sentence's.
    assert.deepEqual(steps('- Mail an Herrn Kurz — 24.11.\n- Ich → Rechnung an Herrn Ott, 27.11.', 'de').map(([what]) => what), ['Mail an Herrn Kurz', 'Rechnung an Herrn Ott']);
    assert.deepEqual(steps('- Send the deck — Dec 10.').map(([what]) => what), ['Send the deck.']);
    assert.deepEqual(steps('| Aufgabenname | Zugewiesen an | Fälligkeitsdatum |\n|---|---|---|\n| Angebot schicken | ich | 04.12.2026 |', 'de'), [['Angebot schicken', 'ich', '2026-12-04', false]]);
    assert.deepEqual(steps('| Task name | Assignee | Due on | Status |\n|---|---|---|---|\n| Send the quote | me | 2026-12-04 | Done |'), [['Send the quote', 'me', '2026-12-04', true]]);
    // A page link left unquoted, which YAML reads as a list in a list, names the owner for the recap as for the digest.
    const linked = note('', 'next_steps:\n  - what: Upload the October invoices to Dext\n    owner: [[Julie Fortin]]\n    due: 2026-11-19');
    assert.deepEqual(digest(linked).steps.map((step) => step.owner), ['Julie Fortin']);
    const recap = buildRecapModel(linked, {});
    assert.ok(recap.ok);
    assert.deepEqual(recap.model.nextSteps.map((step) => step.owner), ['Julie Fortin']);
    const prompts = promptsInFrenchFacts;
    assert.equal(prompts('_[Ce que le client considérerait comme un bon résultat ?]_\nHélène comprend, mais le budget est serré.'), 1);
    assert.equal(prompts('**[What would the client call a good outcome?]**\nShe wants the photos right.'), 1);
    assert.equal(prompts('_[Décision prise en séance]_'), 0);
    // Words in angle brackets, a line of their own: what to write, not an HTML tag.
    assert.equal(prompts('- <options you can offer>\n- Handover in two sessions.'), 1);
    assert.equal(prompts('<details open>\n<video controls autoplay muted>'), 0);
    const judged = (facts: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${facts}`), 'judgemental-facts').length;
    assert.equal(judged("L'ancien site WooCommerce tourne toujours, aucune vente perdue."), 0, 'the site is a thing, WooCommerce its name');
    assert.equal(judged("Les maquettes ont changé 3 fois, ils changent toujours d'avis."), 1);
    assert.equal(judged('Depuis lundi Marc change toujours d’avis.'), 1, 'after a word that is no noun, a name is the subject');
    // A trade's French name says a person; the machine has a name of its own.
    assert.equal(judged('Les imprimeurs se trompent toujours de papier.'), 1);
    assert.equal(judged("L'imprimante se bloque toujours."), 0);
  });

  it('reads contract minutes: a Gegenstand column, AN and AG as the two sides, the writer among the attendees by surname, alle as no one, and a date’s format as a prompt', () => {
    const minutes = note(
      '| lfd. Nr. | Gegenstand | Verantwortlich | Termin | erl. |\n|---|---|---|---|---|\n| 4.1 | Bestätigung der Beendigung | AG | 24.11.2026 | ✔ 21.11.2026 |\n| 4.2 | Schlussrechnung LP 1–3 | AN (Hartl) | 04.12.2026 | |\n| 4.3 | Abstimmungstermin Baustelle | alle | 02.12.2026 | |',
      'lang: de\nnext_steps:\n  - what: Schlussrechnung LP 1–3\n    owner: Hartl\n    due: 2026-12-04',
    ).replace('attendees: [Jane Doe, Sam Lee]', 'attendees: [Jane Doe, J. Hartl]');
    assert.deepEqual(
      digest(minutes).steps.map((step) => [step.what, step.side, step.done]),
      [
        ['Schlussrechnung LP 1–3', 'me', false],
        ['Bestätigung der Beendigung', 'client', true],
        ['Abstimmungstermin Baustelle', 'unclear', false],
      ],
    );
    assert.deepEqual(findings(minutes, 'next-step-incomplete').map((finding) => finding.split(':')[0]), ['next-step-incomplete']);
    const prompts = (step: string, language = 'en') => findings(note(step, `lang: ${language}`), 'unfilled-placeholder').length;
    assert.equal(prompts('- Korrekturrechnung – Verantwortlich: AN – Termin: TT.MM.JJJJ', 'de'), 1);
    assert.equal(prompts('- Send the quote (me, due YYYY-MM-DD)'), 1);
    assert.equal(prompts('- Envoyer le devis (moi, pour le JJ/MM/AAAA)', 'fr'), 1);
    assert.equal(prompts('- Send the quote (owner: me, due: {{YYYY-MM-DD}})'), 1, 'the template’s prompt, once');
    assert.equal(prompts('- Agree the date format in the brief (me, Dec 4)'), 0);
    // What Word's content controls hold until filled in.
    assert.equal(prompts('- Send the quote (me, Dec 4)\n\nRegrets: Click or tap here to enter text.'), 1);
    assert.equal(prompts('- Angebot schicken (ich, 4.12.)\n\nKlicken oder tippen Sie hier, um Text einzugeben.', 'de'), 1);
    assert.equal(prompts('- Envoyer le devis (moi, 4/12)\n\nCliquez ou appuyez ici pour entrer du texte.', 'fr'), 1);
    assert.equal(prompts('- Tell Jo to click here to enter the portal (me, Dec 4)'), 0);
    // A Dataview field whose key is a word of the pack's fill-ins is a field, not a prompt.
    assert.equal(prompts('- [x] Zusammenfassung an Frau Lindner [wer:: ich] ✅ 2026-11-11', 'de'), 0);
    assert.deepEqual(digest(note('| AI | Action | Qui | Pour le |\n|---|---|---|---|\n| AI-03 | Arbitrage DAF | Karim Haddad | 27/11/2026 |', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [['Karim Haddad', '2026-11-27']]);
  });

  it('reads a Fälligkeit column, a state as a lozenge in brackets, and a French state on a line of its own', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.due, step.done]);
    assert.deepEqual(steps('| Aufgabe | Verantwortlich | Fälligkeit | Status |\n|---|---|---|---|\n| Protokoll senden | ich | 14.11.2026 | [ERLEDIGT] |\n| Klickdummy abgeben | ich | 04.12.2026 | [IN ARBEIT] |', 'de'), [
      ['Protokoll senden', '2026-11-14', true],
      ['Klickdummy abgeben', '2026-12-04', false],
    ]);
    // A mention with its surname where a colon sets the name off; a field's key after a mention is no surname.
    assert.deepEqual(digest(note('- @Martina Reuter: Nachtrag weiterleiten – bis 24.11.2026\n- @zinhle Due: 2026-12-06 book the van', 'lang: de')).steps.map((step) => [step.what, step.owner]), [
      ['Nachtrag weiterleiten', 'Martina Reuter'],
      ['book the van', 'zinhle'],
    ]);
    assert.deepEqual(steps('| Task | Owner | End date | Status |\n|---|---|---|---|\n| Send the minutes | me | 2026-11-24 | [DONE] |\n| Book the room | me | 2026-12-04 | [x] |'), [
      ['Send the minutes', '2026-11-24', true],
      ['Book the room', '2026-12-04', true],
    ]);
    assert.deepEqual(steps('- Livrer le lot 1\n  Responsable : moi\n  Échéance : 21 novembre 2026\n  Statut : Terminé\n- Livrer le lot 2\n  Responsable : moi\n  Échéance : 4 décembre 2026\n  Statut : En cours', 'fr'), [
      ['Livrer le lot 1', '2026-11-21', true],
      ['Livrer le lot 2', '2026-12-04', false],
    ]);
  });

  it('reads a to-do as code comments write one, a day after an @, the client\'s side with its person, and a bold key before its colon', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.side, step.due, step.done]);
    assert.deepEqual(steps('- TODO(ich) Transport freigeben @2026-12-04\n- TODO(Kunde/Hr. Weber) Testdaten liefern @KW49\n- DONE(ich) CR-Angebot an Hr. Weber @2026-11-20 ✔ 19.11.', 'de'), [
      ['Transport freigeben', 'ich', 'me', '2026-12-04', false],
      ['Testdaten liefern', 'Kunde/Hr. Weber', 'client', '2026-12-04', false],
      ['CR-Angebot an Hr. Weber', 'ich', 'me', '2026-11-20', true],
    ]);
    assert.deepEqual(steps('- TODO(me): send the rev log to Brenda — due 2026-12-03'), [['send the rev log to Brenda', 'me', 'me', '2026-12-03', false]]);
    // A person's page, linked as a part or mentioned, as outliners name people.
    assert.deepEqual(steps('- TODO Débrief après publication — [[Jean-François Delvaux]] — 2026-12-03\n- TODO Confirmer la formule @[[Nadia Benali]] 📅 2026-12-06\n- TODO Lire [[Guide PAC]] — 2026-12-05', 'fr'), [
      ['Débrief après publication', 'Jean-François Delvaux', 'named', '2026-12-03', false],
      ['Confirmer la formule', 'Nadia Benali', 'named', '2026-12-06', false],
      ['Lire [[Guide PAC]]', undefined, undefined, '2026-12-05', false],
    ]);
    // A client's person after the side needs no place in the note; two sides stay unclear.
    assert.equal(findings(note('- TODO(Kunde/Einkauf) Abruf entscheiden @2026-12-11', 'lang: de'), 'next-step-incomplete').length, 0);
    assert.equal(findings(note('- Send the plan (owner: client/me, due: 2026-12-11)'), 'next-step-incomplete').length, 1);
    assert.deepEqual(steps("1. Régler la facture — **Responsable :** Karim — **Échéance :** le 31/12\n2. Relancer la banque — **Responsable** : moi — **Échéance** : le 4/12", 'fr'), [
      ['Régler la facture', 'Karim', 'named', '2026-12-31', false],
      ['Relancer la banque', 'moi', 'me', '2026-12-04', false],
    ]);
  });

  it('reads lines without list markers, one a step, where one hands a step on; Obsidian Tasks\' #task; a sub-heading linking a person', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('Moi → finir la haie côté rue jeudi 3\nMoi → envoyer le devis ✔︎\nKarine → choisir la teinte du saturateur\nOn se rappelle dès que la météo est sûre', 'fr'), [
      ['finir la haie côté rue jeudi 3', 'Moi', '2026-12-03', false],
      ['envoyer le devis', 'Moi', undefined, true],
      ['choisir la teinte du saturateur', 'Karine', undefined, false],
      ['On se rappelle dès que la météo est sûre', 'On', undefined, false],
    ]);
    // Circles as a checklist's boxes: filled is done, hollow open.
    assert.deepEqual(steps('● Kathi: Recap an Lukas – bis 22.11.\n◦ Lukas: Termin für Übergabe vorschlagen – bis 28.11.', 'de'), [
      ['Recap an Lukas', 'Kathi', '2026-11-22', true],
      ['Termin für Übergabe vorschlagen', 'Lukas', '2026-11-28', false],
    ]);
    assert.deepEqual(digest(note('| Action | Assigné | Échéance | Statut |\n|---|---|---|---|\n| Devis design system | @Maëlle | 2 décembre 2026 | À faire |', 'lang: fr')).steps.map((step) => step.owner), ['@Maëlle']);
    // Who, then the day, set off from the words by a colon; a person's page kept in a folder is the person.
    assert.deepEqual(steps('- OLE bis 9.12.: Ansprechpartner nennen\n- [ ] Anforderungsliste beschaffen\n\t- Owner:: [[Personen/Özdemir]]\n\t- Due:: 2026-12-04', 'de'), [
      ['Ansprechpartner nennen', 'OLE', '2026-12-09', false],
      ['Anforderungsliste beschaffen', 'Özdemir', '2026-12-04', false],
    ]);
    assert.deepEqual(digest(note('| Sujet | Décision | Responsable | Date limite | Suivi |\n|---|---|---|---|---|\n| Avenant | Envoyer l\'avenant | Moi | 30/10/2026 | ✅ envoyé le 29/10 |', 'lang: fr')).steps.map((step) => step.done), [true]);
    // A paragraph of sentences, no line handing a step on, stays prose.
    assert.deepEqual(steps('We spoke about the budget at length.\nNothing was settled.'), []);
    assert.deepEqual(steps('- [ ] #task **Reto:** Feedback zum Entwurf 📅 2026-12-02\n\n### [[Sandra Keller]]\n\n- [ ] #task 4 KMU-Kundinnen anfragen 📅 2026-12-01\n- [ ] #64 und #70 ins Backlog verschieben 📅 2026-12-04', 'de'), [
      ['Feedback zum Entwurf', 'Reto', '2026-12-02', false],
      ['4 KMU-Kundinnen anfragen', 'Sandra Keller', '2026-12-01', false],
      ['#64 und #70 ins Backlog verschieben', 'Sandra Keller', '2026-12-04', false],
    ]);
  });

  it("reads Craft's bold keys without a colon, When: as a due key below a deadline's, a job title as an owner, and two owners' steps apart", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Send the last 2 drafts **Owner** me · **When** Mon 30/11\n- [ ] Sign SOW #2 — Head of Eng — by Friday, December 4'), [
      ['Send the last 2 drafts', 'me', '2026-11-30'],
      ['Sign SOW #2', 'Head of Eng', '2026-12-04'],
    ]);
    assert.deepEqual(steps('- [ ] Site visit\n  Owner: me\n  When: Thu 26/11\n  Deadline: Fri 27 Nov'), [['Site visit', 'me', '2026-11-27']]);
    // Undated, two owners written differently and half their words alike: two steps.
    const frontmatter = 'next_steps:\n  - what: Approve contract recruiter budget\n    owner: CEO\n    due: 2026-12-01';
    assert.deepEqual(steps('- Intros to 2 contract recruiters I trust — me', frontmatter).map(([what]) => what), ['Approve contract recruiter budget', 'Intros to 2 contract recruiters I trust']);
  });

  it("reads a notetaker's Action Items pasted under its summary beside the writer's own steps, and Basecamp's Assigned to", () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.what, step.owner, step.due]);
    const pasted = '- Send the plan (me, due: 2026-12-01)'.replace(/^/u, '');
    const text = note(pasted).replace('## Agreed next steps', '## Otter summary\n\n### Action Items\n\n- Sarah Lee will send the brand guide by 2026-12-02 [12:34]\n\n## Agreed next steps');
    assert.deepEqual(digest(text).steps.map((step) => [step.what, step.owner]), [
      ['send the brand guide [12:34]', 'Sarah Lee'],
      ['Send the plan', 'me'],
    ]);
    // A bold label pasted above the steps' own heading is a line, not a second section of them.
    const labelled = note(pasted).replace('## Agreed next steps', '## Otter summary\n\n**Action Items**\n\n- Sarah Lee will send the brand guide [12:34]\n\n## Agreed next steps');
    assert.deepEqual(digest(labelled).steps.map((step) => step.what), ['Send the plan']);
    assert.deepEqual(steps('- ☐ Update hero copy — Assigned to Priya · Due Mon, Nov 30'), [['Update hero copy', 'Priya', '2026-11-30']]);
  });

  it('reads a day the words place a step on (am, le) as English reads on, and a day set off after the words over it', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.due]);
    assert.deepEqual(steps('- [ ] Ich bringe Pult und Multicore am 28.11. mit', 'de'), [['Ich bringe Pult und Multicore am 28.11. mit', '2026-11-28']]);
    assert.deepEqual(steps('- [ ] Ask Katrin for rates on the 8th and on 9/12 — me — 27/11'), [['Ask Katrin for rates on the 8th and on 9/12', '2026-11-27']]);
    assert.deepEqual(steps('- [ ] Demander dispo à Katrin pour le 8 et le 9/12 — moi — 27/11', 'fr'), [['Demander dispo à Katrin pour le 8 et le 9/12', '2026-11-27']]);
    // Opening a part set off, the word is the day's alone: the part is a day, and the name before it the owner.
    assert.deepEqual(digest(note('- valider le devis - julen - le 15/12', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [['julen', '2026-12-15']]);
  });

  it('reads a name in capitals or two people joined as the lead, where someone works then who, and a struck step its verb says happened', () => {
    const steps = (body: string, language = 'en') => digest(note(body, `lang: ${language}`)).steps.map((step) => [step.what, step.owner, step.done]);
    assert.deepEqual(steps('- [ ] CALLUM: hidden test product page — by Fri 27 Nov\n- [ ] ME + CALLUM: test upload on a call — by Tue 1 Dec'), [
      ['hidden test product page', 'CALLUM', false],
      ['test upload on a call', 'ME + CALLUM', false],
    ]);
    assert.deepEqual(steps('- [ ] moi + Giulia : call à 3 avec Graphius, le 13/11', 'fr'), [['call à 3 avec Graphius', 'moi + Giulia', false]]);
    // Before an arrow, capitals are a format, and a word joined to a lower-case one names a thing: `Design + copy` is what is done.
    assert.deepEqual(steps('- HEIC → JPEG conversion before upload (me, due: 2026-11-27)\n- [ ] Design + copy: finalise — by Tue 1 Dec').map(([, owner]) => owner), ['me', undefined]);
    assert.deepEqual(steps('- [ ] Nacherfassung 14 Paragons (Rezeption, Fr. Aydin) bis Mo 30.11.', 'de').map(([, owner]) => owner), ['Fr. Aydin']);
    assert.deepEqual(steps("1. ~~Demander l'épreuve à Delmas — moi — le 19/11~~ demandée le 18/11\n2. ~~Envoyer le devis — moi — le 19/11~~ reporté au 25/11", 'fr').map(([, , done]) => done), [true, false]);
    assert.deepEqual(steps('- ~~Request the proof — me — by 19 Nov~~ requested 18 Nov').map(([, , done]) => done), [true]);
  });

  it('reads a heading of two halves that each name the section as that section, and a title before a name as no sentence end', () => {
    const limits = note('- Envoyer le devis (responsable : moi, échéance : 2026-12-01)', 'lang: fr').replace('## Boundaries', '## Ce que je peux faire / ce que je ne fais pas');
    assert.deepEqual(findings(limits, 'required-sections'), []);
    // A half that names no section leaves the heading unnamed.
    assert.equal(findings(limits.replace('ce que je ne fais pas', 'et le reste du planning prévu'), 'required-sections').length, 1);
    const reply = note('- Rechnung korrigieren (ich, bis 2026-12-01)', 'lang: de').replace(
      '## Agreed next steps',
      '## Meine Antwort an Hr. Kröger (Mail vom 17.11.)\n\n> Die dritte Korrekturschleife war nur wegen Ihrer verspäteten Grundrisse nötig.\n\n## Agreed next steps',
    );
    assert.equal(findings(reply, 'accusatory-language').length, 1);
  });

  it('reads Indian English minutes: Owner - Self as a sentence of the step, a done sentence with a day in words after the date, bold too', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(
      steps(
        '1. Share the quote with both options. Owner - Self. By 20-Nov. **Done, mailed on 19-Nov.**\n2. Confirm the option for Phase 2a. Owner - Client (Mr. Rao). By 27-Nov.\n3. Share the list of voucher types. Owner - Client. By 18-Nov. Received 19-Nov.',
      ),
      [
        ['Share the quote with both options.', 'Self', '2026-11-20', true],
        ['Confirm the option for Phase 2a.', 'Client', '2026-11-27', false],
        ['Share the list of voucher types.', 'Client', '2026-11-18', true],
      ],
    );
    // A key amid the words is no field: `the owner - she knows` says who knows.
    assert.deepEqual(steps('- Talk to the owner - she knows (me, due: 2026-12-01)').map(([, owner]) => owner), ['me']);
  });

  it("reads blame said of the client's team with words before the noun, and German's ihr before a noun as hers or theirs", () => {
    const blame = (line: string, language = 'en') =>
      findings(note('- Send the quote (owner: me, due: 2026-12-01)', `lang: ${language}`).replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame('As discussed, your accounts team did not share the voucher type.'), 1);
    assert.equal(blame('Das ist Ihr Problem, nicht meins.', 'de'), 1);
    assert.equal(blame('Das ist ihr Problem, nicht meins.', 'de'), 0);
    assert.equal(blame('Wegen ihres Chefs hat sich alles verzögert.', 'de'), 0);
    assert.equal(blame('Wegen Ihres Chefs hat sich alles verzögert.', 'de'), 1);
    assert.equal(blame('ihr habt die Frist nie eingehalten.', 'de'), 1);
  });

  it('reads a weekday after the name an arrow hands a step to as the date\'s, and blame across a remark in brackets', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] AI: credit 50% of ep 42 on the Dec invoice → me Tues 12/1\n- [ ] AI: revised Dec calendar sign-off → Sam Thurs 12/3'), [
      ['me', '2026-12-01'],
      ['Sam', '2026-12-03'],
    ]);
    const tone = (line: string, rule: string) =>
      findings(note('- Angebot schicken (ich, bis 2026-12-01)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${line}`), rule).length;
    assert.equal(tone('Die Terminologieliste haben Sie mir trotz zwei Nachfragen (14.10., 22.10.) nie geschickt.', 'accusatory-language'), 1);
    // French as spoken: `t'as` is `tu as`, where `je t'ai envoyé` is the writer's.
    const french = (line: string) => findings(note('- Envoyer le devis (moi, 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(french("comme d'habitude t'as posté sans me prévenir"), 1);
    assert.equal(french("je t'ai toujours envoyé les fichiers à temps"), 0);
    // What the writer already told them, whatever lies between.
    assert.equal(tone('Wie ich dir schon in der Mail gesagt hab, gibt es keine Backline mehr.', 'accusatory-language'), 1);
    // The remark is no word of the clause: `(Fr. Pichler)` is not who the judgement is about, and `ihr Problem` is hers.
    assert.equal(tone('Die Verlängerung hat die Leitung (Fr. Pichler) angeordnet, das ist offensichtlich ihr Problem.', 'accusatory-language'), 0);
  });

  it('reads a name between dashes before a day written with its year, and a Todoist priority before the dash that sets off the parts', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- Sign the 2027 agreement — Marisol — [[January 15th, 2027]]\n- Send the letter — Marisol, Jan 15, 2027'), [
      ['Sign the 2027 agreement', 'Marisol', '2027-01-15'],
      ['Send the letter', 'Marisol', '2027-01-15'],
    ]);
    assert.deepEqual(steps('- [ ] Me: File the penalty relief request p2 — Nov 27'), [['File the penalty relief request', 'Me', '2026-11-27']]);
  });

  it('reads blame across an ordinal, what the writer already wrote in French, and a sentence opening with a conjunction', () => {
    const blame = (line: string, language: string) =>
      findings(note('- Send the quote (owner: me, due: 2026-12-01)', `lang: ${language}`).replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame('Sie haben die Zahlungsfrist für die 2. Abschlagsrechnung trotz Erinnerung versäumt.', 'de'), 1);
    assert.equal(blame("Comme je vous l'ai déjà écrit le 12/11, je ne peux pas intégrer de nouvelles pièces.", 'fr'), 1);
    assert.equal(blame("Comme je vous l'ai indiqué au téléphone, le tarif reste le même.", 'fr'), 0);
    assert.equal(blame('Puisque vous avez, une fois de plus, réglé mes factures avec deux mois de retard, je ne peux pas poursuivre.', 'fr'), 1);
    assert.equal(blame('As I already mentioned, the price covers two rounds.', 'en'), 1);
    assert.equal(blame('Your team was supposed to send the final CAD by 2 Nov.', 'en'), 1);
  });

  it('reads a name the note gives in lower case as a person, a lateness against a deadline as a pattern, and a date abbreviated as no name', () => {
    const judged = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('sam always adds walk-ins from the ipad when it is busy'), 1);
    assert.equal(judged('the ipad always adds walk-ins when it is busy'), 0);
    assert.equal(judged('Board approvals always come in after the deadline, so the last two went in late.'), 1);
    assert.equal(judged('The patch was built Tue 03 Nov and never came to me for testing.'), 0);
  });

  it("compares a step's date with the conversation's written another way, and reports a year typo once", () => {
    const text = note('- Send the widget (owner: me, due: 2025-12-04)').replace('date: 2026-11-20', 'date: 19/11/2026');
    assert.deepEqual(
      findings(text).filter((finding) => !finding.startsWith('frontmatter-schema')),
      ['date-order: Next step "Send the widget" is due 2025-12-04, before the conversation on 2026-11-19.'],
    );
    // Written so that it may name two days (5 November or 11 May), a step is before it only when it is before both.
    const either = (due: string) => findings(note(`- Send the widget (owner: me, due: ${due})`).replace('date: 2026-11-20', 'date: 05/11/2026'), 'date-order').length;
    assert.equal(either('2026-05-01'), 1);
    assert.equal(either('2026-10-01'), 0);
    // In French, days are written day first: `06/11/2026` is 6 November, and a step due `09/10` is before it.
    const french = note('- Moi : note de crédit — 09/10', 'lang: fr').replace('date: 2026-11-20', 'date: 06/11/2026');
    assert.equal(findings(french, 'date-order').length, 1);
  });

  it('reads a done mark with a day in words, an abbreviated owner key without its colon, a YAML list as no prompt, and blame with had', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.done]);
    assert.deepEqual(steps('- A1 Send the rate card. Owner: me. By: Mon 2 Nov. ✅ 30 Oct\n- A2 Send the schedule (me, Tue 24 Nov) ✅ 25 Nov, with the recap'), [
      ['A1 Send the rate card.', 'me', true],
      ['A2 Send the schedule', 'me', true],
    ]);
    assert.deepEqual(steps('- AP-4: Budget für 3. Workshop-Tag klären, verantw. Kunde, fällig KW 48', 'lang: de').map(([, owner]) => owner), ['Kunde']);
    const prompts = (frontmatter: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)', frontmatter), 'unfilled-placeholder').length;
    assert.equal(prompts('labels: [grün – Laden, gelb – Angebot offen]'), 0);
    assert.equal(prompts('budget: "[Betrag offen]"'), 1);
    const blame = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame("I can't fix a green pool in post for free – you should have had it cleaned before the shoot."), 1);
  });

  it("reads Craft's bold keys without a colon in the note's language, a heading of two halves joined by a word, and the subject after an arrow", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Envoyer deux pistes de logotype — **Qui** moi · **Quand** ve 27.11', 'lang: fr'), [['moi', '2026-11-27']]);
    assert.deepEqual(steps('- Angebot — **Verantwortlich** ich · **Fällig** 4.12.', 'lang: de'), [['ich', '2026-12-04']]);
    assert.deepEqual(steps('- Ersatztermin Herbst 2027 → Kunde meldet sich, bis 4.12.', 'lang: de'), [['Kunde', '2026-12-04']]);
    assert.deepEqual(steps('- Reschedule the shoot → Sam confirms, by Dec 4\n- Léa → me confirm the fence height, Dec 4'), [
      ['Sam', '2026-12-04'],
      ['Léa', '2026-12-04'],
    ]);
    const missing = (heading: string) =>
      findings(note('- Envoyer le devis (moi, 2026-12-01)', 'lang: fr').replace('## Boundaries', heading), 'required-sections').length;
    assert.equal(missing('## Ce que je peux faire et ce que je ne fais pas'), 0);
    assert.equal(missing('## Faits et limites'), 1);
  });

  it('reads a day after EOD, a reminder to oneself as mine, a bold key with no date after it as no words, and a two-letter weekday before a month', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Rick: move the liveaboards — by EOD Fri 12/11\n- [ ] Paul: deposit — COB 11/27'), [
      ['move the liveaboards', 'Rick', '2026-12-11'],
      ['deposit', 'Paul', '2026-11-27'],
    ]);
    assert.deepEqual(steps('- [ ] Remind me: firm price on option 3 to Colleen — Due Fri 11/27\n- [ ] Note to self: chase the deposit, Nov 30'), [
      ['firm price on option 3 to Colleen', 'me', '2026-11-27'],
      ['chase the deposit', 'self', '2026-11-30'],
    ]);
    assert.deepEqual(steps('- [ ] Deck final — **Owner** me · **When** Wed 12/2, 6pm\n- [ ] First proposal — **Owner** me · **When** 📆 Fri 15 January 2027'), [
      ['Deck final, 6pm', 'me', '2026-12-02'],
      ['First proposal', 'me', '2027-01-15'],
    ]);
    assert.deepEqual(steps('- Première proposition — **Qui** moi · **Quand** 📆 ve 15 janvier 2027\n- Livraison des photos — moi — mar 15 déc', 'lang: fr'), [
      ['Première proposition', 'moi', '2027-01-15'],
      ['Livraison des photos', 'moi', '2026-12-15'],
    ]);
    assert.deepEqual(listed(note('- [ ] Remind me: firm price to Colleen — Nov 27'), { kind: 'me' }), ['firm price to Colleen']);
  });

  it('reads GTD waiting-for items, a day they were asked on as no deadline, org tables, Swiss fields set off by slashes, and a quoted prompt as quoted', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Waiting for: Dr. Patel – protocol v4 (asked 11/18)\n- [ ] Chase the protocol (requested Nov 18)'), [
      ['protocol v4 (asked 11/18)', 'Dr. Patel', undefined],
      ['Chase the protocol (requested Nov 18)', undefined, undefined],
    ]);
    assert.deepEqual(steps('- Relancer Julie pour le devis (relancé le 18/11)', 'lang: fr').map(([, , due]) => due), [undefined]);
    assert.deepEqual(
      steps('| Status | Was | Wer | Bis |\n|--------+-----+-----+-----|\n| DONE | Recap schicken | ich | <2026-11-12 Do> |\n| TODO | Glossar exportieren | Kunde | <2026-11-18 Mi> |', 'lang: de'),
      [
        ['Recap schicken', 'ich', '2026-11-12'],
        ['Glossar exportieren', 'Kunde', '2026-11-18'],
      ],
    );
    assert.deepEqual(steps('- Wer: Frau Imfeld / Was: unterschriebene Vereinbarung retour / Bis: 4.12.', 'lang: de'), [['Was: unterschriebene Vereinbarung retour', 'Frau Imfeld', '2026-12-04']]);
    const prompts = (line: string) => promptsInFrenchFacts(`- ${line}`);
    assert.equal(prompts('Le 20/11, la page est en ligne avec la V1, y compris "[mot-clé à caser ici]" dans l\'intro.'), 0);
    assert.equal(prompts('Forfait support : [à compléter]'), 1);
    const blame = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame('Part of the problem was style: your reviewer kept switching between AMA and Vancouver.'), 1);
  });

  it("reads Apple Notes' checklists of hollow circles and ticks under a label, a nested due date over a day the words mention, and French blame with an object pronoun", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('**Nächste Schritte**\n✓ Vorauswahl per WeTransfer – ich – Mo 16.11.\n○ Freigabe der Motive – Kd. – bis Do 19.11.', 'lang: de'), [
      ['Vorauswahl per WeTransfer', 'ich', '2026-11-16', true],
      ['Freigabe der Motive', 'Kd.', '2026-11-19', false],
    ]);
    assert.deepEqual(steps('○ Angebot an Fr. Schnieders – ich – bis Fr 27.11.\n○ Entscheidung zur Lizenz – Kd. – bis Fr 4.12.', 'lang: de').map(([, owner, due]) => [owner, due]), [
      ['ich', '2026-11-27'],
      ['Kd.', '2026-12-04'],
    ]);
    // Filled circles alone are a list's bullets, not done steps.
    assert.deepEqual(steps('● Budget\n● Timeline').map(([, , , done]) => done), []);
    assert.deepEqual(steps('- [ ] Send revised programme with full handover 4 Dec\n  - Assignee: me\n  - Due date: 21/11/2026').map(([, owner, due]) => [owner, due]), [['me', '2026-11-21']]);
    const blame = (line: string) =>
      findings(note('- Envoyer le devis (moi, 2026-12-01)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame("Vous ne m'avez pas transmis la liste des toponymes validés, malgré mes demandes."), 1);
  });

  it('reads a titled name or a name before a day set off by dashes, and a reply one sent under a heading that says so', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('1) Régler les fournitures — Mme Vasseur — à la remise du volume, avant le vendredi 4 décembre', 'lang: fr'), [['Mme Vasseur', '2026-12-04']]);
    assert.deepEqual(steps('- [ ] Board decision on phasing — Brian — Dec 9 board meeting\n- [ ] Homepage — Draft — Dec 9 board meeting'), [
      ['Brian', '2026-12-09'],
      [undefined, '2026-12-09'],
    ]);
    const reply = note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', '## Reply I sent 11/18\n\n> Hi Karen, as I already mentioned in my 10/30 email, the visits were extra.');
    assert.equal(findings(reply, 'accusatory-language').length, 1);
  });

  it('reads a kind emoji before the owner, a Planner paste, an arrow opening each line, bullets pasted inside an item and steps written as sentences', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- [ ] 🌸 me: send proposal v3 with the numbers by Tuesday the 1st\n- [ ] 📞 Kayla: tell me yes or no on the trios by Dec 4th'), [
      ['me', '2026-12-01', false],
      ['Kayla', '2026-12-04', false],
    ]);
    // An emoji opening a paragraph makes no step of it.
    assert.deepEqual(steps('- [ ] Send the quote (owner: me, due: 2026-12-01)\n\n🎄 Quick one, all friendly.'), [['me', '2026-12-01', false]]);
    assert.deepEqual(steps('AP: HN to confirm which Weds – by Mon 16th Nov ☑ 1st + 3rd, confirmed 16th\nAP: me – add Jo to the log – Sat 21st'), [
      ['HN', '2026-11-16', true],
      ['me', '2026-11-21', false],
    ]);
    // A label in capitals opening the steps' paragraph is no step.
    assert.deepEqual(
      digest(note('STEPS').replace('## Agreed next steps\n\nSTEPS', 'NEXT STEPS\nAP: me – send the recap – Mon 23rd Nov\nAP: JF to send the list – by Fri 4th Dec')).steps.map((step) => step.owner),
      ['me', 'JF'],
    );
    assert.deepEqual(steps('- ACTION -> Jane / AP: pay INV-131A, by Fri 11/27\n- ACTION -> Sam: PO for phase 1, by Fri 11/13 (PO 22107 recvd 11/13)\n- Send the invoice by 12/4 (to be sent 12/4)'), [
      ['Jane / AP', '2026-11-27', false],
      ['Sam', '2026-11-13', true],
      [undefined, '2026-12-04', false],
    ]);
    assert.deepEqual(listed(note('- ACTION -> Jane / AP: pay INV-131A, by Fri 11/27\n- GH/LC: agree who approves – 11/27'), { kind: 'client' }), ['pay INV-131A']);
    assert.deepEqual(listed(note('ToDo: Plugin neu konfigurieren – Kd./Hr. Gruber – bis 27.11.', 'lang: de'), { kind: 'client' }), ['Plugin neu konfigurieren']);
    assert.deepEqual(steps('- Kd.: Vereinbarung unterschrieben zurück, zeitnah\n• ich: Angebot Weihnachtsdeko bis Mo. 30.11.', 'lang: de'), [
      ['Kd.', undefined, false],
      ['ich', '2026-11-30', false],
    ]);
    assert.deepEqual(steps('~~→ Moi : livrer la sélection presse — me 4/11~~ livrée le 4/11\n→ Client : m\'indiquer les photos retenues — ve 27/11\n→ Nous : débrief pour l\'édition 2027 — janvier', 'lang: fr'), [
      ['Moi', '2026-11-04', true],
      ['Client', '2026-11-27', false],
      ['Nous', undefined, false],
    ]);
    assert.deepEqual(steps('- [ ] Recette ensemble, 30 min en visio 📅 2026-12-08\n- Nadia me confirme par mail la fin du projet le 27/11', 'lang: fr'), [
      [undefined, '2026-12-08', false],
      ['Nadia', '2026-11-27', false],
    ]);
    assert.deepEqual(steps('Task / Assigned to / Due / Progress / Bucket\n\n- Confirm the payroll handover / Jane Doe / Fri 4 Dec / Not started / Handover\n- Pay INV-0192 / Jane Doe / 30/11/2026 / Completed / Billing'), [
      ['Jane Doe', '2026-12-04', false],
      ['Jane Doe', '2026-11-30', true],
    ]);
    assert.deepEqual(steps('Pasted from Planner (Task / Assigned to / Due):\n\n- Send the time log / me / 23/11/2026'), [['me', '2026-11-23', false]]);
    assert.deepEqual(steps('- **Recalculate the holiday pay**\n  Assigned to: Sam Lee · Due: Tue 24 Nov · Progress: Completed · Bucket: Fixes'), [['Sam Lee', '2026-11-24', true]]);
    assert.deepEqual(steps('- [ ] [Client – Ms Chan] Confirm sign-off of the printer proof — 24 Nov (Tue)\n- [ ] [Me] Deliver the letter — 27 Nov (Fri)\n- [ ] Me: send the quote (Fri)'), [
      ['Client – Ms Chan', '2026-11-24', false],
      ['Me', '2026-11-27', false],
      ['Me', '2026-11-27', false],
    ]);
    // A day that names a thing (`the Oct 8 thread`) is no deadline; a condition's word is no one (`If yes:`).
    assert.deepEqual(steps('- [ ] Jane checks the Oct 8 thread and confirms the hours with Sam\n- [ ] If yes: sprint call booked — NOOR — Thurs (Dec 3)'), [
      ['Jane', undefined, false],
      ['NOOR', '2026-12-03', false],
    ]);
    const sentences = (body: string, frontmatter = 'lang: de') => digest(note('- a', frontmatter).replace(/## Agreed next steps[\s\S]*$/u, `## Nächste Schritte\n\n${body}\n`)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(sentences('Ich schicke dir bis Montag, 23. November ein neues Angebot.\n\nDu sagst mir bis Ende November, welche Option du nimmst.\n\nWir telefonieren Anfang Januar noch einmal.'), [
      ['Ich', '2026-11-23'],
      ['Du', '2026-11-30'],
      ['Wir', undefined],
    ]);
    assert.deepEqual(sentences('Noch nichts vereinbart, kommt nach dem Call am 1.12.'), []);
    assert.deepEqual(sentences('Stehen im Frontmatter. Lukas schickt die Produktdaten.', 'lang: de\nnext_steps:\n  - what: Produktdaten schicken\n    owner: client\n    due: 2026-12-01').length, 1);
  });

  it("reads blame on the client's organisation by its role, and `clairement` as an opinion only where it is not how something was said", () => {
    const blame = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame("I'm not doing any more days on credit because your treasurer kept sitting on invoices."), 1);
    assert.equal(blame('Your office was supposed to send the rooming list.'), 1);
    assert.equal(blame('Your invoices kept arriving in my spam folder.'), 0);
    const judged = (line: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('Le nouveau DSI est clairement hostile aux prestataires externes.'), 1);
    assert.equal(judged("L'entente-cadre de 2024 (art. 3) dit clairement « au mot source »."), 0);
    assert.equal(judged("Ce n'est pas lié à la qualité, Stéphane l'a dit clairement (même en reparlant du retard)."), 0);
  });

  it("reads Trello's cards pasted with their fields, two people in lower case set off by a colon, and Planner's progress closing a step", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- Card: Chase the $500 balance · Due: 3 Dec\n- Card: Send the brochure proof · Due: Fri 4/12 · Members: Sam Lee'), [
      ['Chase the $500 balance', undefined, '2026-12-03', false],
      ['Send the brochure proof', 'Sam Lee', '2026-12-04', false],
    ]);
    assert.deepEqual(steps('- Karte: Lazy Loading wieder aktivieren / Fällig: 18. Nov. / Mitglieder: Lukas / Liste: Erledigt\n- Karte: Geschenkkörbe mobil neu / Fällig: 28. Nov. / Mitglieder: Lukas / Liste: In Arbeit', 'lang: de'), [
      ['Lazy Loading wieder aktivieren', 'Lukas', '2026-11-18', true],
      ['Geschenkkörbe mobil neu', 'Lukas', '2026-11-28', false],
    ]);
    assert.deepEqual(steps('- jess + tom: pick the new song from the shortlist by tues 1st dec\n- draft + send: the report by fri 27th nov').map(([, owner]) => owner), ['jess + tom', undefined]);
    assert.deepEqual(steps('- moi + hélène : point volumes 2027 en mars 2027', 'lang: fr').map(([, owner, due]) => [owner, due]), [['moi + hélène', '2027-03-31']]);
    assert.deepEqual(steps('- Send the invoice — Sam Lee — Progress: Completed').map(([, , , done]) => done), [true]);
    // Someone's role, as the subject: `Bride's mom to send…`; a possessive before no role is the words (`Father's day card`).
    assert.deepEqual(steps("- Bride's mom to send final numbers by 1 Dec\n- Father's day card by Fri 27 Nov").map(([, owner]) => owner), ["Bride's mom", undefined]);
  });

  it("reads Notion's mention of a date as the step's day, never as its owner; a judgement after `was` is of the one before it", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('| Tâche | Qui | Pour quand |\n| --- | --- | --- |\n| Livrer les plans du bar | moi | @27 novembre 2026 |', 'lang: fr'), [['moi', '2026-11-27']]);
    assert.deepEqual(steps('- Livrer les plans du bar @27 novembre 2026\n- Send the plans @2026-11-27 @sam', 'lang: fr'), [
      [undefined, '2026-11-27'],
      ['sam', '2026-11-27'],
    ]);
    const judged = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged("Linda was hostile the whole first 10 min of today's meeting."), 1);
    assert.equal(judged('He was rude a few times on the call.'), 1);
    assert.equal(judged('The hostile tone of the email surprised me.'), 0);
    const judgedDe = (line: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judgedDe('Die Gemeinde meldet sich immer erst drei Wochen vorher.'), 1);
    assert.equal(judgedDe('Die Freigaben kommen immer erst nach der vereinbarten Frist, diesmal 5 Tage später.'), 1);
    // A verdict set after a comma at the sentence's end is on the sentence's subject, past a quotation.
    assert.equal(judgedDe('Hr. Kessler hat die Befunde als "Scanner-Müll" bezeichnet, ziemlich unprofessionell.'), 1);
    assert.equal(judgedDe('Der Bericht kam zu spät, ziemlich unprofessionell.'), 0);
    assert.equal(judgedDe('Ich habe den Bericht zu spät geschickt, ziemlich unprofessionell.'), 0);
  });

  it('reads bullets beside hollow circles at their level as ticked boxes, and a first name that is a verb as the lead it is set off as', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('• Send the quote — KM — Nov. 6\n◦ Send the signed agreement — BS — Dec. 4'), [
      ['KM', '2026-11-06', true],
      ['BS', '2026-12-04', false],
    ]);
    // Bullets alone are a list's, all open.
    assert.deepEqual(steps('• Send the quote — KM — Nov. 6\n• Send the signed agreement — BS — Dec. 4').map(([, , done]) => done), [false, false]);
    assert.deepEqual(steps('- [ ] Mark — decide on the hot tub pad — next Fri\n- [ ] Mark: ask the DJ for the recording\n- [ ] Mark the invoice as paid').map(([owner]) => owner), ['Mark', 'Mark', undefined]);
    // A bare `>` between blanks is an arrow typed on a phone: `qui > quoi > quand`.
    assert.deepEqual(digest(note('- moi > facture solde > jeu 10/12\n- Léa + Thomas > réponse sur le devis > lun 30/11', 'lang: fr')).steps.map((step) => [step.owner, step.due]), [
      ['moi', '2026-12-10'],
      ['Léa + Thomas', '2026-11-30'],
    ]);
    const judgedFr = (line: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judgedFr('ils ont tjs payé avec 1 à 2 mois de retard'), 1);
  });

  it("reads Asana's completed field and column, a deadline's own key over a day keyed otherwise, an owner closing an item's first line, and no step in another tool's macro", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- Send build with new combat timings\n  Assignee: Sam Lee\n  Due date: 2026-11-21\n  Completed: Yes\n- Round 1 feedback — Assignee: Sam Lee — Due date: Nov 27 — Completed: No'), [
      ['Sam Lee', '2026-11-21', true],
      ['Sam Lee', '2026-11-27', false],
    ]);
    assert.deepEqual(steps('| Name | Assignee | Due Date | Completed At |\n|---|---|---|---|\n| Send the new PO | Sam Lee | 2026-11-20 | 2026-11-19 |\n| Pay the invoice | Sam Lee | 2026-12-14 | |'), [
      ['Sam Lee', '2026-11-20', true],
      ['Sam Lee', '2026-12-14', false],
    ]);
    assert.deepEqual(steps('- Action: Issue the final invoice; Responsible: Sam Lee; Deadline: Friday, 13 November 2026. Update: issued 12 November 2026.').map(([, , done]) => done), [true]);
    // Things' start day (`Wann`) gives way to its deadline (`Fällig`), as `When:` does to `Deadline:`.
    assert.deepEqual(steps('- [ ] Zusammenfassung an Frau Dr. Lindner\n  Wann: Heute · Fällig: Do., 26. Nov.', 'lang: de').map(([, due]) => due), ['2026-11-26']);
    assert.deepEqual(steps("- [ ] Envoyer le récapitulatif de l'entretien — moi\n  Échéance : mer. 25 nov.\n  Rappel : mer. 25 nov. 18:00", 'lang: fr').map(([owner, due]) => [owner, due]), [['moi', '2026-11-25']]);
    assert.deepEqual(steps('- TODO frau hahn: entscheidung nach der vorstandssitzung mitteilen – fr 11.12.\n- {{query (and [[Stiftung Zukunft]] (task TODO))}}', 'lang: de').map(([owner, due]) => [owner, due]), [['frau hahn', '2026-12-11']]);
    const judgedFr = (line: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judgedFr("Les plannings définitifs m'arrivent toujours la veille au soir."), 1);
  });

  it("reads a column header's qualifier, a to-do's date property, an agenda item's number, a board's lanes and two names joined in French", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('| Action | Owner | Target date | Status (RAG) |\n|---|---|---|---|\n| Deliver the leave section | KP | 13 Nov 2026 | Complete – sent 13 Nov |\n| Deliver the full draft | KP | 20 Nov 2026 | Amber |'), [
      ['KP', '2026-11-13', true],
      ['KP', '2026-11-20', false],
    ]);
    assert.deepEqual(steps("- [ ] Faire signer l'avenant par la direction\n    - Responsable : Isabelle\n    - Date : 2026-11-25", 'lang: fr'), [['Isabelle', '2026-11-25', false]]);
    // A board's lanes pasted as sub-headings are states, no one: the step under `### Todo` has no owner.
    assert.deepEqual(steps('### Todo\n\n- [ ] Begriffe kurz schriftlich definieren 📅 2026-12-02\n\n### Erledigt\n\n- [ ] Offerte schicken @ich 📅 2026-11-20', 'lang: de'), [
      [undefined, '2026-12-02', false],
      ['ich', '2026-11-20', true],
    ]);
    assert.deepEqual(steps("- Sarah et Kévin me versent l'acompte d'ici le 30/11.", 'lang: fr').map(([owner]) => owner), ['Sarah et Kévin']);
    assert.deepEqual(steps('- Logo und Farben schicken bis 4.12.\n- Jana & Malte schicken die Liste bis 4.12.', 'lang: de').map(([owner]) => owner), [undefined, 'Jana & Malte']);
    // An agenda item's number before a section's name: `TOP 1 – Fakten`.
    const agenda = note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('## Facts', '## TOP 1 – Fakten');
    assert.deepEqual(findings(agenda, 'required-sections').filter((finding) => finding.includes('Fakten')), []);
    const blame = (line: string) => findings(note('- Send the quote (owner: me, due: 2026-12-01)').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blame("I understand you didn't ask for it yourselves, so I'm taking the $180 off."), 0);
    assert.equal(blame("You didn't ask for it, so I'm taking the $180 off."), 1);
    assert.equal(blame('I understand, but you never sent the files.'), 1);
  });

  it("reads a person's page linked before the step's day, a turnaround time as its due date, and a kind emoji before someone's name", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Signer l\'avenant [[Julien Morvan]] 📅 2026-12-07\n- [ ] Appeler [[Julien Morvan]] pour le logo 📅 2026-12-02', 'lang: fr'), [
      ['Julien Morvan', '2026-12-07'],
      [undefined, '2026-12-02'],
    ]);
    assert.deepEqual(steps('- {{[[TODO]]}} Approve the revised invoice #[[Gary Lindgren]] by [[December 3rd, 2026]]'), [['Gary Lindgren', '2026-12-03']]);
    assert.deepEqual(steps('- Share the redirect map — Owner - Self — TAT: 27th Nov\n\n| Sr. No. | Action | Owner | TAT |\n|---|---|---|---|\n| 1 | Upload the redirects | Arjun | 2nd Dec |').map(([, due]) => due), ['2026-11-27', '2026-12-02']);
    assert.deepEqual(steps('- [ ] 📅 me → updated schedule for spreads 7–16 (Fri 4 Dec)\n- [ ] 👍 Dev → sign off on the head study (Fri 13 Nov)'), [
      ['me', '2026-12-04'],
      ['Dev', '2026-11-13'],
    ]);
    // A role or two people joined after an arrow: `→ les mariés`, `→ Sarah et Julien`; Word's dash bullets pasted as lines.
    assert.deepEqual(steps('☐ Demander au cousin les tarifs → les mariés — mer. 2/12\n☐ Appel avec Hugo Reynaud → Sarah et Julien — jeu. 3/12', 'lang: fr'), [
      ['les mariés', '2026-12-02'],
      ['Sarah et Julien', '2026-12-03'],
    ]);
    assert.deepEqual(steps('☐ Ask the venue for rates → the couple — Wed 2/12\n☐ Book the van → la maison — Thu 3/12').map(([owner]) => owner), ['the couple', undefined]);
    assert.deepEqual(steps('– Tâche : Transmettre les baux en format Word / Qui : Mme Dufaux / Délai : 23.11.2026\n– Tâche : Livrer le lot 1 / Qui : moi / Délai : 11.12.2026', 'lang: fr'), [
      ['Mme Dufaux', '2026-11-23'],
      ['moi', '2026-12-11'],
    ]);
    const judged = (line: string, frontmatter = '') => findings(note('- Send the quote (owner: me, due: 2026-12-01)', frontmatter).replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('The emcee constantly walked down in front of the mains.'), 1);
    assert.equal(judged('Les devs trouvent le fichier Figma du UI kit difficile à exploiter.', 'lang: fr'), 0);
  });

  it("reads a card pasted as a sub-heading over its fields, todo.txt's metadata, an alternative after a step's date and a schedule set by an event", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    // Trello's card: the heading is the step, its list the fields; a done line with a remark after it closes the card.
    assert.deepEqual(steps('### 📦 Remettre les fichiers sources\n- Membres : moi\n- Échéance : 13 nov.\n- Étiquette : 🟢 vert – livrable\n- ✅ Fait le 12 nov., disque remis à Nadia\n\n### Payer la facture finale\n- Membres : Nadia (client)\n- Échéance : 2026-12-15', 'lang: fr'), [
      ['Remettre les fichiers sources', 'moi', '2026-11-13', true],
      ['Payer la facture finale', 'Nadia', '2026-12-15', false],
    ]);
    // todo.txt: the priority, the creation date, projects and contexts are no owner, day or word of the step; `(R)` alone is Rob's.
    assert.deepEqual(steps('- (C) 2026-11-09 Price a second interface +gear @online who:me\n- (B) Site visit w/ Ben +Tidelines @site due:2026-12-02\n- (R) remaining 6 speaker edits by 2026-12-03'), [
      ['Price a second interface', 'me', undefined, false],
      ['Site visit w/ Ben', undefined, '2026-12-02', false],
      ['remaining 6 speaker edits', 'R', '2026-12-03', false],
    ]);
    // Two steps that differ by an invoice's letter are two steps.
    assert.equal(steps('- (B) Glen to pay 2026-031a +BBP @waiting due:2026-12-04\n- (B) Glen to pay 2026-031b +BBP @waiting due:2026-12-15').length, 2);
    // An alternative after the date, in any language: the date before it is the step's.
    assert.deepEqual(steps('- [ ] Plan corrigé — moi — 18/12, ou 8/1 si avenant signé', 'lang: fr').map(([, owner, due]) => [owner, due]), [['moi', '2026-12-18']]);
    assert.deepEqual(steps('- Send the plan — me — Fri 4/12, otherwise Mon 7/12').map(([, owner, due]) => [owner, due]), [['me', '2026-12-04']]);
    // `– every wedding`, `due: every session`: a schedule, no day missing; `Call each venue` still needs one. `end of next wk` is a day.
    const incomplete = (body: string) => findings(note(body), 'next-step-incomplete').length;
    assert.equal(incomplete('- [ ] me: 2nd sound check after any location move – every wedding'), 0);
    assert.equal(incomplete('- [ ] Back up the cards (owner: me, due: every session)'), 0);
    assert.equal(incomplete('- [ ] Call each venue (me)'), 1);
    assert.equal(incomplete('- [ ] Tick the list before each payment run (owner: me)'), 1);
    assert.deepEqual(steps('- Let me know which dates suit – end of next wk (Mel)').map(([, , due]) => due), ['2026-11-27']);
  });

  it('reads the writer\'s own reply under a heading dated the German way, and a thing that comes only when chased as a pattern', () => {
    const body = '- Angebot schicken (ich, 4.12.2026)';
    const own = note(body, 'lang: de').replace('## Facts', '## Meine Antwort (Mail vom 16. Nov.)\n\n> Wie ich dir schon im Oktober gesagt habe, geht das nicht.\n\n## Facts');
    assert.equal(findings(own, 'accusatory-language').length, 1);
    const judged = (line: string, frontmatter = '') => findings(note(body, frontmatter).replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('The receipts always arrive only after I chase them twice.'), 1);
    assert.equal(judged('Die Belege kommen immer erst auf Nachfrage.', 'lang: de'), 1);
    assert.equal(judged('The export always arrives as a zip.'), 0);
    // What stays as it was is no pattern of blame: `wie gewohnt`, `wie gehabt`.
    const blamed = (line: string) => findings(note(body, 'lang: de').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Mein Vorschlag: Du überweist die 420 € für Oktober wie gewohnt.'), 0);
    assert.equal(blamed('Du hast die Unterlagen wie immer zu spät geschickt.'), 1);
  });

  it('reads an ordinal day before a dash, two who might do a step in any language, and a role after a name as that one\'s', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- ☐ Client to revert on tiles by 4th – Nikita checking the showroom'), [['Client', '2026-12-04']]);
    assert.deepEqual(steps("- Karim ou moi rappelons le client d'ici le 4/12", 'lang: fr'), [[undefined, '2026-12-04']]);
    assert.deepEqual(steps('- Ole oder ich schlagen bis 4.12. einen Termin vor', 'lang: de'), [['Ole oder ich', '2026-12-04']]);
    assert.deepEqual(findings(note('- Ole oder ich schlagen bis 4.12. einen Termin vor', 'lang: de'), 'next-step-incomplete').length, 1);
    assert.equal(sideOf('Ole oder ich', notePeople({}, {}, de)), 'unclear');
    // A remark after a table's day, no day of its own: `11/27, then weekly`; `Friday, December 4` is still one day.
    assert.deepEqual(steps('| Task | Owner | Due |\n|---|---|---|\n| trials dashboard | me | 11/27, then weekly |\n| board slide | me | Friday, December 4 |'), [
      ['me', '2026-11-27'],
      ['me', '2026-12-04'],
    ]);
  });

  it("reads a line in bold that misspells a section's name as that section, written wrong, where no known section holds it", () => {
    const text = [
      '---', 'type: client-conversation', 'lang: de', 'client: Huber', 'date: 2026-11-20', 'channel: phone', 'scenario: budget-constraints', 'topic: Budget', 'follow_up:', '  sent: 2026-11-21', '---', '',
      '# Anna & Florian', '', '**Fakten**', '', '- Budget 12.000 €', '', '**Grenzen**', '', '- Nicht unter 85 € pro Person', '', '**Nächtse Schritte**', '',
      '| Was | Wer | Bis |', '|---|---|---|', '| Kostenaufstellung schicken | ich | Mi., 25.11. |', '',
    ].join('\n');
    assert.deepEqual(findings(text, 'required-sections').map((finding) => finding.includes('Nächtse Schritte')), [true]);
    assert.deepEqual(digest(text).steps.map((step) => [step.owner, step.due]), [['ich', '2026-11-25']]);
  });

  it('reads a done mark with its day in words after the owner, a Belgian deadline, a schedule with its end, a French day before a full stop, an acknowledged clause and a role after a name', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('1. I will send an amended scope by Wednesday, November 25. (me) — done November 24\n2. Send the hours log (me) — sent 24 Nov 2026'), [
      ['me', '2026-11-25', true],
      ['me', undefined, true],
    ]);
    assert.deepEqual(steps('| Tâche | Responsable | Échéance |\n|---|---|---|\n| Accuser réception du préavis | Marie | endéans les 15 jours |', 'lang: fr'), [['Marie', '2026-12-04', false]]);
    assert.equal(findings(note('| Action | Resp. | Timeline |\n|---|---|---|\n| Weekly update to Njoki | Me | every Friday until switch-on |'), 'next-step-incomplete').length, 0);
    assert.deepEqual(steps("- Camille me confirme le nombre définitif d'invités fin février.", 'lang: fr').map(([, due]) => due), ['2027-02-28']);
    const blamed = (line: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed("Je comprends que l'annulation du groupe vous a mis dans une situation difficile."), 0);
    assert.equal(blamed('Vous êtes difficile.'), 1);
    assert.equal(blamed("Je comprends, mais vous n'avez pas payé la facture."), 1);
    // A name in lower case after an arrow, set off from its day; not a noun the day is for.
    assert.deepEqual(steps('- [ ] fotos von der wand schicken → deniz, bis mo 30.11.', 'lang: de').map(([owner]) => owner), ['deniz']);
    assert.deepEqual(steps("- Soleil Events -> solde d'ici le 20/12", 'lang: fr').map(([owner]) => owner), ['Soleil Events']);
    // Asana's `Abgeschlossen` column holds the day a task was done.
    assert.deepEqual(steps('| Aufgabe | Zugewiesen an | Fälligkeitsdatum | Abgeschlossen |\n|---|---|---|---|\n| Zeitplan schicken | ich | 11.11.2026 | 11.11.2026 |\n| Testzugang anlegen | Claudia | 20.11.2026 | |', 'lang: de').map(([, , done]) => done), [true, false]);
    assert.deepEqual(steps('- Joint recount on site with Salim (electrician) – Sat 28th\n- Narrative draft to Sam (FM) Fri 27 Nov'), [
      [undefined, '2026-11-28', false],
      ['FM', '2026-11-27', false],
    ]);
  });

  it('reads the subject of a later clause, linked to its verb by to or will, as the owner where no one is named before it', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] 3 pairing sessions with Yemisi (2 hrs each), Segun to book them in the calendar by 2026-11-30'), [['Segun', '2026-11-30']]);
    assert.deepEqual(steps('- Quote revised; client to sign by 2026-12-04'), [['client', '2026-12-04']]);
    // A day is no subject.
    assert.deepEqual(steps('- Draft sent over, Monday to confirm by 2026-12-01'), [[undefined, '2026-12-01']]);
    // After a topic set off by a colon, as Copilot's follow-up tasks open; a topic with no subject after it names no one.
    assert.deepEqual(steps('- Signed letter: Jane Doe will review and sign the updated engagement letter by December 4.'), [['Jane Doe', '2026-12-04']]);
    assert.deepEqual(steps('- Bank feed question: Sam Lee will ask the bank whether the deposits can move, by 2026-12-11'), [['Sam Lee', '2026-12-11']]);
    assert.deepEqual(steps('- Signed letter: review and sign it by December 4.'), [[undefined, '2026-12-04']]);
  });

  it("reads a day among a due cell's words and a part of a month before a condition, not one before the noun it qualifies", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    const table = (due: string) => `| Action | Qui | Pour quand | Statut |\n|---|---|---|---|\n| Vérification sur place | moi | ${due} | à faire |`;
    assert.deepEqual(steps(table('après la reprise, au plus tard 27/11'), 'lang: fr'), [['moi', '2026-11-27']]);
    assert.deepEqual(steps(table('proposer une date pour le 4/12'), 'lang: fr'), [['moi', '2026-12-04']]);
    // The day a done word opens the cell with says when it was done, not by when.
    assert.deepEqual(steps(table('fait le 24/11'), 'lang: fr'), [['moi', undefined]]);
    assert.deepEqual(steps('☐ Lucie : me redire fin janvier si budget pour le reste du site', 'lang: fr'), [['Lucie', '2027-01-31']]);
    assert.deepEqual(steps('- Lucie: get back to me end of January if the budget allows'), [['Lucie', '2027-01-31']]);
    assert.deepEqual(steps('- Review late November figures with Ana (me)'), [['me', undefined]]);
  });

  it("reads a task list's name as a label over its to-dos, Jira's German assignee, a state with a flag after it and a participle as no name", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('To-do list: **Warrant – 118 Pilrig St**\n\n- [ ] Issue warrant package (owner: me, due: 2026-12-04)'), [['Issue warrant package', 'me', '2026-12-04']]);
    assert.deepEqual(
      steps('- [ ] WEB-191 Staging durchsehen und freigeben · Bearbeiter: Tanja Kessler · Fälligkeitsdatum: 27.11.2026 · Status: Zu erledigen', 'lang: de').map(([, owner, due]) => [owner, due]),
      [['Tanja Kessler', '2026-11-27']],
    );
    assert.deepEqual(steps('- [ ] Pay undisputed R18 500 — Brightside accounts — Due date: 2026/11/30 — TO DO 🚩').map(([, owner]) => owner), ['Brightside accounts']);
    // A step's verb as its participle opens the thing done; a name ending in -ed is still a name.
    assert.deepEqual(
      steps('- Signed contracts back by 2026-12-04\n- Anonymised versions of both case studies by 2026-12-04\n- Updated files to Ana by 2026-12-04\n- Ahmed sends the floor plan by 2026-12-04').map(([, owner]) => owner),
      [undefined, undefined, undefined, 'Ahmed'],
    );
  });

  it('reads a group of people as a verb\'s subject whatever its ending, a time zone after EOD, a done word after struck-through words and someone via someone', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- [ ] Buchhaltung überweist 351,00 € bis 30.11.2026', 'lang: de'), [['Buchhaltung', '2026-11-30', false]]);
    // Set off by a dash, the same word is a thing: the cable, not the management.
    assert.deepEqual(steps('- [ ] Leitung HAK–Garage ziehen – Timo – 4.12.2026', 'lang: de'), [['Timo', '2026-12-04', false]]);
    assert.deepEqual(steps('- [ ] Rechnung folgt bis 30.11.2026', 'lang: de'), [[undefined, '2026-11-30', false]]);
    assert.deepEqual(steps('- [ ] @dkim: sign off on staging row counts by EOD PT Thu 12/3'), [['dkim', '2026-12-03', false]]);
    assert.deepEqual(steps('- **Me:** ~~Send Priya the Zoom recap~~ done 11/11'), [['Me', undefined, true]]);
    assert.deepEqual(steps('- [ ] Nouveau BAT papier — photograveur via Marc — S50', 'lang: fr').map(([owner]) => owner), ['photograveur via Marc']);
    // monday.com's states after their coloured mark, and a priority's bars, set aside among the row's parts.
    assert.deepEqual(steps('- SMS migration quote | Tess | 🟧 Working on it | Nov 27\n- Postscript export | Rob | 🟥 Stuck | Nov 25'), [
      ['Tess', '2026-11-27', false],
      ['Rob', '2026-11-25', false],
    ]);
    assert.deepEqual(digest(note('- POD-23 Book the studio · ▮▮▯ Medium · Jess · Due Dec 3')).steps.map((step) => [step.what, step.owner]), [['POD-23 Book the studio', 'Jess']]);
    // Swiss minutes' `VA` column.
    assert.deepEqual(steps('| Nr. | Pendenz | VA | Termin | Erledigt |\n|---|---|---|---|---|\n| 1 | Pläne abgeben | MR | 27.11.2026 | |', 'lang: de'), [['MR', '2026-11-27', false]]);
  });

  it("reads Outlook's tasks, a weekday before an ISO day, a board's section as the state, and a day the words place something on below a due field", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- [ ] Déposer les reçus — Mélanie — Échéance : vendredi 2026-12-04 · État : Non commencée · % terminé : 0 %', 'lang: fr'), [
      ['Déposer les reçus', 'Mélanie', '2026-12-04', false],
    ]);
    assert.deepEqual(steps('- [ ] Send the deck — Ana — due: Friday 2026-12-04').map(([, , due]) => due), ['2026-12-04']);
    assert.deepEqual(
      steps('| Nom de la tâche | Responsable | Date d\'échéance | Section |\n|---|---|---|---|\n| Envoyer les CR | Camille | 20/11/2026 | Terminé |', 'lang: fr').map(([, , , done]) => done),
      [true],
    );
    // With no column naming the task, a section column holds it.
    assert.deepEqual(steps('| Section | Owner | Due |\n|---|---|---|\n| Kitchen drawings | me | 2026-12-04 |').map(([what, owner]) => [what, owner]), [['Kitchen drawings', 'me']]);
    assert.deepEqual(steps("- [ ] Choisir l'emplacement de la vitrine (plan envoyé le 24/11)\n  - Responsable : Sandrine\n  - Date d'échéance : mer. 2 déc.", 'lang: fr').map(([, owner, due]) => [owner, due]), [
      ['Sandrine', '2026-12-02'],
    ]);
    // `nächste Woche`, written over as `next week`, is no verb after a noun.
    assert.deepEqual(steps('- [ ] Termin nächste Woche vereinbaren 📅 2026-11-27', 'lang: de').map(([, owner]) => owner), [undefined]);
  });

  it("reads Odoo's task fields, a firm's team in capitals, a last day that says so, TickTick's won't-do and a month's end without its article", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(
      steps("- Tâche : M'envoyer le scan de l'avis | Assignés : client (Mélanie Lambert) | Date limite : 20/11/2026 | Étape : Fait", 'lang: fr').map(([, owner, due, done]) => [owner, due, done]),
      [['client', '2026-11-20', true]],
    );
    assert.deepEqual(steps('- [ ] Avenant à la lettre de mission | Assignés : Moi | Date limite : pour fin de mois | Étape : À faire', 'lang: fr').map(([, owner, due, done]) => [owner, due, done]), [
      ['Moi', '2026-11-30', false],
    ]);
    assert.deepEqual(steps('- [ ] Pay 2026-087A - Lakeshore AP - by Nov 30').map(([, owner]) => owner), ['Lakeshore AP']);
    assert.deepEqual(steps('- [ ] Send invoice AM-2611 once the re-marks are agreed, 28/11 at the latest').map(([, , due]) => due), ['2026-11-28']);
    assert.deepEqual(steps("- [ ] ~~Plan a Y5 maths group from January~~ Won't do – no budget until April").map(([, , , done]) => done), [true]);
    // A name struck through and another after it hands the step over; it is not closed.
    assert.deepEqual(steps('- [ ] ~~Kim~~ Ana sends the deck by 2026-12-04').map(([, , , done]) => done), [false]);
    assert.deepEqual(steps('| Aufgabe | Besitzer | Fälligkeitsdatum | Status |\n|---|---|---|---|\n| Zusammenfassung mailen | Birgit Leitner | 07.11.2026 | Geschlossen |', 'lang: de').map(([, , , done]) => done), [true]);
    assert.deepEqual(steps("- Mireille Vuilleumier : livrer les chapitres 1 à 6 d'ici au 27.11. (11:20)", 'lang: fr').map(([what, owner, due]) => [what, owner, due]), [
      ['livrer les chapitres 1 à 6 (11:20)', 'Mireille Vuilleumier', '2026-11-27'],
    ]);
  });

  it("reads an outliner's day tag and Remember The Milk's Smart Add", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Tonalitätsvorgabe freigeben @Rohlfs #2026-11-27 #kontorbank', 'lang: de'), [['Tonalitätsvorgabe freigeben', 'Rohlfs', '2026-11-27']]);
    // A caret keys the day; the priority, the estimate and, on such a line, the location are set aside.
    assert.deepEqual(steps('- Me: put the offer in writing to Mr. T ^mon !1 #BSJA =20min\n- [ ] We do a read-through w/ the horns ^dec 5 @church'), [
      ['put the offer in writing to Mr. T', 'Me', '2026-11-23'],
      ['We do a read-through w/ the horns', 'We', '2026-12-05'],
    ]);
    assert.deepEqual(steps('- Mardi Gras charts to Mr. T by 1/15 #BSJA =8hr').map(([what]) => what), ['Mardi Gras charts to Mr. T']);
    // Without a caret date on the line, `@name` is someone.
    assert.deepEqual(steps('- [ ] Read-through with the horns @dana by 2026-12-05').map(([, owner]) => owner), ['dana']);
  });

  it("reads Notion's Assign column, a person the note names in lower case as the subject, and a department set off by dashes", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('| Task | Assign | Date | Status |\n| --- | --- | --- | --- |\n| Recruit 6 extra participants | Nadia Jacobs | Dec 4, 2026 | In progress |'), [['Nadia Jacobs', '2026-12-04']]);
    // `Sam Lee` is an attendee: `sam` in lower case is Sam; `mark` names no one the note does.
    assert.deepEqual(steps('- [ ] sam to tell me if they go with a porting house (due: 2026-12-09)\n- [ ] mark to review the build (due: 2026-12-09)'), [
      ['sam', '2026-12-09'],
      [undefined, '2026-12-09'],
    ]);
    assert.deepEqual(steps("- [ ] Retour sur la clause de révision — Direction des achats — lun. 30/11", 'lang: fr'), [['Direction des achats', '2026-11-30']]);
    assert.deepEqual(steps('- [ ] Relancer le devis — Envoi des fichiers — 30/11', 'lang: fr'), [[undefined, '2026-11-30']]);
  });

  it("reads a planner's planned end and share done, and who did a step in the bracket that says it is done", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(
      steps('- Offre complémentaire à Mme Carron — Responsable : Laurent — Fin prévue : 24.11.2026 — 100 %\n- Confirmer la 2e salle — Responsable : Laurent — Fin prévue : 04.12.2026 — 30 %', 'lang: fr'),
      [
        ['Offre complémentaire à Mme Carron', 'Laurent', '2026-11-24', true],
        ['Confirmer la 2e salle', 'Laurent', '2026-12-04', false],
      ],
    );
    // Alone after the words, a share is theirs.
    assert.deepEqual(steps('- Offer a discount – 10 % (owner: me, due: 2026-12-04)').map(([what]) => what), ['Offer a discount – 10 %']);
    assert.deepEqual(steps('- Ein Issue pro Stellenanzeige (ich, erledigt 19.11.)\n- One issue per job ad (me, done 11/19)', 'lang: de').map(([, owner, , done]) => [owner, done]), [
      ['ich', true],
      ['me', true],
    ]);
  });

  it("reads a family by its name in the plural, a later clause's subject after a dash, and a spreadsheet's comma-separated rows", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.side, step.due]);
    // Mark Callaway is on the client's side: `Callaways` are his family.
    assert.deepEqual(steps('- Callaways sign change order #2 + pay 50% deposit — by 2026-12-01', 'cc: [Mark Callaway]').map(([, owner, side]) => [owner, side]), [['Callaways', 'client']]);
    assert.deepEqual(steps('- Committee vote on phase 1 at the council meeting — Sam to confirm the vote by 2026-12-14').map(([, owner, , due]) => [owner, due]), [['Sam', '2026-12-14']]);
    assert.deepEqual(steps('Pasted from the tracker:\n\nNo, Action, Responsible, Deadline, Status\n3, Share the consent forms, Grace, 27/11/2026, Pending\n4, Confirm the printer quotation, TBC, 30/11/2026, Pending'), [
      ['Share the consent forms', 'Grace', 'named', '2026-11-27'],
      ['Confirm the printer quotation', 'TBC', 'unclear', '2026-11-30'],
    ]);
    // Prose with commas is no table: its first line names no columns.
    assert.deepEqual(steps('We met, talked it through, agreed the plan\n- Send the plan (owner: me, due: 2026-12-04)').map(([what]) => what), ['Send the plan']);
    // Outlook's German owner; a part of a month before French's `s'il`.
    assert.deepEqual(steps('- Aufgabe: Entscheidung – Fällig: Fr 04.12.2026 – Status: Nicht begonnen – Besitzer: Fr. Roth', 'lang: de').map(([, owner, , due]) => [owner, due]), [['Fr. Roth', '2026-12-04']]);
    assert.deepEqual(steps("- [ ] Julien : me dire fin janvier s'il veut une séance", 'lang: fr').map(([, owner, , due]) => [owner, due]), [['Julien', '2027-01-31']]);
  });

  it('reads a couple by their titles, a trade with its article and someone for their firm, set off by dashes before the day', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Libérer la retenue — M. et Mme Thiriet — au plus tard le 15 janvier', 'lang: fr'), [['M. et Mme Thiriet', '2027-01-15']]);
    assert.deepEqual(steps('- [ ] Pose des rideaux du 3e — le confectionneur — lun. 18/01/2027', 'lang: fr'), [['le confectionneur', '2027-01-18']]);
    assert.deepEqual(steps('- [ ] Pay the undisputed portion — Rachel / Keystone AP — by 2026-11-30'), [['Rachel / Keystone AP', '2026-11-30']]);
    // Two formats are no one.
    assert.deepEqual(steps('- [ ] Export the logo — PDF / PNG — 2026-12-04'), [[undefined, '2026-12-04']]);
  });

  it('reads a weekday of next week, in English, German and French, and a weekday in two letters only where it is one', () => {
    // The conversation is on Friday 20 November: next week runs from Monday the 23rd.
    assert.deepEqual(
      ['next week Wed', 'Thursday of next week', 'Sun next week', 'coming week, on Monday'].map((written) => dayOfWrittenDate(written, '2026-11-20')),
      ['2026-11-25', '2026-11-26', '2026-11-29', '2026-11-23'],
    );
    // On a Monday, next week is the one after it.
    assert.equal(dayOfWrittenDate('next week Wed', '2026-11-23'), '2026-12-02');
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Call Jane (owner: me) next week Wed\n- [ ] Me: send the draft Thursday of next week'), [
      ['me', '2026-11-25'],
      ['Me', '2026-11-26'],
    ]);
    assert.deepEqual(steps('- Orden abholen – Andrea – nächste Woche Mi\n- Rest liefern bis Do nächste Woche (ich)\n- ich: Anruf am Mittwoch nächster Woche', 'lang: de'), [
      ['Andrea', '2026-11-25'],
      ['ich', '2026-11-26'],
      ['ich', '2026-11-25'],
    ]);
    assert.deepEqual(steps('- moi : appeler Julie jeudi semaine prochaine\n- moi : relancer la semaine prochaine, mardi', 'lang: fr'), [
      ['moi', '2026-11-26'],
      ['moi', '2026-11-24'],
    ]);
    // A possessive, a word of its own, or a weekday's name in a word is no weekday.
    const dueWritten = (step: string, language = 'en') => {
      const read = readStepNotation(step, packFor(language));
      return (read.due ?? read.otherDue)?.text;
    };
    assert.equal(dueWritten('Julie : envoyer le devis, sa semaine prochaine est chargée', 'fr'), undefined);
    assert.equal(dueWritten('Julie : envoyer le devis sa semaine prochaine', 'fr'), 'semaine prochaine');
    assert.equal(dueWritten('ich: so nächste Woche anrufen', 'de'), undefined);
    assert.equal(dueWritten('Me: plan the wedding next week'), 'next week');
  });

  it("reads a pair joined by a plus as the subject, Bitrix24's German owner, a last-minute pattern in German, and a recap late whatever way its date is written", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Rhys + Bec to pay INV-1051 + INV-1060 — by Mon 30/11'), [['Rhys + Bec', '2026-11-30']]);
    assert.deepEqual(
      steps('| Aufgabe | Verantwortliche Person | Frist | Status |\n|---|---|---|---|\n| Zusatzangebot schicken | ich | Mi., 2.12. | Wartet auf Ausführung |', 'lang: de'),
      [['ich', '2026-12-02']],
    );
    assert.deepEqual(steps('- Zusatzangebot schicken — Verantwortliche Person: Verena Gapp — Frist: 3.12.', 'lang: de'), [['Verena Gapp', '2026-12-03']]);
    const judged = (line: string) => findings(withFact(line, 'lang: de'), 'judgemental-facts').length;
    assert.equal(judged('Freigaben kamen immer erst in der letzten Minute, zwei Sujets gingen zu spät online.'), 1);
    // `date: 03.11.2026` is the schema's finding; the recap, due two days after it and never sent, is late all the same.
    const late = (date: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('date: 2026-11-20', `date: ${date}`).replace('  sent: 2026-11-21', '  sent: false'), 'follow-up-overdue').length;
    assert.deepEqual(['03.11.2026', '2026-11-03'].map(late), [1, 1]);
    // `12/11/2026` in an English note is 12 November or 11 December: not late by the later one.
    const lateInEnglish = (date: string) => findings(note('- Send the plan (owner: me, due: 2026-12-04)').replace('date: 2026-11-20', `date: ${date}`).replace('  sent: 2026-11-21', '  sent: false'), 'follow-up-overdue').length;
    assert.deepEqual(['12/11/2026', '11/05/2026'].map(lateInEnglish), [0, 1]);
  });

  it("reads a sub-heading in lower case naming someone of the note, a schedule with its end, and Trello's German list column", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    // Jane is the contact; `### later` names no one.
    assert.deepEqual(steps('### jane\n\n- consolidated v3 notes, one pass — by Fri Dec 4\n\n### later\n\n- colour pass — by Fri Dec 11').map(([owner]) => owner), ['jane', undefined]);
    assert.deepEqual(findings(note('- [ ] Friday update email (me, every Friday till delivery)'), 'next-step-incomplete'), []);
    assert.equal(findings(note('- [ ] Friday update email (me, till delivery)'), 'next-step-incomplete').length, 1);
    // The day a schedule ends on is its last.
    assert.deepEqual(steps('- Weekly tenant feedback email (Rebecca – every Friday until 18/12/2026)'), [['Rebecca', '2026-12-18', false]]);
    assert.deepEqual(
      steps('| Karte | Mitglieder | Fälligkeitsdatum | Liste |\n|---|---|---|---|\n| Altpreise eintragen | Jule | Mi., 18.11. | Erledigt |\n| Preisliste schicken | Jule | Fr., 20.11. | To Do |', 'lang: de'),
      [
        ['Jule', '2026-11-18', true],
        ['Jule', '2026-11-20', false],
      ],
    );
  });

  it("reads Smartsheet's rows, Apple Reminders' circles, OmniFocus's contexts and a step waited on, in any language", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    // A header line set off by pipes over the rows as a list, no line of dashes under it.
    assert.deepEqual(
      steps('Row | Task | Assigned To | Start | Due Date | % Complete | Status | Done\n\n- Row 22 | Pay the undisputed portion | Dolores Ruiz | 11/10/26 | 11/30/26 | 0% | Red | ☐\n- Row 23 | Send the retest log | Celeste Marchetti | 11/10/26 | 11/12/26 | 100% | Green | ☑'),
      [
        ['Pay the undisputed portion', 'Dolores Ruiz', '2026-11-30', false],
        ['Send the retest log', 'Celeste Marchetti', '2026-11-12', true],
      ],
    );
    // Without the header, the share done and the traffic light are the row's state, not its owner.
    assert.deepEqual(steps('- [ ] Row 43 | Fix the focus indicator | Tomás Ibarra | 11/17/26 | 12/04/26 | 50% | Yellow | ☐').map(([, owner, due]) => [owner, due]), [['Tomás Ibarra', '2026-12-04']]);
    assert.deepEqual(steps('- Fix the focus indicator | Tomás Ibarra | 12/04/26 | Yellow').map(([, owner]) => owner), ['Tomás Ibarra']);
    assert.deepEqual(steps('◉ Refund the 11/9 drop (me) — Nov 11\n◯ Send the revised proposal (me) — Nov 30').map(([what, , due, done]) => [what, due, done]), [
      ['Refund the 11/9 drop', '2026-11-11', true],
      ['Send the revised proposal', '2026-11-30', false],
    ]);
    assert.deepEqual(steps('- Confirm the turnaround with TranscribeWest @due(2026-11-25 17:00) @context(Phone)').map(([, owner, due]) => [owner, due]), [[undefined, '2026-11-25']]);
    assert.deepEqual(steps('- Rückmeldung zur Schulung · Warten auf: Toni · Deadline: Do 3.12.', 'lang: de').map(([, owner, due]) => [owner, due]), [['Toni', '2026-12-03']]);
    // Said on a Friday (the 20th), the end of the week is the next one.
    assert.deepEqual(steps('- Kostenvoranschlag nachreichen – ich – bis Ende Woche', 'lang: de').map(([, owner, due]) => [owner, due]), [['ich', '2026-11-27']]);
    assert.deepEqual(['end of week', 'EOW'].map((written) => dayOfWrittenDate(written, '2026-11-18')), ['2026-11-20', '2026-11-20']);
    assert.deepEqual(steps('- Retour sur le devis — En attente de : Julie — 3/12', 'lang: fr').map(([, owner, due]) => [owner, due]), [['Julie', '2026-12-03']]);
  });

  it('reads how something was said, the agent of a passive and a clause with its verb last in the tone rules', () => {
    const body = '- Send the plan (owner: me, due: 2026-12-04)';
    const judged = (line: string, frontmatter = '') => findings(note(body, frontmatter).replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('My text cited 2.4.13 without stating clearly that it is not a requirement.'), 0);
    assert.equal(judged('The scope was clearly too big.'), 1);
    // Jane Doe is the contact: `by JD` is the agent of the passive, not the subject of `was never invoiced`.
    assert.equal(judged('The session was the one cancelled, by JD, and was never invoiced.'), 0);
    assert.equal(judged('JD never answered the invoice.'), 1);
    const blamed = (line: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Ich habe heute erfahren, dass Sie die Fenster ohne Absprache mit mir umbestellt haben.'), 1);
  });

  it("reads a state with a remark after it, a resolved comment, and blame of the client's team with a word between or in a clause with its verb last", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.due, step.done]);
    assert.deepEqual(steps('- Termin ausmachen – ich – bis 06.11.2026\n  Status: Erledigt (Termin 18.11., 10 Uhr)', 'lang: de'), [['Termin ausmachen', '2026-11-06', true]]);
    const blamed = (line: string, frontmatter = '') => findings(note('- Send the plan (owner: me, due: 2026-12-04)', frontmatter).replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Your paralegal team never ran the related-company test.'), 1);
    assert.equal(blamed('The paralegal team never ran the related-company test.'), 0);
    assert.equal(blamed('Ich streiche nichts, nur weil Sie die Rechnung ohne Absprache gekürzt haben.', 'lang: de'), 1);
    // Google Docs' resolved comment closes what it says.
    assert.deepEqual(digest(note('- Comment from Grace, 29 Oct: "Thanks Tom, all received." — Marked as resolved')).steps.map((step) => step.done), [true]);
  });

  it("reads a weekday of next week keyed by `on`, a French day and month in the language's order, a weekday that comes back in German and French, and `should've`", () => {
    // Said on Monday 16 November, `Friday` is the 20th and `next week, on Friday` the 27th.
    const onMonday = (body: string, frontmatter = '') => digest(note(body, frontmatter).replace('date: 2026-11-20', 'date: 2026-11-16')).steps.map((step) => step.due);
    assert.deepEqual(onMonday("- [ ] I'll send the deck next week, on Friday\n- [ ] I'll send the invoice on Friday"), ['2026-11-27', '2026-11-20']);
    // 3 November was a Tuesday: the weekday is the slip, not the order of day and month (11 March 2027 is a Thursday).
    assert.deepEqual(digest(note('- [ ] moi : passation avec Camille, jeu. 03/11', 'lang: fr')).steps.map((step) => step.due), ['2026-11-03']);
    const undated = (step: string, frontmatter: string) => findings(note(step, frontmatter), 'next-step-incomplete').length;
    assert.equal(undated("- [ ] Point chantier — tous les mardis jusqu'à la fin du câblage (moi)", 'lang: fr'), 0);
    assert.equal(undated('- [ ] Baustellentermin — dienstags bis zum Ende der Verkabelung (ich)', 'lang: de'), 0);
    assert.equal(undated('- [ ] Baustellentermin — bis zum Ende der Verkabelung (ich)', 'lang: de'), 1);
    const blamed = (line: string) => findings(note('- Send the plan (owner: me, due: 2026-12-04)').replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.deepEqual(["You should've rung me before cutting into the bilge feed.", "You could've the files by Friday."].map(blamed), [1, 0]);
  });

  it("reads Zoho Projects' French owner, a name set off by dashes before a day keyed with what it comes before, and what the client overlooked in German", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- Tâche : Livrer le complément | Propriétaire : Moi | Date de fin : 04/12/2026 | Statut : Ouvert', 'lang: fr'), [['Moi', '2026-12-04']]);
    assert.deepEqual(steps('- [ ] Newsletter copy changed to "coming in December" – Sharon – before print Fri 4/12'), [['Sharon', '2026-12-04']]);
    const blamed = (line: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.deepEqual(['Die Absage kam nach der Frist für eine kostenlose Verschiebung, die Sie übersehen haben.', 'Ich habe die Frist übersehen.'].map(blamed), [1, 0]);
  });

  it("reads Jira's days and fields, the end of a weekday, a `#done` tag, monday.com's and Zoho's French fields, a schedule set by an event or ending on a day, and Todoist's German weekday", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- QA-214 Verify the save fix — Assignee: Dev Patel — Due: 04/Dec/26 — Status: IN PROGRESS'), [['QA-214 Verify the save fix', 'Dev Patel', '2026-12-04', false]]);
    // Said on Monday the 23rd, `Friday EOD` is the 27th, not the end of the conversation's day.
    assert.equal(dayOfWrittenDate('Friday EOD', '2026-11-23'), '2026-11-27');
    assert.deepEqual(steps('- [ ] Tile decision — Dr. Meera — Friday EOD').map(([, owner, due]) => [owner, due]), [['Dr. Meera', '2026-11-27']]);
    assert.deepEqual(steps('- Send the visit log — me — Thu, Nov 19, 2026 #done #fees').map(([, , , done]) => done), [true]);
    assert.deepEqual(steps('- Signer la lettre de mandat — Personne : Sylvie — Échéance : 4 déc.', 'lang: fr').map(([, owner, due]) => [owner, due]), [['Sylvie', '2026-12-04']]);
    assert.deepEqual(steps('- Tâche : Livrer le complément | Propriétaire : Moi | Date de fin : 04/12/2026 | Statut : Ouvert', 'lang: fr').map(([what]) => what), ['Livrer le complément']);
    // A schedule that ends on a day is due that day; a deadline's own key wins over the day the words run until.
    assert.deepEqual(steps("- moi : point hebdo tous les lundis jusqu'au 12/12\n- client : bloquer deux créneaux par semaine jusqu'à fin janvier (délai : 24.11.2026)", 'lang: fr').map(([, , due]) => due), ['2026-12-12', '2026-11-24']);
    const undated = (step: string, frontmatter: string) => findings(note(step, frontmatter), 'next-step-incomplete').length;
    assert.equal(undated("- [ ] Joindre le log d'analyse à chaque facture (moi) — à chaque facture", 'lang: fr'), 0);
    assert.equal(undated('- [ ] Kurzer Check-in mit Frau Keller (ich) 📅 jeden Mo', 'lang: de'), 0);
    // A side as a whole tag owns the step; in a longer tag it names a client.
    assert.deepEqual(steps('- [ ] Termin bestätigen #kunde 📅 2026-11-30\n- [ ] Check-in p4 #Kunde-Physio 📅 2026-11-30', 'lang: de').map(([, owner]) => owner), ['kunde', undefined]);
  });

  it("reads Asana's sub-tasks, todo.txt's lines pasted as they are, a German heading of what is offered, and blame of the client's staff, with the verb first, or across a quoted mail's lines", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.due, step.done]);
    assert.deepEqual(
      steps('☐ DCP erstellen — Zuständig: ich — Fällig: Do., 10. Dez.\n   ☐ Untertitel-Datei von Jana holen\n   ☐ Loudness-Check 5.1\n☐ Crew buchen — Zuständig: ich — Fällig: Fr., 4. Dez.', 'lang: de').map(([what]) => what),
      ['DCP erstellen', 'Crew buchen'],
    );
    assert.deepEqual(steps('x 2026-11-19 2026-11-18 Order the battery +lakeview owner:me due:2026-11-20\n(A) 2026-11-18 Point the alerts at ops@ +lakeview @remote owner:me due:2026-11-24'), [
      ['Order the battery', '2026-11-20', true],
      ['Point the alerts at ops@', '2026-11-24', false],
    ]);
    const german = note('- Angebot schicken (ich, 4.12.2026)', 'lang: de');
    assert.equal(findings(german.replace('## Boundaries', '## Was ich anbieten kann – und was nicht'), 'required-sections').length, 0);
    const blamed = (line: string, frontmatter = '') => findings(note('- Send the plan (owner: me, due: 2026-12-04)', frontmatter).replace('- Extra pages are quoted separately.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed("Your managers at Garland didn't even open the huddle guides."), 1);
    assert.equal(blamed('your front desk ignored the battery alerts for six weeks'), 1);
    assert.equal(blamed('Die Info lag seit Freitag vor, da hätten Sie uns schon früher Bescheid geben können.', 'lang: de'), 1);
    const quotedMail = (mail: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Extra pages are quoted separately.', `- Grenze.\n\n## Meine Mail (16.11.)\n\n${mail}`), 'accusatory-language').length;
    assert.equal(quotedMail('> Das Kontingent ist überschritten. Sie haben die\n> Abstimmungsrunden ohne Absprache auf vier erhöht.'), 1);
    const judged = (line: string) => findings(note('- Send the plan (owner: me, due: 2026-12-04)').replace('- Phase 2 adds four pages.', `- ${line}`), 'judgemental-facts').length;
    assert.equal(judged('Four invoices this year; payments always came in only after a reminder.'), 1);
  });

  it("reads monday.com's person and date, Microsoft To Do's circles and ticks with their sub-points, a titled name's office, Québec's weekday before its day and the holidays in French, an hour inside German blame, and a recap the writer sent", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- Send revised INV-0419 — Person: Kemi — Status: Working on it — Date: Dec 3'), [['Send revised INV-0419', 'Kemi', '2026-12-03', false]]);
    // A lower-case `date:` leading the step is its key, no one's name.
    assert.deepEqual(steps('- [ ] date: dec 3 send the plan').map(([, owner, due]) => [owner, due]), [[undefined, '2026-12-03']]);
    assert.deepEqual(
      steps("**Me:**\n✓ Add Zanele to the reminder email — 5 Nov\n\n**Zanele:**\n○ Get set up as second authoriser — Due Fri, 4 December\n   ◦ needs the mandate form signed\n\n○ Send the staff list — Due Fri, 11 December"),
      [
        ['Add Zanele to the reminder email', 'Me', '2026-11-05', true],
        ['Get set up as second authoriser', 'Zanele', '2026-12-04', false],
        ['Send the staff list', undefined, '2026-12-11', false],
      ],
    );
    const blamed = (line: string) => findings(note('- Angebot schicken (ich, 4.12.2026)', 'lang: de').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Du hast den Hotfix um 20:10 ohne Absprache direkt auf main gepusht, ohne CI.'), 1);
    assert.deepEqual(steps("- [ ] Signature de l'avenant 2027 — Hélène Aubert — avant les fêtes", 'lang: fr').map(([, owner, due]) => [owner, due]), [['Hélène Aubert', '2026-12-24']]);
    // Québec's `jeudi le 3` is Thursday the 3rd, after a `Date :` key too.
    assert.deepEqual(steps('- Julie : répondre pour la 3e ronde — Date : jeudi le 3', 'lang: fr').map(([, owner, due]) => [owner, due]), [['Julie', '2026-12-03']]);
    assert.deepEqual(steps("- [ ] Pay both invoices if Southern Mutual has not — Mr. Greer's office — by 12/15/2026").map(([, owner]) => owner), ["Mr. Greer's office"]);
    const quoted = (heading: string) => findings(note('- Send the plan (owner: me, due: 2026-12-04)').replace('- Extra pages are quoted separately.', `- Extra pages are quoted separately.\n\n## ${heading}\n\n> As I already mentioned, AP is not waiting for any document from my side.`), 'accusatory-language').length;
    assert.equal(quoted('Recap I sent (Viber + email, 11/21)'), 1);
  });

  it("reads Basecamp's French assignee, a name in bold in lower case, a checkbox column's `true`, an Austrian title, a done step's day in brackets, and blame of the client's people in German and French", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('☐ Envoyer le devis révisé — Attribuée à Anaïs Lescure — Échéance : ven. 4 déc.', 'lang: fr'), [['Anaïs Lescure', '2026-12-04', false]]);
    assert.deepEqual(steps('- [ ] Angebot schicken · zugewiesen an Frauke Lüders · fällig am 4.12.', 'lang: de'), [['Frauke Lüders', '2026-12-04', false]]);
    assert.deepEqual(steps('- [ ] **jane:** sign the methodology doc by fri 12/4\n- [ ] **fyi:** the repo is public'), [
      ['jane', '2026-12-04', false],
      [undefined, undefined, false],
    ]);
    assert.deepEqual(steps('| Action | Owner | Due | Done |\n| --- | --- | --- | --- |\n| Email the recap | Jane | 19/11/2026 | true |\n| Sign the letter | Jane | 27/11/2026 | false |').map(([, , done]) => done), [true, false]);
    assert.deepEqual(steps('- [ ] Beschluss im Gemeinderat – Bgm. Reiter – Sitzung am 10.12.', 'lang: de').map(([owner]) => owner), ['Bgm. Reiter']);
    // Done, a day alone in the closing bracket is when it happened: no due date weeks before the conversation.
    assert.deepEqual(steps('☑ Audit technique livré (6/10)\n☐ Livrer le benchmark (moi, 4/12)', 'lang: fr').map(([, due, done]) => [due, done]), [
      [undefined, true],
      ['2026-12-04', false],
    ]);
    const blamed = (line: string, frontmatter: string) => findings(note('- Send the plan (owner: me, due: 2026-12-04)', frontmatter).replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Votre développeur a modifié les templates sans me prévenir, alors que le ticket était clos.', 'lang: fr'), 1);
    assert.equal(blamed('Euer DJ hat sich um 22:15 ohne Absprache direkt in mein Pult eingesteckt.', 'lang: de'), 1);
    // In lower case, German's `ihr` before a noun is hers: no client.
    assert.equal(blamed('Laut Frau Kamps hat ihr Team die Frist versäumt.', 'lang: de'), 0);
  });

  it("reads a Deck card's fields nested under its bold title, a done word after a middle dot, org-mode's priority and agenda view, Google Tasks' day lines, a role that names a thing, and Slack's reminders", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    // Deck pastes a card as its title in bold over its fields: one step, not a label over three.
    assert.deepEqual(steps('- **Zahlung RE-2026-117a**\n  - Zugewiesen: Sandra Lauer\n  - Fällig: 20.11.2026 12:00\n  - [Wartet auf Kunde]\n- **Stornorechnung**\n  - Zugewiesen: ich\n  - Fällig: 12.11.2026 12:00\n  - ✔ erledigt 11.11.', 'lang: de').map(([, owner, due, done]) => [owner, due, done]), [
      ['Sandra Lauer', '2026-11-20', false],
      ['ich', '2026-11-12', true],
    ]);
    // A label in bold over steps of its own stays one.
    assert.deepEqual(steps('- **Kunde:**\n  - Zahlung schicken bis 4.12.', 'lang: de').map(([, owner, due]) => [owner, due]), [['Kunde', '2026-12-04']]);
    assert.deepEqual(steps('- [ ] Angebot bestätigen · Zugewiesen: Dr. Markus Hoffmann · Fällig: 13.11.2026 12:00 · erledigt (Mail 13.11., 8:52)', 'lang: de').map(([what, , , done]) => [what, done]), [['Angebot bestätigen', true]]);
    assert.deepEqual(steps('- [ ] Send the deck · Assignee: Mark · Due: 2026-11-13 · done (email 11/13, 8:52)').map(([what, , , done]) => [what, done]), [['Send the deck', true]]);
    assert.deepEqual(steps('- TODO [#A] Priya: sign the change quote\n  DEADLINE: <2026-11-27 Fri>\n- DONE [#B] Me: send the quote\n  CLOSED: [2026-11-20 Fri 14:02]').map(([, owner, due, done]) => [owner, due, done]), [
      ['Priya', '2026-11-27', false],
      ['Me', undefined, true],
    ]);
    // org-mode's agenda view lists a task after its `Deadline:`, a priority or an owner after its TODO; `Budget: TODO` holds a place.
    const placeholders = (body: string) => findings(note(body), 'unfilled-placeholder').length;
    assert.equal(placeholders('Monday 30 November 2026\n  hearth:  Deadline:   TODO [#A] Me: re-mix ep 4\n  hearth:  Deadline:   TODO Priya: add the line'), 0);
    assert.equal(placeholders('- Send the quote (owner: me, due: 2026-12-04)\n\nBudget: TODO'), 1);
    // Google Tasks and Calendar paste each task over a line with its day, a done mark after it, an event's hours too.
    assert.deepEqual(steps('Me: revised quote for option 2\nDue Fri, 6 Nov ✔\nMarco: confirm bottling date\nDue Wed, 11 Dec\nVenue walkthrough w/ Hannah & Mitch\nTue, 24 Nov ⋅ 3:00 – 4:00pm').map(([, owner, due, done]) => [owner, due, done]), [
      ['Me', '2026-11-06', true],
      ['Marco', '2026-12-11', false],
      [undefined, '2026-11-24', false],
    ]);
    // A compound whose head names a document is a card's title, no one: `Förderantrag:`; nor are a card's labels side by side.
    assert.deepEqual(steps('- [ ] Förderantrag: Nachweis vorbereiten · Fällig: 10.12.2026', 'lang: de').map(([, owner]) => owner), [undefined]);
    assert.deepEqual(steps('- [ ] Nachweis vorbereiten · Fällig: 10.12.2026 · [Jane] [Förderung]\n- [ ] Angebot schicken [Jane]', 'lang: de').map(([, owner]) => owner), [undefined, 'Jane']);
    // A role capitalised alone first names a thing, unless a step's verb, one in -s or a group's `… to` follows it.
    assert.deepEqual(steps('- Venue walkthrough with Hannah, Fri 4 Dec\n- Venue confirms the date, Fri 4 Dec\n- Parents pay the deposit by Fri 4 Dec\n- Marketing team to confirm the word count by Fri 4 Dec').map(([, owner]) => owner), [undefined, 'Venue', 'Parents', 'Marketing']);
    // Slack's `/remind me` posts `Reminder: …` to the one who set it: the writer.
    assert.deepEqual(steps('- [ ] Reminder: check in w/ maya on the legal status at 9:00 AM Mon 11/30\n- [ ] Reminder: Mon 11/30').map(([, owner, due]) => [owner, due]), [
      ['me', '2026-11-30'],
      [undefined, '2026-11-30'],
    ]);
  });

  it("reads Trello's labels and checklist count, a bold question with its remark, Todoist's label for a person the note names, Basecamp's completed line, a notetaker's link, a side over a remark, and blame of the client's team with its qualifier in French", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    // Trello pastes a card's labels after its title in bold: no owner and no slot to fill; its done mark may close a line before its checklist's count.
    const trello = note('- **Freigabe per Mail** [Kunde]\n  Mitglieder: Jane Doe · Fälligkeitsdatum: 27. Dez. 2026\n- **Parkplatz organisieren (Halteverbot?)** [Familie]\n  Fälligkeitsdatum: 28. Dez. 2026\n- **Beschläge bestellen** [Material]\n  Mitglieder: ich · Fälligkeitsdatum: 30. Nov. 2026 · ✓ erledigt\n  Checkliste 2/2\n  - [x] Legrabox bei Häfele', 'lang: de');
    assert.deepEqual(digest(trello).steps.map((step) => [step.owner, step.due, step.done]), [
      ['Jane Doe', '2026-12-27', false],
      [undefined, '2026-12-28', false],
      ['ich', '2026-11-30', true],
    ]);
    assert.deepEqual(findings(trello, 'unfilled-placeholder'), []);
    assert.equal(findings(note('- Angebot an [Kunde] schicken (ich, 4.12.2026)', 'lang: de'), 'unfilled-placeholder').length, 1);
    // A label naming someone the frontmatter names hands them the step, as Todoist writers delegate; one naming no one does not.
    assert.deepEqual(steps('- [ ] Valider le devis clarifié · 27 nov. · p1 @Jane\n- [ ] Faire l’avoir · 30 nov. · p2 @compta', 'lang: fr'), [
      ['Jane', '2026-11-27', false],
      [undefined, '2026-11-30', false],
    ]);
    assert.deepEqual(steps('- Finish panels 4 + 5 and varnish\n  Assigned to Jane Doe · Due on Fri, Nov 20\n  Completed by Jane Doe on Nov 19\n- Confirm the unveiling date\n  Assigned to Sam Lee · Due on Fri, Dec 4'), [
      ['Jane Doe', '2026-11-20', true],
      ['Sam Lee', '2026-12-04', false],
    ]);
    assert.deepEqual(steps('- [ ] Get sign-off on the PO amendment (due Friday) — Dan Kowalski [34:02](https://fathom.video/share/Sw4kP0?timestamp=2042)'), [['Dan Kowalski', '2026-11-27', false]]);
    assert.deepEqual(steps('Mine, not in Fathom:\n- Ask for the portal screenshots, by Wed 12/2').map(([owner]) => owner), ['Mine']);
    assert.equal(digest(note('Mine, not in Fathom:\n- Ask for the portal screenshots, by Wed 12/2')).steps[0].side, 'me');
    const blamed = (line: string) => findings(note('- Envoyer le devis (moi, 4/12/2026)', 'lang: fr').replace('- Phase 2 adds four pages.', `- ${line}`), 'accusatory-language').length;
    assert.equal(blamed('Votre équipe compensation a modifié la grille de fonctions le 28.10 sans me prévenir.'), 1);
    assert.equal(blamed('Votre équipe de production a tout validé sans souci.'), 0);
  });

  it("reads a quoted slot at a quotation's end, Asana's No assignee, a whole name in lower case over steps, a day on the line under a step's parts, and Google Tasks' French tasks with their state and those with no day", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(findings(note('- Send the quote (owner: me, due: 2026-12-04)\n\n## Private notes\n\nFrom now on, "please submit by [date]" in bold, every time.'), 'unfilled-placeholder'), []);
    assert.deepEqual(steps('- Revisit small-funder LOIs\n  - Assignee: No assignee\n  - Due date: Jan 20').map(([owner]) => owner), ['No assignee']);
    assert.deepEqual(findings(note('- Revisit small-funder LOIs\n  - Assignee: No assignee\n  - Due date: Jan 20'), 'next-step-incomplete').length, 1);
    assert.deepEqual(steps('### sam lee\n- [ ] WEB-255 walk through the staging theme · Todo · Due Dec 3').map(([owner]) => owner), ['sam lee']);
    assert.deepEqual(steps('- Tasting at the restaurant — me + Sam Lee\n  Fri 27 Nov ⋅ 15:00 – 16:30\n- Tasting at the bar — Sam\n  Fri 4 Dec'), [
      ['me + Sam Lee', '2026-11-27', false],
      ['Sam', '2026-12-04', false],
    ]);
    // Motion's keys and its table's column: `Hard deadline:`, `Scheduled:` (with an event's hours).
    assert.deepEqual(steps('- Sign the add-on quote\n  - Assignee: Sam Lee\n  - Hard deadline: Thu, Dec 3\n- Shoot teaser b-roll\n  - Assignee: Me\n  - Scheduled: Fri, Dec 4, 4:00 PM – 6:00 PM').map(([, due]) => due), ['2026-12-03', '2026-12-04']);
    assert.deepEqual(steps('| Task | Assignee | Hard deadline | Status |\n|---|---|---|---|\n| Monthly reply report | Me | Tue, Dec 1 | Scheduled |').map(([, due]) => due), ['2026-12-01']);
    assert.deepEqual(steps('Copié depuis Google Tasks :\n\nEnvoyer les fiches corrigées à Sandrine — moi\nÉchéance : ven. 13 nov.\nTerminée\n\nRelancer le labo pour les analyses de SO2 — moi\n\nCave : valider le planning de janvier\nÉchéance : mer. 2 déc.', 'lang: fr'), [
      ['moi', '2026-11-13', true],
      ['Cave', '2026-12-02', false],
      ['moi', undefined, false],
    ]);
  });

  it("reads the people and the language of a frontmatter whose YAML is broken, Remember The Milk's caret after an owner, OpenProject's and Beesbusy's columns, MeisterTask's section, a long remark after an owner heading, a label saying where steps were copied from, tags under a task, and a pattern of lateness after never", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    // The topic's unquoted `: ` breaks the YAML; the contact, the attendees and the language on lines of their own still read.
    const broken = note('- [ ] Valider la grille · 7 déc. · p2 @Jane', 'lang: fr').replace('topic: ', 'topic: Tarif 2027 : ');
    assert.equal(findings(broken, 'frontmatter-syntax').length, 1);
    assert.equal(parseNote(broken, resolveConfig().requiredSections).language.code, 'fr');
    assert.deepEqual(digest(broken).steps.map((step) => [step.owner, step.side]), [['Jane', 'client']]);
    assert.deepEqual(findings(broken, 'next-step-incomplete'), []);
    assert.deepEqual(steps('- [ ] ask the printer for a wet proof — Sam — ^dec 3\n- [ ] call the printer — Sam ^dec 4').map(([owner]) => owner), ['Sam', 'Sam']);
    assert.deepEqual(steps('| # | Thema | Status | Zugewiesen an | Fertigstellungsdatum |\n|---|---|---|---|---|\n| #2232 | Kündigung bestätigen | Neu | Sam Lee | 04.12.2026 |', 'lang: de'), [['Sam Lee', '2026-12-04', false]]);
    assert.deepEqual(steps('| Tâche | Responsable | Début | Fin | Statut |\n|---|---|---|---|---|\n| Avoir de 300 € | Sam Lee | 23/11/2026 | 04/12/2026 | À faire |', 'lang: fr'), [['Sam Lee', '2026-12-04', false]]);
    assert.deepEqual(steps('| Aufgabe | Abschnitt | Zuständig | Fälligkeitsdatum |\n|---|---|---|---|\n| Nachtrag schicken | Erledigt | Sam Lee | 20.11.2026 |', 'lang: de'), [['Sam Lee', '2026-11-20', true]]);
    assert.deepEqual(steps('- Kündigung schicken · Abschnitt: Erledigt · Zuständig: Sam · Fällig: 20.11.2026', 'lang: de'), [['Sam', '2026-11-20', true]]);
    assert.deepEqual(steps('### Me (Things – Clients ▸ Okafor ▸ Payroll setup)\n- [ ] Register Okafor Joinery as an employer\n  When: Mon 30 Nov\n  Deadline: Fri 11 Dec\n  Tags: Payroll'), [['Me', '2026-12-11', false]]);
    assert.equal(digest(note('- [ ] Register Okafor Joinery as an employer (me)\n  Deadline: Fri 11 Dec\n  Tags: Payroll')).steps[0].what, 'Register Okafor Joinery as an employer');
    assert.equal(digest(note('- [ ] Moi : livrer les cartels\n  Échéance : ven. 4 déc.\n  Étiquettes : musée, révision', 'lang: fr')).steps[0].what, 'livrer les cartels');
    // Where the steps were copied from is no one: `Copié de Things :`, `From Things:`. A name with a particle still is.
    assert.deepEqual(steps('Copié de Things :\n\n- [ ] Confirmer le nombre de mots\n  Échéance : ven. 4 déc.', 'lang: fr').map(([owner]) => owner), [undefined]);
    assert.deepEqual(steps('From Things:\n\n- [ ] Confirm the word count\n  Deadline: Fri 4 Dec').map(([owner]) => owner), [undefined]);
    assert.deepEqual(steps('Jean de Lattre :\n\n- [ ] Valider le devis\n  Échéance : ven. 4 déc.', 'lang: fr').map(([owner]) => owner), ['Jean de Lattre']);
    // A word in capitals is no one's initials: `OK`.
    assert.deepEqual(steps('- récap envoyé le 4/12, OK.', 'lang: fr').map(([owner]) => owner), [undefined]);
    const judged = (line: string, frontmatter = '') => findings(withFact(line, frontmatter), 'judgemental-facts').length;
    assert.equal(judged('The invoices are never paid on time without two reminders.'), 1);
    assert.equal(judged('The invoices are always paid on time.'), 0);
    assert.equal(judged('Die Briefings kamen immer erst am Tag vor der Deadline.', 'lang: de'), 1);
    assert.equal(judged("Les factures ne sont jamais réglées à l'heure.", 'lang: fr'), 1);
    assert.equal(judged('Der Haustechniker vom Hotel war total unkooperativ.', 'lang: de'), 1);
  });

  it("reads YouTrack's Zustand on the line under a ticket, Any.do's and Things' groups by when as no one, a subject having a step done with faire, a draft of the writer's own message as theirs, and more roles as people", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- UX-176 Stundenaufstellung an Florian\n  Zustand: Erledigt · Bearbeiter: Sam Lee · Fälligkeitsdatum: 26.10.2026', 'lang: de'), [['Sam Lee', '2026-10-26', true]]);
    assert.deepEqual(steps('| Aufgabe | Zustand | Bearbeiter | Fällig |\n|---|---|---|---|\n| Export schicken | Erledigt | Sam Lee | 26.10.2026 |', 'lang: de'), [['Sam Lee', '2026-10-26', true]]);
    assert.deepEqual(steps('Upcoming\n\n- [ ] Check whether the scaffolding is down · 🔔 Mon, Dec 7\n\nSomeday\n\n- [ ] Spring garden day · 👤 Jane Doe').map(([owner]) => owner), [undefined, 'Jane Doe']);
    assert.deepEqual(steps('Un jour\n\n- [ ] Relancer la mairie', 'lang: fr').map(([owner]) => owner), [undefined]);
    assert.deepEqual(steps('- Yasmine fait valider le décompte par son bureau avant le 04/12/2026\n- Devis fait le 03/12/2026', 'lang: fr').map(([owner]) => owner), ['Yasmine', undefined]);
    const blamed = (heading: string, line: string, frontmatter = '') => findings(note('- Send the quote (me, 2026-12-04)', frontmatter).replace('## Boundaries', `## ${heading}\n\n> ${line}\n\n## Boundaries`), 'accusatory-language').length;
    assert.equal(blamed('Recap to send (draft)', 'Hi Jane, as I said before, the invoice was due on 15/10.'), 1);
    assert.equal(blamed('Récap à envoyer (brouillon)', "Bonjour Jane, comme je vous l'ai déjà écrit, la facture était payable au 15/10.", 'lang: fr'), 1);
    assert.equal(blamed('Her email', 'As I said before, the invoice was due on 15/10.'), 0);
    const judged = (line: string, frontmatter = '') => findings(withFact(line, frontmatter), 'judgemental-facts').length;
    assert.equal(judged('The registrar never answered.'), 1);
  });

  it("reads a task tool's group by when run on into the task over it as no part of it, and German reported in the perfect as someone's claim", () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.owner, /Upcoming|Someday/u.test(step.what)]);
    assert.deepEqual(steps('- [ ] Room priority list · 🔔 Tue, Dec 1 · 👤 Sam Lee\nUpcoming\n- [ ] Check whether the scaffolding is down · 🔔 Mon, Dec 7\nSomeday\n- [ ] Spring garden day · 👤 Jane Doe'), [
      ['Sam Lee', false],
      [undefined, false],
      ['Jane Doe', false],
    ]);
    // A day on the line under a task is its due date, no group.
    assert.equal(digest(note('- Send the deck to Jane (me)\n  Tomorrow')).steps[0].due, '2026-11-21');
    const judged = (line: string) => findings(withFact(line, 'lang: de'), 'judgemental-facts').length;
    assert.equal(judged('Frau Vogt hat am 9.11. geschrieben, sie hätte nie mit Zusatzkosten gerechnet.'), 0);
    assert.equal(judged('Frau Vogt hat die Rechnungen nie pünktlich bezahlt.'), 1);
  });

  it("reads factro's Ende and Verantwortlicher, a board's column as a step's state (Board-Spalte, Colonne), Capacities' Assigned, and an assistant as someone", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- Honorarnote stornieren · Verantwortlicher: Sam Lee · Status: In Bearbeitung · Start: 16.11.2026 · Ende: 04.12.2026 · Fortschritt: 50 %', 'lang: de'), [['Sam Lee', '2026-12-04', false]]);
    assert.deepEqual(steps('| Aufgabe | Verantwortlicher | Status | Start | Ende |\n|---|---|---|---|---|\n| Reinzeichnung | Sam Lee | Offen | 30.11.2026 | 18.12.2026 |', 'lang: de'), [['Sam Lee', '2026-12-18', false]]);
    assert.deepEqual(steps('- **Holz reservieren** (#1987) · Board-Spalte: Erledigt · Zugewiesen: Sam Lee · Fälligkeitsdatum: 06.11.2026', 'lang: de'), [['Sam Lee', '2026-11-06', true]]);
    assert.deepEqual(steps('- #128 Remplacer le commutateur · Colonne : Terminé · Assigné : Sam Lee · Échéance : 06/11/2026', 'lang: fr'), [['Sam Lee', '2026-11-06', true]]);
    assert.deepEqual(steps('- [ ] Send the room styling list\n  Due date: 4 Dec 2026\n  Assigned: [[Sam Lee]]'), [['Sam Lee', '2026-12-04', false]]);
    const judged = (line: string, frontmatter = '') => findings(withFact(line, frontmatter), 'judgemental-facts').length;
    assert.equal(judged("Scheduling took four weeks; Harriet's EA never answers the calendar invites."), 1);
  });

  it("reads a production's crew and the English roles German offices use as someone on the client's side", () => {
    const blamed = (line: string, frontmatter: string) => findings(withFact(line, frontmatter), 'accusatory-language').length;
    assert.equal(blamed('Ihr Art Director hat am 27.10. die Musik nach der Abnahme ohne Absprache getauscht.', 'lang: de'), 1);
    assert.equal(blamed('Ihre Producerin hat den Schnitt ohne Absprache gekürzt.', 'lang: de'), 1);
    assert.equal(blamed('Votre réalisatrice a modifié le montage sans me prévenir.', 'lang: fr'), 1);
    // A thing after the possessive is no one.
    assert.equal(blamed('Ihr Zugang wurde ohne Absprache geändert.', 'lang: de'), 0);
  });

  it("reads a tracker's milestone and priority as no part of a step, Leantime's states among its parts, a name among them before them", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due, step.done]);
    assert.deepEqual(steps('- Anti-graffiti coat · In Progress · Due 2026-12-02 · Sam Lee · Milestone: Closeout'), [['Anti-graffiti coat', 'Sam Lee', '2026-12-02', false]]);
    assert.deepEqual(steps('- Book the walk-through · New · Due 2026-12-09 · Sam Lee · Milestone: Closeout'), [['Book the walk-through', 'Sam Lee', '2026-12-09', false]]);
    assert.deepEqual(steps('- Approve the new date · Waiting for Approval · Due 2026-12-02 · Jane Doe'), [['Approve the new date', 'Jane Doe', '2026-12-02', false]]);
    assert.deepEqual(steps('- [ ] Livrer les notices\n  Assigné à : Moi | Échéance : 11/12/2026 | Priorité : Normale', 'lang: fr'), [['Livrer les notices', 'Moi', '2026-12-11', false]]);
    // As the item's first words, a milestone's key is part of the step's words.
    assert.deepEqual(steps('- Milestone: beta sign-off (owner: me, due: 2026-12-04)'), [['Milestone: beta sign-off', 'me', '2026-12-04', false]]);
  });

  it('reads a day placed after an owner set off by a dash as the due date, and two people by their titles as a German subject', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- Send the deck — me, on Friday 4 December'), [['Send the deck', 'me', '2026-12-04']]);
    assert.deepEqual(steps('- Ask for a testimonial — me, in January 2027'), [['Ask for a testimonial', 'me', '2027-01-31']]);
    assert.deepEqual(steps('- Referenz/Testimonial anfragen – ich, im Januar 2027', 'lang: de'), [['Referenz/Testimonial anfragen', 'ich', '2027-01-31']]);
    assert.deepEqual(steps('- Demander un témoignage — moi, en janvier 2027', 'lang: fr'), [['Demander un témoignage', 'moi', '2027-01-31']]);
    // Without an owner before it, a day the words place things on stays in them.
    assert.deepEqual(steps('- Call Hugo, on 14 Dec'), [['Call Hugo, on 14 Dec', undefined, '2026-12-14']]);
    assert.deepEqual(steps('- Dr. Faller und Frau Stößer stimmen intern ab – bis 04.12.2026', 'lang: de'), [['Dr. Faller und Frau Stößer stimmen intern ab', 'Dr. Faller und Frau Stößer', '2026-12-04']]);
    assert.deepEqual(steps('- Logo und Farben schicken – bis 04.12.2026', 'lang: de'), [['Logo und Farben schicken', undefined, '2026-12-04']]);
    const judged = (line: string) => findings(withFact(line, 'lang: fr'), 'judgemental-facts').length;
    assert.equal(judged("Les slides sont arrivées le 5/11 ; leur chargé de com ne les envoie jamais à l'avance."), 1);
  });

  it('reads a line that reports what happened before the conversation as done, a keyed list as a state, the client by its kind', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due, step.done]);
    assert.deepEqual(steps('- invoice paid on 18/11'), [[undefined, '2026-11-18', true]]);
    assert.deepEqual(steps('+ récap envoyé le 19 au soir, OK.', 'lang: fr'), [[undefined, undefined, true]]);
    assert.deepEqual(steps('- Rechnung bezahlt am 18.11.', 'lang: de'), [[undefined, '2026-11-18', true]]);
    // A German noun alone, as a compound's head, is no one: `Angebot geschickt` is no subject and its verb.
    assert.deepEqual(steps('- Angebot geschickt am 19.11.2026', 'lang: de'), [[undefined, '2026-11-19', true]]);
    // Keyed as a due date, or after the conversation, it is a step.
    assert.deepEqual(steps('- invoice paid by 18/11'), [[undefined, '2026-11-18', false]]);
    assert.deepEqual(steps('- invoice paid on 28/11'), [[undefined, '2026-11-28', false]]);
    assert.deepEqual(findings(note('- invoice paid on 18/11'), 'next-step-overdue'), []);
    assert.deepEqual(
      steps('- **Nachfrage beim Landesamt** – Sam Lee\n  Liste: Warten auf Kunde · Fälligkeitsdatum: 11. Dez. 2026', 'lang: de'),
      [['Sam Lee', '2026-12-11', false]],
    );
    const festival = (heading: string) =>
      digest(note(`### ${heading}\n- [ ] Valider le budget final en CA — jeu. 10 déc.`, 'lang: fr').replace('client: Acme Ltd', 'client: Festival Les Vendanges Électriques')).steps.map((step) => step.owner);
    assert.deepEqual(festival('Le festival'), ['Le festival']);
    assert.deepEqual(festival('Le contrat'), [undefined]);
    const blamed = (line: string, frontmatter: string) => findings(withFact(line, frontmatter), 'accusatory-language').length;
    assert.equal(blamed('Euer PO hat die freigegebenen Texte ohne Absprache umgeschrieben.', 'lang: de'), 1);
    // A compound whose last noun names a person is one after the client's possessive.
    assert.equal(blamed('Ihre Praxismanagerin hat am 02.11. ohne Absprache 23 Praxisfotos in die Galerie geladen.', 'lang: de'), 1);
  });

  it("reads capitals that are a weekday's short form as initials unless a day follows, a remark after a dash-set owner's day, a day the words mention as yielding to the frontmatter's", () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- Entscheidung, welche Option → FR, bis 2.12.', 'lang: de'), [['Entscheidung, welche Option', 'FR', '2026-12-02']]);
    // Before a day, the short form with its comma is the weekday still.
    assert.deepEqual(steps('- Angebot schicken – ich – Fr, 27.11.2026', 'lang: de'), [['Angebot schicken', 'ich', '2026-11-27']]);
    assert.deepEqual(steps('- Appel pour la partie visites — moi — le 30/11, à son retour', 'lang: fr'), [['Appel pour la partie visites, à son retour', 'moi', '2026-11-30']]);
    assert.deepEqual(steps('- Anruf wegen der Besuche – ich – 30.11., nach ihrer Rückkehr', 'lang: de'), [['Anruf wegen der Besuche, nach ihrer Rückkehr', 'ich', '2026-11-30']]);
    const inFrontmatter = 'lang: de\nnext_steps:\n  - what: Vertragsanpassung Fixbetrag ab 01.01.2027 zuschicken\n    owner: me\n    due: 2026-12-04';
    assert.deepEqual(findings(note('- [ ] Vertragsanpassung Fixbetrag ab 01.01.2027 zuschicken', inFrontmatter), 'next-step-incomplete'), []);
    assert.deepEqual(steps('- [ ] Vertragsanpassung Fixbetrag ab 01.01.2027 zuschicken', inFrontmatter), [['Vertragsanpassung Fixbetrag ab 01.01.2027 zuschicken', 'me', '2026-12-04']]);
    // A due date written as one disagrees.
    assert.equal(findings(note('- [ ] Vertragsanpassung Fixbetrag ab 01.01.2027 zuschicken (bis 11.12.2026)', inFrontmatter), 'next-step-incomplete').length, 1);
  });

  it('reads the week in short, a month and year placed anywhere in a step, a full name set off before what they deliver, and the date of a broken frontmatter', () => {
    const steps = (body: string, frontmatter = '') => digest(note(body, frontmatter)).steps.map((step) => [step.what, step.owner, step.due]);
    // Said on a Friday (the note's 2026-11-20), the end of the week is the next one's.
    assert.deepEqual(steps("- [ ] Signer l'avenant — Jane Doe — fin de sem.", 'lang: fr'), [["Signer l'avenant", 'Jane Doe', '2026-11-27']]);
    assert.deepEqual(steps('- [ ] Devis module bas stockage — moi — fin de sem. prochaine', 'lang: fr'), [['Devis module bas stockage', 'moi', '2026-11-27']]);
    assert.deepEqual(steps('- Angebot schicken – ich – Ende der Wo.', 'lang: de'), [['Angebot schicken', 'ich', '2026-11-27']]);
    assert.deepEqual(steps('- Ich melde mich im September 2027 mit den Preisen für 2028', 'lang: de'), [['Ich melde mich im September 2027 mit den Preisen für 2028', 'Ich', '2027-09-30']]);
    assert.deepEqual(steps('- Je reviens vers vous en septembre 2027 avec les tarifs 2028', 'lang: fr'), [['Je reviens vers vous en septembre 2027 avec les tarifs 2028', 'Je', '2027-09-30']]);
    assert.deepEqual(steps('- [ ] Mark Devlin: first draft of the case study (by Fri 4 Dec)'), [['first draft of the case study', 'Mark Devlin', '2026-12-04']]);
    // The verb alone before its object stays the step's words.
    assert.deepEqual(steps('- Mark invoice: paid (me, 2026-12-04)'), [['Mark invoice: paid', 'me', '2026-12-04']]);
    const broken = note('- Send the quote (me, 2026-12-04)').replace('topic: Phase 2', 'topic: Phase 2: what stays').replace('- Extra pages are quoted separately.', '{{What you can and cannot do}}');
    assert.equal(findings(broken, 'empty-section').length, 1);
    // Until the day after the conversation, the prompt is the note's to-do.
    assert.deepEqual(findings(broken.replace('date: 2026-11-20', 'date: 2026-11-26'), 'empty-section'), []);
  });

  it('reads a role with a word that says which, after an article or a possessive and set off by dashes, as the owner', () => {
    const steps = (body: string) => digest(note(body)).steps.map((step) => [step.what, step.owner, step.due]);
    assert.deepEqual(steps('- [ ] Pay invoice 2026-031 by ACH — the finance manager — November 25'), [['Pay invoice 2026-031 by ACH', 'the finance manager', '2026-11-25']]);
    assert.deepEqual(steps('- [ ] Confirm the folder — their comms director — December 2'), [['Confirm the folder', 'their comms director', '2026-12-02']]);
    // Words that end in no role are the step's.
    assert.deepEqual(steps('- [ ] Draft the deck — the final review — December 2'), [['Draft the deck — the final review', undefined, '2026-12-02']]);
  });

  it("reads a German modal or, after a full name, German's future with the infinitive closing the clause, and a tag closing a line over a task's fields", () => {
    const steps = (body: string, frontmatter = 'lang: de') => digest(note(body, frontmatter)).steps.map((step) => [step.owner, step.due]);
    assert.deepEqual(steps('- Oliver Quast wird die bereinigte Liste bis zum 27. November an Sam Lee senden.'), [['Oliver Quast', '2026-11-27']]);
    assert.deepEqual(steps('- Frau Meißner wird die Namen bis zum 1. Dezember ergänzen.'), [['Frau Meißner', '2026-12-01']]);
    assert.deepEqual(steps('- Anna muss das Angebot bis 4.12. prüfen.'), [['Anna', '2026-12-04']]);
    assert.deepEqual(steps('- Oliver Quast soll die Liste bis 27.11. ändern.'), [['Oliver Quast', '2026-11-27']]);
    // After a noun, `wird` makes a passive, and `werden` closing the clause does after a modal: no one is named.
    assert.deepEqual(steps('- Termin wird verschoben, bis 4.12.'), [[undefined, '2026-12-04']]);
    assert.deepEqual(steps('- Angebot muss bis 4.12. geprüft werden.'), [[undefined, '2026-12-04']]);
    assert.deepEqual(steps('- [ ] Entscheidung Option 1/2/3 — Hr. Grubmüller #Warten\n  Deadline: 12.11.2026'), [['Hr. Grubmüller', '2026-11-12']]);
    assert.deepEqual(steps('- [ ] Decide on option 1/2/3 — Mr Grubb #waiting\n  Deadline: 2026-12-12', ''), [['Mr Grubb', '2026-12-12']]);
  });

  it('reads a manner adverb after a comparison as how something was written, no judgement', () => {
    const judged = (line: string, frontmatter = 'lang: fr') => findings(withFact(line, frontmatter), 'judgemental-facts').length;
    assert.equal(judged("Marion pensait que « retouché » voulait dire toutes les images, j'aurais pu l'écrire plus clairement dans le mail."), 0);
    assert.equal(judged('I could have put it more clearly in the SOW.', ''), 0);
    // After a helper, the comparison judges still.
    assert.equal(judged('Il était plus clairement en tort que moi.'), 1);
  });

  it("reads the writer's own steps heading over a notetaker's nested one, a bracket after an own message's lead, and a German service as people", () => {
    const pasted = note('- [ ] Send the change request (me, 2026-12-04)', 'lang: de')
      .replace('## Facts', '## KI-Besprechungsnotizen\n\n### Zusammenfassung\n\n- Umfang besprochen.\n\n### Aufgaben\n\n- [ ] CR schicken @Sam Lee @30. November 2026\n\n## Fakten')
      .replace('## Boundaries', '## Grenzen')
      .replace('## Agreed next steps', '## Nächste Schritte');
    assert.deepEqual(findings(pasted, 'required-sections'), []);
    const ownRecap = note('- Send the quote (me, 2026-12-04)').replace(
      '## Agreed next steps',
      '## Recap (sent Nov 13)\n\n> Hi Jane, as I already told you, the fee comes from section 4 of the SOW.\n\n## Agreed next steps',
    );
    assert.equal(findings(ownRecap, 'accusatory-language').length, 1);
    const blamed = (line: string) => findings(withFact(line, 'lang: de'), 'accusatory-language').length;
    assert.equal(blamed('Ihr Spätdienst hat meinen Text am 12.11. ohne Absprache umgeschrieben.'), 1);
  });
});
