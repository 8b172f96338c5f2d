// The .eml encodings of src/core/recap/mime.ts, which run in a browser too, against the
// nodemailer functions they replace (Node only: they use Buffer and streams): the same
// text in, the same bytes out, on written cases and on random text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeWord as nodemailerWord, encodeWords as nodemailerWords, foldLines, isPlainText as nodemailerPlain } from 'nodemailer/lib/mime-funcs';
import { encode as nodemailerQuotedPrintable, wrap as nodemailerWrap } from 'nodemailer/lib/qp';
import { encodeQuotedPrintable, encodeWord, encodeWords, foldHeader, isPlainText, wrapQuotedPrintable } from '../../../../src/core/recap/mime';

const CASES = [
  '',
  'Zoë Müller',
  'Rates for 2027 — what changes and why',
  'Follow-up: Launch of the new booking site moves (20 November 2026) and then some more words to fold',
  'trailing space ',
  'tab\tinside',
  '"quoted" name',
  '日本語のテキストはとても長くなることがありますので分割されるべきです',
  'emoji 👍🏽 and a lone surrogate \ud800 here',
  'a=b?c_d',
  'x'.repeat(120),
  `${'y'.repeat(70)} ${'z'.repeat(70)}`,
];

// Text as a note holds it: ASCII words, spaces and punctuation, accents, other scripts, emoji.
const TEXT = fc
  .array(fc.oneof(fc.constantFrom(' ', ' ', '  ', '\t', '.', ',', '!', '?', '=', '_', '"', 'é', 'ü', '—', '€', '日本', '👍🏽', '\ud800'), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const ONE_LINE = TEXT.map((text) => text.replace(/[\r\n]/g, ' '));
const BODY = fc.array(TEXT, { maxLength: 8 }).map((lines) => lines.join('\r\n').replace(/\r?\n|\r/g, '\r\n'));

describe('MIME encodings without Node', () => {
  it('write RFC 2047 encoded words as nodemailer does', () => {
    for (const text of CASES) assert.equal(encodeWord(text, 52), nodemailerWord(text, 'Q', 52), text);
    fc.assert(fc.property(ONE_LINE, (text) => encodeWord(text, 52) === nodemailerWord(text, 'Q', 52)), { numRuns: 500 });
  });

  it('encode only the words of a header that need it, as nodemailer does (text without "=?")', () => {
    for (const text of CASES) assert.equal(encodeWords(text, 52), nodemailerWords(text, 'Q', 52), text);
    fc.assert(fc.property(ONE_LINE.filter((text) => !text.includes('=?')), (text) => encodeWords(text, 52) === nodemailerWords(text, 'Q', 52)), { numRuns: 500 });
  });

  it('fold headers as nodemailer does', () => {
    for (const text of CASES) assert.equal(foldHeader(`Subject: ${encodeWords(text, 52)}`, 76), foldLines(`Subject: ${encodeWords(text, 52)}`, 76), text);
    fc.assert(fc.property(ONE_LINE, (text) => foldHeader(`To: ${text}`, 76) === foldLines(`To: ${text}`, 76)), { numRuns: 500 });
  });

  it('tell plain text as nodemailer does', () => {
    fc.assert(fc.property(TEXT, (text) => isPlainText(text) === nodemailerPlain(text)), { numRuns: 500 });
  });

  it('write and wrap quoted-printable bodies as nodemailer does', () => {
    for (const text of [...CASES, CASES.join('\r\n'), `${'ü'.repeat(40)}\r\n${'a '.repeat(60)}`]) {
      assert.equal(wrapQuotedPrintable(encodeQuotedPrintable(text), 76), nodemailerWrap(nodemailerQuotedPrintable(text), 76), text);
    }
    fc.assert(
      fc.property(BODY, (body) => wrapQuotedPrintable(encodeQuotedPrintable(body), 76) === nodemailerWrap(nodemailerQuotedPrintable(body), 76)),
      { numRuns: 500 },
    );
  });
});
