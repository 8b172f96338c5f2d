import { isRealDate, weekdayOf } from '../base/days';

// Written out by hand rather than through Intl so the recap reads the same on every
// machine, whatever its locale, time zone or ICU data.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): { year: number; month: number; date: number; weekday: number } | undefined {
  if (!isRealDate(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date, weekday: weekdayOf(day) };
}

/** `2026-11-21` → `Saturday 21 November 2026`; anything else is returned as written. */
export function longDate(day: string): string {
  const p = parts(day);
  return p ? `${WEEKDAYS[p.weekday]} ${p.date} ${MONTHS[p.month - 1]} ${p.year}` : day;
}

/** `2026-11-21` → `21 November 2026`; anything else is returned as written. */
export function shortDate(day: string): string {
  const p = parts(day);
  return p ? `${p.date} ${MONTHS[p.month - 1]} ${p.year}` : day;
}

/** An RFC 5322 `Date` header value, in UTC so that the same `now` gives the same message. */
export function rfc5322Date(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const weekday = WEEKDAYS[now.getUTCDay()].slice(0, 3);
  const month = MONTHS[now.getUTCMonth()].slice(0, 3);
  return `${weekday}, ${pad(now.getUTCDate())} ${month} ${now.getUTCFullYear()} ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} +0000`;
}
