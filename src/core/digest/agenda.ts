import { addDays, daysBetween, isRealDate } from '../base/days';
import { ownerKey, type Side } from '../note/owners';
import type { DigestStep, NoteDigest } from './noteDigest';
import { fillCount } from '../lang/fill';
import type { LanguagePack } from '../lang/pack';
import { ENGLISH } from '../lang/packs';

/** A note's digest with where it lives: a path, or a URI in the editor. */
export interface DigestedNote {
  file: string;
  digest: NoteDigest;
}

/** An open (or, when asked, done) next step, with its note. */
export interface AgendaStep extends DigestStep {
  file: string;
  client: string | undefined;
  /** Past its due date and not done. */
  overdue: boolean;
}

/** A recap not marked sent and past the day it was due by. */
export interface OverdueRecap {
  file: string;
  client: string | undefined;
  topic: string | undefined;
  deadline: string;
}

/** Whose steps to list (`note/owners.ts` decides the sides): mine, the client's side and anyone else named, or one person's. */
export type OwnerFilter = { kind: 'all' } | { kind: 'me' } | { kind: 'client' } | { kind: 'name'; name: string };

export interface AgendaOptions {
  /** The local day, YYYY-MM-DD, dates are judged against. */
  today: string;
  owner?: OwnerFilter;
  overdueOnly?: boolean;
  includeDone?: boolean;
}

/** A due date read as a real day; anything else counts as no date. */
function dueDay(step: { due: string | undefined }): string | undefined {
  return step.due !== undefined && isRealDate(step.due) ? step.due : undefined;
}

/** Whether a step's owner passes a filter. */
export function ownerMatches(step: { owner: string | undefined; side: Side | undefined }, filter: OwnerFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'me':
      return step.side === 'me';
    case 'client':
      return step.side === 'client' || step.side === 'named';
    case 'name':
      return step.owner !== undefined && ownerKey(step.owner) === ownerKey(filter.name);
  }
}

/**
 * The steps of the given notes, overdue first, then by due date (undated last), then by
 * client, then by file and line so that the order never depends on how the notes came.
 */
export function agendaOf(notes: Iterable<DigestedNote>, options: AgendaOptions): AgendaStep[] {
  const ownerFilter = options.owner ?? { kind: 'all' };
  // Each step with its due day, read once rather than at every comparison of the sort.
  const listed: Array<{ step: AgendaStep; due: string | undefined }> = [];
  for (const { file, digest } of notes) {
    for (const step of digest.steps) {
      if (step.done && !options.includeDone) continue;
      if (!ownerMatches(step, ownerFilter)) continue;
      const due = dueDay(step);
      const overdue = isOverdue(step, due, options.today);
      if (options.overdueOnly && !overdue) continue;
      // Written out, not spread: one shape for every step, whatever shapes the records have.
      const { what, key, owner, side, done, doneOn, start, end, line } = step;
      listed.push({ step: { what, key, owner, side, due: step.due, done, doneOn, start, end, line, file, client: digest.client, overdue }, due });
    }
  }
  return listed.sort(compareListed).map(({ step }) => step);
}

function isOverdue(step: { done: boolean }, due: string | undefined, today: string): boolean {
  return !step.done && due !== undefined && due < today;
}

function compareListed(first: { step: AgendaStep; due: string | undefined }, second: { step: AgendaStep; due: string | undefined }): number {
  const [a, b, dueA, dueB] = [first.step, second.step, first.due, second.due];
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (dueA !== dueB) return dueA === undefined ? 1 : dueB === undefined ? -1 : dueA < dueB ? -1 : 1;
  return compareText(a.client ?? '', b.client ?? '') || compareText(a.file, b.file) || a.line - b.line;
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Recaps not marked sent whose day has passed, the longest overdue first. */
export function overdueRecapsOf(notes: Iterable<DigestedNote>, today: string): OverdueRecap[] {
  const recaps: OverdueRecap[] = [];
  for (const { file, digest } of notes) {
    const { deadline } = digest.followUp;
    if (isRecapOverdue(digest, today)) recaps.push({ file, client: digest.client, topic: digest.topic, deadline: deadline! });
  }
  return recaps.sort((a, b) => compareText(a.deadline, b.deadline) || compareText(a.client ?? '', b.client ?? '') || compareText(a.file, b.file));
}

function isRecapOverdue({ followUp: { sent, deadline } }: NoteDigest, today: string): boolean {
  return !sent && deadline !== undefined && deadline < today;
}

/** The groups of the Next Steps view by due date, in the order it shows them. */
export const DUE_GROUPS = ['overdue', 'today', 'thisWeek', 'later', 'noDate'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

/** "This week" is the six days after today: a rolling week, the same whatever day the week starts on where the user lives. */
export function dueGroupOf(step: { due: string | undefined; done: boolean }, today: string): DueGroup {
  const due = dueDay(step);
  if (due === undefined) return 'noDate';
  if (due < today) return step.done ? 'later' : 'overdue';
  if (due === today) return 'today';
  return due <= addDays(today, 6) ? 'thisWeek' : 'later';
}


/** `3 days late`, `due today`, `in 2 days`, in a language (its pack's `preparation.days`); the date as written when it is not a real day. */
export function relativeDue(due: string, today: string, language: LanguagePack = ENGLISH): string {
  if (!isRealDate(due)) return due;
  const days = daysBetween(today, due);
  const words = language.preparation.days;
  if (days < 0) return fillCount(words.late, -days, language.code);
  if (days === 0) return words.today;
  return days === 1 ? words.tomorrow : fillCount(words.ahead, days, language.code);
}

/** How many things are overdue: steps and recaps, what the status bar and the view's badge count. */
export function overdueCount(notes: Iterable<DigestedNote>, today: string): number {
  let count = 0;
  for (const { digest } of notes) {
    if (isRecapOverdue(digest, today)) count++;
    for (const step of digest.steps) if (isOverdue(step, dueDay(step), today)) count++;
  }
  return count;
}
