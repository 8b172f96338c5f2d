import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesOf } from '../../../../src/core/base/matches';

/** What `matchAll` gives, as plain data to compare. */
const described = (matches: Iterable<RegExpMatchArray>) => Array.from(matches, (match) => ({ index: match.index, groups: [...match] }));

describe('matchesOf', () => {
  const patterns = [/\p{Lu}\p{Ll}+/gu, /(?:a|b)*/g, /(?<word>\w+)?/gu, /x*/gu, /\b/g, /(?<=a)b|c(?=d)/g];

  it('gives the matches matchAll gives, empty ones stepped over (by whole characters in a Unicode pattern)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'x', 'Ab', ' ', '😀', 'É', '\n') }), (pattern, text) => {
        assert.deepEqual(described(matchesOf(text, pattern)), described(text.matchAll(pattern)));
      }),
    );
  });

  it('reads a shared pattern from its start and leaves it there, whatever another reader left', () => {
    const pattern = /o/g;
    pattern.lastIndex = 3;
    assert.deepEqual(described(matchesOf('foo boo', pattern)).map((match) => match.index), [1, 2, 5, 6]);
    assert.equal(pattern.lastIndex, 0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    assert.throws(() => matchesOf('text', /t/), TypeError);
  });
});
