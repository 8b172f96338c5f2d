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
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', result.problem));
      return false;
    }
    if (result.edits.length === 0) {
      if (!argument) void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: the follow-up is already marked as sent today ({0}).', today));
      return false;
    }
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, result.edits));
    if (applied && !argument) {
      void vscode.window.showInformationMessage(
        result.previous && result.previous !== 'false'
          ? vscode.l10n.t('Client Notes: follow-up marked as sent on {0} (it said {1}).', today, result.previous)
          : vscode.l10n.t('Client Notes: follow-up marked as sent on {0}.', today),
      );
    }
    return applied;
  });
}
