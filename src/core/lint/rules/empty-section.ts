import { hasOnlyScaffolding, hasPlaceholder, promptsExpected } from '../../note/placeholders';
import type { Rule } from '../rule';
import { findSection } from '../../note/sections';
import { hintFor } from '../../scaffold/sectionPrompts';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A required section has no content beyond template placeholders and comments.',
  defaultSeverity: 'warning',
  fixable: false,
  readsToday: true,
  check({ note, config, today, report }) {
    for (const required of config.requiredSections) {
      const section = findSection(note.sections, required, config.requiredSections);
      if (!section) continue;
      const content = note.text.slice(section.contentStart, section.contentEnd);
      if (!hasOnlyScaffolding(content)) continue;
      // Its prompts are still expected, and unfilled-placeholder reminds of them: one finding is enough.
      if (hasPlaceholder(content) && promptsExpected(note, today)) continue;
      const hint = hintFor(section.known?.key);
      report({
        message: `Section "${section.title}" is empty${hint ? `: ${hint}` : ''}.`,
        start: section.headingStart,
        end: section.headingEnd,
      });
    }
  },
};
