import type * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import type { RecapDocuments } from '../recap/recapDocuments';
import { registerDraftReminder } from './draftReminder';
import { registerDueNotice } from './dueNotice';

/** Reminders: the daily notice of the steps that fell due, and Draft Reminder, a message of a note's overdue steps for the client. */
export function activateReminders(context: vscode.ExtensionContext, digest: WorkspaceDigest, configuration: NoteConfiguration, recaps: RecapDocuments): void {
  context.subscriptions.push(registerDraftReminder(configuration, recaps), registerDueNotice(digest, context.globalState, configuration));
}
