import type { Root } from 'mdast';
import { resolveConfig, severityOf, type ResolvedConfig } from '../config/config';
import { messageCatalog } from '../lang/messages';
import { isClientNote } from '../note/clientNote';
import { openNoteOnLineScan } from '../digest/digestText';
import { openNote, wholeNoteParser, type OpenedNote } from '../note/openNote';
import type { LanguagePack } from '../lang/pack';
import type { Rule } from './rule';
import { rules as registeredRules } from './rules';
import { localDay } from '../base/days';
import { detached } from '../base/text';
import type { Fix, LintMessage, LintResult, Severity, TextEdit } from '../base/types';

export const DOCS_BASE_URL = 'https://github.com/client-notes/client-notes/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface LintOptions {
  config?: ResolvedConfig;
  /** The moment dates are judged against; results are reproducible for a given `now`. */
  now?: Date;
  /** Path relative to the configuration's root, `/`-separated, for the include globs. */
  relativePath?: string;
  /** The rules to run; the full registry by default. */
  rules?: readonly Rule[];
  /**
   * The reader's language tag (`de`, `fr-CA`), which chooses the catalog the findings are
   * worded from (`lang/messages/`); English by default. Rule ids and offsets never change with it.
   */
  locale?: string;
  /**
   * How the note's Markdown becomes remark's tree: by default the line scan of `noteTree`,
   * which hands remark only what it cannot build; the unit tests give `parseMarkdown`, the
   * whole parse, to hold both readings to the same findings. It is given the note's language.
   */
  parse?: (markdown: string, language: LanguagePack) => Root;
}

/**
 * Lints one note: its text, or the note opened already (by the same configuration), which
 * the recap's check shares with the recap. Offsets count in the text as given, BOM
 * included. Never throws: a rule that fails becomes a message of its own.
 */
