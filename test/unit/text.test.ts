import * as assert from 'node:assert/strict';
import { formatCount } from '../../src/core/text';

describe('formatCount', () => {
  it('groups thousands with commas, as toLocaleString("en") does', () => {
    for (const count of [0, 7, 999, 1000, 20000, 20002, 123456, 1234567, 1000000000]) {
      assert.equal(formatCount(count), count.toLocaleString('en'), String(count));
    }
  });
});
