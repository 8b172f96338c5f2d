import * as assert from 'node:assert/strict';
import type { LintMessage, Severity } from '../../src/core/base/types';
import { LintRunTally } from '../../src/core/lint/runSummary';

function findings(...severities: Severity[]): LintMessage[] {
  return severities.map((severity) => ({ ruleId: 'required-sections', severity, message: 'x', start: 0, end: 1 }) as LintMessage);
}

describe('Lint Workspace summary', () => {
  it('counts findings by severity and the notes that have any', () => {
    const tally = new LintRunTally();
    tally.add(findings('error', 'warning', 'warning'));
    tally.add([]);
    tally.add(findings('warning', 'info'));
    assert.equal(tally.describe(), 'Linted 3 notes: 1 error, 3 warnings and 1 info in 2 notes.');
  });

  it('says when nothing was found, and when there were no notes', () => {
    const clean = new LintRunTally();
    clean.add([]);
    assert.equal(clean.describe(), 'Linted 1 note: no findings.');
    assert.equal(new LintRunTally().describe(), 'No client notes found in the workspace.');
  });

  it('groups large counts', () => {
    const tally = new LintRunTally();
    for (let index = 0; index < 1200; index++) tally.add(findings('warning'));
    assert.equal(tally.describe(), 'Linted 1,200 notes: 1,200 warnings in 1,200 notes.');
  });
});
