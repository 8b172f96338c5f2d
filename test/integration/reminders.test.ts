import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, waitFor, writeNote } from './helpers';

const TODAY = '2031-03-10';

function note(client: string, steps: string): string {
  return `---\ntype: client-conversation\nclient: ${client}\ncontact: Ana Reyes <ana@reminder.example>\ndate: 2031-02-20\nchannel: phone\nscenario: missed-deadline\ntopic: Spring catalogue\nfollow_up:\n  sent: 2031-02-20\n---\n\n# Spring catalogue\n\n## Agreed next steps\n\n${steps}\n## Private notes\n\n- [ ] Chase the hidden fee (owner: client, due: 2031-02-25)\n`;
}

describe('Reminders', () => {
  before(async () => (await extensionApi()).pinToday(TODAY));
  after(async () => (await extensionApi()).pinToday(undefined));
  afterEach(closeAllEditors);

  it("Draft Reminder on a client's overdue step opens an editable email with the step, its date and nothing private; Copy takes it as edited", async () => {
    const uri = await writeNote('notes/reminders/catalogue.md', note('Reminder Co', '- [ ] Send the product photos (owner: client, due: 2031-03-01)\n- [ ] Send the layout (owner: me, due: 2031-03-02)\n- [ ] Approve the proofs (owner: client, due: 2031-03-20)\n'));
    const markdown = await vscode.commands.executeCommand<string>('clientNotes.draftReminder', { uri });
    // The wording is the core's, held by test/unit/reminder.test.ts: here, the step of this note and the day of its conversation.
    assert.match(markdown, /^# Following up: Spring catalogue \(20 February 2031\)\n\nHi Ana,\n\nWhen we spoke on Thursday 20 February 2031, /);
    assert.match(markdown, /\n- Send the product photos, by Saturday 1 March 2031\n/);
    const draft = vscode.window.activeTextEditor!;
    assert.equal(draft.document.getText(), markdown);
    assert.match(draft.document.uri.path, /Reminder of catalogue\.md$/);
    const api = await extensionApi();
    await waitFor(() => api.notices().some((notice) => notice.message.includes('"Following up: Spring catalogue (20 February 2031)" is ready') && notice.actions.includes('Open in Mail App')), 'the notice over the reminder');
    await draft.edit((edit) => edit.insert(draft.document.positionAt(markdown.indexOf('Could you')), 'Thanks again for the call. '));
    const copied = await vscode.commands.executeCommand<string>('clientNotes.copyRecap', draft.document.uri);
    assert.match(copied, /^Hi Ana,\n\n.*\n\n• Send the product photos, by Saturday 1 March 2031\n\nThanks again for the call\. Could you let me know/s);
    assert.doesNotMatch(copied, /hidden fee|Send the layout|Approve the proofs/);
  });

  it("drafts a German note's reminder in German, with German dates, whatever the display language", async () => {
    const german = note('Erinnerung GmbH', '- [ ] Produktfotos schicken (Verantwortlich: Kunde, bis 1.3.2031)\n')
      .replace('type: client-conversation\n', 'type: client-conversation\nlang: de\n')
      .replace('## Agreed next steps', '## Nächste Schritte');
    const uri = await writeNote('notes/reminders/katalog.md', german);
    const markdown = await vscode.commands.executeCommand<string>('clientNotes.draftReminder', { uri });
    assert.match(markdown, /^# Nachfrage: Spring catalogue \(20\. Februar 2031\)\n\nHallo Ana,\n\nin unserem Gespräch am Donnerstag, 20\. Februar 2031 hatten wir Folgendes vereinbart:\n/);
    assert.match(markdown, /\n- Produktfotos schicken \(bis Samstag, 1\. März 2031\)\n\nKönnten Sie mir kurz sagen/);
    assert.doesNotMatch(markdown, /hidden fee/);
  });

  it('marks no recap sent from a reminder: the note keeps follow_up.sent as it was', async () => {
    const uri = await writeNote('notes/reminders/unsent.md', note('Reminder Co', '- [ ] Send the product photos (owner: client, due: 2031-03-01)\n').replace('sent: 2031-02-20', 'sent: false'));
    await vscode.commands.executeCommand<string>('clientNotes.draftReminder', { uri });
    const draft = vscode.window.activeTextEditor!;
    assert.match(draft.document.uri.path, /Reminder of unsent\.md$/);
    assert.equal(await vscode.commands.executeCommand('clientNotes.markFollowUpSent', draft.document.uri), false);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /\n {2}sent: false\n/);
  });

  it("offers Draft Reminder as a code action on the client's overdue step, and not on my own", async () => {
    const uri = await writeNote('notes/reminders/action.md', note('Action Co', '- [ ] Send the product photos (owner: client, due: 2031-03-01)\n- [ ] Send the layout (owner: me, due: 2031-03-02)\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const titlesAt = async (words: string) => {
      const position = document.positionAt(document.getText().indexOf(words) + 2);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(position, position));
      return actions.map((action) => action.title);
    };
    assert.ok((await titlesAt('Send the product photos')).includes('Draft Reminder to the client'));
    assert.ok(!(await titlesAt('Send the layout')).includes('Draft Reminder to the client'));
  });

  it('says so, and opens nothing, for a note without an overdue step of the client', async () => {
    const uri = await writeNote('notes/reminders/none.md', note('Nothing Due Co', '- [ ] Approve the proofs (owner: client, due: 2031-03-20)\n'));
    const api = await extensionApi();
    const told = api.notices().length;
    assert.equal(await vscode.commands.executeCommand('clientNotes.draftReminder', { uri }), undefined);
    assert.match(api.notices()[told]?.message ?? '', /no step of the client's in this note is overdue/);
  });

  it('once a day, when turned on, says which next steps fell due since the day before, with Open Next Steps', async () => {
    const api = await extensionApi();
    const settings = vscode.workspace.getConfiguration('clientNotes');
    const dueNotices = () => api.notices().filter((notice) => notice.message.includes('fell due'));
    try {
      await settings.update('reminders.dailyNotification', true, vscode.ConfigurationTarget.Workspace);
      // The first day it is on: whatever fell due by then.
      await waitFor(() => dueNotices().length > 0, 'the first notice');
      const before = dueNotices().length;
      await writeNote('notes/reminders/due-notice.md', note('Due Notice Co', '- [ ] Send the signed plan (owner: client, due: 2031-03-11)\n'));
      await waitFor(async () => (await api.nextStepsShown()).some((group) => group.children.some((step) => step.label.includes('Send the signed plan'))), 'the step in Next Steps');
      api.pinToday('2031-03-11');
      const notice = await waitFor(() => dueNotices()[before], 'the next day’s notice');
      assert.deepEqual(notice, { message: 'Client Notes: a next step fell due: Send the signed plan (Due Notice Co).', actions: ['Open Next Steps'] });
      // The same day again gives none: the next notice is the next day's. The checks run one after the other, in order.
      api.pinToday('2031-03-11');
      await writeNote('notes/reminders/due-later.md', note('Due Later Co', '- [ ] Print the catalogue (owner: me, due: 2031-03-12)\n'));
      await waitFor(async () => (await api.nextStepsShown()).some((group) => group.children.some((step) => step.label.includes('Print the catalogue'))), 'the later step in Next Steps');
      api.pinToday('2031-03-12');
      const next = await waitFor(() => dueNotices()[before + 1], 'the day after’s notice');
      assert.equal(next.message, 'Client Notes: a next step fell due: Print the catalogue (Due Later Co).');
      assert.equal(dueNotices().length, before + 2);
    } finally {
      await settings.update('reminders.dailyNotification', false, vscode.ConfigurationTarget.Workspace);
      api.pinToday(TODAY);
    }
  });
});
