// Needs Node's file system (symbolic links, a small tmpfs), so it runs in the desktop
// extension host only: the web worker host's test bundle leaves *.node.test.ts out.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, NOTE_WITHOUT_BOUNDARIES, waitFor, workspaceRoot, workspaceUri, writeNote } from './helpers';

describe('Save Recap as .eml, on the desktop', () => {
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'client-notes-outside-'));
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('clientNotes').update('recap.from', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    rmSync(outside, { recursive: true, force: true });
  });

  /** The recap of a fresh note, open in the editor. */
  async function openRecap(name: string): Promise<vscode.TextEditor> {
    await vscode.workspace.getConfiguration('clientNotes').update('recap.from', 'Sam Lee <sam@lee.example>', vscode.ConfigurationTarget.Workspace);
    const uri = await writeNote(`notes/acme/${name}.md`, NOTE_WITHOUT_BOUNDARIES);
    await vscode.commands.executeCommand('clientNotes.generateFollowUp', { uri, format: 'markdown' });
    return waitFor(() => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.scheme === 'client-notes-recap'), 'the recap editor');
  }

  it('never saves through a symbolic link, picked in the save dialog (which asked before replacing) or given, to a file or to nowhere', async () => {
    const recap = await openRecap('eml-links');
    const secret = join(outside, 'bashrc');
    writeFileSync(secret, 'export PATH=/usr/bin\n');
    const linked = join(workspaceRoot().fsPath, 'notes', 'acme', 'eml-links.eml');
    symlinkSync(secret, linked);
    const dangling = join(workspaceRoot().fsPath, 'notes', 'acme', 'dangling.eml');
    symlinkSync(join(outside, 'autostart'), dangling);

    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const showSaveDialog = window.showSaveDialog;
    try {
      for (const link of [linked, dangling]) {
        // The freelancer picks the draft's default name beside the note, and agrees to replace it.
        window.showSaveDialog = () => Promise.resolve(vscode.Uri.file(link));
        assert.equal(await vscode.commands.executeCommand('clientNotes.saveRecapAsEml', recap.document.uri), undefined, `${link} from the dialog`);
        assert.equal(await vscode.commands.executeCommand('clientNotes.saveRecapAsEml', { uri: recap.document.uri, target: vscode.Uri.file(link) }), undefined, `${link} given`);
        assert.ok(lstatSync(link).isSymbolicLink(), `${link} is still a link`);
      }
    } finally {
      window.showSaveDialog = showSaveDialog;
    }
    assert.equal(readFileSync(secret, 'utf8'), 'export PATH=/usr/bin\n');
    assert.deepEqual(readdirSync(outside), ['bashrc'], 'nothing created where the dangling link leads');

    // A regular file picked in the dialog is still replaced: the dialog asked.
    const draft = workspaceUri('notes/acme/eml-draft.eml');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('an old draft'));
    window.showSaveDialog = () => Promise.resolve(draft);
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('clientNotes.saveRecapAsEml', recap.document.uri))?.toString(), draft.toString());
    } finally {
      window.showSaveDialog = showSaveDialog;
    }
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(draft)), /^To: Jane Doe <jane@acme\.example>\r$/m);
  });
});

describe('New Conversation Note, on a full disk', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('clientNotes').update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('leaves no empty client folder behind when the note cannot be created (as root, on a tmpfs with one file left)', async function () {
    const disk = join(workspaceRoot().fsPath, 'full-disk');
    mkdirSync(disk);
    // Room for one more entry: the client's folder takes it, and the note finds none.
    if (process.getuid?.() !== 0 || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,nr_inodes=8', 'tmpfs', disk]).status !== 0) {
      this.test!.title += ' (skipped: mounting a small tmpfs needs root)';
      rmSync(disk, { recursive: true });
      this.skip();
    }
    try {
      const fillers: string[] = [];
      for (;;) {
        const filler = join(disk, `filler-${fillers.length}`);
        try {
          writeFileSync(filler, '');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
        fillers.push(filler);
      }
      rmSync(fillers.pop()!);
      await vscode.workspace.getConfiguration('clientNotes').update('notesFolder', 'full-disk', vscode.ConfigurationTarget.Workspace);
      const created = await vscode.commands.executeCommand('clientNotes.newNote', { client: 'Hooli', scenario: 'scope-change', topic: 'More pages', date: '2026-11-22', contact: '' });
      assert.equal(created, undefined);
      assert.deepEqual(readdirSync(disk).sort(), fillers.map((filler) => filler.slice(disk.length + 1)).sort(), 'no hooli folder, no note');
    } finally {
      spawnSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });
});
