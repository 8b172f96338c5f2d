import { longDate, shortDate } from './dates';
import { escapeLineStart, escapeMarkdown, inlineToPlain } from './inline';
import type { RecapModel, RecapStep } from './model';

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
  const blocks: Block[] = [{ kind: 'paragraph', text: greeting(model) }, { kind: 'paragraph', text: thanks(model) }];
  for (const section of model.sections) {
    blocks.push({ kind: 'heading', text: escapeMarkdown(section.title) }, { kind: 'markdown', source: section.markdown });
  }
  if (model.agreements.length > 0) {
    blocks.push({ kind: 'heading', text: 'What we agreed' }, { kind: 'list', items: model.agreements.map(sentence) });
  }
  if (model.nextSteps.length > 0) {
    blocks.push({ kind: 'heading', text: 'Next steps' }, { kind: 'list', items: model.nextSteps.map((step) => stepSentence(step, model)) });
  }
  if (model.boundaries.length > 0) {
    blocks.push({ kind: 'heading', text: 'To keep things clear' }, { kind: 'list', items: model.boundaries.map(sentence) });
  }
  blocks.push({ kind: 'paragraph', text: 'If anything here does not match your understanding, please let me know and I will correct it.' });
  blocks.push({ kind: 'lines', lines: closingLines(model.signature) });
  return blocks;
}

function greeting(model: RecapModel): string {
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
  return `Thank you for ${what}${when}. Here is a short summary of what we discussed, so that we both have the same record.`;
}

/** A list item as a sentence: capitalised, ending with a full stop unless it has its own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const ended = /[.!?…:]["'’”)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return escapeLineStart(ended.charAt(0).toUpperCase() + ended.slice(1));
}

const ME = new Set(['me', 'i', 'myself']);
const CLIENT = new Set(['client', 'the client']);

/** "I will …" for `me`, the client's name for `client`, the person otherwise, with the day written out. */
export function stepSentence(step: RecapStep, model: RecapModel): string {
  // From the start of the run only: a match free to start anywhere in it backtracks quadratically.
  const what = step.what.trim().replace(/(?<![.;,:])[.;,:]+$/, '');
  const owner = step.owner?.trim();
  const ownerKey = owner?.toLowerCase();
  let text: string;
  if (ownerKey && ME.has(ownerKey)) {
    text = /^I(?:\s|’|')/.test(what) ? what : `I will ${lowerFirst(what)}`;
  } else if (ownerKey && CLIENT.has(ownerKey)) {
    text = `${model.client ? escapeMarkdown(model.client) : 'You'} will ${lowerFirst(what)}`;
  } else if (owner) {
    text = `${escapeMarkdown(owner)} will ${lowerFirst(what)}`;
  } else {
    text = what.charAt(0).toUpperCase() + what.slice(1);
  }
  if (step.due) text += ` by ${escapeMarkdown(longDate(step.due))}`;
  if (step.done) text += ' (already done)';
  return escapeLineStart(`${text}.`);
}

/** `Send the timeline` → `send the timeline`, but `API keys` and `Jane's draft` stay. */
function lowerFirst(text: string): string {
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(text);
  if (!first || /^\p{Lu}\p{Ll}+['’]s\b/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The configured signature under a closing line. A signature whose first line ends with a
 * comma ("Kind regards,") is its own closing; otherwise "Best regards," comes first.
 */
function closingLines(signature: string): string[] {
  if (signature.trim().length === 0) return [DEFAULT_CLOSING];
  const lines = signature.trim().split('\n').map((line) => line.trimEnd());
  return /,\s*$/.test(lines[0]) ? lines : [DEFAULT_CLOSING, ...lines];
}
