import * as vscode from 'vscode';
import { NoteCodeActions } from './vscode/codeActions';
import { registerFixAll } from './vscode/commands/fixAll';
import { registerGenerateFollowUp } from './vscode/commands/generateFollowUp';
import { registerInsertSection } from './vscode/commands/insertSection';
import { registerLintWorkspace } from './vscode/commands/lintWorkspace';
import { registerMarkFollowUpSent } from './vscode/commands/markFollowUpSent';
import { registerNewNote } from './vscode/commands/newNote';
import { FrontmatterCompletion } from './vscode/completion';
import { NoteConfiguration } from './vscode/configuration';
import { NoteDiagnostics } from './vscode/diagnostics';
import { FrontmatterHover } from './vscode/hover';
import { registerNextStepsView, type ShownItem } from './vscode/nextStepsView';
import { registerOverdueStatus } from './vscode/overdueStatus';
import { SnippetCompletion } from './vscode/snippetCompletion';
import { WorkspaceDigest } from './vscode/workspaceDigest';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** What the extension offers other extensions and its integration tests: what the Next Steps view and the status bar show. */
export interface ClientNotesApi {
  nextStepsShown(): Promise<ShownItem[]>;
  overdueStatusText(): string | undefined;
}

export function activate(context: vscode.ExtensionContext): ClientNotesApi {
  const configuration = new NoteConfiguration();
  const diagnostics = new NoteDiagnostics(configuration, context.extensionUri);
  const digest = new WorkspaceDigest(configuration);
  const nextStepsView = registerNextStepsView(digest, configuration);
  const overdueStatus = registerOverdueStatus(digest);
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
    registerGenerateFollowUp(configuration),
    registerMarkFollowUpSent(),
    registerInsertSection(configuration),
    registerNewNote(digest),
    nextStepsView,
    overdueStatus,
  );
  return { nextStepsShown: () => nextStepsView.shown(), overdueStatusText: () => overdueStatus.shownText() };
}

export function deactivate(): void {}
