// Trustworthy findings (issue 15): on the realism corpus, at least 95 % of the findings
// must be right and at least 90 % of what a careful reviewer flags must be found.
// `npm run realism` prints the same measurement with every wrong and missed finding.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatReport, measure, meetsTargets, TARGETS, type Measurement } from '../realism/measure';

const notesFolder = resolve(__dirname, '../../../test/realism/notes');

describe('realism corpus', function () {
  // Every note of the corpus is linted before the tests, thousands as it grows, on a machine that may be busy: the limit is a
  // guard against a hang, not a speed to keep (the benchmarks measure that).
  this.timeout(5 * 60_000);
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

describe('realism scoring', () => {
  it('matches as many findings as can be, each to one expectation, whatever their order', () => {
    const folder = mkdtempSync(join(tmpdir(), 'realism-'));
    try {
      // No Boundaries section (reported on the title's line, 11) and a misspelt Facts heading (line 13): the first expectation
      // takes either line, the second only the title's.
      writeFileSync(join(folder, 'note.md'), '---\ntype: client-conversation\nclient: Acme\ndate: 2026-11-20\ntopic: Call\nchannel: phone\nscenario: other\nfollow_up:\n  sent: 2026-11-21\n---\n# Call\n\n## Fatcs\n\n- Two pages.\n\n## Agreed next steps\n\n- Send it (owner: me, due: 2026-12-20)\n');
      writeFileSync(join(folder, 'note.expected'), '13|11 required-sections  # Facts misspelt\n11 required-sections  # no Boundaries\n');
      const measured = measure(folder);
      assert.deepEqual([measured.overall.truePositives, measured.overall.falsePositives, measured.overall.falseNegatives], [2, 0, 0], formatReport(measured));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
