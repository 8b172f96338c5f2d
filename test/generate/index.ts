// `npm run generate` (scripts/generate.mjs bundles and runs this): writes every file
// generated from the code; with `--check` it writes nothing and fails, naming each
// committed file that differs from what the code generates.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { committed, inRepo, type Generated } from './generated';
import { fixtureFiles } from './fixtures';
import { l10nBundleFile } from './l10n';
import { manifestFiles } from './manifest';
import { recapFiles } from './recaps';
import { ruleDocsFiles } from './ruleDocs';
import { snippetFiles } from './snippets';

/** Every generated file, by what it is generated from. */
export function generatedFiles(): Generated[] {
  return [...manifestFiles(), l10nBundleFile(), ...ruleDocsFiles(), ...fixtureFiles(), ...recapFiles(), ...snippetFiles()];
}

/** Writes (or with `check`, compares) every generated file; returns the exit code and prints what it did. */
export function generate({ check }: { check: boolean }): number {
  const stale = generatedFiles().filter((file) => committed(file.path) !== file.text);
  if (check) {
    if (stale.length === 0) return 0;
    process.stderr.write(`These files are not what the code generates; run npm run generate and review the diff:\n${stale.map((file) => `  ${file.path}\n`).join('')}`);
    return 1;
  }
  for (const file of stale) {
    const path = inRepo(file.path);
    if (file.text === undefined) {
      if (existsSync(path)) rmSync(path);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    process.stdout.write(`${file.text === undefined ? 'removed' : 'wrote'} ${file.path}\n`);
  }
  return 0;
}
