import type { Paragraph } from 'mdast';

// A label: a line that names what follows it instead of being a heading, as notes pasted
// from Word, OneNote, a phone or a notetaker write them: `**Key facts:**`, `What happened:`,
// `NEXT STEPS`, `**Jess Kowalski**`. One reading serves the sections (a label that names a
// known section is that section's heading, `parseNote.ts`), privacy (a label that reads
// private hides what follows it) and the steps (a label that names a person owns the steps
// under it, `nextSteps.ts`).

/** A plain label's length at most: a name or a few words, not a sentence that ends in a colon. */
const LABEL_LENGTH = 60;

const EMPHASISED = /^(\*\*|__|\*|_)([^*_\r\n]{1,60}?)[ \t]*(:?)\1[ \t]*(:?)$/u;
/** The words of a line ending in a colon, when they hold no markup and no other colon: `What happened`. */
const PLAIN_WORDS = /^[^:*_|#>`[\]\r\n]+$/u;
/** Capitals, two letters at least, no lower case but in a closing remark: `NEXT STEPS`, `WHAT HAPPENED:`, `MEDIA LOG (for the invoice)`. */
const CAPITALS = /^(?=\p{Lu}[\p{Lu}\p{N} &'’/+-]*\p{Lu})([\p{Lu}\p{N} &'’/+-]+?)[ \t]*(?:\([^()\r\n]*\))?[ \t]*:?$/u;

/** Whether `text` from `first` to `end` may be a label, in a glance at its ends: a colon last, emphasis first, or two capitals first. */
export function mayBeLabel(text: string, first: number, end: number): boolean {
  let last = end - 1;
  while (last > first && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  if (last <= first) return false;
  const opening = text.charCodeAt(first);
  const isCapital = (code: number) => code >= 65 && code <= 90;
  return text.charCodeAt(last) === 58 /* : */ || opening === 42 /* * */ || opening === 95 /* _ */ || (isCapital(opening) && isCapital(text.charCodeAt(first + 1)));
}

/**
 * The words of a line that is a label, without its markup and colon: a line all strong
 * or emphasised (`**Key facts:**`, `**Jess**`), a short line ending in a colon (`What
 * happened:`), a line in capitals (`NEXT STEPS`), a page link (`[[Kiprop Langat]]`), or a task list's name after its key
 * (`To-do list: **Warrant**`).
 * Undefined for anything else.
 */
export function lineLabel(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > LABEL_LENGTH + 4) return undefined;
  const emphasised = EMPHASISED.exec(text);
  if (emphasised) return withoutColon(emphasised[2].trim()) || undefined;
  const listName = LIST_NAME.exec(text);
  if (listName) return (listName[2] ?? listName[3]).trim() || undefined;
  if (text.endsWith(':') && PLAIN_WORDS.test(text.slice(0, -1))) return text.slice(0, -1).trim() || undefined;
  const capitals = CAPITALS.exec(text);
  // `TODO` alone is what a writer leaves to write, not a label for the steps (`TODO:` with its colon is one).
  if (capitals) return capitals[0] === 'TODO' ? undefined : capitals[1].trim();
  return PAGE_LINK.exec(text)?.[1].trim() || undefined;
}

/**
 * A task list's name after its key, as a task tool pastes the list over its to-dos: `To-do list: **Warrant – 118 Pilrig St**`
 * (Basecamp), `List: Doing` (Trello), `Bucket: Design` (Planner), `Section: Launch` (Asana).
 */
const LIST_NAME = /^(?:to[ -]?do[ -]list|list|bucket|section)[ \t]*:[ \t]*(?:(\*\*|__)([^*_\r\n]{1,60})\1|([^*_:|#>`[\]\r\n]{1,60}))$/iu;

/** A line that is only a page link, as Logseq and Obsidian name a person: `[[Kiprop Langat]]`, `[[Wanjiru]]:`. */
const PAGE_LINK = /^\[\[([^[\]|\r\n]{1,60})\]\]:?$/u;

function withoutColon(words: string): string {
  return words.endsWith(':') ? words.slice(0, -1).trimEnd() : words;
}

/** A strong label with a colon that runs into the paragraph's words: `**Facts:** the painter sprayed…`. */
const RUN_IN = /^(\*\*|__)([^*_\r\n:]{1,60}?)[ \t]*(?::\1|\1[ \t]*:)[ \t]+(?=\S)/u;

/** A paragraph's label: its words, where the label is written, and whether it is the whole paragraph. */
export interface ParagraphLabel {
  text: string;
  start: number;
  end: number;
  whole: boolean;
}

/**
 * The label a paragraph starts with: its first line when that line is a label (`What
 * happened:`), or a strong label with a colon that runs into its words (`**Facts:** the
 * painter sprayed…`).
 */
export function paragraphLabel(paragraph: Paragraph, source: string): ParagraphLabel | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const newline = source.indexOf('\n', start);
  const lineEnd = newline === -1 || newline > end ? end : source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  const found = labelAtLineStart(source.slice(start, Math.min(lineEnd, start + LABEL_LENGTH + 12)), lineEnd - start);
  return found && { text: found.text, start, end: start + found.length, whole: start + found.length === end };
}

/**
 * The label a line starts with, and how much of the line it takes: the whole line (`What
 * happened:`), or a strong label run into the line's words (`**Facts:** the painter…`).
 * `length` is the line's whole length when `line` is cut short.
 */
export function labelAtLineStart(line: string, length = line.length): { text: string; length: number } | undefined {
  const whole = length <= LABEL_LENGTH + 8 ? lineLabel(line) : undefined;
  if (whole !== undefined) return { text: whole, length };
  const runIn = RUN_IN.exec(line);
  return runIn ? { text: runIn[2].trim(), length: runIn[0].length } : undefined;
}
