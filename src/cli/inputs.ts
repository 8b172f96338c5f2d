import { dirname, relative, sep } from 'node:path';
import type { ResolvedConfig } from '../core/config/config';
import type { DigestedNote } from '../core/digest/agenda';
import { digestNote } from '../core/digest/noteDigest';
import { mapConcurrently } from '../core/base/concurrency';
import { describeFsError, type ConfigSource } from '../node/config';
import { expandPaths } from '../node/files';
import { FileNotReadError, readUserFile, type UserFile } from '../node/userFile';
import { CliError, type CliContext } from './command';
import { printable } from './printable';

/** The files named by the command line's paths and globs (the current folder when none); a path that is not there stops the run. */
export async function filesOfInputs(positionals: readonly string[], context: CliContext, shown: (path: string) => string): Promise<string[]> {
  const inputs = positionals.length > 0 ? positionals : ['.'];
  const { files, missing, unreadable, emptyGlobs } = await expandPaths(inputs, context.cwd).catch((error: unknown) => {
    const path = error instanceof Error && 'path' in error ? shown(String(error.path)) : 'a folder';
    throw new CliError(`Cannot read ${path}: ${describeFsError(error)}`);
  });
  const problems = [
    ...missing.map((input) => `No such file or folder: ${input}`),
    ...unreadable.map(({ input, reason }) => `Cannot read ${input}: ${reason}`),
    ...emptyGlobs.map((input) => `No Markdown file matches: ${input}`),
  ];
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return files;
}

/**
 * Reads one of those files; undefined, with the reason on stderr, for one that is not read:
 * left by choice (a pipe, too large…), or one the system would not read (gone since it was
 * listed, no permission…), which also goes into `unread`, so that the run reports every
 * other file and then ends with exit code 2.
 */
export function readInputFile(path: string, context: CliContext, shown: (path: string) => string, unread: string[]): UserFile | undefined {
  let file: UserFile;
  try {
    file = readUserFile(path);
  } catch (error) {
    if (error instanceof FileNotReadError) {
      context.stderr(`client-notes: skipped ${printable(shown(path))}: ${error.message}\n`);
    } else {
      context.stderr(`client-notes: Cannot read ${printable(shown(path))}: ${describeFsError(error)}\n`);
      unread.push(path);
    }
    return undefined;
  }
  if (file.notPlainUtf8) context.stderr(`client-notes: warning: ${printable(shown(path))} ${file.notPlainUtf8}.\n`);
  return file;
}

/** The config that applies to a file, and the file's path relative to that config's root, for the include globs. */
export async function settingsOfFile(configs: ConfigSource, path: string): Promise<{ config: ResolvedConfig; relativePath: string | undefined }> {
  const { config, root } = await configs.forFolder(dirname(path));
  return { config, relativePath: root === undefined ? undefined : relative(root, path).split(sep).join('/') };
}

/** How many files are read at once. */
const CONCURRENCY = 16;

/** The digest of each of those files that is a client note, by the config that applies to it; the files that could not be read go into `unread`, as `readInputFile` says. */
export async function digestFiles(
  files: readonly string[],
  configs: ConfigSource,
  context: CliContext,
  shown: (path: string) => string,
  unread: string[],
): Promise<DigestedNote[]> {
  const digested = await mapConcurrently(files, CONCURRENCY, async (path): Promise<DigestedNote | undefined> => {
    const file = readInputFile(path, context, shown, unread);
    if (!file) return undefined;
    const { config, relativePath } = await settingsOfFile(configs, path);
    const digest = digestNote(file.text, config, relativePath);
    return digest && { file: path, digest };
  });
  return digested.filter((note) => note !== undefined);
}
