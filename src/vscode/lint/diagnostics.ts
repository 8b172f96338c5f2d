import * as vscode from 'vscode';
import { lintInSteps } from '../../core/lint/engine';
import { LintResultCache } from '../../core/lint/cache';
import { LineIndex } from '../../core/base/lines';
import type { LintResult } from '../../core/base/types';
import type { NoteConfiguration } from '../configuration';
import { toDiagnostic, toPosition } from '../convert';
import { OpenNotesContext } from './openNotesContext';
import { onDidChangeDay } from '../clock';
import { editorLintOptions } from './lintOptions';
import { log } from '../log';
import { openDocumentOf, readFileText } from '../noteSource';

const TYPING_DELAY_MS = 300;
/**
 * From this length on, a note's lint lets the editor's other work in between its steps
 * (`lintInSteps`), so that typing in a large note is never held up by its lint, which the
 * next keystroke stops. A shorter note lints in a few milliseconds, in one go.
 */
const STEPPED_FROM_LENGTH = 32 * 1024;

/** What a lint of an open note came to when the text changed under it or the note closed. */
const STOPPED = Symbol('stopped');

/** A lint held before one of its steps, for the integration tests (`holdNextLint`). */
export interface HeldLint {
  /** The version of the document it lints. */
  version: number;
  /** Lets it go on; resolves once it has ended: true when it ran to the end, false when it stopped. */
  release(): Promise<boolean>;
}

