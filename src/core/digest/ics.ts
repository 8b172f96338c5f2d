import { addDays, isRealDate } from '../base/days';
import type { AgendaStep } from './agenda';

/** An iCalendar (RFC 5545) file: one all-day to-do per step with a due date. */
export interface IcsStep extends AgendaStep {
  /** The note's path as the user should read it, for the description. */
  shownFile: string;
}

/**
 * The calendar, CRLF line ends and lines folded at 75 octets as RFC 5545 §3.1 asks. Each
 * step's UID is derived from its note and its words, so that importing the calendar
 * again updates a to-do (a new due date, done) instead of adding a second one.
 * `now` stamps each to-do (DTSTAMP) in UTC. With `events`, each step is an all-day event
 * on its due day instead (same UID), for calendars that ignore to-dos (Google Calendar,
 * Outlook on the web); a done step's event says so in its summary.
 */
export function icsCalendar(steps: readonly IcsStep[], now: Date, { events = false }: { events?: boolean } = {}): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Client Notes//next-steps//EN', 'CALSCALE:GREGORIAN'];
  for (const step of steps) {
    if (step.due === undefined || !isRealDate(step.due)) continue;
    const summary = step.client ? `${step.what} (${step.client})` : step.what;
    const day = (iso: string) => iso.replace(/-/g, '');
    const shared = [`UID:${stableId(`${step.file}\n${step.key}`)}@client-notes`, `DTSTAMP:${stamp}`];
    if (events) {
      lines.push(
        'BEGIN:VEVENT',
        ...shared,
        `DTSTART;VALUE=DATE:${day(step.due)}`,
        `DTEND;VALUE=DATE:${day(addDays(step.due, 1))}`,
        `SUMMARY:${escapeText(step.done ? `Done: ${summary}` : summary)}`,
        `DESCRIPTION:${escapeText(step.shownFile)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
      continue;
    }
    lines.push(
      'BEGIN:VTODO',
      ...shared,
      `DUE;VALUE=DATE:${day(step.due)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(step.shownFile)}`,
      `STATUS:${step.done ? 'COMPLETED' : 'NEEDS-ACTION'}`,
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (character) => (character === '\t' ? character : ''));
}

const LINE_OCTETS = 75;

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space; never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** 64-bit FNV-1a of the text's UTF-16 code units, in hex: the same text, the same id, on every machine. */
function stableId(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
