// Needs Node's file system (a symbolic link to a file outside the workspace), so it runs in
// the desktop extension host only: the web worker host's test bundle leaves *.node.test.ts out.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceRoot, workspaceUri } from './helpers';

describe('New Conversation Note, on the desktop', () => {
  afterEach(closeAllEditors);

  it('takes templates from clientNotes.templatesFolder only as regular files: a link out of the folder is never copied', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'client-notes-secret-'));
    const secret = join(outside, 'shadow');
    writeFileSync(secret, 'root:$6$hash:19000:0:99999:7:::\n');
    const templates = join(workspaceRoot().fsPath, 'linked-templates');
    mkdirSync(templates);
    writeFileSync(join(templates, 'own.md'), '---\ntype: client-conversation\nclient: {{client}}\n---\n# {{topic}}\n');
    symlinkSync(secret, join(templates, 'shadow.md'));
    const settings = vscode.workspace.getConfiguration('clientNotes');
    await settings.update('templatesFolder', 'linked-templates', vscode.ConfigurationTarget.Workspace);
    try {
      const refused = await vscode.commands.executeCommand('clientNotes.newNote', { client: 'Acme', scenario: 'shadow', topic: 'Secret', date: '2026-11-22', contact: '' });
      assert.equal(refused, undefined, 'the linked file is no template');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri('notes/acme/2026-11-22-secret.md'))));

      const created = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Acme', scenario: 'own', topic: 'Own', date: '2026-11-22', contact: '' });
      assert.ok(created instanceof vscode.Uri, 'a regular file of the folder is a template');
      assert.doesNotMatch(vscode.window.activeTextEditor!.document.getText(), /root:/);
    } finally {
      await settings.update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(templates, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
