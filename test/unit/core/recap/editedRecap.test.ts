import * as assert from 'node:assert/strict';
import { buildRecapModel, editedRecapMessage, recapMessage, renderEml, renderMailto, renderMarkdown, type RecapModel } from '../../../../src/core/recap';

// The recap opens as an editable document; what is sent is the text as edited, with the note's headers.
const NOTE = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
topic: Launch moves
agreements:
  - The launch moves to 5 December.
---

# Launch moves
`;
const NOW = new Date(Date.UTC(2026, 10, 23, 11));

function model(): RecapModel {
  const built = buildRecapModel(NOTE, { from: 'Sam Lee <sam@lee.example>' });
  assert.ok(built.ok);
  return built.model;
}

describe('the recap as edited', () => {
  it('unedited, is the message built from the note, word for word, in every format', () => {
    const recap = model();
    assert.deepEqual(editedRecapMessage(renderMarkdown(recap), recap), recapMessage(recap));
    assert.deepEqual(editedRecapMessage(renderMarkdown(recap).replace(/\n/g, '\r\n'), recap), recapMessage(recap));
    assert.deepEqual(renderEml(recap, NOW, editedRecapMessage(renderMarkdown(recap), recap)), renderEml(recap, NOW));
  });

  it('edited, takes the subject from the title and the body from the rest, as plain text', () => {
    const recap = model();
    const edited = renderMarkdown(recap).replace(/^# .*$/m, '# Launch: the **new** plan').replace('The launch moves to 5 December.', 'The launch moves to *8* December.');
    const message = editedRecapMessage(edited, recap);
    assert.equal(message.subject, 'Launch: the new plan');
    assert.match(message.body, /^Hi Jane,\n/);
    assert.match(message.body, /^• The launch moves to 8 December\.$/m);
    assert.doesNotMatch(message.body, /[#*]/);
    assert.ok(message.body.endsWith('\n') && !message.body.endsWith('\n\n'));
  });

  it('without a title, keeps the subject built from the note', () => {
    const recap = model();
    assert.equal(editedRecapMessage('Hi Jane,\n\nSee you Monday.\n', recap).subject, recapMessage(recap).subject);
    assert.equal(editedRecapMessage('Hi Jane,\n\nSee you Monday.\n', recap).body, 'Hi Jane,\n\nSee you Monday.\n');
  });

  it('the .eml and the mailto link carry the edited text with the note\'s To and the configured From', () => {
    const recap = model();
    const message = editedRecapMessage('# Launch: new date\n\nHi Jane, see you Monday.\n', recap);
    const eml = renderEml(recap, NOW, message);
    assert.ok(eml.ok);
    assert.match(eml.text, /^From: Sam Lee <sam@lee\.example>\r$/m);
    assert.match(eml.text, /^To: Jane Doe <jane@acme\.example>\r$/m);
    assert.match(eml.text, /^Subject: Launch: new date\r$/m);
    assert.match(eml.text, /\r\n\r\nHi Jane, see you Monday\.\r\n$/);
    const link = renderMailto(recap, undefined, message);
    assert.ok(link.ok);
    assert.equal(link.uri, 'mailto:jane@acme.example?subject=Launch%3A%20new%20date&body=Hi%20Jane%2C%20see%20you%20Monday.%0D%0A');
  });
});
