import { keyRangeOf, rangeOf } from '../../note/frontmatter';
import type { Rule } from '../rule';
import { followUpOf } from '../../note/followUp';

export const followUpOverdue: Rule = {
  id: 'follow-up-overdue',
  description: 'No recap marked sent within `followUp.days` days (default 2) of the conversation, or by `follow_up.due`.',
  defaultSeverity: 'warning',
  fixable: false,
  readsToday: true,
  check({ note, config, today, say, report }) {
    const frontmatter = note.frontmatter;
    const data = frontmatter?.data;
    if (!frontmatter || !data) return;
    // A deadline needs the conversation's date, or a `follow_up.due` of its own: a date written
    // `12.11.2026` (which frontmatter-schema reports) is still read, at the latest day it may name.
    const { sent, due, deadline } = followUpOf(frontmatter, note.language, config.followUpDays);
    if (sent || !deadline || today <= deadline) return;
    const followUp = data.follow_up && typeof data.follow_up === 'object' ? data.follow_up : {};
    // Underline what is to change: `sent`, else the deadline that passed.
    const range =
      'sent' in followUp
        ? rangeOf(frontmatter, ['follow_up', 'sent'])
        : due
          ? rangeOf(frontmatter, ['follow_up', 'due'])
          : 'follow_up' in data
            ? keyRangeOf(frontmatter, ['follow_up'])
            : rangeOf(frontmatter, ['date']);
    report({
      message: say('follow-up-overdue.notSent', { deadline }),
      ...range,
    });
  },
};
