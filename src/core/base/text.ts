/** Maps 0-based offsets to 0-based lines and UTF-16 columns, and back. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (code === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: clamped - this.lineStarts[low] };
  }

  offsetAt(line: number, column: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + Math.max(0, column), this.text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** A line ending, as CommonMark knows them: LF, CRLF, or CR alone (classic Mac OS). */
export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending a fix should use: the one the document's first line ends with (LF when there is none). */
export function detectEol(text: string): LineEnding {
  const first = /\r\n?|\n/.exec(text);
  return (first?.[0] as LineEnding | undefined) ?? '\n';
}

/** Every kind of line ending a text uses, in the order they first appear: none, one, or a mix. */
export function lineEndingsIn(text: string): LineEnding[] {
  const found = new Set<LineEnding>();
  for (const match of text.matchAll(/\r\n?|\n/g)) {
    found.add(match[0] as LineEnding);
    if (found.size === 3) break;
  }
  return [...found];
}

/** The text with every line ending an LF, as the recap's own text is written. */
export function withLfEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export const BOM = '\uFEFF';

/**
 * A text without its byte order mark, and the mark's length (0 or 1), which turns an offset
 * of `source` back into one of the text. The one place a BOM is taken off: a second would
 * shift offsets its own way.
 */
export function splitBom(text: string): { source: string; bomLength: number } {
  const bomLength = text.startsWith(BOM) ? BOM.length : 0;
  return { source: bomLength ? text.slice(bomLength) : text, bomLength };
}

/**
 * A copy of a string cut from a note that shares no memory with the note's text. V8 keeps
 * a string cut from a longer one (by slice, trim, or yaml reading a value) as a view of the
 * longer one, so whatever keeps it (a digest record, a cache) keeps the whole note in
 * memory: the records of 10,000 notes of 3 KB held 44 MB instead of 21. Joining makes a
 * string of its own, which the slice then views.
 */
export function detached<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : ` ${text}`.slice(1)) as T;
}

/** One line: block scalars and wrapped list items are joined with single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Control characters (C0, DEL and C1), which a terminal or a mail program may act on: an ESC sequence, an OSC 8 link. */
export const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** A text without its control characters, but for tabs and line breaks. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => ('\t\n\r'.includes(character) ? character : ''));
}

/**
 * The characters that set the direction of the text after them until they are closed:
 * embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
 * The marks (LRM, RLM, ALM) reach no further than a letter would, and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A text from a note made safe to show beside other text (in a view's row, a tooltip, a
 * quick pick): a right-to-left override (U+202E) in a step would otherwise reverse the
 * rest of the row, "3 days late" read "etal syad 3". Its own direction controls go (a PDI
 * inside would end the isolate early, an RLO would outlast it), and it is set apart as a
 * first strong isolate, so that a Hebrew or Arabic name still reads right to left without
 * carrying the numbers after it along.
 */
export function isolated<T extends string | undefined>(text: T): T {
  if (text === undefined || text === '') return text;
  return `${FIRST_STRONG_ISOLATE}${text.replace(BIDI_CONTROLS, '')}${POP_DIRECTIONAL_ISOLATE}` as T;
}

export const HTML_COMMENT_OPEN = '<!--';
const HTML_COMMENT_CLOSE = '-->';

/**
 * Where the HTML comment opened at `opening` ends. As in a browser and in CommonMark, at
 * the first `-->` after its `<!`, so that `<!-->` and `<!--->` are whole, empty comments
 * and what follows them shows; one never closed runs to the end: it was meant unseen.
 */
export function htmlCommentEnd(text: string, opening: number): number {
  const close = text.indexOf(HTML_COMMENT_CLOSE, opening + 2);
  return close === -1 ? text.length : close + HTML_COMMENT_CLOSE.length;
}

/** The HTML comments of a text, each from its `<!--` to its end. */
export function htmlComments(text: string): Array<{ start: number; end: number }> {
  const comments: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(HTML_COMMENT_OPEN); at !== -1; ) {
    const end = htmlCommentEnd(text, at);
    comments.push({ start: at, end });
    at = text.indexOf(HTML_COMMENT_OPEN, end);
  }
  return comments;
}

/** A text as a reader sees it rendered: its HTML comments taken out. */
export function withoutHtmlComments(text: string): string {
  if (!text.includes(HTML_COMMENT_OPEN)) return text;
  let visible = '';
  let last = 0;
  for (const comment of htmlComments(text)) {
    visible += text.slice(last, comment.start);
    last = comment.end;
  }
  return visible + text.slice(last);
}

/**
 * Lower-case, single spaces, no punctuation or symbols: how headings are compared, as
 * they read rendered. HTML comments and invisible characters (a soft hyphen, a zero-width
 * space, a direction mark) go, so that `Pri\u00ADvate` and `Priv<!-- -->ate` are "private";
 * an apostrophe or a look-alike of one (’ ′ ´ `) goes too ("Client's" is "clients"); any
 * other punctuation separates words, so that "Private-notes" and "Notes:to:self" are
 * the sections they name.
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
    // Emoji are symbols, but their keycaps are marks (their joiners and variation selectors are invisible, gone above).
    .replace(/(?:[\p{P}\p{S}\p{Extended_Pictographic}\s]|\u20e3)+/gu, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;
/** Runs of ASCII blanks (`\s`), punctuation and symbols (`\p{P}`, `\p{S}`). */
const ASCII_SEPARATORS = /[\t-\r !-/:-@[-`{-~]+/g;

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * Whether two texts are at most `limit` edits apart: `editDistance(a, b) <= limit`, with
 * only the cells near the diagonal worked out and the work given up once every cell of a
 * row is past the limit, for comparing many texts where few are close.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const outside = limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? i : outside;
    let least = current[from - 1];
    for (let j = from; j <= to; j++) {
      const above = j <= i - 1 + limit ? previous[j] : outside;
      const value = Math.min(above + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < least) least = value;
    }
    if (least > limit) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= limit;
}

/**
 * Edits between two texts when two letters swapped count as one, as a typist makes them
 * ("Fatcs" is one typo from "Facts", not two): the optimal string alignment distance.
 */
export function typoDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length];
}

/** The single closest candidate within a typo's reach (`typoDistance`), or undefined when none or several fit. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = typoDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}

/**
 * A count with thousands separators, "20,000". Not `toLocaleString`: its first call loads
 * the locale data, some 20 ms, and rule descriptions are built when the extension loads.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(count));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return grouped;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a YYYY-MM-DD string naming a day that exists, from the year 100 on (`Date`
 * reads the years before it as 1900 and after). Counted, not made into a `Date`: the
 * views ask it of every step at each refresh.
 */
export function isRealDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** The local calendar day of `now` as YYYY-MM-DD: what "today" means to the user. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day of the week of a YYYY-MM-DD day, 0 for a Sunday, whatever the machine's time zone. */
export function weekdayOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}
