import type { ResolvedConfig } from '../config/config';
import type { Note } from '../note/parseNote';
import type { Fix, Severity } from '../base/types';
import type { MessageCatalog } from '../lang/messages';

export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  /**
   * At most this severity: a finding that matters less for now (a prompt before the
   * conversation). The configured severity when it is milder, or when this is left out.
   */
  atMost?: Severity;
}

export interface RuleContext {
  note: Note;
  config: ResolvedConfig;
  /** This rule's options from the configuration. */
  options: Record<string, unknown>;
  /** The user's calendar day as YYYY-MM-DD: dates are judged against it. */
  today: string;
  /** A finding's words in the reader's language, from its catalog key (`lang/messages/`). */
  say: MessageCatalog['say'];
  report(report: Report): void;
}

/** A lint rule: data that describes it, and a check over a parsed note. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /**
   * True when findings (or their fixes) depend on `today`: a result cached yesterday is
   * stale today while such a rule is on.
   */
  readsToday?: boolean;
  /** Options the rule reads, as JSON Schema properties, for the config schema and docs. */
  options?: Record<string, { type: string; description: string; items?: { type: string } }>;
  check(context: RuleContext): void;
}

/** Reads a string-array option, ignoring malformed values rather than failing. */
export function stringListOption(options: Record<string, unknown>, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
