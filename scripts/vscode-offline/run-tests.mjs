// Runs the integration tests (out/test/integration) inside a real VS Code without
// downloading it: the VS Code server from code-server, its workbench opened in a
// headless Chromium (see browser.mjs). Exits with the test run's exit code.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { browserExecutable, launchBrowser } from './browser.mjs';
import { ensureServer, repoRoot, startServer, workbenchUrl } from './server.mjs';

const TIMEOUT_MS = 10 * 60 * 1000;
const testsEntry = join(repoRoot, 'out', 'test', 'integration', 'index.js');

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
const EXPECTED_RACES = [/ has changed in the meantime/];

if (!existsSync(testsEntry) || !existsSync(join(repoRoot, 'dist', 'extension.js'))) {
  console.error('The extension and its integration tests are not built. Run: npm run build');
  process.exit(1);
}

await ensureServer();

// A fresh workspace copy and fresh VS Code state for every run, kept if the run fails.
const runDir = mkdtempSync(join(tmpdir(), 'client-notes-integration-'));
const workspace = join(runDir, 'workspace');
cpSync(join(repoRoot, 'test', 'workspace'), workspace, { recursive: true });

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

  await page.goto(workbenchUrl(server, workspace, [['extensionTestsPath', testsEntry]]));
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
