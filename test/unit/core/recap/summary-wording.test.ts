// The recap's wording holds for any text: next steps are written as the freelancer wrote
// them, grouped by who does them, with no stray punctuation, no empty item, and every
// owner's name as written, in every format a client may read.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateRecap } from '../../../../src/core/recap';
import { decodedBody, RECAP_FORMATS } from '../../recapSupport';

const NOW = new Date(Date.UTC(2026, 10, 23, 11, 0, 0));

/** Words with the punctuation people leave at their ends and between them. */
const words = fc
  .array(fc.oneof(fc.constantFrom('Send', 'the', 'invoice', 'fortnightly', 'check-in', 'call', '42', 'é'), fc.constantFrom(',', '.', ';', ':', '—', '-', '(', ')', ' ', ' , ', '!', '?', "'")), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));
const owner = fc.oneof(
  fc.constantFrom('me', '@me', 'I', 'myself', 'client', 'Acme Ltd', 'Jane', 'Jane Doe', 'we', 'both', 'tbd', '?', 'Sam Lee', '', ' , '),
  fc.stringMatching(/^@?[A-Za-zÀ-ÿ][a-zà-ÿ'’]{0,8}(?: [A-ZÀ-Ý][a-zà-ÿ]{0,8})?$/),
);
const due = fc.constantFrom(undefined, '', '2026-11-27', '2026-02-30', 'next Friday', ',', '(', 'by Friday', '—');
const step = fc.record({ what: words, owner, due, done: fc.boolean() });
/** In a list item, an owner and a date the notation reads as such; anything else stays in the item's words, as written. */
const listStep = fc.record({
  what: words,
  owner: fc.constantFrom('me', '@me', 'client', 'Dana', '@lena', 'Jane', 'we', 'tbd', ''),
  due: fc.constantFrom(undefined, '2026-11-27', 'next Friday'),
  done: fc.boolean(),
});

/** Punctuation the recap must never leave stranded, unless the freelancer wrote it so. */
const ORPHANS = ['(,', '— ,', ' , ', '()', '( )'];
const RESERVED = new Set(['me', 'i', 'myself', 'client', 'acme ltd', 'jane', 'jane doe', 'doe', 'we', 'both', 'tbd', 'sam lee', 'sam']);

describe('recap wording, for any text', function () {
  this.timeout(120000);

  it('writes any next step as written: no stray punctuation, no empty item, names kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), fc.array(listStep, { maxLength: 3 }), async (frontmatterSteps, listSteps) => {
        const note = [
          '---',
          'type: client-conversation',
          'client: Acme Ltd',
          'contact: Jane Doe <jane@acme.example>',
          'date: 2026-11-20',
          'scenario: other',
          'topic: Launch',
          'agreements: [The launch moves.]',
          'next_steps:',
          ...frontmatterSteps.flatMap((item) => [
            `  - what: ${JSON.stringify(item.what)}`,
            ...(item.owner ? [`    owner: ${JSON.stringify(item.owner)}`] : []),
            ...(item.due !== undefined ? [`    due: ${JSON.stringify(item.due)}`] : []),
            ...(item.done ? ['    done: true'] : []),
          ]),
          '---',
          '',
          '## Agreed next steps',
          '',
          ...listSteps.map((item) => {
            const fields = [item.owner.trim() ? `owner: ${item.owner}` : '', item.due ? `due: ${item.due}` : ''].filter(Boolean).join(', ');
            return `- [${item.done ? 'x' : ' '}] ${item.what}${fields ? ` (${fields})` : ''}`;
          }),
          '',
        ].join('\n');
        // The freelancer's own punctuation is theirs to keep: only what the recap adds is held to the rule.
        const written = [...frontmatterSteps.flatMap((item) => [item.what, item.owner, item.due ?? '']), note.split('## Agreed next steps')[1]].join('\n');
        for (const format of RECAP_FORMATS) {
          const result = generateRecap(note, format, { now: NOW, from: 'Sam Lee <sam@lee.example>' });
          assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
          const body = await decodedBody(format, result.text);
          for (const orphan of ORPHANS) {
            if (written.includes(orphan)) continue;
            assert.ok(!body.includes(orphan), `${format}: "${orphan}" in\n${body}\n--- note ---\n${note}`);
          }
          assert.doesNotMatch(body, /^(?:[-•]|\d+\.)[ \t]*$/m, `${format}: an empty item\n${body}`);
          assert.doesNotMatch(body, /^(?:- |• ).* will (?!do\b)/m, `${format}: a conjugated step\n${body}`);
          // Every frontmatter owner that names someone else heads their group, as written.
          for (const item of frontmatterSteps) {
            const name = item.owner.trim().replace(/^@(?=\S)/, '');
            if (!/\p{L}/u.test(name) || RESERVED.has(name.toLowerCase()) || !result.ok) continue;
            if (!result.model.nextSteps.some((recapStep) => recapStep.owner === name && recapStep.doer === 'other')) continue;
            const heading = format === 'markdown' ? `## What ${name} will do` : `What ${name} will do:`;
            assert.ok(body.split('\n').some((line) => line.toLowerCase() === heading.toLowerCase()), `${format}: no "${heading}" in\n${body}`);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
