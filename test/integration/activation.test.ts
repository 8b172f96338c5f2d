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
    const manifest = extension.packageJSON;
    const declared = (manifest.contributes.commands as Array<{ command: string }>).map((entry) => entry.command).sort();
    // VS Code adds commands of its own for each view (`clientNotes.nextSteps.focus`…).
    const views = Object.values(manifest.contributes.views as Record<string, Array<{ id: string }>>).flat().map((view) => `${view.id}.`);
    const registered = (await vscode.commands.getCommands(true))
      .filter((command) => command.startsWith('clientNotes.') && !views.some((view) => command.startsWith(view)))
      .sort();
    assert.ok(declared.length > 0);
    assert.deepEqual(registered, declared);
  });
});
