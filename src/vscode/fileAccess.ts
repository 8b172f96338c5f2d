import * as vscode from 'vscode';
import type { FileAccess, FileKind } from '../core/base/fileAccess';
import { readFileText } from './noteSource';

/** `FileAccess` over `vscode.workspace.fs`, with URI strings as locations: any file system VS Code opens, in a browser too. */
export const workspaceFileAccess: FileAccess = {
  async readFile(location) {
    return readFileText(vscode.Uri.parse(location));
  },
  async stat(location) {
    return kindOf((await vscode.workspace.fs.stat(vscode.Uri.parse(location))).type);
  },
  async listFolder(location) {
    return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(location))).map(([name]) => name);
  },
};

/** A symbolic link's type carries its target's kind as well. */
function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'folder';
  return 'other';
}
