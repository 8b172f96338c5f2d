// The examples of every rule page are tests, as remark-lint's are: each ```markdown block
// under "### Bad" is followed by a ```text block listing the findings it gives, one per
// line as `line:column-endLine:endColumn severity rule-id message` (1-based, in the
// example); each under "### Good" gives none. An example is linted with its rule alone,
// the default settings and today 23 November 2026, as a note even without a `type`.
// UPDATE_DOCS=1 npm run test:unit rewrites the ```text blocks after an intended change.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lint } from '../../src/core/lint/engine';
import type { Rule } from '../../src/core/lint/rule';
import { rules } from '../../src/core/lint/rules';
import { AS_A_NOTE, formatFindings } from './support';

const docsFolder = resolve(__dirname, '../../../docs/rules');
const updating = process.env.UPDATE_DOCS === '1';

interface Example {
  kind: 'Bad' | 'Good';
  code: Code;
  /** The ```text block after a Bad example. */
  findings: Code | undefined;
}

/** The examples of a page, each with the heading it sits under and the findings block after it. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  for (const node of unified().use(remarkParse).parse(page).children) {
    if (node.type === 'heading') {
      const title = node.children.map((child) => ('value' in child ? child.value : '')).join('');
      kind = node.depth === 3 && (title === 'Bad' || title === 'Good') ? title : undefined;
    } else if (node.type === 'code' && kind) {
      if (node.lang === 'markdown') examples.push({ kind, code: node, findings: undefined });
      else if (node.lang === 'text') {
        const last = examples.at(-1);
        assert.ok(last && !last.findings && last.kind === kind, `a \`\`\`text block at line ${node.position!.start.line} follows no example`);
        last.findings = node;
      }
    }
  }
  return examples;
}

function findingsOf(rule: Rule, example: string): string[] {
  return formatFindings(example, lint(example, { ...AS_A_NOTE, rules: [rule] }).messages);
}

describe('rule docs examples', () => {
  for (const rule of rules) {
    it(`${rule.id}: the Bad examples give the findings listed, the Good ones none`, () => {
      const path = join(docsFolder, `${rule.id}.md`);
      let page = readFileSync(path, 'utf8');
      const examples = examplesOf(page);
      assert.ok(examples.some((example) => example.kind === 'Bad'), 'has a Bad example');
      assert.ok(examples.some((example) => example.kind === 'Good'), 'has a Good example');
      // From the last to the first, so that a rewrite leaves the earlier offsets valid.
      for (const { kind, code, findings } of examples.reverse()) {
        const actual = findingsOf(rule, `${code.value}\n`);
        const where = `${kind} example at docs/rules/${rule.id}.md:${code.position!.start.line}`;
        if (kind === 'Good') {
          assert.deepEqual(actual, [], where);
          continue;
        }
        assert.ok(findings, `${where} has no \`\`\`text block after it listing its findings`);
        assert.ok(actual.length > 0, `${where} gives no finding`);
        if (updating) {
          page = `${page.slice(0, findings.position!.start.offset)}\`\`\`text\n${actual.join('\n')}\n\`\`\`${page.slice(findings.position!.end.offset)}`;
          continue;
        }
        assert.deepEqual(findings.value.split('\n'), actual, where);
      }
      if (updating) writeFileSync(path, page);
    });
  }
});
