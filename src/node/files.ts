import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Folders never searched: dependencies and version-control internals. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git'];

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

export function isMarkdownFile(path: string): boolean {
  return MARKDOWN_FILE.test(path);
}

export interface ExpandedPaths {
  /** Absolute paths, each once, sorted. */
  files: string[];
  /** Inputs that are neither an existing file or folder nor a glob. */
  missing: string[];
  /** Globs that match no Markdown file. */
  emptyGlobs: string[];
}

/**
 * Turns command-line inputs into the files to read: a file as named (whatever its
 * extension), a folder as the Markdown files under it, a glob as the Markdown files it
 * matches. An input that exists is taken literally even if it looks like a glob.
 */
export async function expandPaths(inputs: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const files = new Set<string>();
  const missing: string[] = [];
  const emptyGlobs: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const stats = await stat(path).catch(() => undefined);
    if (stats?.isDirectory()) {
      for (const file of await markdownFilesUnder(path)) files.add(file);
    } else if (stats) {
      files.add(path);
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: SKIPPED_FOLDERS.map((name) => `**/${name}/**`) })).filter(isMarkdownFile);
      if (matches.length === 0) emptyGlobs.push(input);
      for (const match of matches) files.add(resolve(match));
    } else {
      missing.push(input);
    }
  }
  return { files: [...files].sort(), missing, emptyGlobs };
}

/**
 * The Markdown files under a folder, recursively, skipping `SKIPPED_FOLDERS`. Symlinked
 * files are followed, symlinked folders not (no cycles). An unreadable folder throws.
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
      } else if (isMarkdownFile(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()))) {
        found.push(path);
      }
    }
  }
  return found;
}
