import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { resolveConfig } from '../../../../src/core/config/config';
import { EVERY_SECTION, noteTree, sectionLines } from '../../../../src/core/digest/digestText';
import { digestNote } from '../../../../src/core/digest/noteDigest';
import { blankedLines, plainTree, type BodyLine } from '../../../../src/core/digest/plainTree';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { parseMarkdown } from '../../../../src/core/note/parseNote';
import { lint, type LintOptions } from '../../../../src/core/lint/engine';
import { rules } from '../../../../src/core/lint/rules';
import { fixturesOf } from '../../../generate/fixtures';
import { AS_A_NOTE, FIXED_NOW } from '../../support';
import { plainYamlDocument } from '../../../../src/core/note/plainYaml';
import { BUNDLED_TEMPLATE_TEXTS } from '../../../../src/core/scaffold/bundledTemplates';
import { listTemplates, renderTemplate } from '../../../../src/core/scaffold/templates';
import { BOM } from '../../../../src/core/base/lines';

const root = resolve(__dirname, '../../../../..');
const config = resolveConfig();
const { requiredSections } = config;

function notesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(root, folder, name), 'utf8').replace(BOM, ''));
}

function bodyStartOf(text: string): number {
  const frontmatter = readFrontmatter(text);
  return frontmatter?.closed ? frontmatter.end : 0;
}

/**
 * remark's tree of a whole note, parsed once for the suite: both describes hold the same
 * notes to it. Only compared with, never handed to code that could change it.
 */
const wholeParses = new Map<string, ReturnType<typeof parseMarkdown>>();
function wholeParse(text: string): ReturnType<typeof parseMarkdown> {
  let tree = wholeParses.get(text);
  if (!tree) wholeParses.set(text, (tree = parseMarkdown(text)));
  return tree;
}
// The worker process that ran this suite runs others after it: the trees go with the suite.
after(() => wholeParses.clear());

/**
 * Compares the tree built for these lines with remark's of the note with the other lines
 * blanked; true when it was built without the parser.
 */
function sameAsRemark(text: string, lines: BodyLine[], bodyStart: number, label: string): boolean {
  let parsed = 0;
  const tree = plainTree(text, bodyStart, lines, (markdown) => {
    parsed++;
    return parseMarkdown(markdown);
  });
  if (!tree) return false;
  const blanked = text.slice(0, bodyStart) + blankedLines(text, lines);
  assert.deepEqual(tree, blanked === text ? wholeParse(text) : parseMarkdown(blanked), label);
  return parsed === 0;
}

/** The lines as the digest marks them, every one kept or as `keep` says, headings always. */
function linesOf(text: string, bodyStart: number, keep: (index: number) => boolean): BodyLine[] | undefined {
  return sectionLines(text, bodyStart, requiredSections)?.map((line, index) => ({ ...line, kept: line.heading || keep(index) }));
}

/** A line of generated Markdown: the constructs the line scan follows or hands to the parser, plain words and their look-alikes. */
const generatedLine = fc.oneof(
  fc.constantFrom('', '   ', '# Agreed next steps', '## Facts', '## Private notes', 'Next steps:', '**Boundaries:**', 'FACTS', '## Boundaries ##', '### Me', '##', '#hashtag', '# Facts #', '## #', '### ###', '# Next steps#', '#######', '## Boundaries   ', '<!-- a comment -->', '<!-- open', 'text -->', '---', '***', '* * *', '- - -', '> quote', '    code', '```', '| What | Who |', '|---|---|'),
  fc.tuple(
    fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '      ', '        '),
    fc.constantFrom('', '- ', '-', '* ', '+ ', '1. ', '2) ', '10. ', '-     ', '- [ ] ', '- [x]', '1.  [X] ', '-\t', '- **Me:** ', '- [ ] **Dana**: ', '* **Sam Lee:**', '- **x **', '- ** x**', '- [x]  **Me:**', '- **Me**', '- **(Me)**x'),
    fc.array(fc.constantFrom('Send', 'the', 'invoice', '(owner: me, due: 2026-12-01)', 'Q&A', '&amp;', 'a_b', '*x*', '`c`', '[link](u)', '[ ]', '<b>', '\\', '3.', '-', '#', '>', '~', '  ', ' ', '\t', 'é', '😀', '\u00a0', '\u2028', '\f', '3.5 hours', '2026-03-12', 'obviously', 'you never', 'your fault', '{{client}}'), { maxLength: 6 }),
  ).map(([indent, marker, words]) => indent + marker + words.join(' ')),
);
/** A generated note: a frontmatter or none, lines each kept or blanked (for the digest), and its line endings. */
const generatedNote = fc.record({
  frontmatter: fc.constantFrom('', '---\ntype: client-conversation\n---\n', '---\r\nclient: Acme\r\n---\r\n', '---\n---\n', '--- \nx: 1\n---\n'),
  lines: fc.array(fc.tuple(generatedLine, fc.boolean()), { maxLength: 14 }),
  eol: fc.constantFrom('\n', '\r\n'),
  last: fc.boolean(),
});

