// The recap as both hosts make it: the note opened once, the settings turned into the
// recap's options in one place, the model and the check before sending from that one note.
import type { ResolvedConfig } from '../config/config';
import { messageCatalog } from '../lang/messages';
import { isClientNote } from '../note/clientNote';
import { openNoteOnLineScan } from '../digest/digestText';
import type { OpenedNote } from '../note/openNote';
import type { LintMessage } from '../base/types';
import { checkRecap } from './check';
import { buildRecapModel, type RecapModel, type RecapOptions } from './model';

export interface PrepareRecapOptions {
  config: ResolvedConfig;
  /** Path relative to the configuration's root, for the include globs. */
  relativePath?: string;
  /** The moment the check judges dates against. */
  now?: Date;
  /** The reader's language, which the problems, warnings and the check's findings are worded in (`lint`'s `locale`). */
  locale?: string;
}

export type PreparedRecap =
  | {
      ok: true;
      model: RecapModel;
      /** Things the user should know (no contact, a private section refused…). */
      warnings: string[];
      /** What the check before sending found in the recap-bound text, offsets into the text given. */
      findings: LintMessage[];
    }
  | { ok: false; problems: string[] };

/**
 * The recap of a note, with its warnings and the findings of its check: `input` is the
 * note's text, or the note opened by `config` already. Never throws on a note's content.
 */
export function prepareRecap(input: string | OpenedNote, { config, relativePath, now, locale }: PrepareRecapOptions): PreparedRecap {
  try {
    const opened = typeof input === 'string' ? openNoteOnLineScan(input, config) : input;
    const built = buildRecapModel(opened, recapOptions(config, isClientNote(opened.source, config, relativePath, opened.frontmatter), locale));
    if (!built.ok) return built;
    return { ...built, findings: checkRecap(opened, { config, relativePath, now, locale }) };
  } catch (error) {
    return notBuilt(error, locale);
  }
}

/** What a recap that failed to build says, in the reader's language: a bug, said plainly rather than thrown at the user. */
export function notBuilt(error: unknown, locale: string | undefined): { ok: false; problems: string[] } {
  return { ok: false, problems: [messageCatalog(locale).say('recap.failed', { error: error instanceof Error ? error.message : String(error) })] };
}

/**
 * The recap's options as the configuration sets them, its problems and warnings worded for
 * the reader (`locale`): the one translation, for the recap and the reminder alike.
 */
export function recapOptions(config: ResolvedConfig, isNote: boolean, locale: string | undefined): RecapOptions {
  return { ...config.recap, requiredSections: config.requiredSections, privateSections: config.privateSections, language: config.language, isNote, locale };
}
