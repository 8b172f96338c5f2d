import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_COLLISION_SUFFIX, withCollisionSuffix } from '../core/slug';

/**
 * Writes a new file at `path`, or at `path-2`, `path-3`… when that is taken, creating the
 * folders it needs; never replaces a file. Each try is an exclusive create, so two runs
 * at once cannot take the same name. Returns the path written, or undefined when every
 * candidate is taken; other file system errors are thrown.
 */
export async function createNewFile(path: string, text: string): Promise<string | undefined> {
  await mkdir(dirname(path), { recursive: true });
  for (let n = 1; n <= MAX_COLLISION_SUFFIX; n++) {
    const candidate = withCollisionSuffix(path, n);
    try {
      await writeFile(candidate, text, { encoding: 'utf8', flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return undefined;
}
