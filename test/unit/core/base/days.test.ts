import * as assert from 'node:assert/strict';
import { lastDayOfMonth } from '../../../../src/core/base/days';

describe('days', () => {
  it('gives the last day of the month a day is in, across a year end and in a leap year', () => {
    assert.equal(lastDayOfMonth('2026-11-20'), '2026-11-30');
    assert.equal(lastDayOfMonth('2026-12-01'), '2026-12-31');
    assert.equal(lastDayOfMonth('2028-02-10'), '2028-02-29');
    assert.equal(lastDayOfMonth('2026-11-31'), '2026-11-30', 'a day the month does not have');
  });
});
