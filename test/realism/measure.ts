// The realism yardstick (issue 15): lints every note of a folder on a fixed day and
// compares the findings with what a careful reviewer expects, written beside each note in
// NAME.expected. A finding counts as right when its rule and line match an expected one;
// the message text is not compared, so rewording a message never counts as a miss.
//
// NAME.expected, one expected finding a line, `#` starts a comment (the reviewer's reason):
//   23 next-step-incomplete          # "Send the brief" names no owner
//   12|31 next-step-incomplete       # either line of a step written twice will do
//   5 frontmatter-schema|date-order  # either rule will do
// A note without findings has an empty (or comments-only) NAME.expected: every note needs one,
// so that a forgotten sidecar is an error and not a note silently expected to be clean.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint } from '../../src/core/lint/engine';
import { LineIndex } from '../../src/core/base/lines';

/** The day every realism note is judged on, so that the figures do not move with the calendar. */
export const REALISM_TODAY = '2026-11-26';

/** The figures the product promises on realistic notes (PRODUCT.md, quality bars). */
export const TARGETS = { precision: 0.95, recall: 0.9 } as const;

/** One finding: in which note, on which 1-based line, by which rule. */
export interface Finding {
  file: string;
  line: number;
  ruleId: string;
}

/** What the reviewer expects: any of `lines`, by any of `ruleIds`. */
interface Expectation {
  file: string;
  lines: number[];
  ruleIds: string[];
  reason: string;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Measurement {
  notes: number;
  overall: Tally;
  perRule: Map<string, Tally>;
  /** Findings the reviewer did not expect. */
  falsePositives: Finding[];
  /** Expected findings the linter did not give, with the reviewer's reason. */
  falseNegatives: Array<Finding & { reason: string }>;
}

const EXPECTATION = /^(\d+(?:\|\d+)*)\s+([a-z-]+(?:\|[a-z-]+)*)\s*(?:#\s*(.*))?$/;

function readExpectations(file: string, path: string): Expectation[] {
  const expectations: Expectation[] = [];
  if (!existsSync(path)) throw new Error(`${file} has no ${basename(path)} beside it: list what a careful reviewer expects (an empty file for a sound note)`);
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const match = EXPECTATION.exec(line);
      if (!match) throw new Error(`${path}:${index + 1}: expected "LINE RULE-ID # reason", not "${line}"`);
      expectations.push({ file, lines: match[1].split('|').map(Number), ruleIds: match[2].split('|'), reason: match[3] ?? '' });
    });
  return expectations;
}

function lintOnRealismDay(text: string): Array<{ line: number; ruleId: string }> {
  const [year, month, day] = REALISM_TODAY.split('-').map(Number);
  const { messages } = lint(text, { now: new Date(year, month - 1, day, 12) });
  const lines = new LineIndex(text);
  return messages.map((message) => ({ line: lines.positionAt(message.start).line + 1, ruleId: message.ruleId }));
}

function tallyOf(perRule: Map<string, Tally>, ruleId: string): Tally {
  let tally = perRule.get(ruleId);
  if (!tally) {
    tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    perRule.set(ruleId, tally);
  }
  return tally;
}

/**
 * For each expectation, the index of the finding matched to it, or -1: as many matched as can be, each finding to one
 * expectation (`23|17 required-sections` and `17 required-sections` take a finding on line 23 and one on line 17, in
 * whichever order they come), by augmenting paths.
 */
function matchedFinders(findings: ReadonlyArray<Pick<Finding, 'line' | 'ruleId'>>, expectations: readonly Expectation[]): number[] {
  const finderOf = expectations.map(() => -1);
  const fits = (found: Pick<Finding, 'line' | 'ruleId'>, expected: Expectation) => expected.lines.includes(found.line) && expected.ruleIds.includes(found.ruleId);
  const assign = (index: number, tried: boolean[]): boolean => {
    for (let candidate = 0; candidate < expectations.length; candidate++) {
      if (tried[candidate] || !fits(findings[index], expectations[candidate])) continue;
      tried[candidate] = true;
      if (finderOf[candidate] === -1 || assign(finderOf[candidate], tried)) {
        finderOf[candidate] = index;
        return true;
      }
    }
    return false;
  };
  findings.forEach((_, index) => assign(index, expectations.map(() => false)));
  return finderOf;
}

