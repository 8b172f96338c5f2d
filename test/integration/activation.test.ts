import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it('activates when a client note is opened', async () => {
    await openFixture('notes/acme/2026-11-20-launch-moves.md');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed in the development host`);
    await waitFor(() => extension.isActive, 'activation');
  });

  it('registers every command of the manifest, and declares every command it registers', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    const declared = (extension.packageJSON.contributes.commands as Array<{ command: string }>).map((entry) => entry.command).sort();
    const registered = (await vscode.commands.getCommands(true)).filter((command) => command.startsWith('clientNotes.')).sort();
    assert.ok(declared.length > 0);
    assert.deepEqual(registered, declared);
  });
});
