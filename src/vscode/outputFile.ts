import * as vscode from 'vscode';

/** How writing an output file ended; only `written` wrote anything. */
export type OutputOutcome = 'written' | 'exists' | 'symlink';

/**
 * The editor's one way to write a file the user named (an .eml draft): never through a
 * symbolic link, which anyone who can write a shared notes folder may have put there to
 * lead to any file of the user's, and over an existing file only when `mayReplace` (the
 * save dialog asked). `workspace.fs` has no way to open without following a link, so one
 * made between this look and the write is not caught; the command line's `replaceFile`,
 * on Node's `fs`, closes that gap.
 */
export async function writeOutputFile(target: vscode.Uri, bytes: Uint8Array, mayReplace: boolean): Promise<OutputOutcome> {
  // A link leading nowhere is there too: its type is Unknown | SymbolicLink.
  const type = await vscode.workspace.fs.stat(target).then(
    (stat) => stat.type,
    () => undefined,
  );
  if (type !== undefined && (type & vscode.FileType.SymbolicLink) !== 0) return 'symlink';
  if (type !== undefined && !mayReplace) return 'exists';
  await vscode.workspace.fs.writeFile(target, bytes);
  return 'written';
}
