import * as vscode from 'vscode';
import { mapConcurrently } from '../../core/base/concurrency';
import type { DigestedNote } from '../../core/digest/agenda';
import { FileRecords } from '../../core/digest/fileRecords';
import { digestNote, type DigestFiles, type FileDigest, type NoteDigest } from '../../core/digest/noteDigest';
import type { NoteConfiguration } from '../configuration';
import { findMarkdownFiles, watchMarkdownFiles } from '../markdownFiles';
import { onDidChangeDay } from '../clock';
import { log } from '../log';
import { openDocumentOf, readFileText, RECAP_SCHEME } from '../noteSource';

export interface KnownPeople {
  /** Client names, most recent conversation first. */
  clients: string[];
  /** Contacts as written (`Jane Doe <jane@acme.example>`), with their client. */
  contacts: Array<{ contact: string; client: string | undefined }>;
}

/** How long an open note rests after a keystroke before it is digested again. */
const TYPING_PAUSE_MS = 400;
/**
 * Files a scan reads at once. A read waits on VS Code's file service far longer than on
 * the disk: over 10,000 notes, 128 at once took 5 to 6 s where 32 took 8 to 9 and 4 took
 * 10 to 13 (512 gained nothing). Few enough to stay well under the open-file limit.
 */
const SCAN_READS_IN_FLIGHT = 128;

/**
 * The one index of the workspace's notes: a small record per note (`digestNote`), for
 * every folder of the workspace. Built by one scan, then kept per file: one watcher for
 * files created, changed, deleted or renamed on disk, and the open notes' text as it is
 * typed, after a pause, so that typing never waits for it. Reads of one file that finish
 * out of order, or during a scan, are settled by `FileRecords`. A note is what the linter
 * takes for one (frontmatter type or the include globs). Feeds the views, the status
 * bar, completion and New Conversation Note; fires again when the day changes
 * (`clock.ts`), and with it what is overdue.
 */
