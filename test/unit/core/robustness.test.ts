// Property tests of the core: on arbitrary text, arbitrary frontmatter and generated
// notes, lint gives findings or nothing (never an exception, never an internal-failure
// message, never a range outside the text), and Fix All converges and changes nothing
// but what its fixes cover. Run counts are modest so that the suite stays quick; a
// failure prints the smallest input fast-check could shrink it to.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { applyEdits, compatibleSafeFixes, fixAll, lint } from '../../../src/core/lint/engine';
import { AS_A_NOTE, assertSoundResult } from '../support';

/** What Markdown, YAML and the rules care about: structure, notation, line endings, odd characters. */
const TOKEN = fc.constantFrom(
  '\n', '\r\n', '\r', '\t', ' ', '\uFEFF', '\0', '\u2028', '#', '## Facts', '## Agreed next steps', '### Boundaries', '# Private notes',
  '- ', '* ', '+ ', '1. ', '2) ', '> ', '    ', '```', '~~~', '---', '...', '***', '===', '[', ']', '(', ')', '{{', '}}', '<!--', '-->',
  '`', '*', '_', '**', '<div>', '&amp;', '\\', '|', 'owner: ', 'due: ', '2026-11-21', '2026-02-30', 'by 2026-11-21', '@sam', '[ ] ', '[x] ',
  'you failed', "it's not your fault", 'obviously', 'lazy loading', 'type: client-conversation', ': ', '&a ', '*a', '"', "'", '😀', 'é',
);
/** Any UTF-16 code unit, lone surrogates included: what a file decoded badly can hold. */
const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const arbitraryText = fc
  .array(fc.oneof(TOKEN, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: CODE_UNIT, maxLength: 4 })), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

const KEYS = ['type', 'client', 'contact', 'date', 'channel', 'scenario', 'topic', 'attendees', 'agreements', 'next_steps', 'boundaries', 'follow_up', 'private', 'what', 'owner', 'due', 'done', 'sent', 'scenaro', 'clinet', 'follow-up'];
const YAMLISH_VALUE = fc.oneof(
  fc.constantFrom('client-conversation', 'missed-deadline', 'mised-deadline', 'video call', 'email', '2026-11-20', '2026-13-45', 'true', 'false', 'null', '~', '', '[]', '{}', '|', '>-', '&anchor value', '*anchor', '[a, *anchor]', '{ what: x, owner: me }', '"quoted', "'single", '- item', ': colon', '#comment', '!!binary', '!tag x', '<<: *anchor', '@sam', '`x`', '%YAML'),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
);
/** Lines that look like YAML, indented and nested at random, between fences, then a body. */
const arbitraryFrontmatter = fc
  .record({
    lines: fc.array(
      fc.record({ indent: fc.constantFrom('', '', '  ', '    ', '\t', '  - ', '- '), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), value: YAMLISH_VALUE, bare: fc.boolean() }),
      { maxLength: 16 },
    ),
    typeFirst: fc.boolean(),
    closing: fc.constantFrom('---', '...', '--- ', ''),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    body: arbitraryText,
  })
  .map(({ lines, typeFirst, closing, eol, body }) =>
    ['---', ...(typeFirst ? ['type: client-conversation'] : []), ...lines.map(({ indent, key, value, bare }) => (bare ? `${indent}${value}` : `${indent}${key}: ${value}`)), closing, body].join(eol),
  );

const word = fc.constantFrom('launch', 'invoice', 'scope', 'the', 'timeline', 'you', 'failed', 'obviously', 'never', 'send', '{{What}}', '`code`', '*emphasis*', '[link](x)', 'é', '😀');
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));
const date = fc.oneof(fc.constantFrom('2026-11-20', '2026-11-24', '2026-10-01', '2027-01-15', '2026-02-30', 'soon'), fc.date({ noInvalidDate: true, min: new Date(2020, 0, 1), max: new Date(2030, 0, 1) }).map((day) => day.toISOString().slice(0, 10)));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A frontmatter as people write it, typos and gaps included, serialized as valid YAML. */
const frontmatterData = fc
  .record({
    type: fc.constantFrom('client-conversation', 'client-conversation', 'client-conversaton'),
    client: maybe(words),
    contact: maybe(fc.constantFrom('Jane Doe <jane@acme.example>', 'Jane', '<jane@acme.example>', 'not an address')),
    date: maybe(date),
    channel: maybe(fc.constantFrom('video-call', 'phone', 'email', 'chat', 'in-person', 'video call', 'emial', 'fax')),
    scenario: maybe(fc.constantFrom('missed-deadline', 'mised-deadline', 'scope-change', 'other', 'price increase', 'unknown')),
    topic: maybe(words),
    agreements: maybe(fc.array(words, { maxLength: 3 })),
    next_steps: maybe(fc.array(fc.record({ what: maybe(words), owner: maybe(fc.constantFrom('me', 'client', 'Sam', '')), due: maybe(date), done: maybe(fc.boolean()) }), { maxLength: 3 })),
    boundaries: maybe(fc.array(words, { maxLength: 2 })),
    follow_up: maybe(fc.record({ due: maybe(date), sent: maybe(fc.oneof(date, fc.boolean())) })),
    private: maybe(fc.record({ mood: words })),
    typo: maybe(fc.constantFrom('scenaro', 'clinet', 'topik', 'next_step', 'agrements')),
  })
  .map(({ typo, ...data }) => {
    const fields: Record<string, unknown> = JSON.parse(JSON.stringify(data));
    if (typo) fields[typo] = 'value';
    return fields;
  });

