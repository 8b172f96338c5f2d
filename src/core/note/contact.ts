import { oneLine } from '../base/text';
import { messageCatalog, type Say } from '../lang/messages';
import { linkedPageName } from './pageLinks';

// A contact becomes the `To` of a message (and a configured sender its `From`), so it is
// read strictly: a name, an address, or both as `Name <address>`, several separated by
// commas. Anything else, such as text after the `>` or an address with a path in it, is
// refused with a message rather than guessed at: a lenient parser reads
// `Jane <jane@acme.example> Bcc: x@example.com` as the address `x@example.com`.

export interface Contact {
  /** The display name, possibly empty. */
  name: string;
  /** The name to greet, possibly empty. */
  firstName: string;
  /** The email address, possibly empty. */
  address: string;
}

export type ParsedContacts = { ok: true; contacts: Contact[] } | { ok: false; problem: string };

/** `Name <address>`: whatever stands before the one `<`, the address, and nothing after the `>`. */
const NAME_AND_ADDRESS = /^([^<>]*)<([^<>]*)>$/;
/**
 * A name: words and quoted parts (`"Doe, Jane"`, `Zoë "Z" Müller`, with `\"` inside quotes).
 * Outside quotes it may not hold what would be read as part of an address or a header.
 */
const NAME = /^(?:"(?:[^"\\]|\\.)*"|[^<>@:;"[\]\\])*$/;
/** A handle on a social network, a remark in brackets after it if any: `@enzo.rvl (insta)`. */
const HANDLE = /^(@[\p{L}\p{N}_.]{1,40}[\p{L}\p{N}_])(?:\s*\([^()]*\))?$/u;
/** A name, then a remark in brackets that ends the contact. */
const REMARK_AFTER_NAME = /^([^()<>@]*[^()<>@\s])\s*\([^()]*\)$/u;
/**
 * A phone number as people write one: a plus, digits (seven or more) and the blanks, dots, dashes and brackets between them;
 * digits masked with an x or an asterisk count (`+65 9xxx 4471`, `06 12 ** ** **`, as a number is redacted), three at least written out.
 */
function isPhoneNumber(text: string): boolean {
  return /^\+?[\d().\-/ xX*]+$/.test(text) && (text.match(/[\dxX*]/g)?.length ?? 0) >= 7 && (text.match(/\d/g)?.length ?? 0) >= 3;
}
const QUOTED_PART = /"((?:[^"\\]|\\.)*)"/g;
/**
 * Unicode's line breaks (LF, CR, VT, FF, NEL, LS, PS): a mail header ends at one. Written
 * into a contact (a YAML escape, a block scalar), it is refused, not read as a space: a
 * quoted name would hide `"Jane\r\nBcc: x@example.com"` as the name "Jane Bcc: x@example.com".
 */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;
// Any other control character is refused too.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Where a contact is written, which its problem names: the note's `contact`, the recap's `from` setting, a `cc` or `attendees` entry, the recap's Cc. */
export type ContactPlace = 'contact' | 'from' | 'cc' | 'attendees' | 'copied';

/** How the problem of a contact names it, in the reader's language: "The contact", "The recap's "from" setting". */
export function contactPlaceName(place: ContactPlace, say: Say): string {
  return say(`contact.what.${place}`);
}

/**
 * Parses `Name <email>`, `email`, `Name`, or several of them separated by commas. `place`
 * is where the text was written, which the problem names in the reader's language (`say`).
 */
