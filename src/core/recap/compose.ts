import { longDate, shortDate } from './dates';
import { escapeLineStart, escapeMarkdown, inlineToPlain } from './inline';
import { isRealDate } from '../base/days';
import { oneLine } from '../base/text';
import type { RecapModel, RecapStep, StepDoer } from './model';

/**
 * The recap's wording, shared by every format: a list of blocks whose text is inline
 * Markdown (plain values escaped). The Markdown renderer writes the blocks out, the text
 * renderer flattens them, so both formats say exactly the same thing.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  /** Markdown blocks taken from a body section of the note (already privacy-filtered). */
  | { kind: 'markdown'; source: string }
  /** Plain lines written as they are: the signature. */
  | { kind: 'lines'; lines: string[] };

export const DEFAULT_CLOSING = 'Best regards,';

/** `Follow-up: {topic} ({date})`, as plain text. */
export function subjectOf(model: RecapModel): string {
  const topic = inlineToPlain(model.topic);
  return model.date ? `Follow-up: ${topic} (${shortDate(model.date)})` : `Follow-up: ${topic}`;
}

/** The subject as inline Markdown, for the Markdown title. */
export function markdownSubjectOf(model: RecapModel): string {
  return model.date ? `Follow-up: ${model.topic} (${escapeMarkdown(shortDate(model.date))})` : `Follow-up: ${model.topic}`;
}

export function composeBody(model: RecapModel): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: greeting(model) }, { kind: 'paragraph', text: `${thanks(model)} ${escapeMarkdown(oneLine(model.tone.opening))}` }];
  for (const section of model.sections) {
    blocks.push({ kind: 'heading', text: escapeMarkdown(section.title) }, { kind: 'markdown', source: section.markdown });
  }
  if (model.agreements.length > 0) {
    blocks.push({ kind: 'heading', text: 'What we agreed' }, { kind: 'list', items: model.agreements.map(sentence) });
  }
  for (const group of stepGroups(model.nextSteps)) blocks.push({ kind: 'heading', text: group.title }, { kind: 'list', items: group.items });
  if (model.boundaries.length > 0) {
    blocks.push({ kind: 'heading', text: 'To keep things clear' }, { kind: 'list', items: model.boundaries.map(sentence) });
  }
  blocks.push({ kind: 'paragraph', text: escapeMarkdown(oneLine(model.tone.closing)) });
  blocks.push({ kind: 'lines', lines: closingLines(model.signature, model.senderName) });
  return blocks;
}

/** `Hi Jane,`, `Hi Jane and Sam,`, or `Hello,` when no contact has a first name: how the recap and a reminder open. */
export function greeting(model: RecapModel): string {
  const names = [...new Set(model.contacts.map((contact) => contact.firstName).filter(Boolean))].map(escapeMarkdown);
  if (names.length === 0) return 'Hello,';
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Hi ${joined},`;
}

const CHANNEL_THANKS: Record<string, string> = {
  'in-person': 'meeting with me',
  'video-call': 'the video call',
  phone: 'the call',
  email: 'your messages',
  chat: 'the chat',
};

function thanks(model: RecapModel): string {
  const what = (model.channel && CHANNEL_THANKS[model.channel]) || 'the conversation';
  const when = model.date ? ` on ${escapeMarkdown(longDate(model.date))}` : '';
  return `Thank you for ${what}${when}.`;
}

/** A list item as a sentence: capitalised, ending with a full stop unless it has its own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const ended = /[.!?…:]["'’”)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return escapeLineStart(ended.charAt(0).toUpperCase() + ended.slice(1));
}

/** Headings of the step groups, in the order they are written; the named others come between the reader's and both sides'. */
const GROUP_TITLES: Record<Exclude<StepDoer, 'other'>, string> = {
  me: 'What I will do',
  you: 'What you will do',
  we: 'What we will do',
  unassigned: 'Also agreed',
};

/**
 * The next steps grouped by who does them, each written as the freelancer wrote it: the
 * user's words are never conjugated ("I will …" of arbitrary text breaks on ordinary text).
 * Steps nobody owns are "Next steps" when they are all there is.
 */
export function stepGroups(steps: readonly RecapStep[]): Array<{ title: string; items: string[] }> {
  const groups = new Map<string, { title: string; items: string[] }>();
  // A group keeps the title it was opened with: a name written twice is titled as first written.
  const add = (key: string, title: string, step: RecapStep) => {
    const group = groups.get(key) ?? { title, items: [] };
    group.items.push(stepItem(step));
    groups.set(key, group);
  };
  for (const doer of ['me', 'you'] as const) for (const step of steps.filter((candidate) => candidate.doer === doer)) add(doer, GROUP_TITLES[doer], step);
  // Named people once each, whatever the case they are written in, under the name as first written.
  for (const step of steps.filter((candidate) => candidate.doer === 'other')) {
    const owner = step.owner ?? '';
    add(`other:${owner.toLowerCase()}`, `What ${escapeMarkdown(owner)} will do`, step);
  }
  for (const doer of ['we', 'unassigned'] as const) for (const step of steps.filter((candidate) => candidate.doer === doer)) add(doer, GROUP_TITLES[doer], step);
  const all = [...groups.values()];
  if (all.length === 1 && groups.has('unassigned')) all[0].title = 'Next steps';
  return all;
}

/** A step as written, with its day written out, or stated as done. */
function stepItem(step: RecapStep): string {
  const what = tidy(step.what);
  if (step.done) return escapeLineStart(`${tidy(what, TRAILING_BEFORE_MORE)} — done`);
  const due = step.due?.trim();
  if (!due || !/[\p{L}\p{N}]/u.test(due)) return escapeLineStart(what);
  const when = isRealDate(due) ? `by ${escapeMarkdown(longDate(due))}` : `(due ${escapeMarkdown(due)})`;
  return escapeLineStart(`${tidy(what, TRAILING_BEFORE_MORE)} ${when}`);
}

// Runs matched from their start only: a match free to start anywhere in a run backtracks quadratically.
const LEADING_PUNCTUATION = /^[\s,;:—–]+/u;
const TRAILING_PUNCTUATION = /(?<![\s,;:—–-])[\s,;:—–-]+$/u;
/** Before the date or "done" the recap adds, a full stop goes too. */
const TRAILING_BEFORE_MORE = /(?<![\s.,;:—–-])[\s.,;:—–-]+$/u;

/**
 * `, Send the timeline,` → `Send the timeline`: the commas, colons and dashes a step starts
 * or ends with would be stranded next to what the recap adds; words alone are kept as they are.
 */
function tidy(text: string, trailing = TRAILING_PUNCTUATION): string {
  const cut = text.replace(LEADING_PUNCTUATION, '').replace(trailing, '');
  return /[\p{L}\p{N}]/u.test(cut) ? cut : text.trim();
}

/**
 * The configured signature under a closing line. A signature whose first line ends with a
 * comma ("Kind regards,") is its own closing; otherwise "Best regards," comes first. With
 * none configured, the sender's name signs "Best regards,".
 */
export function closingLines(signature: string, senderName: string): string[] {
  if (signature.trim().length === 0) return senderName ? [DEFAULT_CLOSING, senderName] : [DEFAULT_CLOSING];
  const lines = signature.trim().split('\n').map((line) => line.trimEnd());
  return /,\s*$/.test(lines[0]) ? lines : [DEFAULT_CLOSING, ...lines];
}
