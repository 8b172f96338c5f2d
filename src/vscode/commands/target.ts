import * as vscode from 'vscode';

/** Commands act on the active note, or on `{ uri }` when called from a keybinding, task or test. */
export interface TargetArgument {
  uri?: vscode.Uri | string;
}

export async function targetDocument(argument?: TargetArgument): Promise<vscode.TextDocument | undefined> {
  if (argument?.uri) {
    const uri = typeof argument.uri === 'string' ? vscode.Uri.parse(argument.uri) : argument.uri;
    return vscode.workspace.openTextDocument(uri);
  }
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: open a client note first.'));
    return undefined;
  }
  return document;
}
