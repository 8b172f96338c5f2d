import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, localDay } from '../../src/core/base/days';
import type { ClientsItem } from '../../src/vscode/clients/clientsView';
import type { NextStepsItem } from '../../src/vscode/nextSteps/nextStepsItem';
import type { ShownItem } from '../../src/vscode/nextSteps/nextStepsView';
import { asRead, clientNotesDiagnostics, closeAllEditors, extensionApi, openFixture, ruleOf, waitFor, waitForRule, writeNote } from './helpers';

const today = localDay(new Date());

function note(client: string, date: string, steps: string, followUp = `follow_up:\n  sent: ${date}\n`): string {
  return `---\ntype: client-conversation\nclient: ${client}\ncontact: Ann Lee <ann@example.com>\ndate: ${date}\nchannel: email\nscenario: scope-change\ntopic: Views ${client}\n${followUp}---\n\n# Views\n\n## Agreed next steps\n\n${steps}`;
}


/** The view's items under each group, as `label | description` lines; recaps at the top as `recap: label`. */
async function shownLines(): Promise<string[]> {
  const lines: string[] = [];
  const walk = (items: ShownItem[], depth: number) => {
    for (const item of items) {
      lines.push(`${'  '.repeat(depth)}${item.contextValue === 'recap' ? 'recap: ' : ''}${item.label}`);
      walk(item.children, depth + 1);
    }
  };
  walk(asRead(await (await extensionApi()).nextStepsShown()), 0);
  return lines;
}

async function findStep(what: string): Promise<ShownItem | undefined> {
  const search = (items: ShownItem[]): ShownItem | undefined => {
    for (const item of items) {
      if (item.contextValue === 'step' && item.label === what) return item;
      const found = search(item.children);
      if (found) return found;
    }
    return undefined;
  };
  return search(asRead(await (await extensionApi()).nextStepsShown()));
}

