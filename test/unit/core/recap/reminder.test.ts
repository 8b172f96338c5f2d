import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFixtures, runCliInProcess, ScratchFolders } from '../../cliRunner';

const folder = join(cliFixtures, 'history');
const TODAY = '2026-12-04';

describe('client-notes reminder', function () {
  this.timeout(30000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  it("text: the client's overdue step with its date and the day of the conversation, a polite ask, the signature", async () => {
    const run = await runCliInProcess(['reminder', '2026-10-05-invoice.md'], folder, TODAY);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.equal(
      run.stdout,
      [
        'Subject: Following up: Invoice 112 (5 October 2026)',
        '',
        'Hi Mara,',
        '',
        'When we spoke on Monday 5 October 2026, we agreed on the following:',
        '',
        '• Pay invoice 112, by Thursday 15 October 2026',
        '',
        'Could you let me know where this stands, and a new date that works for you?',
        '',
        'Best regards,',
        '',
      ].join('\n'),
    );
  });

  it('eml and mailto: addressed to the contact, the step in the body; markdown: the subject as its title', async () => {
    const eml = await runCliInProcess(['reminder', '2026-10-05-invoice.md', '--format', 'eml'], folder, TODAY);
    assert.equal(eml.code, 0, eml.stderr);
    assert.match(eml.stdout, /^To: Mara Quinn <mara@harborpine\.example>\r?$/m);
    assert.match(eml.stdout, /^Subject: Following up: Invoice 112 \(5 October 2026\)\r?$/m);
    assert.match(eml.stdout, /Pay invoice 112, by Thursday 15 October 2026/);
    const mailto = await runCliInProcess(['reminder', '2026-10-05-invoice.md', '--format', 'mailto'], folder, TODAY);
    assert.match(mailto.stdout, /^mailto:mara@harborpine\.example\?subject=Following%20up%3A%20Invoice%20112/);
    const markdown = await runCliInProcess(['reminder', '2026-10-05-invoice.md', '--format', 'markdown'], folder, TODAY);
    assert.match(markdown.stdout, /^# Following up: Invoice 112 \(5 October 2026\)\n\nHi Mara,\n/);
    assert.match(markdown.stdout, /\n- Pay invoice 112, by Thursday 15 October 2026\n/);
  });

  it("exits 2 with one line when no step of the client's is overdue: open, mine, or done", async () => {
    for (const note of ['2026-12-01-deadline.md', '2026-06-15-scope.md']) {
      const run = await runCliInProcess(['reminder', note], folder, TODAY);
      assert.deepEqual({ code: run.code, stdout: run.stdout, stderr: run.stderr }, { code: 2, stdout: '', stderr: `client-notes: No step of the client's in ${note} is overdue: nothing to remind of.\n` });
    }
    const none = await runCliInProcess(['reminder'], folder, TODAY);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^client-notes: Missing the note to remind of\./);
  });

  it('holds nothing private: not a step under a private heading, not a comment in a step, not my own overdue step', async () => {
    const copy = scratch.create();
    writeFileSync(
      join(copy, 'note.md'),
      [
        '---',
        'type: client-conversation',
        'client: Acme Ltd',
        'contact: Jane Doe <jane@acme.example>',
        'date: 2026-11-10',
        'topic: Launch',
        'private:',
        '  mood: They always pay late',
        '---',
        '',
        '## Agreed next steps',
        '',
        '- [ ] Send the copy <!-- they never do --> (owner: client, due: 2026-11-20)',
        '- [ ] Send the invoice (owner: me, due: 2026-11-15)',
        '',
        '## Private notes',
        '',
        '- [ ] Chase the secret deposit (owner: client, due: 2026-11-12)',
        '',
      ].join('\n'),
    );
    for (const format of ['text', 'markdown', 'eml', 'mailto']) {
      const run = await runCliInProcess(['reminder', 'note.md', '--format', format], copy, TODAY);
      assert.equal(run.code, 0, run.stderr);
      const read = format === 'mailto' ? decodeURIComponent(run.stdout) : run.stdout;
      assert.match(read, /Send the copy, by Friday 20 November 2026/);
      for (const words of ['they never do', 'always pay late', 'secret deposit', 'Send the invoice']) assert.ok(!read.includes(words), `${format}: "${words}"`);
    }
  });

  it('is checked before sending: a finding in a step it quotes goes to stderr, one elsewhere in the note does not', async () => {
    const copy = scratch.create();
    writeFileSync(
      join(copy, 'note.md'),
      '---\ntype: client-conversation\nclient: Acme Ltd\ncontact: Jane Doe <jane@acme.example>\ndate: 2026-11-10\ntopic: Launch\nagreements: [You failed to tell us the deadline]\n---\n\n## Agreed next steps\n\n- [ ] Send the copy you always forget (owner: client, due: 2026-11-20)\n',
    );
    const run = await runCliInProcess(['reminder', 'note.md'], copy, TODAY);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /^note\.md:12:\d+: accusatory-language: /);
    const german = await runCliInProcess(['reminder', 'note.md', '--locale', 'de'], copy, TODAY);
    assert.match(german.stderr, /^note\.md:12:\d+: accusatory-language: „you always“ klingt nach Schuldzuweisung\./u);
  });

  it('says why there is no reminder in the reader’s language: --locale, else CLIENT_NOTES_LOCALE', async () => {
    const copy = scratch.create();
    writeFileSync(join(copy, 'note.md'), '---\ntype: client-conversation\nclient: Acme Ltd\ncontact: Jane Doe <jane@acme.example>\ndate: 2026-11-10\n---\n\n## Agreed next steps\n\n- [ ] Send the copy (owner: client, due: 2026-11-20)\n');
    const french = await runCliInProcess(['reminder', 'note.md', '--locale', 'fr-CA'], copy, TODAY);
    assert.deepEqual(
      { code: french.code, stderr: french.stderr },
      { code: 2, stderr: 'client-notes: No reminder for note.md:\nclient-notes:   La note n’a pas de sujet : ajoutez `topic: …` au frontmatter ; il devient l’objet du récapitulatif.\n' },
    );
    const german = await runCliInProcess(['reminder', 'note.md'], copy, TODAY, { env: { CLIENT_NOTES_LOCALE: 'de_DE.UTF-8' } });
    assert.match(german.stderr, /Die Notiz hat kein Thema: Ergänzen Sie `topic: …` im Frontmatter/u);
  });

  it('is written in the note’s language, as the recap is, whatever the reader’s: German, French, with their dates', async () => {
    const copy = scratch.create();
    const note = (lang: string, heading: string, step: string) =>
      `---\ntype: client-conversation\nlang: ${lang}\nclient: Acme\ncontact: Jana Roth <jana@acme.example>\ndate: 2026-11-10\ntopic: Relaunch\n---\n\n## ${heading}\n\n- [ ] ${step}\n`;
    writeFileSync(join(copy, 'de.md'), note('de', 'Nächste Schritte', 'Texte liefern (Verantwortlich: Kunde, bis 20.11.2026)'));
    writeFileSync(join(copy, 'fr.md'), note('fr', 'Prochaines étapes', 'Envoyer les textes (responsable : client, échéance : 20/11/2026)'));
    const german = await runCliInProcess(['reminder', 'de.md', '--locale', 'fr'], copy, TODAY);
    assert.equal(german.stderr, '');
    assert.equal(
      german.stdout,
      [
        'Subject: Nachfrage: Relaunch (10. November 2026)',
        '',
        'Hallo Jana,',
        '',
        'in unserem Gespräch am Dienstag, 10. November 2026 hatten wir Folgendes vereinbart:',
        '',
        '• Texte liefern (bis Freitag, 20. November 2026)',
        '',
        'Könnten Sie mir kurz sagen, wie der Stand ist, und mir einen neuen Termin nennen, der Ihnen passt?',
        '',
        'Viele Grüße',
        '',
      ].join('\n'),
    );
    const french = await runCliInProcess(['reminder', 'fr.md', '--format', 'markdown'], copy, TODAY);
    assert.equal(french.stderr, '');
    assert.equal(
      french.stdout,
      [
        '# Relance : Relaunch (10 novembre 2026)',
        '',
        'Bonjour Jana,',
        '',
        'Lors de notre échange du mardi 10 novembre 2026, nous étions convenus de ce qui suit :',
        '',
        '- Envoyer les textes, pour le vendredi 20 novembre 2026',
        '',
        'Pourriez-vous me dire où vous en êtes, et me proposer une nouvelle date qui vous convienne ?',
        '',
        'Bien cordialement,',
        '',
      ].join('\n'),
    );
  });
});
