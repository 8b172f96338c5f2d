import { encodeWord, encodeWords, foldLines, isPlainText } from 'nodemailer/lib/mime-funcs';
import { encode as quotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp';
import { subjectOf } from './compose';
import { rfc5322Date } from './dates';
import { parseContacts, type RecapContact, type RecapModel } from './model';
import { renderTextBody } from './plainText';

export type Rendered = { ok: true; text: string } | { ok: false; problems: string[] };

const CRLF = '\r\n';

/**
 * The recap as an RFC 5322 message with a single UTF-8 text/plain part (RFC 2045), which a
 * mail program opens as a draft to send: `X-Unsent: 1` asks Outlook to open it for editing,
 * and `From` is left to the mail program unless one is configured. No Message-ID: the
 * program that sends the draft gives it one. `now` is the `Date`, in UTC.
 */
export function renderEml(model: RecapModel, now: Date): Rendered {
  const to = recipients(model.contacts);
  if (!to.ok) return to;
  const headers: string[] = [`Date: ${rfc5322Date(now)}`];
  if (model.from) {
    const from = recipients(parseContacts(model.from), 'The summary\'s "from" setting');
    if (!from.ok) return from;
    headers.push(foldLines(`From: ${from.mailboxes.join(', ')}`, 76));
  }
  headers.push(foldLines(`To: ${to.mailboxes.join(', ')}`, 76));
  // nodemailer's encoder makes RFC 2047 words only of the words that need it.
  headers.push(foldLines(`Subject: ${encodeWords(subjectOf(model), 'Q', 52)}`, 76));
  headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8');

  const body = renderTextBody(model).replace(/\n/g, CRLF);
  const sevenBit = isPlainText(body.replace(/\r\n/g, '')) && body.split(CRLF).every((line) => line.length <= 998);
  headers.push(`Content-Transfer-Encoding: ${sevenBit ? '7bit' : 'quoted-printable'}`, 'X-Unsent: 1');
  const encoded = sevenBit ? body : wrapQuotedPrintable(quotedPrintable(body), 76);
  return { ok: true, text: `${headers.join(CRLF)}${CRLF}${CRLF}${encoded.endsWith(CRLF) ? encoded : encoded + CRLF}` };
}

type Mailboxes = { ok: true; mailboxes: string[]; addresses: string[] } | { ok: false; problems: string[] };

/** `Name <address>` for each contact, the name encoded when not ASCII, the domain in punycode. */
export function recipients(contacts: readonly RecapContact[], what = 'The contact'): Mailboxes {
  if (contacts.length === 0) {
    return { ok: false, problems: ['The note has no contact: add `contact: Name <email>` to the frontmatter to address the recap.'] };
  }
  const mailboxes: string[] = [];
  const addresses: string[] = [];
  for (const contact of contacts) {
    const address = asciiAddress(contact.address);
    if (!address) {
      const written = contact.address || contact.name;
      return {
        ok: false,
        problems: [
          contact.address
            ? `${what} "${written}" is not an email address a message can be sent to: write it as \`Name <name@example.com>\`.`
            : `${what} "${written}" has no email address: write it as \`${contact.name} <name@example.com>\` to address the recap.`,
        ],
      };
    }
    addresses.push(address);
    mailboxes.push(contact.name ? `${displayName(contact.name)} <${address}>` : address);
  }
  return { ok: true, mailboxes, addresses };
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** The address with its domain in ASCII (punycode), or undefined when it cannot be written in a header. */
function asciiAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!LOCAL_PART.test(local)) return undefined;
  let ascii: string;
  try {
    // The URL parser applies IDNA: `exämple.com` → `xn--exmple-cua.com`.
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
  if (!/^[a-z0-9.-]+$/i.test(ascii) || !ascii.includes('.') && ascii !== 'localhost') return undefined;
  return `${local}@${ascii}`;
}

const SPECIALS = /[()<>[\]:;@\\,."]/;

function displayName(name: string): string {
  if (!isPlainText(name)) return encodeWord(name, 'Q', 52);
  return SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}
