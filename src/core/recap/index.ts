import { subjectOf } from './compose';
import { renderEml } from './eml';
import { renderMailto } from './mailto';
import { renderMarkdown } from './markdown';
import { buildRecapModel, type RecapModel, type RecapOptions } from './model';
import { renderText } from './plainText';
import { notBuilt } from './prepare';

export { checkRecap, RECAP_RULES, type RecapCheckOptions } from './check';
export { subjectOf } from './compose';
export { renderEml } from './eml';
export { editedMessage, editedRecapMessage, recapMessage, type RecapMessage } from './message';
export { MAILTO_MAX_LENGTH, renderMailto, type MailtoLink } from './mailto';
export { renderMarkdown } from './markdown';
export { prepareRecap, type PreparedRecap, type PrepareRecapOptions } from './prepare';
export { buildRecapModel, type RecapModel, type RecapOptions } from './model';
export { renderText, renderTextBody } from './plainText';

export const RECAP_FORMATS = ['markdown', 'text', 'eml', 'mailto'] as const;
export type RecapFormat = (typeof RECAP_FORMATS)[number];

export interface GenerateRecapOptions extends RecapOptions {
  /** The moment of writing: the .eml `Date` header. Same note, same `now`, same text. */
  now: Date;
}

export type GeneratedRecap =
  | {
      ok: true;
      format: RecapFormat;
      text: string;
      subject: string;
      /** Things the user should know (no contact, a private section refused…). */
      warnings: string[];
      model: RecapModel;
    }
  | { ok: false; problems: string[] };

/** The follow-up recap of a note in one format; never throws. */
export function generateRecap(text: string, format: RecapFormat, options: GenerateRecapOptions): GeneratedRecap {
  try {
    const built = buildRecapModel(text, options);
    if (!built.ok) return built;
    const rendered = renderFormat(built.model, format, options.now, options.locale);
    if (!rendered.ok) return rendered;
    return { ok: true, format, text: rendered.text, subject: subjectOf(built.model), warnings: built.warnings, model: built.model };
  } catch (error) {
    return notBuilt(error, options.locale);
  }
}

/** The recap of a model in a format; else why not (no address for an .eml or a link), in the reader's language (`locale`). */
export function renderFormat(model: RecapModel, format: RecapFormat, now: Date, locale?: string): { ok: true; text: string } | { ok: false; problems: string[] } {
  switch (format) {
    case 'markdown':
      return { ok: true, text: renderMarkdown(model) };
    case 'text':
      return { ok: true, text: renderText(model) };
    case 'eml':
      return renderEml(model, now, undefined, locale);
    case 'mailto': {
      const link = renderMailto(model, undefined, undefined, locale);
      return link.ok ? { ok: true, text: link.uri } : link;
    }
  }
}
