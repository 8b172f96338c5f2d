import { hasOnlyScaffolding } from '../../note/placeholders';
import type { Rule } from '../rule';
import { findSection } from '../../note/sections';
import { hintFor } from '../../scaffold/sectionPrompts';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A required section has no content beyond template placeholders and comments.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, config, report }) {
    for (const required of config.requiredSections) {
      const section = findSection(note.sections, required, config.requiredSections);
      if (!section) continue;
      if (!hasOnlyScaffolding(note.text.slice(section.contentStart, section.contentEnd))) continue;
      const hint = hintFor(section.known?.key);
      report({
        message: `Section "${section.title}" is empty${hint ? `: ${hint}` : ''}.`,
        start: section.headingStart,
        end: section.headingEnd,
      });
    }
  },
};
