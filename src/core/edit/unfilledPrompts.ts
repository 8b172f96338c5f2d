import type { TextEdit } from '../base/types';
import type { Prompt } from '../note/placeholders';

// What is left of a line whose prompts are taken out, when it held nothing else: a quote or
// list marker and a checkbox, then table pipes, dashes, emphasis and a label of up to
// three words. (Each part starts where the one before cannot go on: no backtracking.)
const LINE_OPENING = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?)?/;
const NOTHING_BUT_FRAMING = /^[\s|:*_#–—-]*(?:\p{L}+(?: \p{L}+){0,2}:[\s*_]*)?$/u;
// A label whose value was the prompt, inside brackets or at the end of the line: `owner: {{Who}}`.
const EMPTY_LABEL = /(?<![\p{L}_])[\p{L}_]+:[ \t]*(?=[,;)\]]|$)/gu;
// What only framed a prompt, left at the end of the line.
const TRAILING_FRAMING = new Set([' ', '\t', ',', ';', ':', '–', '—', '-']);

/** The prompts a removal takes out: all but the places held inside the writer's sentences (`XXX € HT`), which only what goes there can fill. */
export function removablePrompts(prompts: readonly Prompt[]): Prompt[] {
  return prompts.filter((prompt) => !prompt.inSentence);
}

/**
 * Edits that take unfilled template prompts out of a note's text. A line left with nothing
 * but them (and a list marker, a checkbox, table pipes, a label) goes whole; on a line the
 * freelancer wrote on, only the prompts go, with what only framed them (`owner: {{Who}}`,
 * brackets left empty), and every word of theirs stays. Each line is one edit, so that its
 * line ending is kept. The callers choose the prompts, `removablePrompts` of those found, as
 * they also count them for the user.
 */
export function promptRemovalEdits(text: string, prompts: readonly Prompt[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const line of promptLines(text, prompts)) {
    let rest = '';
    let last = line.start;
    for (const prompt of line.prompts) {
      rest += text.slice(last, prompt.start);
      last = prompt.end;
    }
    rest += text.slice(last, line.end);
    const indent = /^[ \t]*/.exec(rest)?.[0] ?? '';
    const cleaned = rest
      .slice(indent.length)
      .replace(/[ \t]+/g, ' ')
      .replace(EMPTY_LABEL, '')
      .replace(/\( ?[,;] ?/g, '(')
      .replace(/ ?[,;] ?\)/g, ')')
      .replace(/ ?\( ?\)/g, '')
      .replace(/ {2,}/g, ' ');
    let end = cleaned.length;
    while (end > 0 && TRAILING_FRAMING.has(cleaned[end - 1])) end -= 1;
    const kept = indent + cleaned.slice(0, end);
    if (NOTHING_BUT_FRAMING.test(kept.slice(LINE_OPENING.exec(kept)?.[0].length ?? 0))) {
      edits.push({ start: line.start, end: line.next, text: '' });
      continue;
    }
    edits.push({ start: line.start, end: line.end, text: kept });
  }
  return edits;
}

const LINE_BREAK = /[\r\n]/g;

interface PromptLine {
  start: number;
  /** Where the line's text ends, before its line break. */
  end: number;
  /** Where the next line starts: the end of the line break. */
  next: number;
  prompts: Prompt[];
}

/** The lines holding prompts, each with its prompts in order. */
function promptLines(text: string, prompts: readonly Prompt[]): PromptLine[] {
  const lines: PromptLine[] = [];
  for (const prompt of [...prompts].sort((a, b) => a.start - b.start)) {
    const current = lines.at(-1);
    if (current && prompt.start < current.end) {
      current.prompts.push(prompt);
      continue;
    }
    // Back to the line's start only (lastIndexOf('\r') in an LF note would go back to the note's start, for every line).
    let start = prompt.start;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start -= 1;
    LINE_BREAK.lastIndex = prompt.end;
    const end = LINE_BREAK.exec(text)?.index ?? text.length;
    const next = text.startsWith('\r\n', end) ? end + 2 : Math.min(end + 1, text.length);
    lines.push({ start, end, next, prompts: [prompt] });
  }
  return lines;
}
