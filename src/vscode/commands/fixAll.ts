import * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import { fixAllEdit } from '../codeActions';
import { targetDocument, type TargetArgument } from './target';

export const FIX_ALL_COMMAND = 'clientNotes.fixAll';

/** How many times Fix All lints the note again when it changes before the fixes land. */
const ATTEMPTS = 5;

/** Applies every safe fix in a note as one undoable edit; resolves to whether anything changed. */
export function registerFixAll(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (argument?: TargetArgument) => {
    const document = await targetDocument(argument);
    if (!document) return false;
    const { config, relativePath } = await configuration.forDocument(document.uri);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const version = document.version;
      const edit = fixAllEdit(document, { config, relativePath, now: new Date() });
      if (!edit) {
        if (!argument) void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: nothing to fix in this note.'));
        return false;
      }
      if (await vscode.workspace.applyEdit(edit)) return true;
      // VS Code refuses an edit made for an older version of the note than its own: the
      // note changed between the lint and the edit (the user typed on). Lint it again.
      if (document.version === version) return false;
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: the note kept changing while Fix All ran, so it was left as it is. Run Fix All again.'));
    return false;
  });
}
