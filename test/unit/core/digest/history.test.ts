import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../../../src/core/config/config';
import { parseConfigFile } from '../../../../src/core/config/configFile';
import { HISTORY_SIGNALS, type SignalThresholds } from '../../../../src/core/config/historySignals';
import type { DigestedNote } from '../../../../src/core/digest/agenda';
import { clientHistory, signalSentence } from '../../../../src/core/digest/history';
import type { LanguagePack } from '../../../../src/core/lang/pack';
import { LANGUAGE_PACKS, packFor } from '../../../../src/core/lang/packs';
import { digestNote } from '../../../../src/core/digest/noteDigest';
import { preparationOf } from '../../../../src/core/scaffold/preparation';
import { cliFixtures, runCliInProcess, ScratchFolders } from '../../cliRunner';

// Six conversations with Harbor & Pine Studio from June to December 2026, and one with
// Globex; the counts below are counted by hand from the notes.
const folder = join(cliFixtures, 'history');
const TODAY = '2026-12-04';
const config = resolveConfig();

/** What a freelancer writes in private places of the fixture's notes: none of it may come out. */
const PRIVATE_WORDS = ['irritated', 'budget is tighter', 'weekend', 'Considering whether', 'keep this client'];

function fixtureRecords(): DigestedNote[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .flatMap((file) => {
      const digest = digestNote(readFileSync(join(folder, file), 'utf8'), config);
      return digest ? [{ file, digest }] : [];
    });
}

