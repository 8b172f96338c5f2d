import * as vscode from 'vscode';
import type { LintMessage, Severity, TextEdit } from '../core/base/types';

export const DIAGNOSTIC_SOURCE = 'client-notes';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toPosition(position: { line: number; column: number }): vscode.Position {
  return new vscode.Position(position.line, position.column);
}

export function toRange(document: { positionAt(offset: number): vscode.Position }, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** A rule's page as the extension ships it, so that its link works offline. */
export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

export function toDiagnostic(document: { positionAt(offset: number): vscode.Position }, message: LintMessage, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, message.start, message.end), message.message, SEVERITIES[message.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: message.ruleId, target: ruleDocUri(extensionUri, message.ruleId) };
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const { start, end, text } of edits) edit.replace(document.uri, toRange(document, start, end), text);
  return edit;
}

/**
 * One edit turning `before` into `after`, covering only the part that differs, so that
 * the cursor and the undo stop stay where the user expects after a Fix All.
 */
export function differenceEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
