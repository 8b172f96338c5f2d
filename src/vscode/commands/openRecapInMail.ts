import * as vscode from 'vscode';
import { renderMailto } from '../../core/summary';
import type { TargetArgument } from './target';
import type { RecapDocuments } from '../recapDocuments';

export const OPEN_RECAP_IN_MAIL_COMMAND = 'clientNotes.openRecapInMailApp';

/**
 * Opens a new message in the mail app with the recap in view, as edited, addressed to the
 * note's contact. A recap too long for a mail link goes on the clipboard instead, with
 * the subject in the link.
 */
export function registerOpenRecapInMail(recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_RECAP_IN_MAIL_COMMAND, async (argument?: vscode.Uri | TargetArgument) => {
    const recap = recaps.findOrWarn(argument);
    if (!recap) return false;
    const message = recap.message();
    const link = renderMailto(recap.model, undefined, message);
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
    return vscode.env.openExternal(mailtoTarget(link.uri));
  });
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
