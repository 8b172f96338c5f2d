import * as vscode from 'vscode';
import { LintRunTally } from '../../core/lint/runSummary';
import type { NoteDiagnostics } from './diagnostics';
import { notify } from '../notices';
import { findMarkdownFiles, watchMarkdownFiles } from '../markdownFiles';

export const LINT_WORKSPACE_COMMAND = 'clientNotes.lintWorkspace';

/**
 * Lints every note in the workspace into the Problems panel, opened or not, then keeps
 * the panel current as notes are created, changed and deleted. Resolves to the number of
 * notes found.
 */
export function registerLintWorkspace(diagnostics: NoteDiagnostics): vscode.Disposable {
  let watcher: vscode.Disposable | undefined;
  const command = vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Client Notes: linting the workspace'), cancellable: true },
      async (progress, token) => {
        if (!watcher) {
          watcher = watchMarkdownFiles({
            written: (uris) => void lintInTurn(diagnostics, uris),
            deleted: (uri) => diagnostics.forget(uri),
          });
          diagnostics.keepWorkspaceCurrent();
        }
        const files = await findMarkdownFiles(token);
        const tally = new LintRunTally();
        for (const [index, uri] of files.entries()) {
          if (token.isCancellationRequested) break;
          const result = await diagnostics.lintFile(uri);
          if (result?.isNote) tally.add(result.messages);
          progress.report({ increment: 100 / files.length, message: vscode.l10n.t('{0} of {1} files, {2} notes', index + 1, files.length, tally.notes) });
        }
        // Not awaited: the command resolves with the count while the summary stays up.
        void showSummary(tally);
        return tally.notes;
      },
    ),
  );
  return new vscode.Disposable(() => {
    command.dispose();
    watcher?.dispose();
  });
}

async function lintInTurn(diagnostics: NoteDiagnostics, uris: readonly vscode.Uri[]): Promise<void> {
  for (const uri of uris) await diagnostics.lintFile(uri);
}

async function showSummary(tally: LintRunTally): Promise<void> {
  const showProblems = vscode.l10n.t('Show Problems');
  const choice = await notify(vscode.window.showInformationMessage, runSummary(tally), ...(tally.notesWithFindings > 0 ? [showProblems] : []));
  if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** "Client Notes: linted 240 notes: 3 errors, 12 warnings and 1 info in 9 notes.", in the display language. */
function runSummary(tally: LintRunTally): string {
  const count = (value: number) => value.toLocaleString(vscode.env.language);
  const notes = (value: number) => (value === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', count(value)));
  if (tally.notes === 0) return vscode.l10n.t('Client Notes: no client notes found in the workspace.');
  if (tally.notesWithFindings === 0) return vscode.l10n.t('Client Notes: linted {0}: no findings.', notes(tally.notes));
  const { error, warning, info } = tally.bySeverity;
  const found = [
    error === 1 ? vscode.l10n.t('1 error') : error > 1 ? vscode.l10n.t('{0} errors', count(error)) : '',
    warning === 1 ? vscode.l10n.t('1 warning') : warning > 1 ? vscode.l10n.t('{0} warnings', count(warning)) : '',
    info === 1 ? vscode.l10n.t('1 info') : info > 1 ? vscode.l10n.t('{0} infos', count(info)) : '',
  ].filter(Boolean);
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')}${vscode.l10n.t(' and ')}${found[found.length - 1]}`;
  return vscode.l10n.t('Client Notes: linted {0}: {1} in {2}.', notes(tally.notes), list, notes(tally.notesWithFindings));
}
