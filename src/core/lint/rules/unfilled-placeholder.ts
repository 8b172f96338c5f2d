import { promptsExpected, templatePrompts, type Prompt } from '../../note/placeholders';
import { codeRanges } from '../../note/clientProse';
import type { Note, Section } from '../../note/parseNote';
import type { Rule } from '../rule';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description:
    'Template prompts such as `{{What happened}}` left in the note: one info per section until the conversation, a finding per prompt after it.',
  defaultSeverity: 'warning',
  fixable: false,
  readsToday: true,
  check({ note, today, report }) {
    // `{{first_name}}` quoted in code is a mail-merge field or a template being discussed:
    // content, not a gap left by the note's own template.
    const code = codeRanges(note);
    const prompts = templatePrompts(note.text).filter((prompt) => !code.some((range) => prompt.start >= range.start && prompt.start < range.end));
    if (!promptsExpected(note, today)) {
      for (const prompt of prompts) {
        report({ message: `Placeholder ${prompt.text} is still in the note: replace it or remove it.`, start: prompt.start, end: prompt.end });
      }
      return;
    }
    // One quiet reminder per part of the note while prompts are expected, so that a note
    // just made from a template is not a wall of warnings hiding what matters.
    for (const [part, group] of groupByPart(note, prompts)) {
      const first = group[0];
      const where = part === 'frontmatter' ? 'The frontmatter' : part === 'preamble' ? 'The note' : `Section "${part.title}"`;
      const more = group.length > 1 ? ` (and ${group.length - 1} more)` : '';
      report({
        message: `${where} still holds the template prompt ${first.text}${more}: fill it in or remove it.`,
        start: first.start,
        end: first.end,
        atMost: 'info',
      });
    }
  },
};

/** Prompts by the part of the note they are in: the frontmatter, the text before the first heading, or a section (the nearest heading above). */
function groupByPart(note: Note, prompts: readonly Prompt[]): Map<Section | 'frontmatter' | 'preamble', Prompt[]> {
  const groups = new Map<Section | 'frontmatter' | 'preamble', Prompt[]>();
  for (const prompt of prompts) {
    const section = [...note.sections].reverse().find((candidate) => candidate.headingStart <= prompt.start);
    const part = note.frontmatter && prompt.start < note.frontmatter.end ? 'frontmatter' : (section ?? 'preamble');
    groups.set(part, [...(groups.get(part) ?? []), prompt]);
  }
  return groups;
}
