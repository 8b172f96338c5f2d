import * as vscode from 'vscode';
import { readFileText } from './noteSource';

// Data the extension ships as files beside its bundles (the built-in templates, the
// snippets) rather than bundled as code: each bundle stays small, and the host reads a
// file only when a feature first needs it. `vscode.workspace.fs` reads the extension's
// folder on the desktop and in a browser alike; `.vscodeignore` keeps the files in the .vsix.

/** The text of a file of the extension, by its path in the package (`templates/other.md`). */
export function readExtensionFile(extensionUri: vscode.Uri, path: string): Promise<string> {
  return readFileText(vscode.Uri.joinPath(extensionUri, ...path.split('/')));
}
