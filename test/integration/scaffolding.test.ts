import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, localDay } from '../../src/core/base/days';
import { acceptQuickPick, clientNotesDiagnostics, closeAllEditors, extensionApi, NOTE_WITHOUT_BOUNDARIES, openFixture, ruleOf, waitFor, waitForRule, workspaceUri, writeNote } from './helpers';

const NOTE = NOTE_WITHOUT_BOUNDARIES;

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## '));

describe('Insert Section', () => {
  afterEach(closeAllEditors);

  it('inserts the section named by { section } in canonical order, selects its prompt, and undoes in one step', async () => {
    const uri = await writeNote('notes/acme/insert-section.md', NOTE);
    const editor = await openFixture('notes/acme/insert-section.md');
    await waitForRule(uri, 'required-sections');

    const inserted = await vscode.commands.executeCommand<boolean>('clientNotes.insertSection', { section: 'limits' });
    assert.equal(inserted, true);
    const text = editor.document.getText();
    assert.deepEqual(headings(text), ['## Facts', '## Boundaries', '## Agreed next steps']);
    assert.equal(editor.document.getText(editor.selection), '{{What you can and cannot do}}', 'the prompt is selected, ready to type over');
    await waitFor(() => !clientNotesDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === 'required-sections'), 'the missing-section finding to go');

    assert.equal(await vscode.commands.executeCommand<boolean>('clientNotes.insertSection', { section: 'Boundaries' }), false, 'a present section is not inserted twice');
    assert.equal(editor.document.getText(), text);

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), NOTE);
  });

  it('offers the missing sections in a quick pick, in canonical order', async () => {
    await writeNote('notes/acme/insert-section-pick.md', NOTE);
    const editor = await openFixture('notes/acme/insert-section-pick.md');
    // The first item is the first missing section in canonical order: Preparation.
    assert.equal(await acceptQuickPick(vscode.commands.executeCommand<boolean>('clientNotes.insertSection')), true);
    assert.deepEqual(headings(editor.document.getText()), ['## Preparation', '## Facts', '## Agreed next steps']);
  });

  it('inserts into the note as it is when the pick is made, not as it was when the pick opened', async () => {
    await writeNote('notes/acme/insert-section-changed.md', NOTE);
    const editor = await openFixture('notes/acme/insert-section-changed.md');
    const api = await extensionApi();
    const told = api.notices().length;
    const running = vscode.commands.executeCommand<boolean>('clientNotes.insertSection');
    const shown = await waitFor(() => api.notices()[told], 'the pick of sections');
    assert.equal(shown.message, 'Insert Section');
    assert.equal(shown.actions[0], 'Preparation');
    // While the pick is open the note changes above where Preparation goes, as another
    // editor of it, a sync or a formatter can do.
    const added = 'A paragraph written while the pick was open.\n\n';
    const facts = editor.document.positionAt(editor.document.getText().indexOf('## Facts'));
    assert.ok(await editor.edit((builder) => builder.insert(facts, added)));
    assert.equal(await acceptQuickPick(running), true);

    // The same insertion into a note that held the paragraph from the start.
    const reference = await writeNote('notes/acme/insert-section-reference.md', NOTE.replace('## Facts', `${added}## Facts`));
    assert.equal(await vscode.commands.executeCommand<boolean>('clientNotes.insertSection', { uri: reference, section: 'Preparation' }), true);
    assert.equal(editor.document.getText(), (await vscode.workspace.openTextDocument(reference)).getText());
  });
});

async function newNotePrompts(): Promise<readonly string[]> {
  return (await extensionApi()).newNotePrompts();
}

/** Waits for New Conversation Note's prompt number `index` (0-based, over the run) to be up, with that title. */
async function answerPrompt(index: number, title: string): Promise<void> {
  const shown = await waitFor(async () => (await newNotePrompts())[index], `the prompt "${title}"`);
  assert.equal(shown, title);
}

const today = () => localDay(new Date());
const tomorrow = () => addDays(today(), 1);

