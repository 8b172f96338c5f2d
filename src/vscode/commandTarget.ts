import * as vscode from 'vscode';
import { RECAP_SCHEME } from './noteSource';
import { pick } from './notices';

/** Commands act on the active note, or on `{ uri }` when called from a keybinding, task or test. */
export interface TargetArgument {
  uri?: vscode.Uri | string;
}

/**
 * The note a command acts on: the one given, else the active editor's. When the focus is
 * elsewhere (a walkthrough, a view, the Problems panel), the note open in a tab: the one,
 * or the one the user picks among several.
 */
export async function targetDocument(argument?: TargetArgument): Promise<vscode.TextDocument | undefined> {
  if (argument?.uri) {
    const uri = typeof argument.uri === 'string' ? vscode.Uri.parse(argument.uri) : argument.uri;
    return vscode.workspace.openTextDocument(uri);
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown') return active;
  const open = markdownTabs();
  const uri = open.length === 1 ? open[0] : open.length > 1 ? await pickNote(open) : undefined;
  if (!uri) {
    if (open.length === 0) void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: open a client note first.'));
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** The Markdown files open in tabs, the active group's active tab first, each once; never a recap. */
function markdownTabs(): vscode.Uri[] {
  const groups = [...vscode.window.tabGroups.all].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  const tabs = groups.flatMap((group) => [...group.tabs].sort((a, b) => Number(b.isActive) - Number(a.isActive)));
  const found = new Map<string, vscode.Uri>();
  for (const { input } of tabs) {
    if (!(input instanceof vscode.TabInputText) || input.uri.scheme === RECAP_SCHEME || !/\.(md|markdown)$/i.test(input.uri.path)) continue;
    found.set(input.uri.toString(), input.uri);
  }
  return [...found.values()];
}

async function pickNote(open: readonly vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const picked = await pick(
    open.map((uri) => ({ label: uri.path.slice(uri.path.lastIndexOf('/') + 1), description: vscode.workspace.asRelativePath(uri), uri })),
    { title: vscode.l10n.t('Client Notes: which note?'), placeHolder: vscode.l10n.t('The notes open in tabs') },
  );
  return picked?.uri;
}
