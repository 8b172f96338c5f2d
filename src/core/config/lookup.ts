import { CONFIG_FILE_NAMES, type ConfigInput } from './config';
import { parseConfigFile } from './configFile';
import { locationIn, parentLocation, type FileAccess, type FileKind } from '../base/fileAccess';

/** What marks a repository's root folder: a `.git` folder, or a `.git` file in a worktree or submodule. */
const REPOSITORY_MARKER = '.git';

/** Whether no config file above `folder` applies to its notes: it is the workspace folder, or a repository's root (`names` are its entries). */
function endsWalk(folder: string, workspaceFolder: string | undefined, names: ReadonlySet<string>): boolean {
  return folder === workspaceFolder || names.has(REPOSITORY_MARKER);
}

/** A config file the lookup found, read and validated. */
export interface ConfigFileRead {
  location: string;
  /** Undefined when the file cannot be read or is not valid. */
  input: ConfigInput | undefined;
  /** Human-readable problems, each naming the file; empty when the file is fine. */
  problems: string[];
}

export interface ConfigLookupOptions<T> {
  /** How problems name a config file; its file name when not given. */
  displayName?: (location: string) => string;
  /** What the caller keeps of a config file: called once per file found, until `forget`. */
  load: (file: ConfigFileRead) => T;
}

/**
 * Finds the config file that applies to the notes of a folder, for the CLI and the editor
 * alike: the first of `CONFIG_FILE_NAMES` in that folder, else in its parent, and so on,
 * up to the workspace folder or the folder holding `.git`, whichever comes first (up to
 * the filesystem root when there is neither). The nearest file wins whole: files do not
 * merge, and one that is not valid is not passed over for a file further up.
 *
 * Each folder is looked at once: its answer is kept, and a folder without a config file
 * answers with its parent's, until `forget`.
 */
export class ConfigLookup<T> {
  private readonly byFolder = new Map<string, Promise<T | undefined>>();

  constructor(
    private readonly files: FileAccess,
    private readonly options: ConfigLookupOptions<T>,
  ) {}

  /**
   * What `load` made of the config file for the notes of `folder`, or undefined when none applies.
   * @param workspaceFolder the workspace folder holding `folder`, if any: the walk stops there at the latest
   */
  nearest(folder: string, workspaceFolder?: string): Promise<T | undefined> {
    const key = `${workspaceFolder ?? ''}\n${folder}`;
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = this.lookUp(folder, workspaceFolder);
      this.byFolder.set(key, pending);
    }
    return pending;
  }

  /**
   * Where a config file for the notes of `folder` goes when none applies to them yet: the
   * folder where the walk of `nearest` ends (the workspace folder, the folder holding
   * `.git`, else the root), the last the editor and the CLI both look in.
   */
  async topFolder(folder: string, workspaceFolder?: string): Promise<string> {
    let current = folder;
    while (!endsWalk(current, workspaceFolder, await this.namesIn(current))) {
      const parent = parentLocation(current);
      if (parent === undefined) break;
      current = parent;
    }
    return current;
  }

  /** Forgets every answer: config files were created, changed or deleted. */
  forget(): void {
    this.byFolder.clear();
  }

  private async lookUp(folder: string, workspaceFolder: string | undefined): Promise<T | undefined> {
    const names = await this.namesIn(folder);
    for (const name of CONFIG_FILE_NAMES) {
      if (!names.has(name)) continue;
      const location = locationIn(folder, name);
      return this.options.load(await this.read(location, name));
    }
    if (endsWalk(folder, workspaceFolder, names)) return undefined;
    const parent = parentLocation(folder);
    return parent === undefined ? undefined : this.nearest(parent, workspaceFolder);
  }

  /** A folder that cannot be listed offers no config file to use, and no sign of a repository. */
  private async namesIn(folder: string): Promise<Set<string>> {
    return new Set(await this.files.listFolder(folder).catch((): string[] => []));
  }

  /**
   * The config file's settings, or why there are none. Something by that name that is not
   * a file (a folder, a pipe, a link to nothing or to itself) is refused, never skipped:
   * skipped, it would leave its notes to the defaults without a word, and the private
   * sections it names would reach the recap. A pipe is never opened: reading it could
   * wait for ever.
   */
  private async read(location: string, name: string): Promise<ConfigFileRead> {
    const shown = this.options.displayName?.(location) ?? name;
    const refused = (why: string): ConfigFileRead => ({ location, input: undefined, problems: [`${shown}: ${why}; its settings cannot apply: replace it with a file, or remove it.`] });
    let kind: FileKind;
    try {
      kind = await this.files.stat(location);
    } catch (error) {
      return refused(`cannot be read (${error instanceof Error ? error.message : String(error)}), a link to nothing or to itself`);
    }
    if (kind === 'folder') return refused('is a folder, not a file');
    if (kind !== 'file') return refused('is not a regular file (a pipe, a socket or a device)');
    let text: string;
    try {
      text = await this.files.readFile(location);
    } catch (error) {
      return { location, input: undefined, problems: [`${shown}: cannot be read: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const { config, problems } = parseConfigFile(shown, text);
    return { location, input: config, problems };
  }
}
