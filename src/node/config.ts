import { readdir, stat } from 'node:fs/promises';
import { dirname, normalize, sep } from 'node:path';
import { resolveConfig, type ConfigInput, type ResolvedConfig } from '../core/config/config';
import { parseConfigFile } from '../core/config/configFile';
import { ConfigLookup } from '../core/config/lookup';
import type { FileAccess } from '../core/base/fileAccess';
import { readUserFile } from './userFile';

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
  let text: string;
  try {
    text = readConfigText(path);
  } catch (error) {
    throw new ConfigFileError([`${displayName}: cannot be read: ${describeFsError(error)}`]);
  }
  const { config, problems } = parseConfigFile(displayName, text);
  if (problems.length > 0) throw new ConfigFileError(problems);
  return folderConfig(path, config);
}

/** A config file's text, read as every user file is; settings read from bytes that are no text would be guesses, so the user fixes the file instead. */
function readConfigText(path: string): string {
  const file = readUserFile(path);
  if (file.lossy) throw new Error(`it ${file.notPlainUtf8}`);
  return file.text;
}

function folderConfig(file: string, input: ConfigInput | undefined): FolderConfig {
  return { config: resolveConfig(input), file, root: dirname(file) };
}

/** The same config file for every folder, as `--config FILE` asks. */
export async function fixedConfigSource(path: string, displayName = path): Promise<ConfigSource> {
  const loaded = await loadConfigFile(path, displayName);
  return { forFolder: async () => loaded };
}

/**
 * The nearest config file of each note's folder, by the lookup the editor shares
 * (`ConfigLookup`); the CLI has no workspace folder, so the walk stops at the folder
 * holding `.git`, or at the filesystem root.
 */
export class ConfigDiscovery implements ConfigSource {
  private readonly lookup: ConfigLookup<FolderConfig>;
  private readonly defaults: FolderConfig = { config: resolveConfig(), file: undefined, root: undefined };

  /** @param displayName how problems name a config file found at an absolute path */
  constructor(displayName: (path: string) => string = (path) => path) {
    this.lookup = new ConfigLookup(nodeFileAccess, {
      displayName: (location) => displayName(pathOf(location)),
      load: ({ location, input, problems }) => {
        if (problems.length > 0) throw new ConfigFileError(problems);
        return folderConfig(pathOf(location), input);
      },
    });
  }

  /** The configuration for the notes of an absolute folder path. */
  async forFolder(folder: string): Promise<FolderConfig> {
    return (await this.lookup.nearest(locationOf(folder))) ?? this.defaults;
  }
}

/** The lookup's locations are `/`-separated: `C:\notes` is `C:/notes` on Windows, and back. */
function locationOf(path: string): string {
  return path.split(sep).join('/');
}

function pathOf(location: string): string {
  return normalize(location);
}

/** `FileAccess` over Node's `fs`, for the CLI. */
const nodeFileAccess: FileAccess = {
  readFile: async (location) => {
    try {
      return readConfigText(location);
    } catch (error) {
      throw new Error(describeFsError(error));
    }
  },
  stat: async (location) => {
    let stats;
    try {
      stats = await stat(location);
    } catch (error) {
      throw new Error(describeFsError(error));
    }
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  },
  listFolder: (location) => readdir(location),
};

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
