import type { TextEdit } from '../base/types';
import { appendsBlocks, type Note } from '../note/parseNote';
import { canonicalIndex, findSection, headingName, KNOWN_SECTIONS, sectionNames, type RequiredSection } from '../note/sections';
import { promptFor } from '../note/sectionPrompts';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';

/** A section a note does not have yet, as Insert Section offers it. */
export interface MissingSection extends RequiredSection {
  /** The configuration requires it: the note is reported until it has it. */
  required: boolean;
  /** It never reaches the follow-up recap. */
  private: boolean;
}

/**
 * The known and the required sections a note lacks, in canonical order. A section counts
 * as present under its title or any alias, the configured ones included. A note of another
 * language is offered a known section by its name there (`Grenzen`), its English names kept
 * as aliases.
 */
export function missingSections(note: Note, required: readonly RequiredSection[]): MissingSection[] {
  const requiredFor = (title: string) => required.find((section) => headingName(section.title) === headingName(title));

  const known = KNOWN_SECTIONS.map((section) => {
    const configured = requiredFor(section.title);
    const aliases = [...new Set([...section.aliases, ...(configured?.aliases ?? [])])];
    return { title: section.title, aliases, required: configured !== undefined, private: section.private };
  });
  const custom = required
    .filter((section) => !KNOWN_SECTIONS.some((candidate) => headingName(candidate.title) === headingName(section.title)))
    .map((section) => ({ title: section.title, aliases: [...section.aliases], required: true, private: false }));

  return [...known, ...custom]
    .filter((section) => !findSection(note.sections, section, required))
    .sort((a, b) => canonicalIndex(a.title, required) - canonicalIndex(b.title, required))
    .map((section) => inLanguage(section, note.language));
}

function inLanguage(section: MissingSection, language: LanguagePack): MissingSection {
  const key = language === ENGLISH ? undefined : KNOWN_SECTIONS.find((known) => known.title === section.title)?.key;
  if (!key) return section;
  const [title, ...aliases] = language.sections[key];
  return { ...section, title, aliases: [...new Set([...aliases, section.title, ...section.aliases])] };
}

/** The missing section a name (its title or an alias, any case or punctuation) stands for. */
export function missingSectionNamed(name: string, missing: readonly MissingSection[]): MissingSection | undefined {
  const wanted = headingName(name);
  return missing.find((section) => sectionNames(section).has(wanted));
}

/**
 * The edit that adds a section heading with its prompt, in canonical order: before
 * the first known section that comes after it, else at the end of the note. Undefined
 * when the note ends inside a comment or code fence left open, where a heading would
 * not be one. The prompt is a placeholder to type over (`{{What you can and cannot do}}`, for
 * Insert Section, which selects it), or guidance in a comment (`<!-- What you can and cannot do -->`,
 * for the quick fix and Fix All): the section is then empty, one finding in place of the
 * missing one, not a prompt left in as well.
 */
export function insertSection(note: Note, section: RequiredSection, required: readonly RequiredSection[], promptAs: 'placeholder' | 'comment' = 'placeholder'): TextEdit | undefined {
  const { eol } = note;
  // In a note of another language, its own titles are placed by what they name (`## Grenzen` before `## Nächste Schritte`).
  const wanted = canonicalIndex(section.title, required, note.language);
  const known = note.sections.filter((candidate) => candidate.known);
  const depth = known.length > 0 ? Math.min(...known.map((candidate) => candidate.depth)) : 2;
  const prompt = promptFor(section.title, required, note.language);
  const written = promptAs === 'comment' ? `<!-- ${prompt.replace(/^[-*+][ \t]+/u, '').replace(/\{\{([^{}]*)\}\}/gu, '$1')} -->` : prompt;
  const block = `${'#'.repeat(depth)} ${section.title}${eol}${eol}${written}${eol}`;
  const following = known.find((candidate) => candidate.depth <= depth && canonicalIndex(candidate.title, required, note.language) > wanted);
  if (following) {
    return { start: following.headingStart, end: following.headingStart, text: `${block}${eol}` };
  }
  const text = note.text;
  const separator = text.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : `${eol}${eol}`;
  const addition = `${separator}${block}`;
  return appendsBlocks(note, addition) ? { start: text.length, end: text.length, text: addition } : undefined;
}
