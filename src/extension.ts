// The desktop's entry (package.json `main`): VS Code's Node extension host, where the
// first scan of the workspace reads the disk in worker threads.
import * as vscode from 'vscode';
import { digestFilesOnDisk } from './node/diskDigests';
import { activateClientNotes, type ClientNotesTestApi } from './vscode/activate';

export type { ClientNotesTestApi } from './vscode/activate';

export function activate(context: vscode.ExtensionContext): ClientNotesTestApi | undefined {
  return activateClientNotes(context, { digestFilesOnDisk: digestFilesOnDisk(vscode.Uri.joinPath(context.extensionUri, 'dist', 'digestWorker.js').fsPath) });
}

export function deactivate(): void {}
