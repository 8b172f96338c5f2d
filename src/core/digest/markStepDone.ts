import { markStepDone } from '../edit/stepEdits';
import type { RequiredSection } from '../note/sections';
import { parseNote } from '../note/parseNote';
import type { TextEdit } from '../base/types';
import { mergedStepsOf } from './steps';

/**
 * The edits marking a step done on `day` in every place it is written (`done: DAY` in the
 * frontmatter, `[x]` and `✅ DAY` on the list item), found by its key in the note as it is
 * now. Undefined when the note no longer has that step open, or a place cannot be marked.
 * `text` is the note without a BOM, as an editor holds it.
 */
export function markStepDoneEdits(text: string, key: string, requiredSections: readonly RequiredSection[], day: string): TextEdit[] | undefined {
  const note = parseNote(text, requiredSections);
  const step = mergedStepsOf(note).find((candidate) => candidate.key === key);
  if (!step || step.done) return undefined;
  const edits: TextEdit[] = [];
  for (const place of step.places) {
    const placeEdits = markStepDone(note, place, day);
    if (!placeEdits) return undefined;
    edits.push(...placeEdits);
  }
  return edits;
}
