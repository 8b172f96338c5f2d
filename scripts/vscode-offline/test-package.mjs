// Tests the extension as a user installs it: packages the .vsix with vsce, checks its
// files against an allow-list (what the editor runs, nothing else), installs it into
// the VS Code server with --install-extension, opens a folder of notes with no
// development payload and waits for the installed extension's finding in the Problems
// panel. A file missing from the package, or one that should not be there, fails it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { browserExecutable, launchBrowser } from './browser.mjs';
import { ensureServer, installExtension, repoRoot, startServer } from './server.mjs';
import { endWorkbenchRun, openWithQuickOpen, runCommand } from './workbench.mjs';

// Every file of the installed extension must match one of these, and each entry marked
// `required` must match at least one file.
const ALLOWED = [
  { pattern: /^package\.json$/, required: true },
  // The manifest's strings in English and their translations, then the code's (l10n).
  { pattern: /^package\.nls(\.[a-z]{2}(-[a-z]+)?)?\.json$/, required: true },
  { pattern: /^l10n\/bundle\.l10n(\.[a-z]{2}(-[a-z]+)?)?\.json$/, required: true },
  { pattern: /^dist\/extension\.js$/, required: true },
  // The worker threads of the workspace digest's first scan, in the desktop host.
  { pattern: /^dist\/digestWorker\.js$/, required: true },
  // The browser entry, which vscode.dev and github.dev run.
  { pattern: /^dist\/web\/extension\.js$/, required: true },
  // VS Code writes the README and CHANGELOG it installs in lower case.
  { pattern: /^(README|CHANGELOG|SECURITY)\.md$/i, required: true },
  { pattern: /^LICENSE(\.txt)?$/i, required: true },
  { pattern: /^media\/icon\.png$/, required: true },
  { pattern: /^media\/walkthrough\/[a-z-]+(\.nls\.[a-z]{2}(-[a-z]+)?)?\.(md|png)$/, required: true },
  // The client History page's own markup, style and script, which its webview loads.
  { pattern: /^media\/history\/page\.(html|css|js)$/, required: true },
  { pattern: /^snippets\/markdown\.json$/, required: true },
  { pattern: /^snippets\/markdown\.(de|fr)\.json$/, required: true },
  { pattern: /^schemas\/[a-z-]+\.schema\.json$/, required: true },
  // The built-in templates, which New Conversation Note reads from the extension's folder.
  { pattern: /^templates\/[a-z-]+\.md$/, required: true },
  { pattern: /^templates\/(de|fr)\/[a-z-]+\.md$/, required: true },
  // "Show documentation" opens these from the extension's own folder; they link to their index.
  { pattern: /^docs\/rules\/([a-z-]+|README)\.md$/, required: true },
  // Written by VS Code when it installs a .vsix.
  { pattern: /^\.vsixmanifest$/, required: false },
];
const FINDING_TIMEOUT_MS = 90_000;
const NOTE = `---
type: client-conversation
client: Acme Ltd
date: 2026-11-20
scenario: missed-deadline
topic: Launch moves
---

# Launch moves

## Facts

- The launch moves by two weeks.
`;

const runDir = mkdtempSync(join(tmpdir(), 'client-notes-package-'));
let server;
let browser;
let failure;
try {
  const vsix = packageExtension(runDir);
  console.log(`Packaged ${relative(runDir, vsix)}: ${Math.round(statSync(vsix).size / 1024)} KB`);

  await ensureServer();
  const dataDir = join(runDir, 'data');
  const extensionsDir = installExtension(vsix, dataDir);
  const [installed] = readdirSync(extensionsDir).filter((name) => name.startsWith('client-notes.client-notes-'));
  if (!installed) throw new Error(`VS Code installed nothing named client-notes.client-notes-* into ${extensionsDir}.`);
  const files = filesUnder(join(extensionsDir, installed));
  checkAllowList(files);
  console.log(`Installed ${installed}: ${files.length} files, all on the allow-list`);

  const workspace = join(runDir, 'workspace');
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  writeFileSync(join(workspace, 'notes', 'launch-moves.md'), NOTE);
  writeFileSync(join(workspace, 'README.md'), '# Notes\n\nNot a client note.\n');

  server = await startServer({
    dataDir,
    settings: {
      'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
    },
  });
  browser = await launchBrowser(await browserExecutable());
  const page = await browser.newPage();
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

  // Open the note as a user would: Quick Open, its name, Enter; then the Problems panel.
  await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
  await openWithQuickOpen(page, 'launch-moves.md');
  await page.keyboard.press('Control+Shift+M');
  const finding = page.locator('.markers-panel .monaco-list-row', { hasText: 'required-sections' });
  await finding.first().waitFor({ timeout: FINDING_TIMEOUT_MS });
  console.log(`The installed extension reports: ${(await finding.first().innerText()).replace(/\s+/g, ' ').trim()}`);

  // The note's title bar offers the recap; an ordinary Markdown file's does not.
  const recapButton = page.locator('.editor-actions [aria-label^="Generate Follow-up Summary"]');
  await recapButton.first().waitFor({ timeout: 30_000 });
  await openWithQuickOpen(page, 'README.md');
  await recapButton.first().waitFor({ state: 'detached', timeout: 30_000 });
  console.log('The note shows Generate Follow-up Summary in its title bar; README.md does not');

  // New Conversation Note offers the built-in templates, which it reads from the installed
  // extension's folder rather than from its bundle.
  await runCommand(page, 'Client Notes: New Conversation Note');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Scope change' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  console.log('New Conversation Note offers the built-in templates');
} catch (error) {
  failure = error;
}
await endWorkbenchRun({ what: 'The packaged extension test', failure, browser, server, runDir });

/** Builds the production bundle and packages it, as `npm run package` does, into folder. */
function packageExtension(folder) {
  const vsix = join(folder, 'client-notes.vsix');
  run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--production']);
  run(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix]);
  return vsix;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${relative(repoRoot, args[0])} ${args.slice(1).join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

/** Paths under folder, relative and `/`-separated. */
function filesUnder(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function checkAllowList(files) {
  const unexpected = files.filter((file) => !ALLOWED.some(({ pattern }) => pattern.test(file)));
  const missing = ALLOWED.filter(({ pattern, required }) => required && !files.some((file) => pattern.test(file))).map(({ pattern }) => pattern.source);
  if (unexpected.length > 0 || missing.length > 0) {
    throw new Error(
      [
        unexpected.length > 0 ? `files the editor does not run are packaged (exclude them in .vscodeignore):\n  ${unexpected.join('\n  ')}` : '',
        missing.length > 0 ? `files the extension needs are missing from the package:\n  ${missing.join('\n  ')}` : '',
      ].filter(Boolean).join('\n'),
    );
  }
}
