// The one way the command line reads a user's file (a note, a config file, a template):
// a path can name a named pipe that blocks forever, a device that never ends, a file of
// gigabytes that no string can hold, or bytes in another encoding. Each is refused or
// decoded here, with words the user understands, before anything else sees the text.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeUserText, MAX_USER_FILE_SIZE, type DecodedText } from '../core/base/decodeText';


/** A file left unread by choice: not a regular file, a link that leads nowhere, or over `MAX_USER_FILE_SIZE`. The message says why, as "it is …". */
export class FileNotReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FileNotReadError';
  }
}

/** A user file as read: its bytes and their text. */
export interface UserFile extends DecodedText {
  bytes: Buffer;
}

/**
 * Reads a regular file of up to `MAX_USER_FILE_SIZE`, symbolic links followed. Throws
 * `FileNotReadError` for what is refused by choice, and the system's error otherwise (a
 * file that may not be read). Synchronous on purpose: a lint run reads thousands of small
 * notes, and the promise-based calls cost several times these.
 */
export function readUserFile(path: string): UserFile {
  // Looked at before it is opened: opening a named pipe waits for a writer, and a device may act on being opened.
  refuseUnlessReadable(statOrExplain(path));
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    // Looked at again once open, in case the path was replaced in between.
    const { size } = refuseUnlessReadable(fstatSync(fd));
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    for (let chunk = -1; read < size && chunk !== 0; read += chunk) chunk = readSync(fd, bytes, read, size - read, null);
    return decodeUserFile(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** `statSync`, with a link that loops or leads nowhere turned into a `FileNotReadError` that says so. */
export function statOrExplain(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ELOOP') throw new FileNotReadError('it is a symbolic link that leads back to itself');
    if (code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new FileNotReadError('it is a symbolic link to a file that does not exist');
    }
    throw error;
  }
}

function refuseUnlessReadable(stats: Stats): Stats {
  if (stats.isDirectory()) throw new FileNotReadError('it is a folder, not a file');
  if (!stats.isFile()) throw new FileNotReadError(`it is ${kindOf(stats)}, not a regular file`);
  if (stats.size > MAX_USER_FILE_SIZE) throw new FileNotReadError(`it is ${formatSize(stats.size)}; Client Notes reads files of up to ${formatSize(MAX_USER_FILE_SIZE)}`);
  return stats;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** The bytes of a file and their text, decoded as every reader of user files decodes them. */
export function decodeUserFile(bytes: Buffer): UserFile {
  return { bytes, ...decodeUserText(bytes) };
}
