// Runs the integration tests (out/test/integration) inside a real VS Code without
// downloading it: the VS Code server from code-server, its workbench opened in a
// headless Chromium (see browser.mjs). Exits with the test run's exit code.
// `--host web` runs them in the web worker extension host instead, the one of vscode.dev
// and github.dev: the extension from its `browser` entry (dist/web/extension.js), the
// tests from their browser bundle (out/test/integration-web).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format, parseArgs } from 'node:util';
import { browserExecutable, launchBrowser } from './browser.mjs';
import { ensureServer, repoRoot, startServer, workbenchUrl } from './server.mjs';

const TIMEOUT_MS = 10 * 60 * 1000;
const { host, locale } = parseArgs({ options: { host: { type: 'string', default: 'node' }, locale: { type: 'string' } } }).values;
if (host !== 'node' && host !== 'web') {
  console.error(`--host is node (the default) or web, not "${host}".`);
  process.exit(2);
}
const web = host === 'web';
// `--locale de` runs the localization suite alone, with VS Code's display language set to
// that locale; the other suites assert the English texts.
if (locale) {
  process.env.CLIENT_NOTES_TEST_GREP = 'localization';
  process.env.CLIENT_NOTES_EXPECTED_LANGUAGE = locale;
}
const testsEntry = join('out', 'test', web ? 'integration-web' : 'integration', 'index.js');
const extensionEntry = join('dist', ...(web ? ['web', 'extension.js'] : ['extension.js']));

// The workbench's log service writes console.log('%c INFO', 'color: …', message, ...args).
// While tests run, the extension host's console output reaches the page only that way.
const LOG_SERVICE_LEVEL = /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)$/;
// The test module prints this line first: log output before it is the workbench
// starting up, not the tests.
const TESTS_STARTED = /^VS Code \d+\.\d+\.\d+/;
// Workbench services that log during startup and keep logging while the tests run;
// none of it is about the extension (the gallery is unreachable offline).
const WORKBENCH_CHATTER = [/^\[(AccountPolicyGate|ChatModelSelection|AgentHost[^\]]*|Service Worker)\]/, /getaddrinfo ENOTFOUND/];
// The workbench logs, with a stack trace, every workspace edit it refuses because the
// note changed after the edit was computed. The tests of Fix All and Insert Section
// while the user types cause exactly that on purpose and assert what follows.
const EXPECTED_RACES = [/ has changed in the meantime/,
  // The Explorer refreshing a folder that a test has just deleted.
  /^Error: TreeError \[FileExplorer\] Data tree node not found/,
  // New Conversation Note on a full disk, on purpose (outputFiles.node.test.ts).
  /ENOSPC: no space left on device, open '[^']*\/full-disk\//];

if (!existsSync(join(repoRoot, testsEntry)) || !existsSync(join(repoRoot, extensionEntry))) {
  console.error('The extension and its integration tests are not built. Run: npm run build');
  process.exit(1);
}

await ensureServer();

// A fresh workspace copy and fresh VS Code state for every run, kept if the run fails.
const runDir = mkdtempSync(join(tmpdir(), 'client-notes-integration-'));
const workspace = join(runDir, 'workspace');
cpSync(join(repoRoot, 'test', 'workspace'), workspace, { recursive: true });
const extensionPath = web ? webExtension(runDir) : repoRoot;

let server;
let browser;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error('\nInterrupted; stopping VS Code.');
    await stopAll();
    rmSync(runDir, { recursive: true, force: true });
    process.exit(130);
  });
}

