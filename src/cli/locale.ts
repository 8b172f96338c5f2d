import { messageCatalog, primaryLanguage } from '../core/lang/messages';
import { UsageError, type CliContext } from './command';

/**
 * The reader's language, which findings and the reasons a recap cannot be built are worded
 * in: `--locale`, else CLIENT_NOTES_LOCALE, else none (English). A language asked for by
 * name must be one there is; the environment's, where none is, leaves the messages in
 * English.
 */
export function readerLocale(option: string | undefined, env: CliContext['env'], usage: string): string | undefined {
  if (option !== undefined && messageCatalog(option).language !== primaryLanguage(option)) {
    throw new UsageError(`--locale takes en, de or fr (a region may follow: de-AT, fr-CA), not "${option}".`, usage);
  }
  return option ?? env.CLIENT_NOTES_LOCALE;
}
