import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config/config';
import type { DigestedNote } from '../../src/core/digest/agenda';
import { digestNote } from '../../src/core/digest/noteDigest';
import type { LintOptions } from '../../src/core/lint/engine';
import { rules } from '../../src/core/lint/rules';
import { LineIndex } from '../../src/core/base/lines';
import type { LintMessage, LintResult } from '../../src/core/base/types';

/** Every test judges dates against the same local moment: 23 November 2026, noon. */
export const FIXED_NOW = new Date(2026, 10, 23, 12, 0, 0);

/** Lint options under which every file is a note (by the include globs), so that any text goes through every rule. */
export const AS_A_NOTE: LintOptions = { config: resolveConfig({ include: ['**'] }), relativePath: 'note.md', now: FIXED_NOW };

// "Never frozen" is tested by how the time grows with the input, never by a time fixed
// for the test machine: a loaded machine slows the work on an input and on its quarter
// alike, while work that grows faster than its input shows whatever the machine. The time
// is the processor time of this process, which other processes do not lengthen.

/** Quadrupling the input multiplies linear work's time by 4 and quadratic work's by 16. */
export const GROWTH_LIMIT = 9;
/** Work that takes less than this on the whole input is too short to freeze anything, and is not timed. */
export const WORTH_TIMING_MS = 20;
/**
 * The least time one timed sample lasts: work is repeated until it does, so that the
 * moments a busy machine spends on other processes are a small share of every sample
 * rather than all of a short one.
 */
const SAMPLE_MS = 100;

/** An input of some size and the same input at a quarter of that size. */
export interface Scaled<I> {
  quarter: I;
  whole: I;
}

/** The input `inputOfSize` makes at `size`, and at a quarter of it (rounded down). */
export function scaled<I>(inputOfSize: (size: number) => I, size: number): Scaled<I> {
  return { quarter: inputOfSize(Math.floor(size / 4)), whole: inputOfSize(size) };
}

/**
 * The processor time one run of `work` takes, in milliseconds, and what it returned. The
 * time this process ran, not the time that passed: a busy machine that sets it aside for
 * other processes slows the clock on the wall, not this.
 */
function timed<T>(work: () => T): { ms: number; result: T } {
  const start = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(start);
  return { ms: (user + system) / 1000, result };
}

/** How many runs of `work`, which took `firstMs` once, make a sample of SAMPLE_MS. */
function repeatsFor(firstMs: number): number {
  return Math.ceil(SAMPLE_MS / Math.max(firstMs, 0.01));
}

/** The time of a sample of `repeats` runs of `work`, per run. */
function sampleMs(work: () => unknown, repeats: number): number {
  return (
    timed(() => {
      for (let run = 0; run < repeats; run += 1) work();
    }).ms / repeats
  );
}

/** How many samples are taken on each side; the shortest counts. */
const SAMPLES = 3;

/**
 * How many times as long `work` takes on the whole input as on its quarter (4 when it is
 * linear, 16 when quadratic); undefined when a run on the whole takes under
 * WORTH_TIMING_MS (the first run, or, if that was slowed by compiling the code, the
 * fastest). The shortest of three samples on each side, the least disturbed by other work
 * on the machine, taken in turn so that both meet the same moments of it. A first run
 * that lasts a sample on its own is the first sample: on an input that takes seconds,
 * running it once more would only add to the suite's time. Also gives what the first run
 * returned.
 */
function growthOnce<I, T>(inputs: Scaled<I>, work: (input: I) => T): { growth: number | undefined; result: T } {
  const first = timed(() => work(inputs.whole));
  if (first.ms < WORTH_TIMING_MS) return { growth: undefined, result: first.result };
  const onWhole = () => work(inputs.whole);
  const onQuarter = () => work(inputs.quarter);
  const firstOnQuarterMs = timed(onQuarter).ms;
  const wholeRepeats = repeatsFor(first.ms);
  const quarterRepeats = repeatsFor(firstOnQuarterMs);
  const wholeSamples = first.ms >= SAMPLE_MS ? [first.ms] : [];
  const quarterSamples = firstOnQuarterMs >= SAMPLE_MS ? [firstOnQuarterMs] : [];
  while (wholeSamples.length < SAMPLES || quarterSamples.length < SAMPLES) {
    if (wholeSamples.length < SAMPLES) wholeSamples.push(sampleMs(onWhole, wholeRepeats));
    if (quarterSamples.length < SAMPLES) quarterSamples.push(sampleMs(onQuarter, quarterRepeats));
  }
  const wholeMs = Math.min(...wholeSamples);
  const quarterMs = Math.min(...quarterSamples);
  if (wholeMs < WORTH_TIMING_MS) return { growth: undefined, result: first.result };
  return { growth: wholeMs / quarterMs, result: first.result };
}

