// The MIME encodings of the .eml recap: RFC 2047 encoded words for headers, quoted-printable
// (RFC 2045) for the body, and header folding (RFC 5322). They work on the UTF-8 bytes that
// TextEncoder gives, with no Buffer, so the same code runs in the CLI, the desktop extension
// and a browser. They write what nodemailer wrote before them, byte for byte, which
// test/unit/core/recap/mime.test.ts checks against nodemailer itself.

const utf8 = new TextEncoder();
const HEX = '0123456789ABCDEF';
const CHARSET = 'UTF-8';

const escape = (byte: number) => `=${HEX[byte >> 4]}${HEX[byte & 15]}`;
const isBlank = (byte: number | undefined) => byte === 0x20 || byte === 0x09;
const endsLine = (byte: number | undefined) => byte === undefined || byte === 0x0a || byte === 0x0d;

/** Printable 7-bit text, tabs and line breaks allowed: nothing to encode. */
export function isPlainText(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\uffff]/.test(value);
}

/**
 * Quoted-printable: printable ASCII, tabs and line breaks as they are, any other byte (and
 * `=`) as `=XX`, and a space or tab at the end of a line encoded so it survives transport.
 */
export function encodeQuotedPrintable(text: string): string {
  const bytes = utf8.encode(text);
  let encoded = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    const literal = byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte <= 0x7e && byte !== 0x3d);
    encoded += literal && !(isBlank(byte) && endsLine(bytes[i + 1])) ? String.fromCharCode(byte) : escape(byte);
  }
  return encoded;
}

/**
 * Cuts quoted-printable lines longer than `lineLength` with soft breaks (`=` CRLF): after a
 * space or punctuation near the end when there is one, never inside an `=XX` escape nor
 * inside the escapes of one UTF-8 character.
 */
export function wrapQuotedPrintable(encoded: string, lineLength: number): string {
  if (encoded.length <= lineLength) return encoded;
  const margin = Math.floor(lineLength / 3);
  let wrapped = '';
  let pos = 0;
  while (pos < encoded.length) {
    let line = encoded.slice(pos, pos + lineLength);
    const lineBreak = /\r\n/.exec(line);
    if (lineBreak) {
      line = line.slice(0, lineBreak.index + 2);
      wrapped += line;
      pos += line.length;
      continue;
    }
    if (line.endsWith('\n')) {
      wrapped += line;
      pos += line.length;
      continue;
    }
    const breakNearEnd = /\n.*?$/.exec(line.slice(-margin));
    if (breakNearEnd) {
      line = line.slice(0, line.length - (breakNearEnd[0].length - 1));
      wrapped += line;
      pos += line.length;
      continue;
    }
    const wordNearEnd = line.length > lineLength - margin ? /[ \t.,!?][^ \t.,!?]*$/.exec(line.slice(-margin)) : null;
    if (wordNearEnd) {
      line = line.slice(0, line.length - (wordNearEnd[0].length - 1));
    } else if (/=[\da-f]{0,2}$/i.test(line)) {
      line = line.replace(/=[\da-f]?$/i, '');
      line = withoutSplitCharacter(line, encoded.length - pos);
    }
    // Only an incomplete escape at the very end of the text empties the line: taken as it is.
    if (!line) line = encoded.slice(pos, pos + lineLength);
    if (pos + line.length < encoded.length && !line.endsWith('\n')) {
      if (line.length === lineLength) line = line.slice(0, /=[\da-f]{2}$/i.test(line) ? -3 : -1);
      pos += line.length;
      wrapped += `${line}=\r\n`;
    } else {
      pos += line.length;
      wrapped += line;
    }
  }
  return wrapped;
}

/** A line ending in escapes, shortened so that it ends after the last byte of a UTF-8 character. */
function withoutSplitCharacter(line: string, remaining: number): string {
  let kept = line;
  while (kept.length > 3 && kept.length < remaining && !/^(?:=[\da-f]{2}){1,4}$/i.test(kept)) {
    const last = /=([\da-f]{2})$/i.exec(kept);
    if (!last) break;
    const byte = parseInt(last[1], 16);
    if (byte < 0x80) break;
    kept = kept.slice(0, -3);
    if (byte >= 0xc0) break;
  }
  return kept;
}

/**
 * Text as RFC 2047 "Q" encoded words, split into several words so that none is longer than
 * `maxLength`, never inside a character.
 */
export function encodeWord(text: string, maxLength: number): string {
  const room = maxLength - (7 + CHARSET.length);
  const words: string[] = [];
  let word = '';
  const characters = [...text];
  characters.forEach((character, index) => {
    const bytes = utf8.encode(character);
    let token = '';
    for (const byte of bytes) {
      if (/[a-z0-9!*+\-/]/i.test(String.fromCharCode(byte))) token += String.fromCharCode(byte);
      // A space becomes `_`, but one that ends the text or a line is kept visible as `=20`.
      else if (byte === 0x20 && !endsLine(utf8.encode(characters[index + 1] ?? '')[0])) token += '_';
      else token += escape(byte);
    }
    if (word && word.length + token.length > room) {
      words.push(word);
      word = '';
    }
    word += token;
  });
  words.push(word);
  return words.map((part) => `=?${CHARSET}?Q?${part}?=`).join(' ');
}

/**
 * Unstructured header text with the stretch from the first to the last word that needs it
 * (a quote or anything beyond ASCII) as encoded words; the text as it is when none does.
 */
export function encodeWords(text: string, maxLength: number): string {
  const special = /["\u0080-\uffff]/;
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (!special.test(text[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return text;
  // The encoded words keep the whitespace around them, so they stay separate from the plain words.
  while (first > 0 && !/\s/.test(text[first - 1])) first--;
  let end = last + 1;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return text.slice(0, first) + encodeWord(text.slice(first, end), maxLength) + text.slice(end);
}

/**
 * A header line of one line's text folded into lines of at most `lineLength` where it has
 * whitespace (each continuation starts with that whitespace); a longer word stays whole.
 */
export function foldHeader(header: string, lineLength: number): string {
  let folded = '';
  let pos = 0;
  while (pos < header.length) {
    let line = header.slice(pos, pos + lineLength);
    if (line.length < lineLength) return folded + line;
    const lastSpace = /(\s+)\S*$/.exec(line);
    if (lastSpace && lastSpace[0].length < line.length) {
      line = line.slice(0, line.length - lastSpace[0].length);
    } else {
      const restOfWord = /^\S+/.exec(header.slice(pos + line.length));
      if (restOfWord) line += restOfWord[0];
    }
    folded += line;
    pos += line.length;
    if (pos < header.length) folded += '\r\n';
  }
  return folded;
}
