// `npm start [-- --locale de]`: serves VS Code with the extension from this repository
// installed (see showcase.mjs), a copy of the example notes open, for trying the extension
// in a browser, in English or in one of the extension's languages (also offered by
// Configure Display Language). Ctrl+C stops it. The working tree is linked, so a rebuild
// and "Developer: Reload Window" pick up changes.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, ensureServer, folderUrl, repoRoot, startServer, translatedLocales } from './server.mjs';
import { exampleWorkspace, installWorkingTree, SHOWCASE_SETTINGS } from './showcase.mjs';

const LOCALES = ['en', ...translatedLocales()];
let locale;
try {
  ({ locale } = parseArgs({ options: { locale: { type: 'string' } } }).values);
} catch (error) {
  console.error(`${error.message}. Usage: npm start [-- --locale ${LOCALES.join('|')}]`);
  process.exit(1);
}
if (locale !== undefined && !LOCALES.includes(locale)) {
  console.error(`There is no "${locale}" translation of Client Notes; start with --locale ${LOCALES.join(', --locale ')}.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8337);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, not "${process.env.PORT}".`);
  process.exit(1);
}
const { vscodeVersion } = await ensureServer();
// Persistent, so that the user's own settings, open editors and notes survive restarts.
const dataDir = join(cacheDir, 'start-data');
installWorkingTree(join(dataDir, 'extensions'));
const EXAMPLES = exampleWorkspace(dataDir);
// A note with findings, so that the Problems panel shows what Client Notes does.
const FIRST_NOTE = join(EXAMPLES, 'acme', '2025-03-10-extra-pages.md');
let server;
try {
  server = await startServer({ port, dataDir, settings: showcaseSettings(join(dataDir, 'user', 'User', 'settings.json')), developmentPayload: false, locale });
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

console.log(`VS Code ${vscodeVersion} with Client Notes from this working tree${locale ? `, in ${locale}` : ''}, a copy of examples/ open (${relative(repoRoot, EXAMPLES)}/: delete it to start again from examples/). Open in a browser:

  ${folderUrl(server, EXAMPLES, FIRST_NOTE)}

"Configure Display Language" switches between ${LOCALES.join(', ')}, as \`npm start -- --locale ${LOCALES[1]}\` does; the choice is kept for the next start.
After changing the extension, run \`npm run build\`, then "Developer: Reload Window" in VS Code.
Press Ctrl+C to stop.`);

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
