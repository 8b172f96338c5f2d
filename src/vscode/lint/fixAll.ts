import * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { FixAllResult } from '../../core/lint/engine';
import { fixAllEdit } from './codeActions';
import { notify } from '../notices';
import { targetDocument, type TargetArgument } from '../commandTarget';
import { editorLintOptions } from './lintOptions';

export const FIX_ALL_COMMAND = 'clientNotes.fixAll';

/** How many times Fix All lints the note again when it changes before the fixes land. */
const ATTEMPTS = 5;

/**
 * Applies every safe fix in a note as one undoable edit and, run by the user, says what it
 * did and what is left for them; resolves to whether anything changed.
 */
export function registerFixAll(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(FIX_ALL_COMMAND, async (argument?: TargetArgument) => {
    const document = await targetDocument(argument);
    if (!document) return false;
    const { config, relativePath } = await configuration.forDocument(document.uri);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const version = document.version;
      const fixes = fixAllEdit(document, editorLintOptions({ config, relativePath }));
      if (!fixes) {
        if (!argument) void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: nothing to fix in this note.'));
        return false;
      }
      if (await vscode.workspace.applyEdit(fixes.edit)) {
        if (!argument) void notify(vscode.window.showInformationMessage, whatWasFixed(fixes.result));
        return true;
      }
      // VS Code refuses an edit made for an older version of the note than its own: the
      // note changed between the lint and the edit (the user typed on). Lint it again.
      if (document.version === version) return false;
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: the note kept changing while Fix All ran, so it was left as it is. Run Fix All again.'));
    return false;
  });
}

/** "Fixed 3 of 9 findings; 6 need you": what Fix All did, counted in findings, as Problems shows them. */
function whatWasFixed({ found, remaining }: FixAllResult): string {
  const fixed = found - remaining;
  if (remaining === 0) return found === 1 ? vscode.l10n.t('Client Notes: fixed the one finding of this note.') : vscode.l10n.t('Client Notes: fixed all {0} findings of this note.', found);
  if (fixed <= 0) return vscode.l10n.t('Client Notes: Fix All tidied the note; its {0} findings need you (see Problems).', remaining);
  return vscode.l10n.t('Client Notes: fixed {0} of {1} findings; {2} need you (see Problems).', fixed, found, remaining);
}
