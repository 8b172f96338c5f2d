import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { resolveConfig } from '../../../../src/core/config/config';
import { EVERY_SECTION, noteTree, sectionLines } from '../../../../src/core/digest/digestText';
import { plainTree } from '../../../../src/core/digest/plainTree';
import { parseMarkdown } from '../../../../src/core/note/parseNote';
import { lint, type LintOptions } from '../../../../src/core/lint/engine';
import { rules } from '../../../../src/core/lint/rules';
import { fixturesOf } from '../../../generate/fixtures';
import { AS_A_NOTE, FIXED_NOW } from '../../support';
import { BOM } from '../../../../src/core/base/lines';
import { bodyStartOf, generatedNote, notesUnder, root, wholeParse } from '../markdownCases';

const config = resolveConfig();

/**
 * Holds the line scan the linter reads a note with to the whole parse: the same tree, and
 * the same findings (offsets, messages and fixes) with either; true when no stretch of the
 * note went to the parser.
 */
function lintsAsWhole(text: string, options: LintOptions, label: string): boolean {
  const bodyStart = bodyStartOf(text);
  let parsed = 0;
  const lines = sectionLines(text, bodyStart, (options.config ?? config).requiredSections, EVERY_SECTION);
  const tree = lines && plainTree(text, bodyStart, lines, (markdown) => {
    parsed++;
    return parseMarkdown(markdown);
  });
  assert.deepEqual(noteTree(text, bodyStart, (options.config ?? config).requiredSections), wholeParse(text), label);
  // The whole parse the tree was held to serves the linter too, in the note's language: one parse of the corpus's notes, not two.
  assert.deepEqual(lint(text, options), lint(text, { ...options, parse: (markdown, language) => (language.code === 'en' ? wholeParse(markdown) : parseMarkdown(markdown, language)) }), label);
  return tree !== undefined && parsed === 0;
}

describe('the linter reads a note on the line scan, with the findings of a whole parse', function () {
  // Every note is linted twice, on a machine other work shares: room for that as the corpus grows (8,289 notes took 4 minutes
  // beside an integration run, past the 5 this gave), never a figure of speed.
  this.timeout(15 * 60_000);

  it("on every rule's fixtures, with their configuration", () => {
    const fixtures = rules.flatMap(fixturesOf);
    assert.ok(fixtures.length > 100, `${fixtures.length} fixtures`);
    for (const fixture of fixtures) {
      const text = readFileSync(join(root, fixture.path), 'utf8').replace(BOM, '');
      lintsAsWhole(text, { config: fixture.config, now: FIXED_NOW }, fixture.path);
    }
  });

  it("on the realism corpus, the CLI's notes, the templates, the examples and the benchmark notes, nearly all built without the parser", async () => {
    const corpus = (await import(pathToFileURL(join(root, 'bench', 'corpus.mjs')).href)) as { typicalNote(index: number): string };
    const benchNotes = Array.from({ length: 100 }, (_, index) => corpus.typicalNote(index + 1));
    const notes = [...['test/realism/notes', 'test/cli-fixtures', 'templates', 'examples'].flatMap(notesUnder), ...benchNotes];
    const builtWithoutParser = notes.map((text, index) => lintsAsWhole(text, AS_A_NOTE, `note ${index}`));
    const built = builtWithoutParser.filter(Boolean).length;
    assert.ok(built > notes.length / 2, `${built} of ${notes.length} built without the parser`);
    // The benchmark notes come last in the list.
    assert.ok(builtWithoutParser.slice(-benchNotes.length).every(Boolean), 'every benchmark note built without the parser');
  });

  it('on generated Markdown', () => {
    fc.assert(
      fc.property(generatedNote, ({ frontmatter, lines, eol, last }) => {
        const text = frontmatter + lines.map(([content]) => content).join(eol) + (last ? eol : '');
        lintsAsWhole(text, AS_A_NOTE, JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});
