import * as vscode from 'vscode';
import { editedMessage, prepareRecap, recapMessage, renderMarkdown, type PreparedRecap, type RecapMessage, type RecapModel } from '../../core/recap';
import { now } from '../clock';
import type { NoteConfiguration } from '../configuration';
import type { TargetArgument } from '../commandTarget';
import { openDocumentOf, RECAP_SCHEME } from '../noteSource';

/** A message drafted from a note, to edit before sending: its recap, or a reminder of the client's overdue steps. */
export type DraftKind = 'recap' | 'reminder';

/** What a draft opens with: its Markdown (the subject its title), and the message that Markdown says, unedited. */
interface DraftText {
  markdown: string;
  message: RecapMessage;
}

/** A recap (or a reminder) open in the editor: the note it was made from, and the model its headers (To, From) come from. */
export interface OpenRecap {
  document: vscode.TextDocument;
  note: vscode.Uri;
  model: RecapModel;
  /** The recap's message as the document reads now, edits included. */
  message(): RecapMessage;
}

/** The recap of a note as it reads now (its model, warnings and the check's findings), by the configuration that applies to it. */
export async function noteRecap(note: vscode.TextDocument, configuration: NoteConfiguration): Promise<PreparedRecap> {
  const { config, relativePath } = await configuration.forDocument(note.uri);
  return prepareRecap(note.getText(), { config, relativePath, now: now(), locale: vscode.env.language });
}

/**
 * The recaps' text, in memory. An untitled document holding a recap would ask "Do you want
 * to save…" on close even when nobody touched it; a document of a file system is clean
 * until it is edited, and Save keeps the edits here, for Copy and Save as .eml, without a
 * dialog. Nothing is written to disk, and the text goes when its document closes.
 */
class RecapFiles implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  /** What stands for a recap's modification time: VS Code tells a changed file by it, and it only has to grow. */
  private version = 0;
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  put(uri: vscode.Uri, text: string): void {
    this.files.set(uri.path, { data: new TextEncoder().encode(text), mtime: ++this.version });
  }

  forget(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: file.mtime, mtime: file.mtime, size: file.data.byteLength };
    if ([...this.files.keys()].some((path) => path.startsWith(`${uri.path.replace(/\/$/, '')}/`))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    if (!this.files.has(uri.path)) throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('A recap is saved as a file with "Save As…" or "Save Recap as .eml".'));
    this.files.set(uri.path, { data: content, mtime: ++this.version });
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

/**
 * The recaps open as Markdown documents the freelancer can edit before sending, kept in
 * memory (RecapFiles), each with the note it was made from. The `clientNotes.recapDocuments` context key holds
 * their paths, so that the editor title shows the recap's actions on them and on no other
 * document (`"when": "resourcePath in clientNotes.recapDocuments"`).
 */
export class RecapDocuments implements vscode.Disposable {
  static readonly CONTEXT_KEY = 'clientNotes.recapDocuments';
  /** The recaps alone, not the reminders: what Mark Follow-up as Sent is offered over. */
  static readonly RECAPS_CONTEXT_KEY = 'clientNotes.recaps';
  private readonly recaps = new Map<string, { note: vscode.Uri; model: RecapModel; kind: DraftKind; generated: DraftText }>();
  private readonly files = new RecapFiles();
  private readonly disposables: vscode.Disposable[];
  private opened = 0;

