// Runs the integration tests in desktop VS Code, downloaded by @vscode/test-electron
// into .vscode-test/. Needs access to Microsoft's update servers; where there is
// none, `npm run test:integration` runs the same tests offline.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// A fresh workspace copy and fresh VS Code state for every run.
const runDir = mkdtempSync(join(tmpdir(), 'client-notes-electron-'));
const workspace = join(runDir, 'workspace');
cpSync(join(repoRoot, 'test', 'workspace'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(runDir, 'user-data')}`],
  });
} catch (error) {
  // runTests rejects when VS Code exits non-zero (failing tests) or cannot be downloaded.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
