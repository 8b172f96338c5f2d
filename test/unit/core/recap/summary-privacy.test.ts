// The privacy contract, tested hard: random private text, in every private place a note
// can hold it and written every way a heading can be written, never reaches any format.
// HTML comments count as private places too, wherever they are written.
// Each private place carries a random 22-character token, so an accidental match is
// impossible and a leak of even a fragment-free copy is caught; decoded outputs are
// searched (the .eml through a mail parser, the mailto link percent-decoded).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { generateRecap, renderTextBody, subjectOf } from '../../../../src/core/recap';
import { decodedRecap as decoded, RECAP_FORMATS as FORMATS } from '../../recapSupport';

const NOW = new Date(Date.UTC(2026, 10, 23, 11, 0, 0));

/** Text a freelancer might write, with the characters Markdown and YAML care about. */
const SPECIAL = fc.constantFrom(
  '#', '## ', '---', '```', '~~~', '*', '**', '_', '[', ']', '(', ')', '<', '>', '<!--', '-->', '\n', '\r\n', '\n\n', ':', ': ',
  '- ', '1. ', '&', '|', '"', "'", '{', '}', '!', '%', '@', '`', '\\', '\t', '=', '===', '& ', '?', ',', ' ', 'é', '—', '😀', '\u00a0',
);
const noise = fc.array(fc.oneof(SPECIAL, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join(''));
const token = fc.stringMatching(/^[a-z0-9]{20}$/).map((value) => `pv${value}`);

const PRIVATE_HEADINGS: Record<string, readonly string[]> = {
  privateNotes: ['Private notes', 'Private', 'Notes to self'],
  preparation: ['Preparation', 'Prep', 'Before the conversation'],
  clientPerspective: ["Client's perspective", 'Client perspective', "Client's view", 'Their perspective'],
};
const INCLUDABLE = ['Facts', 'Options discussed', 'Timeline', 'Agreed next steps', 'Boundaries', ...Object.values(PRIVATE_HEADINGS).flat()];

/** A heading for a private section: any name or alias, any case, decorated the ways people do. */
const privateHeading = fc
  .record({
    key: fc.constantFrom(...Object.keys(PRIVATE_HEADINGS)),
    pick: fc.nat(),
    upper: fc.boolean(),
    decoration: fc.constantFrom('', ':', ' 🔒', ' — do not send', ' (confidential)'),
    emphasis: fc.boolean(),
    // What renders the same and reads otherwise: an invisible character or an empty comment inside a word, an apostrophe's look-alike.
    hidden: fc.constantFrom('', '\u00ad', '\u200b', '\u2060', '\u200e', '<!-- -->', '<!---->'),
    at: fc.nat(),
    apostrophe: fc.constantFrom("'", '’', '′', '`', '´'),
  })
  .map(({ key, pick, upper, decoration, emphasis, hidden, at, apostrophe }) => {
    const names = PRIVATE_HEADINGS[key];
    const name = names[pick % names.length].replace("'", apostrophe);
    const cased = upper ? name.toUpperCase() : name;
    const inside = 1 + (at % (cased.length - 1));
    const disguised = `${cased.slice(0, inside)}${hidden}${cased.slice(inside)}`;
    return `${emphasis ? `*${disguised}*` : disguised}${decoration}`;
  });

const yamlString = (text: string) => JSON.stringify(text);
const blockScalar = (text: string, indent: string) =>
  text
    .replace(/\r/g, ' ')
    .split('\n')
    .map((line) => indent + line)
    .join('\n');

const privateFrontmatter = fc.constantFrom<(secret: string, more: string) => string>(
  (secret) => `private: ${yamlString(secret)}`,
  (secret, more) => `private:\n  mood: ${yamlString(secret)}\n  notes:\n    - ${yamlString(more)}\n    - { floor: ${yamlString(secret)} }`,
  (secret) => `private: |\n${blockScalar(secret, '  ')}`,
  (secret, more) => `private:\n  walk_away: >-\n${blockScalar(secret, '    ')}\n  other: ${yamlString(more)}`,
);

describe('the privacy contract', function () {
  this.timeout(120000);

  it('keeps private text out of every format, whatever the note looks like', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          tokens: fc.uniqueArray(token, { minLength: 16, maxLength: 16 }),
          noise: fc.array(noise, { minLength: 12, maxLength: 12 }),
          frontmatterShape: privateFrontmatter,
          privateFirst: fc.boolean(),
          aliasIntoPrivate: fc.boolean(),
          headings: fc.array(privateHeading, { minLength: 6, maxLength: 6 }),
          depths: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
          order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }),
          includeSections: fc.subarray(INCLUDABLE),
          crlf: fc.boolean(),
        }),
        async ({ tokens, noise: pieces, frontmatterShape, privateFirst, aliasIntoPrivate, headings, depths, order, includeSections, crlf }) => {
          const [pubAgreement, pubStep, pubFacts, ...secrets] = tokens;
          const secret = (index: number) => `${secrets[index]} ${pieces[index]}`;
          // In the body, a line break in the noise could start a heading of its own, which
          // really would end the private section; there the noise stays on the secret's line.
          const bodySecret = (index: number) => secret(index).replace(/[\r\n]+/g, ' ');
          const privateYaml = frontmatterShape(secret(0), secret(1));
          // An alias needs its anchor first: `agreements` then points into `private`.
          const privateBlock = aliasIntoPrivate && privateFirst ? `private:\n  floor: &floor ${yamlString(secret(2))}\n  rest: ${yamlString(secret(0))}` : privateYaml;
          const frontmatter = [
            '---',
            ...(privateFirst ? [privateBlock] : []),
            'type: client-conversation',
            'client: Acme Ltd',
            'contact: Jane Doe <jane@acme.example>',
            'date: 2026-11-20',
            'scenario: missed-deadline',
            `topic: ${yamlString(`Launch <!-- ${secrets[12]} --> ${pieces[11]}`)}`,
            // Copied people: a comment beside an address goes no further than the note.
            `cc: [${yamlString(`Dana Roe <dana@acme.example> <!-- ${secrets[12]} -->`)}]`,
            `attendees: [${yamlString(`Sam Lee <sam@acme.example><!-- ${secrets[11]} -->`)}, ${yamlString(`<!-- ${secrets[10]} -->`)}]`,
            'agreements:',
            `  - ${yamlString(`${pubAgreement} <!-- ${secrets[12]} --> ${pieces[10]}`)}`,
            ...(aliasIntoPrivate && privateFirst ? ['  - *floor'] : []),
            'next_steps:',
            `  - what: ${yamlString(`Send ${pubStep}`)}`,
            '    owner: me',
            '    due: 2026-11-21',
            ...(privateFirst ? [] : [privateBlock]),
            '---',
          ].join('\n');
          const h = (index: number) => `${'#'.repeat(depths[index])} ${headings[index]}`;
          const sections = [
            `${h(0)}\n\n${bodySecret(3)}`,
            `${h(1)}\n\n${bodySecret(4)}\n\n${'#'.repeat(depths[1] + 1)} Options discussed\n\n${bodySecret(5)}`,
            // Comments in an included section: inline, over two lines, in a list item.
            `## Facts\n\n${pubFacts} happened <!-- ${bodySecret(9)} --> on time.\n\nLate <!-- ${secrets[10]}\n${bodySecret(9)} -->.\n\n- Paid <!-- ${bodySecret(11)} --> twice\n\n### ${headings[2]}\n\n${bodySecret(6)}\n\n#### Timeline\n\n${bodySecret(7)}\n\n### Detail\n\nPublic detail.\n\n> ## ${headings[3]}\n>\n> ${bodySecret(8)}`,
            // Headings deeper than a private one are inside it, whatever they are called.
            `${h(4)}\n\n${bodySecret(5)}\n\n${'#'.repeat(depths[4] + 1)} Agreed next steps\n\n- ${secrets[5]} (owner: me, due: 2026-11-30)`,
            `## Options discussed\n\n- Move the launch\n\n${h(5)}\n\n${bodySecret(7)}`,
            // Comments in every place the recap reads items from: list items, a table, block comments between items.
            `## Agreed next steps\n\n- [ ] Send ${pubStep} <!-- ${bodySecret(11)} --> (owner: me, due: 2026-11-21)\n\n| What | Who | When |\n|---|---|---|\n| Call <!-- ${bodySecret(12)} --> back | me | 2026-11-24 |`,
            `## Boundaries\n\nPages beyond twelve are quoted separately.\n\n- I can: <!-- ${bodySecret(10)} --> one evening\n<!--\n- ${secrets[9]} a block comment\n-->\n- I cannot: work weekends <!-- ${secrets[12]}\n${bodySecret(8)} -->\n\n## What we agreed\n\n- Keep <!-- ${bodySecret(11)} --> the scope\n\n<!-- ${bodySecret(12)} -->\n\n- [ ] ${pubFacts} <!--${secrets[7]}-->stays`,
          ];
          let note = `${frontmatter}\n\n# Launch\n\n${order.map((index) => sections[index]).join('\n\n')}\n`;
          if (crlf) note = note.replace(/\r?\n/g, '\r\n');

          for (const format of FORMATS) {
            const result = generateRecap(note, format, { now: NOW, includeSections, signature: 'Sam' });
            assert.ok(result.ok, `${format}: ${result.ok ? '' : result.problems.join(' ')}\n${note}`);
            // Lower case: a list item's first letter is capitalised on its way into the recap.
            const readable = (await decoded(format, result.text)).toLowerCase();
            for (const leaked of secrets.filter((value) => readable.includes(value))) {
              assert.fail(`${format} leaks private text ${leaked}:\n${result.text}\n--- note ---\n${note}`);
            }
            // The recap is not empty: what is public does arrive.
            assert.ok(readable.includes(pubAgreement) || format === 'mailto', `${format} lost the agreement`);
            if (format !== 'mailto') assert.ok(readable.includes(pubStep), `${format} lost the next step`);
            if (format === 'eml' || format === 'mailto') assert.ok(readable.includes('dana@acme.example') && readable.includes('sam@acme.example'), `${format} lost the Cc`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('builds a recap or says what is missing, never failing and never leaking, whatever else the note holds', async () => {
    let built = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          secret: token,
          // Right after the opening fence, so that no noise line can end the frontmatter before it.
          // Noise as it comes, which often breaks the YAML, or quoted as the value of a key of its own.
          frontmatterNoise: fc.array(fc.record({ value: noise, quoted: fc.boolean() }), { maxLength: 4 }),
          body: fc.array(fc.oneof(noise, privateHeading.map((heading) => `## ${heading}`)), { maxLength: 8 }),
          format: fc.constantFrom(...FORMATS),
          includeSections: fc.subarray(INCLUDABLE),
        }),
        async ({ secret, frontmatterNoise, body, format, includeSections }) => {
          const lines = frontmatterNoise.map(({ value, quoted }, index) => (quoted ? `extra${index}: ${yamlString(value)}` : value));
          const note = ['---', `private: ${yamlString(secret)}`, 'type: client-conversation', 'topic: Launch', 'contact: Jane Doe <jane@acme.example>', ...lines, 'agreements: [The launch moves.]', '---', ...body].join('\n');
          const result = generateRecap(note, format, { now: NOW, includeSections });
          if (!result.ok) {
            // generateRecap turns an exception into this problem: here it would be a bug.
            assert.ok(!result.problems.some((problem) => problem.startsWith('Client Notes could not build the recap')), `${result.problems.join(' ')}\n${note}`);
            return;
          }
          built++;
          assert.ok(!(await decoded(format, result.text)).toLowerCase().includes(secret), `${format} leaks ${secret}:\n${result.text}\n--- note ---\n${note}`);
        },
      ),
      { numRuns: 150 },
    );
    // Most generated notes have a recap: the property is not met by refusing them all.
    assert.ok(built > 50, `only ${built} of 150 notes had a recap`);
  });

  it('writes any text into an .eml that a mail parser reads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { minLength: 1, maxLength: 4 }), async (topic, agreements) => {
        fc.pre(topic.trim().length > 0 && agreements.some((agreement) => agreement.trim().length > 0));
        const note = [
          '---',
          'type: client-conversation',
          'client: Acme',
          `contact: ${yamlString('Zoë "Z" Müller-Łukasz <zoe@acme.example>')}`,
          'date: 2026-11-20',
          'scenario: other',
          `topic: ${yamlString(topic)}`,
          'agreements:',
          ...agreements.map((agreement) => `  - ${yamlString(agreement)}`),
          '---',
          '',
        ].join('\n');
        const result = generateRecap(note, 'eml', { now: NOW });
        fc.pre(result.ok);
        if (!result.ok) return;
        const parsed = await simpleParser(result.text);
        assert.equal(parsed.subject, subjectOf(result.model));
        assert.equal(parsed.text?.replace(/\r\n/g, '\n'), renderTextBody(result.model));
        for (const line of result.text.split('\r\n')) assert.ok(line.length <= 998 && !line.includes('\n'));
      }),
      { numRuns: 200 },
    );
  });
});
