import * as vscode from 'vscode';
import { localDay } from '../core/base/days';

// The editor's one clock: every rule run, view, completion and command takes now and today
// from here, so that tests and `npm run screenshots` can pin the day (through the
// extension's test API) and what they show does not depend on when they run.

let pinnedDay: string | undefined;
const dayChanged = new vscode.EventEmitter<void>();

/** Fires when today changes: at local midnight, and when the day is pinned or let go. */
export const onDidChangeDay = dayChanged.event;

/** The time now; on a pinned day, its noon, local time. */
export function now(): Date {
  return pinnedDay === undefined ? new Date() : new Date(`${pinnedDay}T12:00:00`);
}

/** Today, YYYY-MM-DD, in local time. */
export function today(): string {
  return localDay(now());
}

/** Holds the clock at noon of `day` (YYYY-MM-DD); undefined lets it run again. */
export function pinToday(day: string | undefined): void {
  pinnedDay = day;
  dayChanged.fire();
}

/** Runs the clock: from now on `onDidChangeDay` fires at each local midnight, until disposed. */
export function startClock(): { dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const untilMidnight = () => {
    const time = new Date();
    timer = setTimeout(() => {
      if (pinnedDay === undefined) dayChanged.fire();
      untilMidnight();
    }, new Date(time.getFullYear(), time.getMonth(), time.getDate() + 1).getTime() - time.getTime());
  };
  untilMidnight();
  return { dispose: () => clearTimeout(timer) };
}
