import { normalizeHeading } from '../base/headings';
import { readableEntries } from '../note/frontmatter';
import { agreedStepsOf, visibleStepWords, type NextStep } from '../note/nextSteps';
import { learnSelfNames, notePeople, sideOf, type SelfSettings, type Side } from '../note/owners';
import type { Note } from '../note/parseNote';
import type { NotePrivacy } from '../note/privacy';

/** A next step of a note, once, with every place it is written. */
export interface MergedStep {
  /** The step's words without its owner and date notation, on one line. */
  what: string;
  /** What tells the step apart from the note's other steps, whatever its notation: its words, normalised. */
  key: string;
  owner: string | undefined;
  /** Who the owner is (`note/owners.ts`): mine, the client's side, someone named, both, unclear. */
  side: Side | undefined;
  due: string | undefined;
  done: boolean;
  /** The day it was done, when a place says it (`note/nextSteps.ts`). */
  doneOn: string | undefined;
  /** The frontmatter entry and the list item, when the step is written in both; the first is where it is shown. */
  places: NextStep[];
}

/**
 * The note model's next steps as one record each (`agreedStepsOf` decides which places
 * are the same step): the first owner and date written, done when either place says so.
 * Given the note's privacy, a step written only in private places is left out, and the
 * words shown are those the client may read (a comment in a step is not among them);
 * the key, which Mark Done finds the step by, is made from the words as written.
 */
export function mergedStepsOf(note: Note, self: SelfSettings = {}, privacy?: NotePrivacy): MergedStep[] {
  const steps = agreedStepsOf(note);
  const people = notePeople(readableEntries(note.frontmatter), self, note.language);
  learnSelfNames(steps.map((places) => places.map((place) => place.owner)), people);
  return steps.flatMap((places) => {
    const written = places[0].what.replace(/\s+/g, ' ').trim();
    const key = normalizeHeading(written);
    if (!key) return [];
    const what = privacy ? places.map((place) => visibleStepWords(place, privacy)).find((words) => words !== undefined) : written;
    if (what === undefined) return [];
    const owner = places.find((place) => place.owner !== undefined)?.owner;
    return [
      {
        what,
        key,
        owner,
        side: sideOf(owner, people),
        due: places.find((place) => place.due !== undefined)?.due,
        done: places.some((place) => place.done),
        doneOn: places.find((place) => place.doneOn !== undefined)?.doneOn,
        places,
      },
    ];
  });
}
