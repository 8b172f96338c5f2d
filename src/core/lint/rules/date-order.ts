import { rangeOf } from '../../note/frontmatter';
import { nextStepsOf, stepLabel } from '../../note/nextSteps';
import type { Rule } from '../rule';
import { isRealDate } from '../../base/text';

export const dateOrder: Rule = {
  id: 'date-order',
  description: 'A due date, or a follow-up date, before the date of the conversation.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, report }) {
    const frontmatter = note.frontmatter;
    const data = frontmatter?.data;
    if (!frontmatter || !data || typeof data.date !== 'string' || !isRealDate(data.date)) return;
    const conversation = data.date;
    for (const step of nextStepsOf(note)) {
      if (!step.due || !isRealDate(step.due) || step.due >= conversation) continue;
      report({
        message: `Next step "${stepLabel(step)}" is due ${step.due}, before the conversation on ${conversation}.`,
        ...(step.dueRange ?? { start: step.start, end: step.end }),
      });
    }
    const followUp = data.follow_up && typeof data.follow_up === 'object' ? (data.follow_up as Record<string, unknown>) : {};
    for (const key of ['due', 'sent'] as const) {
      const value = followUp[key];
      if (typeof value !== 'string' || !isRealDate(value) || value >= conversation) continue;
      const what = key === 'due' ? 'The follow-up is due' : 'The follow-up was sent';
      report({ message: `${what} ${value}, before the conversation on ${conversation}.`, ...rangeOf(frontmatter, ['follow_up', key]) });
    }
  },
};
