import * as assert from 'node:assert/strict';
import type { LintMessage, Severity } from '../../../../src/core/base/types';
import { LintRunTally } from '../../../../src/core/lint/runSummary';

function findings(...severities: Severity[]): LintMessage[] {
  return severities.map((severity) => ({ ruleId: 'required-sections', severity, message: 'x', start: 0, end: 1 }) as LintMessage);
}

describe('Lint Workspace summary', () => {
  it('counts findings by severity and the notes that have any', () => {
    const tally = new LintRunTally();
    tally.add(findings('error', 'warning', 'warning'));
    tally.add([]);
    tally.add(findings('warning', 'info'));
    assert.deepEqual([tally.notes, tally.notesWithFindings, tally.bySeverity], [3, 2, { error: 1, warning: 3, info: 1 }]);
  });

  it('counts nothing before a note', () => {
    assert.deepEqual([new LintRunTally().notes, new LintRunTally().notesWithFindings], [0, 0]);
  });
});
