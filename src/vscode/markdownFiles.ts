import * as vscode from 'vscode';
import { isMarkdownFile, MARKDOWN_EXTENSIONS, SKIPPED_FOLDERS } from '../core/base/fileAccess';

const MARKDOWN_FILES = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
const SKIPPED = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;

/** The Markdown files of every workspace folder, as the digest and Lint Workspace read them. */
export function findMarkdownFiles(token?: vscode.CancellationToken): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(MARKDOWN_FILES, SKIPPED, undefined, token);
}

export interface MarkdownFileEvents {
  /** Files created or changed on disk: one per event, or every file of a folder that appeared. */
  written(uris: readonly vscode.Uri[]): void;
  deleted(uri: vscode.Uri): void;
}

/**
 * Watches the workspace's Markdown files. On Linux the watcher misses files written into
 * a folder just made, and everything in the folders made with it (parcel-bundler/watcher
 * #97, #243), so a folder copied or checked out into the workspace would go unseen: a new
 * folder's Markdown files are looked up when the folder appears.
 */
export function watchMarkdownFiles(events: MarkdownFileEvents): vscode.Disposable {
  const files = vscode.workspace.createFileSystemWatcher(MARKDOWN_FILES);
  const anyCreated = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
  return vscode.Disposable.from(
    files,
    files.onDidCreate((uri) => events.written([uri])),
    files.onDidChange((uri) => events.written([uri])),
    files.onDidDelete((uri) => events.deleted(uri)),
    anyCreated,
    anyCreated.onDidCreate(async (uri) => {
      const found = await markdownFilesInNewFolder(uri);
      if (found.length > 0) events.written(found);
    }),
  );
}

async function markdownFilesInNewFolder(uri: vscode.Uri): Promise<vscode.Uri[]> {
  // A Markdown file is the other watcher's, and nothing in a skipped folder is searched.
  if (isMarkdownFile(uri.path) || uri.path.split('/').some((segment) => SKIPPED_FOLDERS.includes(segment.toLowerCase()))) return [];
  try {
    if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return [];
    return await vscode.workspace.findFiles(new vscode.RelativePattern(uri, MARKDOWN_FILES), SKIPPED);
  } catch {
    return []; // Gone already.
  }
}
