import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { access, constants, copyFile, link, lstat, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * What the caller expects at the path, judged on its bytes (undefined: no file there) right
 * before it is replaced: "still the bytes I read", "no file yet", "a file of ours".
 */
export type Expectation = (current: Buffer | undefined) => boolean;

/** How `replaceFile` ended; only `replaced` wrote anything. */
export type ReplaceOutcome =
  | 'replaced'
  /** The path holds what the caller did not expect (changed since read, taken, not ours). */
  | 'unexpected'
  /** The path is a folder, a device, a FIFO or a socket: only regular files are written. */
  | 'not-a-file'
  /** The file has no write permission for anyone, or not for this user. */
  | 'read-only'
  /** The path is a symbolic link, and the caller writes output files, never through one. */
  | 'symlink';

/**
 * What a symbolic link at the path means. `follow`: the user's own file, linked from where
 * they keep it (a note lint --fix rewrites), is written at the link's target. `refuse`: an
 * output file the user named (a recap, a cache, a new note) is never written through a
 * link, which anyone who can write the folder may have planted to point anywhere.
 */
export type SymlinkPolicy = 'follow' | 'refuse';

/**
 * The one way the command line writes a file the user may already have. The new text goes
 * to a temporary file beside the target, with the target's mode, owner and group, and is
 * renamed over it only if, at that moment, the target still matches `expected`. The file
 * replaced is held by a second (hard) link meanwhile and read again once replaced: if it was
 * written into between the check and the rename (an editor saving in place), its text is
 * put back and the outcome is `unexpected`. Where hard links are not possible, the check
 * alone guards the write. A file that is not there yet is created by a hard link, which
 * never replaces one made meanwhile. Nothing is left behind on failure (a full disk included), so the target is
 * either as it was or wholly new.
 *
 * A file with other hard links, or whose owner or group this user cannot give the new
 * file, is written in place instead (after the same check), so that every link sees the
 * new text and the owner keeps the file. A symlink is written through to its target, or,
 * under `refuse`, left as it is: the path is looked at with lstat, opened with O_NOFOLLOW,
 * and a rename or hard link installs the new file in the link's place, never at its
 * target, so a link planted meanwhile is not followed either.
 */
export async function replaceFile(path: string, text: string, expected: Expectation, symlinks: SymlinkPolicy): Promise<ReplaceOutcome> {
  const follow = symlinks === 'follow';
  const target = follow
    ? await realpath(path).catch((error: unknown) => {
        if (isMissing(error)) return path;
        throw error;
      })
    : path;
  const original = await statIfPresent(target, follow);
  if (original?.isSymbolicLink()) return 'symlink';
  if (original && !original.isFile()) return 'not-a-file';
  if (original && !(await isWritable(target, original))) return 'read-only';
  const bytes = Buffer.from(text, 'utf8');
  if (original && original.nlink > 1) return writeInPlace(target, bytes, expected, follow);

  const temporary = sideFile(target, 'tmp');
  const displaced = sideFile(target, 'displaced');
  try {
    if (!(await writeTemporary(temporary, bytes, original))) return await writeInPlace(target, bytes, expected, follow);
    // A second name for the file about to be replaced, so that what it holds once it is
    // replaced can still be read: an editor may write into it after the check below.
    const held = original !== undefined && (await linkIfPossible(target, displaced));
    const current = await readIfRegularFile(target, follow);
    if (current === 'not-a-file' || current === 'symlink') return current;
    if (!expected(current)) return 'unexpected';
    if (current === undefined) return await createFrom(temporary, target);
    await rename(temporary, target);
    if (held && !expected(await readFile(displaced))) return await putBack(displaced, target, bytes);
    return 'replaced';
  } finally {
    await rm(temporary, { force: true });
    await rm(displaced, { force: true });
  }
}

/** A hidden name beside the target, of this run only. */
function sideFile(target: string, kind: 'tmp' | 'displaced'): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.${kind}`);
}

/** Links `path` to a new name; false where the file system has no hard links (FAT, some network shares), or the file went. */
async function linkIfPossible(path: string, name: string): Promise<boolean> {
  try {
    await link(path, name);
    return true;
  } catch (error) {
    if (isMissing(error) || NO_HARD_LINKS.includes(errorCode(error))) return false;
    throw error;
  }
}

/**
 * The file replaced was written into between the check and the rename (an editor saving in
 * place): its text goes back at the path, the same file as before, unless the path no
 * longer holds what was written either (a newer save, which stands).
 */
async function putBack(displaced: string, target: string, written: Buffer): Promise<ReplaceOutcome> {
  // The path was just renamed onto: a link found there now was put there since, and is not followed.
  const now = await readIfRegularFile(target, false);
  if (now instanceof Buffer && now.equals(written)) await rename(displaced, target);
  return 'unexpected';
}

/**
 * Writes the temporary file, all of it on disk, with the original's mode, owner and group;
 * false when the owner or group cannot be given (a user other than root fixing a file
 * that is not theirs).
 */
async function writeTemporary(temporary: string, bytes: Buffer, original: Stats | undefined): Promise<boolean> {
  // Private until the original's mode is applied: the text may be confidential.
  const handle = await open(temporary, 'wx', original ? 0o600 : 0o666);
  try {
    await handle.writeFile(bytes);
    if (original) {
      const made = await handle.stat();
      if (made.uid !== original.uid || made.gid !== original.gid) {
        const given = await handle.chown(original.uid, original.gid).then(
          () => true,
          (error: unknown) => {
            if (errorCode(error) === 'EPERM') return false;
            throw error;
          },
        );
        if (!given) return false;
      }
      // After chown, which clears the set-user-ID and set-group-ID bits.
      await handle.chmod(original.mode & 0o7777);
    }
    await handle.sync();
    return true;
  } finally {
    await handle.close();
  }
}

/** What `link` fails with on a file system that has no hard links. */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'];

/** Installs the temporary file at a path that had no file, failing if one appeared meanwhile. */
async function createFrom(temporary: string, target: string): Promise<ReplaceOutcome> {
  try {
    await link(temporary, target);
    return 'replaced';
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return 'unexpected';
    if (!NO_HARD_LINKS.includes(errorCode(error))) throw error;
  }
  // A file system without hard links (FAT, some network shares): an exclusive copy, removed if it fails halfway.
  try {
    await copyFile(temporary, target, constants.COPYFILE_EXCL);
    return 'replaced';
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return 'unexpected';
    await rm(target, { force: true });
    throw error;
  }
}

/**
 * Writes over the file's own bytes, keeping its inode (so its hard links, owner and group),
 * once the check passes on the same open file. Not atomic: a write that fails halfway puts
 * the original bytes back, which fit in the space they held.
 */
async function writeInPlace(target: string, bytes: Buffer, expected: Expectation, follow: boolean): Promise<ReplaceOutcome> {
  const handle = await open(target, constants.O_RDWR | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW)).catch((error: unknown) => {
    // O_NOFOLLOW's answer to a link put in the file's place since it was looked at.
    if (!follow && errorCode(error) === 'ELOOP') return 'symlink' as const;
    throw error;
  });
  if (handle === 'symlink') return handle;
  try {
    if (!(await handle.stat()).isFile()) return 'not-a-file';
    const current = await handle.readFile();
    if (!expected(current)) return 'unexpected';
    try {
      await writeAt0(handle, bytes);
    } catch (error) {
      await writeAt0(handle, current).catch(() => undefined);
      throw error;
    }
    return 'replaced';
  } finally {
    await handle.close();
  }
}

async function writeAt0(handle: Awaited<ReturnType<typeof open>>, bytes: Buffer): Promise<void> {
  for (let written = 0; written < bytes.length; ) {
    written += (await handle.write(bytes, written, bytes.length - written, written)).bytesWritten;
  }
  await handle.truncate(bytes.length);
  await handle.sync();
}

/** The file's bytes, undefined when there is none, or what it is instead: a FIFO is never opened, so never waited on. */
async function readIfRegularFile(path: string, follow: boolean): Promise<Buffer | undefined | 'not-a-file' | 'symlink'> {
  const stats = await statIfPresent(path, follow);
  if (!stats) return undefined;
  if (stats.isSymbolicLink()) return 'symlink';
  if (!stats.isFile()) return 'not-a-file';
  return readFile(path).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
}

/** Root may write any file: a file with no write bit is read-only even for root, as the user meant it. */
async function isWritable(path: string, stats: Stats): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    (error: unknown) => {
      if (['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error))) return false;
      throw error;
    },
  );
}

/** The file's stats, or the link's own when `follow` is false. */
async function statIfPresent(path: string, follow: boolean): Promise<Stats | undefined> {
  return (follow ? stat(path) : lstat(path)).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}
