import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mailtoTarget, RECAP_SCHEME } from '../../src/vscode/commands/generateFollowUp';
import { closeAllEditors, extensionId, openFixture, waitFor, writeNote } from './helpers';

const NOTE = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
channel: video-call          # in-person | video-call | phone | email | chat
scenario: missed-deadline
topic: Launch of the new booking site moves
agreements:
  - The launch moves to 5 December.
next_steps:
  - what: Send the revised timeline
    owner: me
    due: 2026-11-21
boundaries:
  - Pages beyond the agreed twelve are quoted separately.
follow_up:
  due: 2026-11-21
  sent: false                # or the date it was sent
private:                     # never leaves the note
  mood: SECRET-MOOD frustrated but constructive
---

# Launch of the new booking site moves

## Preparation

SECRET-PREPARATION What I want out of this.

## Facts

The staging review found two blocking bugs on 18 November.

### Private notes

SECRET-NESTED Jane hinted at a budget freeze.

## Client's view

SECRET-PERSPECTIVE They promised the launch to their board.
`;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function recapEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.scheme === RECAP_SCHEME);
}

describe('follow-up summary commands', () => {
  afterEach(async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.signature', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.includeSections', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('privateSections', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.from', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.myName', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.tone', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('generateFollowUp returns the Markdown recap and opens it beside the note, nothing private in it', async () => {
    const uri = await writeNote('notes/acme/recap.md', NOTE);
    const note = await openFixture('notes/acme/recap.md');
    const text = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    assert.ok(text, 'the command returned nothing');
    assert.match(text, /^# Follow-up: Launch of the new booking site moves \(20 November 2026\)\n/);
    assert.match(text, /^Hi Jane,$/m);
    assert.match(text, /^## What I will do\n\n- Send the revised timeline by Saturday 21 November 2026$/m);
    assert.doesNotMatch(text, /SECRET/);
    const recap = await waitFor(recapEditor, 'the recap editor');
    assert.equal(recap.document.getText(), text);
    assert.equal(recap.document.languageId, 'markdown');
    assert.notEqual(recap.viewColumn, note.viewColumn, 'the recap opens beside the note');
  });

  it('returns each format on request, with the settings applied', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.signature', 'Sam Lee\nSam Lee Design', vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.includeSections', ['Facts', 'Preparation'], vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-formats.md', NOTE);
    const plain = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    assert.match(plain, /^Subject: Follow-up: Launch of the new booking site moves \(20 November 2026\)\n/);
    assert.match(plain, /^Facts:\nThe staging review found two blocking bugs on 18 November\.$/m);
    assert.match(plain, /\n\nBest regards,\nSam Lee\nSam Lee Design\n$/);
    assert.doesNotMatch(plain, /SECRET|\*\*|^#/m);
    const eml = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'eml' });
    assert.match(eml, /^To: Jane Doe <jane@acme\.example>\r$/m);
    assert.match(eml, /^MIME-Version: 1\.0\r$/m);
    assert.doesNotMatch(eml, /SECRET/);
    const mailto = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'mailto' });
    assert.match(mailto, /^mailto:jane@acme\.example\?subject=Follow-up%3A%20Launch/);
  });

  it('signs with summary.myName and opens with summary.tone when they are set', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.myName', 'Sam Lee', vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.tone', { default: { opening: 'Here is the plan.' } }, vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-name.md', NOTE);
    const plain = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    assert.match(plain, / Here is the plan\.\n/);
    assert.match(plain, /\n\nBest regards,\nSam Lee\n$/);
  });

  it('writes the .eml of the golden files byte for byte, in either extension host (RFC 2047 words, quoted-printable)', async () => {
    const golden = vscode.Uri.joinPath(vscode.extensions.getExtension(extensionId)!.extensionUri, 'test', 'golden', 'summary', 'rich');
    const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(golden, name)));
    const { signature, includeSections, from } = JSON.parse(await read('settings.json')) as Record<string, unknown>;
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.signature', signature, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.includeSections', includeSections, vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.from', from, vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-golden.md', await read('note.md'));
    const eml = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'eml' });
    // The golden file was written at a fixed moment; the command writes now into Date.
    const withoutDate = (message: string) => message.replace(/^Date: .*\r\n/, '');
    assert.equal(withoutDate(eml), withoutDate(await read('recap.eml')));
  });

  it('keeps the sections named in the privateSections setting out of the recap', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.includeSections', ['Facts'], vscode.ConfigurationTarget.Workspace);
    await settings.update('privateSections', ['Scratch'], vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-private-sections.md', NOTE.replace('### Private notes', '### Scratch pad'));
    const text = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    assert.match(text, /The staging review found two blocking bugs/);
    assert.doesNotMatch(text, /SECRET|Scratch/);
  });

  it('says what is missing and returns nothing for a note it cannot summarise', async () => {
    const uri = await writeNote('notes/acme/recap-broken.md', '---\ntype: client-conversation\nclient: [Acme\n---\n# Broken\n');
    assert.equal(await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' }), undefined);
    const noContact = await writeNote('notes/acme/recap-no-contact.md', NOTE.replace(/^contact: .*\n/m, ''));
    assert.equal(await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri: noContact, format: 'eml' }), undefined);
    assert.match(await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri: noContact, format: 'markdown' }), /^Hello,$/m);
  });

  it('resolves at once when run from the palette, without waiting for a choice', async () => {
    await writeNote('notes/acme/recap-palette.md', NOTE);
    await openFixture('notes/acme/recap-palette.md');
    const text = await Promise.race([
      vscode.commands.executeCommand<string>('clientNotes.generateFollowUp'),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error('the command waited for the notification')), 5000)),
    ]);
    assert.match(text, /^# Follow-up: /);
  });

  it('markFollowUpSent sets follow_up.sent to today, keeps the YAML as written, and undo restores it', async () => {
    const uri = await writeNote('notes/acme/recap-sent.md', NOTE);
    const editor = await openFixture('notes/acme/recap-sent.md');
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent', { uri }), true);
    const after = editor.document.getText();
    assert.equal(after, before.replace('  sent: false                # or the date', `  sent: ${today()}                # or the date`));
    assert.match(after, /^channel: video-call {10}# in-person/m);
    assert.match(after, /^private: {21}# never leaves the note$/m);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('marks the note of the recap in view as sent', async () => {
    const uri = await writeNote('notes/acme/recap-active.md', NOTE.replace(/follow_up:\n.*\n.*\n/, ''));
    await openFixture('notes/acme/recap-active.md');
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const recap = await waitFor(recapEditor, 'the recap editor');
    await vscode.window.showTextDocument(recap.document, recap.viewColumn);
    assert.equal(vscode.window.activeTextEditor?.document.uri.scheme, RECAP_SCHEME);
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent'), true);
    const note = await vscode.workspace.openTextDocument(uri);
    assert.match(note.getText(), new RegExp(`^follow_up:\\n  sent: ${today()}\\nprivate:`, 'm'));
    // Saved, so that closing the editors asks nothing.
    assert.ok(await note.save());
  });

  it('hands VS Code a mailto link it opens as written', () => {
    const simple = 'mailto:jane@acme.example?subject=Follow-up%3A%20Launch&body=Hi%20Jane%2C%0D%0A';
    assert.ok(mailtoTarget(simple) instanceof vscode.Uri);
    // An encoded & would turn into a separator if VS Code re-encoded a Uri: it goes as a string.
    const ampersand = 'mailto:jane@acme.example?subject=Q%26A&body=Terms%20%26%20conditions';
    assert.equal(typeof mailtoTarget(ampersand), 'string');
  });
});
