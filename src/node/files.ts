import { realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './config';
import { FileNotReadError, statOrExplain } from './userFile';
import { isMarkdownFile, SKIPPED_FOLDERS } from '../core/base/fileAccess';

export interface ExpandedPaths {
  /** Absolute paths, each file once (by its real path), sorted. */
  files: string[];
  /** Inputs that are neither an existing file or folder nor a glob. */
  missing: string[];
  /** Inputs that cannot be looked at (a folder on their path may not be read…), and why. */
  unreadable: Array<{ input: string; reason: string }>;
  /** Globs that match no Markdown file. */
  emptyGlobs: string[];
}

/**
 * Turns command-line inputs into the files to read: a file as named (whatever its
 * extension), a folder as the Markdown files under it, a glob as the Markdown files it
 * matches. An input that exists is taken literally even if it looks like a glob. Paths
 * that are not regular files are kept: reading them says why they are skipped.
 */
export async function expandPaths(inputs: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable: ExpandedPaths['unreadable'] = [];
  const emptyGlobs: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statOrExplain(path).isDirectory();
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      // A link that loops or leads nowhere is a file named: reading it says why it is skipped.
      if (error instanceof FileNotReadError) isDirectory = false;
      else if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        unreadable.push({ input, reason: describeFsError(error) });
        continue;
      }
    }
    if (isDirectory) {
      for (const file of await markdownFilesUnder(path)) files.add(file);
    } else if (isDirectory === false) {
      files.add(path);
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: SKIPPED_FOLDERS.map((name) => `**/${name}/**`) })).filter(isMarkdownFile);
      if (matches.length === 0) emptyGlobs.push(input);
      for (const match of matches) files.add(resolve(match));
    } else {
      missing.push(input);
    }
  }
  return { files: oncePerRealPath(files), missing, unreadable, emptyGlobs };
}

/**
 * Each file once, sorted: a glob follows symbolic links to folders, so a link back up the
 * tree would name every note below it twice, and a link to a note beside the note would
 * lint it twice. A file is kept under its own name when that is among the paths, else
 * under the shortest.
 */
function oncePerRealPath(paths: ReadonlySet<string>): string[] {
  const byRealPath = new Map<string, string>();
  // Shortest first: a note reached through a loop keeps the name without the loop.
  for (const path of [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    let real = path;
    try {
      real = realpathSync.native(path);
    } catch {
      // A link that loops or leads nowhere: kept, and reading it says so.
    }
    if (!byRealPath.has(real) || path === real) byRealPath.set(real, path);
  }
  return [...byRealPath.values()].sort();
}

/**
 * The Markdown files under a folder, recursively, skipping `SKIPPED_FOLDERS`. Symlinks to
 * folders are not followed (no cycles); any other entry with a Markdown name is kept,
 * even a named pipe or a link to a device, so that reading it says why it is skipped
 * rather than leaving it out without a word. An unreadable folder throws.
 */
export async function markdownFilesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.includes(entry.name)) pending.push(path);
      } else if (isMarkdownFile(entry.name) && !(entry.isSymbolicLink() && isLinkToFolder(path))) {
        found.push(path);
      }
    }
  }
  return found;
}

function isLinkToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