export function parseContacts(text: string | undefined, place: ContactPlace = 'contact', say: Say = messageCatalog().say): ParsedContacts {
  const trimmed = (text ?? '').trim();
  const written = oneLine(trimmed);
  const refused = (key: 'contact.lineBreak' | 'contact.control' | 'contact.notMailbox' | 'contact.notAddress', shown: string): ParsedContacts => ({
    ok: false,
    problem: say(key, { what: contactPlaceName(place, say), written: shown, howTo: say('contact.howTo') }),
  });
  if (LINE_BREAK.test(trimmed)) return refused('contact.lineBreak', written);
  if (CONTROL.test(written)) return refused('contact.control', written);
  const contacts: Contact[] = [];
  for (const part of splitOutsideQuotes(written)) {
    // `Léa Benali <lea@example.com>, 06 12 34 56 78`: a number is how to reach someone, no one to mail.
    if (part.length === 0 || isPhoneNumber(part)) continue;
    const contact = parseMailbox(withoutPhoneAfter(part));
    if (!contact) return refused('contact.notMailbox', part);
    if (contact.address && !asciiAddress(contact.address)) return refused('contact.notAddress', contact.address);
    contacts.push(contact);
  }
  return { ok: true, contacts };
}

/** `Léa Benali <lea@example.com> / 06 12 34 56 78`: the contact without the number set off after it. */
function withoutPhoneAfter(part: string): string {
  const after = PHONE_AFTER.exec(part);
  return after && isPhoneNumber(after[2]) ? after[1] : part;
}
const PHONE_AFTER = /^([^/|·–—]*\S)[ \t]*[/|·–—][ \t]*(\+?[\d().\-/ xX*]+)$/u;

/** `Name <address>`, `<address>`, `address` or a name alone; undefined for anything else. */
function parseMailbox(part: string): Contact | undefined {
  const both = NAME_AND_ADDRESS.exec(part);
  if (both) {
    const name = nameOf(both[1].trim());
    const address = both[2].trim();
    if (name === undefined || address.length === 0) return undefined;
    // `Lamine Cissé <+221 77 000 00 00>`: a client reached by phone or chat; a number is no address to mail, the name is the contact.
    return isPhoneNumber(address) ? contactOf(name, '') : contactOf(name, address);
  }
  // `Megan Fletcher (instagram @megs.fletch)`: a remark in brackets after a name, as mail's comments are, says how to reach them.
  const remarked = REMARK_AFTER_NAME.exec(part);
  if (remarked) {
    const name = nameOf(remarked[1]);
    return name === undefined ? undefined : contactOf(name, '');
  }
  // `@enzo.rvl (insta)`: a client reached by a social network's messages, by their handle; no address, and no first name to greet.
  const handle = HANDLE.exec(part);
  if (handle) return { name: handle[1], firstName: '', address: '' };
  if (part.includes('@')) return /\s/.test(part) ? undefined : contactOf('', part);
  const name = nameOf(part);
  return name === undefined ? undefined : contactOf(name, '');
}

function nameOf(written: string): string | undefined {
  const linked = linkedPageName(written);
  if (linked !== undefined) return nameOf(linked);
  if (!NAME.test(written)) return undefined;
  return oneLine(written.replace(QUOTED_PART, (_quoted, inner: string) => inner.replace(/\\(.)/g, '$1')));
}

function contactOf(name: string, address: string): Contact {
  return { name, firstName: firstNameOf(name), address };
}

/** The commas that separate contacts: not those inside a quoted name. */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted && char === '\\') at++;
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      parts.push(text.slice(start, at).trim());
      start = at + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame']);

function firstNameOf(name: string): string {
  // "Doe, Jane" puts the first name after the comma.
  const ordered = name.includes(',') ? name.slice(name.indexOf(',') + 1) : name;
  const words = ordered.split(/\s+/).filter(Boolean);
  const first = words.find((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')));
  return first ?? words[0] ?? '';
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** Labels of letters, digits and hyphens, in any script, not starting or ending with a hyphen. */
const DOMAIN = /^(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)*[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/** The address with its domain in ASCII (punycode), or undefined when it cannot be written in a header. */
export function asciiAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  // The URL parser below would read `evil.example/acme.example` as the host `evil.example`.
  if (!LOCAL_PART.test(local) || !DOMAIN.test(domain)) return undefined;
  let ascii: string;
  try {
    // The URL parser applies IDNA: `exämple.com` → `xn--exmple-cua.com`.
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
  if (!/^[a-z0-9.-]+$/i.test(ascii) || (!ascii.includes('.') && ascii !== 'localhost')) return undefined;
  return `${local}@${ascii}`;
}
