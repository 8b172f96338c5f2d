import { promptRemovalEdits, removablePrompts } from '../../edit/unfilledPrompts';
import { promptsExpected, unfilledPrompts, type Prompt } from '../../note/placeholders';
import type { Note, Section } from '../../note/parseNote';
import { agreedStepsOf } from '../../note/nextSteps';
import type { Rule } from '../rule';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description:
    'Template prompts such as `{{What happened}}` left in the note: one finding per section, an info until the conversation, with a fix that removes them after it.',
  defaultSeverity: 'warning',
  fixable: true,
  readsToday: true,
  check({ note, today, say, report }) {
    const expected = promptsExpected(note, today);
    // One finding per part of the note, so that a note made from a template is not a wall
    // of warnings hiding what matters: an info while the prompts are its to-do list, the
    // configured severity once the conversation is over, with a fix that clears them.
    const steps = agreedStepsOf(note).flat();
    // `Re-cut the trailer [tbd] 2026-11-28`: a bracket a step reads as its owner is that step's unclear owner, which
    // next-step-incomplete reports; one cause, one finding.
    const ownerOfAStep = (prompt: Prompt) =>
      steps.some((step) => step.anchor.kind === 'list' && step.owner !== undefined && step.start <= prompt.start && prompt.end <= step.anchor.lineEnd && prompt.text.slice(1, -1).trim() === step.owner);
    for (const [part, group] of groupByPart(note, unfilledPrompts(note).filter((prompt) => !ownerOfAStep(prompt)))) {
      const first = group[0];
      const where = part === 'frontmatter' ? 'frontmatter' : part === 'preamble' ? 'note' : 'section';
      const more = group.length > 1 ? 'More' : '';
      const section = typeof part === 'object' ? part.title : '';
      // The frontmatter's prompts stand for values the note needs (a client, a date), and places held in a sentence (`XXX € HT`): they are filled, not removed.
      const removed = !expected && part !== 'frontmatter' ? removablePrompts(group) : [];
      report({
        message: say(`unfilled-placeholder.${where}${more}`, { section, prompt: first.text, more: group.length - 1 }),
        start: first.start,
        end: first.end,
        ...(expected ? { atMost: 'info' as const } : {}),
        ...(removed.length > 0
          ? { fix: { title: removed.length > 1 ? say('unfilled-placeholder.removeAll', { count: removed.length }) : say('unfilled-placeholder.removeOne', { prompt: removed[0].text }), edits: promptRemovalEdits(note.text, removed), safe: false } }
          : {}),
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
