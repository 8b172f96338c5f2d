import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, NEW_CONFIG_FILE_NAME, resolveConfig, type ConfigInput, type ResolvedConfig } from '../core/config/config';
import { ConfigLookup } from '../core/config/lookup';
import { settingsLayers } from '../core/config/settings';
import { parentLocation } from '../core/base/fileAccess';
import { workspaceFileAccess } from './fileAccess';

/** The configuration that applies to one note, and the path its include globs are matched against. */
export interface NoteSettings {
  config: ResolvedConfig;
  relativePath: string | undefined;
}

interface FoundConfigFile {
  uri: vscode.Uri;
  input: ConfigInput | undefined;
}

/** The editor's own notices, each a setting of its own. */
export type EditorNotice = 'statusBar.overdue' | 'reminders.dailyNotification';

/** The config file whose settings apply to a note: the one there is (`valid` when its settings apply), or where a new one goes. */
export type NoteConfigFile = { uri: vscode.Uri; exists: true; valid: boolean } | { uri: vscode.Uri; exists: false };

/**
 * Merges the defaults, the `clientNotes.*` settings (per workspace folder, `settingsLayers`) and the nearest
 * `.clientnotesrc.json|yaml` (`ConfigLookup`, the CLI's lookup, stopping at the workspace
 * folder). Problems in a config file are shown on that file in the Problems panel.
 */
export class NoteConfiguration implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('client-notes-config');
  private readonly configFiles = new ConfigLookup<FoundConfigFile>(workspaceFileAccess, {
    load: ({ location, input, problems }) => {
      const uri = vscode.Uri.parse(location);
      this.problems.set(
        uri,
        problems.map((problem) => {
          const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), problem, vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'client-notes';
          return diagnostic;
        }),
      );
      return { uri, input };
    },
  });
  /**
   * By workspace folder and config file, which decide a note's configuration: made once for
   * all their notes (a scan asks for each of thousands), until settings or files change.
   */
  private readonly resolved = new Map<string, ResolvedConfig>();
  /** Counts the changes, so that a lookup begun before one never fills `resolved` after it. */
  private changes = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const invalidate = () => this.configFilesChanged();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('clientNotes')) this.settingsChanged();
      }),
      this.changed,
      this.problems,
    );
  }

  /** Config files were created, changed or deleted: read them again. Told by the watcher, or at once by a command that wrote one. */
  configFilesChanged(): void {
    this.configFiles.forget();
    this.settingsChanged();
  }

  private settingsChanged(): void {
    this.changes++;
    this.resolved.clear();
    this.changed.fire();
  }

  async forDocument(uri: vscode.Uri): Promise<NoteSettings> {
    const noteFolder = parentLocation(uri.toString());
    const { config, file, folder } = await this.forNotesIn(noteFolder, uri);
    const root = file?.input?.include ? parentOf(file.uri) : folder?.uri;
    return { config, relativePath: root ? relativePath(root, uri) : undefined };
  }

  /** The configuration of the notes a folder holds or will hold (New Conversation Note's, before its file is named). */
  async forFolder(noteFolder: vscode.Uri): Promise<ResolvedConfig> {
    return (await this.forNotesIn(noteFolder.toString(), noteFolder)).config;
  }

  /** The configuration of the notes of `noteFolder`, with the settings of `resource` (a note, or the folder itself). */
  private async forNotesIn(noteFolder: string | undefined, resource: vscode.Uri): Promise<{ config: ResolvedConfig; file: FoundConfigFile | undefined; folder: vscode.WorkspaceFolder | undefined }> {
    const changes = this.changes;
    const folder = vscode.workspace.getWorkspaceFolder(resource);
    const file = folder && noteFolder ? await this.configFiles.nearest(noteFolder, folder.uri.toString()) : undefined;
    const key = `${folder?.uri.toString() ?? ''}\n${file?.uri.toString() ?? ''}`;
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(...settingsLayers(vscode.workspace.getConfiguration('clientNotes', resource)), file?.input);
      if (changes === this.changes) this.resolved.set(key, config);
    }
    return { config, file, folder };
  }

  /**
   * The config file a note reads, for a command that writes a setting where the editor
   * and the CLI both read it: the nearest, or a new `.clientnotesrc.yaml` where the lookup's
   * walk ends. Undefined for a note outside the workspace folders, which reads none.
   */
  async configFileFor(uri: vscode.Uri): Promise<NoteConfigFile | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const noteFolder = parentLocation(uri.toString());
    if (!folder || !noteFolder) return undefined;
    const file = await this.configFiles.nearest(noteFolder, folder.uri.toString());
    if (file) return { uri: file.uri, exists: true, valid: file.input !== undefined };
    const top = await this.configFiles.topFolder(noteFolder, folder.uri.toString());
    return { uri: vscode.Uri.joinPath(vscode.Uri.parse(top), NEW_CONFIG_FILE_NAME), exists: false };
  }

  /** The `lintOnType` setting for a note. */
  lintOnType(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('clientNotes', uri).get<boolean>('lintOnType', true);
  }

  /** Whether an editor-wide notice is on (`statusBar.overdue`, `reminders.dailyNotification`): it is unless turned off. */
  noticeShown(notice: EditorNotice): boolean {
    return vscode.workspace.getConfiguration('clientNotes').get<boolean>(notice, true);
  }

  /** Calls `listener` when the user turns `notice` on or off. */
  onDidToggle(notice: EditorNotice, listener: () => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`clientNotes.${notice}`)) listener();
    });
  }

  /** Where New Conversation Note puts a workspace folder's notes, and the folder of the user's own templates ('' for none), as its settings say. */
  newNoteFolders(folder: vscode.Uri): { notesFolder: string; templatesFolder: string } {
    const settings = vscode.workspace.getConfiguration('clientNotes', folder);
    return { notesFolder: settings.get<string>('notesFolder', 'notes'), templatesFolder: settings.get<string>('templatesFolder', '') };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  const prefix = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
}
