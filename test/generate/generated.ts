// What `npm run generate` writes: files made from the code (the rule registry, the rules,
// the recap), each given here as the text it must hold. The tests check the committed
// files against the same functions; `npm run generate` writes them, and its `--check`
// fails on any that differs.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A generated file: its path from the repository's root, with `/`, and its text; undefined when the file must not exist. */
export interface Generated {
  path: string;
  text: string | undefined;
}

/** The repository: the first folder above this module's bundle (under out/) that holds package.json. */
export const repoRoot = ((): string => {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${__dirname}.`);
  }
})();

/** The absolute path of a path from the repository's root. */
export const inRepo = (path: string): string => resolve(repoRoot, path);

/** The text of a file of the repository, undefined when there is none. */
export function committed(path: string): string | undefined {
  const absolute = inRepo(path);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
}

/** What to tell whoever finds a generated file out of date. */
export const RUN_GENERATE = 'run npm run generate and review the diff';

/** Fails unless the file holds exactly what is generated for it. */
export function assertGenerated(file: Generated): void {
  assert.equal(committed(file.path), file.text, `${file.path} is not what the code generates: ${RUN_GENERATE}`);
}

/** Replaces what lies between a table's start and end markers, the markers kept. */
export function replaceBetween(text: string, markers: RegExp, content: string): string {
  return text.replace(markers, (_whole, start: string, _old: string, end: string) => `${start}${content}${end}`);
}
