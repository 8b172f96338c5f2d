import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../../../src/core/config/config';
import { promptRemovalEdits } from '../../../../src/core/edit/unfilledPrompts';
import { applyEdits, fixAll, lint } from '../../../../src/core/lint/engine';
import { templatePrompts } from '../../../../src/core/note/placeholders';

/** The text with every template prompt taken out as the quick fix and the command do. */
function withoutPrompts(text: string): string {
  return applyEdits(text, promptRemovalEdits(text, templatePrompts(text))).text;
}

function note(date: string, body: string): string {
  return `---\ntype: client-conversation\nclient: Acme\ndate: ${date}\nchannel: video-call\nscenario: scope-change\ntopic: Extra pages\n---\n\n${body}`;
}

describe('removing unfilled prompts', () => {
  it('takes out lines that held nothing but prompts, with their list markers, checkboxes, table pipes and labels', () => {
    const text = '## Facts\n\n- {{What was agreed}}\n- [ ] {{What}}\n1. {{First}}\n> {{Quote}}\n| {{What}} | {{Who}} |\n**Owner:** {{Who}}\n{{Alone}}\nKept.\n';
    assert.equal(withoutPrompts(text), '## Facts\n\nKept.\n');
  });

  it("keeps every word the freelancer wrote beside a prompt, and drops what only framed it", () => {
    assert.equal(withoutPrompts('- Send the brief (owner: {{me or client}}, due: {{YYYY-MM-DD}})\n'), '- Send the brief\n');
    assert.equal(withoutPrompts('- Send the brief (owner: me, due: {{YYYY-MM-DD}})\n'), '- Send the brief (owner: me)\n');
    assert.equal(withoutPrompts('## Boundaries {{What I can and cannot do}}\n'), '## Boundaries\n');
    assert.equal(withoutPrompts('Peter says it is stuck with {{name of the approver}} since Monday.\n'), 'Peter says it is stuck with since Monday.\n');
    assert.equal(withoutPrompts('  - Nested {{detail}} — kept\n'), '  - Nested — kept\n');
    assert.equal(withoutPrompts('## {{Title}}\nText\n'), 'Text\n');
  });

  it("keeps the note's line endings, CRLF and CR alike", () => {
    assert.equal(withoutPrompts('A\r\n- {{What}}\r\nB (owner: {{Who}})\r\n'), 'A\r\nB\r\n');
    assert.equal(withoutPrompts('A\r- {{What}}\rB\r'), 'A\rB\r');
  });

  it('is offered as a quick fix per section after the conversation, never before it, and never by Fix All', () => {
    const text = note('2026-11-20', '## Facts\n\n- {{What happened}}\n- The launch moved.\n\n## Agreed next steps\n\n- [ ] {{What}} (owner: {{me or client}}, due: {{YYYY-MM-DD}})\n');
    const config = resolveConfig(undefined);
    const after = lint(text, { config, now: new Date(2026, 11, 3) }).messages.filter((message) => message.ruleId === 'unfilled-placeholder');
    assert.deepEqual(after.map((message) => [message.severity, message.fix?.title]), [
      ['warning', 'Remove the unfilled prompt {{What happened}}'],
      ['warning', 'Remove the 3 unfilled prompts'],
    ]);
    assert.equal(applyEdits(text, after[1].fix!.edits).text.endsWith('## Agreed next steps\n\n'), true);
    const before = lint(text, { config, now: new Date(2026, 10, 19) }).messages.filter((message) => message.ruleId === 'unfilled-placeholder');
    assert.deepEqual(before.map((message) => [message.severity, message.fix]), [['info', undefined], ['info', undefined]]);
    assert.equal(fixAll(text, { config, now: new Date(2026, 11, 3) }).text.includes('{{What happened}}'), true);
  });
});