describe('history', function () {
  this.timeout(60000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  describe('client-notes history --format json', () => {
    it("gives the counts a person counts by hand in one client's six conversations over six months, and the signals that apply, not the others", async () => {
      const run = await runCliInProcess(['history', '--client', 'harbor & pine studio', '--format', 'json'], folder, TODAY);
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.deepEqual(JSON.parse(run.stdout), {
        client: 'Harbor & Pine Studio',
        notes: [
          { file: '2026-06-15-scope.md', date: '2026-06-15', scenario: 'scope-change', topic: 'Extra landing pages' },
          { file: '2026-07-20-invoice.md', date: '2026-07-20', scenario: 'invoice-dispute', topic: 'Invoice 104' },
          { file: '2026-08-25-scope.md', date: '2026-08-25', scenario: 'scope-change', topic: 'A blog section' },
          { file: '2026-10-05-invoice.md', date: '2026-10-05', scenario: 'invoice-dispute', topic: 'Invoice 112' },
          { file: '2026-11-10-scope.md', date: '2026-11-10', scenario: 'scope-change', topic: 'Homepage redesign' },
          { file: '2026-12-01-deadline.md', date: '2026-12-01', scenario: 'missed-deadline', topic: 'The homepage slipped' },
        ],
        conversations: { total: 6, byScenario: { 'scope-change': 3, 'invoice-dispute': 2, 'missed-deadline': 1 } },
        steps: {
          // The quote and the reminder on time, the homepage options three days late, invoice 104 resent on a day
          // not written, the timeline undated, the revised homepage due next week.
          mine: { total: 6, done: 5, doneOnTime: 2, doneLate: 1, open: 1, overdue: 0 },
          // The photos on time, the page list and invoice 104 late, invoice 112 and the design approval overdue, the copy due next week.
          theirs: { total: 6, done: 3, doneOnTime: 1, doneLate: 2, open: 1, overdue: 2 },
        },
        // Invoice 112 and the missed deadline have no follow_up.sent.
        recapsNotSent: 2,
        boundaries: [
          // Written in June, August (with a typo) and November; Globex's same words are Globex's.
          { text: 'Changes after sign-off are quoted separately', times: 3, files: ['2026-06-15-scope.md', '2026-08-25-scope.md', '2026-11-10-scope.md'] },
          { text: 'Invoices are due within 14 days', times: 1, files: ['2026-07-20-invoice.md'] },
          { text: 'Work pauses when an invoice is 30 days overdue', times: 1, files: ['2026-10-05-invoice.md'] },
        ],
        signals: [
          {
            id: 'recurring-scenario',
            message: '3 scope-change conversations within 180 days (2026-06-15 to 2026-11-10).',
            files: ['2026-06-15-scope.md', '2026-08-25-scope.md', '2026-11-10-scope.md'],
          },
          {
            id: 'late-commitments',
            message: "Of the client's 6 dated next steps, 2 were done late and 2 are overdue.",
            files: ['2026-06-15-scope.md', '2026-07-20-invoice.md', '2026-10-05-invoice.md', '2026-11-10-scope.md'],
          },
          {
            id: 'boundary-restated',
            message: 'The boundary "Changes after sign-off are quoted separately" is written in 3 notes.',
            files: ['2026-06-15-scope.md', '2026-08-25-scope.md', '2026-11-10-scope.md'],
          },
          // Two conversations in the last 60 days (10 November, 1 December): no escalation.
          { id: 'payment-trouble', message: '2 invoice disputes within 365 days (2026-07-20 to 2026-10-05).', files: ['2026-07-20-invoice.md', '2026-10-05-invoice.md'] },
        ],
      });
    });

    it('says nothing of what the notes keep private, in either format', async () => {
      for (const format of ['json', 'md']) {
        const run = await runCliInProcess(['history', '--client', 'Harbor & Pine Studio', '--format', format], folder, TODAY);
        assert.equal(run.code, 0, run.stderr);
        for (const words of PRIVATE_WORDS) assert.ok(!run.stdout.includes(words), `${format}: "${words}" is private`);
      }
    });

    it('md: the signals first, then the conversations, the steps of each side, the recaps not sent and the boundaries', async () => {
      const run = await runCliInProcess(['history', '--client', 'Harbor & Pine Studio'], folder, TODAY);
      assert.equal(run.code, 0, run.stderr);
      const headings = run.stdout.split('\n').filter((line) => line.startsWith('#'));
      assert.deepEqual(headings, ['# Harbor & Pine Studio: history', '## Signals', '## Conversations (6)', '## Next steps', '## Recaps not sent (2)', '## Boundaries']);
      assert.match(run.stdout, /\| Theirs \| 6 \| 3 \| 1 \| 2 \| 1 \| 2 \|/);
      assert.match(run.stdout, /- \*\*payment-trouble\*\*: 2 invoice disputes within 365 days/);
    });

    it('exits 2 with one line when no note has the client, and asks for --client when it is missing', async () => {
      const none = await runCliInProcess(['history', '--client', 'Initech'], folder, TODAY);
      assert.deepEqual({ code: none.code, stderr: none.stderr, stdout: none.stdout }, { code: 2, stderr: 'client-notes: No note has the client "Initech".\n', stdout: '' });
      const missing = await runCliInProcess(['history'], folder, TODAY);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^client-notes: --client NAME is required/);
      const format = await runCliInProcess(['history', '--client', 'Globex', '--format', 'html'], folder, TODAY);
      assert.equal(format.code, 2);
      assert.match(format.stderr, /^client-notes: Unknown format "html"; expected md, json\./);
    });

    it("takes each signal's threshold, or off, from history.signals in the config file", async () => {
      const copy = scratch.create(folder);
      writeFileSync(join(copy, '.clientnotesrc.yaml'), 'history:\n  signals:\n    escalation: 2\n    payment-trouble: off\n    recurring-scenario: 4\n');
      const run = await runCliInProcess(['history', '--client', 'Harbor & Pine Studio', '--format', 'json'], copy, TODAY);
      assert.equal(run.code, 0, run.stderr);
      const signals = (JSON.parse(run.stdout) as { signals: Array<{ id: string; message: string; files: string[] }> }).signals;
      assert.deepEqual(
        signals.map(({ id }) => id),
        ['late-commitments', 'boundary-restated', 'escalation'],
      );
      assert.deepEqual(signals[2], { id: 'escalation', message: '2 conversations in the last 60 days (2026-11-10 to 2026-12-01).', files: ['2026-11-10-scope.md', '2026-12-01-deadline.md'] });
    });
  });

  describe('a new note for a client with signals', () => {
    it('starts its Preparation with the signals, each linked to the notes that show it, and nothing private', () => {
      const notes = fixtureRecords().map((record) => ({ ...record, file: `/w/notes/harbor/${record.file}` }));
      const prepared = preparationOf(notes, 'Harbor & Pine Studio', '/w/notes/harbor/2026-12-04-review.md', TODAY, HISTORY_SIGNALS) ?? '';
      const lines = prepared.split('\n');
      assert.deepEqual(lines.slice(2, 7), [
        '- Signals from the notes:',
        '  - 3 scope-change conversations within 180 days (2026-06-15 to 2026-11-10): [2026-06-15](2026-06-15-scope.md), [2026-08-25](2026-08-25-scope.md), [2026-11-10](2026-11-10-scope.md)',
        "  - Of the client's 6 dated next steps, 2 were done late and 2 are overdue: [2026-06-15](2026-06-15-scope.md), [2026-07-20](2026-07-20-invoice.md), [2026-10-05](2026-10-05-invoice.md), [2026-11-10](2026-11-10-scope.md)",
        '  - The boundary "Changes after sign-off are quoted separately" is written in 3 notes: [2026-06-15](2026-06-15-scope.md), [2026-08-25](2026-08-25-scope.md), [2026-11-10](2026-11-10-scope.md)',
        '  - 2 invoice disputes within 365 days (2026-07-20 to 2026-10-05): [2026-07-20](2026-07-20-invoice.md), [2026-10-05](2026-10-05-invoice.md)',
      ]);
      assert.equal(lines[7], '- Open on my side:');
      for (const words of PRIVATE_WORDS) assert.ok(!prepared.includes(words), `"${words}" is private`);
      const off = Object.fromEntries(Object.keys(HISTORY_SIGNALS).map((id) => [id, 'off'])) as SignalThresholds;
      assert.ok(!(preparationOf(notes, 'Harbor & Pine Studio', '/w/notes/harbor/2026-12-04-review.md', TODAY, off) ?? '').includes('Signals'));
    });
  });

  describe('a new note in German or French for a client with signals', () => {
    const notes = () => fixtureRecords().map((record) => ({ ...record, file: `/w/notes/harbor/${record.file}` }));
    const prepared = (language: LanguagePack) => (preparationOf(notes(), 'Harbor & Pine Studio', '/w/notes/harbor/2026-12-04-review.md', TODAY, HISTORY_SIGNALS, language) ?? '').split('\n');

    it('says the signals in German, with German dates', () => {
      assert.deepEqual(prepared(packFor('de')!).slice(0, 7), [
        '<!-- Aus Ihren früheren Notizen mit Harbor & Pine Studio, Stand 04.12.2026. -->',
        '',
        '- Signale aus den Notizen:',
        '  - 3 Gespräche zum Thema „Änderung des Umfangs“ innerhalb von 180 Tagen (15.06.2026 bis 10.11.2026): [15.06.2026](2026-06-15-scope.md), [25.08.2026](2026-08-25-scope.md), [10.11.2026](2026-11-10-scope.md)',
        '  - Von 6 datierten nächsten Schritten des Kunden wurden 2 verspätet erledigt und 2 sind überfällig: [15.06.2026](2026-06-15-scope.md), [20.07.2026](2026-07-20-invoice.md), [05.10.2026](2026-10-05-invoice.md), [10.11.2026](2026-11-10-scope.md)',
        '  - Die Grenze „Changes after sign-off are quoted separately“ steht in 3 Notizen: [15.06.2026](2026-06-15-scope.md), [25.08.2026](2026-08-25-scope.md), [10.11.2026](2026-11-10-scope.md)',
        '  - 2 Streitfälle um Rechnungen innerhalb von 365 Tagen (20.07.2026 bis 05.10.2026): [20.07.2026](2026-07-20-invoice.md), [05.10.2026](2026-10-05-invoice.md)',
      ]);
    });

    it('says the signals in French, with French dates and the colon after a narrow no-break space', () => {
      assert.deepEqual(prepared(packFor('fr')!).slice(0, 7), [
        '<!-- D’après vos notes précédentes avec Harbor & Pine Studio, au 04/12/2026. -->',
        '',
        '- Signaux tirés des notes\u202f:',
        '  - 3 échanges sur le thème «\u202fChangement de périmètre\u202f» en 180 jours (du 15/06/2026 au 10/11/2026)\u202f: [15/06/2026](2026-06-15-scope.md), [25/08/2026](2026-08-25-scope.md), [10/11/2026](2026-11-10-scope.md)',
        '  - Sur 6 prochaines étapes datées du client, 2 ont été faites en retard et 2 ont dépassé leur échéance\u202f: [15/06/2026](2026-06-15-scope.md), [20/07/2026](2026-07-20-invoice.md), [05/10/2026](2026-10-05-invoice.md), [10/11/2026](2026-11-10-scope.md)',
        '  - La limite «\u202fChanges after sign-off are quoted separately\u202f» figure dans 3 notes\u202f: [15/06/2026](2026-06-15-scope.md), [25/08/2026](2026-08-25-scope.md), [10/11/2026](2026-11-10-scope.md)',
        '  - 2 litiges de facturation en 365 jours (du 20/07/2026 au 05/10/2026)\u202f: [20/07/2026](2026-07-20-invoice.md), [05/10/2026](2026-10-05-invoice.md)',
      ]);
    });
  });

  describe('a signal in each language', () => {
    it('takes the singular where the language does: 1 in English and German, 0 and 1 in French', () => {
      const facts = { count: 1, late: 0, overdue: 1 };
      assert.deepEqual(
        LANGUAGE_PACKS.map((language) => signalSentence('late-commitments', facts, language)),
        [
          "Of the client's 1 dated next step, 0 were done late and 1 is overdue.",
          'Von 1 datierten nächsten Schritt des Kunden wurden 0 verspätet erledigt und 1 ist überfällig.',
          'Sur 1 prochaine étape datée du client, 0 a été faite en retard et 1 a dépassé son échéance.',
        ],
      );
      const escalation = { count: 1, days: 60, from: '2026-12-01', to: '2026-12-01' };
      assert.deepEqual(
        LANGUAGE_PACKS.map((language) => signalSentence('escalation', escalation, language)),
        ['1 conversation in the last 60 days (2026-12-01).', '1 Gespräch in den letzten 60 Tagen (01.12.2026).', '1 échange au cours des 60 derniers jours (01/12/2026).'],
      );
    });

    it('names a scenario no pack knows as written, whatever its name', () => {
      const facts = { count: 3, days: 180, from: '2026-06-15', to: '2026-11-10', scenario: 'constructor' };
      assert.equal(signalSentence('recurring-scenario', facts, packFor('de')!), '3 Gespräche zum Thema „constructor“ innerhalb von 180 Tagen (15.06.2026 bis 10.11.2026).');
    });
  });

  describe('history.signals settings', () => {
    it('reads a number from 1 or off per signal from .clientnotesrc; a bad value is the schema\'s finding and leaves the default', () => {
      const { config: input, problems } = parseConfigFile('.clientnotesrc.yaml', 'history:\n  signals:\n    escalation: 5\n    payment-trouble: "off"\n');
      assert.deepEqual(problems, []);
      assert.deepEqual(resolveConfig(input).historySignals, { ...HISTORY_SIGNALS, escalation: 5, 'payment-trouble': 'off' });
      const bad = parseConfigFile('.clientnotesrc.yaml', 'history:\n  signals:\n    escalation: 0\n    lateness: 2\n');
      assert.equal(bad.problems.length > 0, true);
      assert.deepEqual(resolveConfig({ history: { signals: { escalation: 0 } } }).historySignals, HISTORY_SIGNALS);
    });
  });

  describe('clientHistory', () => {
    it('builds from the digest records alone, and finds the client whatever case or blanks the name is written with', () => {
      const records = fixtureRecords();
      const history = clientHistory(records, '  HARBOR  &  pine studio ', TODAY, HISTORY_SIGNALS);
      assert.ok(history);
      assert.equal(history.notes.length, 6);
      assert.equal(clientHistory(records, 'Initech', TODAY, HISTORY_SIGNALS), undefined);
      assert.deepEqual(clientHistory(records, 'Globex', TODAY, HISTORY_SIGNALS)?.signals, []);
      // Every step of the page's chart links to its note.
      assert.deepEqual(
        history.stepList.theirs.map((step) => [step.file, step.timing]),
        [
          ['2026-06-15-scope.md', 'doneLate'],
          ['2026-07-20-invoice.md', 'doneLate'],
          ['2026-08-25-scope.md', 'doneOnTime'],
          ['2026-10-05-invoice.md', 'overdue'],
          ['2026-11-10-scope.md', 'overdue'],
          ['2026-12-01-deadline.md', 'open'],
        ],
      );
    });

    it('of a client with 200 notes, reads the digest records a number of times that grows with the notes, not faster', () => {
      const records = fixtureRecords().filter((record) => record.digest.client !== 'Globex');
      // Each record, its digest and its steps count every property read of them: the work done on the records.
      let reads = 0;
      const counted = <T extends object>(value: T): T => new Proxy(value, { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) });
      const manyNotes = (count: number): DigestedNote[] =>
        Array.from({ length: count }, (_, index) => {
          const { file, digest } = records[index % records.length];
          const day = new Date(Date.UTC(2020, 0, 1 + index * 3)).toISOString().slice(0, 10);
          return counted({ file: `${index}-${file}`, digest: counted({ ...digest, date: day, steps: digest.steps.map(counted) }) });
        });
      const readsFor = (count: number) => {
        const notes = manyNotes(count);
        reads = 0;
        const history = clientHistory(notes, 'Harbor & Pine Studio', TODAY, HISTORY_SIGNALS);
        assert.equal(history?.conversations.total, count);
        return reads;
      };
      const [twoHundred, eightHundred] = [readsFor(200), readsFor(800)];
      // Four times the notes: four times the reads when linear, a little more for sorting them, sixteen times when quadratic.
      assert.ok(eightHundred / twoHundred < 5, `${twoHundred} reads for 200 notes, ${eightHundred} for 800`);
      const history = clientHistory(manyNotes(200), 'Harbor & Pine Studio', TODAY, HISTORY_SIGNALS);
      assert.equal(history?.boundaries.find((boundary) => boundary.text === 'Changes after sign-off are quoted separately')?.times, 100);
    });
  });
});