/** Keeps the Problems panel in step with client notes: open ones as they change, others from disk. */
export class NoteDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('client-notes');
  private readonly pendingTyping = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files Lint Workspace covers: kept in the panel when closed, re-read from disk. */
  private workspaceLinting = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** Notes read from disk: a repeated Lint Workspace re-parses only those that changed. */
  private readonly fileResults = new LintResultCache();
  /**
   * Per note, the number of the latest lint started for it. Lints of one note overlap
   * (typing, saving, Lint Workspace and a configuration change each start one, and each
   * first awaits the configuration or the disk): only the latest may change the note's
   * entry in the Problems panel, so that an earlier one finishing late never brings back
   * the findings of an older text, an older file on disk or older settings.
   */
  private readonly latestLint = new Map<string, number>();
  private lintsStarted = 0;
  /** Lints started and not finished; with the lints waiting for a pause in typing, what `whenIdle` waits out. */
  private lintsRunning = 0;
  private readonly idleWaiters: Array<() => void> = [];
  /** Per note, a test waiting to hold its next lint between two steps. */
  private readonly holds = new Map<string, { fromVersion: number; hold: (held: HeldLint) => void }>();

  private readonly openNotes = new OpenNotesContext();

  constructor(
    private readonly configuration: NoteConfiguration,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => void this.lintDocument(document)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.lintDocument(document)),
      // An event with no change in it says only that the note's dirty state changed: its
      // text is the one the keystroke's own event already set a lint for (the dirty state
      // comes on its own, late when the host is busy, and would lint that text twice).
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleTyping(event.document);
      }),
      // A document reopened before VS Code disposed it gets no open event: lint what is shown.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) void this.lintDocument(editor.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document.uri)),
      // VS Code keeps a document alive for a while after its last tab closes; users expect
      // its problems to go with the tab.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !isShownInTab(uri)) this.closed(uri);
        }
      }),
      configuration.onDidChange(() => void this.counted(this.relintAll())),
      // What is overdue changes with the day.
      onDidChangeDay(() => void this.counted(this.relintAll())),
    );
    for (const document of vscode.workspace.textDocuments) void this.lintDocument(document);
  }

  /**
   * Resolves once no lint is running or waiting for a pause in typing: from then on the
   * Problems panel shows what the notes hold, so that a test can say a file got no findings
   * without waiting a guessed time.
   */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.settleIfIdle();
    });
  }

  /**
   * Lints an open document; a Markdown file that is not a note has its findings cleared.
   * Undefined when the text changed or the note closed before the lint ended.
   */
  async lintDocument(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const result = await this.counted(this.lintOpenDocument(document));
    return result === STOPPED ? undefined : result;
  }

  /**
   * For the integration tests: the next lint of the note, of its text at `fromVersion` or
   * later, waits before one of its steps until released, so that a test can change the text
   * while a lint is under way (a lint of an older text, which a late event may start, is let by).
   */
  holdNextLint(uri: vscode.Uri, fromVersion = 0): Promise<HeldLint> {
    return new Promise((resolve) => this.holds.set(uri.toString(), { fromVersion, hold: resolve }));
  }

  private async lintOpenDocument(document: vscode.TextDocument): Promise<LintResult | undefined | typeof STOPPED> {
    if (document.languageId !== 'markdown' || document.uri.scheme === 'git' || document.isClosed) return undefined;
    const isLatest = this.startLint(document.uri);
    const { config, relativePath } = await this.configuration.forDocument(document.uri);
    // One version of the text is linted, and its findings are shown only while it is the
    // document's: a keystroke stops the lint at its next step (with lint on type, the pause
    // after it starts a lint of the new text), so that older findings never replace newer ones.
    const version = document.version;
    const text = document.getText();
    const stepwise = text.length >= STEPPED_FROM_LENGTH;
    const stopped = () => document.isClosed || document.version !== version;
    const running: Promise<LintResult | undefined> = lintInSteps(text, editorLintOptions({ config, relativePath }), {
      isCancelled: stopped,
      between: async () => {
        const held = this.holds.get(document.uri.toString());
        if (held && version >= held.fromVersion) {
          this.holds.delete(document.uri.toString());
          await new Promise<void>((release) => held.hold({ version, release: () => (release(), running.then((result) => result !== undefined)) }));
        }
        // The extension host's other work (the next keystroke) runs before the next step.
        if (stepwise) await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    const result = await running;
    if (!result || stopped()) return STOPPED;
    if (isLatest()) {
      this.show(document.uri, document, result);
      this.openNotes.update(document.uri, result.isNote);
    }
    return result;
  }

  /** Lints a note that is not open, from its bytes on disk. */
  lintFile(uri: vscode.Uri, options: { fromDisk?: boolean } = {}): Promise<LintResult | undefined> {
    return this.counted(this.lintClosedFile(uri, options));
  }

  private async lintClosedFile(uri: vscode.Uri, { fromDisk = false } = {}): Promise<LintResult | undefined> {
    const open = fromDisk ? undefined : openDocumentOf(uri);
    if (open) {
      // A lint stopped by typing is done again on the new text, so that Lint Workspace counts the note.
      for (;;) {
        const result = await this.lintOpenDocument(open);
        if (result !== STOPPED) return result;
      }
    }
    // Opening the note meanwhile starts a later lint, of its text in the editor.
    const isLatest = this.startLint(uri);
    let text: string;
    try {
      text = await readFileText(uri);
    } catch (error) {
      log.debug(`Cannot read ${uri.toString()}`, error);
      if (isLatest()) this.collection.delete(uri);
      return undefined;
    }
    const { config, relativePath } = await this.configuration.forDocument(uri);
    const result = this.fileResults.lint(uri.toString(), text, editorLintOptions({ config, relativePath }));
    const lines = new LineIndex(text);
    if (isLatest()) this.show(uri, { positionAt: (offset) => toPosition(lines.positionAt(offset)) }, result);
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.fileResults.forget(uri.toString());
    this.clear(uri);
  }

  keepWorkspaceCurrent(): void {
    this.workspaceLinting = true;
  }

  get coversWorkspace(): boolean {
    return this.workspaceLinting;
  }

  /** Counts `lint` as running until it settles. */
  private async counted<T>(lint: Promise<T>): Promise<T> {
    this.lintsRunning++;
    try {
      return await lint;
    } finally {
      this.lintsRunning--;
      this.settleIfIdle();
    }
  }

  private settleIfIdle(): void {
    if (this.lintsRunning > 0 || this.pendingTyping.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Takes a number for a lint of `uri` about to start; the function answers whether it is still the latest. */
  private startLint(uri: vscode.Uri): () => boolean {
    const key = uri.toString();
    const number = ++this.lintsStarted;
    this.latestLint.set(key, number);
    return () => this.latestLint.get(key) === number;
  }

  /** Removes a note's findings, and those of any lint of it still running. */
  private clear(uri: vscode.Uri): void {
    this.latestLint.delete(uri.toString());
    this.collection.delete(uri);
  }

  private show(uri: vscode.Uri, document: { positionAt(offset: number): vscode.Position }, result: LintResult): void {
    if (!result.isNote) this.collection.delete(uri);
    else this.collection.set(uri, result.messages.map((message) => toDiagnostic(document, message, this.extensionUri)));
  }

  private scheduleTyping(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown' || !this.configuration.lintOnType(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.pendingTyping.get(key));
    this.pendingTyping.set(
      key,
      setTimeout(() => {
        this.pendingTyping.delete(key);
        void this.lintDocument(document);
      }, TYPING_DELAY_MS),
    );
  }

  private closed(uri: vscode.Uri): void {
    this.openNotes.remove(uri);
    const key = uri.toString();
    clearTimeout(this.pendingTyping.get(key));
    this.pendingTyping.delete(key);
    this.settleIfIdle();
    if (this.workspaceLinting && vscode.workspace.getWorkspaceFolder(uri)) {
      void this.lintFile(uri, { fromDisk: true });
    } else {
      this.clear(uri);
    }
  }

  private async relintAll(): Promise<void> {
    const uris = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      uris.add(document.uri.toString());
      await this.lintDocument(document);
    }
    const others: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!uris.has(uri.toString())) others.push(uri);
    });
    for (const uri of others) await this.lintFile(uri);
  }

  dispose(): void {
    for (const timer of this.pendingTyping.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function isShownInTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()),
  );
}
