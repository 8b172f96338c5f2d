// Trustworthy findings (issue 15): on the realism corpus, at least 95 % of the findings
// must be right and at least 90 % of what a careful reviewer flags must be found.
// `npm run realism` prints the same measurement with every wrong and missed finding.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { formatReport, measure, meetsTargets, TARGETS, type Measurement } from '../realism/measure';

const notesFolder = resolve(__dirname, '../../../test/realism/notes');

describe('realism corpus', () => {
  let measurement: Measurement;
  before(() => {
    measurement = measure(notesFolder);
  });

  it('holds at least 40 notes', () => {
    assert.ok(measurement.notes >= 40, `only ${measurement.notes} notes in test/realism/notes`);
  });

  it(`meets precision ≥ ${TARGETS.precision * 100} % and recall ≥ ${TARGETS.recall * 100} %`, () => {
    assert.ok(meetsTargets(measurement.overall), formatReport(measurement));
  });
});
