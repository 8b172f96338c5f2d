// A real VS Code without Microsoft's download servers: the VS Code server build that
// ships inside the `code-server` npm package, run on its own Node 24, both installed
// on first use into an ignored cache folder (as @vscode/test-electron keeps its
// downloads in .vscode-test/), so that installing the project needs no system packages.
// The launchers that import this module run on the project's Node (20+); only the
// server process runs on Node 24.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.vscode-test', 'offline');

// Exact pins: code-server 4.139.1 embeds VS Code 1.139.1 and refuses any Node but 24.
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';

// Two private npm projects, so that Node 24 is installed (and first on PATH) before
// code-server's postinstall checks the Node version and builds native modules.
const nodeProjectDir = join(cacheDir, 'node');
const serverProjectDir = join(cacheDir, 'code-server');
const installedMarker = join(cacheDir, 'installed.json');
const installLog = join(cacheDir, 'install.log');

const node24Bin = join(nodeProjectDir, 'node_modules', '.bin');
const node24 = join(node24Bin, 'node');
// The `node` package installs the official Node tarball as `node-<platform>-<arch>`,
// headers included: node-gyp builds against those instead of downloading them.
const node24HeadersDir = join(nodeProjectDir, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
const vscodeDir = join(serverProjectDir, 'node_modules', 'code-server', 'lib', 'vscode');
const serverMain = join(vscodeDir, 'out', 'server-main.js');

// Native modules the Linux server loads. Their builds run in install scripts, which
// npm 11 skips unless allowed; loading them on Node 24 proves they were built.
const NATIVE_MODULES = ['@vscode/spdlog', '@vscode/native-watchdog', '@vscode/sqlite3', '@parcel/watcher', 'node-pty'];
// Native modules whose build needs a system package and that a local server never
// loads: kerberos (libkrb5-dev) serves only proxy authentication.
const WITHOUT_NATIVE_BUILD = ['kerberos'];

// Under `npm test`, npm passes its script context down in the environment. The
// user agent names the Node running that npm (20), and code-server's postinstall
// reads the Node major from it, so none of it may reach the cache's own install.
const OUTER_NPM_CONTEXT = /^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_user_agent$|config_local_prefix$)/i;

/**
 * Installs Node 24 and code-server into the cache folder unless a verified install of
 * the pinned versions is already there. Returns the VS Code version it provides.
 */
export async function ensureServer() {
  const marker = JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, withoutNativeBuild: WITHOUT_NATIVE_BUILD });
  if (existsSync(installedMarker) && readFileSync(installedMarker, 'utf8') === marker) {
    return { vscodeVersion: vscodeVersion() };
  }

  const started = Date.now();
  rmSync(nodeProjectDir, { recursive: true, force: true });
  rmSync(serverProjectDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(installLog, '');
  console.log(`First run: installing VS Code server (code-server ${CODE_SERVER_VERSION}) and Node ${NODE_VERSION} into ${relative(repoRoot, cacheDir)}/`);
  console.log(`  install log: ${relative(repoRoot, installLog)}`);

  console.log(`  installing Node ${NODE_VERSION}...`);
  await npmInstall(nodeProjectDir, {
    dependencies: { node: NODE_VERSION },
    // The package's preinstall fetches the platform binary.
    allowScripts: { [`node@${NODE_VERSION}`]: true },
  });
  const installedNode = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (installedNode !== `v${NODE_VERSION}`) throw new Error(`Node ${NODE_VERSION} did not install (got ${installedNode || 'nothing'}); see ${relative(repoRoot, installLog)}.`);

  console.log(`  installing code-server ${CODE_SERVER_VERSION} and building its native modules (2-3 minutes)...`);
  // code-server's own postinstall would install lib/vscode's dependencies with that
  // package's allowScripts, which build `kerberos` against Debian's libkrb5-dev. The
  // server loads kerberos only to authenticate to a proxy, which a local test server
  // never uses: install those dependencies here instead, with its build left out.
  await npmInstall(serverProjectDir, {
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: false, argon2: false },
  });
  const node24Env = {
    // npm, node-gyp and the native builds all use the first node on PATH.
    PATH: `${node24Bin}:${process.env.PATH}`,
    npm_config_nodedir: node24HeadersDir,
  };
  denyInstallScripts(join(vscodeDir, 'package.json'), WITHOUT_NATIVE_BUILD);
  await npmInstallIn(vscodeDir, ['--omit=dev'], node24Env);
  await npmInstallIn(join(vscodeDir, 'extensions'), ['--omit=dev'], node24Env);
  verifyNativeModules();

  writeFileSync(installedMarker, marker);
  console.log(`VS Code server ${vscodeVersion()} ready (${Math.round((Date.now() - started) / 1000)} s).`);
  return { vscodeVersion: vscodeVersion() };
}

