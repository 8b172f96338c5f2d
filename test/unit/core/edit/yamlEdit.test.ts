import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyEdits, lint } from '../../../../src/core/lint/engine';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { BOM } from '../../../../src/core/base/lines';
import { YamlEditor, type Placement, type YamlValue } from '../../../../src/core/edit/yamlEdit';
import { FIXED_NOW } from '../../support';

/** The frontmatter `yaml` after setting `entries` in the mapping at `mapPath`, or undefined when no edit is offered. */
function set(yaml: string, mapPath: Array<string | number>, entries: Array<[string, YamlValue]>, placement?: Placement, wrap = (text: string) => text): string | undefined {
  const text = wrap(`---\n${yaml}---\n\n# Note\n`);
  const bomLength = text.startsWith(BOM) ? 1 : 0;
  const frontmatter = readFrontmatter(text.slice(bomLength))!;
  const edits = new YamlEditor(text, bomLength + frontmatter.contentStart, frontmatter.document!).setKeys(mapPath, entries, placement);
  if (!edits) return undefined;
  const after = applyEdits(text, edits).text;
  assert.ok(readFrontmatter(after.slice(bomLength))!.problems.length === 0, `the YAML no longer parses:\n${after}`);
  return after === text ? yaml : unwrap(after.slice(bomLength));
}

