import * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import { fixAllEdit } from '../codeActions';
import { targetDocument, type TargetArgument } from './target';

export const FIX_ALL_COMMAND = 'clientNotes.fixAll';

/** Applies every safe fix in a note as one undoable edit; resolves to whether anything changed. */
export function registerFixAll(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (argument?: TargetArgument) => {
    const document = await targetDocument(argument);
    if (!document) return false;
    const { config, relativePath } = await configuration.forDocument(document.uri);
    const edit = fixAllEdit(document, { config, relativePath, now: new Date() });
    if (!edit) {
      if (!argument) void vscode.window.showInformationMessage('Client Notes: nothing to fix in this note.');
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  });
}
