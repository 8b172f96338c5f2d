// The body sections a recap quotes (the `includeSections` setting), with what is private,
// comments and raw HTML cut out, in one pass over the note.
import type { Heading } from 'mdast';
import type { Note, Section } from '../note/parseNote';
import { isPrivateHeading, type NotePrivacy, type PrivacySettings } from '../note/privacy';
import { headingName, knownSectionFor } from '../note/sections';
import { withLfEnds } from '../base/lines';
import { oneLine } from '../base/text';
import type { Say } from '../lang/messages';
import { inlineToPlain } from './inline';

export interface RecapSection {
  /** The heading as it reads in the note (plain text). */
  title: string;
  /** The section's Markdown, with `\n` line ends and sub-headings below level 2. */
  markdown: string;
}

/**
 * The sections `includeSections` names, as the client may see them: never a private one, nor
 * one nested in a section already chosen, in the order of the note. What is refused goes
 * into `warnings`, worded by `say` (the reader's language).
 */
export function includedSections(
  note: Note,
  privacy: NotePrivacy,
  wanted: readonly string[],
  settings: PrivacySettings,
  warnings: string[],
  say: Say,
): RecapSection[] {
  return sectionsToInclude(note, privacy, wanted, settings, warnings, say).flatMap((section) => {
    const markdown = sectionMarkdown(section, privacy);
    const title = inlineToPlain(headingWords(section.heading, privacy));
    return markdown ? [{ title, markdown }] : [];
  });
}

/** The sections of the note `includeSections` names that the recap may quote. */
export function sectionsToInclude(
  note: Note,
  privacy: NotePrivacy,
  wanted: readonly string[],
  settings: PrivacySettings,
  warnings: string[],
  say: Say,
): Section[] {
  const chosen = new Set<Section>();
  const enclosing = enclosingSections(note.sections);
  for (const name of wanted) {
    if (typeof name !== 'string' || name.trim().length === 0) continue;
    const known = knownSectionFor(name, settings.requiredSections);
    if (isPrivateHeading(name, settings)) {
      warnings.push(say('recap.includePrivate', { name }));
      continue;
    }
    const matches = note.sections.filter((section) =>
      // Matched as required-sections matches headings (`headingName`): `## 1. Timeline` is the Timeline lint asks for.
      known ? section.known?.key === known.key : !section.known && section.normalizedTitle === headingName(name),
    );
    if (matches.length === 0) {
      warnings.push(say('recap.includeNoMatch', { name }));
      continue;
    }
    for (const section of matches) {
      if (isPrivateHeading(section.title, settings)) {
        warnings.push(say('recap.includeReadsPrivate', { section: section.title }));
        continue;
      }
      if (!privacy.visible(section.headingStart)) {
        warnings.push(say('recap.includeInsidePrivate', { section: section.title }));
        continue;
      }
      if (!chosen.has(section) && !hasChosenAncestor(section, enclosing, chosen)) chosen.add(section);
    }
  }
  return [...chosen];
}

/**
 * The section each section sits in, if any, found in one pass: sections come in the order of
 * the note, and a section holds the deeper ones that follow it up to its end.
 */
function enclosingSections(sections: readonly Section[]): Map<Section, Section> {
  const enclosing = new Map<Section, Section>();
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length > 0 && section.headingStart >= open[open.length - 1].contentEnd) open.pop();
    if (open.length > 0) enclosing.set(section, open[open.length - 1]);
    open.push(section);
  }
  return enclosing;
}

// Up the few levels of headings: a note with thousands of sections stays linear.
function hasChosenAncestor(section: Section, enclosing: ReadonlyMap<Section, Section>, chosen: ReadonlySet<Section>): boolean {
  for (let parent = enclosing.get(section); parent; parent = enclosing.get(parent)) if (chosen.has(parent)) return true;
  return false;
}

/** A section's blocks, minus private parts, comments and raw HTML; sub-headings re-levelled under a level-2 title. */
function sectionMarkdown(section: Section, privacy: NotePrivacy): string {
  const blocks: string[] = [];
  // The section's own blocks, not the whole note's: a note of thousands of sections stays linear.
  for (const node of section.nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (!privacy.visible(start) || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') continue;
    if (node.type === 'heading') {
      blocks.push(`${'#'.repeat(Math.min(6, 2 + node.depth - section.depth))} ${headingWords(node, privacy)}`);
      continue;
    }
    // Written with the note's line endings; the recap's are LFs.
    blocks.push(withLfEnds(privacy.visibleText(start, end)));
  }
  return blocks.join('\n\n').trim();
}

/** A heading's words as the client may see them: inline Markdown, on one line. */
function headingWords(heading: Heading, privacy: NotePrivacy): string {
  const first = heading.children[0]?.position?.start.offset;
  const last = heading.children[heading.children.length - 1]?.position?.end.offset;
  return first !== undefined && last !== undefined ? oneLine(privacy.visibleText(first, last)) : '';
}
