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
  return (await completionItemsAt(uri, position)).map(labelOf);
}

async function completionItemsAt(uri: vscode.Uri, position: vscode.Position, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, triggerCharacter);
  return list.items;
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
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

describe('snippets as you type', () => {
  afterEach(closeAllEditors);

  // Markdown has suggestions as you type off: typing the `-` of `cn-` (a trigger
  // character) is what brings the snippets up.
  it('offers every cn- snippet when the dash of cn- is typed, replacing what was typed', async () => {
    const uri = await writeNote('notes/acme/completion-snippets.md', `${NOTE}\n## Agreed next steps\n\ncn-\n`);
    await openFixture('notes/acme/completion-snippets.md');
    const line = NOTE.split('\n').length + 2;
    const items = (await completionItemsAt(uri, new vscode.Position(line, 3), '-')).filter((item) => item.insertText instanceof vscode.SnippetString && labelOf(item).startsWith('cn-'));
    const labels = new Set(items.map(labelOf));
    for (const prefix of ['cn-note', 'cn-frontmatter', 'cn-facts', 'cn-boundaries', 'cn-next-steps', 'cn-step', 'cn-missed-deadline']) assert.ok(labels.has(prefix), `${prefix} in ${[...labels]}`);
    const step = items.find((item) => labelOf(item) === 'cn-step' && item.range instanceof vscode.Range);
    assert.ok(step, 'cn-step replaces the typed prefix');
    assert.deepEqual((step.range as vscode.Range).start, new vscode.Position(line, 0));
  });

  it('offers none after another dash', async () => {
    const uri = await writeNote('notes/acme/completion-no-snippets.md', `${NOTE}\n## Facts\n\n- The follow-\n`);
    await openFixture('notes/acme/completion-no-snippets.md');
    const line = NOTE.split('\n').length + 2;
    const items = await completionItemsAt(uri, new vscode.Position(line, 13), '-');
    assert.ok(!items.some((item) => labelOf(item).startsWith('cn-') && item.range instanceof vscode.Range && (item.range as vscode.Range).start.character === 13 - 'follow-'.length), 'no snippet replacing "follow-"');
  });
});
