import { rfc5322Date } from './dates';
import { messageCatalog, type Say } from '../lang/messages';
import { asciiAddress, contactPlaceName, parseContacts, type Contact, type ContactPlace } from '../note/contact';
import type { RecapModel } from './model';
import { encodeQuotedPrintable, encodeWord, encodeWords, foldHeader, isPlainText, wrapQuotedPrintable } from './mime';
import { recapMessage, type RecapMessage } from './message';

export type Rendered = { ok: true; text: string } | { ok: false; problems: string[] };

const CRLF = '\r\n';

/**
 * The recap as an RFC 5322 message with a single UTF-8 text/plain part (RFC 2045), which a
 * mail program opens as a draft to send: `X-Unsent: 1` asks Outlook to open it for editing,
 * and `From` is left to the mail program unless one is configured. No Message-ID: the
 * program that sends the draft gives it one. `now` is the `Date`, in UTC. The subject and
 * body are the model's unless the message is given (the recap as the freelancer edited it).
 * Why there is none (no address to send to) is worded in the reader's language, `locale`.
 */
export function renderEml(model: RecapModel, now: Date, message: RecapMessage = recapMessage(model), locale?: string): Rendered {
  const { say } = messageCatalog(locale);
  const to = recipients(model.contacts, 'contact', say);
  if (!to.ok) return to;
  const headers: string[] = [`Date: ${rfc5322Date(now)}`];
  if (model.from) {
    const sender = parseContacts(model.from, 'from', say);
    if (!sender.ok) return { ok: false, problems: [sender.problem] };
    const from = recipients(sender.contacts, 'from', say);
    if (!from.ok) return from;
    headers.push(foldHeader(`From: ${from.mailboxes.join(', ')}`, 76));
  }
  headers.push(foldHeader(`To: ${to.mailboxes.join(', ')}`, 76));
  if (model.cc.length > 0) {
    const cc = recipients(model.cc, 'copied', say);
    if (!cc.ok) return cc;
    headers.push(foldHeader(`Cc: ${cc.mailboxes.join(', ')}`, 76));
  }
  headers.push(foldHeader(`Subject: ${headerText(message.subject)}`, 76));
  headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8');

  const body = message.body.replace(/\n/g, CRLF);
  const sevenBit = isPlainText(body.replace(/\r\n/g, '')) && body.split(CRLF).every((line) => line.length <= 998);
  headers.push(`Content-Transfer-Encoding: ${sevenBit ? '7bit' : 'quoted-printable'}`, 'X-Unsent: 1');
  const encoded = sevenBit ? body : wrapQuotedPrintable(encodeQuotedPrintable(body), 76);
  return { ok: true, text: `${headers.join(CRLF)}${CRLF}${CRLF}${encoded.endsWith(CRLF) ? encoded : encoded + CRLF}` };
}

type Mailboxes = { ok: true; mailboxes: string[]; addresses: string[] } | { ok: false; problems: string[] };

/**
 * `Name <address>` for each contact, the name encoded when not ASCII, the domain in punycode;
 * else why not, naming where the contacts were written (`place`) in the reader's language (`say`).
 */
export function recipients(contacts: readonly Contact[], place: ContactPlace, say: Say): Mailboxes {
  if (contacts.length === 0) return { ok: false, problems: [say('recap.noRecipient')] };
  const mailboxes: string[] = [];
  const addresses: string[] = [];
  for (const contact of contacts) {
    // parseContacts refused any address that cannot be written in a header: only a name alone is left.
    const address = asciiAddress(contact.address);
    if (!address) {
      return { ok: false, problems: [say('recap.noAddress', { what: contactPlaceName(place, say), name: contact.name })] };
    }
    addresses.push(address);
    mailboxes.push(contact.name ? `${displayName(contact.name)} <${address}>` : address);
  }
  return { ok: true, mailboxes, addresses };
}

const SPECIALS = /[()<>[\]:;@\\,."]/;

function displayName(name: string): string {
  if (!isPlainText(name) || holdsEncodedWord(name)) return encodeWord(name, 52);
  return SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}

/**
 * Unstructured header text (the subject) that a mail program shows as written: RFC 2047
 * words only of the words that need it; text that already holds
 * `=?` is encoded whole, or a reader would decode `=?utf-8?q?…?=` into other words.
 */
function headerText(text: string): string {
  return holdsEncodedWord(text) ? encodeWord(text, 52) : encodeWords(text, 52);
}

/** Mail programs decode `=?charset?q?…?=` wherever they find it, in quotes or not. */
function holdsEncodedWord(text: string): boolean {
  return text.includes('=?');
}
