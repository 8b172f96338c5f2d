// The notes the tests hold and generated Markdown, as the line scan's suites (the digest's
// tree and the linter's) hold them to remark's parse of the whole note.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { parseMarkdown } from '../../../src/core/note/parseNote';
import { BOM } from '../../../src/core/base/lines';

export const root = resolve(__dirname, '../../../..');

export function notesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(root, folder, name), 'utf8').replace(BOM, ''));
}

export function bodyStartOf(text: string): number {
  const frontmatter = readFrontmatter(text);
  return frontmatter?.closed ? frontmatter.end : 0;
}

/**
 * remark's tree of a whole note, parsed once for the suite that asks. Only compared with,
 * never handed to code that could change it.
 */
const wholeParses = new Map<string, ReturnType<typeof parseMarkdown>>();
export function wholeParse(text: string): ReturnType<typeof parseMarkdown> {
  let tree = wholeParses.get(text);
  if (!tree) wholeParses.set(text, (tree = parseMarkdown(text)));
  return tree;
}
// The worker process that ran the suite runs others after it: the trees go with the suite.
after(() => wholeParses.clear());

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
export const generatedNote = fc.record({
  frontmatter: fc.constantFrom('', '---\ntype: client-conversation\n---\n', '---\r\nclient: Acme\r\n---\r\n', '---\n---\n', '--- \nx: 1\n---\n'),
  lines: fc.array(fc.tuple(generatedLine, fc.boolean()), { maxLength: 14 }),
  eol: fc.constantFrom('\n', '\r\n'),
  last: fc.boolean(),
});
