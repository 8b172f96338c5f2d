import * as vscode from 'vscode';
import type { DueGroup } from '../core/digest/agenda';
import { daysBetween, isRealDate, utcMidnight } from '../core/base/days';

/** The Next Steps view's groups by due date, in the display language. */
export function dueGroupTitle(group: DueGroup): string {
  switch (group) {
    case 'overdue':
      return vscode.l10n.t('Overdue');
    case 'today':
      return vscode.l10n.t('Today');
    case 'thisWeek':
      return vscode.l10n.t('This week');
    case 'later':
      return vscode.l10n.t('Later');
    case 'noDate':
      return vscode.l10n.t('No date');
  }
}

/** The name of a YYYY-MM-DD day's weekday in the display language: `Thursday`, `Donnerstag`. */
export function weekdayName(day: string): string {
  return new Intl.DateTimeFormat(vscode.env.language, { weekday: 'long', timeZone: 'UTC' }).format(utcMidnight(day));
}

/** A YYYY-MM month as the display language writes it short: `Jun 2026`, `Juni 2026`. */
export function monthName(month: string): string {
  return new Intl.DateTimeFormat(vscode.env.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcMidnight(`${month}-01`));
}

/** "3 days late", "due today", "tomorrow", "in 4 days", in the display language; a day that is not one, as written. */
export function relativeDueText(due: string, today: string): string {
  if (!isRealDate(due)) return due;
  const days = daysBetween(today, due);
  if (days < -1) return vscode.l10n.t('{0} days late', -days);
  if (days === -1) return vscode.l10n.t('1 day late');
  if (days === 0) return vscode.l10n.t('due today');
  if (days === 1) return vscode.l10n.t('tomorrow');
  return vscode.l10n.t('in {0} days', days);
}