describe('New Conversation Note', () => {
  afterEach(closeAllEditors);

  it('creates the note from its arguments, fills the template, and walks the prompts with Tab', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', {
      client: 'Zoë & Co: "Studio"',
      scenario: 'missed-deadline',
      topic: 'Launch / phase 2 moves',
      date: '2026-11-20',
      contact: 'Zoë Müller <zoe@example.com>',
    });
    assert.ok(uri instanceof vscode.Uri);
    assert.equal(vscode.workspace.asRelativePath(uri), 'notes/zoe-co-studio/2026-11-20-launch-phase-2-moves.md');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    const text = editor.document.getText();
    assert.match(text, /^---\ntype: client-conversation\nclient: 'Zoë & Co: "Studio"'\ncontact: Zoë Müller <zoe@example.com>\ndate: 2026-11-20\n/);
    assert.match(text, /\nscenario: missed-deadline\n/);
    assert.match(text, /\n# Launch \/ phase 2 moves\n/);

    const first = editor.document.getText(editor.selection);
    assert.match(first, /^\{\{.+\}\}$/, 'the first prompt is selected');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const second = editor.document.getText(editor.selection);
    assert.match(second, /^\{\{.+\}\}$/);
    assert.notEqual(editor.selection.start.line, editor.document.positionAt(text.indexOf(first)).line, 'Tab moved to the next prompt');

    await editor.document.save();
    const diagnostics = await waitFor(() => {
      const found = clientNotesDiagnostics(uri);
      return found.length > 0 && found;
    }, 'findings on the new note');
    assert.deepEqual(
      diagnostics.filter((diagnostic) => /^frontmatter-|^required-sections$/.test(ruleOf(diagnostic) ?? '')),
      [],
      'a fresh note passes its own schema and has every required section',
    );
  });

  it('never overwrites: the same note twice gets a -2 file, the first left as it was', async () => {
    const argument = { client: 'Globex', scenario: 'price-increase', topic: 'Rates for 2027', date: '2026-11-21' };
    const first = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', argument);
    await vscode.window.activeTextEditor!.document.save();
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    const second = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', argument);
    assert.equal(vscode.workspace.asRelativePath(second), 'notes/globex/2026-11-21-rates-for-2027-2.md');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), before);
    assert.match(vscode.window.activeTextEditor!.document.getText(), /\nscenario: price-increase\n/);
  });

  it('asks for what the arguments leave out: the scenario from a quick pick, then the day, today first', async () => {
    const asked = (await newNotePrompts()).length;
    const running = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Initech', topic: 'More pages' });
    await answerPrompt(asked, 'New Conversation Note (1/4): the scenario');
    // The first scenario in the list is scope-change.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await answerPrompt(asked + 1, 'New Conversation Note (4/4): the day of the conversation');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uri = await running;
    assert.equal(vscode.workspace.asRelativePath(uri), `notes/initech/${today()}-more-pages.md`);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /\nscenario: scope-change\n/);
    // Where no language is configured and the display language is English, the English template, as ever.
    assert.doesNotMatch(text, /\nlang: /);
    assert.match(text, /\n## Preparation\n/);
  });

  it('offers the templates of the configured note language; another language is one pick away', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('noteLanguage', 'de', vscode.ConfigurationTarget.Workspace);
    try {
      const asked = (await newNotePrompts()).length;
      const german = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Lingua GmbH', topic: 'Mehr Seiten', date: '2026-12-08', contact: '' });
      await answerPrompt(asked, 'New Conversation Note (1/4): the scenario');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await german;
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^---\ntype: client-conversation\nlang: de\n/);
      assert.match(text, /\nscenario: scope-change\n[\s\S]*\n## Vorbereitung\n[\s\S]*\n## Vereinbarte nächste Schritte\n/);

      // Below the templates, the other languages: English, then French, the last item.
      const french = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Lingua GmbH', topic: 'Plus de pages', date: '2026-12-08', contact: '' });
      await answerPrompt(asked + 1, 'New Conversation Note (1/4): the scenario');
      await vscode.commands.executeCommand('quickInput.last');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      // French's templates open in the pick's place.
      await answerPrompt(asked + 2, 'New Conversation Note (1/4): the scenario');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.equal(vscode.workspace.asRelativePath(await french), 'notes/lingua-gmbh/2026-12-08-plus-de-pages.md');
      const switched = vscode.window.activeTextEditor!.document.getText();
      assert.match(switched, /^---\ntype: client-conversation\nlang: fr\n/);
      assert.match(switched, /\nscenario: scope-change\n[\s\S]*\n## Préparation\n/);
    } finally {
      await settings.update('noteLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('takes the language of the notes folder\'s .clientnotesrc, and { language } over it', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('notesFolder', 'multilingual', vscode.ConfigurationTarget.Workspace);
    const config = await writeNote('multilingual/.clientnotesrc.yaml', 'language: fr-CA\n');
    try {
      const argument = { client: 'Québec Média', scenario: 'missed-deadline', date: '2026-12-09', contact: '' };
      const configured = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { ...argument, topic: 'Nouveau calendrier' });
      assert.equal(vscode.workspace.asRelativePath(configured), 'multilingual/quebec-media/2026-12-09-nouveau-calendrier.md');
      assert.match(vscode.window.activeTextEditor!.document.getText(), /^---\ntype: client-conversation\nlang: fr\n[\s\S]*\n## Faits\n/);

      await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { ...argument, topic: 'New timeline', language: 'en' });
      const english = vscode.window.activeTextEditor!.document.getText();
      assert.doesNotMatch(english, /\nlang: /);
      assert.match(english, /\n## Facts\n/);
    } finally {
      await vscode.workspace.fs.delete(config);
      await settings.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('dates and names a note for a coming meeting by the day picked', async () => {
    const asked = (await newNotePrompts()).length;
    const running = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Globex', scenario: 'scope-change', topic: 'Next phase' });
    await answerPrompt(asked, 'New Conversation Note (4/4): the day of the conversation');
    // Today, then tomorrow.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uri = await running;
    assert.equal(vscode.workspace.asRelativePath(uri), `notes/globex/${tomorrow()}-next-phase.md`);
    assert.match(vscode.window.activeTextEditor!.document.getText(), new RegExp(`\\ndate: ${tomorrow()}\\n`));
  });

  it('asks a new client for the contact the recap greets: left empty, the note says it is still to fill; Escape creates nothing', async () => {
    const asked = (await newNotePrompts()).length;
    const argument = { client: 'Umbrella Studio', scenario: 'scope-change', topic: 'Kickoff', date: '2026-12-07' };
    const cancelled = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', argument);
    await answerPrompt(asked, 'New Conversation Note: who at Umbrella Studio reads the recap (optional)');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await cancelled, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri('notes/umbrella-studio/2026-12-07-kickoff.md'))));

    const skipped = vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', argument);
    await answerPrompt(asked + 1, 'New Conversation Note: who at Umbrella Studio reads the recap (optional)');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uri = await skipped;
    assert.equal(vscode.workspace.asRelativePath(uri), 'notes/umbrella-studio/2026-12-07-kickoff.md');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /\ncontact: "?\{\{.+\}\}"?\n/);
  });

  it('refuses an unknown scenario and creates nothing', async () => {
    const uri = await vscode.commands.executeCommand('clientNotes.newNote', { client: 'Acme', scenario: 'mised-deadline', topic: 'X' });
    assert.equal(uri, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri(`notes/acme/${today()}-x.md`))));
  });
});

