import { severityOf } from '../../config/config';
import { hasOnlyScaffolding, hasPlaceholder } from '../../note/placeholders';
import type { Rule } from '../rule';
import { findSection } from '../../note/sections';
import { unfilledPlaceholder } from './unfilled-placeholder';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A required section has no content beyond template placeholders and comments.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ note, config, say, report }) {
    for (const required of config.requiredSections) {
      const section = findSection(note.sections, required, config.requiredSections);
      if (!section) continue;
      const content = note.text.slice(section.contentStart, section.contentEnd);
      if (!hasOnlyScaffolding(content)) continue;
      // A section of prompts alone is unfilled-placeholder's finding, before the conversation
      // (a reminder) and after it (what was left): one cause, one finding, unless that rule is off.
      if (hasPlaceholder(content) && severityOf(config, unfilledPlaceholder.id, unfilledPlaceholder.defaultSeverity) !== 'off') continue;
      const key = section.known?.key;
      report({
        message: key ? say('empty-section.emptyWithHint', { section: section.title, hint: say(`empty-section.hint.${key}`) }) : say('empty-section.empty', { section: section.title }),
        start: section.headingStart,
        end: section.headingEnd,
      });
    }
  },
};
