import { earliestConversationDay, rangeOf } from '../../note/frontmatter';
import { agreedStepsOf, stepLabel } from '../../note/nextSteps';
import type { Rule } from '../rule';
import { daysBetween, isRealDate } from '../../base/days';

/**
 * How long before the conversation a done step's date reads as when it was done, not as a typo: the week before it,
 * as notes that carry the last call's steps over show them. Further back, a digit or a month is off (`12/10` for `22/10`).
 */
const DONE_BEFORE_DAYS = 7;

export const dateOrder: Rule = {
  id: 'date-order',
  description: 'A due date, or a follow-up date, before the date of the conversation.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, say, report }) {
    const frontmatter = note.frontmatter;
    const conversation = earliestConversationDay(frontmatter, note.language);
    if (!frontmatter || !conversation) return;
    for (const places of agreedStepsOf(note)) {
      // A step written twice with the same date has one date to correct.
      const reported = new Set<string>();
      const done = places.some((step) => step.done);
      // Done on or after the conversation (`avant le 3/10 ✅ 28/10` in a note of 7 October), it was due after it too: the date is a typo.
      const doneSince = places.some((step) => step.doneOn !== undefined && step.doneOn >= conversation);
      for (const step of places) {
        if (!step.due || !isRealDate(step.due) || step.due >= conversation || reported.has(step.due)) continue;
        // `- [x] Spot 1 final — Due: Nov 19` in a note of 23 November: done on time before the conversation, as a note
        // records what happened; a done step's date further back is still the typo it looks like (`2025-11-19`, `12/10` for `22/10`).
        if (done && !doneSince && daysBetween(step.due, conversation) <= DONE_BEFORE_DAYS) continue;
        reported.add(step.due);
        report({
          message: say('date-order.step', { step: stepLabel(step), due: step.due, conversation }),
          ...(step.dueRange ?? { start: step.start, end: step.end }),
        });
      }
    }
    const followUp = frontmatter.data?.follow_up && typeof frontmatter.data.follow_up === 'object' ? (frontmatter.data.follow_up as Record<string, unknown>) : {};
    for (const key of ['due', 'sent'] as const) {
      const value = followUp[key];
      if (typeof value !== 'string' || !isRealDate(value) || value >= conversation) continue;
      const message = say(key === 'due' ? 'date-order.followUpDue' : 'date-order.followUpSent', { date: value, conversation });
      report({ message, ...rangeOf(frontmatter, ['follow_up', key]) });
    }
  },
};
