import * as vscode from 'vscode';
import { markFollowUpSentEdits } from '../../core/edit/markFollowUpSent';
import { localDay } from '../../core/base/text';
import { toWorkspaceEdit } from '../convert';
import { recapNote } from './generateFollowUp';
import { targetDocument, type TargetArgument } from './target';

export const MARK_FOLLOW_UP_SENT_COMMAND = 'clientNotes.markFollowUpSent';

/**
 * Sets `follow_up.sent` to today in the note's frontmatter as one undoable edit, changing
 * nothing else in the YAML. Resolves to whether the note changed.
 */
export function registerMarkFollowUpSent(): vscode.Disposable {
  return vscode.commands.registerCommand(MARK_FOLLOW_UP_SENT_COMMAND, async (argument?: TargetArgument) => {
    const document = await targetDocument(argument?.uri ? argument : recapNote() ?? argument);
    if (!document) return false;
    const today = localDay(new Date());
    const result = markFollowUpSentEdits(document.getText(), today);
    if (!result.ok) {
      void vscode.window.showErrorMessage(`Client Notes: ${result.problem}`);
      return false;
    }
    if (result.edits.length === 0) {
      if (!argument) void vscode.window.showInformationMessage(`Client Notes: the follow-up is already marked as sent today (${today}).`);
      return false;
    }
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, result.edits));
    if (applied && !argument) {
      const was = result.previous && result.previous !== 'false' ? ` (it said ${result.previous})` : '';
      void vscode.window.showInformationMessage(`Client Notes: follow-up marked as sent on ${today}${was}.`);
    }
    return applied;
  });
}
