// A note of each scenario, filled in as its template asks, and the recap it gives: golden
// files (npm run generate rewrites them after an intended change to the recap's wording).
import * as assert from 'node:assert/strict';
import { lint } from '../../../../src/core/lint/engine';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { PLACEHOLDER } from '../../../../src/core/note/placeholders';
import { SCENARIOS } from '../../../../src/core/note/scenarios';
import { KNOWN_SECTIONS } from '../../../../src/core/note/sections';
import { BUILT_IN_TEMPLATES } from '../../../../src/core/scaffold/bundledTemplates';
import { findTemplate } from '../../../../src/core/scaffold/templates';
import { committed, RUN_GENERATE } from '../../../generate/generated';
import { scenarioCase, scenarioRecap, SCENARIO_FILES, SCENARIOS_ROOT } from '../../../generate/recaps';
import { FIXED_NOW } from '../../support';

const PRIVATE_SECTIONS = new Set(KNOWN_SECTIONS.filter((section) => section.private).map((section) => section.title));

/** The `## ` sections of a note, by title, each with its lines. */
function sectionsOf(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let lines: string[] | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) sections.set(heading[1], (lines = []));
    else lines?.push(line);
  }
  return sections;
}

/** The `- Label:` that opens a line, as the templates write their prompts. */
function labelOf(line: string): string | undefined {
  return /^- ([^:{}]+): /.exec(line)?.[1];
}

/**
 * What only the freelancer may read, found without the privacy module under test: the
 * `private` frontmatter, each line of a private section (its label taken off), and every
 * HTML comment. Short fragments are left out, as they could be ordinary words.
 */
function privateFragments(note: string): string[] {
  const fragments: string[] = [];
  const data = readFrontmatter(note)?.data;
  if (data?.private && typeof data.private === 'object') fragments.push(...Object.values(data.private).map(String));
  for (const [title, lines] of sectionsOf(note)) {
    if (!PRIVATE_SECTIONS.has(title)) continue;
    for (const line of lines) fragments.push(line.replace(/^- /, '').replace(/^[^:]+: /, ''));
  }
  for (const comment of note.match(/<!--[\s\S]*?-->/g) ?? []) fragments.push(comment.slice(4, -3));
  return fragments.map((fragment) => fragment.trim()).filter((fragment) => fragment.length >= 12);
}

describe('a filled note of each scenario and its recap', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      let note = '';
      before(() => {
        note = scenarioCase(scenario.id).note;
      });

      it('is its template filled in: every prompt replaced, every section and labelled line kept', () => {
        assert.deepEqual(note.match(PLACEHOLDER) ?? [], []);
        assert.equal(readFrontmatter(note)?.data?.scenario, scenario.id);
        const template = sectionsOf(findTemplate(BUILT_IN_TEMPLATES, scenario.id)!.text);
        const filled = sectionsOf(note);
        assert.deepEqual([...filled.keys()], [...template.keys()]);
        for (const [title, lines] of template) {
          const labels = filled.get(title)!.map(labelOf);
          for (const label of lines.map(labelOf).filter((label) => label !== undefined)) assert.ok(labels.includes(label), `${title}: ${label}`);
        }
      });

      it('lints with no finding at all', () => {
        const findings = lint(note, { now: FIXED_NOW }).messages;
        assert.deepEqual(
          findings.map((message) => `${message.ruleId} at ${message.start}: ${message.message}`),
          [],
        );
      });

      for (const [format, file] of Object.entries(SCENARIO_FILES) as Array<[keyof typeof SCENARIO_FILES, string]>) {
        it(`gives the golden ${format} recap, with nothing from the private parts`, () => {
          const result = scenarioRecap(scenario.id, format);
          assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
          const fragments = privateFragments(note);
          assert.ok(fragments.length >= 10, `${fragments.length} private fragments`);
          for (const fragment of fragments) assert.ok(!result.text.includes(fragment), `leaked: ${fragment}`);
          const path = `${SCENARIOS_ROOT}/${scenario.id}/${file}`;
          assert.equal(result.text, committed(path), `${path}: ${RUN_GENERATE}`);
        });
      }
    });
  }
});
