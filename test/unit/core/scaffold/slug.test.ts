import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstFreePath, MAX_COLLISION_SUFFIX, MAX_SLUG_LENGTH, noteRelativePath, slugify, withCollisionSuffix } from '../../../../src/core/scaffold/slug';
import { fileNameForDay, staleFileName } from '../../../../src/core/scaffold/datedFileName';

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['Launch of the new booking site moves', 'launch-of-the-new-booking-site-moves'],
    ['Crème Brûlée Café — Zürich', 'creme-brulee-cafe-zurich'],
    ["O'Brien & Sons", 'obrien-sons'],
    ['Acme: "Ltd" #1', 'acme-ltd-1'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\jane\\notes', 'c-users-jane-notes'],
    ['Rates 🚀 for 2027 👩‍💻🇬🇧', 'rates-for-2027'],
    ['tab\there\u0000nul\u202Eevil\u200Bzero', 'tab-here-nul-evil-zero'],
    ['ﬁnal ①', 'final-1'],
    ['שלום עולם', 'שלום-עולם'],
    ['مرحبا بالعالم', 'مرحبا-بالعالم'],
    ['नमस्ते दुनिया', 'नमस्ते-दुनिया'],
    ['東京 会議', '東京-会議'],
    ['ΣΎΣΚΕΨΗ', 'συσκεψη'],
    ['  --Trim--  ', 'trim'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(slugify(input), expected));
  }

  it('falls back when nothing usable is left', () => {
    assert.equal(slugify('?!… 🙂 ///'), 'note');
    assert.equal(slugify(''), 'note');
    assert.equal(slugify('***', { fallback: 'client' }), 'client');
  });

  it('never gives a name Windows reserves', () => {
    const reserved: Array<[string, string]> = [
      ['CON', 'con_'],
      ['Nul', 'nul_'],
      ['aux', 'aux_'],
      ['PRN', 'prn_'],
      ['COM1', 'com1_'],
      ['lpt9', 'lpt9_'],
      ['com¹', 'com1_'],
      [' con. ', 'con_'],
    ];
    for (const [name, expected] of reserved) assert.equal(slugify(name), expected, name);
    assert.equal(slugify('console'), 'console');
    assert.equal(slugify('con ed'), 'con-ed');
  });

  it('cuts a long text at a word, within the limit', () => {
    const long = 'the quarterly review of the retainer agreement and the new rates for next year';
    const slug = slugify(long);
    assert.equal(slug, 'the-quarterly-review-of-the-retainer-agreement-and-the-new');
    assert.ok(slug.length <= MAX_SLUG_LENGTH);
    assert.equal(slugify('a '.repeat(30) + 'b', { maxLength: 10 }), 'a-a-a-a-a');
    assert.equal(slugify('x'.repeat(100)), 'x'.repeat(MAX_SLUG_LENGTH), 'one long word is cut inside');
    assert.equal(slugify('a ' + 'y'.repeat(100), { maxLength: 10 }), 'a-yyyyyyyy', 'rather than to one letter');
    assert.equal(slugify('𠀀'.repeat(100)), '𠀀'.repeat(MAX_SLUG_LENGTH), 'counted in characters, never half of one');
  });

  it('gives a short, safe, non-empty name for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const slug = slugify(text);
        assert.ok(slug.length > 0 && [...slug].length <= MAX_SLUG_LENGTH + 1);
        assert.doesNotMatch(slug, /[\\/:*?"<>|\p{Cc}\p{Cf}\p{Cs}\s.]|^-|-$|--/u);
        assert.equal(slug, slug.toLowerCase());
        assert.equal(slug, slug.normalize('NFC'));
      }),
    );
  });
});

describe('note paths', () => {
  it('{notesFolder}/{client-slug}/{date}-{topic-slug}.md', () => {
    assert.equal(noteRelativePath('notes', 'Acme Ltd', '2026-11-20', 'Launch moves!'), 'notes/acme-ltd/2026-11-20-launch-moves.md');
    assert.equal(noteRelativePath('clients/notes/', 'Café/Bar', '2026-11-20', '🙂'), 'clients/notes/cafe-bar/2026-11-20-note.md');
    assert.equal(noteRelativePath('', '', '2026/11/20', 'x'), 'client/2026-11-20-x.md');
  });

  it('numbers a taken path before the extension', () => {
    assert.equal(withCollisionSuffix('notes/acme/2026-11-20-x.md', 1), 'notes/acme/2026-11-20-x.md');
    assert.equal(withCollisionSuffix('notes/acme/2026-11-20-x.md', 2), 'notes/acme/2026-11-20-x-2.md');
    assert.equal(withCollisionSuffix('notes/v1.2/readme', 3), 'notes/v1.2/readme-3');
    assert.equal(withCollisionSuffix('C:\\notes\\a.md', 12), 'C:\\notes\\a-12.md');
  });

  it('finds the first free path, asking as it goes', async () => {
    const taken = new Set(['n/a.md', 'n/a-2.md']);
    const asked: string[] = [];
    const free = await firstFreePath('n/a.md', async (path) => {
      asked.push(path);
      return taken.has(path);
    });
    assert.equal(free, 'n/a-3.md');
    assert.deepEqual(asked, ['n/a.md', 'n/a-2.md', 'n/a-3.md']);
    assert.equal(await firstFreePath('n/b.md', () => false), 'n/b.md');
    assert.equal(await firstFreePath('n/c.md', () => true), undefined, `gives up after ${MAX_COLLISION_SUFFIX}`);
  });
});

describe('a file name after the conversation day', () => {
  it('puts the day of `date:` in place of the day the name starts with', () => {
    assert.equal(fileNameForDay('2026-12-04-launch-moves.md', '2026-12-10'), '2026-12-10-launch-moves.md');
    assert.equal(fileNameForDay('2026-12-04_launch.md', '2026-12-10'), '2026-12-10_launch.md');
  });

  it('leaves a name without a leading day, with the same day, or with a day that does not exist', () => {
    assert.equal(fileNameForDay('launch-moves.md', '2026-12-10'), undefined);
    assert.equal(fileNameForDay('2026-12-10-launch.md', '2026-12-10'), undefined);
    assert.equal(fileNameForDay('2026-02-30-launch.md', '2026-12-10'), undefined);
    assert.equal(fileNameForDay('2026-12-04-launch.md', '2026-13-01'), undefined);
    assert.equal(fileNameForDay('2026-12-041-launch.md', '2026-12-10'), undefined);
  });

  it('says where the date pair is, for the offer to rename', () => {
    const text = '---\ntype: client-conversation\ndate: 2026-12-10 # moved\n---\n# Launch\n';
    assert.deepEqual(staleFileName(text, '2026-12-04-launch.md'), { start: text.indexOf('date'), end: text.indexOf(' # moved'), fileName: '2026-12-10-launch.md' });
    assert.equal(staleFileName(text, '2026-12-10-launch.md'), undefined);
    assert.equal(staleFileName('# No frontmatter\n', '2026-12-04-launch.md'), undefined);
    assert.equal(staleFileName('---\ndate: soon\n---\n', '2026-12-04-launch.md'), undefined);
  });
});
