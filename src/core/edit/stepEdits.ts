import type { Note } from '../note/parseNote';
import type { NextStep } from '../note/nextSteps';
import type { TextEdit } from '../base/types';
import { YamlEditor } from './yamlEdit';

// The edits of a next step, in the notation it is written in, from the plain data the note
// model reads (`NextStep.anchor`): the one home for adding an owner or a date to a step
// and for marking it done, used by the lint fixes and Mark done.

/** Adds `key: value` pairs (owner, due) to a step; undefined where its notation has no place for them. */
export function addStepFields(note: Note, step: NextStep, pairs: ReadonlyArray<readonly [string, string]>): TextEdit[] | undefined {
  const anchor = step.anchor;
  switch (anchor.kind) {
    case 'frontmatter':
      return yamlEditor(note)?.setKeys(['next_steps', anchor.index], pairs);
    case 'list': {
      const fields = pairs.map(([key, value]) => `${key}: ${value}`).join(', ');
      // Next to a closing `(owner: me)` the new field joins it rather than opening a second pair of brackets.
      if (anchor.closingFields) return [{ start: anchor.lineEnd - 1, end: anchor.lineEnd - 1, text: `, ${fields}` }];
      return [{ start: anchor.lineEnd, end: anchor.lineEnd, text: ` (${fields})` }];
    }
    case 'table': {
      // A value goes into its empty cell; a table without the column is left for the freelancer to reshape.
      const edits: TextEdit[] = [];
      for (const [key, value] of pairs) {
        const [cell, written] = key === 'owner' ? [anchor.ownerCell, anchor.ownerText] : [anchor.dueCell, anchor.dueText];
        if (!cell || written.length > 0) return undefined;
        edits.push({ start: cell.start, end: cell.end, text: ` ${value} ` });
      }
      return edits;
    }
  }
}

/**
 * Marks a step done on `day` (YYYY-MM-DD), recording the day as Obsidian Tasks does:
 * `done: 2026-12-03` in the frontmatter; `[x]` and a closing `✅ 2026-12-03` on a list
 * item; `✅ 2026-12-03` in a table's Done cell. Undefined where there is no place for it
 * (a paragraph item without a marker, a table without a Done column).
 */
export function markStepDone(note: Note, step: NextStep, day: string): TextEdit[] | undefined {
  const anchor = step.anchor;
  switch (anchor.kind) {
    case 'frontmatter':
      return yamlEditor(note)?.setKeys(['next_steps', anchor.index], [['done', day]]);
    case 'list': {
      if (anchor.markerEnd === undefined) return undefined;
      // A box drawn as a glyph (`☐`, as OneNote pastes it) is ticked in the same way: `☑`.
      const box = anchor.taskBox
        ? { start: anchor.taskBox.start, end: anchor.taskBox.end, text: note.text.startsWith('[', anchor.taskBox.start) ? '[x]' : '☑' }
        : { start: anchor.markerEnd, end: anchor.markerEnd, text: '[x] ' };
      return [box, { start: anchor.lineEnd, end: anchor.lineEnd, text: ` ✅ ${day}` }];
    }
    case 'table':
      return anchor.doneCell ? [{ start: anchor.doneCell.start, end: anchor.doneCell.end, text: ` ✅ ${day} ` }] : undefined;
  }
}

function yamlEditor(note: Note): YamlEditor | undefined {
  const frontmatter = note.frontmatter;
  return frontmatter?.document ? new YamlEditor(note.text, frontmatter.contentStart, frontmatter.document) : undefined;
}
