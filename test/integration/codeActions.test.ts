import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientNotesDiagnostics, closeAllEditors, extensionApi, openFixture, ruleOf, waitFor, waitForRule, writeNote } from './helpers';

const NOTE = `---
type: client-conversation
client: Acme Ltd
date: 2026-11-20
channel: video-call
scenario: mised-deadline
topic: Launch moves
follow_up:
  sent: 2026-11-20
---

# Launch moves

## Facts

The staging review found two blocking bugs on 18 November.

## Agreed next steps

- Send the revised timeline (owner: me, due: 2099-01-10)
`;

const api = extensionApi;

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('quick fixes', () => {
  afterEach(closeAllEditors);

  it('inserts a missing section in canonical order, and the finding goes', async () => {
    const uri = await writeNote('notes/acme/quick-fix.md', NOTE);
    const editor = await openFixture('notes/acme/quick-fix.md');
    const diagnostic = await waitForRule(uri, 'required-sections');
    // The first request can come before the extension's provider answers for the note.
    const actions = await waitFor(async () => {
      const offered = await codeActionsAt(uri, diagnostic.range);
      return offered.some((action) => action.title === 'Insert section "Boundaries"') ? offered : undefined;
    }, 'the quick fix that inserts Boundaries');
    const insert = actions.find((action) => action.title === 'Insert section "Boundaries"');
    assert.ok(insert?.edit, `actions: ${actions.map((action) => action.title).join(', ')}`);
    assert.equal(insert.isPreferred, true);
    const docs = actions.find((action) => action.title === 'Show documentation for required-sections');
    // The page opens locked beside the note, from the extension's own copy: offline too.
    assert.equal(docs?.command?.command, 'markdown.showLockedPreviewToSide');
    await vscode.workspace.fs.stat(docs.command.arguments?.[0] as vscode.Uri);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    const text = editor.document.getText();
    assert.ok(text.indexOf('## Facts') < text.indexOf('## Boundaries'));
    assert.ok(text.indexOf('## Boundaries') < text.indexOf('## Agreed next steps'));
    await waitFor(() => !clientNotesDiagnostics(uri).some((candidate) => ruleOf(candidate) === 'required-sections'), 'the finding to go');
  });

  it('gives a German note its missing section under its German name with a German prompt, from the quick fix and from Insert Section', async () => {
    const german = NOTE.replace('client: Acme Ltd\n', 'lang: de\nclient: Acme Ltd\n')
      .replace('## Facts\n\nThe staging review found two blocking bugs on 18 November.', '## Fakten\n\nBei der Abnahme am 18. November fielen zwei blockierende Fehler auf.')
      .replace('## Agreed next steps\n\n- Send the revised timeline (owner: me, due: 2099-01-10)', '## Nächste Schritte\n\n- Neuen Zeitplan schicken (Verantwortlich: ich, bis 10.01.2099)');
    const uri = await writeNote('notes/acme/quick-fix-de.md', german);
    const editor = await openFixture('notes/acme/quick-fix-de.md');
    const diagnostic = await waitForRule(uri, 'required-sections');
    assert.equal(diagnostic.message, 'Missing section "Grenzen" (or "Meine Grenzen", "Was ich leisten kann und was nicht", …).');
    // The first request can come before the extension's provider answers for the note.
    const insert = await waitFor(
      async () => (await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).find((action) => action.title === 'Insert section "Grenzen"' && action.edit),
      'the quick fix that inserts Grenzen',
    );
    assert.ok(insert.edit);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    assert.match(editor.document.getText(), /\n## Grenzen\n\n<!-- Was Sie tun können und was nicht -->\n\n## Nächste Schritte\n/u);
    await waitFor(() => !clientNotesDiagnostics(uri).some((candidate) => ruleOf(candidate) === 'required-sections'), 'the finding to go');

    assert.equal(await vscode.commands.executeCommand<boolean>('clientNotes.insertSection', { section: 'Private notes' }), true);
    assert.match(editor.document.getText(), /\n## Private Notizen\n\n\{\{Nur für Sie\}\}\n$/u);
    assert.equal(editor.document.getText(editor.selection), '{{Nur für Sie}}', 'the prompt is selected, ready to type over');
  });

  it('removes the prompts a section was left with after the conversation, keeping what was written beside them', async () => {
    const text = NOTE.replace('The staging review found two blocking bugs on 18 November.', '- {{What happened}}\n- The staging review found two blocking bugs on 18 November.');
    const uri = await writeNote('notes/acme/prompts-left.md', text);
    const editor = await openFixture('notes/acme/prompts-left.md');
    const diagnostic = await waitForRule(uri, 'unfilled-placeholder');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const remove = (await codeActionsAt(uri, diagnostic.range)).find((action) => action.title === 'Remove the unfilled prompt {{What happened}}');
    assert.ok(remove?.edit);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.match(editor.document.getText(), /## Facts\n\n- The staging review found two blocking bugs on 18 November\.\n/);
    await waitFor(() => !clientNotesDiagnostics(uri).some((candidate) => ruleOf(candidate) === 'unfilled-placeholder'), 'the finding to go');
  });

  it('Remove Unfilled Prompts clears the whole body in one undoable edit, the frontmatter left to fill', async () => {
    const text = NOTE.replace('topic: Launch moves', 'topic: "{{Topic}}"')
      .replace('The staging review found two blocking bugs on 18 November.', '{{What happened}}\nThe staging review found two blocking bugs.')
      .replace('- Send the revised timeline (owner: me, due: 2099-01-10)', '- Send the revised timeline (owner: me, due: {{YYYY-MM-DD}})\n- [ ] {{What}} (owner: {{Who}})');
    const uri = await writeNote('notes/acme/prompts-command.md', text);
    const editor = await openFixture('notes/acme/prompts-command.md');
    const removed = await vscode.commands.executeCommand<number>('clientNotes.removeUnfilledPrompts', { uri, confirmed: true });
    assert.equal(removed, 4);
    const after = editor.document.getText();
    assert.match(after, /^topic: "\{\{Topic\}\}"$/m, 'the frontmatter is filled, not emptied');
    assert.match(after, /## Facts\n\nThe staging review found two blocking bugs\.\n/);
    assert.match(after, /- Send the revised timeline \(owner: me\)\n$/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text, 'one undo brings every prompt back');
  });

  it('offers to rename the file after its day when the date of the conversation changes', async () => {
    const uri = await writeNote('notes/acme/2026-11-20-moved-meeting.md', NOTE);
    const editor = await openFixture('notes/acme/2026-11-20-moved-meeting.md');
    const dateLine = editor.document.getText().split('\n').indexOf('date: 2026-11-20');
    const onDate = new vscode.Range(dateLine, 8, dateLine, 8);
    assert.deepEqual((await codeActionsAt(uri, onDate)).filter((action) => /^Rename the file/.test(action.title)), [], 'nothing to offer while name and date agree');
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(dateLine, 6, dateLine, 16), '2026-11-27')), 'date changed');
    const rename = (await codeActionsAt(uri, onDate)).find((action) => action.title === 'Rename the file to 2026-11-27-moved-meeting.md');
    assert.ok(rename?.edit, 'offered on the date line');
    assert.equal((await codeActionsAt(uri, new vscode.Range(0, 0, 0, 0))).find((action) => /^Rename the file/.test(action.title)), undefined, 'only there');
    assert.ok(await vscode.workspace.applyEdit(rename.edit), 'renamed');
    const renamed = vscode.Uri.joinPath(uri, '..', '2026-11-27-moved-meeting.md');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === renamed.toString(), 'the renamed note in the editor');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /^date: 2026-11-27$/m, 'the edit in progress kept');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'the old name is gone');
  });

  it('offers "did you mean" for a mistyped scenario', async () => {
    const uri = await writeNote('notes/acme/typo.md', NOTE);
    const editor = await openFixture('notes/acme/typo.md');
    const diagnostic = await waitForRule(uri, 'frontmatter-schema');
    const fix = (await codeActionsAt(uri, diagnostic.range)).find((action) => action.title === 'Change to "missed-deadline"');
    assert.ok(fix?.edit);
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.lineAt(5).text, /^scenario: missed-deadline$/);
  });

  it('Fix All applies every safe fix in one undoable edit', async () => {
    const uri = await writeNote('notes/acme/fix-all.md', NOTE);
    const editor = await openFixture('notes/acme/fix-all.md');
    await waitForRule(uri, 'required-sections');
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('clientNotes.fixAll'), true);
    const after = editor.document.getText();
    assert.match(after, /scenario: missed-deadline/);
    assert.match(after, /## Boundaries/);
    await waitFor(
      () => !clientNotesDiagnostics(uri).some((candidate) => ['required-sections', 'frontmatter-schema'].includes(ruleOf(candidate) ?? '')),
      'the fixed findings to go',
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('Fix All says what it fixed and what is left, and never leaves more findings than it found', async () => {
    const uri = await writeNote('notes/acme/fix-all-report.md', NOTE.replace('- Send the revised timeline (owner: me, due: 2099-01-10)', '- Send the revised timeline (owner: me, due: 2099-01-10)\n- Confirm the launch date'));
    await openFixture('notes/acme/fix-all-report.md');
    const found = (await waitForRule(uri, 'required-sections'), await waitFor(() => clientNotesDiagnostics(uri).length >= 3 && clientNotesDiagnostics(uri), 'the findings'));
    const told = (await api()).notices().length;
    assert.equal(await vscode.commands.executeCommand('clientNotes.fixAll'), true);
    const notice = await waitFor(async () => (await api()).notices()[told]?.message, 'the notice');
    const [, fixed, of, left] = /^Client Notes: fixed (\d+) of (\d+) findings; (\d+) need you \(see Problems\)\.$/.exec(notice) ?? [];
    assert.ok(fixed, notice);
    assert.equal(Number(of), found.length);
    assert.equal(Number(fixed) + Number(left), found.length);
    await waitFor(() => clientNotesDiagnostics(uri).length === Number(left) && !clientNotesDiagnostics(uri).some((candidate) => ruleOf(candidate) === 'required-sections'), `${left} findings left`);
  });

  it('Fix All while the user types: every keystroke kept, the fixes made for the text they land on', async () => {
    const uri = await writeNote('notes/acme/fix-all-typing.md', NOTE);
    const editor = await openFixture('notes/acme/fix-all-typing.md');
    await waitForRule(uri, 'required-sections');
    // Typing goes above the places the fixes change, so that a fix made for an older
    // text would land in the wrong place.
    const below = (heading: string) => new vscode.Position(editor.document.getText().split('\n').indexOf(heading) + 1, 0);
    const typed: string[] = [];
    const fixing = vscode.commands.executeCommand<boolean>('clientNotes.fixAll');
    for (let line = 1; line <= 5; line++) {
      // The first line goes at once, while Fix All lints; then a line every 100 ms, a
      // fast typist's pace, which leaves Fix All the moments it needs to land.
      if (line > 1) await new Promise((resolve) => setTimeout(resolve, 100));
      const text = `Typed line ${line}.\n`;
      if (await editor.edit((builder) => builder.insert(below('# Launch moves'), text))) typed.unshift(text);
    }
    assert.equal(await fixing, true);

    const reference = await writeNote('notes/acme/fix-all-reference.md', NOTE);
    assert.equal(await vscode.commands.executeCommand('clientNotes.fixAll', { uri: reference }), true);
    const fixedAlone = (await vscode.workspace.openTextDocument(reference)).getText();
    assert.ok(typed.length > 0);
    assert.equal(editor.document.getText(), fixedAlone.replace('# Launch moves\n', `# Launch moves\n${typed.join('')}`));
  });

  it('offers source.fixAll.clientNotes for fix-on-save', async () => {
    const uri = await writeNote('notes/acme/source-fix-all.md', NOTE);
    await openFixture('notes/acme/source-fix-all.md');
    await waitForRule(uri, 'required-sections');
    const actions = await codeActionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clientNotes');
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind?.value, 'source.fixAll.clientNotes');
  });
});