const SECTION_TITLES = ['Facts', 'Key facts', 'Boundaries', 'Agreed next steps', 'Next steps', 'Preparation', "Client's perspective", 'Options discussed', 'Private notes', 'Timeline'];
const listStep = fc
  .record({ task: fc.constantFrom('', '[ ] ', '[x] '), what: words, owner: maybe(fc.constantFrom('owner: me', 'owner: client', '@sam')), due: maybe(date.map((day) => `due: ${day}`)) })
  .map(({ task, what, owner, due }) => `- ${task}${what}${owner || due ? ` (${[owner, due].filter(Boolean).join(', ')})` : ''}`);
const section = fc
  .record({ depth: fc.integer({ min: 1, max: 3 }), title: fc.constantFrom(...SECTION_TITLES), content: fc.array(fc.oneof(words, listStep, fc.constant('{{What happened}}'), fc.constant('<!-- prompt -->')), { maxLength: 4 }) })
  .map(({ depth, title, content }) => `${'#'.repeat(depth)} ${title}\n\n${content.join('\n')}`);

/** A note of valid structure with random values: valid YAML frontmatter, known and unknown sections. */
const generatedNote = fc
  .record({ data: frontmatterData, sections: fc.array(section, { maxLength: 7 }), crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean() })
  .map(({ data, sections, crlf, bom, finalNewline }) => {
    const note = `---\n${stringify(data)}---\n\n# Conversation\n\n${sections.join('\n\n')}${finalNewline ? '\n' : ''}`;
    return `${bom ? '\uFEFF' : ''}${crlf ? note.replace(/\n/g, '\r\n') : note}`;
  });

function lintsSoundly(text: string): void {
  assertSoundResult(text, lint(text, AS_A_NOTE), JSON.stringify(text.slice(0, 200)));
}

/** Line endings other than the ones the text uses, which a fix must not bring in. */
function foreignLineEnding(before: string, after: string): boolean {
  const crlfOnly = (text: string) => !/\r(?!\n)|(?<!\r)\n/.test(text);
  const lfOnly = (text: string) => !text.includes('\r');
  const crOnly = (text: string) => !text.includes('\n');
  return (crlfOnly(before) && !crlfOnly(after)) || (lfOnly(before) && !lfOnly(after)) || (crOnly(before) && !crOnly(after));
}

describe('robustness properties', function () {
  this.timeout(60000);

  it('lint gives findings or nothing on arbitrary text, alone or after a valid frontmatter: any code unit, any line ending', () => {
    const frontmatter = '---\ntype: client-conversation\nclient: Acme\ndate: 2026-11-20\nscenario: other\ntopic: Launch\n---\n';
    fc.assert(fc.property(fc.oneof(arbitraryText, arbitraryText.map((body) => frontmatter + body)), lintsSoundly), { numRuns: 300 });
  });

  it('lint gives findings or nothing on arbitrary YAML-ish frontmatter', () => {
    fc.assert(fc.property(arbitraryFrontmatter, lintsSoundly), { numRuns: 300 });
  });

  it('lint gives findings or nothing on generated notes with random values', () => {
    fc.assert(fc.property(generatedNote, lintsSoundly), { numRuns: 200 });
  });

  it('a pass of safe fixes applies every fix chosen, changes nothing outside their edits and keeps the line endings', () => {
    fc.assert(
      fc.property(fc.oneof(generatedNote, arbitraryFrontmatter), (text) => {
        const edits = compatibleSafeFixes(lint(text, AS_A_NOTE).messages)
          .flatMap((fix) => fix.edits)
          .sort((a, b) => a.start - b.start);
        const { text: fixed, applied } = applyEdits(text, edits);
        assert.equal(applied.length, edits.length, 'fixes chosen as compatible all apply');
        // Walk the original and the result side by side: between edits, the same text.
        let from = 0;
        let at = 0;
        for (const edit of edits) {
          const untouched = text.slice(from, edit.start);
          assert.equal(fixed.slice(at, at + untouched.length), untouched, `text before the edit at ${edit.start} changed`);
          at += untouched.length;
          assert.equal(fixed.slice(at, at + edit.text.length), edit.text);
          at += edit.text.length;
          from = edit.end;
        }
        assert.equal(fixed.slice(at), text.slice(from), 'text after the last edit changed');
        assert.ok(!foreignLineEnding(text, fixed), `a fix brought in other line endings:\n${JSON.stringify(fixed)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a frontmatter closed by YAML’s `...` as frontmatter only: no heading inside it, and Fix All adds the sections after it', () => {
    // Markdown's frontmatter knows `---` alone: `private:` over `  - ` would be a heading read from the YAML.
    const text = '---\nprivate: \n  - \n...\n';
    const once = fixAll(text, AS_A_NOTE);
    assert.ok(once.text.startsWith('---\ntype: client-conversation\nprivate: \n  - \n...\n'), JSON.stringify(once.text));
    assert.equal(fixAll(once.text, AS_A_NOTE).fixed, 0);
  });

  it('Fix All converges: a second Fix All changes nothing, and no fix breaks the YAML', () => {
    fc.assert(
      fc.property(fc.oneof(generatedNote, arbitraryFrontmatter), (text) => {
        const once = fixAll(text, AS_A_NOTE);
        const twice = fixAll(once.text, AS_A_NOTE);
        assert.equal(twice.fixed, 0, `fixes still apply after Fix All:\n${JSON.stringify(once.text)}`);
        assert.equal(twice.text, once.text);
        const syntaxErrors = (note: string) => lint(note, AS_A_NOTE).messages.filter((message) => message.ruleId === 'frontmatter-syntax').length;
        if (once.fixed > 0) assert.ok(syntaxErrors(once.text) <= syntaxErrors(text), `Fix All broke the YAML:\n${JSON.stringify(once.text)}`);
      }),
      { numRuns: 150 },
    );
  });
});