describe('snippets', () => {
  afterEach(closeAllEditors);

  it('offers cn- snippets in Markdown; cn-step inserts a next step with today as its due date', async () => {
    await writeNote('notes/acme/snippet.md', '---\ntype: client-conversation\n---\n\ncn-st');
    const editor = await openFixture('notes/acme/snippet.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('cn-step'), `completions: ${labels.filter((label) => label.startsWith('cn')).join(', ')}`);

    await editor.edit((builder) => builder.delete(editor.document.lineAt(editor.document.lineCount - 1).range));
    const lastLine = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(lastLine, lastLine);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Next step' });
    assert.equal(editor.document.lineAt(editor.document.lineCount - 1).text, `- {{What}} (owner: me, due: ${today()})`);
    assert.equal(editor.document.getText(editor.selection), '{{What}}');
  });

  it('offers the cn-de- snippets as cn- is typed in a German note, and they insert German', async () => {
    await writeNote('notes/acme/snippet-de.md', '---\ntype: client-conversation\nlang: de\n---\n\ncn-');
    const editor = await openFixture('notes/acme/snippet-de.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const offered = async () => {
      const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end, '-');
      return completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).filter((label) => label.startsWith('cn-'));
    };
    const labels = await waitFor(async () => {
      const found = await offered();
      return found.length > 0 && found;
    }, 'cn- completions');
    assert.ok(labels.includes('cn-de-step') && labels.includes('cn-de-facts'), `completions: ${labels.join(', ')}`);
    assert.ok(labels.includes('cn-de-i') && labels.includes('cn-de-empathy') && labels.includes('cn-de-missed-deadline'), `the phrasing ones too: ${labels.join(', ')}`);
    assert.ok(!labels.includes('cn-step') && !labels.includes('cn-fr-step'), `only the note's language: ${labels.join(', ')}`);

    await editor.edit((builder) => builder.delete(editor.document.lineAt(editor.document.lineCount - 1).range));
    const lastLine = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(lastLine, lastLine);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Next step (Deutsch)' });
    assert.equal(editor.document.lineAt(editor.document.lineCount - 1).text, `- {{Was}} (Verantwortlich: ich, fällig: ${today()})`);

    // The phrasing snippets speak German too: an empathy line, on a line of its own.
    await vscode.commands.executeCommand('leaveSnippet');
    await editor.edit((builder) => builder.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n\n'));
    const afterStep = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(afterStep, afterStep);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Empathy line (Deutsch)' });
    assert.equal(editor.document.lineAt(editor.document.lineCount - 1).text, 'Ich verstehe, {{was das für Sie bedeutet}}, und ich möchte gemeinsam mit Ihnen eine Lösung finden.');
  });
});
