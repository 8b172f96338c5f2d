// Shared by the recap's property tests: what a reader of each format actually reads.
import { simpleParser } from 'mailparser';
import type { RecapFormat } from '../../src/core/recap';

export { RECAP_FORMATS } from '../../src/core/recap';

/** A recap as its reader sees it: the .eml through a mail parser (headers too), the mailto link percent-decoded. */
export async function decodedRecap(format: RecapFormat, text: string): Promise<string> {
  if (format === 'mailto') return decodeURIComponent(text);
  if (format !== 'eml') return text;
  const parsed = await simpleParser(text);
  const headers = [...parsed.headers.entries()].map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
  return `${text}\n${headers}\n${parsed.subject ?? ''}\n${parsed.text ?? ''}`;
}

/** The message body alone as its reader sees it, with `\n` line ends. */
export async function decodedBody(format: RecapFormat, text: string): Promise<string> {
  if (format === 'mailto') return decodeURIComponent(/[?&]body=([^&]*)/.exec(text)?.[1] ?? '').replace(/\r\n/g, '\n');
  if (format === 'eml') return ((await simpleParser(text)).text ?? '').replace(/\r\n/g, '\n');
  return text;
}