describe('plainTree: the digest builds plain Markdown without the parser', () => {
  let benchNotes: string[] = [];
  before(async () => {
    const corpus = (await import(pathToFileURL(join(root, 'bench', 'corpus.mjs')).href)) as { typicalNote(index: number): string };
    benchNotes = Array.from({ length: 300 }, (_, index) => corpus.typicalNote(index + 1));
  });

  it('gives the tree remark gives, for the notes the tests hold and the benchmark notes, whole and as the digest reads them', () => {
    const notes = [...['test/realism/notes', 'test/fixtures', 'test/cli-fixtures', 'templates', 'examples'].flatMap(notesUnder), ...benchNotes];
    let whole = 0;
    let digest = 0;
    notes.forEach((text, index) => {
      const bodyStart = bodyStartOf(text);
      const every = linesOf(text, bodyStart, () => true);
      if (every && sameAsRemark(text, every, bodyStart, `note ${index}, whole`)) whole++;
      const lines = sectionLines(text, bodyStart, requiredSections);
      if (lines && sameAsRemark(text, lines, bodyStart, `note ${index}, as the digest reads it`)) digest++;
    });
    assert.ok(whole > notes.length / 3, `${whole} of ${notes.length} whole`);
    // Most notes as the digest reads them: a note whose kept lines hold links or emphasis
    // (Obsidian's `[[Person]]`, a `**Decision:**` mid-line) is rightly parsed, and the realism
    // corpus has many (774 of 986 were built without the parser at 470 realism notes).
    assert.ok(digest > notes.length * 0.75, `${digest} of ${notes.length} as the digest reads them`);
  });

  it('builds every benchmark note without the parser', () => {
    for (const text of benchNotes) {
      const bodyStart = bodyStartOf(text);
      assert.ok(sameAsRemark(text, sectionLines(text, bodyStart, requiredSections)!, bodyStart, text), text);
    }
  });

  it('reads a note made from each template, as New Conversation Note writes it, without either parser', () => {
    for (const template of listTemplates(BUNDLED_TEMPLATE_TEXTS.en)) {
      const { text } = renderTemplate(template.text, { client: 'Acme Ltd', contact: 'Jane Doe <jane@acme.example>', date: '2026-11-27', topic: 'Phase 2: scope', scenario: template.scenario });
      const frontmatter = readFrontmatter(text)!;
      assert.ok(plainYamlDocument(text.slice(frontmatter.contentStart, frontmatter.contentEnd)), `${template.scenario}: frontmatter`);
      assert.ok(sameAsRemark(text, sectionLines(text, frontmatter.end, requiredSections)!, frontmatter.end, template.scenario), `${template.scenario}: body`);
    }
  });

  it('reads a heading with a long run of blanks in its title in one pass (a pattern backtracked over it for minutes)', () => {
    const text = `---\ntype: client-conversation\nclient: Acme\n---\n\n## Agreed${' '.repeat(300_000)}next steps ##\n\n- [ ] Send it (owner: me)\n`;
    assert.deepEqual(
      digestNote(text, config)?.steps.map((step) => step.what),
      ['Send it'],
    );
  });

  it('gives the tree remark gives for generated Markdown, or none', () => {
    let built = 0;
    fc.assert(
      fc.property(generatedNote, ({ frontmatter, lines, eol, last }) => {
        const text = frontmatter + lines.map(([content]) => content).join(eol) + (last ? eol : '');
        const bodyStart = bodyStartOf(text);
        const body = linesOf(text, bodyStart, (index) => lines[index]?.[1] !== false);
        if (body && sameAsRemark(text, body, bodyStart, JSON.stringify(text))) built++;
      }),
      { numRuns: 5000 },
    );
    assert.ok(built > 300, `${built} built`);
  });
});

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
  // Every note is linted twice, on a machine other work shares: room for that, never a figure of speed.
  this.timeout(5 * 60_000);

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
