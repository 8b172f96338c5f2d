import type { RequiredSection } from '../note/sections';
import { parseNote } from '../note/parseNote';
import type { TextEdit } from '../base/types';
import { mergedStepsOf } from './steps';

/**
 * The edits marking a step done in every place it is written (`done: true` in the
 * frontmatter, `[x]` on the list item), found by its key in the note as it is now.
 * Undefined when the note no longer has that step open, or a place cannot be marked.
 * `text` is the note without a BOM, as an editor holds it.
 */
export function markStepDoneEdits(text: string, key: string, requiredSections: readonly RequiredSection[]): TextEdit[] | undefined {
  const step = mergedStepsOf(parseNote(text, requiredSections)).find((candidate) => candidate.key === key);
  if (!step || step.done) return undefined;
  const edits: TextEdit[] = [];
  for (const place of step.places) {
    const placeEdits = place.markDone();
    if (!placeEdits) return undefined;
    edits.push(...placeEdits);
  }
  return edits;
}
