// The bundle of the strings the editor shows, l10n/bundle.l10n.json, as `npm run
// l10n:export` (@vscode/l10n-dev) collects it from the vscode.l10n.t calls of src/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inRepo, type Generated } from './generated';

export const L10N_BUNDLE = 'l10n/bundle.l10n.json';

/** The English bundle, exported into a scratch folder and read back. */
export function l10nBundleFile(): Generated {
  const outDir = mkdtempSync(join(tmpdir(), 'client-notes-l10n-'));
  try {
    const cli = inRepo('node_modules/@vscode/l10n-dev/dist/cli.js');
    const run = spawnSync(process.execPath, [cli, 'export', '--outDir', outDir, inRepo('src')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`vscode-l10n-dev export failed:\n${run.stderr}`);
    return { path: L10N_BUNDLE, text: readFileSync(join(outDir, 'bundle.l10n.json'), 'utf8') };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
