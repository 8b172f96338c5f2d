import { isRealDate } from '../base/days';

/**
 * How a dated step stands against its due date: done by it, done after it (late), done on
 * a day the note does not say (`done: true`, a bare `[x]`), open, or open past it.
 */
export type StepTiming = 'doneOnTime' | 'doneLate' | 'doneDayUnknown' | 'open' | 'overdue';

/**
 * The timing of a step with a due date that is a real day, against `today` (YYYY-MM-DD);
 * undefined for a step without one, which no date can be kept or missed by.
 */
export function stepTiming(step: { due: string | undefined; done: boolean; doneOn: string | undefined }, today: string): StepTiming | undefined {
  const due = step.due;
  if (due === undefined || !isRealDate(due)) return undefined;
  if (step.done) return step.doneOn === undefined ? 'doneDayUnknown' : step.doneOn > due ? 'doneLate' : 'doneOnTime';
  return due < today ? 'overdue' : 'open';
}