/** Lints each `*.md` of `folder` and scores the findings against the `*.expected` beside it. */
export function measure(folder: string): Measurement {
  if (!existsSync(folder)) throw new Error(`${folder}: no such folder of notes`);
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  const perRule = new Map<string, Tally>();
  const falsePositives: Finding[] = [];
  const falseNegatives: Measurement['falseNegatives'] = [];
  for (const name of names) {
    const expectations = readExpectations(name, join(folder, name.replace(/\.md$/, '.expected')));
    const findings = lintOnRealismDay(readFileSync(join(folder, name), 'utf8'));
    const finderOf = matchedFinders(findings, expectations);
    findings.forEach((found, index) => {
      if (finderOf.includes(index)) {
        tallyOf(perRule, found.ruleId).truePositives++;
      } else {
        tallyOf(perRule, found.ruleId).falsePositives++;
        falsePositives.push({ file: name, ...found });
      }
    });
    for (const missed of expectations.filter((_, index) => finderOf[index] === -1)) {
      tallyOf(perRule, missed.ruleIds[0]).falseNegatives++;
      falseNegatives.push({ file: name, line: missed.lines[0], ruleId: missed.ruleIds.join('|'), reason: missed.reason });
    }
  }
  const overall: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const tally of perRule.values()) {
    overall.truePositives += tally.truePositives;
    overall.falsePositives += tally.falsePositives;
    overall.falseNegatives += tally.falseNegatives;
  }
  return { notes: names.length, overall, perRule, falsePositives, falseNegatives };
}

/** Share of the findings given that were expected; 1 when nothing was given. */
export function precision({ truePositives, falsePositives }: Tally): number {
  const given = truePositives + falsePositives;
  return given === 0 ? 1 : truePositives / given;
}

/** Share of the expected findings that were given; 1 when nothing was expected. */
export function recall({ truePositives, falseNegatives }: Tally): number {
  const expected = truePositives + falseNegatives;
  return expected === 0 ? 1 : truePositives / expected;
}

export function meetsTargets(overall: Tally): boolean {
  return precision(overall) >= TARGETS.precision && recall(overall) >= TARGETS.recall;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The table of figures per rule and overall, then each wrong and each missed finding. */
export function formatReport(measurement: Measurement): string {
  const rows = [...measurement.perRule].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, tally]) => [ruleId, tally] as const);
  rows.push(['overall', measurement.overall]);
  const width = Math.max(...rows.map(([ruleId]) => ruleId.length));
  const table = [
    `${'rule'.padEnd(width)}    TP    FP    FN  precision     recall`,
    ...rows.map(
      ([ruleId, tally]) =>
        `${ruleId.padEnd(width)} ${String(tally.truePositives).padStart(5)} ${String(tally.falsePositives).padStart(5)} ${String(tally.falseNegatives).padStart(5)} ${percent(precision(tally)).padStart(10)} ${percent(recall(tally)).padStart(10)}`,
    ),
  ];
  const { overall } = measurement;
  const verdict = meetsTargets(overall)
    ? `Targets met (precision ≥ ${percent(TARGETS.precision)}, recall ≥ ${percent(TARGETS.recall)}).`
    : `Below target: precision ${percent(precision(overall))} of ${percent(TARGETS.precision)}, recall ${percent(recall(overall))} of ${percent(TARGETS.recall)}.`;
  return [
    `${measurement.notes} notes judged on ${REALISM_TODAY}.`,
    '',
    ...table,
    '',
    `Wrong findings (false positives): ${measurement.falsePositives.length}`,
    ...measurement.falsePositives.map(({ file, line, ruleId }) => `  ${file}:${line} ${ruleId}`),
    '',
    `Missed findings (false negatives): ${measurement.falseNegatives.length}`,
    ...measurement.falseNegatives.map(({ file, line, ruleId, reason }) => `  ${file}:${line} ${ruleId}${reason ? `  # ${reason}` : ''}`),
    '',
    verdict,
  ].join('\n');
}
