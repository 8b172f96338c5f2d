/** Severities a finding can carry; `off` in configuration disables a rule. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A replacement of text[start, end) by `text`; offsets are 0-based UTF-16 indices. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Shown as the quick fix title, e.g. `Insert section "Boundaries"`. */
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes only restore structure or correct an unambiguous typo; Fix All and
   * `--fix` apply them. Unsafe ones (a guessed owner, marking a step done) are offered
   * one at a time in the editor only.
   */
  safe: boolean;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 0-based offsets into the linted text. */
  start: number;
  end: number;
  /** The rule's documentation page. */
  url: string;
  fix?: Fix;
}

export interface LintResult {
  /** False when the text is not a client note: it then has no messages at all. */
  isNote: boolean;
  messages: LintMessage[];
}
