import { earliestConversationDay } from '../../note/frontmatter';
import { markStepDone } from '../../edit/stepEdits';
import { agreedStepsOf, stepLabel } from '../../note/nextSteps';
import type { Rule } from '../rule';
import { daysBetween, isRealDate } from '../../base/days';

/** How far before the conversation a step's date is a year mistyped rather than a day it was due: half a year. */
const YEAR_TYPO_DAYS = 182;

export const nextStepOverdue: Rule = {
  id: 'next-step-overdue',
  description: 'A next step past its due date and not marked done.',
  defaultSeverity: 'info',
  fixable: true,
  readsToday: true,
  check({ note, today, say, report }) {
    const conversation = earliestConversationDay(note.frontmatter, note.language);
    for (const places of agreedStepsOf(note)) {
      // Done in either place it is written in is done.
      if (places.some((step) => step.done)) continue;
      // Written twice with two dates, the later one counts: the two disagree, and next-step-incomplete says so.
      const latest = places
        .map((step) => step.due)
        .filter((due): due is string => due !== undefined && isRealDate(due))
        .sort()
        .at(-1);
      // A date before the conversation is what date-order reports. Months before it, it is a typo for the year (2025 for 2026) and
      // says nothing of the step; days or weeks before it, the step was due by then, and is late as well.
      if (!latest || latest >= today || (conversation && latest < conversation && daysBetween(latest, conversation) > YEAR_TYPO_DAYS)) continue;
      const step = places.find((place) => place.source !== 'frontmatter' && place.due === latest) ?? places.find((place) => place.due === latest)!;
      const edits = places.flatMap((place) => markStepDone(note, place, today) ?? []);
      report({
        message: say('next-step-overdue.overdue', { step: stepLabel(step), due: latest }),
        ...(step.source !== 'frontmatter' && step.dueRange && note.text.slice(step.start, step.dueRange.start).includes('\n') ? { start: step.start, end: step.end } : (step.dueRange ?? { start: step.start, end: step.end })),
        ...(edits.length > 0 ? { fix: { title: say('next-step-overdue.fix'), edits, safe: false } } : {}),
      });
    }
  },
};
