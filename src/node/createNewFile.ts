import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_COLLISION_SUFFIX, withCollisionSuffix } from '../core/scaffold/slug';
import { replaceFile } from './replaceFile';

/**
 * Writes a new file at `path`, or at `path-2`, `path-3`… when that is taken, creating the
 * folders it needs; never replaces a file. Each try creates the file whole or not at all,
 * and only where nothing is, so two runs at once cannot take the same name. Returns the
 * path written, or undefined when every candidate is taken; other file system errors are
 * thrown.
 */
export async function createNewFile(path: string, text: string): Promise<string | undefined> {
  await mkdir(dirname(path), { recursive: true });
  for (let n = 1; n <= MAX_COLLISION_SUFFIX; n++) {
    const candidate = withCollisionSuffix(path, n);
    // Anything there (a file, a folder, a read-only file) takes the name.
    if ((await replaceFile(candidate, text, (current) => current === undefined)) === 'replaced') return candidate;
  }
  return undefined;
}
