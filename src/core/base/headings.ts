import { withoutHtmlComments } from './htmlComments';

/**
 * Lower-case, single spaces, no punctuation or symbols: how headings are compared, as
 * they read rendered. HTML comments and invisible characters (a soft hyphen, a zero-width
 * space, a direction mark) go, so that `Pri\u00ADvate` and `Priv<!-- -->ate` are "private";
 * an apostrophe or a look-alike of one (’ ′ ´ `) goes too ("Client's" is "clients"); any
 * other punctuation separates words, so that "Private-notes" and "Notes:to:self" are
 * the sections they name; `ß` is `ss`, as Swiss German writes it, and an umlaut is written
 * out (`ä` is `ae`), as on a keyboard without them.
 */
export function normalizeHeading(heading: string): string {
  const shown = withoutHtmlComments(heading);
  // ASCII is its own NFKC form, and its punctuation and symbols are every printable
  // character but letters and digits: the Unicode pass, several times slower, is spared.
  if (ASCII.test(shown)) return shown.toLowerCase().replace(/['`]/g, '').replace(ASCII_SEPARATORS, ' ').trim();
  // Before NFKC, which turns an acute accent into a blank and a combining mark.
  return shown
    .replace(/['`‘’ʼ′´ʹ＇｀]/gu, '')
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .toLowerCase()
    // Swiss German writes no ß: `Massnahmen` is `Maßnahmen`; a keyboard without umlauts writes them out: `Naechste Schritte`.
    .replace(/ß/gu, 'ss')
    .replace(/[äöü]/gu, (umlaut) => UMLAUTS_WRITTEN_OUT[umlaut])
    // A phone or a keyboard without accents writes French's plainly: `Prochaines etapes` is `Prochaines étapes`.
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    // Emoji are symbols, but their keycaps are marks (their joiners and variation selectors are invisible, gone above).
    .replace(/(?:[\p{P}\p{S}\p{Extended_Pictographic}\s]|\u20e3)+/gu, ' ')
    .trim();
}

const UMLAUTS_WRITTEN_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;
/** Runs of ASCII blanks (`\s`), punctuation and symbols (`\p{P}`, `\p{S}`). */
const ASCII_SEPARATORS = /[\t-\r !-/:-@[-`{-~]+/g;
