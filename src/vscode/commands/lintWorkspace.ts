import * as vscode from 'vscode';
import type { NoteDiagnostics } from '../diagnostics';

export const LINT_WORKSPACE_COMMAND = 'clientNotes.lintWorkspace';

const MARKDOWN_FILES = '**/*.{md,markdown}';
const EXCLUDED = '**/{node_modules,.git}/**';

/**
 * Lints every note in the workspace into the Problems panel, opened or not, then keeps
 * the panel current as notes are created, changed and deleted. Resolves to the number of
 * notes found.
 */
export function registerLintWorkspace(diagnostics: NoteDiagnostics): vscode.Disposable {
  let watcher: vscode.FileSystemWatcher | undefined;
  const command = vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Client Notes: linting the workspace', cancellable: true },
      async (progress, token) => {
        if (!watcher) {
          watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_FILES);
          watcher.onDidCreate((uri) => void diagnostics.lintFile(uri));
          watcher.onDidChange((uri) => void diagnostics.lintFile(uri));
          watcher.onDidDelete((uri) => diagnostics.forget(uri));
          diagnostics.keepWorkspaceCurrent();
        }
        const files = await vscode.workspace.findFiles(MARKDOWN_FILES, EXCLUDED, undefined, token);
        let notes = 0;
        let problems = 0;
        for (const [index, uri] of files.entries()) {
          if (token.isCancellationRequested) break;
          const result = await diagnostics.lintFile(uri);
          if (result?.isNote) {
            notes++;
            problems += result.messages.length;
          }
          progress.report({ increment: 100 / files.length, message: `${index + 1} of ${files.length} files` });
        }
        void vscode.window.setStatusBarMessage(`Client Notes: ${notes} notes, ${problems} problems`, 5000);
        return notes;
      },
    ),
  );
  return new vscode.Disposable(() => {
    command.dispose();
    watcher?.dispose();
  });
}
