import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../../../src/core/config/config';
import { digestNote, digestOf } from '../../../../src/core/digest/noteDigest';
import { parseNote } from '../../../../src/core/note/parseNote';
import { BOM } from '../../../../src/core/base/lines';
import { growsLinearly, scaled } from '../../support';

const root = resolve(__dirname, '../../../../..');
const config = resolveConfig();

/** Every Markdown file under a folder. */
function notesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name));
}

/** How many notes one test compares: the corpus grows by hundreds a round, and each test has its own time on a slow machine. */
const NOTES_A_TEST = 400;

describe('digest of the needed sections alone', () => {
  const files = ['test/realism/notes', 'test/fixtures', 'test/cli-fixtures', 'templates', 'examples'].flatMap(notesUnder);
  it('finds the realism corpus, the fixtures, the templates and the examples', () => {
    assert.ok(files.length > 250, `${files.length} notes`);
  });
  for (let from = 0; from < files.length; from += NOTES_A_TEST) {
    const batch = files.slice(from, from + NOTES_A_TEST);
    it(`gives the record a parse of the whole note gives, notes ${from + 1} to ${from + batch.length} of ${files.length}`, () => {
      let compared = 0;
      for (const file of batch) {
        const text = readFileSync(join(root, file), 'utf8');
        const fast = digestNote(text, config, file);
        if (!fast) continue;
        const source = text.startsWith(BOM) ? text.slice(1) : text;
        assert.deepEqual(fast, digestOf(parseNote(source, config.requiredSections), config), file);
        compared++;
      }
      // Each batch holds client notes: a batch that compares none reads nothing.
      assert.ok(compared > 0, `${compared} notes compared`);
    });
  }

  it('keeps a section whose heading has markup, and reads a note with a code fence whole', () => {
    const note = (body: string) => `---\ntype: client-conversation\nclient: Acme\n---\n\n${body}`;
    for (const body of [
      '## **Agreed** next steps\n\n- [ ] Send it (owner: me)\n',
      '## Facts\n\n```\n## Agreed next steps\n- [ ] Not a step\n```\n\n## Agreed next steps\n\n- [ ] Send it (owner: me)\n',
      '## Facts\n\nA line\n---\n\n## Agreed next steps\n\n- [ ] Send it (owner: me)\n',
      '## Facts\n\n<!--\n## Agreed next steps\n- [ ] Hidden\n-->\n\n## Agreed next steps\n\n- [ ] Send it (owner: me)\n',
    ]) {
      const text = note(body);
      // Fences remark-frontmatter does not take as its own: the note is parsed with the lines not read blanked.
      for (const variant of [text.replace(/^---\n/, '--- \n'), text.replace('\n---\n', '\n...\n')]) {
        assert.deepEqual(digestNote(variant, config), digestOf(parseNote(variant, config.requiredSections), config), variant);
      }
      assert.deepEqual(digestNote(text, config), digestOf(parseNote(text, config.requiredSections), config), body);
      assert.deepEqual(
        digestNote(text, config)?.steps.map((step) => step.what),
        ['Send it'],
      );
    }
  });

  it('reads a note of 19,000 lines whose only comment is at its end in one pass, in time that grows as the note does (each line looked back for a comment: 6 s)', () => {
    const texts = scaled((lines) => `---\ntype: client-conversation\nclient: Acme\n---\n\n## Agreed next steps\n\n- [ ] Send it (owner: me)\n\n## Facts\n\n${'A line of plain words, as prose runs on.\n'.repeat(lines)}<!-- the only comment -->\n`, 19_000);
    const text = texts.whole;
    const digest = growsLinearly('the digest', texts, (note) => digestNote(note, config));
    assert.deepEqual(digest, digestOf(parseNote(text, config.requiredSections), config));
    assert.deepEqual(digest?.steps.map((step) => step.what), ['Send it']);
  });
});

