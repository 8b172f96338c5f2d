import type { Rule } from '../rule';
import type { Note } from '../../note/parseNote';
import { sectionNames, type RequiredSection } from '../../note/sections';
import { insertSection } from '../../edit/insertSection';

export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'A required section (by default Facts, Boundaries and Agreed next steps) is missing.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ note, config, report }) {
    // The sections of a note too large to parse were never seen: none can be called missing.
    if (note.skippedBody) return;
    const present = new Set(note.sections.map((section) => section.normalizedTitle));
    const anchor = reportAnchor(note);
    for (const required of config.requiredSections) {
      const names = sectionNames(required);
      if ([...names].some((name) => present.has(name))) continue;
      const insertion = insertSection(note, required, config.requiredSections);
      report({
        message: `Missing section "${required.title}"${aliasHint(required)}.`,
        ...anchor,
        ...(insertion ? { fix: { title: `Insert section "${required.title}"`, edits: [insertion], safe: true } } : {}),
      });
    }
  },
};

function aliasHint(section: RequiredSection): string {
  return section.aliases.length > 0 ? ` (or ${section.aliases.map((alias) => `"${alias}"`).join(', ')})` : '';
}

/** Findings about the whole note sit on its first heading, else on the frontmatter fence or the first line. */
function reportAnchor(note: Note): { start: number; end: number } {
  const title = note.sections[0];
  if (title) return { start: title.headingStart, end: title.headingEnd };
  const start = note.frontmatter ? note.frontmatter.start : 0;
  const end = note.frontmatter ? note.frontmatter.start + 3 : note.text.search(/\r?\n|$/);
  return { start, end };
}