let exitCode = 1;
let workbenchLogs = [];
try {
  server = await startServer({
    dataDir: join(runDir, 'data'),
    // Chat's services log all through the run and play no part in these tests.
    settings: { 'chat.disableAIFeatures': true },
    locale,
  });
  const browserToUse = await browserExecutable();
  console.log(`Browser: ${browserToUse.description}`);
  // Interrupts are handled above, so that the server stops too.
  browser = await launchBrowser(browserToUse);
  const page = await browser.newPage();
  const testOutput = forwardTestOutput(page);

  const testsFinished = new Promise((resolve) => {
    // The workbench calls this once the test module's run() settles: 0 passed, 1 failed.
    page.exposeFunction('codeAutomationExit', (code, logs) => {
      workbenchLogs = logs ?? [];
      resolve(code);
    });
  });
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve(`The integration tests did not finish within ${TIMEOUT_MS / 60_000} minutes.`), TIMEOUT_MS);
  });
  const serverExited = server.exited.then((status) => `The VS Code server exited during the tests (${status}); see ${server.logFile}.`);
  const pageCrashed = new Promise((resolve) => page.once('crash', () => resolve('The VS Code workbench crashed in Chromium.')));

  console.log(`Extension host: ${web ? 'web worker' : 'Node'}, running ${extensionEntry}`);
  await page.goto(workbenchUrl(server, workspace, { extensionPath, testsPath: join(extensionPath, testsEntry), extensionKind: web ? 'web' : undefined }));
  const outcome = await Promise.race([testsFinished, timedOut, serverExited, pageCrashed]);
  clearTimeout(timer);
  await testOutput.flushed();

  if (typeof outcome === 'number') {
    exitCode = outcome;
    if (exitCode !== 0 && !testOutput.testsStarted()) testOutput.reportStartupErrors();
  } else {
    console.error(outcome);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}

if (exitCode === 0) {
  rmSync(runDir, { recursive: true, force: true });
} else {
  for (const { relativePath, contents } of workbenchLogs) {
    const file = join(runDir, 'workbench-logs', relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
  console.error(`VS Code's logs and the test workspace are kept in ${runDir}`);
}
process.exit(exitCode);

/**
 * The extension as the web worker host runs it from vscode.dev: the repository's files,
 * linked into a folder of the run, with a manifest that has the `browser` entry and no
 * `main`. The payload's extensionDevelopmentKind should be enough, but VS Code 1.139's web
 * workbench stores it as extensionDevelopmentLocationKind and picks the host by
 * extensionDevelopmentKind, so it places an extension with a `main` in the Node host. The
 * test module sits inside this folder too: VS Code runs it in the host of the extension
 * whose folder holds it.
 */
function webExtension(runDir) {
  const folder = join(runDir, 'web-extension');
  mkdirSync(folder);
  for (const name of readdirSync(repoRoot)) {
    if (!['package.json', '.git', '.vscode-test', 'node_modules'].includes(name)) symlinkSync(join(repoRoot, name), join(folder, name));
  }
  const { main, ...manifest } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!main || !manifest.browser) throw new Error('package.json should have both a main and a browser entry.');
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return folder;
}

/**
 * Prints the extension host's console output from the test run as Node would have
 * printed it. Workbench output is dropped, except errors logged before the test
 * module started, which reportStartupErrors() prints when it never did.
 */
function forwardTestOutput(page) {
  let started = false;
  let pending = Promise.resolve();
  const startupErrors = [];
  page.on('console', (message) => {
    // Arguments arrive asynchronously; chaining keeps the lines in order.
    pending = pending.then(async () => {
      const [level, , ...args] = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
      const levelName = typeof level === 'string' && LOG_SERVICE_LEVEL.exec(level)?.[1];
      if (!levelName) return; // Chromium's own messages, such as failed resource loads.
      const text = format(...args);
      if ([...WORKBENCH_CHATTER, ...EXPECTED_RACES].some((pattern) => pattern.test(text))) return;
      started ||= TESTS_STARTED.test(text);
      if (started) {
        (levelName === 'ERR' || levelName === 'WARN' ? process.stderr : process.stdout).write(text + '\n');
      } else if (levelName === 'ERR') {
        startupErrors.push(text);
      }
    });
  });
  return {
    testsStarted: () => started,
    flushed: () => pending,
    reportStartupErrors() {
      console.error('The test module did not start. Errors VS Code logged:');
      for (const error of startupErrors) console.error(error);
    },
  };
}
