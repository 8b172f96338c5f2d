import type { ListItem } from 'mdast';
import { locateYamlPath } from './frontmatter';
import { listItemsOf, type Note } from './parseNote';
import type { TextEdit } from '../base/types';
import { YamlEditor } from '../edit/yamlEdit';

/** A next step, read from the frontmatter `next_steps` or a list item under Agreed next steps. */
export interface NextStep {
  source: 'frontmatter' | 'list';
  what: string;
  owner: string | undefined;
  due: string | undefined;
  done: boolean;
  /** What to underline: the `what` value or the list item's first line. */
  start: number;
  end: number;
  /** Where the due date is written, to underline it precisely. */
  dueRange: { start: number; end: number } | undefined;
  /** Adds the given `key: value` pairs to the step, in the step's own notation. */
  addFields(fields: ReadonlyArray<readonly [string, string]>): TextEdit[] | undefined;
  /** Marks the step done, in the step's own notation. */
  markDone(): TextEdit[] | undefined;
}

// An empty item is a bare marker with nothing after it, not even a space.
const TASK_MARKER = /^((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))(\[([ xX])\][ \t]?)?/;
// The name starts and ends with a non-blank and stays on its line, so that the blanks
// around it can be read one way only: a lazy name that took blanks too backtracked
// quadratically on long runs of them.
const OWNER = /\bowner:\s*([^,;()[\]\s](?:[^,;()[\]\r\n\u2028\u2029]*[^,;()[\]\s])?)\s*(?=[,;)\]]|$)/im;
const OWNER_MENTION = /(?:^|[\s(])@([\p{L}\p{N}_.-]*[\p{L}\p{N}_])/u;
const DUE = /\b(?:due:\s*|by\s+)(\d{4}-\d{2}-\d{2})\b/i;
const TRAILING_FIELDS = /\([^()]*\b(?:owner|due):[^()]*\)$/i;

export function nextStepsOf(note: Note): NextStep[] {
  return [...frontmatterSteps(note), ...listSteps(note)];
}

function frontmatterSteps(note: Note): NextStep[] {
  const frontmatter = note.frontmatter;
  const steps = frontmatter?.data?.next_steps;
  if (!frontmatter || !Array.isArray(steps)) return [];
  const yaml = frontmatter.document && new YamlEditor(note.text, frontmatter.contentStart, frontmatter.document);
  const result: NextStep[] = [];
  steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object' || Array.isArray(step)) return;
    const fields = step as Record<string, unknown>;
    const item = locateYamlPath(frontmatter, ['next_steps', index]);
    const what = locateYamlPath(frontmatter, ['next_steps', index, 'what']);
    const due = locateYamlPath(frontmatter, ['next_steps', index, 'due']);
    const start = what.valueStart ?? item.valueStart ?? frontmatter.start;
    const end = what.valueEnd ?? item.valueEnd ?? start + 3;
    result.push({
      source: 'frontmatter',
      what: typeof fields.what === 'string' ? fields.what : '',
      owner: textValue(fields.owner),
      due: textValue(fields.due),
      done: fields.done === true || (typeof fields.done === 'string' && fields.done.length > 0),
      start,
      end,
      dueRange: due.valueStart !== undefined && due.valueEnd !== undefined ? { start: due.valueStart, end: due.valueEnd } : undefined,
      addFields: (pairs) => yaml?.setKeys(['next_steps', index], pairs),
      markDone: () => yaml?.setKeys(['next_steps', index], [['done', true]]),
    });
  });
  return result;
}

function textValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text.length > 0 ? text : undefined;
}

function listSteps(note: Note): NextStep[] {
  const section = note.sections.find((candidate) => candidate.known?.key === 'nextSteps');
  if (!section) return [];
  return listItemsOf(section).flatMap((item) => {
    const step = listStep(note, item);
    return step ? [step] : [];
  });
}

function listStep(note: Note, item: ListItem): NextStep | undefined {
  const itemStart = item.position?.start.offset;
  const itemEnd = item.position?.end.offset;
  if (itemStart === undefined || itemEnd === undefined) return undefined;
  // The step's own words are its first block; nested lists are details, not new steps.
  const firstBlock = item.children[0];
  const lineEnd = firstBlock?.position?.end.offset ?? itemEnd;
  const raw = note.text.slice(itemStart, lineEnd);
  const marker = TASK_MARKER.exec(raw);
  const textStart = marker ? marker[0].length : 0;
  const words = raw.slice(textStart).trim();
  if (words.length === 0) return undefined;
  const owner = OWNER.exec(raw)?.[1] ?? OWNER_MENTION.exec(raw)?.[1];
  const due = DUE.exec(raw);
  const dueStart = due ? itemStart + due.index + due[0].length - due[1].length : undefined;
  return {
    source: 'list',
    what: words,
    owner: owner?.trim() || undefined,
    due: due?.[1],
    done: marker?.[3] === 'x' || marker?.[3] === 'X',
    start: itemStart + textStart,
    end: lineEnd,
    dueRange: dueStart !== undefined ? { start: dueStart, end: dueStart + 10 } : undefined,
    addFields: (pairs) => {
      const fields = pairs.map(([key, value]) => `${key}: ${value}`).join(', ');
      // Next to a closing `(owner: me)` the new field joins it rather than opening a second pair of brackets.
      if (TRAILING_FIELDS.test(raw)) return [{ start: lineEnd - 1, end: lineEnd - 1, text: `, ${fields}` }];
      return [{ start: lineEnd, end: lineEnd, text: ` (${fields})` }];
    },
    markDone: () => {
      if (!marker) return undefined;
      const bulletEnd = itemStart + marker[1].length;
      if (marker[2]) return [{ start: bulletEnd, end: bulletEnd + 3, text: '[x]' }];
      return [{ start: bulletEnd, end: bulletEnd, text: '[x] ' }];
    },
  };
}

/** The step's words, cut to fit a message, without a list item's owner and date notation, which would only crowd it. */
export function stepLabel(step: NextStep): string {
  const words = step.source === 'list' ? withoutNotation(step.what) || step.what : step.what;
  const line = words.split(/\r?\n/)[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/**
 * `Send the timeline (owner: me, due: 2026-11-21)` → `Send the timeline`: a list item's
 * words without its owner and date notation, for messages and the recap.
 */
export function withoutNotation(words: string): string {
  return words
    .replace(new RegExp(OWNER.source, 'gim'), '')
    .replace(new RegExp(OWNER_MENTION.source, 'gu'), (mention) => (/^[\s(]/.test(mention) ? mention[0] : ''))
    .replace(new RegExp(DUE.source, 'gi'), '')
    .replace(/[([]\s*(?:[,;]\s*)*[)\]]/g, '')
    // The trailing run of dashes, commas and blanks, matched from its start only: a match
    // free to start anywhere in a long run of blanks backtracks quadratically.
    .replace(/(?<![\s\-–—,;:])[\s\-–—,;:]+$/, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
