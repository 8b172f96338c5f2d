import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../src/core/lint/engine';
import {
  clientNotesDiagnostics,
  closeAllEditors,
  extensionApi,
  openFixture,
  ruleOf,
  waitFor,
  waitForRule,
  workspaceRoot,
  workspaceUri,
  writeNote,
  NOTE_WITHOUT_BOUNDARIES,
} from './helpers';

describe('diagnostics', () => {
  afterEach(closeAllEditors);

  it('reports a missing section with source, rule code and documentation link', async () => {
    const uri = await writeNote('notes/acme/no-boundaries.md', NOTE_WITHOUT_BOUNDARIES);
    await openFixture('notes/acme/no-boundaries.md');
    const diagnostic = await waitForRule(uri, 'required-sections');
    assert.equal(diagnostic.source, 'client-notes');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /Missing section "Boundaries"/);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/required-sections\.md$/);
    // The extension's own copy of the page, so that the link works offline.
    await vscode.workspace.fs.stat(code.target);
  });

  it('leaves an ordinary Markdown file alone', async () => {
    const editor = await openFixture('README.md');
    // The lint opening it started has finished: it reported nothing.
    await (await extensionApi()).diagnosticsIdle();
    assert.deepEqual(clientNotesDiagnostics(editor.document.uri), []);
  });

  it('updates as the user types and clears a file that stops being a note', async () => {
    const uri = await writeNote('notes/acme/typing.md', NOTE_WITHOUT_BOUNDARIES);
    const editor = await openFixture('notes/acme/typing.md');
    await waitForRule(uri, 'required-sections');
    await editor.edit((builder) => builder.insert(new vscode.Position(editor.document.lineCount, 0), '\n## Boundaries\n\nNo work at weekends.\n'));
    await waitFor(() => !clientNotesDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === 'required-sections'), 'the finding to go');
    const typeLine = editor.document.lineAt(1).range;
    await editor.edit((builder) => builder.replace(typeLine, 'type: meeting'));
    await waitFor(() => clientNotesDiagnostics(uri).length === 0, 'all findings to clear');
  });

  it('clears findings when the note is closed', async () => {
    const uri = await writeNote('notes/acme/closing.md', NOTE_WITHOUT_BOUNDARIES);
    await openFixture('notes/acme/closing.md');
    await waitForRule(uri, 'required-sections');
    await closeAllEditors();
    await waitFor(() => clientNotesDiagnostics(uri).length === 0, 'the findings to clear');
  });

  it('takes severities from the settings', async () => {
    const uri = await writeNote('notes/acme/severity.md', NOTE_WITHOUT_BOUNDARIES);
    await openFixture('notes/acme/severity.md');
    await waitForRule(uri, 'required-sections');
    const settings = vscode.workspace.getConfiguration('clientNotes');
    try {
      await settings.update('rules', { 'required-sections': 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(
        () => clientNotesDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === 'required-sections' && diagnostic.severity === vscode.DiagnosticSeverity.Error),
        'an error-level finding',
      );
      await settings.update('rules', { 'required-sections': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !clientNotesDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === 'required-sections'), 'the rule to be off');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reports keys of other tools only with the strictKeys setting', async () => {
    const uri = await writeNote('notes/acme/obsidian-keys.md', NOTE_WITHOUT_BOUNDARIES.replace('---\n', '---\naliases: [Acme launch]\n'));
    await openFixture('notes/acme/obsidian-keys.md');
    await waitForRule(uri, 'required-sections');
    const unknownKey = () => clientNotesDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === 'frontmatter-schema' && /"aliases"/.test(diagnostic.message));
    assert.equal(unknownKey(), undefined);
    const settings = vscode.workspace.getConfiguration('clientNotes');
    try {
      await settings.update('strictKeys', true, vscode.ConfigurationTarget.Workspace);
      await waitFor(unknownKey, 'the unknown key reported');
    } finally {
      await settings.update('strictKeys', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reads the workspace config file', async () => {
    const uri = await writeNote('notes/acme/config-file.md', NOTE_WITHOUT_BOUNDARIES);
    const config = await writeNote('.clientnotesrc.json', JSON.stringify({ rules: { 'required-sections': 'info' } }));
    try {
      await openFixture('notes/acme/config-file.md');
      await waitFor(
        () => clientNotesDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === 'required-sections' && diagnostic.severity === vscode.DiagnosticSeverity.Information),
        'the config file severity',
      );
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor(
      () => clientNotesDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === 'required-sections' && diagnostic.severity === vscode.DiagnosticSeverity.Warning),
      'the default severity once the file is gone',
    );
  });

  it('takes the nearest config file up to the workspace folder, and none above it', async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri('clients/hooli/2026'));
    await vscode.workspace.fs.createDirectory(workspaceUri('unconfigured'));
    // The same lookup as the CLI's: from the note's folder upward, stopping at the workspace folder.
    const above = vscode.Uri.joinPath(workspaceRoot(), '..', '.clientnotesrc.json');
    await vscode.workspace.fs.writeFile(above, new TextEncoder().encode(JSON.stringify({ rules: { 'required-sections': 'off' } })));
    await writeNote('clients/.clientnotesrc.yaml', 'rules:\n  required-sections: error\n');
    try {
      const deep = await writeNote('clients/hooli/2026/deep.md', NOTE_WITHOUT_BOUNDARIES);
      await openFixture('clients/hooli/2026/deep.md');
      await waitFor(
        () => clientNotesDiagnostics(deep).find((diagnostic) => ruleOf(diagnostic) === 'required-sections' && diagnostic.severity === vscode.DiagnosticSeverity.Error),
        'the severity of the config file two folders up',
      );
      const unconfigured = await writeNote('unconfigured/note.md', NOTE_WITHOUT_BOUNDARIES);
      await openFixture('unconfigured/note.md');
      const diagnostic = await waitForRule(unconfigured, 'required-sections');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'the config file above the workspace folder is not read');
    } finally {
      await vscode.workspace.fs.delete(above);
      await vscode.workspace.fs.delete(workspaceUri('clients'), { recursive: true });
      await vscode.workspace.fs.delete(workspaceUri('unconfigured'), { recursive: true });
    }
  });

  it('lints the whole workspace, including notes that are not open', async () => {
    const closed = workspaceUri('notes/initech/2026-11-20-closed-note.md');
    assert.deepEqual(clientNotesDiagnostics(closed), []);
    const notes = await vscode.commands.executeCommand<number>('clientNotes.lintWorkspace');
    assert.ok(notes >= 3, `found ${notes} notes`);
    const diagnostic = await waitForRule(closed, 'frontmatter-schema');
    assert.match(diagnostic.message, /Did you mean "scope-change"/);
    assert.deepEqual(clientNotesDiagnostics(workspaceUri('README.md')), []);

    const created = await writeNote('notes/initech/created-later.md', NOTE_WITHOUT_BOUNDARIES);
    await waitForRule(created, 'required-sections');
    await vscode.workspace.fs.delete(created);
    await waitFor(() => clientNotesDiagnostics(created).length === 0, 'findings of a deleted note to go');

    // A folder of notes copied in: the watcher alone misses files written into a folder just made.
    const copied = await Promise.all(['one', 'two/deeper', 'three'].map((folder) => writeNote(`notes/copied-${folder}/note.md`, NOTE_WITHOUT_BOUNDARIES)));
    for (const uri of copied) await waitForRule(uri, 'required-sections');
  });

  it("never ends on an older text's findings: after edits, saves, Lint Workspace and a settings change, the panel matches the text", async () => {
    const uri = await writeNote('notes/acme/busy.md', NOTE_WITHOUT_BOUNDARIES);
    const editor = await openFixture('notes/acme/busy.md');
    await waitForRule(uri, 'required-sections');
    const settings = vscode.workspace.getConfiguration('clientNotes');
    const running: Array<Thenable<unknown>> = [];
    try {
      for (let step = 1; step <= 30; step++) {
        // Each line lands above the findings, moving them, and every other one is a finding itself.
        const line = step % 2 ? `Obviously, step ${step} was late.\n` : `Step ${step} was on time.\n`;
        const facts = editor.document.getText().split('\n').indexOf('## Facts');
        await editor.edit((builder) => builder.insert(new vscode.Position(facts + 2, 0), line));
        // Each of these lints the note too, from the editor or from disk, while the edits go on.
        if (step % 7 === 0) running.push(editor.document.save());
        if (step % 10 === 0) running.push(vscode.commands.executeCommand('clientNotes.lintWorkspace'));
        if (step === 12) running.push(settings.update('rules', { 'judgemental-facts': 'warning' }, vscode.ConfigurationTarget.Workspace));
        if (step === 24) running.push(settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace));
      }
      await Promise.all(running);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }

    const expected = findingsOf(editor.document);
    assert.ok(expected.filter((finding) => finding.startsWith('judgemental-facts')).length >= 15, expected.join('\n'));
    await waitFor(() => JSON.stringify(shownFindings(uri)) === JSON.stringify(expected), `the findings of the final text:\n${expected.join('\n')}`);
    // A lint that started earlier and finishes late must not bring older findings back.
    await (await extensionApi()).diagnosticsIdle();
    assert.deepEqual(shownFindings(uri), expected);
  });

  it('stops the lint of a large note when the text changes under it, and shows the findings of the last version only', async () => {
    const api = await extensionApi();
    // Large enough to be linted in steps, with the editor's other work let in between.
    const facts = Array.from({ length: 600 }, (_, index) => `Meeting ${index + 1} reviewed the staging build and its open bugs.`).join('\n\n');
    const uri = await writeNote('notes/acme/large-typing.md', NOTE_WITHOUT_BOUNDARIES.replace('## Facts\n', `## Facts\n\n${facts}\n`));
    const editor = await openFixture('notes/acme/large-typing.md');
    assert.ok(editor.document.getText().length > 32 * 1024);
    await waitForRule(uri, 'required-sections');
    await api.diagnosticsIdle();
    const factsLine = editor.document.getText().split('\n').indexOf('## Facts') + 2;
    const judged = (finding: string) => finding.startsWith(`judgemental-facts ${factsLine}:`);

    // The pause after this edit starts a lint of its text, held before one of its steps…
    const holding = api.holdNextLint(uri, editor.document.version + 1);
    await editor.edit((builder) => builder.insert(new vscode.Position(factsLine, 0), 'Obviously, the launch was late.\n\n'));
    assert.ok(findingsOf(editor.document).some(judged), 'the edit adds a finding');
    const held = await holding;
    assert.equal(held.version, editor.document.version);
    // …while the user goes on typing: the judgement is reworded, then more lines come.
    await editor.edit((builder) => builder.replace(editor.document.lineAt(factsLine).range, 'The launch was late by two days.'));
    for (let line = 1; line <= 5; line++) await editor.edit((builder) => builder.insert(new vscode.Position(factsLine + 2, 0), `Typed line ${line}.\n\n`));

    // Let go, it stops with no result, so its findings, of a text the note no longer has, are never shown. (Another lint of that
    // text, which a late event such as a settings change may start while it is still the note's, shows them rightly then: the
    // Problems panel is not asked here for what it shows in between.)
    assert.equal(await held.release(), false, 'the held lint stopped once let go, its text being gone');
    await api.diagnosticsIdle();
    assert.ok(!shownFindings(uri).some(judged), shownFindings(uri).join('\n'));
    assert.deepEqual(shownFindings(uri), findingsOf(editor.document));
  });
});

/** The findings of a document's text as it is now, as the Problems panel words them. */
function findingsOf(document: vscode.TextDocument): string[] {
  return lint(document.getText(), { now: new Date() })
    .messages.map((message) => describeFinding(message.ruleId, new vscode.Range(document.positionAt(message.start), document.positionAt(message.end)), message.message))
    .sort();
}

/** The findings the Problems panel shows for a note. */
function shownFindings(uri: vscode.Uri): string[] {
  return clientNotesDiagnostics(uri)
    .map((diagnostic) => describeFinding(ruleOf(diagnostic), diagnostic.range, diagnostic.message))
    .sort();
}

function describeFinding(ruleId: string | undefined, range: vscode.Range, message: string): string {
  return `${ruleId} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;
}
