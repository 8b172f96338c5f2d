// The workbench that shows Client Notes to people: `npm start` serves it, and
// `npm run screenshots` photographs it. The working tree is linked into the server's
// extensions folder as an installed extension rather than loaded as a development
// payload: the payload needs the smoke-test driver, which silences every notification
// (the recap's actions, every confirmation and error).
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

// A quiet workbench that shows the extension: no chat or AI entries in the quick-fix
// menu, no Welcome page, no Restricted Mode banner (the examples are this repository's).
export const SHOWCASE_SETTINGS = {
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

/** Links this working tree into the extensions folder under the name VS Code gives an installed copy. */
export function installWorkingTree(extensionsDir) {
  const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  mkdirSync(extensionsDir, { recursive: true });
  const link = join(extensionsDir, `${publisher}.${name}-${version}`);
  // A link from an earlier start is replaced; so is a copy installed from a .vsix.
  if (isLink(link)) unlinkSync(link);
  else if (existsSync(link)) rmSync(link, { recursive: true });
  symlinkSync(repoRoot, link, 'dir');
}

/**
 * A copy of examples/ in `dataDir`, made on the first start and kept after it: what the
 * user writes while trying the extension (a quick fix, Mark Done) stays out of the
 * tracked examples, which the tests read.
 */
export function exampleWorkspace(dataDir) {
  const copy = join(dataDir, 'examples');
  if (!existsSync(copy)) cpSync(join(repoRoot, 'examples'), copy, { recursive: true });
  return copy;
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
