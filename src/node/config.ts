import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, resolveConfig, type ResolvedConfig } from '../core/config';
import { parseConfigFile } from '../core/configFile';
import { readUserFile, type UserFile } from './userFile';

/** The configuration that applies to the notes of one folder. */
export interface FolderConfig {
  config: ResolvedConfig;
  /** The config file's path, when one applies. */
  file: string | undefined;
  /** The folder `include` globs are relative to: the config file's. */
  root: string | undefined;
}

/** Where the configuration of a folder comes from. */
export interface ConfigSource {
  forFolder(folder: string): Promise<FolderConfig>;
}

/** A config file that cannot be read or is not valid; `problems` each name the file. */
export class ConfigFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigFileError';
  }
}

/**
 * Reads and validates one config file; throws `ConfigFileError` on any problem.
 * `displayName` is how messages name the file (a path relative to the working folder).
 */
export async function loadConfigFile(path: string, displayName = path): Promise<FolderConfig> {
  let file: UserFile;
  try {
    file = readUserFile(path);
  } catch (error) {
    throw new ConfigFileError([`${displayName}: cannot be read: ${describeFsError(error)}`]);
  }
  // Settings read from bytes that are no text would be guesses: the user fixes the file instead.
  if (file.lossy) throw new ConfigFileError([`${displayName}: cannot be read: it ${file.notPlainUtf8}`]);
  const { text } = file;
  const { config, problems } = parseConfigFile(displayName, text);
  if (problems.length > 0) throw new ConfigFileError(problems);
  return { config: resolveConfig(config), file: path, root: dirname(path) };
}

/** The same config file for every folder, as `--config FILE` asks. */
export async function fixedConfigSource(path: string, displayName = path): Promise<ConfigSource> {
  const loaded = await loadConfigFile(path, displayName);
  return { forFolder: async () => loaded };
}

/**
 * Finds the nearest `.clientnotesrc.json|yaml|yml` from a folder upward to the filesystem
 * root, as the CLI does for each note. Each folder is looked at once: its answer is cached,
 * and a folder without a config file answers with its parent's.
 */
export class ConfigDiscovery implements ConfigSource {
  private readonly byFolder = new Map<string, Promise<FolderConfig>>();
  private readonly defaults: FolderConfig = { config: resolveConfig(), file: undefined, root: undefined };

  /** @param displayName how problems name a config file found at an absolute path */
  constructor(private readonly displayName: (path: string) => string = (path) => path) {}

  /** The configuration for the notes of an absolute folder path. */
  forFolder(folder: string): Promise<FolderConfig> {
    let pending = this.byFolder.get(folder);
    if (!pending) {
      pending = this.lookUp(folder);
      this.byFolder.set(folder, pending);
    }
    return pending;
  }

  private async lookUp(folder: string): Promise<FolderConfig> {
    const file = await configFileIn(folder);
    if (file) return loadConfigFile(file, this.displayName(file));
    const parent = dirname(folder);
    return parent === folder ? this.defaults : this.forFolder(parent);
  }
}

/** The config file in a folder, the first of `CONFIG_FILE_NAMES` that exists. */
async function configFileIn(folder: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(folder, name);
    if ((await stat(path).catch(() => undefined))?.isFile()) return path;
  }
  return undefined;
}

/** Plainer words than the system's for a path of the wrong kind, the likeliest slip. */
const FS_ERROR_WORDS: Record<string, string> = { EISDIR: 'it is a folder, not a file' };

/** `ENOENT: no such file or directory, open '/x'` → `no such file or directory`. */
export function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error ? String(error.code) : '';
    if (Object.hasOwn(FS_ERROR_WORDS, code)) return FS_ERROR_WORDS[code];
    const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
    return match ? match[1] : error.message;
  }
  return String(error);
}
