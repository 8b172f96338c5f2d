import { CONTROL_CHARACTERS } from '../core/base/text';

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print on a terminal: each control character written as JSON writes it
 * (`\n`, `\u001b`), so that a file name or a note cannot clear the screen, set the
 * window title or forge a line of output. The JSON and SARIF formats escape them already.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
