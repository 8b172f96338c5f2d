import { normalizeHeading } from '../base/text';
import { nextStepsOf, withoutNotation, type NextStep } from '../note/nextSteps';
import type { Note } from '../note/parseNote';

/** A next step of a note, once, with every place it is written. */
export interface MergedStep {
  /** The step's words without its owner and date notation, on one line. */
  what: string;
  /** What tells the step apart from the note's other steps, whatever its notation: its words, normalised. */
  key: string;
  owner: string | undefined;
  due: string | undefined;
  done: boolean;
  /** The frontmatter entry and the list item, when the step is written in both; the first is where it is shown. */
  places: NextStep[];
}

/**
 * The note model's next steps, the same step in the frontmatter and the body merged into
 * one, as the recap merges them (`summary/model.ts`): by their words, the first owner
 * and date written, done when either place says so. The one place the digest merges, to
 * switch to the note model's own merge when it has one.
 */
export function mergedStepsOf(note: Note): MergedStep[] {
  const merged: MergedStep[] = [];
  const byKey = new Map<string, MergedStep>();
  for (const step of nextStepsOf(note)) {
    const what = (step.source === 'list' ? withoutNotation(step.what) || step.what : step.what).replace(/\s+/g, ' ').trim();
    const key = normalizeHeading(what);
    if (!key) continue;
    const earlier = byKey.get(key);
    if (earlier) {
      earlier.owner ??= step.owner;
      earlier.due ??= step.due;
      earlier.done ||= step.done;
      earlier.places.push(step);
      continue;
    }
    const entry: MergedStep = { what, key, owner: step.owner, due: step.due, done: step.done, places: [step] };
    byKey.set(key, entry);
    merged.push(entry);
  }
  return merged;
}
