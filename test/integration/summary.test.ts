import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientNotesTestApi } from '../../src/extension';
import { editsIfStillWanted } from '../../src/vscode/recap/markFollowUpSent';
import { mailtoTarget } from '../../src/vscode/recap/openRecapInMail';
import { toWorkspaceEdit } from '../../src/vscode/convert';
import { closeAllEditors, extensionApi, extensionId, openFixture, waitFor, workspaceUri, writeNote } from './helpers';

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

const RECAP_SCHEME = 'client-notes-recap';

/** The recap opens as a Markdown document kept in memory, to edit before sending. */
function recapEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.scheme === RECAP_SCHEME && editor.document.getText().startsWith('# Follow-up:'));
}

async function recapNotices(): Promise<readonly string[]> {
  return (await recapNoticesWithActions()).map((notice) => notice.message);
}

async function recapNoticesWithActions(): Promise<ReturnType<ClientNotesTestApi['notices']>> {
  return (await extensionApi()).notices();
}

/** Replaces a line of the recap as the freelancer would, by typing over it. */
async function editRecap(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the recap`);
  assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length)), to)));
}

describe('follow-up summary commands', () => {
  afterEach(async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('privateSections', undefined, vscode.ConfigurationTarget.Workspace);
    for (const name of ['recap', 'summary']) {
      for (const key of ['signature', 'includeSections', 'from', 'myName', 'tone']) await settings.update(`${name}.${key}`, undefined, vscode.ConfigurationTarget.Workspace);
    }
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
    assert.equal(recap.document.isDirty, false, 'closing a recap nobody edited asks nothing');
    assert.match(recap.document.uri.path, /Recap of recap\.md$/);
  });

  it('a recap is edited and saved without a dialog, and stays off the disk', async () => {
    const uri = await writeNote('notes/acme/recap-saved.md', NOTE);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const recap = await waitFor(recapEditor, 'the recap editor');
    await editRecap(recap, 'Hi Jane,', 'Dear Jane,');
    assert.equal(recap.document.isDirty, true);
    assert.equal(await recap.document.save(), true);
    assert.equal(recap.document.isDirty, false);
    assert.match(recap.document.getText(), /^Dear Jane,$/m);
    const copied = await vscode.commands.executeCommand<string>('clientNotes.copyRecap', recap.document.uri);
    assert.match(copied, /^Dear Jane,\n/, 'the saved recap is what Copy sends');
    const files = await vscode.workspace.findFiles('**/*Recap of*');
    assert.deepEqual(files, [], 'nothing written to the workspace');
  });

  it('returns each format on request, with the settings applied', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('recap.signature', 'Sam Lee\nSam Lee Design', vscode.ConfigurationTarget.Workspace);
    await settings.update('recap.includeSections', ['Facts', 'Preparation'], vscode.ConfigurationTarget.Workspace);
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

  it('signs with recap.myName and opens with recap.tone when they are set', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('recap.myName', 'Sam Lee', vscode.ConfigurationTarget.Workspace);
    await settings.update('recap.tone', { default: { opening: 'Here is the plan.' } }, vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-name.md', NOTE);
    const plain = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    assert.match(plain, / Here is the plan\.\n/);
    assert.match(plain, /\n\nBest regards,\nSam Lee\n$/);
  });

  it('still reads the settings by their former names, clientNotes.summary.*, the new names winning where both are set', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('summary.myName', 'Old Name', vscode.ConfigurationTarget.Workspace);
    await settings.update('summary.tone', { default: { opening: 'Old opening.' } }, vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-former-names.md', NOTE);
    const recap = () => vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    const before = await recap();
    assert.match(before, / Old opening\.\n/);
    assert.match(before, /\n\nBest regards,\nOld Name\n$/);
    await settings.update('recap.myName', 'New Name', vscode.ConfigurationTarget.Workspace);
    const after = await recap();
    assert.match(after, /\n\nBest regards,\nNew Name\n$/, 'recap.myName wins over summary.myName');
    assert.match(after, / Old opening\.\n/, 'summary.tone, alone, still applies');
  });

  it('writes the .eml of the golden files byte for byte, in either extension host (RFC 2047 words, quoted-printable)', async () => {
    const golden = vscode.Uri.joinPath(vscode.extensions.getExtension(extensionId)!.extensionUri, 'test', 'golden', 'summary', 'rich');
    const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(golden, name)));
    const { signature, includeSections, from } = JSON.parse(await read('settings.json')) as Record<string, unknown>;
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('recap.signature', signature, vscode.ConfigurationTarget.Workspace);
    await settings.update('recap.includeSections', includeSections, vscode.ConfigurationTarget.Workspace);
    await settings.update('recap.from', from, vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-golden.md', await read('note.md'));
    const eml = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'eml' });
    // The golden file was written at a fixed moment; the command writes now into Date.
    const withoutDate = (message: string) => message.replace(/^Date: .*\r\n/, '');
    assert.equal(withoutDate(eml), withoutDate(await read('recap.eml')));
  });

  it('keeps the sections named in the privateSections setting out of the recap', async () => {
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('recap.includeSections', ['Facts'], vscode.ConfigurationTarget.Workspace);
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
    // A command that waited for the notification would never resolve: mocha's timeout fails it.
    const text = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp');
    assert.match(text, /^# Follow-up: /);
  });

  it('markFollowUpSent sets follow_up.sent to today, keeps the YAML as written, and undo restores it', async () => {
    const uri = await writeNote('notes/acme/recap-sent.md', NOTE);
    const editor = await openFixture('notes/acme/recap-sent.md');
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent', { uri }), true);
    const after = editor.document.getText();
    // The comment keeps its column: the date takes the place of `false` and five of the blanks after it.
    assert.equal(after, before.replace('  sent: false                # or the date', `  sent: ${today()}           # or the date`));
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
    assert.equal(vscode.window.activeTextEditor?.document, recap.document);
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent'), true);
    const note = await vscode.workspace.openTextDocument(uri);
    assert.match(note.getText(), new RegExp(`^follow_up:\\n  sent: ${today()}\\nprivate:`, 'm'));
    // Saved, so that closing the editors asks nothing.
    assert.ok(await note.save());
  });

  it('generating a recap from a note with blame warns with the finding and still opens the recap', async () => {
    const uri = await writeNote('notes/acme/recap-blame.md', NOTE.replace('topic: Launch of the new booking site moves', 'topic: You missed the payment date again'));
    const text = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    assert.match(text, /^# Follow-up: You missed the payment date again/);
    await waitFor(recapEditor, 'the recap editor');
    const warning = await waitFor(async () => (await recapNotices()).find((notice) => notice.includes('accusatory-language')), 'the warning');
    assert.match(warning, /check the recap before sending it: "You missed" reads as blame/);
    assert.doesNotMatch(warning, /SECRET/);
  });

  it('says in its notice when a section named in includeSections is not in the note', async () => {
    await vscode.workspace.getConfiguration('clientNotes').update('recap.includeSections', ['Facts', 'Budget'], vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-unmatched-section.md', NOTE);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri });
    await waitFor(recapEditor, 'the recap editor');
    const notice = await waitFor(async () => (await recapNotices()).find((shown) => shown.includes('"Budget"')), 'the notice');
    assert.match(notice, /is ready; .* No heading of the note matches "Budget" from the recap's includeSections setting/);
  });

  it('offers two buttons with the ready recap, Copy and (with an address to write to) Open in Mail App, so none is cut short', async () => {
    const addressed = await writeNote('notes/acme/recap-buttons.md', NOTE);
    const before = (await recapNoticesWithActions()).length;
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri: addressed });
    const ready = await waitFor(async () => (await recapNoticesWithActions()).slice(before).find((notice) => notice.message.includes('is ready')), 'the notice');
    assert.deepEqual(ready.actions, ['Copy', 'Open in Mail App']);
    const unaddressed = await writeNote('notes/acme/recap-buttons-no-address.md', NOTE.replace('contact: Jane Doe <jane@acme.example>', 'contact: Jane Doe'));
    const then = (await recapNoticesWithActions()).length;
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri: unaddressed });
    const plain = await waitFor(async () => (await recapNoticesWithActions()).slice(then).find((notice) => notice.message.includes('is ready')), 'the notice');
    assert.deepEqual(plain.actions, ['Copy']);
  });

  it("the walkthrough's button makes the recap of the note open in a tab, the walkthrough in front", async () => {
    const uri = await writeNote('notes/acme/recap-from-walkthrough.md', NOTE);
    // Kept open in its tab (not a preview, which the walkthrough would take the place of).
    await vscode.window.showTextDocument(uri, { preview: false });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#clientNotes.gettingStarted`, false);
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the walkthrough in front of the note');
    const text = await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp');
    assert.match(text, /^Hi Jane,$/m);
    assert.match(text, /Launch of the new booking site moves/);
  });

  it('the check before sending is one short notice, not a second one over the recap', async () => {
    const uri = await writeNote('notes/acme/recap-one-notice.md', NOTE.replace('topic: Launch of the new booking site moves', 'topic: You missed the payment date and you never replied'));
    const before = (await recapNotices()).length;
    await vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri });
    await waitFor(recapEditor, 'the recap editor');
    const shown = await waitFor(async () => ((await recapNotices()).length > before ? (await recapNotices()).slice(before) : undefined), 'a notice');
    assert.equal(shown.length, 1, `one notice: ${shown.join(' | ')}`);
    assert.match(shown[0], /^Client Notes: check the recap before sending it: .*, and \d+ more in Problems$/);
    assert.ok(shown[0].length < 200, `short: ${shown[0]}`);
  });

  it('a recap left as generated is refreshed in place; one edited is kept and the new one opens beside it', async () => {
    const uri = await writeNote('notes/acme/recap-again.md', NOTE);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const first = await waitFor(recapEditor, 'the recap editor');
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const recaps = () => vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.scheme === RECAP_SCHEME).map((editor) => editor.document);
    assert.deepEqual(recaps(), [first.document], 'refreshed, not opened again');
    assert.equal(first.document.isDirty, false, 'a refreshed recap still asks nothing on close');
    await editRecap(first, 'Hi Jane,', 'Dear Jane,');
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    assert.equal(recaps().length, 2);
    assert.match(first.document.getText(), /^Dear Jane,$/m, 'the edited recap is as the freelancer left it');
  });

  it('Copy and Save as .eml act on the recap as edited, with the note\'s headers', async () => {
    await vscode.workspace.getConfiguration('clientNotes').update('recap.from', 'Sam Lee <sam@lee.example>', vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote('notes/acme/recap-edited.md', NOTE);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const recap = await waitFor(recapEditor, 'the recap editor');
    await editRecap(recap, 'Hi Jane,', 'Dear Jane, as promised:');
    const copied = await vscode.commands.executeCommand<string>('clientNotes.copyRecap', recap.document.uri);
    assert.match(copied, /^Dear Jane, as promised:\n/);
    assert.doesNotMatch(copied, /^#|\*\*/m, 'plain text');
    assert.equal(await vscode.env.clipboard.readText(), copied);

    const target = workspaceUri('notes/acme/recap-edited.eml');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('clientNotes.saveRecapAsEml', { uri: recap.document.uri, target }))?.toString(), target.toString());
    const eml = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(eml, /^From: Sam Lee <sam@lee\.example>\r$/m);
    assert.match(eml, /^To: Jane Doe <jane@acme\.example>\r$/m);
    assert.match(eml, /^Subject: Follow-up: Launch of the new booking site moves/m);
    assert.match(eml, /\r\n\r\nDear Jane, as promised:\r\n/);
    assert.doesNotMatch(eml, /SECRET/);

    // A given target that exists (the note itself, say) is never written over.
    assert.equal(await vscode.commands.executeCommand('clientNotes.saveRecapAsEml', { uri: recap.document.uri, target: uri }), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), NOTE);
  });

  it('markFollowUpSent replaces a sent date already there only when told to', async () => {
    const uri = await writeNote('notes/acme/recap-sent-before.md', NOTE.replace('  sent: false ', '  sent: 2026-01-02'));
    await openFixture('notes/acme/recap-sent-before.md');
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent', { uri, replace: true }), true);
    const note = await vscode.workspace.openTextDocument(uri);
    assert.match(note.getText(), new RegExp(`^  sent: ${today()}`, 'm'));
    assert.ok(await note.save());
  });

  it('offers once to sign the recaps with your name when neither a signature nor a sender is set', async () => {
    await writeNote('notes/acme/recap-signature.md', NOTE);
    await openFixture('notes/acme/recap-signature.md');
    await vscode.commands.executeCommand('clientNotes.generateFollowUp');
    await openFixture('notes/acme/recap-signature.md');
    await vscode.commands.executeCommand('clientNotes.generateFollowUp');
    const offers = (await recapNoticesWithActions()).filter((notice) => notice.message.includes('ends without your name'));
    assert.deepEqual(offers, [{ message: 'Client Notes: the recap ends without your name. Sign every recap with it?', actions: ['Add My Name'] }], 'offered once, whichever run came first');
  });

  it("Set Your Name for Recaps writes recap.myName where the command line reads it too (the workspace folder's .clientnotesrc.yaml), and the recap in view ends with it", async () => {
    const uri = await writeNote('notes/acme/recap-my-name.md', NOTE);
    const config = workspaceUri('.clientnotesrc.yaml');
    const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(config));
    const plainRecap = () => vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    try {
      await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
      const recap = await waitFor(recapEditor, 'the recap editor');
      assert.match(recap.document.getText(), /\n\nBest regards,\n$/);
      const written = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.setMyName', { uri, name: "Sam O'Neil: Design" });
      assert.equal(written?.toString(), config.toString());
      assert.equal(await read(), 'recap:\n  myName: "Sam O\'Neil: Design"\n', 'a name YAML would misread is quoted');
      // The recap in view is refreshed as the config file changes, then saved: wait for both, not for the command.
      await waitFor(() => /\n\nBest regards, {2}\nSam O'Neil: Design\n$/.test(recap.document.getText()) && !recap.document.isDirty, 'the recap in view refreshed and saved');
      assert.match(await plainRecap(), /\n\nBest regards,\nSam O'Neil: Design\n$/);

      // A config file that is there is edited as written: its comments stay.
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('# who I am, for the editor and the CLI\nrecap:\n  myName: Old Name # me\n'));
      await waitFor(async () => (await plainRecap()).endsWith('\nOld Name\n'), 'the changed config file read');
      await vscode.commands.executeCommand('clientNotes.setMyName', { uri, name: 'Sam Lee' });
      assert.equal(await read(), '# who I am, for the editor and the CLI\nrecap:\n  myName: Sam Lee  # me\n');
      assert.match(await plainRecap(), /\n\nBest regards,\nSam Lee\n$/);
    } finally {
      await vscode.workspace.fs.delete(config);
      await closeAllEditors();
      // The next tests read no config file.
      await waitFor(async () => (await plainRecap()).endsWith('\nBest regards,\n'), 'the config file gone');
    }
  });

  it('Open in Mail App warns once, offering Copy and Save as .eml, when no mail program takes the link', async () => {
    const uri = await writeNote('notes/acme/recap-no-mail-app.md', NOTE);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    const recap = await waitFor(recapEditor, 'the recap editor');
    // VS Code resolves false, or fails, when nothing handles mailto: (in the test host, a browser, it always answers true).
    const env = vscode.env as { openExternal: typeof vscode.env.openExternal };
    const openExternal = env.openExternal;
    const handed: string[] = [];
    try {
      for (const answer of [() => Promise.resolve(false), () => Promise.reject(new Error('no application for mailto:'))]) {
        env.openExternal = (target) => {
          // A string when the Uri would not survive VS Code's re-encoding (mailtoTarget), which toString leaves as is.
          handed.push(target.toString(true));
          return answer();
        };
        const before = (await recapNoticesWithActions()).length;
        assert.equal(await vscode.commands.executeCommand('clientNotes.openRecapInMailApp', recap.document.uri), false);
        assert.deepEqual((await recapNoticesWithActions()).slice(before), [
          { message: 'Client Notes: no mail app opened the recap. Copy it, or save it as an .eml draft.', actions: ['Copy', 'Save as .eml'] },
        ]);
      }
    } finally {
      env.openExternal = openExternal;
    }
    assert.equal(handed.length, 2, 'the link went to VS Code each time');
    assert.match(handed[0], /^mailto:jane@acme\.example\?subject=Follow-up/);
  });

  it('Mark Follow-up as Sent edits the note as it is once the user answers, not as it was when asked', async () => {
    const sent = NOTE.replace(/follow_up:[^]*?(?=\n[a-z_]+:|\n---)/, 'follow_up:\n  sent: 2026-01-06');
    assert.match(sent, /\n {2}sent: 2026-01-06\n/);
    const uri = await writeNote('notes/acme/sent-race.md', sent);
    const editor = await openFixture('notes/acme/sent-race.md');
    const document = editor.document;
    const typeAbove = async (text: string) => {
      const at = document.getText().indexOf('follow_up:');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, document.positionAt(at), text);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    // While "Replace?" is open, a line goes in above follow_up; the answer is yes.
    const edits = await editsIfStillWanted(document, '2026-12-03', '2026-01-06', async () => {
      await typeAbove('attendees:\n  - Dana Poe\n');
      return true;
    });
    assert.ok(edits);
    assert.ok(await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits)));
    assert.match(document.getText(), /\nattendees:\n {2}- Dana Poe\nfollow_up:\n {2}sent: 2026-12-03\n/);
    // The sent date changes while the question is open: nothing is edited.
    const before = document.getText().replace('sent: 2026-12-03', 'sent: 2026-01-06');
    await vscode.workspace.applyEdit(toWorkspaceEdit(document, [{ start: 0, end: document.getText().length, text: before }]));
    const refused = await editsIfStillWanted(document, '2026-12-03', '2026-01-06', async () => {
      await vscode.workspace.applyEdit(toWorkspaceEdit(document, [{ start: 0, end: document.getText().length, text: before.replace('sent: 2026-01-06', 'sent: 2026-02-01') }]));
      return true;
    });
    assert.equal(refused, undefined);
    assert.match(document.getText(), /\n {2}sent: 2026-02-01\n/);
  });

  it('hands VS Code a mailto link it opens as written', () => {
    const simple = 'mailto:jane@acme.example?subject=Follow-up%3A%20Launch&body=Hi%20Jane%2C%0D%0A';
    assert.ok(mailtoTarget(simple) instanceof vscode.Uri);
    // An encoded & would turn into a separator if VS Code re-encoded a Uri: it goes as a string.
    const ampersand = 'mailto:jane@acme.example?subject=Q%26A&body=Terms%20%26%20conditions';
    assert.equal(typeof mailtoTarget(ampersand), 'string');
  });
});
