import * as vscode from 'vscode';
import { buildReminder, checkReminder } from '../../core/recap/reminder';
import type { NoteConfiguration } from '../configuration';
import { notify, offerCommands } from '../notices';
import type { RecapDocuments } from '../recap/recapDocuments';
import { now, today } from '../clock';
import { COPY_RECAP_COMMAND } from '../recap/copyRecap';
import { OPEN_RECAP_IN_MAIL_COMMAND } from '../recap/openRecapInMail';
import { targetDocument, type TargetArgument } from '../commandTarget';

export const DRAFT_REMINDER_COMMAND = 'clientNotes.draftReminder';

/** What the command takes: a step of the Next Steps or Clients view (its note), `{ uri }`, or nothing (the note in view). */
type DraftReminderArgument = TargetArgument | { kind: string; uri?: vscode.Uri };

/**
 * Drafts a reminder of the client's overdue steps of a note (`core/recap/reminder.ts`)
 * and shows it beside the note, as a document to edit before sending, like the recap:
 * Copy, Save as .eml and Open in Mail App act on it as edited. What the check before
 * sending finds in what it quotes is said first. Resolves to the reminder's Markdown, or
 * undefined when the note has no overdue step of the client's.
 */
export function registerDraftReminder(configuration: NoteConfiguration, recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(DRAFT_REMINDER_COMMAND, async (argument?: DraftReminderArgument) => {
    const note = await targetDocument(argument?.uri ? { uri: argument.uri } : (recaps.noteOf() ?? undefined));
    if (!note) return undefined;
    const { config, relativePath } = await configuration.forDocument(note.uri);
    const text = note.getText();
    const built = buildReminder(text, config, today(), relativePath, vscode.env.language);
    if (!built.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: no reminder for this note. {0}', built.problems.join(' ')));
      return undefined;
    }
    const { reminder } = built;
    if (reminder.steps.length === 0) {
      void notify(vscode.window.showInformationMessage, vscode.l10n.t("Client Notes: no step of the client's in this note is overdue; there is nothing to remind them of."));
      return undefined;
    }
    const draft = await recaps.showDraft(note.uri, reminder.model, 'reminder', { markdown: reminder.markdown, message: reminder.message });
    const findings = checkReminder(text, reminder, config, now(), relativePath, vscode.env.language);
    if (findings.length > 0) {
      void notify(vscode.window.showWarningMessage, vscode.l10n.t('Client Notes: check the reminder before sending it: {0} ({1})', findings[0].message, findings[0].ruleId));
    } else {
      // Two buttons at most, as over a recap; Save as .eml sits on the draft's title bar with them.
      const actions: Array<[string, string]> = [
        [vscode.l10n.t('Copy'), COPY_RECAP_COMMAND],
        [vscode.l10n.t('Open in Mail App'), OPEN_RECAP_IN_MAIL_COMMAND],
      ];
      offerCommands(vscode.window.showInformationMessage, vscode.l10n.t('Client Notes: the reminder "{0}" is ready; edit it here before sending.', reminder.message.subject), actions, draft.document.uri);
    }
    return reminder.markdown;
  });
}
