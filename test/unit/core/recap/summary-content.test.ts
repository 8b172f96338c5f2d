// What the recap is built from: agreements, boundaries and next steps wherever the
// freelancer writes them (frontmatter, body lists, tables), each once, prompts left out.
import * as assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { resolveConfig } from '../../../../src/core/config/config';
import { parseConfigFile } from '../../../../src/core/config/configFile';
import { SCENARIOS } from '../../../../src/core/note/scenarios';
import { buildRecapModel, generateRecap, type RecapModel, type RecapOptions } from '../../../../src/core/recap';

function model(text: string, options: RecapOptions = {}): RecapModel {
  const built = buildRecapModel(text, options);
  assert.ok(built.ok, built.ok ? '' : built.problems.join('\n'));
  return built.model;
}

const FRONTMATTER = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'contact: Jane Doe <jane@acme.example>',
  'date: 2026-11-20',
  'scenario: missed-deadline',
  'topic: Launch moves',
];

function note(frontmatter: string[], body: string[]): string {
  return [...FRONTMATTER, ...frontmatter, '---', '', '# Launch moves', '', ...body, ''].join('\n');
}

describe('recap content', () => {
  it('takes agreements and boundaries from the body sections as well as the frontmatter, each once', () => {
    const recap = model(
      note(
        ['agreements:', '  - The launch moves to 5 December.', 'boundaries:', '  - Pages beyond twelve are quoted separately.', 'agreements_extra: x'],
        [
          '## What we agreed',
          '',
          '- The launch moves to 5 December',
          '- Phase one keeps the original scope.',
          '  - The contact form waits for phase two.',
          '',
          '## Boundaries',
          '',
          '- I can: work one extra evening a week',
          '- I cannot: skip testing',
          '- pages beyond twelve are quoted separately',
        ],
      ),
    );
    assert.deepEqual(recap.agreements, ['The launch moves to 5 December.', 'Phase one keeps the original scope.', 'The contact form waits for phase two.']);
    assert.deepEqual(recap.boundaries, ['Pages beyond twelve are quoted separately.', 'I can: work one extra evening a week', 'I cannot: skip testing']);
  });

  it('includes a section lint finds by the same name: `## 1. Timeline` is the Timeline of requiredSections and includeSections alike', () => {
    const text = note([], ['## 1. Timeline', '', 'Design on 2 December, launch on 9 December.', '', '## Agreed next steps', '', '- Send the plan (owner: me, due: 2026-12-01)']);
    const built = model(text, { includeSections: ['Timeline'], requiredSections: [{ title: 'Timeline', aliases: [] }] });
    assert.deepEqual(built.sections.map((section) => section.title), ['1. Timeline']);
  });

  it('warns when no heading of the note matches a name in includeSections, and only then', () => {
    const text = note([], ['## Timeline', '', 'Design on 2 December.', '', '## Agreed next steps', '', '- Send the plan (owner: me, due: 2026-12-01)']);
    const built = buildRecapModel(text, { includeSections: ['Timeline', 'Budget'] });
    assert.ok(built.ok);
    assert.deepEqual(
      built.warnings.filter((warning) => /includeSections/.test(warning)),
      ['No heading of the note matches "Budget" from the recap\'s includeSections setting, so the recap quotes no such section.'],
    );
  });

  it('leaves out template prompts left unfilled, in items, owners and dates', () => {
    const recap = model(
      note(
        ['agreements: ["{{What we agreed}}"]', 'next_steps:', '  - what: "{{What}}"', '    owner: me'],
        [
          '## Agreements',
          '',
          '- {{What we agreed}}',
          '- The launch moves to {{date}}',
          '',
          '## Agreed next steps',
          '',
          '- Send the revised timeline (owner: {{me or client}}, due: 2026-11-21)',
          '- {{What}} (owner: {{me or client}}, due: {{YYYY-MM-DD}})',
        ],
      ),
    );
    assert.deepEqual(recap.agreements, ['The launch moves to {{date}}'], 'an item with words besides the prompt stays, for the check to flag');
    assert.deepEqual(
      recap.nextSteps.map((step) => [step.what, step.owner, step.due]),
      [['Send the revised timeline', undefined, '2026-11-21']],
    );
  });

  it('keeps HTML comments and private sections out of agreements and boundaries', () => {
    const recap = model(
      note(
        [],
        [
          '## Agreements',
          '',
          '- The launch moves <!-- they are broke --> to 5 December.',
          '<!--',
          '- SECRET in a block comment',
          '-->',
          '',
          '## Private notes',
          '',
          '### Boundaries',
          '',
          '- SECRET nested under a private section',
        ],
      ),
    );
    assert.deepEqual(recap.agreements, ['The launch moves to 5 December.']);
    assert.deepEqual(recap.boundaries, []);
  });

  it('merges next steps from the frontmatter, list items and a table: the same step once, done in either place is done', () => {
    const recap = model(
      note(
        ['next_steps:', '  - what: Send the revised timeline', '    owner: me', '  - what: Send the moodboard', '    owner: me', '    due: 2026-11-22'],
        [
          '## Agreements and next steps',
          '',
          '| What | Who | When |',
          '|---|---|---|',
          '| Send the revised timeline | me | 2026-11-21 |',
          '| Confirm the reduced scope | client | 2026-11-25 |',
          '',
          '- [x] Send the moodboard',
        ],
      ),
    );
    assert.deepEqual(
      recap.nextSteps.map((step) => [step.what, step.owner, step.due, step.done]),
      [
        ['Send the revised timeline', 'me', '2026-11-21', false],
        ['Send the moodboard', 'me', '2026-11-22', true],
        ['Confirm the reduced scope', 'client', '2026-11-25', false],
      ],
    );
    assert.deepEqual(recap.agreements, [], '"Agreements and next steps" is the next steps section, not the agreements');
  });
});

