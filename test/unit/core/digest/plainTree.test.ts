import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { resolveConfig } from '../../../../src/core/config/config';
import { sectionLines } from '../../../../src/core/digest/digestText';
import { digestNote } from '../../../../src/core/digest/noteDigest';
import { blankedLines, plainTree, type BodyLine } from '../../../../src/core/digest/plainTree';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { parseMarkdown } from '../../../../src/core/note/parseNote';
import { plainYamlDocument } from '../../../../src/core/note/plainYaml';
import { BUNDLED_TEMPLATE_TEXTS } from '../../../../src/core/scaffold/bundledTemplates';
import { listTemplates, renderTemplate } from '../../../../src/core/scaffold/templates';
import { bodyStartOf, generatedNote, notesUnder, root, wholeParse } from '../markdownCases';

const config = resolveConfig();
const { requiredSections } = config;

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


describe('plainTree: the digest builds plain Markdown without the parser', function () {
  // Every note the tests hold, the realism corpus's thousands among them, parsed twice: seconds alone, more on a busy machine.
  this.timeout(5 * 60_000);
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
