import * as vscode from 'vscode';
import { registerClientsView, type ClientsItem } from './vscode/clientsView';
import { NoteCodeActions } from './vscode/codeActions';
import { registerCopyRecap } from './vscode/commands/copyRecap';
import { registerFixAll } from './vscode/commands/fixAll';
import { registerGenerateFollowUp } from './vscode/commands/generateFollowUp';
import { registerInsertSection } from './vscode/commands/insertSection';
import { registerRemoveUnfilledPrompts } from './vscode/commands/removeUnfilledPrompts';
import { registerLintWorkspace } from './vscode/commands/lintWorkspace';
import { registerMarkFollowUpSent } from './vscode/commands/markFollowUpSent';
import { registerNewNote } from './vscode/commands/newNote';
import { registerOpenRecapInMail } from './vscode/commands/openRecapInMail';
import { registerSaveRecapEml } from './vscode/commands/saveRecapEml';
import { registerSetMyName } from './vscode/commands/setMyName';
import { FrontmatterCompletion } from './vscode/completion';
import { NoteConfiguration } from './vscode/configuration';
import { NoteDiagnostics } from './vscode/diagnostics';
import { FrontmatterHover } from './vscode/hover';
import { registerNextStepsView, type ShownItem } from './vscode/nextStepsView';
import { registerOverdueStatus } from './vscode/overdueStatus';
import { noticesShown, type Notice } from './vscode/notices';
import { RecapDocuments } from './vscode/recapDocuments';
import { SnippetCompletion } from './vscode/snippetCompletion';
import { WorkspaceDigest } from './vscode/workspaceDigest';
import { digestFilesOnDisk } from './node/diskDigests';

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
  nextStepsShown(): Promise<ShownItem[]>;
  clientsShown(): Promise<Array<ShownItem<ClientsItem>>>;
  overdueStatusText(): string | undefined;
  notices(): readonly Notice[];
  newNotePrompts(): readonly string[];
}

export function activate(context: vscode.ExtensionContext): ClientNotesApi {
  const configuration = new NoteConfiguration();
  const diagnostics = new NoteDiagnostics(configuration, context.extensionUri);
  const digest = new WorkspaceDigest(configuration, digestFilesOnDisk(vscode.Uri.joinPath(context.extensionUri, 'dist', 'digestWorker.js').fsPath));
  const nextStepsView = registerNextStepsView(digest, configuration);
  const clientsView = registerClientsView(digest);
  const overdueStatus = registerOverdueStatus(digest);
  const recaps = new RecapDocuments();
  const newNote = registerNewNote(digest, configuration);
  context.subscriptions.push(
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
    registerMarkFollowUpSent(recaps),
    registerSetMyName(configuration, recaps),
    registerRemoveUnfilledPrompts(configuration),
    registerInsertSection(configuration),
    newNote,
    nextStepsView,
    clientsView,
    overdueStatus,
  );
  return {
    diagnosticsIdle: () => diagnostics.whenIdle(),
    nextStepsShown: () => nextStepsView.shown(),
    clientsShown: () => clientsView.shown(),
    overdueStatusText: () => overdueStatus.shownText(),
    notices: noticesShown,
    newNotePrompts: () => newNote.prompts(),
  };
}

export function deactivate(): void {}
