import { appendsBlocks, type Note } from '../note';
import type { Rule } from '../rule';
import { canonicalIndex, sectionNames, type RequiredSection } from '../sections';
import type { TextEdit } from '../types';
import { promptFor } from './section-prompts';

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

/**
 * The edit that adds a section heading with a placeholder, in canonical order: before
 * the first known section that comes after it, else at the end of the note. Undefined
 * when the note ends inside a comment or code fence left open, where a heading would
 * not be one.
 */
export function insertSection(note: Note, section: RequiredSection, required: readonly RequiredSection[]): TextEdit | undefined {
  const { eol } = note;
  const wanted = canonicalIndex(section.title, required);
  const known = note.sections.filter((candidate) => candidate.known);
  const depth = known.length > 0 ? Math.min(...known.map((candidate) => candidate.depth)) : 2;
  const block = `${'#'.repeat(depth)} ${section.title}${eol}${eol}${promptFor(section.title, required)}${eol}`;
  const following = known.find((candidate) => candidate.depth <= depth && canonicalIndex(candidate.title, required) > wanted);
  if (following) {
    return { start: following.headingStart, end: following.headingStart, text: `${block}${eol}` };
  }
  const text = note.text;
  const separator = text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : `${eol}${eol}`;
  const addition = `${separator}${block}`;
  return appendsBlocks(note, addition) ? { start: text.length, end: text.length, text: addition } : undefined;
}
