import * as assert from 'node:assert/strict';
import { digestedNote } from '../../support';
import { clientOverview, clientsOverview } from '../../../../src/core/digest/clients';

const TODAY = '2026-11-23';

describe('clients', () => {
  describe('digest of agreements and boundaries', () => {
    it('reads the frontmatter lists and the sections’ items, without what is private or still a prompt', () => {
      const { digest } = digestedNote(
        'a.md',
        'Acme Ltd',
        '2026-11-01',
        'agreements:\n  - Phase 2 starts in January\nboundaries: [No weekend work]\nprivate:\n  walk_away: 9000\n',
        '## Agreements\n\n- Phase 2 starts in January\n- Two revision rounds <!-- they pushed for three -->\n- {{What we agreed}}\n\n### Private\n\n- I would accept four\n\n## Boundaries\n\n- Replies within two working days.\n\n## Private notes\n\n- Never below 8000\n',
      );
      assert.deepEqual(digest.agreements, ['Phase 2 starts in January', 'Two revision rounds']);
      assert.deepEqual(digest.boundaries, ['No weekend work', 'Replies within two working days.']);
    });
  });

  describe('clientsOverview', () => {
    const notes = [
      digestedNote('acme/old.md', 'Acme Ltd', '2026-10-01', 'follow_up:\n  sent: 2026-10-02\nagreements: [Old deal]\n', '## Agreed next steps\n\n- [ ] Old promise (owner: me, due: 2026-10-10)\n'),
      digestedNote(
        'acme/new.md',
        'acme ltd',
        '2026-11-20',
        'agreements: [New deal]\nboundaries: [Fixed price only]\n',
        '## Agreed next steps\n\n- [ ] Send the quote (owner: me, due: 2026-11-25)\n- [ ] Approve the sitemap (owner: client, due: 2026-11-21)\n- [ ] Someone should call (due: 2026-12-01)\n- [x] Done already (owner: me)\n',
      ),
      digestedNote('globex/one.md', 'Globex', '2026-11-15', 'follow_up:\n  sent: true\n', '## Agreed next steps\n\n- [ ] Pay invoice 42 (owner: client)\n'),
      digestedNote('nobody.md', '', '2026-11-15', '', ''),
    ];

    it('lists each client once, whatever the case, alphabetically, with the most recent spelling and notes newest first', () => {
      const overview = clientsOverview(notes, TODAY);
      assert.deepEqual(
        overview.map((client) => [client.client, client.notes.map((note) => note.file)]),
        [
          ['acme ltd', ['acme/new.md', 'acme/old.md']],
          ['Globex', ['globex/one.md']],
        ],
      );
    });

    it('sorts what is open into my side, theirs and nobody’s, overdue first, with the unsent recaps', () => {
      const acme = clientOverview(notes, 'ACME LTD', TODAY)!;
      const whats = (steps: Array<{ what: string }>) => steps.map((step) => step.what);
      assert.deepEqual(whats(acme.mine), ['Old promise', 'Send the quote']);
      assert.equal(acme.mine[0].overdue, true);
      assert.deepEqual(whats(acme.theirs), ['Approve the sitemap']);
      assert.deepEqual(whats(acme.unowned), ['Someone should call']);
      assert.deepEqual(
        acme.unsentRecaps.map((recap) => [recap.file, recap.deadline]),
        [['acme/new.md', '2026-11-22']],
      );
      assert.equal(clientOverview(notes, 'Initech', TODAY), undefined);
    });

    it('owes no recap for a meeting still to come: a note prepared for next week is not an unsent recap', () => {
      const prepared = [...notes, digestedNote('acme/next-week.md', 'Acme Ltd', '2026-11-30', '', '## Preparation\n\n- Bring the plan\n')];
      assert.deepEqual(
        clientOverview(prepared, 'Acme Ltd', TODAY)!.unsentRecaps.map((recap) => recap.file),
        ['acme/new.md'],
      );
      assert.deepEqual(
        clientOverview(prepared, 'Acme Ltd', '2026-11-30')!.unsentRecaps.map((recap) => recap.file),
        ['acme/new.md', 'acme/next-week.md'],
        'due from the day it is held',
      );
    });

    it('takes the agreements and boundaries of the latest conversations, newest first, each with its note', () => {
      const acme = clientOverview(notes, 'Acme Ltd', TODAY)!;
      assert.deepEqual(
        acme.agreements.map((said) => [said.text, said.date, said.file]),
        [
          ['New deal', '2026-11-20', 'acme/new.md'],
          ['Old deal', '2026-10-01', 'acme/old.md'],
        ],
      );
      assert.deepEqual(
        acme.boundaries.map((said) => said.text),
        ['Fixed price only'],
      );
    });
  });
});