/**
 * Whether work can last WORTH_TIMING_MS on the whole input, judged by a run on its
 * quarter: false when even a time that grows with the cube of the input (64 times over
 * four times the input) would keep it under. Quadratic and cubic work that `growthOf`
 * times on the whole is never passed over, and a linear scan of a string is over in a
 * fraction of the bound: a test of thousands of inputs, most of them linear, runs each
 * on its quarter only, and `growthOf` on those that may be worth timing. A run over the
 * bound is run again, and the shorter counts: the first may have compiled the code, or
 * met a busy moment of the machine, and a run can only be slowed, never sped up.
 */
export function mayBeWorthTiming(onQuarter: () => unknown): boolean {
  const worth = () => timed(onQuarter).ms * 4 ** 3 >= WORTH_TIMING_MS;
  return worth() && worth();
}

/**
 * How many times the growth is measured before it counts as too fast. The process time
 * takes in what the collector's threads do, and collections that fell on every sample of
 * the whole input once (CI, the other mocha job busy) gave 10.2 for work that grows 3 to 4
 * times; work that truly grows faster than its input does so in every measurement.
 */
const MEASUREMENTS = 3;

/** growthOnce, measured again while it is GROWTH_LIMIT or more, up to MEASUREMENTS times; the least growth counts. */
export function growthOf<I, T>(inputs: Scaled<I>, work: (input: I) => T): { growth: number | undefined; result: T } {
  const first = growthOnce(inputs, work);
  let growth = first.growth;
  for (let measurement = 1; measurement < MEASUREMENTS && growth !== undefined && growth >= GROWTH_LIMIT; measurement += 1) {
    growth = Math.min(growth, growthOnce(inputs, work).growth ?? 0);
  }
  return { growth, result: first.result };
}

/** Runs `work` on both inputs, fails when its time grows faster than the input does, and returns what it gave on the whole. */
export function growsLinearly<I, T>(what: string, inputs: Scaled<I>, work: (input: I) => T): T {
  const { growth, result } = growthOf(inputs, work);
  assert.ok(growth === undefined || growth < GROWTH_LIMIT, `${what} took ${growth?.toFixed(1)} times as long on an input four times as large: it grows faster than its input`);
  return result;
}

const RULE_IDS = new Set(rules.map((rule) => rule.id));
// The engine turns a rule that throws, or a parser that does, into one of these messages:
// they keep the editor alive, but each is a bug the robustness tests must catch.
const INTERNAL_FAILURE = /failed on this note and was skipped|could not read this note/;

/**
 * Findings or nothing, never a crash in disguise: every message comes from a registered
 * rule with a severity, lies within the text, and is no internal failure; every fix edits
 * within the text.
 */
export function assertSoundResult(text: string, result: LintResult, label = ''): void {
  assert.ok(result.isNote || result.messages.length === 0, `${label}: a file that is not a note has findings`);
  for (const message of result.messages) {
    const where = `${label}: ${message.ruleId} "${message.message}"`;
    assert.ok(RULE_IDS.has(message.ruleId), `${where}: unknown rule`);
    assert.ok(['error', 'warning', 'info'].includes(message.severity), `${where}: severity ${message.severity}`);
    assert.ok(!INTERNAL_FAILURE.test(message.message), `${where}: an internal failure`);
    assert.ok(0 <= message.start && message.start <= message.end && message.end <= text.length, `${where}: range ${message.start}-${message.end} outside 0-${text.length}`);
    for (const edit of message.fix?.edits ?? []) {
      assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, `${where}: fix edit ${edit.start}-${edit.end} outside 0-${text.length}`);
    }
  }
}

