import * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import { NoteCodeActions } from './codeActions';
import { NoteDiagnostics } from './diagnostics';
import { registerFixAll } from './fixAll';
import { registerLintWorkspace } from './lintWorkspace';

/**
 * Lint in the editor: the findings of the open notes (and, after Lint Workspace, of every
 * note) in the Problems panel, their quick fixes and Fix All. Gives the diagnostics, whose
 * `whenIdle` the test API offers.
 */
export function activateLint(context: vscode.ExtensionContext, configuration: NoteConfiguration): NoteDiagnostics {
  const diagnostics = new NoteDiagnostics(configuration, context.extensionUri);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NoteCodeActions(configuration, context.extensionUri), NoteCodeActions.metadata),
    registerFixAll(configuration),
    registerLintWorkspace(diagnostics),
  );
  return diagnostics;
}
