import type * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { registerHistoryPage, type HistoryPages } from './historyPage';

/** A client's History, a page of the signals, the timeline and the steps of every conversation with them. */
export function activateHistory(context: vscode.ExtensionContext, digest: WorkspaceDigest, configuration: NoteConfiguration): HistoryPages {
  const pages = registerHistoryPage(digest, configuration, context.extensionUri);
  context.subscriptions.push(pages);
  return pages;
}
