// The one way the command line reads a user's file (a note, a config file, a template):
// a path can name a named pipe that blocks forever, a device that never ends, a file of
// gigabytes that no string can hold, or bytes in another encoding. Each is refused or
// decoded here, with words the user understands, before anything else sees the text.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { BOM } from '../core/base/text';

/**
 * The largest file read: sixteen times the text whose Markdown is linted (past 1 MB only
 * the frontmatter is), so that `--fix` still corrects the frontmatter of a note of
 * megabytes, while no file of gigabytes is loaded into memory.
 */
export const MAX_USER_FILE_SIZE = 16 * 1024 * 1024;

/** A file left unread by choice: not a regular file, a link that leads nowhere, or over `MAX_USER_FILE_SIZE`. The message says why, as "it is …". */
export class FileNotReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FileNotReadError';
  }
}

/** A user file as read. */
export interface UserFile {
  bytes: Buffer;
  /** The decoded text; a byte order mark (UTF-8 or UTF-16) is kept as one leading U+FEFF. */
  text: string;
  /**
   * Why the file is not plain UTF-8, to follow its name ("is encoded in UTF-16, not
   * UTF-8"). `text` written back as UTF-8 would then not give the file's bytes.
   */
  notPlainUtf8?: string;
  /** Whether some bytes were no text in the file's encoding and were read as U+FFFD. */
  lossy: boolean;
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

const UTF16_BOMS: ReadonlyArray<{ encoding: 'utf-16le' | 'utf-16be'; first: number; second: number }> = [
  { encoding: 'utf-16le', first: 0xff, second: 0xfe },
  { encoding: 'utf-16be', first: 0xfe, second: 0xff },
];

/**
 * The text of a file's bytes. UTF-16 is recognised by its byte order mark and decoded (a
 * Windows editor's "Unicode"); anything else is read as UTF-8. Bytes that are no text
 * become U+FFFD, and byte order marks repeated at the start (a file saved twice with
 * one) are dropped but the first, so that they do not hide the frontmatter; each of
 * these is named in `notPlainUtf8`.
 */
export function decodeUserFile(bytes: Buffer): UserFile {
  const utf16 = UTF16_BOMS.find(({ first, second }) => bytes[0] === first && bytes[1] === second);
  if (utf16) {
    const text = new TextDecoder(utf16.encoding, { ignoreBOM: true }).decode(bytes);
    const lossy = !isWellFormedUtf16(bytes, utf16.encoding);
    return { bytes, text, lossy, notPlainUtf8: lossy ? `is not valid UTF-16: line ${lineOfFirstReplacement(text)} has bytes that are not text` : 'is encoded in UTF-16, not UTF-8' };
  }
  const text = bytes.toString('utf8');
  if (!isUtf8(bytes)) {
    return { bytes, text, lossy: true, notPlainUtf8: `is not valid UTF-8: line ${lineOfFirstReplacement(text)} has bytes that are not text` };
  }
  let marks = 0;
  while (text.charCodeAt(marks) === 0xfeff) marks++;
  if (marks < 2) return { bytes, text, lossy: false };
  return { bytes, text: BOM + text.slice(marks), lossy: false, notPlainUtf8: `starts with ${marks} byte order marks; all but the first were ignored` };
}

function isWellFormedUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineOfFirstReplacement(text: string): number {
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
