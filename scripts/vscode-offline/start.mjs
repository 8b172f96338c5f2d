// `npm start`: serves VS Code with the extension from this repository installed, the
// example notes open, for trying the extension in a browser. Ctrl+C stops it.
//
// The working tree is linked into the server's extensions folder as an installed
// extension rather than loaded as a development payload: the payload needs the
// smoke-test driver, which silences every notification (the recap's actions, every
// confirmation and error). A rebuild and "Developer: Reload Window" still pick up changes.
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, ensureServer, folderUrl, repoRoot, startServer } from './server.mjs';

const port = Number(process.env.PORT ?? 8337);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, not "${process.env.PORT}".`);
  process.exit(1);
}
const EXAMPLES = join(repoRoot, 'examples');
// A note with findings, so that the Problems panel shows what Client Notes does.
const FIRST_NOTE = join(EXAMPLES, 'acme', '2025-03-10-extra-pages.md');
// A quiet workbench that shows the extension: no chat or AI entries in the quick-fix
// menu, no Welcome page, no Restricted Mode banner (the examples are this repository's).
const SHOWCASE_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // examples/ sits in this repository: no offer to open the repository above it.
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

const { vscodeVersion } = await ensureServer();
// Persistent, so that the user's own settings and open editors survive restarts.
const dataDir = join(cacheDir, 'start-data');
installWorkingTree(join(dataDir, 'extensions'));
let server;
try {
  server = await startServer({ port, dataDir, settings: showcaseSettings(join(dataDir, 'user', 'User', 'settings.json')), developmentPayload: false });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = true;
    console.log('\nStopping VS Code.');
    await server.stop();
    process.exit(0);
  });
}
server.exited.then((status) => {
  if (stopping) return;
  console.error(`The VS Code server stopped unexpectedly (${status}); see ${server.logFile}.`);
  process.exit(1);
});

console.log(`VS Code ${vscodeVersion} with Client Notes from this working tree, examples/ open. Open in a browser:

  ${folderUrl(server, EXAMPLES, FIRST_NOTE)}

After changing the extension, run \`npm run build\`, then "Developer: Reload Window" in VS Code.
Press Ctrl+C to stop.`);

/** Links this working tree into the extensions folder under the name VS Code gives an installed copy. */
function installWorkingTree(extensionsDir) {
  const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  mkdirSync(extensionsDir, { recursive: true });
  const link = join(extensionsDir, `${publisher}.${name}-${version}`);
  // A link from an earlier start is replaced; so is a copy installed from a .vsix.
  if (isLink(link)) unlinkSync(link);
  else if (existsSync(link)) rmSync(link, { recursive: true });
  symlinkSync(repoRoot, link, 'dir');
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The showcase settings under the user's own (what the user changed in VS Code wins);
 * undefined, so that the file is left as it is, when it holds JSON with comments.
 */
function showcaseSettings(settingsFile) {
  if (!existsSync(settingsFile)) return SHOWCASE_SETTINGS;
  try {
    return { ...SHOWCASE_SETTINGS, ...JSON.parse(readFileSync(settingsFile, 'utf8')) };
  } catch {
    return undefined;
  }
}
