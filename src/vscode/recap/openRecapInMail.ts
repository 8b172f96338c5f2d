import * as vscode from 'vscode';
import { renderMailto } from '../../core/recap';
import type { TargetArgument } from '../commandTarget';
import { offerCommands } from '../notices';
import type { RecapDocuments } from './recapDocuments';
import { COPY_RECAP_COMMAND } from './copyRecap';
import { SAVE_RECAP_EML_COMMAND } from './saveRecapEml';

export const OPEN_RECAP_IN_MAIL_COMMAND = 'clientNotes.openRecapInMailApp';

/**
 * Opens a new message in the mail app with the recap in view, as edited, addressed to the
 * note's contact. A recap too long for a mail link goes on the clipboard instead, with
 * the subject in the link. When no mail program takes the link (VS Code says so, or
 * fails), one short warning offers the other ways out: Copy and Save as .eml. Resolves to
 * whether a mail program took it.
 */
export function registerOpenRecapInMail(recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_RECAP_IN_MAIL_COMMAND, async (argument?: vscode.Uri | TargetArgument) => {
    const recap = recaps.findOrWarn(argument);
    if (!recap) return false;
    const message = recap.message();
    const link = renderMailto(recap.model, undefined, message, vscode.env.language);
    if (!link.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', link.problems.join(' ')));
      return false;
    }
    if (!link.complete) {
      await vscode.env.clipboard.writeText(message.body);
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Client Notes: the recap is too long for a mail link, so the new message has only the subject. Its text is on the clipboard: paste it into the message.',
        ),
      );
    }
    const opened = await Promise.resolve(vscode.env.openExternal(mailtoTarget(link.uri))).catch(() => false);
    if (!opened) offerOtherWays(recap.document.uri);
    return opened;
  });
}

function offerOtherWays(recap: vscode.Uri): void {
  const message = vscode.l10n.t('Client Notes: no mail app opened the recap. Copy it, or save it as an .eml draft.');
  offerCommands(vscode.window.showWarningMessage, message, [[vscode.l10n.t('Copy'), COPY_RECAP_COMMAND], [vscode.l10n.t('Save as .eml'), SAVE_RECAP_EML_COMMAND]], recap);
}

/**
 * What to hand to `env.openExternal` for a mailto link. A Uri is re-encoded on the way
 * (`encodeURI(uri.toString(true))`), which turns an encoded `&` in the subject or body back
 * into a parameter separator; VS Code opens a string target exactly as given, so the link
 * goes as a string whenever the Uri would not survive that trip.
 */
export function mailtoTarget(link: string): vscode.Uri {
  const uri = vscode.Uri.parse(link);
  if (sameMailto(encodeURI(uri.toString(true)), link)) return uri;
  return link as unknown as vscode.Uri;
}

function sameMailto(a: string, b: string): boolean {
  const parts = (link: string) => {
    const [to, query = ''] = link.split('?', 2);
    return JSON.stringify([safeDecode(to), ...query.split('&').map(safeDecode)]);
  };
  return parts(a) === parts(b);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
