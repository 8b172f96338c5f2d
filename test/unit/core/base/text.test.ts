import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isRealDate } from '../../../../src/core/base/days';
import { editDistance, typoDistance, withinEditDistance } from '../../../../src/core/base/editDistance';
import { normalizeHeading } from '../../../../src/core/base/headings';
import { lineEndingsIn } from '../../../../src/core/base/lines';
import { formatCount, isolated } from '../../../../src/core/base/text';

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
    // Written on a keyboard without accents, a French heading is the same heading.
    assert.equal(normalizeHeading('Prochaines étapes'), normalizeHeading('Prochaines etapes'));
    assert.equal(normalizeHeading('Notes privées'), 'notes privees');
  });

  it('gives ASCII text, which it reads without the Unicode pass, the form the Unicode pass gives', () => {
    // A word with a letter outside ASCII after it sends the text through the Unicode pass (one with no accent to lose).
    const throughUnicode = (heading: string) => normalizeHeading(`${heading} ж`);
    const expected = (heading: string) => `${normalizeHeading(heading)} ж`.trim();
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 24 });
    // (A comment left open would take the word in too.)
    fc.assert(fc.property(ascii, (heading) => heading.includes('<!--') || throughUnicode(heading) === expected(heading)), { numRuns: 5000 });
    for (let code = 0; code < 0x80; code++) {
      const heading = `a${String.fromCharCode(code)}b`;
      assert.equal(throughUnicode(heading), expected(heading), `U+${code.toString(16)}`);
    }
  });

  it('reads a heading as it renders: without comments and invisible characters, any apostrophe as one', () => {
    for (const heading of ['Pri\u00advate notes', 'Pri\u200bvate notes', 'Pri\u2060vate\u200e notes', 'Priv<!-- -->ate notes', 'Priv<!---->ate notes', 'Private <!-- mine --> notes']) {
      assert.equal(normalizeHeading(heading), 'private notes', JSON.stringify(heading));
    }
    for (const heading of ['Client\u2032s perspective', 'Client`s perspective', 'Client´s perspective', 'Client＇s perspective', 'Clientʼs perspective']) {
      assert.equal(normalizeHeading(heading), 'clients perspective', JSON.stringify(heading));
    }
    assert.equal(normalizeHeading('Private <!--> notes -->'), 'private notes', 'what follows `<!-->` shows');
  });
});

describe('isolated', () => {
  it('sets a note’s text apart as a first strong isolate, so that an override in it reaches nothing after it', () => {
    assert.equal(isolated('Send the quote'), '\u2068Send the quote\u2069');
    assert.equal(isolated('Pay the \u202einvoice'), '\u2068Pay the invoice\u2069');
    // A PDI of its own would close the isolate before the override it lets through.
    assert.equal(isolated('a\u2069\u202eb\u202a\u202b\u202c\u202d\u2066\u2067\u2068c'), '\u2068abc\u2069');
    // A right-to-left name and the marks, which reach no further than a letter, are kept.
    assert.equal(isolated('\u05e9\u05dc\u05d5\u05dd\u200f \u0634\u0631\u0643\u0629\u061c'), '\u2068\u05e9\u05dc\u05d5\u05dd\u200f \u0634\u0631\u0643\u0629\u061c\u2069');
    assert.equal(isolated(''), '');
    assert.equal(isolated(undefined), undefined);
  });

  it('always gives one closed isolate with no embedding or override inside, whatever the text', () => {
    const bidi = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', 'a', '\u05d0', '3', ' ');
    fc.assert(
      fc.property(fc.array(bidi, { minLength: 1 }).map((units) => units.join('')), (text) => {
        const shown = isolated(text);
        assert.match(shown, /^\u2068[^\u202a-\u202e\u2066-\u2069]*\u2069$/u);
        assert.equal(shown.slice(1, -1), text.replace(/[\u202a-\u202e\u2066-\u2069]/gu, ''));
      }),
    );
  });
});

describe('lineEndingsIn', () => {
  it('names every kind of line ending a text uses, CR alone and mixes included', () => {
    assert.deepEqual(lineEndingsIn('one line'), []);
    assert.deepEqual(lineEndingsIn('a\nb\n'), ['\n']);
    assert.deepEqual(lineEndingsIn('a\r\nb\r\n'), ['\r\n']);
    assert.deepEqual(lineEndingsIn('a\rb\r'), ['\r']);
    assert.deepEqual(lineEndingsIn('a\r\nb\nc\rd\r\n'), ['\r\n', '\n', '\r']);
  });
});

describe('typoDistance', () => {
  it('counts two letters swapped as one typo, and is Levenshtein otherwise', () => {
    assert.equal(typoDistance('fatcs', 'facts'), 1);
    assert.equal(typoDistance('boundries', 'boundaries'), 1);
    assert.equal(typoDistance('ab', 'ba'), 1);
    assert.equal(typoDistance('', 'abc'), 3);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 10 });
    // A swap is one edit for it and two for Levenshtein: never more, never less than half.
    fc.assert(fc.property(text, text, (a, b) => typoDistance(a, b) <= editDistance(a, b) && 2 * typoDistance(a, b) >= editDistance(a, b)), { numRuns: 5000 });
  });
});

describe('withinEditDistance', () => {
  it('says what editDistance says of the limit, for any texts and limit', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, limit) => withinEditDistance(a, b, limit) === editDistance(a, b) <= limit),
      { numRuns: 20000 },
    );
    assert.equal(withinEditDistance('send the revised timeline', 'send the revized timline', 2), true);
    assert.equal(withinEditDistance('send the revised timeline', 'send the invoice', 3), false);
  });
});

describe('isRealDate', () => {
  it('says what a UTC Date made of the day says, for every day of every month of leap and common years', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 1, 99, 100, 1582, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          assert.equal(isRealDate(text), exists, text);
        }
      }
    }
    for (const text of ['2026-1-01', '2026-01-1', ' 2026-01-01', '2026-01-01 ', '20260101', '2026/01/01', '']) assert.equal(isRealDate(text), false, text);
  });
});
