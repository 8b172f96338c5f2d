import { severityOf } from '../../config/config';
import { hasOnlyScaffolding, hasPlaceholder, promptsExpected } from '../../note/placeholders';
import type { Rule } from '../rule';
import { findSection } from '../../note/sections';
import { unfilledPlaceholder } from './unfilled-placeholder';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A required section has no content beyond template placeholders and comments.',
  defaultSeverity: 'warning',
  fixable: false,
  readsToday: true,
  check({ note, config, today, say, report }) {
    for (const required of config.requiredSections) {
      const section = findSection(note.sections, required, config.requiredSections);
      if (!section) continue;
      const content = note.text.slice(section.contentStart, section.contentEnd);
      if (!hasOnlyScaffolding(content)) continue;
      // A section of prompts alone is the note's to-do list until the conversation, which unfilled-placeholder
      // reminds of; after it, the section holds nothing the client can read: empty, and a prompt left in as well.
      if (hasPlaceholder(content) && promptsExpected(note, today) && severityOf(config, unfilledPlaceholder.id, unfilledPlaceholder.defaultSeverity) !== 'off') continue;
      const key = section.known?.key;
      report({
        message: key ? say('empty-section.emptyWithHint', { section: section.title, hint: say(`empty-section.hint.${key}`) }) : say('empty-section.empty', { section: section.title }),
        start: section.headingStart,
        end: section.headingEnd,
      });
    }
  },
};