describe('recap tone', () => {
  const text = (scenario: string) => note([], ['## Agreements', '', '- The launch moves to 5 December.']).replace('scenario: missed-deadline', scenario);

  it('opens and closes as the scenario asks, the same every time', () => {
    const missed = model(text('scenario: missed-deadline')).tone;
    assert.match(missed.opening, /^I did not deliver on the date I had committed to.*revised plan/);
    assert.match(model(text('scenario: quality-complaint')).tone.opening, /^Thank you for raising your concerns/);
    assert.match(model(text('scenario: price-increase')).tone.opening, /context for it, and what it means/);
    assert.match(model(text('scenario: invoice-dispute')).tone.opening, /what was checked .* what happens next/);
    const neutral = model(text('scenario: other')).tone;
    assert.deepEqual(model(text('topic_only: x')).tone, neutral, 'no scenario: the neutral lines');
    assert.deepEqual(model(text('scenario: no-such-scenario')).tone, neutral);
    for (const scenario of SCENARIOS) {
      const tone = model(text(`scenario: ${scenario.id}`)).tone;
      assert.ok(tone.opening && tone.closing, scenario.id);
      assert.deepEqual(model(text(`scenario: ${scenario.id}`)).tone, tone);
    }
  });

  it('takes the user\'s lines, per scenario or as a default, line by line', () => {
    const tone = { 'missed-deadline': { opening: 'Sorry about *that*.' }, default: { closing: 'Speak soon.' } };
    assert.deepEqual(model(text('scenario: missed-deadline'), { tone }).tone.opening, 'Sorry about *that*.');
    assert.deepEqual(model(text('scenario: missed-deadline'), { tone }).tone.closing, 'Speak soon.');
    assert.match(model(text('scenario: quality-complaint'), { tone }).tone.opening, /^Thank you for raising/);
    const recap = generateRecap(text('scenario: missed-deadline'), 'markdown', { now: new Date(0), tone });
    assert.ok(recap.ok);
    assert.match(recap.ok ? recap.text : '', /on Friday 20 November 2026\. Sorry about \\\*that\\\*\.\n[\s\S]*\nSpeak soon\.\n\nBest regards,\n$/);
  });

  it('comes from the settings and the config file, scenario by scenario', () => {
    const file = parseConfigFile('.clientnotesrc.yaml', 'summary:\n  tone:\n    missed-deadline:\n      closing: Thanks.\n');
    assert.deepEqual(file.problems, []);
    const config = resolveConfig({ summary: { tone: { 'missed-deadline': { opening: 'A' }, other: { opening: 'B' } } } }, file.config);
    assert.deepEqual(config.recap.tone, { 'missed-deadline': { closing: 'Thanks.' }, other: { opening: 'B' } });
    assert.match(parseConfigFile('.clientnotesrc.yaml', 'summary:\n  tone:\n    missed-deadlin: {}\n').problems.join(' '), /missed-deadlin/);
  });
});

describe('recap Cc', () => {
  const text = note(
    [
      'attendees: [Jane Doe <jane@acme.example>, Sam Lee, "Dana Roe <dana@acme.example>"]',
      'cc:',
      '  - Dana Roe <DANA@acme.example>',
      '  - Li Wei <li@acme.example>, Ola <ola@acme.example>',
      '  - Bob',
      '  - "Eve <eve@evil.example> Bcc: x@example.com"',
    ],
    ['## Agreements', '', '- The launch moves to 5 December.'],
  );

  it('copies `cc` and the attendees written with an address, once each, never the contact', async () => {
    const built = buildRecapModel(text);
    assert.ok(built.ok);
    if (!built.ok) return;
    assert.deepEqual(
      built.model.cc.map((person) => person.address),
      ['DANA@acme.example', 'li@acme.example', 'ola@acme.example'],
    );
    assert.equal(built.warnings.filter((warning) => /Cc/.test(warning)).length, 2, built.warnings.join('\n'));
    const eml = generateRecap(text, 'eml', { now: new Date(0) });
    assert.ok(eml.ok);
    const parsed = await simpleParser(eml.ok ? eml.text : '');
    assert.deepEqual(
      (Array.isArray(parsed.cc) ? parsed.cc : [parsed.cc]).flatMap((group) => group?.value.map((mailbox) => mailbox.address) ?? []),
      ['DANA@acme.example', 'li@acme.example', 'ola@acme.example'],
    );
    const link = generateRecap(text, 'mailto', { now: new Date(0) });
    assert.ok(link.ok);
    assert.match(link.ok ? link.text : '', /^mailto:jane@acme\.example\?cc=DANA@acme\.example,li@acme\.example,ola@acme\.example&subject=/);
  });

  it('leaves the Cc out when nobody is copied', () => {
    const plain = generateRecap(note([], ['## Agreements', '', '- The launch moves.']), 'eml', { now: new Date(0) });
    assert.ok(plain.ok);
    assert.doesNotMatch(plain.ok ? plain.text : '', /^Cc:/m);
  });
});
