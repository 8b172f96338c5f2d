import { nextStepsOf, stepLabel } from '../../note/nextSteps';
import { hasPlaceholder } from '../../note/placeholders';
import type { Rule } from '../rule';

export const nextStepIncomplete: Rule = {
  id: 'next-step-incomplete',
  description: 'A next step without an owner or a due date, in the frontmatter or under Agreed next steps.',
  defaultSeverity: 'warning',
  fixable: true,
  readsToday: true,
  check({ note, today, report }) {
    for (const step of nextStepsOf(note)) {
      // A template line such as `{{What}} (owner: {{me or client}}, …)` is not filled in
      // yet: unfilled-placeholder reports it, and an owner or date added to it would be noise.
      if (step.done || hasPlaceholder(step.what)) continue;
      const missing: Array<[string, string]> = [];
      if (!step.owner) missing.push(['owner', 'me']);
      // A malformed due date is frontmatter-schema's finding; only an absent one is ours.
      if (!step.due) missing.push(['due', today]);
      if (missing.length === 0) continue;
      const what = missing.map(([key]) => (key === 'owner' ? 'no owner' : 'no due date')).join(' and ');
      const notation = step.source === 'list' ? { owner: '`owner: NAME`', due: '`due: YYYY-MM-DD`' } : { owner: '`owner:`', due: '`due:`' };
      const how = `add ${missing.map(([key]) => notation[key as 'owner' | 'due']).join(' and ')}`;
      const edits = step.addFields(missing);
      report({
        message: `Next step "${stepLabel(step)}" has ${what}: ${how}.`,
        start: step.start,
        end: step.end,
        ...(edits
          ? { fix: { title: `Add ${missing.map(([key, value]) => `${key}: ${value}`).join(', ')}`, edits, safe: false } }
          : {}),
      });
    }
  },
};