export class WorkspaceDigest implements vscode.Disposable {
  /** By URI, as `toString()` writes it, which is also each record's `file`. */
  private readonly digests = new FileRecords<DigestedNote>();
  private scanned: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the digest of one or more notes changed. */
  readonly onDidChange = this.changed.event;
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param digestFilesOnDisk digests many files of the disk at once, in worker threads, for
   * the scan; undefined where there are none (a browser): the scan reads every file here.
   */
  constructor(
    private readonly configuration: NoteConfiguration,
    private readonly digestFilesOnDisk?: DigestFiles,
  ) {
    this.disposables.push(
      watchMarkdownFiles({ written: (uris) => void this.written(uris), deleted: (uri) => this.forget(uri) }),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.whenTypingPauses(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.scanned && isWorkspaceMarkdown(document)) void this.read(document.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      configuration.onDidChange(() => this.rescan()),
      onDidChangeDay(() => this.changed.fire()),
      this.changed,
    );
  }

  /** Every note's digest, once the first scan is done. */
  async notes(): Promise<DigestedNote[]> {
    await this.ready();
    return [...this.digests.values()];
  }

  /** Resolves when the first scan is done; starts it when nothing asked before. */
  ready(): Promise<void> {
    this.scanned ??= this.scan();
    return this.scanned;
  }

  /** The digest of one note, by its URI. */
  digestOf(uri: vscode.Uri): NoteDigest | undefined {
    return this.digests.get(uri.toString())?.digest;
  }

  async people(): Promise<KnownPeople> {
    const notes = (await this.notes()).map((note) => note.digest).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const clients = [...new Set(notes.flatMap((note) => (note.client ? [note.client] : [])))];
    const contacts = new Map<string, string | undefined>();
    for (const note of notes) if (note.contact && !contacts.has(note.contact)) contacts.set(note.contact, note.client);
    return { clients, contacts: [...contacts].map(([contact, client]) => ({ contact, client })) };
  }

  private async scan(): Promise<void> {
    const mark = this.digests.beginScan();
    const files = await findMarkdownFiles();
    const onDisk = this.digestFilesOnDisk ? files.filter((uri) => uri.scheme === 'file') : [];
    const elsewhere = onDisk.length > 0 ? files.filter((uri) => uri.scheme !== 'file') : files;
    await Promise.all([this.readInWorkers(onDisk), mapConcurrently(elsewhere, SCAN_READS_IN_FLIGHT, (uri) => this.read(uri, false))]);
    const found = new Set(files.map((uri) => uri.toString()));
    // A note being edited holds more than its file: a scan after a change of settings must not lose what is typed.
    const edited = vscode.workspace.textDocuments.filter((document) => document.isDirty && found.has(document.uri.toString()));
    await Promise.all(edited.map((document) => this.update(document.uri, document.getText(), false)));
    this.digests.endScan(mark, found);
    this.changed.fire();
  }

  private rescan(): void {
    if (!this.scanned) return;
    this.scanned = this.scan();
  }

  /** Digests files of the disk in worker threads, or here when they cannot. */
  private async readInWorkers(uris: readonly vscode.Uri[]): Promise<void> {
    if (uris.length === 0 || !this.digestFilesOnDisk) return;
    const tickets = uris.map((uri) => this.digests.begin(uri.toString()));
    const settings = await mapConcurrently(uris, SCAN_READS_IN_FLIGHT, (uri) => this.configuration.forDocument(uri));
    let digests: FileDigest[];
    try {
      digests = await this.digestFilesOnDisk(uris.map((uri, index) => ({ path: uri.fsPath, ...settings[index] })));
    } catch (error) {
      // A worker thread that could not start or stopped: the files are read on this thread.
      log.warn('The worker threads could not digest the notes; reading them on this thread', error);
      await mapConcurrently(uris, SCAN_READS_IN_FLIGHT, (uri) => this.read(uri, false));
      return;
    }
    uris.forEach((uri, index) => {
      const digest = digests[index];
      this.settle(uri, tickets[index], digest === null || digest === 'unread' ? undefined : digest, false);
    });
  }

  private async written(uris: readonly vscode.Uri[]): Promise<void> {
    const changed = await mapConcurrently(uris, SCAN_READS_IN_FLIGHT, (uri) => {
      // An open note is digested from its editor, which may hold more than the disk.
      const open = openDocumentOf(uri);
      return open ? this.update(uri, open.getText(), false) : this.read(uri, false);
    });
    if (changed.includes(true)) this.changed.fire();
  }

  /** True when the digest changed. */
  private async read(uri: vscode.Uri, announce = true): Promise<boolean> {
    const ticket = this.digests.begin(uri.toString());
    let text: string;
    try {
      text = await readFileText(uri);
    } catch (error) {
      // A file gone or unreadable simply has no digest.
      log.debug(`Cannot read ${uri.toString()}`, error);
      return this.settle(uri, ticket, undefined, announce);
    }
    return this.digest(uri, ticket, text, announce);
  }

  private update(uri: vscode.Uri, text: string, announce = true): Promise<boolean> {
    return this.digest(uri, this.digests.begin(uri.toString()), text, announce);
  }

  private async digest(uri: vscode.Uri, ticket: number, text: string, announce: boolean): Promise<boolean> {
    const { config, relativePath } = await this.configuration.forDocument(uri);
    let digest: NoteDigest | undefined;
    try {
      digest = digestNote(text, config, relativePath);
    } catch (error) {
      // A note the parser cannot read is left out of the digest, as it is out of no other feature: the linter reports it.
      log.error(`Cannot digest ${uri.toString()}`, error);
      digest = undefined;
    }
    return this.settle(uri, ticket, digest, announce);
  }

  private settle(uri: vscode.Uri, ticket: number, digest: NoteDigest | undefined, announce: boolean): boolean {
    const file = uri.toString();
    const changed = this.digests.settle(file, ticket, digest && { file, digest });
    if (changed && announce) this.changed.fire();
    return changed;
  }

  private forget(uri: vscode.Uri): void {
    if (this.digests.remove(uri.toString())) this.changed.fire();
  }

  private whenTypingPauses(document: vscode.TextDocument): void {
    if (!this.scanned || !isWorkspaceMarkdown(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.typing.get(key));
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        if (!document.isClosed) void this.update(document.uri, document.getText());
      }, TYPING_PAUSE_MS),
    );
  }

  dispose(): void {
    for (const timer of this.typing.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A Markdown document that can be a note: not an untitled one, nor a recap (which lives in memory). */
function isWorkspaceMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'untitled' && document.uri.scheme !== RECAP_SCHEME;
}
