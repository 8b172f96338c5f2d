import { BOM } from './lines';

/**
 * The largest file read as a note, a config file or a template: sixteen times the text
 * whose Markdown is linted (past 1 MB only the frontmatter is), so that a fix still
 * corrects the frontmatter of a note of megabytes, while no file of gigabytes is loaded
 * into memory. The command line and the editor both hold to it.
 */
export const MAX_USER_FILE_SIZE = 16 * 1024 * 1024;

/** A file's text, as every reader of user files decodes it (`decodeUserText`). */
export interface DecodedText {
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

const UTF16_BOMS: ReadonlyArray<{ encoding: 'utf-16le' | 'utf-16be'; first: number; second: number }> = [
  { encoding: 'utf-16le', first: 0xff, second: 0xfe },
  { encoding: 'utf-16be', first: 0xfe, second: 0xff },
];

/**
 * The text of a file's bytes, the one way the command line and the editor decode a user's
 * file. UTF-16 is recognised by its byte order mark and decoded (a Windows editor's
 * "Unicode"); anything else is read as UTF-8. Bytes that are no text become U+FFFD, and
 * byte order marks repeated at the start (a file saved twice with one) are dropped but the
 * first, so that they do not hide the frontmatter; each of these is named in `notPlainUtf8`.
 */
export function decodeUserText(bytes: Uint8Array): DecodedText {
  const utf16 = UTF16_BOMS.find(({ first, second }) => bytes[0] === first && bytes[1] === second);
  const encoding = utf16?.encoding ?? 'utf-8';
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const wellFormed = isWellFormed(bytes, encoding);
  if (utf16) {
    return { text, lossy: !wellFormed, notPlainUtf8: wellFormed ? 'is encoded in UTF-16, not UTF-8' : `is not valid UTF-16: line ${lineOfFirstReplacement(text)} has bytes that are not text` };
  }
  if (!wellFormed) return { text, lossy: true, notPlainUtf8: `is not valid UTF-8: line ${lineOfFirstReplacement(text)} has bytes that are not text` };
  let marks = 0;
  while (text.charCodeAt(marks) === 0xfeff) marks++;
  if (marks < 2) return { text, lossy: false };
  return { text: BOM + text.slice(marks), lossy: false, notPlainUtf8: `starts with ${marks} byte order marks; all but the first were ignored` };
}

function isWellFormed(bytes: Uint8Array, encoding: string): boolean {
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