/** One readable line per finding: `9:1-9:12 warning required-sections Missing section "Boundaries"`. */
export function formatFindings(text: string, messages: readonly LintMessage[]): string[] {
  const lines = new LineIndex(text);
  return messages.map((message) => {
    const start = lines.positionAt(message.start);
    const end = lines.positionAt(message.end);
    return `${start.line + 1}:${start.column + 1}-${end.line + 1}:${end.column + 1} ${message.severity} ${message.ruleId} ${message.message}`;
  });
}

/** A snippet as VS Code would insert it with every field left at its default. */
export interface ExpandedSnippet {
  text: string;
  /** Tab stop numbers in the order they appear, `0` included. */
  tabStops: number[];
}

/**
 * Expands a snippet body by VS Code's snippet grammar: escapes (`\$`, `\}`, `\\`), tab
 * stops, placeholders (`${1:default}`, nested), choices (the first one), mirrors of an
 * earlier tab stop, with a `${1/regex/format/}` transform, and variables (from
 * `variables`, else their default). Throws on what the grammar does not allow, such as a
 * `${` that is never closed, so that a test fails on a broken body.
 */
export function expandSnippet(body: string, variables: Record<string, string> = {}): ExpandedSnippet {
  const tabStops: number[] = [];
  const defaults = new Map<number, string>();
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at} of snippet ${JSON.stringify(body)}`);
  };
  const readUntilClose = (closing: boolean): string => {
    let out = '';
    while (at < body.length) {
      const char = body[at];
      if (char === '\\' && '$}\\'.includes(body[at + 1] ?? '')) {
        out += body[at + 1];
        at += 2;
      } else if (char === '}' && closing) {
        at++;
        return out;
      } else if (char === '$') {
        out += readDollar();
      } else {
        out += char;
        at++;
      }
    }
    if (closing) fail('unclosed "${"');
    return out;
  };
  const readDollar = (): string => {
    at++;
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at));
    if (simple) {
      at += simple[0].length;
      return element(simple[0], undefined);
    }
    if (body[at] !== '{') return '$';
    at++;
    const name = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at))?.[0] ?? fail('"${" without a tab stop or variable');
    at += name.length;
    if (body[at] === '}') {
      at++;
      return element(name, undefined);
    }
    if (body[at] === ':') {
      at++;
      return element(name, readUntilClose(true));
    }
    if (body[at] === '/' && /^\d+$/.test(name)) {
      const transform = /^\/((?:\\.|[^\\/])*)\/((?:\\.|[^\\/])*)\/([a-z]*)\}/.exec(body.slice(at)) ?? fail('a broken transform');
      at += transform[0].length;
      return (defaults.get(Number(name)) ?? '').replace(new RegExp(transform[1], transform[3]), transform[2]);
    }
    if (body[at] === '|' && /^\d+$/.test(name)) {
      const end = body.indexOf('|}', at + 1);
      if (end < 0) fail('unclosed choice');
      const first = body.slice(at + 1, end).split(/(?<!\\),/)[0].replace(/\\([,|\\])/g, '$1');
      at = end + 2;
      return element(name, first);
    }
    return fail('unexpected character after "${name"');
  };
  const element = (name: string, fallback: string | undefined): string => {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      tabStops.push(n);
      // A tab stop seen before mirrors what it holds.
      if (fallback === undefined) return defaults.get(n) ?? '';
      if (!defaults.has(n)) defaults.set(n, fallback);
      return fallback;
    }
    return variables[name] ?? fallback ?? '';
  };
  const text = readUntilClose(false);
  return { text, tabStops };
}

/** The digest of a scope-change note with the client and date given, `extra` frontmatter lines and a body, as kept under `file`. */
export function digestedNote(file: string, client: string, date: string, extra: string, body: string): DigestedNote {
  const text = `---\ntype: client-conversation\nclient: ${client}\ndate: ${date}\nscenario: scope-change\ntopic: Talk of ${date}\n${extra}---\n\n${body}`;
  const digest = digestNote(text, resolveConfig());
  assert.ok(digest, file);
  return { file, digest };
}
