import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../../../src/core/config/config';
import noteSchema from '../../../../schemas/client-note.schema.json';
import { applyEdits, fixAll, lint, lintInSteps } from '../../../../src/core/lint/engine';
import { isClientNote } from '../../../../src/core/note/clientNote';
import { NOTE_TYPE } from '../../../../src/core/note/frontmatter';
import type { Rule } from '../../../../src/core/lint/rule';
import { FIXED_NOW, formatFindings } from '../../support';

const NOTE = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'date: 2026-11-20',
  'scenario: missed-deadline',
  'topic: Launch moves',
  'follow_up:',
  '  sent: 2026-11-20',
  '---',
  '',
  '# Launch moves',
  '',
  '## Facts',
  '',
  'Two blocking bugs were found on 18 November.',
  '',
].join('\n');

describe('engine', () => {
  describe('Fix All never leaves a note with more findings than it found, and counts both, on every note of the repository', () => {
    const folders = ['examples', 'test/fixtures', 'test/realism/notes'];
    const notes = folders.flatMap((folder) => (readdirSync(folder, { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).map((name) => join(folder, name)));
    it('finds the notes', () => assert.ok(notes.length > 100, `${notes.length} notes`));
    // One case a note, so that a slow machine spreads the work over cases rather than timing out one.
    for (const path of notes) {
      it(path, () => {
        const text = readFileSync(path, 'utf8');
        const options = { config: resolveConfig(), now: FIXED_NOW };
        const result = fixAll(text, options);
        const found = lint(text, options).messages.length;
        assert.equal(result.found, found, path);
        // A note Fix All left as it was has the findings just counted: linting it again would count the same.
        assert.equal(result.remaining, result.text === text ? found : lint(result.text, options).messages.length, path);
        assert.ok(result.remaining <= result.found, `${path}: ${result.found} findings before Fix All, ${result.remaining} after`);
      });
    }
  });

  it('ignores a file that is not a note', () => {
    assert.deepEqual(lint('# README\n\nyou failed\n', { now: FIXED_NOW }), { isNote: false, messages: [] });
    assert.deepEqual(lint('---\ntitle: Blog post\n---\n# Hi\n', { now: FIXED_NOW }).messages, []);
  });

  it('treats files matched by the include globs as notes', () => {
    const config = resolveConfig({ include: ['clients/**/*.md'] });
    assert.equal(isClientNote('# Call with Acme\n', config, 'clients/acme/call.md'), true);
    assert.equal(isClientNote('# Call with Acme\n', config, 'blog/post.md'), false);
    const result = lint('# Call with Acme\n', { config, relativePath: 'clients/acme/call.md', now: FIXED_NOW });
    assert.ok(result.messages.some((message) => message.ruleId === 'frontmatter-schema'));
  });

  it('still treats a note with broken YAML as a note, and reports where', () => {
    const result = lint('---\ntype: client-conversation\nclient: [Acme\n---\n# x\n', { now: FIXED_NOW });
    assert.equal(result.isNote, true);
    assert.ok(result.messages.some((message) => message.ruleId === 'frontmatter-syntax'));
  });

  it('knows a note by NOTE_TYPE, the type the note schema requires, even on a type line of broken YAML', () => {
    assert.equal(noteSchema.properties.type.const, NOTE_TYPE);
    const broken = (line: string) => `---\n${line}\nclient: [Acme\n---\n# x\n`;
    for (const line of [`type: ${NOTE_TYPE}`, `  type: "${NOTE_TYPE}"  # a note`, `- type: '${NOTE_TYPE}'`, `type: blog-post\ntype: ${NOTE_TYPE}`]) {
      assert.equal(isClientNote(broken(line), resolveConfig()), true, line);
    }
    for (const line of [`type: ${NOTE_TYPE}s`, `type: "${NOTE_TYPE}'`, `type: ${NOTE_TYPE} and more`, 'type: blog-post', `# type: ${NOTE_TYPE}`]) {
      assert.equal(isClientNote(broken(line), resolveConfig()), false, line);
    }
  });

  it('gives the same findings for CRLF and for a BOM, at the same lines', () => {
    const plain = formatFindings(NOTE, lint(NOTE, { now: FIXED_NOW }).messages);
    const crlf = NOTE.replace(/\n/g, '\r\n');
    assert.deepEqual(formatFindings(crlf, lint(crlf, { now: FIXED_NOW }).messages), plain);
    const bom = `\uFEFF${NOTE}`;
    const withBom = lint(bom, { now: FIXED_NOW }).messages;
    assert.deepEqual(formatFindings(bom, withBom).map((line) => line.replace(/^1:2-/, '1:1-')), plain);
    assert.ok(plain.length > 0);
  });

  it('keeps CRLF line endings and the BOM when fixing', () => {
    const crlf = `\uFEFF${NOTE.replace(/\n/g, '\r\n')}`;
    const { text, fixed } = fixAll(crlf, { now: FIXED_NOW });
    assert.ok(fixed > 0);
    assert.ok(text.startsWith('\uFEFF---\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF was introduced');
    assert.match(text, /## Boundaries\r\n/);
  });

  it('reads a note with CR line endings (classic Mac OS), frontmatter included, as the same note with LF', () => {
    const findings = (text: string) => lint(text, { now: FIXED_NOW }).messages.map((message) => `${message.ruleId} ${message.message}`);
    assert.deepEqual(findings(NOTE.replace(/\n/g, '\r')), findings(NOTE));
  });

  it('keeps CR line endings (classic Mac OS) when fixing', () => {
    const cr = NOTE.replace(/\n/g, '\r');
    const { text, fixed } = fixAll(cr, { now: FIXED_NOW });
    assert.ok(fixed > 0);
    assert.equal(text.includes('\n'), false, 'no LF was introduced');
    assert.match(text, /\r## Boundaries\r/);
  });

  it('applies a rule severity and turns rules off from the configuration', () => {
    const config = resolveConfig({ rules: { 'required-sections': 'error', 'empty-section': 'off' } });
    const messages = lint(NOTE, { config, now: FIXED_NOW }).messages;
    assert.ok(messages.filter((message) => message.ruleId === 'required-sections').every((message) => message.severity === 'error'));
    assert.ok(!messages.some((message) => message.ruleId === 'empty-section'));
  });

  it('reports a rule that throws and runs the others', () => {
    const broken: Rule = {
      id: 'broken',
      description: 'Always throws.',
      defaultSeverity: 'error',
      fixable: false,
      check() {
        throw new Error('boom');
      },
    };
    const reporting: Rule = { ...broken, id: 'reporting', check: ({ report }) => report({ message: 'ran', start: 0, end: 3 }) };
    const messages = lint(NOTE, { now: FIXED_NOW, rules: [broken, reporting] }).messages;
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.message]),
      [
        ['broken', 'The rule broken failed on this note and was skipped: boom'],
        ['reporting', 'ran'],
      ],
    );
  });

  describe('in steps (lintInSteps), as the editor lints a large note', () => {
    /** Rules that count how many of them ran, each reporting its own finding. */
    const countingRules = (count: number, ran: string[]): Rule[] =>
      Array.from({ length: count }, (_, index) => ({
        id: `counting-${index}`,
        description: 'Counts.',
        defaultSeverity: 'info',
        fixable: false,
        check: ({ report }) => {
          ran.push(`counting-${index}`);
          report({ message: 'ran', start: index, end: index + 1 });
        },
      }));

    it('gives the findings lint gives, letting the host in before each rule', async () => {
      const ran: string[] = [];
      const options = { now: FIXED_NOW, rules: countingRules(5, ran) };
      const expected = lint(NOTE, options);
      ran.length = 0;
      let pauses = 0;
      const result = await lintInSteps(NOTE, options, { isCancelled: () => false, between: async () => void pauses++ });
      assert.deepEqual(result, expected);
      assert.equal(ran.length, 5);
      assert.equal(pauses, 5);
    });

    it('stops before the next rule once cancelled: a change during the third of ten rules leaves seven unrun', async () => {
      const ran: string[] = [];
      let cancelled = false;
      const [first, second, third, ...rest] = countingRules(10, ran);
      // The text changes while the third rule runs: the lint stops before the fourth.
      const typedDuring: Rule = {
        ...third,
        check: (context) => {
          third.check(context);
          cancelled = true;
        },
      };
      const result = await lintInSteps(NOTE, { now: FIXED_NOW, rules: [first, second, typedDuring, ...rest] }, { isCancelled: () => cancelled, between: async () => undefined });
      assert.equal(result, undefined);
      assert.deepEqual(ran, ['counting-0', 'counting-1', 'counting-2']);
    });

    it('reads nothing of a note whose lint is cancelled before it starts', async () => {
      const ran: string[] = [];
      const result = await lintInSteps(NOTE, { now: FIXED_NOW, rules: countingRules(3, ran) }, { isCancelled: () => true, between: () => assert.fail('no step to wait for') });
      assert.equal(result, undefined);
      assert.deepEqual(ran, []);
    });
  });

  it('adds the missing type in the mapping\'s own notation, so that the YAML still parses', () => {
    const options = { config: resolveConfig({ include: ['**'] }), relativePath: 'note.md', now: FIXED_NOW };
    const indented = '---\n  client: Acme Ltd\n  date: 2026-11-20\n---\n# Call\n';
    assert.equal(fixAll(indented, options).text.split('\n').slice(0, 3).join('\n'), '---\n  type: client-conversation\n  client: Acme Ltd');
    // In a `{ … }` mapping a new line would be no key at all: the type goes inside the braces.
    assert.equal(fixAll('---\n{ client: Acme Ltd }\n---\n# Call\n', options).text.split('\n')[1], '{ type: client-conversation, client: Acme Ltd }');
    assert.equal(fixAll('---\n{}\n---\n# Call\n', options).text.split('\n')[1], '{ type: client-conversation }');
  });

  it('offers no section to insert inside an HTML comment or a code fence left open at the end', () => {
    for (const opened of ['<!-- draft', '```\ncode']) {
      const text = `${NOTE}\n${opened}\n`;
      const missing = lint(text, { now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'required-sections');
      assert.ok(missing.length > 0 && missing.every((message) => !message.fix), opened);
      assert.equal(fixAll(text, { now: FIXED_NOW }).text, text);
    }
  });

  it('applies non-overlapping edits and skips overlapping ones', () => {
    const { text, applied } = applyEdits('abcdef', [
      { start: 4, end: 6, text: 'XY' },
      { start: 0, end: 2, text: '' },
      { start: 1, end: 3, text: 'overlaps' },
    ]);
    assert.equal(text, 'cdXY');
    assert.equal(applied.length, 2);
  });

  it('judges dates against the moment given', () => {
    const overdue = NOTE.replace('follow_up:\n  sent: 2026-11-20\n', '');
    const ruleIds = (now: Date) => lint(overdue, { now }).messages.map((message) => message.ruleId);
    assert.ok(ruleIds(FIXED_NOW).includes('follow-up-overdue'));
    assert.ok(!ruleIds(new Date(2026, 10, 21)).includes('follow-up-overdue'));
  });
});
