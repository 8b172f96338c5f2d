import type { ResolvedConfig } from '../config/config';
import { ownerMatches } from '../digest/agenda';
import { digestOf, type DigestStep } from '../digest/noteDigest';
import { openNoteOnLineScan } from '../digest/digestText';
import { locateYamlPath } from '../note/frontmatter';
import { isClientNote } from '../note/clientNote';
import { isRealDate } from '../base/days';
import { fill } from '../lang/fill';
import type { LanguagePack } from '../lang/pack';
import type { LintMessage } from '../base/types';
import { checkRecap } from './check';
import { closingLines, greeting, languageOf, markdownSubjectOf, subjectOf, type Block } from './compose';
import { longDate } from './dates';
import { renderEml } from './eml';
import { escapeLineStart, escapeMarkdown } from './inline';
import { renderMailto } from './mailto';
import { messageMarkdown } from './markdown';
import type { RecapMessage } from './message';
import { buildRecapModel, type RecapModel } from './model';
import { blocksText } from './plainText';
import { recapOptions } from './prepare';

/**
 * A reminder of what the client agreed to and has not done by its day: the client's
 * overdue steps of one note, each with its date and the day of the conversation, a polite
 * ask for a new date, and the recap's greeting, signature and headers (To, Cc, From).
 * Built like the recap, from what the client may read of the note only.
 */
export interface Reminder {
  /** The recap's model of the note, whose contacts and sender address the reminder. */
  model: RecapModel;
  /** The client's steps past their due day and not done, as the digest reads them: empty when there is nothing to remind of. */
  steps: DigestStep[];
  /** The reminder as Markdown, its subject the title: the draft the editor opens. */
  markdown: string;
  message: RecapMessage;
}

export const REMINDER_FORMATS = ['text', 'markdown', 'eml', 'mailto'] as const;
export type ReminderFormat = (typeof REMINDER_FORMATS)[number];

/**
 * The reminder of a note on `today` (YYYY-MM-DD), or why there is none (broken frontmatter,
 * not a note) in the reader's language (`locale`). Never throws on a note's content.
 */
export function buildReminder(text: string, config: ResolvedConfig, today: string, relativePath?: string, locale?: string): { ok: true; reminder: Reminder } | { ok: false; problems: string[] } {
  const opened = openNoteOnLineScan(text, config);
  const built = buildRecapModel(opened, recapOptions(config, isClientNote(opened.source, config, relativePath, opened.frontmatter), locale));
  if (!built.ok) return built;
  // The note the recap model read, parsed already: its steps as the digest gives them.
  const steps = digestOf(opened.note, config).steps.filter((step) => isRemindable(step, today));
  const model = built.model;
  const blocks = reminderBlocks(model, steps);
  return {
    ok: true,
    reminder: {
      model,
      steps,
      markdown: messageMarkdown(markdownSubjectOf(model, reminderWords), blocks),
      message: { subject: subjectOf(model, reminderWords), body: blocksText(blocks) },
    },
  };
}

/** A step of the client's side (the client or someone else named) past its due day and not done: what a reminder is for. */
export function isRemindable(step: DigestStep, today: string): boolean {
  return ownerMatches(step, { kind: 'client' }) && !step.done && step.due !== undefined && isRealDate(step.due) && step.due < today;
}

/** A reminder is written in the note's language, as the recap is. */
const reminderWords = (language: LanguagePack) => language.recap.reminder;

function reminderBlocks(model: RecapModel, steps: readonly DigestStep[]): Block[] {
  const language = languageOf(model);
  const words = reminderWords(language);
  // A day the pack writes out holds no Markdown; escaped, `4. Dezember` would show its backslash.
  const day = (date: string) => (isRealDate(date) ? longDate(date, language) : escapeMarkdown(date));
  return [
    { kind: 'paragraph', text: greeting(model, language) },
    { kind: 'paragraph', text: model.date ? fill(words.agreedDated, { date: day(model.date) }) : words.agreed },
    { kind: 'list', items: steps.map((step) => escapeLineStart(fill(words.step, { step: escapeMarkdown(step.what), date: day(step.due!) }))) },
    { kind: 'paragraph', text: words.ask },
    { kind: 'lines', lines: closingLines(model.signature, model.senderName, language.recap.closing) },
  ];
}

/**
 * The reminder in a format: Markdown, plain text with a `Subject:` line, an .eml draft dated
 * `now`, a `mailto:` link; else why not, in the reader's language (`locale`).
 */
export function renderReminder(
  reminder: Reminder,
  format: ReminderFormat,
  now: Date,
  message: RecapMessage = reminder.message,
  locale?: string,
): { ok: true; text: string } | { ok: false; problems: string[] } {
  switch (format) {
    case 'markdown':
      return { ok: true, text: reminder.markdown };
    case 'text':
      return { ok: true, text: `Subject: ${message.subject}\n\n${message.body}` };
    case 'eml':
      return renderEml(reminder.model, now, message, locale);
    case 'mailto': {
      const link = renderMailto(reminder.model, undefined, message, locale);
      return link.ok ? { ok: true, text: link.uri } : link;
    }
  }
}

/**
 * The check before sending, on what the reminder quotes: the findings of the recap's check
 * (`checkRecap`) in the note's topic and in the steps it reminds of, with offsets into `text`,
 * worded in the reader's language (`locale`).
 */
export function checkReminder(text: string, reminder: Reminder, config: ResolvedConfig, now: Date, relativePath?: string, locale?: string): LintMessage[] {
  const opened = openNoteOnLineScan(text, config);
  const topic = opened.frontmatter && locateYamlPath(opened.frontmatter, ['topic']);
  const quoted = reminder.steps.map(({ start, end }) => ({ start, end }));
  if (topic?.valueStart !== undefined && topic.valueEnd !== undefined) quoted.push({ start: topic.valueStart, end: topic.valueEnd });
  const at = (message: LintMessage) => message.start - opened.bomLength;
  return checkRecap(opened, { config, now, relativePath, locale }).filter((message) => quoted.some((range) => at(message) >= range.start && at(message) < range.end));
}