/** The VS Code version of the installed server build. */
function vscodeVersion() {
  return JSON.parse(readFileSync(join(vscodeDir, 'product.json'), 'utf8')).version;
}

async function npmInstall(projectDir, manifest) {
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(join(projectDir, 'package.json'), JSON.stringify({ private: true, ...manifest }, null, 2) + '\n');
  await npmInstallIn(projectDir);
}

/** Runs `npm install` in a folder that has its package.json, its output to the install log. */
async function npmInstallIn(projectDir, extraArgs = [], extraEnv = {}) {
  const log = openSync(installLog, 'a');
  try {
    const code = await new Promise((resolve, reject) => {
      spawn('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...extraArgs], {
        cwd: projectDir,
        env: { ...withoutVariables(process.env, OUTER_NPM_CONTEXT), ...extraEnv },
        stdio: ['ignore', log, log],
      })
        .on('error', reject)
        .on('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      const tail = readFileSync(installLog, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
      throw new Error(`npm install in ${relative(repoRoot, projectDir)} failed (exit ${code}). Last lines of ${relative(repoRoot, installLog)}:\n${tail}\n` +
        'Building the native modules needs g++, make and python3.');
    }
  } finally {
    closeSync(log);
  }
}

/** Turns the named packages' install scripts off in a package.json's allowScripts, whatever their version. */
function denyInstallScripts(packageJsonPath, names) {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const allowScripts = { ...manifest.allowScripts };
  // Keys are `name` or `name@version`; a scoped name starts with its own `@`.
  for (const key of Object.keys(allowScripts)) if (names.includes(key.replace(/(?<=.)@[^@]*$/, ''))) delete allowScripts[key];
  for (const name of names) allowScripts[name] = false;
  writeFileSync(packageJsonPath, JSON.stringify({ ...manifest, allowScripts }, null, 2) + '\n');
}

function verifyNativeModules() {
  const script = `
    const load = require('node:module').createRequire(${JSON.stringify(vscodeDir + '/')});
    const broken = [];
    for (const name of ${JSON.stringify(NATIVE_MODULES)}) {
      try { load(name); } catch (error) { broken.push(name + ': ' + String(error.message).split('\\n')[0]); }
    }
    if (broken.length) { console.error(broken.join('\\n')); process.exit(1); }`;
  const result = spawnSync(node24, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`code-server's native modules did not build or do not load on Node ${NODE_VERSION}:\n${result.stderr.trim()}\n` +
      `See ${relative(repoRoot, installLog)}. Delete ${relative(repoRoot, cacheDir)}/ to retry.`);
  }
}

/** A free TCP port on 127.0.0.1, found by letting the OS pick one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
  });
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', (error) => reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on 127.0.0.1 is already in use.`) : error))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * Installs a packaged extension (.vsix) into the extensions folder that startServer()
 * uses for the same dataDir, as `code --install-extension` does. Throws with the
 * server's output if it refuses.
 */
export function installExtension(vsixPath, dataDir) {
  const result = spawnSync(node24, [serverMain, '--install-extension', vsixPath, '--extensions-dir', join(dataDir, 'extensions'), '--server-data-dir', dataDir, '--accept-server-license-terms'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Installing ${vsixPath} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return join(dataDir, 'extensions');
}

/** The languages the extension is translated into, from its package.nls.LOCALE.json files. */
export function translatedLocales() {
  return readdirSync(repoRoot).flatMap((name) => /^package\.nls\.([a-z-]+)\.json$/.exec(name)?.[1] ?? []);
}

/**
 * Starts the VS Code server on 127.0.0.1 with all its state under dataDir, and
 * resolves once it accepts connections. `settings`, if given, become the user
 * settings. `developmentPayload` (the default) lets a workbench URL load the extension
 * from source and run tests; that mode also silences every notification, so a server
 * for people to use leaves it off and has the extension installed instead. The
 * extension's languages are offered by Configure Display Language; `locale`, if given,
 * is the one the workbench opens in (else the last one chosen there, English at first).
 * The server's own output goes to dataDir/server.log. stop() ends the server and its
 * extension hosts.
 */
export async function startServer({ port, dataDir, settings, developmentPayload = true, locale }) {
  if (port === undefined) port = await freePort();
  else await assertPortFree(port);
  const userDataDir = join(dataDir, 'user');
  if (settings) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  }
  prepareDisplayLanguages(userDataDir, locale);
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'server.log');
  const log = openSync(logFile, 'w');

  // Variables a surrounding VS Code sets for its own terminals (IPC handles, Git
  // askpass) would point this server's extension hosts at the wrong VS Code.
  const env = withoutVariables(process.env, /^(VSCODE_|ELECTRON_RUN_AS_NODE$)/);

  const child = spawn(node24, [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    // A built workbench honours the extension-development payload only with the
    // smoke-test driver enabled.
    ...(developmentPayload ? ['--enable-smoke-test-driver'] : []),
    '--disable-telemetry',
    '--server-data-dir', dataDir,
    '--user-data-dir', userDataDir,
    '--extensions-dir', join(dataDir, 'extensions'),
  ], {
    env,
    stdio: ['ignore', log, log],
    // Its own process group, so that stop() also reaches the extension hosts.
    detached: true,
  });
  closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  // Detached, the server would outlive a launcher that dies without calling stop().
  const killOnExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', killOnExit);

  const outcome = await Promise.race([
    waitForPort(port, 60_000),
    exited.then((status) => new Error(`exited early (${status})`)),
  ]);
  if (outcome instanceof Error) {
    killGroup(child.pid, 'SIGKILL');
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-20).join('\n');
    throw new Error(`The VS Code server did not start: ${outcome.message}. Last lines of ${logFile}:\n${tail}`);
  }

  let stopping;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    logFile,
    exited,
    stop() {
      stopping ??= (async () => {
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        // Extension hosts may outlive the server by a moment.
        killGroup(child.pid, 'SIGKILL');
        process.off('exit', killOnExit);
      })();
      return stopping;
    },
  };
}

