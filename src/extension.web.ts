// The browser's entry (package.json `browser`): the web worker extension host of vscode.dev
// and github.dev, with no disk and no threads; every note is read through
// `vscode.workspace.fs`. Nothing here may import Node (test/unit/vscode/browser-bundle.test.ts).
import type * as vscode from 'vscode';
import { activateClientNotes, type ClientNotesTestApi } from './vscode/activate';

export function activate(context: vscode.ExtensionContext): ClientNotesTestApi | undefined {
  return activateClientNotes(context, { digestFilesOnDisk: undefined });
}

export function deactivate(): void {}
