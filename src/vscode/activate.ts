import * as vscode from 'vscode';
import { registerClientsView, type ClientsItem } from './clients/clientsView';
import { NoteCodeActions } from './codeActions';
import { registerCopyRecap } from './commands/copyRecap';
import { registerFilterNextSteps } from './commands/filterNextSteps';
import { registerDraftReminder } from './commands/draftReminder';
import { registerFixAll } from './commands/fixAll';
import { registerGenerateFollowUp } from './commands/generateFollowUp';
import { registerGroupNextSteps } from './commands/groupNextSteps';
import { registerInsertSection } from './commands/insertSection';
import { registerRemoveUnfilledPrompts } from './commands/removeUnfilledPrompts';
import { registerLintWorkspace } from './commands/lintWorkspace';
import { registerMarkFollowUpSent } from './commands/markFollowUpSent';
import { registerMarkStepDone } from './commands/markStepDone';
import { registerNewNote } from './commands/newNote';
import { registerOpenRecapInMail } from './commands/openRecapInMail';
import { registerOpenStep } from './commands/openStep';
import { registerOpenStepNote } from './commands/openStepNote';
import { registerSaveRecapEml } from './commands/saveRecapEml';
import { registerSetMyName } from './commands/setMyName';
import { FrontmatterCompletion } from './completion';
import { NoteConfiguration } from './configuration';
import { NoteDiagnostics, type HeldLint } from './diagnostics';
import { registerHistoryPage, type HistoryPageShown } from './historyPage';
import { FrontmatterHover } from './hover';
import { registerNextStepsView, type ShownItem } from './nextSteps/nextStepsView';
import { registerOverdueStatus } from './nextSteps/overdueStatus';
import { registerDueNotice } from './dueNotice';
import { noticesShown, type Notice } from './notices';
import { pinToday, startClock } from './clock';
import { openLog } from './log';
import { RecapDocuments } from './recap/recapDocuments';
import { SnippetCompletion } from './snippetCompletion';
import { WorkspaceDigest } from './workspaceDigest';
import type { DigestFiles } from '../core/digest/noteDigest';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * What the extension offers other extensions and its integration tests: what the Next
 * Steps and Clients views and the status bar show, what the commands told the user
 * (`vscode/notices.ts`), which prompts New Conversation Note has opened, and when the
 * Problems panel is up to date.
 */
export interface ClientNotesApi {
  /** Resolves once no lint of a note is running or waiting for a pause in typing. */
  diagnosticsIdle(): Promise<void>;
  /** Resolves when the next lint of the note is held before one of its steps, until released. */
  holdNextLint(uri: vscode.Uri): Promise<HeldLint>;
  nextStepsShown(): Promise<ShownItem[]>;
  clientsShown(): Promise<Array<ShownItem<ClientsItem>>>;
  /** The History pages open, with their HTML and links. */
  historyPages(): HistoryPageShown[];
  overdueStatusText(): string | undefined;
  notices(): readonly Notice[];
  newNotePrompts(): readonly string[];
  /** Holds the editor's clock on a day (YYYY-MM-DD), or lets it run again: tests and screenshots show the same whatever day they run. */
  pinToday(day: string | undefined): void;
}

/**
 * What only the host the extension runs in can give it. On the desktop, the first scan of
 * the workspace reads the disk in worker threads (`node/diskDigests.ts`); a browser has no
 * disk and no threads, and the scan reads every note through `vscode.workspace.fs`.
 */
export interface EditorHost {
  digestFilesOnDisk: DigestFiles | undefined;
}

/** The one activation, for the desktop (`src/extension.ts`) and the browser (`src/extension.web.ts`) alike. */
export function activateClientNotes(context: vscode.ExtensionContext, host: EditorHost): ClientNotesApi {
  const configuration = new NoteConfiguration();
  const diagnostics = new NoteDiagnostics(configuration, context.extensionUri);
  const digest = new WorkspaceDigest(configuration, host.digestFilesOnDisk);
  const nextStepsView = registerNextStepsView(digest);
  const clientsView = registerClientsView(digest);
  const historyPage = registerHistoryPage(digest, configuration, context.extensionUri);
  const overdueStatus = registerOverdueStatus(digest);
  const recaps = new RecapDocuments();
  const newNote = registerNewNote(digest, configuration);
  context.subscriptions.push(
    startClock(),
    openLog(),
    configuration,
    diagnostics,
    digest,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new NoteCodeActions(configuration, context.extensionUri), NoteCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletion(digest), ...FrontmatterCompletion.triggerCharacters),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new SnippetCompletion(), ...SnippetCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHover()),
    registerFixAll(configuration),
    registerLintWorkspace(diagnostics),
    recaps,
    registerGenerateFollowUp(configuration, recaps, context.globalState),
    registerCopyRecap(recaps),
    registerSaveRecapEml(recaps),
    registerOpenRecapInMail(recaps),
    registerDraftReminder(configuration, recaps),
    registerMarkFollowUpSent(recaps),
    registerSetMyName(configuration, recaps),
    registerRemoveUnfilledPrompts(configuration),
    registerInsertSection(configuration),
    newNote,
    nextStepsView,
    registerGroupNextSteps(nextStepsView),
    registerFilterNextSteps(nextStepsView),
    registerOpenStep(),
    registerOpenStepNote(),
    registerMarkStepDone(configuration),
    clientsView,
    historyPage,
    overdueStatus,
    registerDueNotice(digest, context.globalState),
  );
  return {
    diagnosticsIdle: () => diagnostics.whenIdle(),
    holdNextLint: (uri) => diagnostics.holdNextLint(uri),
    nextStepsShown: () => nextStepsView.shown(),
    clientsShown: () => clientsView.shown(),
    historyPages: () => historyPage.shown(),
    overdueStatusText: () => overdueStatus.shownText(),
    notices: noticesShown,
    newNotePrompts: () => newNote.prompts(),
    pinToday,
  };
}
