// Every rule is tested on its fixture notes in test/fixtures/<rule-id>/ (test/generate/fixtures.ts
// says what each file is): a good one gets no finding from the rule, a bad one exactly the
// findings of its .expected and, fixed, its .fixed.md. npm run generate writes those after
// an intended change.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { rules } from '../../../../src/core/lint/rules';
import { inRepo, RUN_GENERATE } from '../../../generate/generated';
import { findingsOfFixture, fixedFixture, fixturesOf } from '../../../generate/fixtures';

describe('rules on their fixtures', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      const fixtures = fixturesOf(rule);

      it('has good and bad fixtures', () => {
        assert.ok(fixtures.some((fixture) => fixture.name.startsWith('good-')), `test/fixtures/${rule.id}/good-*.md`);
        assert.ok(fixtures.some((fixture) => fixture.name.startsWith('bad-')), `test/fixtures/${rule.id}/bad-*.md`);
      });

      for (const fixture of fixtures) {
        const { name } = fixture;
        if (name.startsWith('good-')) {
          it(`is silent on ${name}`, () => {
            assert.deepEqual(findingsOfFixture(fixture).findings, []);
          });
          continue;
        }

        it(`reports ${name}`, () => {
          const { findings } = findingsOfFixture(fixture);
          assert.ok(findings.length > 0, `${rule.id} reports nothing on ${name}`);
          assert.ok(existsSync(inRepo(fixture.expectedPath)), `${fixture.expectedPath} is missing: ${RUN_GENERATE}`);
          assert.deepEqual(findings, readFileSync(inRepo(fixture.expectedPath), 'utf8').split('\n').filter(Boolean), `${fixture.expectedPath}: ${RUN_GENERATE}`);
        });

        if (existsSync(inRepo(fixture.fixedPath))) {
          it(`fixes ${name}`, () => {
            assert.ok(findingsOfFixture(fixture).messages.some((message) => message.fix), `${rule.id} offers no fix on ${name}`);
            assert.equal(fixedFixture(fixture), readFileSync(inRepo(fixture.fixedPath), 'utf8'), `${fixture.fixedPath}: ${RUN_GENERATE}`);
          });
        }
      }
    });
  }
});
