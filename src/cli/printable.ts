/** Control characters in the text of others (file names, note text): C0, DEL and C1, which a terminal may act on. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print on a terminal: each control character written as JSON writes it
 * (`\n`, `\u001b`), so that a file name or a note cannot clear the screen, set the
 * window title or forge a line of output. The JSON and SARIF formats escape them already.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
