// The examples of every rule page are tests, as remark-lint's are: each ```markdown block
// under "### Bad" is followed by a ```text block listing the findings it gives (written by
// npm run generate, test/generate/ruleDocs.ts, which says how); each under "### Good"
// gives none.
import * as assert from 'node:assert/strict';
import { rules } from '../../../../src/core/lint/rules';
import { committed, RUN_GENERATE } from '../../../generate/generated';
import { examplesOf, findingsOf, rulePage } from '../../../generate/ruleDocs';

describe('rule docs examples', () => {
  for (const rule of rules) {
    it(`${rule.id}: the Bad examples give the findings listed, the Good ones none`, () => {
      const examples = examplesOf(committed(rulePage(rule)) ?? '');
      assert.ok(examples.some((example) => example.kind === 'Bad'), 'has a Bad example');
      assert.ok(examples.some((example) => example.kind === 'Good'), 'has a Good example');
      for (const { kind, code, findings } of examples) {
        const actual = findingsOf(rule, code);
        const where = `${kind} example at ${rulePage(rule)}:${code.position!.start.line}`;
        if (kind === 'Good') {
          assert.deepEqual(actual, [], where);
          continue;
        }
        assert.ok(actual.length > 0, `${where} gives no finding`);
        assert.ok(findings, `${where} has no \`\`\`text block after it listing its findings: ${RUN_GENERATE}`);
        assert.deepEqual(findings.value.split('\n'), actual, `${where}: ${RUN_GENERATE}`);
      }
    });
  }
});
