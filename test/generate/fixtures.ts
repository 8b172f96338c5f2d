// Every rule's fixture notes in test/fixtures/<rule-id>/ and what is generated from them:
//   good-*.md  must get no finding from the rule;
//   bad-*.md   must get exactly the findings in bad-*.expected, one per line as
//              `line:column-endLine:endColumn severity rule-id message` (1-based);
//   bad-*.fixed.md, where present, is the note after applying the rule's fixes, pass
//              after pass as Fix All does (two insertions at one point take two passes);
//   *.config.json, where present, is the configuration the note is linted with.
// npm run generate writes each bad-*.expected, and each bad-*.fixed.md there is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolveConfig, type ResolvedConfig } from '../../src/core/config/config';
import { applyEdits, lint } from '../../src/core/lint/engine';
import type { Rule } from '../../src/core/lint/rule';
import { rules } from '../../src/core/lint/rules';
import type { LintMessage } from '../../src/core/base/types';
import { FIXED_NOW, formatFindings } from '../unit/support';
import { inRepo, type Generated } from './generated';

/** A fixture note of a rule, and what it is linted with. */
export interface Fixture {
  rule: Rule;
  /** The note's file name, `good-….md` or `bad-….md`. */
  name: string;
  /** The note's path from the repository's root; the paths of its `.expected` and `.fixed.md` beside it. */
  path: string;
  expectedPath: string;
  fixedPath: string;
  /** The configuration the note is linted with. */
  config: ResolvedConfig;
  /** The rule's findings on a text, under the fixture's configuration. */
  lintText(text: string): LintMessage[];
}

/** The fixture notes of a rule, in its folder's order. */
export function fixturesOf(rule: Rule): Fixture[] {
  const folder = `test/fixtures/${rule.id}`;
  if (!existsSync(inRepo(folder))) return [];
  return readdirSync(inRepo(folder))
    .filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md'))
    .map((name) => {
      const base = `${folder}/${name.replace(/\.md$/, '')}`;
      const configPath = inRepo(`${base}.config.json`);
      const config = resolveConfig(existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : undefined);
      return {
        rule,
        name,
        path: `${folder}/${name}`,
        expectedPath: `${base}.expected`,
        fixedPath: `${base}.fixed.md`,
        config,
        lintText: (text: string) => lint(text, { now: FIXED_NOW, config }).messages.filter((message) => message.ruleId === rule.id),
      };
    });
}

/** A fixture's text and the rule's findings on it, each as a line of its `.expected`. */
export function findingsOfFixture(fixture: Fixture): { text: string; messages: LintMessage[]; findings: string[] } {
  const text = readFileSync(inRepo(fixture.path), 'utf8');
  const messages = fixture.lintText(text);
  return { text, messages, findings: formatFindings(text, messages) };
}

/** A fixture after the rule's fixes, applied pass after pass until nothing changes (ten at most). */
export function fixedFixture(fixture: Fixture): string {
  let fixed = readFileSync(inRepo(fixture.path), 'utf8');
  for (let pass = 0; pass < 10; pass++) {
    const next = applyEdits(fixed, fixture.lintText(fixed).flatMap((message) => message.fix?.edits ?? [])).text;
    if (next === fixed) break;
    fixed = next;
  }
  return fixed;
}

/** The `.expected` of every bad fixture, and the `.fixed.md` of those that have one. */
export function fixtureFiles(): Generated[] {
  return rules.flatMap(fixturesOf).flatMap((fixture) => {
    if (fixture.name.startsWith('good-')) return [];
    const expected = { path: fixture.expectedPath, text: findingsOfFixture(fixture).findings.map((line) => `${line}\n`).join('') };
    return existsSync(inRepo(fixture.fixedPath)) ? [expected, { path: fixture.fixedPath, text: fixedFixture(fixture) }] : [expected];
  });
}
