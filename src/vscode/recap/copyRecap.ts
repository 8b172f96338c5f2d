import * as vscode from 'vscode';
import type { TargetArgument } from '../commandTarget';
import type { RecapDocuments } from './recapDocuments';

export const COPY_RECAP_COMMAND = 'clientNotes.copyRecap';

/**
 * Copies the recap in view, as edited, as plain text: what a mail's body holds, without
 * Markdown syntax and without the title (the subject goes in the mail's subject field).
 * Resolves to the copied text.
 */
export function registerCopyRecap(recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_RECAP_COMMAND, async (argument?: vscode.Uri | TargetArgument) => {
    const recap = recaps.findOrWarn(argument);
    if (!recap) return undefined;
    const { subject, body } = recap.message();
    await vscode.env.clipboard.writeText(body);
    void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: the recap is on the clipboard. Subject: {0}', subject));
    return body;
  });
}
