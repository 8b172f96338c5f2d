// Every example of the CommonMark specification (the commonmark-spec package) through
// the linter, bare and as the body of a note, where its lists are read as next steps
// and its prose judged as facts: findings or nothing, never an internal failure.
import { tests as examples } from 'commonmark-spec';
import * as assert from 'node:assert/strict';
import { fixAll, lint } from '../../../../src/core/lint/engine';
import { AS_A_NOTE, assertSoundResult } from '../../support';

const FRONTMATTER = ['---', 'type: client-conversation', 'client: Acme Ltd', 'date: 2026-11-20', 'scenario: other', 'topic: Spec examples', '---', ''].join('\n');

describe('CommonMark spec examples', function () {
  this.timeout(60000);

  it('has the examples of the specification', () => {
    assert.ok(examples.length >= 600, `${examples.length} examples`);
  });

  // Fix All lints again after each pass: one placement is enough to run the fixes over every example.
  for (const [placement, place, fix] of [
    ['bare', (markdown: string) => markdown, false],
    ['as the body of a note', (markdown: string) => `${FRONTMATTER}${markdown}`, false],
    ['under Facts and Agreed next steps, and fixes it', (markdown: string) => `${FRONTMATTER}## Facts\n\n${markdown}\n## Agreed next steps\n\n${markdown}`, true],
  ] as const) {
    it(`lints every example ${placement}`, () => {
      for (const example of examples) {
        const text = place(example.markdown.replace(/→/g, '\t'));
        const label = `example ${example.number} (${example.section})`;
        try {
          assertSoundResult(text, lint(text, AS_A_NOTE), label);
          if (fix) fixAll(text, AS_A_NOTE);
        } catch (error) {
          assert.fail(`${label}: ${error instanceof Error ? error.message : String(error)}\n${JSON.stringify(text)}`);
        }
      }
    });
  }
});
