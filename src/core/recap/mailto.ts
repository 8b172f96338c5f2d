import { messageCatalog } from '../lang/messages';
import { recipients } from './eml';
import type { RecapModel } from './model';
import { recapMessage, type RecapMessage } from './message';

/**
 * Mail programs and operating systems cut long `mailto:` links (Windows at about 2,000
 * characters, some clients sooner); past this length the body is left out.
 */
export const MAILTO_MAX_LENGTH = 2000;

export type MailtoLink =
  | { ok: true; uri: string; /** False when the body did not fit and was left out. */ complete: boolean }
  | { ok: false; problems: string[] };

/**
 * An RFC 6068 `mailto:` link to the contact, with the Cc, the subject and the plain-text body
 * (the model's, or the given message's); else why not, in the reader's language (`locale`).
 */
export function renderMailto(model: RecapModel, maxLength = MAILTO_MAX_LENGTH, message: RecapMessage = recapMessage(model), locale?: string): MailtoLink {
  const { say } = messageCatalog(locale);
  const to = recipients(model.contacts, 'contact', say);
  if (!to.ok) return to;
  const cc = model.cc.length > 0 ? recipients(model.cc, 'copied', say) : undefined;
  if (cc && !cc.ok) return cc;
  const copied = cc ? `cc=${cc.addresses.map(encodeAddress).join(',')}&` : '';
  const base = `mailto:${to.addresses.map(encodeAddress).join(',')}?${copied}subject=${encode(message.subject)}`;
  const full = `${base}&body=${encode(message.body.replace(/\n/g, '\r\n'))}`;
  return full.length <= maxLength ? { ok: true, uri: full, complete: true } : { ok: true, uri: base, complete: false };
}

function encodeAddress(address: string): string {
  return encode(address).replace(/%40/g, '@');
}

// encodeURIComponent leaves !'()* alone; RFC 6068 allows them, but some clients do not.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
