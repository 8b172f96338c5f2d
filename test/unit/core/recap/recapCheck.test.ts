import * as assert from 'node:assert/strict';
import { resolveConfig, type ConfigInput } from '../../../../src/core/config/config';
import { openNote } from '../../../../src/core/note/openNote';
import { parseMarkdown } from '../../../../src/core/note/parseNote';
import { checkRecap, prepareRecap } from '../../../../src/core/recap';
import { FIXED_NOW, formatFindings } from '../../support';

// The recap is checked by the rules about what a client reads, in what reaches the recap only.
const NOTE = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
channel: video-call
scenario: missed-deadline
topic: You missed the payment date again
agreements:
  - The launch moves to 5 December.
next_steps:
  - what: Send the revised timeline
  - what: Approve the pages
    owner: client
    due: 2026-11-27
boundaries:
  - Pages beyond the agreed twelve are quoted separately.
follow_up:
  sent: false
private:
  mood: you never listen
---

# Payment

## Preparation

You failed to send the assets, obviously.

## Facts

- Their designer was obviously careless with the files.
- You failed to send the assets on time.

## Boundaries

- {{What I can and cannot do}}

## Agreed next steps

- [ ] Review the menu (owner: Jane)

## Private notes

Jane always changes the menu. <!-- you never pay on time -->
`;

function check(text: string, input: ConfigInput = {}): string[] {
  return formatFindings(text, checkRecap(text, { config: resolveConfig(input), now: FIXED_NOW }));
}

describe('checkRecap', () => {
  it('reports blame in the subject, incomplete steps and prompts in what the recap sends, and nothing private', () => {
    assert.deepEqual(check(NOTE), [
      '8:8-8:18 info accusatory-language "You missed" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".',
      '12:11-12:36 warning next-step-incomplete Next step "Send the revised timeline" has no owner and no due date: add `owner:` and `due:`.',
      '37:3-37:31 warning unfilled-placeholder Section "Boundaries" still holds the template prompt {{What I can and cannot do}}: fill it in or remove it.',
      '41:7-41:36 warning next-step-incomplete Next step "Review the menu" has no due date: add `due: YYYY-MM-DD`.',
    ]);
  });

  it('reads the sections of recap.includeSections, never a private one', () => {
    const findings = check(NOTE, { summary: { includeSections: ['Facts', 'Preparation', 'Private notes'] } });
    assert.ok(findings.some((line) => / judgemental-facts "obviously"/.test(line) && line.startsWith('32:')), findings.join('\n'));
    assert.ok(findings.some((line) => / accusatory-language "You failed"/.test(line) && line.startsWith('33:')), findings.join('\n'));
    assert.ok(!findings.some((line) => /^(?:21|28|45):/.test(line)), `nothing from private parts:\n${findings.join('\n')}`);
  });

  it('respects a rule turned off in the configuration', () => {
    const findings = check(NOTE, { rules: { 'accusatory-language': 'off', 'next-step-incomplete': 'off' } });
    assert.deepEqual(findings.map((line) => line.split(' ')[2]), ['unfilled-placeholder']);
  });

  it('finds nothing in a note whose recap text is clean, and nothing in a file that is not a note', () => {
    const clean = NOTE.replace('You missed the payment date again', 'Payment of invoice 2026-042')
      .replace('  - what: Send the revised timeline\n', '  - what: Send the revised timeline\n    owner: me\n    due: 2026-11-21\n')
      .replace('- {{What I can and cannot do}}', '- Work starts after the deposit.')
      .replace('(owner: Jane)', '(owner: Jane, due: 2026-11-30)');
    assert.deepEqual(check(clean), []);
    assert.deepEqual(check('# README\n\nYou failed to read this.\n'), []);
  });

  it('keeps the offsets of a note that starts with a byte order mark', () => {
    const [first] = checkRecap(`\uFEFF${NOTE}`, { config: resolveConfig(), now: FIXED_NOW });
    assert.equal(`\uFEFF${NOTE}`.slice(first.start, first.end), 'You missed the payment date again'.slice(0, first.end - first.start));
    assert.equal(first.ruleId, 'accusatory-language');
  });
});

describe('prepareRecap', () => {
  it('reads the note once: one parse gives the recap, its warnings and the findings of its check', () => {
    const config = resolveConfig();
    let parses = 0;
    const opened = openNote(`\uFEFF${NOTE.replace(/\n/g, '\r\n')}`, config, (text) => {
      parses++;
      return parseMarkdown(text);
    });
    const prepared = prepareRecap(opened, { config, now: FIXED_NOW });
    assert.ok(prepared.ok);
    assert.equal(parses, 1);
    assert.equal(prepared.model.topic, 'You missed the payment date again');
    assert.deepEqual(
      prepared.findings.map((finding) => finding.ruleId),
      checkRecap(`\uFEFF${NOTE}`, { config, now: FIXED_NOW }).map((finding) => finding.ruleId),
    );
  });

  it('gives the recap of a note written with CRLF and a byte order mark as of the same note with LF', () => {
    const config = resolveConfig({ summary: { includeSections: ['Facts'] } });
    const lf = prepareRecap(NOTE, { config, now: FIXED_NOW });
    const crlf = prepareRecap(`\uFEFF${NOTE.replace(/\n/g, '\r\n')}`, { config, now: FIXED_NOW });
    assert.ok(lf.ok && crlf.ok);
    assert.deepEqual(crlf.model, lf.model);
    assert.deepEqual(crlf.warnings, lf.warnings);
  });
});
