import { withLfEnds } from '../base/lines';
import { subjectOf } from './compose';
import { inlineToPlain, markdownToPlain } from './inline';
import { renderMarkdown } from './markdown';
import type { RecapModel } from './model';
import { renderTextBody } from './plainText';

/** What goes into a mail: a plain-text subject, and a plain-text body with `\n` line ends, ending with one. */
export interface RecapMessage {
  subject: string;
  body: string;
}

/** The recap's message as it is built from the note. */
export function recapMessage(model: RecapModel): RecapMessage {
  return { subject: subjectOf(model), body: renderTextBody(model) };
}

const TITLE = /^#[ \t]+(.*?)[ \t#]*(?:\n|$)/;

/**
 * The message of a Markdown recap the freelancer may have edited (the recap the editor
 * opens). Unedited, it is `recapMessage` word for word. Edited, the title line is the
 * subject (the model's subject when the title was removed) and the rest is the body, as
 * plain text.
 */
export function editedRecapMessage(markdown: string, model: RecapModel): RecapMessage {
  return editedMessage(markdown, renderMarkdown(model), recapMessage(model));
}

/**
 * The message of a Markdown draft (a recap, a reminder) as the freelancer left it: the
 * generated message word for word while the draft is as generated; else the title line as
 * the subject (the generated subject when the title was removed) and the rest as the body,
 * as plain text.
 */
export function editedMessage(markdown: string, generatedMarkdown: string, generated: RecapMessage): RecapMessage {
  const text = withLfEnds(markdown);
  if (text === generatedMarkdown) return generated;
  const title = TITLE.exec(text);
  const subject = title ? inlineToPlain(title[1]) : '';
  const body = markdownToPlain(title ? text.slice(title[0].length) : text).trim();
  return { subject: subject || generated.subject, body: `${body}\n` };
}
