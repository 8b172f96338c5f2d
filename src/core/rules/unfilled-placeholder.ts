import { PLACEHOLDER } from '../placeholders';
import type { Rule } from '../rule';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description: 'Template placeholders such as `{{What happened}}` left in the note.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, report }) {
    for (const match of note.text.matchAll(PLACEHOLDER)) {
      const start = match.index ?? 0;
      report({ message: `Placeholder ${match[0]} is still in the note: replace it or remove it.`, start, end: start + match[0].length });
    }
  },
};
