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
import { PeopleIndex } from './vscode/peopleIndex';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): void {
  const configuration = new NoteConfiguration();
  const diagnostics = new NoteDiagnostics(configuration, context.extensionUri);
  const peopleIndex = new PeopleIndex(configuration);
  context.subscriptions.push(
    configuration,
    diagnostics,
    peopleIndex,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new NoteCodeActions(configuration, context.extensionUri), NoteCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletion(peopleIndex), ...FrontmatterCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHover()),
    registerFixAll(configuration),
    registerLintWorkspace(diagnostics),
    registerGenerateFollowUp(configuration),
    registerMarkFollowUpSent(),
    registerInsertSection(configuration),
    registerNewNote(peopleIndex),
  );
}

export function deactivate(): void {}
