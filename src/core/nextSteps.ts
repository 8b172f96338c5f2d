import type { ListItem } from 'mdast';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { locate } from './frontmatter';
import { listItemsOf, type Note } from './note';
import type { TextEdit } from './types';

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

const TASK_MARKER = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)(\[([ xX])\][ \t]?)?/;
const OWNER = /\bowner:\s*([^,;()[\]\n]+?)\s*(?=[,;)\]]|$)/im;
const OWNER_MENTION = /(?:^|[\s(])@([\p{L}\p{N}_.-]*[\p{L}\p{N}_])/u;
const DUE = /\b(?:due:\s*|by\s+)(\d{4}-\d{2}-\d{2})\b/i;

export function nextStepsOf(note: Note): NextStep[] {
  return [...frontmatterSteps(note), ...listSteps(note)];
}

function frontmatterSteps(note: Note): NextStep[] {
  const frontmatter = note.frontmatter;
  const steps = frontmatter?.data?.next_steps;
  if (!frontmatter || !Array.isArray(steps)) return [];
  const result: NextStep[] = [];
  steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object' || Array.isArray(step)) return;
    const fields = step as Record<string, unknown>;
    const item = locate(frontmatter, ['next_steps', index]);
    const what = locate(frontmatter, ['next_steps', index, 'what']);
    const due = locate(frontmatter, ['next_steps', index, 'due']);
    const start = what.valueStart ?? item.valueStart ?? frontmatter.start;
    const end = what.valueEnd ?? item.valueEnd ?? start + 3;
    const map = item.node && isMap(item.node) ? (item.node as YAMLMap) : undefined;
    result.push({
      source: 'frontmatter',
      what: typeof fields.what === 'string' ? fields.what : '',
      owner: textValue(fields.owner),
      due: textValue(fields.due),
      done: fields.done === true || (typeof fields.done === 'string' && fields.done.length > 0),
      start,
      end,
      dueRange: due.valueStart !== undefined && due.valueEnd !== undefined ? { start: due.valueStart, end: due.valueEnd } : undefined,
      addFields: (pairs) => (map ? addPairs(note, map, pairs) : undefined),
      markDone: () => {
        const done = locate(frontmatter, ['next_steps', index, 'done']);
        if (done.valueStart !== undefined && done.valueEnd !== undefined && done.keyStart !== undefined) {
          return [{ start: done.valueStart, end: done.valueEnd, text: 'true' }];
        }
        return map ? addPairs(note, map, [['done', 'true']]) : undefined;
      },
    });
  });
  return result;
}

function textValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text.length > 0 ? text : undefined;
}

/** New `key: value` lines after the last pair of a block mapping, at its indentation. */
function addPairs(note: Note, map: YAMLMap, pairs: ReadonlyArray<readonly [string, string]>): TextEdit[] | undefined {
  const shift = note.frontmatter!.contentStart;
  if (map.flow) {
    const closing = map.range ? shift + map.range[1] - 1 : undefined;
    if (closing === undefined || note.text[closing] !== '}') return undefined;
    return [{ start: closing, end: closing, text: pairs.map(([key, value]) => `, ${key}: ${value}`).join('') }];
  }
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  if (!first || !last || !isScalar(first.key) || !first.key.range) return undefined;
  const indent = note.lines.positionAt(shift + first.key.range[0]).column;
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] } | null;
  if (!lastNode?.range) return undefined;
  const insertAt = shift + lastNode.range[1];
  const text = pairs.map(([key, value]) => `${note.eol}${' '.repeat(indent)}${key}: ${value}`).join('');
  return [{ start: insertAt, end: insertAt, text }];
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
    addFields: (pairs) => [
      { start: lineEnd, end: lineEnd, text: ` (${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')})` },
    ],
    markDone: () => {
      if (!marker) return undefined;
      const bulletEnd = itemStart + marker[1].length;
      if (marker[2]) return [{ start: bulletEnd, end: bulletEnd + 3, text: '[x]' }];
      return [{ start: bulletEnd, end: bulletEnd, text: '[x] ' }];
    },
  };
}

/** The step's words, cut to fit a message. */
export function stepLabel(step: NextStep): string {
  const line = step.what.split(/\r?\n/)[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
