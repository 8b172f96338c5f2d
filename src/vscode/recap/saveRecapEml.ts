import * as vscode from 'vscode';
import { renderEml } from '../../core/recap';
import type { TargetArgument } from '../commandTarget';
import type { RecapDocuments } from './recapDocuments';
import { writeOutputFile } from '../outputFile';
import { now } from '../clock';

export const SAVE_RECAP_EML_COMMAND = 'clientNotes.saveRecapAsEml';

export interface SaveRecapEmlArgument extends TargetArgument {
  /** Where to write the draft; given, no save dialog is shown. */
  target?: vscode.Uri;
}

/**
 * Saves the recap in view, as edited, as an .eml draft with the note's To, the configured
 * From and today's Date. Resolves to the file written, or undefined.
 */
export function registerSaveRecapEml(recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(SAVE_RECAP_EML_COMMAND, async (argument?: vscode.Uri | SaveRecapEmlArgument) => {
    const recap = recaps.findOrWarn(argument);
    if (!recap) return undefined;
    const eml = renderEml(recap.model, now(), recap.message(), vscode.env.language);
    if (!eml.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', eml.problems.join(' ')));
      return undefined;
    }
    const note = recap.note;
    const defaultUri = note.scheme === 'untitled' ? undefined : note.with({ path: note.path.replace(/(\.(md|markdown))?$/i, '.eml') });
    const given = argument instanceof vscode.Uri ? undefined : argument?.target;
    const target =
      given ??
      (await vscode.window.showSaveDialog({
        defaultUri,
        filters: { [vscode.l10n.t('Email message')]: ['eml'] },
        saveLabel: vscode.l10n.t('Save Recap'),
        title: vscode.l10n.t('Save the recap as an email draft'),
      }));
    if (!target) return undefined;
    const name = target.path.split('/').pop() ?? '';
    // The save dialog asks before replacing a file that exists; a target given by a
    // keybinding or a task is never asked about, so it may not be one (a note, say).
    const outcome = await writeOutputFile(target, new TextEncoder().encode(eml.text), given === undefined);
    if (outcome === 'exists') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0} already exists; the recap is not saved over it.', name));
      return undefined;
    }
    if (outcome === 'symlink') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0} is a symbolic link; the recap is not saved through it. Choose another name.', name));
      return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: saved {0}; open it with your mail program to send it.', name));
    return target;
  });
}