const unwrap = (text: string) => text.replace(/^---\r?\n/, '').replace(/---\r?\n\r?\n# Note\r?\n$/, '');

describe('YAML edits', () => {
  describe('a block mapping', () => {
    it('adds a missing key after the last pair, at its indentation', () => {
      assert.equal(set('topic: x\nclient: Acme\n', [], [['date', '2026-11-20']]), 'topic: x\nclient: Acme\ndate: 2026-11-20\n');
      assert.equal(set('follow_up:\n  due: 2026-11-21\ntopic: x\n', ['follow_up'], [['sent', false]]), 'follow_up:\n  due: 2026-11-21\n  sent: false\ntopic: x\n');
    });

    it('sets a key that is there in place, keeping the comment after it in its column', () => {
      assert.equal(set('a: 1\ndone: false  # not yet\nb: 2\n', [], [['done', true]]), 'a: 1\ndone: true   # not yet\nb: 2\n');
      // The template's `follow_up`: Mark Follow-up as Sent puts the day where `false` was, the comment stays aligned.
      assert.equal(
        set('follow_up:\n  sent: false                # Mark Follow-up as Sent puts the day here\n', ['follow_up'], [['sent', '2026-12-04']]),
        'follow_up:\n  sent: 2026-12-04           # Mark Follow-up as Sent puts the day here\n',
      );
      assert.equal(set('due: x # soon\n', [], [['due', '2026-12-04']]), 'due: 2026-12-04 # soon\n', 'one blank is kept when the value grows past the column');
    });

    it('keeps a comment after the last pair on its own line', () => {
      assert.equal(set('a: 1\ndue: 2026-11-12 # tentative\n', [], [['done', true]]), 'a: 1\ndue: 2026-11-12 # tentative\ndone: true\n');
      assert.equal(set('tags:\n  - a  # first\n', [], [['done', true]]), 'tags:\n  - a  # first\ndone: true\n');
    });

    it('fills an empty value after its colon', () => {
      assert.equal(set('owner:\ndue: x\n', [], [['owner', 'me']]), 'owner: me\ndue: x\n');
      assert.equal(set('owner:   # who\n', [], [['owner', 'me']]), 'owner: me   # who\n');
    });

    it('adds several keys in one edit, so that one quick fix adds them all', () => {
      const text = '---\na: 1\n---\n';
      const frontmatter = readFrontmatter(text)!;
      const edits = new YamlEditor(text, frontmatter.contentStart, frontmatter.document!).setKeys([], [['owner', 'me'], ['due', '2026-11-23']]);
      assert.deepEqual(edits, [{ start: 8, end: 8, text: '\nowner: me\ndue: 2026-11-23' }]);
    });

    it('puts a key first, or before another key and the comments above it', () => {
      assert.equal(set('# about Acme\nclient: Acme\n', [], [['type', 'client-conversation']], 'first'), '# about Acme\ntype: client-conversation\nclient: Acme\n');
      assert.equal(set('topic: x\n# mine\nprivate:\n  mood: tense\n', [], [['follow_up', 'x']], { before: 'private' }), 'topic: x\nfollow_up: x\n# mine\nprivate:\n  mood: tense\n');
      assert.equal(set('topic: x\n', [], [['follow_up', 'x']], { before: 'private' }), 'topic: x\nfollow_up: x\n');
    });
  });

  describe('a flow mapping', () => {
    it('adds a missing key before the closing brace', () => {
      assert.equal(set('step: {what: x, due: y}\n', ['step'], [['done', true]]), 'step: {what: x, due: y, done: true}\n');
      assert.equal(set('step: { what: x, due: y }\n', ['step'], [['done', true]]), 'step: { what: x, due: y, done: true }\n');
      assert.equal(set('step: {what: x,}\n', ['step'], [['done', true]]), 'step: {what: x, done: true,}\n');
    });

    it('sets a key that is there in place', () => {
      assert.equal(set('step: {what: x, done: false}\n', ['step'], [['done', true]]), 'step: {what: x, done: true}\n');
    });

    it('puts a new pair on a line of its own in a mapping written a pair a line', () => {
      assert.equal(set('step: {\n  what: x,\n  due: y\n}\n', ['step'], [['done', true]]), 'step: {\n  what: x,\n  due: y,\n  done: true\n}\n');
    });

    it('fills an empty mapping, and puts a key first', () => {
      assert.equal(set('step: {}\n', ['step'], [['done', true]]), 'step: { done: true }\n');
      assert.equal(set('step: { }\n', ['step'], [['done', true]]), 'step: { done: true }\n');
      assert.equal(set('{ client: Acme }\n', [], [['type', 'client-conversation']], 'first'), '{ type: client-conversation, client: Acme }\n');
    });
  });

  describe('a mapping in a list item', () => {
    it('adds the key under the item\'s other keys', () => {
      const steps = 'next_steps:\n  - what: Send the timeline\n    due: 2026-11-12 # tentative\n  - what: Call\n';
      assert.equal(set(steps, ['next_steps', 0], [['done', true]]), 'next_steps:\n  - what: Send the timeline\n    due: 2026-11-12 # tentative\n    done: true\n  - what: Call\n');
      assert.equal(set(steps, ['next_steps', 1], [['owner', 'me']]), 'next_steps:\n  - what: Send the timeline\n    due: 2026-11-12 # tentative\n  - what: Call\n    owner: me\n');
      assert.equal(set('next_steps:\n  - {what: x}\n', ['next_steps', 0], [['done', true]]), 'next_steps:\n  - {what: x, done: true}\n');
    });

    it('puts a key first on the item\'s line', () => {
      assert.equal(set('steps:\n  - what: x\n    due: y\n', ['steps', 0], [['id', '1']], 'first'), 'steps:\n  - id: 1\n    what: x\n    due: y\n');
    });
  });

  describe('layout', () => {
    it('keeps CRLF line ends', () => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      assert.equal(set('a: 1 # one\n', [], [['b', '2']], undefined, crlf), crlf('a: 1 # one\nb: 2\n'));
      assert.equal(set('a:\n', ['a'], [['b', '2']], undefined, crlf), crlf('a:\n  b: 2\n'));
    });

    it('keeps a BOM, with edits at the right offsets', () => {
      assert.equal(set('a: 1\n', [], [['b', '2']], undefined, (text) => `${BOM}${text}`), 'a: 1\nb: 2\n');
    });

    it('indents by 2 or 4 as the YAML does', () => {
      assert.equal(set('a:\n    x: 1\nb:\n', ['b'], [['c', '2']]), 'a:\n    x: 1\nb:\n    c: 2\n');
      assert.equal(set('a:\n  x: 1\nb:\n', ['b'], [['c', '2']]), 'a:\n  x: 1\nb:\n  c: 2\n');
      assert.equal(set('a:\n    x: 1\n', ['a'], [['y', '2']]), 'a:\n    x: 1\n    y: 2\n');
      assert.equal(set('a: 1\n', ['b', 'c'], [['d', '2']]), 'a: 1\nb:\n  c:\n    d: 2\n');
    });

    it('keeps the quotes of a value it sets; writes a boolean bare', () => {
      assert.equal(set("sent: '2026-01-01'\n", [], [['sent', '2026-11-23']]), "sent: '2026-11-23'\n");
      assert.equal(set('owner: ""\n', [], [['owner', 'me']]), 'owner: "me"\n');
      assert.equal(set("done: ''\n", [], [['done', true]]), 'done: true\n');
    });

    it('writes a text as typed bare where YAML reads it back as that text, else in double quotes', () => {
      assert.equal(set('a: 1\n', [], [['myName', { text: 'Zoë Müller' }]]), 'a: 1\nmyName: Zoë Müller\n');
      assert.equal(set('a: 1\n', [], [['myName', { text: "Sam O'Neil: Design" }]]), 'a: 1\nmyName: "Sam O\'Neil: Design"\n');
      assert.equal(set('a: 1\n', [], [['b', { text: '#1 # x' }]]), 'a: 1\nb: "#1 # x"\n');
      assert.equal(set('a: 1\n', [], [['b', { text: 'true' }]]), 'a: 1\nb: "true"\n');
      assert.equal(set('a: 1\n', [], [['b', { text: 'Kind regards,\nSam' }]]), 'a: 1\nb: "Kind regards,\\nSam"\n');
      assert.equal(set('a: 1\n', [], [['b', { text: ' padded' }]]), 'a: 1\nb: " padded"\n');
      assert.equal(set('a: {x: 1}\n', ['a'], [['b', { text: 'Lee, Sam' }]]), 'a: {x: 1, b: "Lee, Sam"}\n', 'a comma would end it inside braces');
      assert.equal(set('a: x\n', [], [['a', { text: 'b: c' }]]), 'a: "b: c"\n');
      assert.equal(set("a: 'x'\n", [], [['a', { text: 'one\ntwo' }]]), 'a: "one\\ntwo"\n', 'single quotes would fold the line break into a blank');
      assert.deepEqual(parse(set("a: 'x'\n", [], [['a', { text: "it's" }]])!), { a: "it's" });
    });

    it('writes over a block scalar without taking the line break after it', () => {
      assert.equal(set('sent: |\n  soon\nb: 1\n', [], [['sent', '2026-11-23']]), 'sent: 2026-11-23\nb: 1\n');
    });
  });

  describe('mappings missing on the way', () => {
    it('writes a mapping under an empty key, or in place of a value', () => {
      assert.equal(set('follow_up:   # the recap\ndate: x\n', ['follow_up'], [['sent', 'y']]), 'follow_up:   # the recap\n  sent: y\ndate: x\n');
      assert.equal(set('follow_up: ~\n', ['follow_up'], [['sent', 'y']]), 'follow_up: { sent: y }\n');
      assert.equal(set('step: { follow_up: }\n', ['step', 'follow_up'], [['sent', 'y']]), 'step: { follow_up: { sent: y } }\n');
    });

    it('writes into an empty frontmatter', () => {
      assert.equal(set('', ['follow_up'], [['sent', 'y']]), 'follow_up:\n  sent: y\n');
      assert.equal(set('', [], [['type', 'client-conversation']], 'first'), 'type: client-conversation\n');
    });

    it('offers nothing where the YAML is not shaped for it', () => {
      assert.equal(set('steps:\n  - a\n', ['steps', 0], [['done', true]]), undefined);
      assert.equal(set('steps: []\n', ['steps', 0], [['done', true]]), undefined);
      assert.equal(set('sent: [a]\n', [], [['sent', 'y']]), undefined);
      assert.equal(set('? complex\n: value\n', [], [['a', '1']]), undefined);
    });

    it('leaves every other value as it was', () => {
      const yaml = 'a: 1 # one\nb:\n  - x\n  - {y: 2}\nc: "q # not a comment"\nd: >-\n  folded\n  text\n';
      const after = set(yaml, ['e'], [['f', 'g']])!;
      assert.deepEqual(parse(after), { ...(parse(yaml) as object), e: { f: 'g' } });
    });
  });

  it('Mark as done keeps a comment after the due date on its line', () => {
    const note = '---\ntype: client-conversation\nnext_steps:\n  - what: Send the timeline\n    due: 2026-11-12 # tentative\n---\n\n# Note\n';
    const markDone = lint(note, { now: FIXED_NOW }).messages.find((message) => message.ruleId === 'next-step-overdue')!.fix!;
    assert.equal(
      applyEdits(note, markDone.edits).text,
      '---\ntype: client-conversation\nnext_steps:\n  - what: Send the timeline\n    due: 2026-11-12 # tentative\n    done: 2026-11-23\n---\n\n# Note\n',
    );
  });

  it('Change to keeps the quotes of the value it corrects', () => {
    const note = '---\ntype: client-conversation\nchannel: "Video call" # live\n---\n\n# Note\n';
    const change = lint(note, { now: FIXED_NOW }).messages.find((message) => message.message.startsWith('Unknown channel'))!.fix!;
    assert.equal(applyEdits(note, change.edits).text, '---\ntype: client-conversation\nchannel: "video-call" # live\n---\n\n# Note\n');
  });
});
