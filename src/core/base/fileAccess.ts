/**
 * The few file operations the core needs, so that one algorithm runs over Node's `fs` (the
 * CLI) and over `vscode.workspace.fs` (the editor, on the desktop and in a browser).
 *
 * A location is an absolute `/`-separated path (`/home/me/notes`, `C:/notes`) or a URI
 * string (`file:///home/me/notes`, `vscode-vfs://github/me/notes`), with no final `/`
 * but for a root; the core only cuts and joins it at `/` (`parentLocation`, `locationIn`).
 */
export interface FileAccess {
  /** The text of a file, as UTF-8; rejects with a message fit for the user when it cannot be read. */
  readFile(location: string): Promise<string>;
  /** What is at a location, following symbolic links; rejects when nothing is there. */
  stat(location: string): Promise<FileKind>;
  /** The names of a folder's entries; rejects when the folder cannot be listed. */
  listFolder(location: string): Promise<string[]>;
}

export type FileKind = 'file' | 'folder' | 'other';

/** An entry of a folder location. */
export function locationIn(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/**
 * The folder holding a location, or undefined for a root (`/`, `C:/`, `file:///`). A root
 * keeps its final `/`, as `dirname` and `vscode.Uri` write it.
 */
export function parentLocation(location: string): string | undefined {
  const cut = location.lastIndexOf('/');
  if (cut < 0 || cut === location.length - 1) return undefined;
  const parent = location.slice(0, cut);
  return parent.includes('/') && !parent.endsWith('/') ? parent : location.slice(0, cut + 1);
}

/** Folders never searched for notes, by the CLI or the editor: dependencies and version-control internals. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** The extensions of the Markdown files searched for notes. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown'];

const MARKDOWN_FILE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS.join('|')})$`, 'i');

export function isMarkdownFile(path: string): boolean {
  return MARKDOWN_FILE.test(path);
}
