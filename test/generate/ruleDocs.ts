// The rule pages' generated parts: the index table of docs/rules/README.md, from the
// registry, and under each Bad example of a page the ```text block of the findings it
// gives, one per line as `line:column-endLine:endColumn severity rule-id message`
// (1-based, in the example). An example is linted with its rule alone, the default
// settings and today 23 November 2026, as a note even without a `type`.
import * as assert from 'node:assert/strict';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lint } from '../../src/core/lint/engine';
import type { Rule } from '../../src/core/lint/rule';
import { rules } from '../../src/core/lint/rules';
import { AS_A_NOTE, formatFindings } from '../unit/support';
import { committed, replaceBetween, type Generated } from './generated';

export const DOCS_INDEX = 'docs/rules/README.md';
export const INDEX_TABLE = /(<!-- rules-table:start -->\n)([\s\S]*?)(<!-- rules-table:end -->)/;

/** The page of a rule, from the repository's root. */
export const rulePage = (rule: Rule): string => `docs/rules/${rule.id}.md`;

/** The index table of the rule pages, from the registry. */
export function expectedIndexTable(): string {
  const rows = rules.map(
    (rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : 'no'} | ${rule.description} |\n`,
  );
  return ['| Rule | Default | Fixable | Description |\n', '| --- | --- | --- | --- |\n', ...rows].join('');
}

export interface Example {
  kind: 'Bad' | 'Good';
  code: Code;
  /** The ```text block after a Bad example. */
  findings: Code | undefined;
}

/** The examples of a page, each with the heading it sits under and the findings block after it. */
export function examplesOf(page: string): Example[] {
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

/** The findings of an example's text, as its ```text block lists them. */
export function findingsOf(rule: Rule, example: Code): string[] {
  const text = `${example.value}\n`;
  return formatFindings(text, lint(text, { ...AS_A_NOTE, rules: [rule] }).messages);
}

/**
 * A rule's page with the findings block of each Bad example written from what it gives
 * (and added after one that has none). An example that gives no finding is left as it
 * is: the page's test says so.
 */
export function withFindings(rule: Rule, page: string): string {
  // From the last to the first, so that a rewrite leaves the earlier offsets valid.
  for (const { kind, code, findings } of examplesOf(page).reverse()) {
    if (kind === 'Good') continue;
    const actual = findingsOf(rule, code);
    if (actual.length === 0) continue;
    const block = `\`\`\`text\n${actual.join('\n')}\n\`\`\``;
    page = findings
      ? `${page.slice(0, findings.position!.start.offset)}${block}${page.slice(findings.position!.end.offset)}`
      : `${page.slice(0, code.position!.end.offset)}\n\n${block}${page.slice(code.position!.end.offset)}`;
  }
  return page;
}

/** The index of docs/rules/ and the page of every rule that has one. */
export function ruleDocsFiles(): Generated[] {
  const index = committed(DOCS_INDEX) ?? '';
  const pages = rules.flatMap((rule) => {
    const page = committed(rulePage(rule));
    return page === undefined ? [] : [{ path: rulePage(rule), text: withFindings(rule, page) }];
  });
  return [{ path: DOCS_INDEX, text: replaceBetween(index, INDEX_TABLE, expectedIndexTable()) }, ...pages];
}