  constructor() {
    this.disposables = [
      vscode.workspace.registerFileSystemProvider(RECAP_SCHEME, this.files, { isCaseSensitive: true }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === RECAP_SCHEME) this.files.forget(document.uri);
        if (this.recaps.delete(document.uri.toString())) this.publish();
      }),
    ];
  }

  /**
   * Shows the recap of a note beside it. Run again, a recap of the note left as it was
   * generated is refreshed where it shows; one the freelancer edited is kept, and the new
   * recap opens in a document of its own.
   */
  async show(note: vscode.Uri, model: RecapModel): Promise<vscode.TextEditor> {
    return this.showDraft(note, model, 'recap', { markdown: renderMarkdown(model), message: recapMessage(model) });
  }

  /**
   * Shows a draft of a note beside it, refreshed in place when one of its kind is open as
   * it was generated; Copy, Save as .eml and Open in Mail App act on it as on a recap.
   */
  async showDraft(note: vscode.Uri, model: RecapModel, kind: DraftKind, draft: DraftText): Promise<vscode.TextEditor> {
    let document = await this.refresh(note, model, kind, draft);
    if (!document) {
      // A folder for each draft, so that the tab shows the note's name and two drafts of one note do not share a document.
      this.opened += 1;
      const name = note.path.slice(note.path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '');
      const title = kind === 'recap' ? vscode.l10n.t('Recap of {0}', name) : vscode.l10n.t('Reminder of {0}', name);
      const uri = vscode.Uri.from({ scheme: RECAP_SCHEME, path: `/${this.opened}/${title}.md` });
      this.files.put(uri, draft.markdown);
      document = await vscode.workspace.openTextDocument(uri);
      this.recaps.set(document.uri.toString(), { note, model, kind, generated: draft });
      this.publish();
    }
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    return vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
  }

  /**
   * Puts a new recap of the note in the document of one left as it was generated, where it
   * shows, and gives that document; undefined when there is none (never open, or edited:
   * the freelancer's edits are kept).
   */
  async refresh(
    note: vscode.Uri,
    model: RecapModel,
    kind: DraftKind = 'recap',
    draft: DraftText = { markdown: renderMarkdown(model), message: recapMessage(model) },
  ): Promise<vscode.TextDocument | undefined> {
    const document = vscode.workspace.textDocuments.find((candidate) => {
      const recap = this.recaps.get(candidate.uri.toString());
      return recap?.kind === kind && recap.note.toString() === note.toString() && candidate.getText() === recap.generated.markdown;
    });
    if (!document) return undefined;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), draft.markdown);
    await vscode.workspace.applyEdit(edit);
    await document.save();
    this.recaps.set(document.uri.toString(), { note, model, kind, generated: draft });
    this.publish();
    return document;
  }

  /**
   * The recap a command acts on: the document an editor title button passes (a Uri), the
   * one named by `{ uri }`, else the active editor's.
   */
  find(argument?: vscode.Uri | TargetArgument, kind?: DraftKind): OpenRecap | undefined {
    const given = argument instanceof vscode.Uri ? argument : argument?.uri;
    const uri = given ? (typeof given === 'string' ? vscode.Uri.parse(given) : given) : vscode.window.activeTextEditor?.document.uri;
    const recap = uri && this.recaps.get(uri.toString());
    const document = recap && (kind === undefined || recap.kind === kind) && openDocumentOf(uri);
    if (!recap || !document) return undefined;
    return { document, note: recap.note, model: recap.model, message: () => editedMessage(document.getText(), recap.generated.markdown, recap.generated.message) };
  }

  /** When the argument or the active editor is a draft (of `kind`, when given), the note it was made from: commands act on that note. */
  noteOf(argument?: vscode.Uri | TargetArgument, kind?: DraftKind): TargetArgument | undefined {
    const recap = this.find(argument, kind);
    return recap && { uri: recap.note };
  }

  /** `find`, or a word to the user when no recap is in view. */
  findOrWarn(argument?: vscode.Uri | TargetArgument): OpenRecap | undefined {
    const recap = this.find(argument);
    if (!recap) void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: generate a follow-up summary first; this acts on the recap it opens.'));
    return recap;
  }

  private publish(): void {
    const paths = [...this.recaps.keys()].map((key) => vscode.Uri.parse(key).path);
    void vscode.commands.executeCommand('setContext', RecapDocuments.CONTEXT_KEY, paths);
    const recaps = [...this.recaps].filter(([, draft]) => draft.kind === 'recap').map(([key]) => vscode.Uri.parse(key).path);
    void vscode.commands.executeCommand('setContext', RecapDocuments.RECAPS_CONTEXT_KEY, recaps);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
