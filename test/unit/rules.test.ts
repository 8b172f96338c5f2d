// Every rule is tested on fixture notes in test/fixtures/<rule-id>/:
//   good-*.md  must get no finding from the rule;
//   bad-*.md   must get exactly the findings in bad-*.expected, one per line as
//              `line:column-endLine:endColumn severity rule-id message` (1-based);
//   bad-*.fixed.md, where present, is the note after applying the rule's fixes, pass
//              after pass as Fix All does (two insertions at one point take two passes);
//   *.config.json, where present, is the configuration the note is linted with.
// UPDATE_FIXTURES=1 npm run test:unit rewrites the expected files after an intended change.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../src/core/config/config';
import { applyEdits, lint } from '../../src/core/lint/engine';
import { rules } from '../../src/core/lint/rules';
import { formatFindings, FIXED_NOW } from './support';

const fixturesRoot = resolve(__dirname, '../../../test/fixtures');
const updating = process.env.UPDATE_FIXTURES === '1';

describe('rules on their fixtures', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      const folder = join(fixturesRoot, rule.id);
      const notes = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md')) : [];

      it('has good and bad fixtures', () => {
        assert.ok(notes.some((name) => name.startsWith('good-')), `test/fixtures/${rule.id}/good-*.md`);
        assert.ok(notes.some((name) => name.startsWith('bad-')), `test/fixtures/${rule.id}/bad-*.md`);
      });

      for (const name of notes) {
        const path = join(folder, name);
        const base = name.replace(/\.md$/, '');
        const configPath = join(folder, `${base}.config.json`);
        const config = resolveConfig(existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : undefined);
        const lintText = (text: string) => lint(text, { now: FIXED_NOW, config }).messages.filter((message) => message.ruleId === rule.id);
        const lintFixture = () => {
          const text = readFileSync(path, 'utf8');
          return { text, messages: lintText(text) };
        };

        if (name.startsWith('good-')) {
          it(`is silent on ${name}`, () => {
            const { text, messages } = lintFixture();
            assert.deepEqual(formatFindings(text, messages), []);
          });
          continue;
        }

        it(`reports ${name}`, () => {
          const { text, messages } = lintFixture();
          const actual = formatFindings(text, messages);
          const expectedPath = join(folder, `${base}.expected`);
          if (updating) writeFileSync(expectedPath, actual.map((line) => `${line}\n`).join(''));
          assert.ok(actual.length > 0, `${rule.id} reports nothing on ${name}`);
          assert.deepEqual(actual, readFileSync(expectedPath, 'utf8').split('\n').filter(Boolean));
        });

        const fixedPath = join(folder, `${base}.fixed.md`);
        if (existsSync(fixedPath)) {
          it(`fixes ${name}`, () => {
            const { text, messages } = lintFixture();
            assert.ok(messages.some((message) => message.fix), `${rule.id} offers no fix on ${name}`);
            let fixed = text;
            for (let pass = 0; pass < 10; pass++) {
              const next = applyEdits(fixed, lintText(fixed).flatMap((message) => message.fix?.edits ?? [])).text;
              if (next === fixed) break;
              fixed = next;
            }
            if (updating) writeFileSync(fixedPath, fixed);
            assert.equal(fixed, readFileSync(fixedPath, 'utf8'));
          });
        }
      }
    });
  }
});
