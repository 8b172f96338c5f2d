import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor, workspaceUri, writeNote } from './helpers';

const NOTE = `---
type: client-conversation
client: Acme Ltd
date: 2026-11-20
scenario: 
topic: Launch moves

---

# Launch moves
`;

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('frontmatter completion and hover', () => {
  afterEach(closeAllEditors);

  it('offers the schema keys not yet written', async () => {
    const uri = await writeNote('notes/acme/completion-keys.md', NOTE);
    await openFixture('notes/acme/completion-keys.md');
    const labels = await completionsAt(uri, new vscode.Position(6, 0));
    for (const key of ['channel', 'contact', 'next_steps', 'boundaries', 'follow_up']) assert.ok(labels.includes(key), `${key} in ${labels}`);
    assert.ok(!labels.includes('client'), 'client is already written');
  });

  it('offers the scenario values', async () => {
    const uri = await writeNote('notes/acme/completion-scenario.md', NOTE);
    await openFixture('notes/acme/completion-scenario.md');
    const labels = await completionsAt(uri, new vscode.Position(4, 10));
    assert.ok(labels.includes('missed-deadline'));
    assert.ok(labels.includes('invoice-dispute'));
  });

  it('offers known clients from other notes', async () => {
    const uri = await writeNote('notes/acme/completion-client.md', NOTE.replace('client: Acme Ltd', 'client: '));
    await openFixture('notes/acme/completion-client.md');
    const labels = await completionsAt(uri, new vscode.Position(2, 8));
    assert.ok(labels.includes('Globex'), `${labels}`);
    assert.ok(labels.includes('Initech'));
  });

  it('offers the clients of notes that only the include globs make notes', async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri('minutes/hooli'));
    await writeNote('minutes/hooli/2026-11-02-kick-off.md', '---\nclient: Hooli\ndate: 2026-11-02\n---\n\n# Kick-off\n');
    const uri = await writeNote('notes/acme/completion-included-client.md', NOTE.replace('client: Acme Ltd', 'client: '));
    await openFixture('notes/acme/completion-included-client.md');
    const offersHooli = async () => (await completionsAt(uri, new vscode.Position(2, 8))).includes('Hooli');
    // In a parent folder of the note it includes, as the linter reads it.
    const config = await writeNote('minutes/.clientnotesrc.json', JSON.stringify({ include: ['**/*.md'] }));
    try {
      await waitFor(offersHooli, 'Hooli, from a note included by a glob');
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor(async () => !(await offersHooli()), 'Hooli to go with the glob');
    await vscode.workspace.fs.delete(workspaceUri('minutes'), { recursive: true });
  });

  it('shows the schema description on hover', async () => {
    const uri = await writeNote('notes/acme/hover.md', NOTE);
    await openFixture('notes/acme/hover.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(5, 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /recap's subject/);
  });
});