/** Offers the extension's languages to Configure Display Language, and chooses `locale` when given. */
export function prepareDisplayLanguages(userDataDir, locale) {
  registerEmptyLanguagePacks(userDataDir, translatedLocales());
  if (locale) chooseDisplayLanguage(userDataDir, locale);
}

/**
 * A display language needs a language pack for its locale, and the packs are downloads:
 * without one, the workbench, and so every extension's vscode.env.language, stays
 * English. A pack registered in the user data folder with no translations makes the
 * workbench run in its locale with VS Code's own strings in English, which is all an
 * extension's bundle.l10n.<locale>.json needs; the server lists the registered packs to
 * Configure Display Language (code-server's build asks it through its `languagePacks`
 * channel), so the extension's languages can be picked there, offline.
 */
function registerEmptyLanguagePacks(userDataDir, locales) {
  const translations = join(userDataDir, 'empty-language-pack', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }) + '\n');
  const packs = Object.fromEntries(locales.map((locale) => [locale, {
    hash: `empty-${locale}`,
    extensions: [{ extensionIdentifier: { id: `client-notes.empty-language-pack-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: languageName(locale),
  }]));
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2) + '\n');
}

/** A language's name in itself, as Configure Display Language lists it: Deutsch, Français. */
function languageName(locale) {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * Chooses the display language as Configure Display Language does: the `locale` of
 * argv.json, which the server reads on each load of the workbench. (The server's own
 * `--locale` would pin it, and the workbench would ignore what is chosen there.) An
 * argv.json holding comments is left as it is, and the workbench in the language last
 * chosen.
 */
function chooseDisplayLanguage(userDataDir, locale) {
  const argvFile = join(userDataDir, 'User', 'argv.json');
  mkdirSync(dirname(argvFile), { recursive: true });
  let argv = {};
  try {
    argv = JSON.parse(readFileSync(argvFile, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') {
      console.warn(`${argvFile} is not plain JSON, so the display language is left as chosen there.`);
      return;
    }
  }
  writeFileSync(argvFile, JSON.stringify({ ...argv, locale }, null, 2) + '\n');
}

function withoutVariables(env, pattern) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !pattern.test(name)));
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Resolves true once the server answers HTTP requests, or an Error after the timeout. */
async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/version`);
      await response.arrayBuffer();
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return new Error(`nothing listening on port ${port} after ${timeoutMs / 1000} s`);
}

/** The workbench URL that opens `folder` with `file` in an editor, as a user's browser would. */
export function folderUrl(server, folder, file) {
  const payload = file ? `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${file}`]]))}` : '';
  return `${server.url}?folder=${encodeURIComponent(folder)}${payload}`;
}

/**
 * The workbench URL that opens `folder` with the extension in `extensionPath` (repoRoot
 * by default) loaded from source; with `testsPath`, the test module to run; with
 * `extensionKind: 'web'`, the request to run the extension in the web worker extension
 * host (vscode.dev's), from its `browser` entry.
 */
export function workbenchUrl(server, folder, { extensionPath = repoRoot, testsPath, extensionKind } = {}) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (extensionKind) payload.push(['extensionDevelopmentKind', extensionKind]);
  return `${server.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
