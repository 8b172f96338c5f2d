// What the recap is built from: agreements, boundaries and next steps wherever the
// freelancer writes them (frontmatter, body lists, tables), each once, prompts left out.
import * as assert from 'node:assert/strict';
import { buildRecapModel, type RecapModel, type RecapOptions } from '../../src/core/summary';

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
