import { markStepDone } from '../edit/stepEdits';
import type { OpenedNote } from '../note/openNote';
import type { TextEdit } from '../base/types';
import { mergedStepsOf } from './steps';

/**
 * The edits marking a step done on `day` in every place it is written (`done: DAY` in the
 * frontmatter, `[x]` and `✅ DAY` on the list item), found by its key in the note as it is
 * now. Undefined when the note no longer has that step open, or a place cannot be marked.
 * The edits' offsets count in the text the note was opened from.
 */
export function markStepDoneEdits(opened: OpenedNote, key: string, day: string): TextEdit[] | undefined {
  const note = opened.note;
  const step = mergedStepsOf(note).find((candidate) => candidate.key === key);
  if (!step || step.done) return undefined;
  const edits: TextEdit[] = [];
  for (const place of step.places) {
    const placeEdits = markStepDone(note, place, day);
    if (!placeEdits) return undefined;
    edits.push(...placeEdits.map((edit) => ({ ...edit, start: edit.start + opened.bomLength, end: edit.end + opened.bomLength })));
  }
  return edits;
}
