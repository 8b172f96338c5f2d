import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, openFixture } from './helpers';

describe('activation', () => {
  it('activates when a client note is opened', async () => {
    await openFixture('notes/acme/2026-11-20-launch-moves.md');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed in the development host`);
    await waitFor(() => extension.isActive);
    assert.equal(extension.isActive, true);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
