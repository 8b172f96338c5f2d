import { isRealDate } from '../base/days';
import { fill } from './fill';
import type { LanguagePack } from './pack';

/** A day as a language writes it in a note (`2026-12-05`, `05.12.2026`, `05/12/2026`); anything but a real date as written. */
export function writtenDay(day: string, language: LanguagePack): string {
  if (!isRealDate(day)) return day;
  const [year, month, date] = day.split('-');
  return fill(language.preparation.date, { year, month, day: date });
}
