import * as vscode from 'vscode';
import { decodeUserText, MAX_USER_FILE_SIZE } from '../core/base/decodeText';

// How the editor reads a user's file (a note, a template, a config file), the one way: an
// open note answers with its text as edited; a file, with its bytes decoded as the command
// line decodes them (a byte order mark, UTF-16, U+FFFD for bytes that are no text) and
// refused past the size the command line reads, so that both read a file alike.

/** The document VS Code holds open for `uri`, if any. */
export function openDocumentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

/** The text of the file on disk. Throws when it cannot be read or is larger than `MAX_USER_FILE_SIZE`. */
export async function readFileText(uri: vscode.Uri): Promise<string> {
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > MAX_USER_FILE_SIZE) throw new Error(vscode.l10n.t('{0} is {1} bytes; Client Notes reads files of up to {2} bytes.', uri.toString(), size, MAX_USER_FILE_SIZE));
  return decodeUserText(await vscode.workspace.fs.readFile(uri)).text;
}

/**
 * The scheme of the drafts (recaps and reminders, `recap/recapDocuments.ts`), which live in
 * memory: a document of it is never a note, and never a user's file.
 */
export const RECAP_SCHEME = 'client-notes-recap';
