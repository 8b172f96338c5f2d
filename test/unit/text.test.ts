import * as assert from 'node:assert/strict';
import { formatCount, normalizeHeading } from '../../src/core/base/text';

describe('formatCount', () => {
  it('groups thousands with commas, as toLocaleString("en") does', () => {
    for (const count of [0, 7, 999, 1000, 20000, 20002, 123456, 1234567, 1000000000]) {
      assert.equal(formatCount(count), count.toLocaleString('en'), String(count));
    }
  });
});

describe('normalizeHeading', () => {
  it('drops apostrophes and case, and reads any other punctuation as a space between words', () => {
    assert.equal(normalizeHeading("Client's-perspective"), 'clients perspective');
    assert.equal(normalizeHeading('Client’s perspective'), 'clients perspective');
    assert.equal(normalizeHeading('Notes-to-self'), 'notes to self');
    assert.equal(normalizeHeading('Private:notes'), 'private notes');
    assert.equal(normalizeHeading('Private/confidential'), 'private confidential');
    assert.equal(normalizeHeading('  🔒 Private_notes (Jane):  '), 'private notes jane');
    assert.equal(normalizeHeading('Agreed next-steps'), 'agreed next steps');
  });
});