describe('Next Steps view and status bar', () => {
  afterEach(closeAllEditors);

  it('reads a note saved in UTF-16 (a Windows editor\'s "Unicode") as the command line does', async () => {
    const uri = await writeNote('notes/utf16-co/unicode.md', '');
    const text = note('UTF16 Co', '2030-01-02', '- [ ] Send the Unicode plan (owner: me, due: 2099-01-05)\n');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let at = 0; at < text.length; at++) new DataView(bytes.buffer).setUint16(2 + at * 2, text.charCodeAt(at), true);
    await vscode.workspace.fs.writeFile(uri, bytes);
    await waitFor(() => findStep('Send the Unicode plan'), 'the step of the UTF-16 note');
  });

  it('takes today from the one clock: pinned to a day, the views and the Problems panel show the steps as on that day', async () => {
    const uri = await writeNote('notes/clock-co/pinned.md', note('Clock Co', '2030-01-02', '- [ ] Send the pinned plan (owner: me, due: 2030-01-05)\n'));
    const api = await extensionApi();
    try {
      api.pinToday('2030-01-04');
      await waitFor(async () => (await findStep('Send the pinned plan'))?.description?.startsWith('tomorrow'), 'the step due tomorrow');
      await openFixture('notes/clock-co/pinned.md');
      // Linted: the note has no Facts.
      await waitForRule(uri, 'required-sections');
      await api.diagnosticsIdle();
      assert.ok(!clientNotesDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === 'next-step-overdue'), 'not overdue the day before');
      api.pinToday('2030-01-07');
      await waitFor(async () => (await findStep('Send the pinned plan'))?.description?.startsWith('2 days late'), 'the step 2 days late');
      await waitForRule(uri, 'next-step-overdue');
    } finally {
      api.pinToday(undefined);
    }
  });

  it('lists the workspace’s open steps grouped by due date, overdue first, and the unsent recaps above them', async () => {
    await writeNote(
      'notes/views/steps.md',
      note('Views Co', addDays(today, -1), `- [ ] Later thing (owner: me, due: ${addDays(today, 30)})\n- [ ] Soon thing (owner: client, due: ${addDays(today, 2)})\n- [ ] Late thing (owner: me, due: ${addDays(today, -3)})\n- [ ] Undated thing (owner: me)\n- [x] Done thing (owner: me, due: ${addDays(today, -5)})\n`),
    );
    await writeNote('notes/views/recap.md', note('Recap Co', addDays(today, -10), '- [ ] Recap step (owner: me)\n', ''));
    const lines = await waitFor(async () => {
      const shown = await shownLines();
      return shown.includes('  Late thing') && shown.some((line) => line.startsWith('recap: Recap to Recap Co')) && shown;
    }, 'the new notes in the view');
    const groups = lines.filter((line) => !line.startsWith(' ') && !line.startsWith('recap: '));
    assert.deepEqual(groups.slice(0, 1), ['Overdue']);
    assert.ok(groups.indexOf('This week') < groups.indexOf('Later') && groups.indexOf('Later') < groups.indexOf('No date'), groups.join(', '));
    assert.ok(lines.indexOf('recap: Recap to Recap Co not sent — 8 days late') < lines.indexOf('Overdue'), lines.join('\n'));
    assert.ok(!lines.includes('  Done thing'));
    const late = await findStep('Late thing');
    // The date first, so that a narrow sidebar cuts the client and owner rather than it.
    assert.match(late?.description ?? '', /^3 days late — Views Co, me$/);
    assert.match((await findStep('Soon thing'))?.description ?? '', /^in 2 days — Views Co, client$/);
    await vscode.commands.executeCommand('clientNotes.groupNextStepsByClient');
    try {
      await waitFor(async () => (await findStep('Late thing'))?.description === '3 days late — me', 'the row without the client its group names');
    } finally {
      await vscode.commands.executeCommand('clientNotes.groupNextStepsByDue');
    }
  });

  it('sets the note’s text apart in every row and tooltip, so that a right-to-left override reverses nothing after it', async () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, and a U+2069 that would end an isolate early.
    await writeNote('notes/views/bidi.md', note('Bidi \u202eCo', today, `- [ ] Pay the \u202einvoice\u2069 back (owner: me, due: ${addDays(today, -326)})\n`));
    const isBidiStep = (item: { item: NextStepsItem | ClientsItem }) => item.item.kind === 'step' && item.item.step.what.includes('Pay the');
    const stepIn = <T,>(items: Array<ShownItem<T>>): ShownItem<T> | undefined => {
      for (const item of items) {
        const found = isBidiStep(item as ShownItem<NextStepsItem>) ? item : stepIn(item.children);
        if (found) return found;
      }
      return undefined;
    };
    const step = await waitFor(async () => stepIn(await (await extensionApi()).nextStepsShown()), 'the step in the Next Steps view');
    assert.equal(step.label, '\u2068Pay the invoice back\u2069');
    assert.equal(step.description, '\u2068326 days late\u2069 — \u2068Bidi Co\u2069, \u2068me\u2069');
    // A Markdown tooltip writes its spaces as &nbsp;.
    assert.ok(step.tooltip?.replace(/&nbsp;/g, ' ').startsWith('\u2068Pay the invoice back\u2069'), step.tooltip);
    const client = await waitFor(async () => (await (await extensionApi()).clientsShown()).find((item) => item.item.kind === 'client' && item.item.client === 'Bidi \u202eCo'), 'the client in the Clients view');
    assert.equal(client.label, '\u2068Bidi Co\u2069');
    const clientStep = stepIn(client.children);
    assert.equal(clientStep?.label, '\u2068Pay the invoice back\u2069');
    assert.equal(clientStep?.description, '\u2068326 days late\u2069');
    // Whatever else a row shows of a note, each isolate is closed and no override is left.
    const texts = (items: Array<ShownItem<unknown>>): string[] => items.flatMap((item) => [item.label, item.description ?? '', item.tooltip ?? '', ...texts(item.children)]);
    for (const text of [...texts(await (await extensionApi()).nextStepsShown()), ...texts(await (await extensionApi()).clientsShown())]) {
      assert.doesNotMatch(text, /[\u202a-\u202e]/u, text);
      assert.match(text, /^(?:[^\u2068\u2069]|\u2068[^\u2068\u2069]*\u2069)*$/u, text);
    }
  });

  it('Mark done from the view edits the note, recording the day, in one undoable edit, and the view updates', async () => {
    const uri = await writeNote(
      'notes/views/mark.md',
      note('Mark Co', today, `- [ ] Ship the mockups (owner: me, due: ${addDays(today, -2)})\n`).replace('follow_up:', `next_steps:\n  - what: Ship the mockups\n    owner: me\nfollow_up:`),
    );
    const step = await waitFor(() => findStep('Ship the mockups'), 'the step in the view');
    assert.equal(await vscode.commands.executeCommand('clientNotes.markStepDone', step.item), true);
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(saved.includes(`- [x] Ship the mockups (owner: me, due: ${addDays(today, -2)}) ✅ ${today}\n`), saved);
    assert.ok(saved.includes(`owner: me\n    done: ${today}\n`), saved);
    await waitFor(async () => !(await findStep('Ship the mockups')), 'the step gone from the view');

    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /- \[ \] Ship the mockups/);
    assert.doesNotMatch(editor.document.getText(), /done:|✅/);
    await waitFor(() => findStep('Ship the mockups'), 'the step back in the view after undo');
  });

  it('Mark done leaves a note with CR line endings unsaved, which VS Code holds as CRLF, instead of saving every line ending changed', async () => {
    const written = note('Classic Co', today, '- [ ] Ship the classic mockups (owner: me)\n').replace(/\n/g, '\r');
    const uri = await writeNote('notes/views/classic.md', written);
    const step = await waitFor(() => findStep('Ship the classic mockups'), 'the step in the view');
    const document = await vscode.workspace.openTextDocument(uri);
    // What VS Code makes of the note: CRLF, and nothing unsaved.
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    assert.equal(document.getText(), written.replace(/\r/g, '\r\n'));
    assert.equal(document.isDirty, false);
    assert.equal(await vscode.commands.executeCommand('clientNotes.markStepDone', step.item), true);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), written);
    assert.ok(document.isDirty);
    assert.match(document.getText(), new RegExp(`- \\[x\\] Ship the classic mockups \\(owner: me\\) ✅ ${today}\r\n`));
  });

  it('the status bar count follows a save, and a setting hides it', async () => {
    const status = async () => (await extensionApi()).overdueStatusText();
    const count = async () => Number(/\$\(checklist\) (\d+) overdue/.exec((await status()) ?? '')?.[1] ?? 0);
    // What the view shows as overdue: the recaps and the Overdue group.
    const overdueInView = async () => {
      const shown = await (await extensionApi()).nextStepsShown();
      return shown.filter((item) => item.contextValue === 'recap').length + (shown.find((item) => item.label === 'Overdue')?.children.length ?? 0);
    };
    const uri = await writeNote('notes/views/status.md', note('Status Co', today, '- [ ] Nothing late yet (owner: me)\n'));
    await waitFor(() => findStep('Nothing late yet'), 'the note in the digest');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount - 1, 0), `- [ ] Now late (owner: me, due: ${addDays(today, -1)})\n`));
    await document.save();
    await waitFor(async () => {
      const late = await findStep('Now late');
      return late?.description?.startsWith('1 day late') && (await count()) === (await overdueInView());
    }, 'the count after the save');
    assert.match((await status()) ?? '', /^\$\(checklist\) \d+ overdue$/);

    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('statusBar.overdue', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(async () => (await status()) === undefined, 'the status hidden by the setting');
    } finally {
      await settings.update('statusBar.overdue', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await status()) !== undefined, 'the status back');
  });

  it('lists the notes written into folders just made, nested ones too, as a copied folder of notes is', async () => {
    const folders = ['one', 'two/deeper', 'three/deeper/deepest', 'four', 'five/deeper'];
    await Promise.all(folders.map((folder, index) => writeNote(`notes/new-folders-${index}/${folder}/note.md`, note(`New folder ${index}`, today, `- [ ] New folder step ${index} (owner: me)\n`))));
    await waitFor(async () => (await Promise.all(folders.map((_, index) => findStep(`New folder step ${index}`)))).every(Boolean), 'every note in the new folders');
  });

  it('keeps what is typed in a note, unsaved, when a settings change has the workspace scanned again', async () => {
    const uri = await writeNote('notes/rescan-typed/typed.md', note('Typed Co', today, '- [ ] Saved step (owner: me)\n'));
    await waitFor(() => findStep('Saved step'), 'the saved step');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount - 1, 0), '- [ ] Typed step (owner: me)\n'));
    await waitFor(() => findStep('Typed step'), 'the typed step');
    assert.ok(document.isDirty, 'the typed step is not saved');
    const settings = vscode.workspace.getConfiguration('clientNotes');
    const scanned = new Promise<void>((resolve) => {
      const listening = vscode.workspace.onDidChangeConfiguration(() => {
        listening.dispose();
        resolve();
      });
    });
    try {
      await settings.update('followUp.days', 6, vscode.ConfigurationTarget.Workspace);
      await scanned;
      // The view after the scan: the typed step is still there, and the saved one too.
      await waitFor(async () => (await findStep('Saved step')) && (await findStep('Typed step')), 'both steps after the scan');
    } finally {
      await settings.update('followUp.days', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('keeps the notes written while a settings change has the workspace scanned again, and drops one deleted meanwhile', async () => {
    const gone = await writeNote('notes/rescan/gone.md', note('Gone Co', today, '- [ ] Gone step (owner: me)\n'));
    await waitFor(() => findStep('Gone step'), 'the note to delete in the view');
    const settings = vscode.workspace.getConfiguration('clientNotes');
    const names = ['one', 'two', 'three', 'four', 'five'];
    try {
      // The writes land while the scan lists the folder, reads the files, or after it: each must be in the view.
      await Promise.all([
        settings.update('followUp.days', 5, vscode.ConfigurationTarget.Workspace),
        vscode.workspace.fs.delete(gone),
        ...names.map((name) => writeNote(`notes/rescan/${name}.md`, note(`Rescan ${name}`, today, `- [ ] Rescan step ${name} (owner: me)\n`))),
      ]);
      await waitFor(async () => (await Promise.all(names.map((name) => findStep(`Rescan step ${name}`)))).every(Boolean), 'every note written during the scan');
      await waitFor(async () => !(await findStep('Gone step')), 'the deleted note gone');
    } finally {
      await settings.update('followUp.days', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
