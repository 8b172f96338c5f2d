// Runs in the display language the launcher set: English in the usual runs, German under
// `node scripts/vscode-offline/run-tests.mjs --locale de` (which runs this suite alone).
// Desktop only: the launcher tells the expected language through the environment.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, extensionId, openFixture, waitFor, waitForRule, writeNote, NOTE_WITHOUT_BOUNDARIES } from './helpers';

const EXPECTED_LANGUAGE = process.env.CLIENT_NOTES_EXPECTED_LANGUAGE ?? 'en';
/** What the editor should show in each language the runs use. */
const SHOWN: Record<
  string,
  { documentation: string; newNoteTitle: string; overdue: string; late: RegExp; invoiceDispute: string; dateKey: RegExp; linted: RegExp; duplicateKey: string; missingGrenzen: string; blame: string; noRecap: string }
> = {
  en: {
    documentation: 'Show documentation for required-sections',
    newNoteTitle: 'New Conversation Note',
    overdue: 'Overdue',
    late: /\d+ days late/,
    invoiceDispute: 'Invoice dispute',
    dateKey: /The day of the conversation/,
    linted: /^Client Notes: linted \d+ notes: (\d+ (errors?|warnings?|infos?)(, | and )?)+ in \d+ notes?\.$/,
    duplicateKey: 'Duplicate key "client": each key can appear only once.',
    missingGrenzen: 'Missing section "Grenzen" (or "Meine Grenzen", "Was ich leisten kann und was nicht", …).',
    blame: '"Sie haben nie" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".',
    noRecap:
      'Client Notes: no recap for this note. The note has nothing to recap yet: write list items under "Vereinbarungen", "Grenzen" or "Vereinbarte nächste Schritte", or add `agreements`, `next_steps` or `boundaries` to the frontmatter.',
  },
  de: {
    documentation: 'Dokumentation zu required-sections anzeigen',
    newNoteTitle: 'Neue Gesprächsnotiz',
    overdue: 'Überfällig',
    late: /\d+ Tage überfällig/,
    invoiceDispute: 'Streit um eine Rechnung',
    dateKey: /Der Tag des Gesprächs/,
    linted: /^Client Notes: \d+ Notizen geprüft: (\d+ (Fehler|Warnung(en)?|Hinweise?)(, | und )?)+ in \d+ Notiz(en)?\.$/,
    duplicateKey: 'Doppelter Schlüssel „client“: Jeder Schlüssel darf nur einmal vorkommen.',
    missingGrenzen: 'Der Abschnitt „Grenzen“ (oder „Meine Grenzen“, „Was ich leisten kann und was nicht“, …) fehlt.',
    blame: '„Sie haben nie“ klingt nach Schuldzuweisung. Eine Ich-Botschaft hält den Kunden im Gespräch: „Mir ist aufgefallen …“, „Ich verstehe, dass es zu einer Verzögerung kam …“.',
    noRecap:
      'Client Notes: Keine Zusammenfassung für diese Notiz. Die Notiz enthält noch nichts für eine Zusammenfassung: Schreiben Sie Listenpunkte unter „Vereinbarungen“, „Grenzen“ oder „Vereinbarte nächste Schritte“ oder ergänzen Sie `agreements`, `next_steps` oder `boundaries` im Frontmatter.',
  },
  fr: {
    documentation: 'Afficher la documentation de required-sections',
    newNoteTitle: 'Nouvelle note de conversation',
    overdue: 'En retard',
    late: /\d+ jours de retard/,
    invoiceDispute: 'Litige sur une facture',
    dateKey: /Le jour de la conversation/,
    linted: /^Client Notes : vérification de \d+ notes : (\d+ (erreurs?|avertissements?|informations?)(, | et )?)+ dans \d+ notes?\.$/,
    duplicateKey: 'Clé « client » en double : chaque clé ne peut apparaître qu’une fois.',
    missingGrenzen: 'Il manque la section « Grenzen » (ou « Meine Grenzen », « Was ich leisten kann und was nicht », …).',
    blame: '« Sie haben nie » sonne comme un reproche. Un message en « je » garde le client à l’écoute : « J’ai remarqué… », « Je comprends qu’il y a eu un retard… ».',
    noRecap:
      'Client Notes : pas de récapitulatif pour cette note. La note n’a encore rien à récapituler : écrivez des éléments de liste sous « Vereinbarungen », « Grenzen » ou « Vereinbarte nächste Schritte », ou ajoutez `agreements`, `next_steps` ou `boundaries` au frontmatter.',
  },
};

