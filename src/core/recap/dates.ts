import { isRealDate, weekdayOf } from '../base/days';
import { fill } from '../lang/fill';
import type { LanguagePack } from '../lang/pack';
import { ENGLISH } from '../lang/packs';

// Written out by hand, from the language pack's names, rather than through Intl so the
// recap reads the same on every machine, whatever its locale, time zone or ICU data.

/** The names of an RFC 5322 `Date` header, which are the protocol's, in English whatever the recap's language. */
const WEEKDAYS = ENGLISH.recap.weekdays;
const MONTHS = ENGLISH.recap.months;

function parts(day: string): { year: number; month: number; date: number; weekday: number } | undefined {
  if (!isRealDate(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date, weekday: weekdayOf(day) };
}

/** `2026-11-21` → `Saturday 21 November 2026`, `Samstag, 21. November 2026`, `samedi 21 novembre 2026`; anything else is returned as written. */
export function longDate(day: string, language: LanguagePack = ENGLISH): string {
  return written(day, language.recap.longDate, language);
}

/** `2026-11-21` → `21 November 2026`; anything else is returned as written. */
export function shortDate(day: string, language: LanguagePack = ENGLISH): string {
  return written(day, language.recap.shortDate, language);
}

function written(day: string, template: string, language: LanguagePack): string {
  const p = parts(day);
  if (!p) return day;
  const { weekdays, months, firstOfMonth } = language.recap;
  return fill(template, { weekday: weekdays[p.weekday], day: p.date === 1 ? firstOfMonth : p.date, month: months[p.month - 1], year: p.year });
}

/** An RFC 5322 `Date` header value, in UTC so that the same `now` gives the same message. */
export function rfc5322Date(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const weekday = WEEKDAYS[now.getUTCDay()].slice(0, 3);
  const month = MONTHS[now.getUTCMonth()].slice(0, 3);
  return `${weekday}, ${pad(now.getUTCDate())} ${month} ${now.getUTCFullYear()} ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} +0000`;
}
