import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor, waitForRule, clientNotesDiagnostics, ruleOf, writeNote, NOTE_WITHOUT_BOUNDARIES } from './helpers';

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
    const running = vscode.commands.executeCommand<boolean>('clientNotes.insertSection');
    // The first item is the first missing section in canonical order: Preparation.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await running, true);
    assert.deepEqual(headings(editor.document.getText()), ['## Preparation', '## Facts', '## Agreed next steps']);
  });
});
