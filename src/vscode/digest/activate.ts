import type * as vscode from 'vscode';
import type { DigestFiles } from '../../core/digest/noteDigest';
import type { NoteConfiguration } from '../configuration';
import { WorkspaceDigest } from './workspaceDigest';

/**
 * The workspace digest, which the views, the status bar, completion, the reminders and New
 * Conversation Note read: one scan, one watcher, open notes as they are typed. On the
 * desktop its first scan digests the disk in worker threads (`digestFilesOnDisk`); in a
 * browser, undefined, it reads every note through `vscode.workspace.fs`.
 */
export function activateDigest(context: vscode.ExtensionContext, configuration: NoteConfiguration, digestFilesOnDisk: DigestFiles | undefined): WorkspaceDigest {
  const digest = new WorkspaceDigest(configuration, digestFilesOnDisk);
  context.subscriptions.push(digest);
  return digest;
}
