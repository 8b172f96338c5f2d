import { isRealDate } from '../core/base/days';
import { CliError, type CliContext } from './command';

/**
 * What the CLI takes as now, which lint judges dates against and a new note is dated by:
 * the real time, or for reproducible tests `CLIENT_NOTES_NOW`, a YYYY-MM-DD day (noon,
 * local time) or any date-time `Date` parses.
 */
export function cliNow(env: CliContext['env']): Date {
  const value = env.CLIENT_NOTES_NOW;
  if (!value) return new Date();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? (isRealDate(value) ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12) : new Date(NaN)) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new CliError(`CLIENT_NOTES_NOW must be a date such as 2026-11-23, not "${value}".`);
  return date;
}