describe('localization', () => {
  afterEach(closeAllEditors);

  it('runs in the display language the launcher asked for', () => {
    assert.equal(vscode.env.language, EXPECTED_LANGUAGE);
  });

  it('shows a quick fix and a command title in that language', async () => {
    const expected = SHOWN[EXPECTED_LANGUAGE];
    const uri = await writeNote('notes/acme/localized.md', NOTE_WITHOUT_BOUNDARIES);
    await openFixture('notes/acme/localized.md');
    const diagnostic = await waitForRule(uri, 'required-sections');
    const titles = async () => ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? []).map((action) => action.title);
    // The first request can come before the extension's provider answers for the note.
    await waitFor(async () => (await titles()).includes(expected.documentation), `"${expected.documentation}" among the quick fixes`).catch(async (error: Error) => {
      throw new Error(`${error.message}; offered: ${(await titles()).join(', ')}`);
    });
    // VS Code hands out a translated manifest string as { value, original }.
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { commands: Array<{ command: string; title: string | { value: string } }> } };
    const title = manifest.contributes.commands.find((command) => command.command === 'clientNotes.newNote')?.title;
    assert.equal(typeof title === 'string' ? title : title?.value, expected.newNoteTitle);
  });

  it('groups the Next Steps view and says how late a step is in that language', async () => {
    const expected = SHOWN[EXPECTED_LANGUAGE];
    await writeNote('notes/localized-co/late.md', '---\ntype: client-conversation\nclient: Localized Co\ndate: 2026-01-05\nfollow_up:\n  sent: true\n---\n# Late\n\n## Agreed next steps\n\n- [ ] Send the localized plan (owner: me, due: 2026-01-10)\n');
    const api = await extensionApi();
    const group = await waitFor(async () => (await api.nextStepsShown()).find((item) => item.children.some((child) => /Send the localized plan/.test(child.label))), 'the step in the view');
    assert.equal(group.label, expected.overdue);
    assert.match(group.children.find((child) => /Send the localized plan/.test(child.label))?.description ?? '', expected.late);
  });

  it("names a note's scenario and describes its keys in that language", async () => {
    const expected = SHOWN[EXPECTED_LANGUAGE];
    const uri = await writeNote('notes/vocabulary-co/dispute.md', '---\ntype: client-conversation\nclient: Vocabulary Co\ndate: 2026-01-05\nscenario: invoice-dispute\n---\n# Dispute\n');
    const api = await extensionApi();
    const client = await waitFor(async () => (await api.clientsShown()).find((item) => /Vocabulary Co/.test(item.label)), 'the client in the Clients view');
    const notes = client.children.flatMap((group) => [group, ...group.children]);
    assert.ok(notes.some((note) => note.description === expected.invoiceDispute), `"${expected.invoiceDispute}" among ${JSON.stringify(notes.map((note) => note.description))}`);
    await openFixture('notes/vocabulary-co/dispute.md');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 1))) ?? [];
    const shown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(shown, expected.dateKey);
  });

  it("shows a German note's findings in that language, the note's own section names in them", async () => {
    const expected = SHOWN[EXPECTED_LANGUAGE];
    const uri = await writeNote(
      'notes/huber/2026-12-01-seiten.md',
      '---\ntype: client-conversation\nclient: Bäckerei Huber\ndate: 2026-12-01\nscenario: scope-change\ntopic: Zusätzliche Seiten\nfollow_up:\n  sent: true\n---\n\n## Fakten\n\n- Sie haben nie auf meine Mails geantwortet.\n\n## Nächste Schritte\n\n- Angebot schicken (Verantwortlich: ich, bis 5.12.2026)\n',
    );
    await openFixture('notes/huber/2026-12-01-seiten.md');
    assert.equal((await waitForRule(uri, 'required-sections')).message, expected.missingGrenzen);
    assert.equal((await waitForRule(uri, 'accusatory-language')).message, expected.blame);
  });

  it('words a YAML mistake in the frontmatter in that language', async () => {
    const uri = await writeNote('notes/huber/2026-12-03-doppelt.md', '---\ntype: client-conversation\nclient: Bäckerei Huber\nclient: Huber\ndate: 2026-12-03\ntopic: Doppelt\n---\n\n## Fakten\n\n- Zwei Kunden.\n');
    await openFixture('notes/huber/2026-12-03-doppelt.md');
    const finding = await waitForRule(uri, 'frontmatter-syntax');
    assert.equal(finding.message, SHOWN[EXPECTED_LANGUAGE].duplicateKey);
    assert.equal(finding.range.start.line, 3);
  });

  it("says in that language why a German note has no recap, the note's own section names in it", async () => {
    const uri = await writeNote(
      'notes/huber/2026-12-02-preise.md',
      '---\ntype: client-conversation\nlang: de\nclient: Bäckerei Huber\ncontact: Anna Huber <anna@huber.example>\ndate: 2026-12-02\ntopic: Neue Preise\n---\n\n## Fakten\n\n- Die Preise steigen im Januar.\n',
    );
    const api = await extensionApi();
    const before = api.notices().length;
    assert.equal(await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri }), undefined);
    assert.deepEqual(
      api.notices().slice(before).map((notice) => notice.message),
      [SHOWN[EXPECTED_LANGUAGE].noRecap],
    );
  });

  it('says what Lint Workspace found in that language', async () => {
    const api = await extensionApi();
    const before = api.notices().length;
    assert.ok((await vscode.commands.executeCommand<number>('clientNotes.lintWorkspace')) > 1);
    const summary = api.notices().slice(before).at(-1)?.message ?? '';
    assert.match(summary, SHOWN[EXPECTED_LANGUAGE].linted);
  });

  it('New Conversation Note offers the templates of the display language where no note language is configured', async () => {
    const asked = (await extensionApi()).newNotePrompts().length;
    const running = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Display Co', topic: `Language ${EXPECTED_LANGUAGE}`, date: '2026-12-10', contact: '' });
    await waitFor(async () => (await extensionApi()).newNotePrompts()[asked], 'the scenario prompt');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const text = vscode.window.activeTextEditor!.document.getText();
    const written = EXPECTED_LANGUAGE === 'de' || EXPECTED_LANGUAGE === 'fr' ? EXPECTED_LANGUAGE : undefined;
    if (written) assert.match(text, new RegExp(`^---\\ntype: client-conversation\\nlang: ${written}\\n`));
    else assert.doesNotMatch(text, /\nlang: /);
  });
});