export function lint(input: string | OpenedNote, options: LintOptions = {}): LintResult {
  const steps = lintSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How a host runs a lint in steps (`lintInSteps`). */
export interface LintStepping {
  /** True once the result is no longer wanted (the text changed): the lint stops before its next step. */
  isCancelled(): boolean;
  /** Awaited before each step after the first, to let the host's other work in (a keystroke). */
  between(): Promise<void>;
}

/**
 * `lint` in steps, reading the note and then each rule, the host's other work let in
 * between: a large note is linted off the typing path, and stopped as soon as its text
 * changes. Undefined when stopped; otherwise the findings `lint` gives.
 */
export async function lintInSteps(input: string | OpenedNote, options: LintOptions, stepping: LintStepping): Promise<LintResult | undefined> {
  const steps = lintSteps(input, options);
  for (let first = true; ; first = false) {
    if (!first) await stepping.between();
    if (stepping.isCancelled()) {
      steps.return(undefined as never);
      return undefined;
    }
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The steps of a lint: each `next()` runs one, the reading of the note or a rule; the last gives the result. */
function* lintSteps(input: string | OpenedNote, options: LintOptions): Generator<void, LintResult, void> {
  const config = options.config ?? resolveConfig();
  const opened = typeof input !== 'string' ? input : options.parse ? openNote(input, config, wholeNoteParser(options.parse)) : openNoteOnLineScan(input, config);
  const { source: body, bomLength, frontmatter } = opened;
  if (!isClientNote(body, config, options.relativePath, frontmatter)) return { isNote: false, messages: [] };

  const today = localDay(options.now ?? new Date());
  const { say } = messageCatalog(options.locale);
  const messages: LintMessage[] = [];
  let note;
  try {
    note = opened.note;
  } catch (error) {
    messages.push({
      ruleId: 'frontmatter-syntax',
      severity: 'error',
      message: say('engine.unreadable', { error: describe(error) }),
      start: 0,
      end: Math.min(3, body.length),
      url: docsUrl('frontmatter-syntax'),
    });
    return { isNote: true, messages: shift(messages, bomLength) };
  }

  for (const rule of options.rules ?? registeredRules) {
    const severity = severityOf(config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    yield;
    const url = docsUrl(rule.id);
    try {
      rule.check({
        note,
        config,
        options: config.rules[rule.id]?.options ?? {},
        today,
        say,
        report: ({ message, start, end, fix, atMost }) => {
          const capped = atMost && SEVERITY_RANK[atMost] < SEVERITY_RANK[severity] ? atMost : severity;
          // Copies, never views into the note's text: a finding kept by a host must not keep the note alive.
          const kept = fix && { ...fix, title: detached(fix.title), edits: fix.edits.map((edit) => ({ ...edit, text: detached(edit.text) })) };
          messages.push({ ruleId: rule.id, severity: capped, message: detached(message), start, end: Math.max(start, end), url, ...(kept ? { fix: kept } : {}) });
        },
      });
    } catch (error) {
      messages.push({
        ruleId: rule.id,
        severity: 'warning',
        message: say('engine.ruleFailed', { rule: rule.id, error: describe(error) }),
        start: 0,
        end: 0,
        url,
      });
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { isNote: true, messages: shift(messages, bomLength) };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function shift(messages: LintMessage[], by: number): LintMessage[] {
  if (by === 0) return messages;
  return messages.map((message) => ({
    ...message,
    start: message.start + by,
    end: message.end + by,
    ...(message.fix ? { fix: { ...message.fix, edits: message.fix.edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by })) } } : {}),
  }));
}

/** Applies edits that do not overlap; an edit that overlaps an earlier one is left out. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of ordered) {
    if (edit.start < lastEnd || edit.start > edit.end || edit.end > text.length) continue;
    // Two insertions at one point would interleave unpredictably; keep the first.
    if (applied.length > 0 && edit.start === lastEnd && edit.start === applied[applied.length - 1].start) continue;
    applied.push(edit);
    lastEnd = edit.end;
  }
  let result = text;
  for (const edit of [...applied].reverse()) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return { text: result, applied };
}

/** The safe fixes of a lint result whose edits do not collide, each fix whole or not at all. */
export function compatibleSafeFixes(messages: readonly LintMessage[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const message of messages) {
    const fix = message.fix;
    if (!fix?.safe) continue;
    const collides = fix.edits.some((edit) =>
      taken.some((other) => edit.start < other.end && other.start < edit.end || edit.start === other.start),
    );
    if (collides) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/** What Fix All did: the fixed text, how many fixes it applied, and the findings before and after. */
export interface FixAllResult {
  text: string;
  fixed: number;
  /** How many findings the note had, and has once fixed: never more than it had. */
  found: number;
  remaining: number;
}

/**
 * Applies every safe fix, re-linting between passes since one fix can make another
 * possible; stops when nothing changes. A pass whose fixes leave more findings than it
 * started with is taken one fix at a time, each kept only when it adds none: Fix All never
 * leaves a note with more findings than it found.
 */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let messages = lint(text, options).messages;
  const found = messages.length;
  let fixed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = compatibleSafeFixes(messages);
    if (fixes.length === 0) break;
    let next = { text: applyEdits(current, fixes.flatMap((fix) => fix.edits)).text, fixed: fixes.length };
    let nextMessages = lint(next.text, options).messages;
    if (nextMessages.length > messages.length) ({ next, nextMessages } = oneFixAtATime(current, messages.length, fixes, options));
    if (next.text === current) break;
    current = next.text;
    messages = nextMessages;
    fixed += next.fixed;
  }
  return { text: current, fixed, found, remaining: messages.length };
}

/** The fixes of a pass tried in turn, each kept only when the note has no more findings with it than without. */
function oneFixAtATime(
  text: string,
  findings: number,
  fixes: readonly Fix[],
  options: LintOptions,
): { next: { text: string; fixed: number }; nextMessages: LintMessage[] } {
  const kept: Fix[] = [];
  let next = text;
  let nextMessages: LintMessage[] | undefined;
  let count = findings;
  for (const fix of fixes) {
    // Always from the pass's text: the fixes' edits do not collide, so any of them apply together.
    const candidate = applyEdits(text, [...kept, fix].flatMap((chosen) => chosen.edits)).text;
    const candidateMessages = lint(candidate, options).messages;
    if (candidateMessages.length > count) continue;
    kept.push(fix);
    next = candidate;
    nextMessages = candidateMessages;
    count = candidateMessages.length;
  }
  return { next: { text: next, fixed: kept.length }, nextMessages: nextMessages ?? lint(next, options).messages };
}
