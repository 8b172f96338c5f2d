import type { Rule, RuleContext } from '../rule';
import type { Note, Section } from '../../note/parseNote';
import { findSection, headingName, knownSectionFor, misspeltSection, sectionNames, type RequiredSection } from '../../note/sections';
import { ENGLISH } from '../../lang/packs';
import { insertSection } from '../../edit/insertSection';

export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'A required section (by default Facts, Boundaries and Agreed next steps) is missing, or its heading is misspelt.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ note, config, say, report }) {
    // The sections of a note too large to parse were never seen: none can be called missing.
    if (note.skippedBody) return;
    const anchor = reportAnchor(note);
    const nearMatched = new Set<Section>();
    for (const required of config.requiredSections) {
      // A note in another language is told of, and given, the section by its own name there (`Grenzen`).
      const shown = inNoteLanguage(note, required, config.requiredSections);
      const misspeltOf = (sections: readonly Section[]) => nearMatch(note, sections, required, nearMatched) ?? (shown === required ? undefined : nearMatch(note, sections, shown, nearMatched));
      const first = findSection(note.sections, required, config.requiredSections);
      // `### Aufgaben` under a notetaker's heading, then the writer's own `## Nächste Schritte`: the writer's, at the top, is the section.
      const found =
        first && enclosingSection(note.sections, first)
          ? (note.sections.find((section) => findSection([section], required, config.requiredSections) && !enclosingSection(note.sections, section)) ?? first)
          : first;
      // `## Prochainnes étapes` over `### À faire`: the section is found by a sub-heading, under its own heading misspelt.
      const parent = found && enclosingSection(note.sections, found);
      // A misspelt heading is the section, written wrong: say so there, and never add a second one beside it.
      const near = found ? parent && misspeltOf([parent]) : misspeltOf(note.sections);
      if (near) {
        nearMatched.add(near.section);
        const title = near.spelt;
        report({
          message: say('required-sections.misspelt', { heading: near.section.title, section: title }),
          start: near.section.headingStart,
          end: near.section.headingEnd,
          ...(near.rename ? { fix: { title: say('required-sections.rename', { section: title }), edits: [near.rename], safe: false } } : {}),
        });
        continue;
      }
      if (found) continue;
      const insertion = insertSection(note, shown, config.requiredSections, 'comment');
      report({
        message: shown.aliases.length > 0 ? say('required-sections.missingOr', { section: shown.title, aliases: namedAliases(shown, say) }) : say('required-sections.missing', { section: shown.title }),
        ...anchor,
        ...(insertion ? { fix: { title: say('required-sections.insert', { section: shown.title }), edits: [insertion], safe: true } } : {}),
      });
    }
  },
};

/**
 * A heading no known section claims whose name (alone, or before a few qualifying words)
 * is a typo's reach from a name of the required section: "Boundries", "Agred next steps".
 * Its rename replaces the misspelt words where the heading spells them plainly. Not a
 * safe fix: a heading is the freelancer's own words, and a short one ("Acts") may be
 * meant, so Fix All and --fix leave it (and insert nothing beside it either).
 */
function nearMatch(note: Note, sections: readonly Section[], required: RequiredSection, taken: Set<Section>): { section: Section; spelt: string; rename?: { start: number; end: number; text: string } } | undefined {
  const near = misspeltSection(sections, sectionNames(required), taken);
  return near && { section: near.section, spelt: required.title, rename: renameEdit(note, near.section, near.misspelt, required.title) };
}

/**
 * The section a sub-heading stands in: the nearest heading before it of a higher level whose content holds it, the note's
 * title aside (a `#` heading holds every section of a note, and names none).
 */
function enclosingSection(sections: readonly Section[], inner: Section): Section | undefined {
  return sections.filter((section) => section.depth > 1 && section.depth < inner.depth && section.contentStart <= inner.headingStart && inner.headingStart < section.contentEnd).at(-1);
}

/** The edit replacing the misspelt words of a heading by `title`, where the heading spells them plainly. */
function renameEdit(note: Note, section: Section, misspelt: string, title: string): { start: number; end: number; text: string } | undefined {
  const line = note.text.slice(section.headingStart, section.headingEnd);
  const found = [...line.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)];
  const wordCount = misspelt.split(' ').length;
  // Numbering, emoji and markup around them stay as they are.
  for (let first = 0; first + wordCount <= found.length; first++) {
    const run = found.slice(first, first + wordCount);
    const start = run[0].index ?? 0;
    const last = run[run.length - 1];
    const end = (last.index ?? 0) + last[0].length;
    if (headingName(line.slice(start, end)) !== misspelt) continue;
    // "Next setps agreed" becomes "Agreed next steps", not "Agreed next steps agreed": words after the run the title holds go with it.
    const after = found.slice(first + wordCount);
    const titleWords = new Set(headingName(title).split(' '));
    const through = after.length > 0 && after.every((word) => titleWords.has(headingName(word[0]))) ? (after[after.length - 1].index ?? 0) + after[after.length - 1][0].length : end;
    return { start: section.headingStart + start, end: section.headingStart + through, text: title };
  }
  return undefined;
}

/** A known section as a note of another language names it: its title and aliases in that language; else as configured. */
function inNoteLanguage(note: Note, required: RequiredSection, configured: readonly RequiredSection[]): RequiredSection {
  const key = note.language === ENGLISH ? undefined : knownSectionFor(required.title, configured)?.key;
  if (!key) return required;
  const [title, ...aliases] = note.language.sections[key];
  return { title, aliases };
}

/** How many aliases a finding names: a long list would bury the message; the rest are in the rule's page. */
const NAMED_ALIASES = 2;

function namedAliases(section: RequiredSection, say: RuleContext['say']): string {
  const named = section.aliases.slice(0, NAMED_ALIASES).map((alias) => say('required-sections.alias', { alias }));
  return `${named.join(', ')}${section.aliases.length > NAMED_ALIASES ? ', …' : ''}`;
}

/** Findings about the whole note sit on its first heading, else on the frontmatter fence or the first line. */
function reportAnchor(note: Note): { start: number; end: number } {
  const title = note.sections[0];
  if (title) return { start: title.headingStart, end: title.headingEnd };
  const start = note.frontmatter ? note.frontmatter.start : 0;
  const end = note.frontmatter ? note.frontmatter.start + 3 : note.text.search(/\r?\n|$/);
  return { start, end };
}
