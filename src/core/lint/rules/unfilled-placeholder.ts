import { PLACEHOLDER } from '../../note/placeholders';
import { codeRanges } from '../../note/clientProse';
import type { Rule } from '../rule';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description: 'Template placeholders such as `{{What happened}}` left in the note.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, report }) {
    // `{{first_name}}` quoted in code is a mail-merge field or a template being discussed:
    // content, not a gap left by the note's own template.
    const code = codeRanges(note);
    for (const match of note.text.matchAll(PLACEHOLDER)) {
      const start = match.index ?? 0;
      if (code.some((range) => start >= range.start && start < range.end)) continue;
      report({ message: `Placeholder ${match[0]} is still in the note: replace it or remove it.`, start, end: start + match[0].length });
    }
  },
};
