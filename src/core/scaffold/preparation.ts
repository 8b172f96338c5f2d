import { relativeDue, type AgendaStep, type DigestedNote } from '../digest/agenda';
import { HISTORY_SIGNALS, type SignalThresholds } from '../config/historySignals';
import { clientOverview } from '../digest/clients';
import { clientHistory, signalSentence } from '../digest/history';
import { openNote } from '../note/openNote';
import { DEFAULT_PRIVATE_SECTIONS } from '../note/privacy';
import { hasPlaceholder } from '../note/placeholders';
import type { RequiredSection } from '../note/sections';
import { escapeLineStart, escapeMarkdown } from '../recap/inline';
import { detectEol } from '../base/lines';
import { fill } from '../lang/fill';
import type { LanguagePack } from '../lang/pack';
import { ENGLISH } from '../lang/packs';
import { writtenDay } from '../lang/writtenDay';

/**
 * What a new note with a client should start from, for its Preparation section: the
 * signals of the client's history (`digest/history.ts`, by `thresholds`), what is open with that client (my steps, theirs, the recaps not sent) and the agreements and
 * boundaries of the last conversations, each with the date of its note and a relative link
 * to it, in the note's language (its pack's `preparation` words and dates). Undefined when no
 * earlier note names the client. `notes` are the digest's records
 * with `file` a `/`-separated path (or `\`, as Windows writes them) comparable to
 * `notePath`, the new note's; `today` (YYYY-MM-DD) decides what is late.
 */
export function preparationOf(
  notes: Iterable<DigestedNote>,
  client: string,
  notePath: string,
  today: string,
  thresholds: SignalThresholds = HISTORY_SIGNALS,
  language: LanguagePack = ENGLISH,
): string | undefined {
  const earlier = [...notes].filter((note) => !samePath(note.file, notePath));
  const overview = clientOverview(earlier, client, today);
  if (!overview) return undefined;
  const words = language.preparation;
  const day = (date: string) => writtenDay(date, language);
  const signals = clientHistory(earlier, client, today, thresholds)?.signals ?? [];
  const dates = new Map(overview.notes.map((note) => [note.file, note.date]));
  const link = (file: string) => {
    const date = dates.get(file);
    return `[${escapeMarkdown(date === undefined ? words.note : day(date))}](${relativeLink(notePath, file)})`;
  };
  const step = (entry: AgendaStep) =>
    `${entry.owner && entry.side !== 'me' ? `${escapeMarkdown(entry.owner)}${language.recap.colon} ` : ''}${escapeLineStart(entry.what)} — ${entry.due ? fill(words.due, { date: day(entry.due), relative: relativeDue(entry.due, today, language) }) : words.noDate}, ${link(entry.file)}`;
  const lists: Array<[string, string[]]> = [
    [words.lists.signals, signals.map((signal) => `${escapeLineStart(withoutClosingStop(signalSentence(signal.id, signal.facts, language)))}${language.recap.colon} ${signal.files.map(link).join(', ')}`)],
    [words.lists.mine, overview.mine.map(step)],
    [words.lists.theirs, overview.theirs.map(step)],
    [words.lists.unowned, overview.unowned.map(step)],
    [words.lists.recaps, overview.unsentRecaps.map((recap) => `${escapeMarkdown(recap.topic ?? words.recap)}${recap.deadline ? ` — ${fill(words.recapDue, { date: day(recap.deadline) })}` : ''}, ${link(recap.file)}`)],
    [words.lists.agreed, overview.agreements.map((said) => `${escapeLineStart(withoutClosingStop(said.text))}, ${link(said.file)}`)],
    [words.lists.boundaries, overview.boundaries.map((said) => `${escapeLineStart(withoutClosingStop(said.text))}, ${link(said.file)}`)],
  ];
  const shown = lists
    .map(([title, items]) => [title, items.filter((item) => !hasPlaceholder(item))] as const)
    .filter(([, items]) => items.length > 0);
  if (shown.length === 0) return undefined;
  return [
    fill(words.intro, { client: overview.client.replace(/--/g, '- -'), date: day(today) }),
    '',
    ...shown.flatMap(([title, items]) => [`- ${title}${language.recap.colon}`, ...items.map((item) => `  - ${item}`)]),
  ].join('\n');
}

/** `No weekend work.` → `No weekend work`: a full stop before the `, [date](link)` that follows would read `., `. */
function withoutClosingStop(text: string): string {
  return text.replace(/(?<!\.)\.$/u, '');
}

/**
 * The template with the prepared text at the top of its Preparation section, or, in a
 * template without one, in a Preparation section of its own before the first section (at
 * the end when it has none), under its title in the note's language. The text is added to the template, before it is filled in,
 * so that the note and its snippet carry it alike.
 */
export function withPreparation(templateText: string, preparation: string, requiredSections: readonly RequiredSection[], language: LanguagePack = ENGLISH): string {
  const eol = detectEol(templateText);
  const block = preparation.replace(/\n/g, eol);
  const { note } = openNote(templateText, { requiredSections, privateSections: DEFAULT_PRIVATE_SECTIONS });
  const section = note.sections.find((candidate) => candidate.known?.key === 'preparation');
  if (section) return `${templateText.slice(0, section.headingEnd)}${eol}${eol}${block}${templateText.slice(section.headingEnd)}`;
  const title = language.sections.preparation[0];
  const first = note.sections.find((candidate) => candidate.depth === 2);
  const added = `## ${title}${eol}${eol}${block}${eol}${eol}`;
  if (first) return `${templateText.slice(0, first.headingStart)}${added}${templateText.slice(first.headingStart)}`;
  return `${templateText}${/\r?\n$|\r$/.test(templateText) ? '' : eol}${eol}${added}`;
}

function segments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/');
}

/** Whether two paths are written alike once `\` is read as `/`. */
function samePath(a: string, b: string): boolean {
  return segments(a).join('/') === segments(b).join('/');
}

/** The link from the note at `from` to the file at `to`, each segment percent-encoded so that Markdown takes it whole. */
export function relativeLink(from: string, to: string): string {
  const base = segments(from).slice(0, -1);
  const target = segments(to);
  let shared = 0;
  while (shared < base.length && shared < target.length - 1 && base[shared] === target[shared]) shared++;
  const parts = [...base.slice(shared).map(() => '..'), ...target.slice(shared)];
  return parts.map((part) => (part === '..' ? part : encodeURIComponent(part).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))).join('/');
}
