import { longDate, shortDate } from './dates';
import { fill } from '../lang/fill';
import type { LanguagePack, RecapWords } from '../lang/pack';
import { ENGLISH, packFor } from '../lang/packs';
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

/** The language the recap and a reminder are written in: the note's. */
export function languageOf(model: RecapModel): LanguagePack {
  return packFor(model.language) ?? ENGLISH;
}

/** A subject's words, with and without the conversation's day: the recap's, or a reminder's. */
type SubjectWords = Pick<RecapWords, 'subject' | 'subjectDated'>;
const recapSubject = (language: LanguagePack): SubjectWords => language.recap;

/** `Follow-up: {topic} ({date})`, as plain text. */
export function subjectOf(model: RecapModel, wordsOf: (language: LanguagePack) => SubjectWords = recapSubject): string {
  const language = languageOf(model);
  const words = wordsOf(language);
  const topic = inlineToPlain(model.topic);
  return model.date ? fill(words.subjectDated, { topic, date: shortDate(model.date, language) }) : fill(words.subject, { topic });
}

/** The subject as inline Markdown, for the Markdown title. */
export function markdownSubjectOf(model: RecapModel, wordsOf: (language: LanguagePack) => SubjectWords = recapSubject): string {
  const language = languageOf(model);
  const words = wordsOf(language);
  return model.date
    ? // A day the pack writes out holds no Markdown; escaped alone, `1. Dezember` would read as a list's `1\.`.
      fill(words.subjectDated, { topic: model.topic, date: isRealDate(model.date) ? shortDate(model.date, language) : escapeMarkdown(model.date) })
    : fill(words.subject, { topic: model.topic });
}

export function composeBody(model: RecapModel): Block[] {
  const language = languageOf(model);
  const words = language.recap;
  const blocks: Block[] = [{ kind: 'paragraph', text: greeting(model, language) }, { kind: 'paragraph', text: `${thanks(model, language)} ${escapeMarkdown(oneLine(model.tone.opening))}` }];
  for (const section of model.sections) {
    blocks.push({ kind: 'heading', text: escapeMarkdown(section.title) }, { kind: 'markdown', source: section.markdown });
  }
  if (model.agreements.length > 0) {
    blocks.push({ kind: 'heading', text: words.agreed }, { kind: 'list', items: model.agreements.map(sentence) });
  }
  for (const group of stepGroups(model.nextSteps, language)) blocks.push({ kind: 'heading', text: group.title }, { kind: 'list', items: group.items });
  if (model.boundaries.length > 0) {
    blocks.push({ kind: 'heading', text: words.boundaries }, { kind: 'list', items: model.boundaries.map(sentence) });
  }
  blocks.push({ kind: 'paragraph', text: escapeMarkdown(oneLine(model.tone.closing)) });
  blocks.push({ kind: 'lines', lines: closingLines(model.signature, model.senderName, words.closing) });
  return blocks;
}

/** `Hi Jane,`, `Hi Jane and Sam,`, or `Hello,` when no contact has a first name, in `language`: how the recap and a reminder open. */
export function greeting(model: RecapModel, language: LanguagePack = languageOf(model)): string {
  const names = [...new Set(model.contacts.map((contact) => contact.firstName).filter(Boolean))].map(escapeMarkdown);
  if (names.length === 0) return language.recap.hello;
  const joined = names.length === 1 ? names[0] : fill(language.recap.and, { first: names.slice(0, -1).join(', '), second: names[names.length - 1] });
  return fill(language.recap.hi, { names: joined });
}

const CHANNELS = new Set(['in-person', 'video-call', 'phone', 'email', 'chat']);

function thanks(model: RecapModel, language: LanguagePack): string {
  const { channels } = language.recap;
  const what = model.channel && CHANNELS.has(model.channel) ? channels[model.channel as keyof typeof channels] : channels.other;
  return model.date ? fill(language.recap.thanksDated, { what, date: escapeMarkdown(longDate(model.date, language)) }) : fill(language.recap.thanks, { what });
}

/** A list item as a sentence: capitalised, ending with a full stop unless it has its own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const ended = /[.!?…:]["'’”)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return escapeLineStart(ended.charAt(0).toUpperCase() + ended.slice(1));
}

/**
 * The next steps grouped by who does them, each written as the freelancer wrote it: the
 * user's words are never conjugated ("I will …" of arbitrary text breaks on ordinary text).
 * Steps nobody owns are "Next steps" when they are all there is.
 */
export function stepGroups(steps: readonly RecapStep[], language: LanguagePack = ENGLISH): Array<{ title: string; items: string[] }> {
  // Headings of the step groups, in the order they are written; the named others come between the reader's and both sides'.
  const titles: Record<Exclude<StepDoer, 'other'>, string> = language.recap.groups;
  const groups = new Map<string, { title: string; items: string[] }>();
  // A group keeps the title it was opened with: a name written twice is titled as first written.
  const add = (key: string, title: string, step: RecapStep) => {
    const group = groups.get(key) ?? { title, items: [] };
    group.items.push(stepItem(step, language));
    groups.set(key, group);
  };
  for (const doer of ['me', 'you'] as const) for (const step of steps.filter((candidate) => candidate.doer === doer)) add(doer, titles[doer], step);
  // Named people once each, whatever the case they are written in, under the name as first written.
  for (const step of steps.filter((candidate) => candidate.doer === 'other')) {
    const owner = step.owner ?? '';
    add(`other:${owner.toLowerCase()}`, fill(language.recap.groups.named, { owner: escapeMarkdown(owner) }), step);
  }
  for (const doer of ['we', 'unassigned'] as const) for (const step of steps.filter((candidate) => candidate.doer === doer)) add(doer, titles[doer], step);
  const all = [...groups.values()];
  if (all.length === 1 && groups.has('unassigned')) all[0].title = language.recap.groups.only;
  return all;
}

/** A step as written, with its day written out, or stated as done. */
function stepItem(step: RecapStep, language: LanguagePack): string {
  const what = tidy(step.what);
  const { recap } = language;
  if (step.done) return escapeLineStart(fill(recap.done, { step: tidy(what, TRAILING_BEFORE_MORE) }));
  const due = step.due?.trim();
  if (!due || !/[\p{L}\p{N}]/u.test(due)) return escapeLineStart(what);
  const words = tidy(what, TRAILING_BEFORE_MORE);
  return escapeLineStart(isRealDate(due) ? fill(recap.by, { step: words, date: escapeMarkdown(longDate(due, language)) }) : fill(recap.due, { step: words, due: escapeMarkdown(due) }));
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
 * comma ("Kind regards,") or is the language's closing ("Viele Grüße") is its own closing;
 * otherwise the language's closing ("Best regards,") comes first. With none configured, the
 * sender's name signs it.
 */
export function closingLines(signature: string, senderName: string, closing = ENGLISH.recap.closing): string[] {
  if (signature.trim().length === 0) return senderName ? [closing, senderName] : [closing];
  const lines = signature.trim().split('\n').map((line) => line.trimEnd());
  return /,\s*$/.test(lines[0]) || lines[0] === closing ? lines : [closing, ...lines];
}
