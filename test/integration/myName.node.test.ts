// Runs the command-line tool beside the editor, so it runs in the desktop extension host only:
// the web worker host's test bundle leaves *.node.test.ts out.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, extensionId, NOTE_WITHOUT_BOUNDARIES, waitFor, workspaceUri, writeNote } from './helpers';

describe('one name for the editor and the command line', () => {
  afterEach(closeAllEditors);

  it('client-notes recap signs the recap with the name Set Your Name for Recaps wrote, word for word as the editor does', async () => {
    const uri = await writeNote('notes/globex/one-name.md', NOTE_WITHOUT_BOUNDARIES);
    const config = workspaceUri('.clientnotesrc.yaml');
    const editorRecap = () => vscode.commands.executeCommand<string>('clientNotes.generateFollowUp', { uri, format: 'text' });
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('clientNotes.setMyName', { uri, name: 'Zoë Müller' }))?.toString(), config.toString());
      const inEditor = await editorRecap();
      assert.match(inEditor, /\n\nBest regards,\nZoë Müller\n?$/);
      const cli = join(vscode.extensions.getExtension(extensionId)!.extensionUri.fsPath, 'dist', 'cli.js');
      // Under desktop VS Code the host's executable is Electron, which runs as Node with this variable.
      const run = spawnSync(process.execPath, [cli, 'recap', uri.fsPath, '--format', 'text'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.replace(/\n$/, ''), inEditor.replace(/\n$/, ''));
    } finally {
      await vscode.workspace.fs.delete(config);
      // The next tests read no config file.
      await waitFor(async () => !(await editorRecap()).includes('Zoë Müller'), 'the config file gone');
    }
  });
});
