import type { ResolvedConfig } from '../core/config/config';
import { compatibleSafeFixes, lint } from '../core/lint/engine';
import { withLineColumns, type LocatedMessage } from './formatters';

/** One note to lint, as plain data so that it can cross to a worker thread. */
export interface LintJob {
  text: string;
  config: ResolvedConfig;
  /** The moment dates are judged against, in milliseconds since the epoch. */
  now: number;
  relativePath: string | undefined;
  /** The language the findings are worded in (`--locale`, CLIENT_NOTES_LOCALE). */
  locale: string | undefined;
}

/** What a lint run keeps of a file: enough to report it, and whether --fix would change it. */
export interface LintOutcome {
  isNote: boolean;
  messages: LocatedMessage[];
  fixable: boolean;
}

export function runLintJob({ text, config, now, relativePath, locale }: LintJob): LintOutcome {
  const result = lint(text, { config, now: new Date(now), relativePath, locale });
  return { isNote: result.isNote, messages: withLineColumns(text, result.messages), fixable: compatibleSafeFixes(result.messages).length > 0 };
}
