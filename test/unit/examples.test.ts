// The examples/ folder is the first thing `npm start` shows: every finding on it must be one
// the example was written to show, and a note meant to be sound must stay silent. They are
// judged against today in the editor, so the findings must not move with the calendar:
// the overdue step and the unsent recap are in the past, and no open step falls due later.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lint } from '../../src/core/lint/engine';
import { FIXED_NOW } from './support';

const examplesFolder = resolve(__dirname, '../../../examples');

/** Each file of examples/ with its findings as `file ruleId`, sorted. */
function findingsOn(now: Date): { notes: string[]; findings: string[] } {
  const notes: string[] = [];
  const findings: string[] = [];
  for (const entry of readdirSync(examplesFolder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = relative(examplesFolder, join(entry.parentPath, entry.name)).split('\\').join('/');
    const result = lint(readFileSync(join(examplesFolder, file), 'utf8'), { now });
    if (!result.isNote) continue;
    notes.push(file);
    for (const message of result.messages) findings.push(`${file} ${message.ruleId}`);
  }
  return { notes: notes.sort(), findings: findings.sort() };
}

const EXPECTED_FINDINGS = [
  // A blaming sentence in Facts, no Boundaries section, a step with no date.
  'acme/2025-03-10-extra-pages.md accusatory-language',
  'acme/2025-03-10-extra-pages.md next-step-incomplete',
  'acme/2025-03-10-extra-pages.md required-sections',
  // The client's step, due in January 2025, not done.
  'globex/2025-01-15-rates-2025.md next-step-overdue',
  // The recap never marked sent, and a template prompt left in.
  'globex/2025-06-02-invoice-147.md follow-up-overdue',
  'globex/2025-06-02-invoice-147.md unfilled-placeholder',
];

describe('examples/', () => {
  it('holds notes of several clients and scenarios, two of them sound', () => {
    const { notes, findings } = findingsOn(FIXED_NOW);
    assert.deepEqual(notes, [
      'acme/2025-03-10-extra-pages.md',
      'acme/2026-11-20-launch-moves.md',
      'globex/2025-01-15-rates-2025.md',
      'globex/2025-06-02-invoice-147.md',
      'initech/2025-09-22-data-migration-slips.md',
    ]);
    const sound = notes.filter((note) => !findings.some((finding) => finding.startsWith(`${note} `)));
    assert.deepEqual(sound, ['acme/2026-11-20-launch-moves.md', 'initech/2025-09-22-data-migration-slips.md']);
  });

  it('gives exactly the findings each example was written to show', () => {
    assert.deepEqual(findingsOn(FIXED_NOW).findings, EXPECTED_FINDINGS);
  });

  it('gives the same findings on any later day', () => {
    assert.deepEqual(findingsOn(new Date(2099, 11, 31, 12)).findings, EXPECTED_FINDINGS);
  });
});
