import { nextStepsOf, stepLabel } from '../../note/nextSteps';
import type { Rule } from '../rule';
import { isRealDate } from '../../base/text';

export const nextStepOverdue: Rule = {
  id: 'next-step-overdue',
  description: 'A next step past its due date and not marked done.',
  defaultSeverity: 'info',
  fixable: true,
  readsToday: true,
  check({ note, today, report }) {
    for (const step of nextStepsOf(note)) {
      if (step.done || !step.due || !isRealDate(step.due) || step.due >= today) continue;
      const edits = step.markDone();
      report({
        message: `Next step "${stepLabel(step)}" was due ${step.due} and is not marked done.`,
        ...(step.dueRange ?? { start: step.start, end: step.end }),
        ...(edits ? { fix: { title: 'Mark as done', edits, safe: false } } : {}),
      });
    }
  },
};
