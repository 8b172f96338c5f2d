import * as assert from 'node:assert/strict';
import { missingSectionNamed, missingSections } from '../../../../src/core/edit/insertSection';
import { fixAll, lint } from '../../../../src/core/lint/engine';
import { parseNote } from '../../../../src/core/note/parseNote';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from '../../../../src/core/note/sections';

const note = (body: string, required: readonly RequiredSection[] = DEFAULT_REQUIRED_SECTIONS) =>
  parseNote(`---\ntype: client-conversation\n---\n\n# Topic\n\n${body}`, required);

describe('missing sections (Insert Section)', () => {
  it('lists the known sections a note lacks, in canonical order, marking the required and the private ones', () => {
    const missing = missingSections(note('## Key facts\n\nOn 18 November…\n\n## Private notes\n'), DEFAULT_REQUIRED_SECTIONS);
    assert.deepEqual(
      missing.map(({ title, required, private: isPrivate }) => [title, required, isPrivate]),
      [
        ['Preparation', false, true],
        ["Client's perspective", false, true],
        ['Boundaries', true, false],
        ['Options discussed', false, false],
        ['Agreements', false, false],
        ['Agreed next steps', true, false],
      ],
    );
  });

  it('counts a section present under any alias, the configured ones too, whatever the case and punctuation', () => {
    const required = [...DEFAULT_REQUIRED_SECTIONS.slice(0, 2), { title: 'Agreed next steps', aliases: ['To do'] }];
    const titles = missingSections(note('## WHAT HAPPENED!\n\n## limits\n\n## TO DO:\n', required), required).map((section) => section.title);
    assert.deepEqual(titles, ['Preparation', "Client's perspective", 'Options discussed', 'Agreements', 'Private notes']);
  });

  it('offers a custom required section, before Private notes', () => {
    const required = [...DEFAULT_REQUIRED_SECTIONS, { title: 'Budget', aliases: ['Money'] }];
    const titles = missingSections(note('## Facts\n\n## Boundaries\n\n## Next steps\n', required), required).map((section) => section.title);
    assert.deepEqual(titles, ['Preparation', "Client's perspective", 'Options discussed', 'Agreements', 'Budget', 'Private notes']);
  });

  it('finds a missing section by its title or an alias, and nothing for a present or unknown one', () => {
    const missing = missingSections(note('## Facts\n'), DEFAULT_REQUIRED_SECTIONS);
    assert.equal(missingSectionNamed('what I can and cannot do', missing)?.title, 'Boundaries');
    assert.equal(missingSectionNamed('Action Items', missing)?.title, 'Agreed next steps');
    assert.equal(missingSectionNamed('Key facts', missing), undefined);
    assert.equal(missingSectionNamed('Weather', missing), undefined);
  });

  it('counts numbered, emoji, bold, qualified and singular headings as the sections they name', () => {
    const body = '## 1. Key fact:\n\n## 📌 **Boundaries I set**\n\n## ✅️ Next step (agreed)\n\n## II) Our options\n';
    const titles = missingSections(note(body), DEFAULT_REQUIRED_SECTIONS).map((section) => section.title);
    assert.deepEqual(titles, ['Preparation', "Client's perspective", 'Agreements', 'Private notes']);
  });

  it('counts a compound in the singular as the plural alias it is: Follow-up for Follow-ups', () => {
    const body = '## Key facts\n\n## Limits\n\n## Follow-up\n';
    const titles = missingSections(note(body), DEFAULT_REQUIRED_SECTIONS).map((section) => section.title);
    assert.ok(!titles.includes('Agreed next steps'), titles.join(', '));
  });
});

describe('a misspelt required heading', () => {
  const text = '---\ntype: client-conversation\n---\n\n# Topic\n\n## Facts\n\nPaid.\n\n## Boundries\n\nNo more.\n\n## Next steps\n\n- Pay (owner: client, due: 2026-12-01)\n';

  it('is reported once, at the heading, with a rename', () => {
    const findings = lint(text).messages.filter((message) => message.ruleId === 'required-sections');
    assert.deepEqual(
      findings.map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.fix?.title]),
      [['## Boundries', 'Heading "Boundries" looks like a misspelt "Boundaries": rename it.', 'Rename to "Boundaries"']],
    );
  });

  it('never gets a second section beside it from Fix All or --fix', () => {
    assert.equal(fixAll(text).text, text);
  });

  it('is one that starts with a shorter name but misspells a longer one, and its rename takes the words the name holds', () => {
    const typo = text.replace('## Boundries', '## Boundaries').replace('## Next steps', '## Next setps agreed');
    const [finding] = lint(typo).messages.filter((message) => message.ruleId === 'required-sections');
    assert.equal(typo.slice(finding.start, finding.end), '## Next setps agreed');
    const edit = finding.fix!.edits[0];
    assert.equal(typo.slice(0, edit.start) + edit.text + typo.slice(edit.end), typo.replace('## Next setps agreed', '## Agreed next steps'));
    // A short name with words of its own after it is that section, as before: "Next week" is no typo of "Next steps".
    assert.deepEqual(lint(text.replace('## Boundries', '## Boundaries').replace('## Next steps', '## Next week')).messages.filter((message) => message.ruleId === 'required-sections'), []);
  });

  it('is reported over a sub-heading that names the section, but the note’s title is no misspelt section', () => {
    const parent = text.replace('## Boundries', '## Boundaries').replace('## Next steps\n', '## Nxet steps\n\n### Action items\n');
    const findings = lint(parent).messages.filter((message) => message.ruleId === 'required-sections');
    assert.deepEqual(findings.map((finding) => parent.slice(finding.start, finding.end)), ['## Nxet steps']);
    // `# Foundry – spec pitch` over every section is one typo from `Boundary`, and names no section.
    const titled = text.replace('# Topic', '# Foundry – spec pitch').replace('## Boundries\n\nNo more.\n\n', '');
    assert.deepEqual(lint(titled.replace('## Facts', '## Facts\n\n### Boundaries')).messages.filter((message) => message.ruleId === 'required-sections'), []);
  });

  it("is never another section's name as written: `Options discussées` is no misspelt `Actions`", () => {
    const french = '---\ntype: client-conversation\nlang: fr\n---\n\n# Sujet\n\n## Faits\n\nPayé.\n\n## Limites\n\nRien de plus.\n\n## Options discussées\n\n1. Envoi le 12 janv.\n\n## Prochaines étpaes\n\n- Payer (responsable : client, échéance : 2026-12-01)\n';
    const findings = lint(french).messages.filter((message) => message.ruleId === 'required-sections');
    assert.deepEqual(findings.map((finding) => french.slice(finding.start, finding.end)), ['## Prochaines étpaes']);
  });
});
