import { messageCatalog } from '../lang/messages';
import { resolveConfig, severityOf, type ResolvedConfig } from '../config/config';
import { lint, type LintOptions } from './engine';
import type { Rule } from './rule';
import { rules as registeredRules } from './rules';
import { localDay } from '../base/days';
import type { LintResult } from '../base/types';

const configFingerprints = new WeakMap<ResolvedConfig, WeakMap<readonly Rule[], { settings: string; readsToday: boolean }>>();

/**
 * Everything besides a note's text that decides its lint result: the configuration, the
 * rules that run, the path (the include globs read it) and, only while a rule that judges
 * dates against today is on, the day. Same text and same fingerprint, same result.
 */
export function lintFingerprint(options: LintOptions): string {
  const config = options.config ?? resolveConfig();
  const rules = options.rules ?? registeredRules;
  let byRules = configFingerprints.get(config);
  if (!byRules) {
    byRules = new WeakMap();
    configFingerprints.set(config, byRules);
  }
  let fingerprint = byRules.get(rules);
  if (!fingerprint) {
    fingerprint = {
      settings: JSON.stringify([config, rules.map((rule) => rule.id)]),
      readsToday: rules.some((rule) => rule.readsToday === true && severityOf(config, rule.id, rule.defaultSeverity) !== 'off'),
    };
    byRules.set(rules, fingerprint);
  }
  const day = fingerprint.readsToday ? localDay(options.now ?? new Date()) : '';
  return JSON.stringify([fingerprint.settings, options.relativePath ?? null, day, messageCatalog(options.locale).language]);
}

/**
 * The last lint result of each document, by a key such as its URI: linting text that has
 * not changed since, under the same fingerprint, costs a string comparison, not a parse.
 * Results are shared between callers and must not be modified.
 */
export class LintResultCache {
  private readonly entries = new Map<string, { text: string; fingerprint: string; result: LintResult }>();

  lint(key: string, text: string, options: LintOptions): LintResult {
    const fingerprint = lintFingerprint(options);
    const entry = this.entries.get(key);
    if (entry && entry.fingerprint === fingerprint && entry.text === text) return entry.result;
    const result = lint(text, options);
    this.entries.set(key, { text, fingerprint, result });
    return result;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
