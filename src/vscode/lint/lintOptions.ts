import * as vscode from 'vscode';
import type { ResolvedConfig } from '../../core/config/config';
import type { LintOptions } from '../../core/lint/engine';
import { now } from '../clock';

/**
 * How the editor lints a note, wherever it does (diagnostics, code actions, Fix All): dates
 * judged against the editor's clock, findings worded in the display language.
 */
export function editorLintOptions({ config, relativePath }: { config: ResolvedConfig; relativePath: string | undefined }): LintOptions {
  return { config, relativePath, now: now(), locale: vscode.env.language };
}
