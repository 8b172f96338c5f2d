import * as vscode from 'vscode';
import type { ShownItem } from '../../src/vscode/nextSteps/nextStepsView';
import type { ClientNotesTestApi } from '../../src/extension';

export const extensionId = 'client-notes.client-notes';

/** What the extension offers its tests, activating it if it is not yet: only in an extension host run for tests (`src/vscode/testApi.ts`). */
export async function extensionApi(): Promise<ClientNotesTestApi> {
  const api = await vscode.extensions.getExtension<ClientNotesTestApi | undefined>(extensionId)!.activate();
  if (!api) throw new Error('The extension gave no test API: is its host run for tests (ExtensionMode.Test)?');
  return api;
}

/** The workspace folder the launchers open: a fresh copy of test/workspace. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need a workspace folder open.');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Polls between which the wait says, once, what it is still waiting for. */
const POLLS_BEFORE_SAYING = 200;

/**
 * Resolves with what `probe` gives once it gives something. No time is set here: on a busy
 * machine the work waited for can take long, and a wait that never ends is failed by
 * mocha's timeout; the log then says what the test was waiting for.
 */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string): Promise<T> {
  for (let polls = 1; ; polls++) {
    const value = await probe();
    if (value) return value;
    if (polls === POLLS_BEFORE_SAYING) console.log(`Still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A view's items as a reader sees them: without the invisible isolates that set the note's
 * text apart in labels, descriptions and tooltips (`isolated`), for the tests about what is shown.
 */
export function asRead<T>(items: ReadonlyArray<ShownItem<T>>): Array<ShownItem<T>> {
  const read = (text: string | undefined) => text?.replace(/[\u2068\u2069]/g, '');
  return items.map((item) => ({ ...item, label: read(item.label) ?? '', description: read(item.description), tooltip: read(item.tooltip), children: asRead(item.children) }));
}

/**
 * Accepts the first item of the quick pick that `running` (a command) opens, as soon as it
 * shows, and gives what the command returned: accepting while no quick pick is open does nothing.
 */
export async function acceptQuickPick<T>(running: Thenable<T>): Promise<T> {
  let settled = false;
  const result = Promise.resolve(running).finally(() => {
    settled = true;
  });
  while (!settled) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return result;
}

export function clientNotesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'client-notes');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : undefined;
}

export async function waitForRule(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic> {
  return waitFor(() => clientNotesDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === ruleId), `${ruleId} on ${uri.path}`);
}

/** Writes a note into the workspace copy (each run gets a fresh copy, so this is safe). */
export async function writeNote(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function closeAllEditors(): Promise<void> {
  // Untitled and edited documents (recaps typed over) are reverted, or closing would ask to save them.
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isUntitled || candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A valid note whose only finding is the missing Boundaries section. */
export const NOTE_WITHOUT_BOUNDARIES = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
channel: video-call
scenario: missed-deadline
topic: Launch moves
follow_up:
  sent: 2026-11-20
---

# Launch moves

## Facts

The staging review found two blocking bugs on 18 November.

## Agreed next steps

- Send the revised timeline (owner: me, due: 2099-01-10)
`;
