import { mkdir, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_COLLISION_SUFFIX, withCollisionSuffix } from '../core/scaffold/slug';
import { replaceFile } from './replaceFile';

/**
 * Writes a new file at `path`, or at `path-2`, `path-3`… when that is taken, creating the
 * folders it needs; never replaces a file, nor writes through a symbolic link (a link at a
 * name takes it). Each try creates the file whole or not at all, and only where nothing
 * is, so two runs at once cannot take the same name. Returns the path written, or
 * undefined when every candidate is taken; other file system errors are thrown. When no
 * file is written (a full disk), the folders this call made are removed again, those
 * still empty, so a failed run leaves nothing behind. `write` is replaceFile, or a stand-in
 * that fails the way a disk does, for tests.
 */
export async function createNewFile(path: string, text: string, write = replaceFile): Promise<string | undefined> {
  const folder = dirname(path);
  const firstMade = await mkdir(folder, { recursive: true });
  let created: string | undefined;
  try {
    for (let n = 1; n <= MAX_COLLISION_SUFFIX && !created; n++) {
      const candidate = withCollisionSuffix(path, n);
      // Anything there (a file, a folder, a read-only file, a link) takes the name.
      if ((await write(candidate, text, (current) => current === undefined, 'refuse')) === 'replaced') created = candidate;
    }
    return created;
  } finally {
    if (!created && firstMade !== undefined) await removeEmptyFolders(folder, firstMade);
  }
}

/**
 * Removes `deepest` and its parents up to `first`, the folders one mkdir made, while they
 * are empty: rmdir removes only an empty folder, so a note another run wrote there
 * meanwhile keeps its folder and the folders above it.
 */
async function removeEmptyFolders(deepest: string, first: string): Promise<void> {
  for (let folder = deepest; ; folder = dirname(folder)) {
    if (!(await rmdir(folder).then(() => true, () => false))) return;
    if (folder === first || dirname(folder) === folder) return;
  }
}
