import * as vscode from 'vscode';
import { pinToday } from './clock';
import type { ClientsItem, ClientsView } from './clients/clientsView';
import type { HistoryPages, HistoryPageShown } from './history/historyPage';
import type { HeldLint, NoteDiagnostics } from './lint/diagnostics';
import type { NextStepsView, ShownItem } from './nextSteps/nextStepsView';
import type { OverdueStatus } from './nextSteps/overdueStatus';
import { recordNotices, type Notice } from './notices';
import type { NewNote } from './scaffold/newNote';

/**
 * What the integration tests read of the extension and do to it: what the Next Steps and
 * Clients views, the History pages and the status bar show, what the commands told the
 * user (`notices.ts`), which prompts New Conversation Note has opened, when the Problems
 * panel is up to date, a lint held between its steps, and the clock. Offered to tests alone (`testApi`).
 */
export interface ClientNotesTestApi {
  /** Resolves once no lint of a note is running or waiting for a pause in typing. */
  diagnosticsIdle(): Promise<void>;
  /** Resolves when the next lint of the note, of its text at `fromVersion` or later, is held before one of its steps, until released. */
  holdNextLint(uri: vscode.Uri, fromVersion?: number): Promise<HeldLint>;
  nextStepsShown(): Promise<ShownItem[]>;
  clientsShown(): Promise<Array<ShownItem<ClientsItem>>>;
  /** The History pages open, with their HTML and links. */
  historyPages(): HistoryPageShown[];
  overdueStatusText(): string | undefined;
  notices(): readonly Notice[];
  newNotePrompts(): readonly string[];
  /** Holds the editor's clock on a day (YYYY-MM-DD), or lets it run again: tests show the same whatever day they run. */
  pinToday(day: string | undefined): void;
}

/** The parts of the editor the test API reads. */
export interface TestedParts {
  diagnostics: NoteDiagnostics;
  nextSteps: NextStepsView;
  overdueStatus: OverdueStatus;
  clients: ClientsView;
  history: HistoryPages;
  newNote: NewNote;
}

/**
 * The one switch for what only tests may reach: in an extension host VS Code runs for
 * tests (`ExtensionMode.Test`, an `extensionTestsPath` given), the test API, and the
 * notices and prompts recorded from activation on for it; in a user's editor (or a
 * development host), nothing is recorded and the extension exports nothing.
 */
export function testApi(context: vscode.ExtensionContext, parts: TestedParts): ClientNotesTestApi | undefined {
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  const notices: Notice[] = [];
  const prompts: string[] = [];
  context.subscriptions.push(
    recordNotices(notices),
    parts.newNote.onDidShowPrompt((title) => prompts.push(title)),
  );
  return {
    diagnosticsIdle: () => parts.diagnostics.whenIdle(),
    holdNextLint: (uri, fromVersion) => parts.diagnostics.holdNextLint(uri, fromVersion),
    nextStepsShown: () => parts.nextSteps.shown(),
    clientsShown: () => parts.clients.shown(),
    historyPages: () => parts.history.shown(),
    overdueStatusText: () => parts.overdueStatus.shownText(),
    notices: () => notices,
    newNotePrompts: () => prompts,
    pinToday,
  };
}
