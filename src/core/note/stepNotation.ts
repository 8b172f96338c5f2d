import { isRealDate } from '../base/text';

/**
 * How a next step's own words name its owner and due date, in every notation the rules
 * accept (docs/rules/next-step-incomplete.md lists them): `owner: NAME`, `@name`, a bold
 * `**Name:**` lead, `due 2026-12-03`, `by 3 Dec`, and trailing parts set off by dashes,
 * commas or brackets (`Send the invoice — me — 2026-12-03`, `(me, 2026-12-03)`).
 */
export interface StepNotation {
  owner: WrittenPart | undefined;
  /** A due date written YYYY-MM-DD. */
  due: WrittenPart | undefined;
  /** A due date written another way (`30/11/2026`, `3 Dec`, `next Friday`), when there is no YYYY-MM-DD one. */
  otherDue: WrittenPart | undefined;
  /** Where the owner and the YYYY-MM-DD date are written, to leave them out of the step's words. */
  parts: Array<{ start: number; end: number }>;
}

/** A piece of the step's text, with its offsets in that text. */
export interface WrittenPart {
  text: string;
  start: number;
  end: number;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A day as people write it: ISO, numeric with any separator, with a month name, or relative. */
const DATE =
  `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}` +
  `|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}(?:\\d{2})?|\\d{1,2}[./]\\d{1,2}` +
  `|${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?` +
  `|${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?` +
  `|(?:(?:this|next|coming)\\s+)?${WEEKDAY}` +
  `|(?:this|next|coming)\\s+(?:week|month)` +
  `|today|tonight|tomorrow|asap|eod|eow|eom|cob|end\\s+of\\s+(?:the\\s+)?(?:day|week|month|${MONTH}))`;
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}'’])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}'’%])";
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_DATE = new RegExp(`^${DATE}$`, 'iu');
/** `due 2026-12-03`, `due: 3 Dec`, `by Friday`, `📅 2026-12-03` (Obsidian Tasks), `[due:: …]` (Dataview). */
const KEYED_DUE = new RegExp(
  `(?:${NOT_WORD_BEFORE}(?:due(?:\\s+date)?|deadline|by|until|before|on|when)|📅|⏳)(?:[ \\t]*:{1,2})?[ \\t]*(${DATE})${NOT_WORD_AFTER}`,
  'giu',
);
/** `owner: NAME`, `who: NAME`, `[owner:: NAME]`; the name is cut where the next part starts. */
const KEYED_OWNER = new RegExp(`${NOT_WORD_BEFORE}(?:owner|who|assignee)\\s*::?[ \\t]*([^,;()[\\]\\r\\n]*)`, 'giu');
/** What KEYED_OWNER cannot match without, found in one quick pass. */
const MAY_KEY_OWNER = /owner|who|assignee/iu;
// Each blank run is tried from its start only (`(?<!\s)`): tried from anywhere in it, a long run is quadratic.
const OWNER_NAME_END = /(?<!\s)\s*[—–]|(?<!\s)\s+-\s|(?<!\s)\s+(?:due|by|deadline)\b|(?<!\s)\s*📅/iu;
const OWNER_MENTION = /(?:^|[\s(])@([\p{L}\p{N}_.-]*[\p{L}\p{N}_])/u;
/** `**Dana:** send the brief`, `**Dana**: send the brief`. */
const BOLD_OWNER = /^(?:\*\*|__)([^*_:\r\n]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*/u;
/** Dashes, commas and semicolons that set off the trailing parts of a step. */
const SEPARATOR = /(?<!\s)\s*[—–]\s*|(?<!\s)\s+-\s+|[,;]\s*/gu;

/** Owners that name no one: the step needs one person or side who will do it. */
const UNCLEAR_OWNERS = new Set(['we', 'us', 'both', 'team', 'the team', 'tbd', 'tba', 'tbc', '?', '??', 'everyone', 'someone', 'anyone', 'all', 'n/a', 'na']);
const SIDES = new Set(['me', 'i', 'myself', 'client', 'the client', 'you', ...UNCLEAR_OWNERS]);

/** True for an owner that names no one (`we`, `both`, `team`, `tbd`…) or several alternatives (`me or client`). */
export function isUnclearOwner(owner: string): boolean {
  const key = owner.trim().toLowerCase();
  return UNCLEAR_OWNERS.has(key) || /(?<!\s)\s+or\s|\//u.test(key);
}

/** `Me`, `the client`, `Dana`, `Juan Pablo`: a side or one to three capitalised words, no digits, no acronym. */
export function looksLikeOwner(text: string): boolean {
  const words = text.trim();
  if (SIDES.has(words.toLowerCase())) return true;
  const parts = words.split(/\s+/u);
  return parts.length <= 3 && parts.every((part) => /^\p{Lu}[\p{L}'’.-]*$/u.test(part) && !/^\p{Lu}{2,}$/u.test(part));
}

/** True for a whole piece of text that names a day, in any format. */
export function isWrittenDate(text: string): boolean {
  return WHOLE_DATE.test(text.trim());
}

export function readStepNotation(text: string): StepNotation {
  const parts: Array<{ start: number; end: number }> = [];
  let owner: WrittenPart | undefined;
  let due: WrittenPart | undefined;
  let otherDue: WrittenPart | undefined;
  const noteDate = (date: WrittenPart, whole: { start: number; end: number }) => {
    if (ISO.test(date.text)) {
      if (!due) {
        due = date;
        parts.push(whole);
      }
    } else {
      otherDue ??= date;
    }
  };

  // Each notation is looked for only where its key or sign is written at all: most steps have few.
  for (const match of MAY_KEY_OWNER.test(text) ? text.matchAll(KEYED_OWNER) : []) {
    const cut = OWNER_NAME_END.exec(match[1]);
    const name = (cut ? match[1].slice(0, cut.index) : match[1]).trimEnd();
    if (name.length === 0) continue;
    const start = match.index + match[0].length - match[1].length;
    owner ??= { text: name, start, end: start + name.length };
    parts.push({ start: match.index, end: start + name.length });
  }
  for (const match of text.matchAll(KEYED_DUE)) {
    const start = match.index + match[0].length - match[1].length;
    noteDate({ text: match[1], start, end: start + match[1].length }, { start: match.index, end: match.index + match[0].length });
  }
  const bold = BOLD_OWNER.exec(text);
  if (bold && looksLikeOwner(bold[1])) {
    owner ??= { text: bold[1].trim(), start: bold.index + bold[0].indexOf(bold[1]), end: bold.index + bold[0].indexOf(bold[1]) + bold[1].length };
    parts.push({ start: 0, end: bold[0].length });
  }
  const mention = text.includes('@') ? OWNER_MENTION.exec(text) : null;
  if (mention) {
    const start = mention.index + mention[0].length - mention[1].length;
    owner ??= { text: mention[1], start, end: start + mention[1].length };
    parts.push({ start: start - 1, end: start + mention[1].length });
  }
  for (const part of trailingParts(text)) {
    if (isWrittenDate(part.text)) noteDate(part, part.whole);
    else if (!owner) {
      owner = part;
      parts.push(part.whole);
    }
  }
  return { owner, due, otherDue, parts };
}

/**
 * The owner or date parts after a step's words: `— me — 2026-12-03`, `, Dana, 3 Dec`, or a
 * closing `(me, 2026-12-03)`. Read from the end while each part is a date, a name or a
 * keyed `owner:`/`due` (read above); the step's words themselves are never taken.
 */
function trailingParts(text: string): Array<WrittenPart & { whole: { start: number; end: number } }> {
  const found: Array<WrittenPart & { whole: { start: number; end: number } }> = [];
  const bracket = /\(([^()]*)\)\s*$/u.exec(text);
  const inner = bracket ? { start: bracket.index + 1, end: bracket.index + 1 + bracket[1].length } : { start: 0, end: text.trimEnd().length };
  const pieces: Array<{ start: number; end: number; separatorStart: number }> = [];
  let from = inner.start;
  let separatorStart = inner.start;
  SEPARATOR.lastIndex = inner.start;
  for (let match = SEPARATOR.exec(text); match && match.index < inner.end; match = SEPARATOR.exec(text)) {
    if (match[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    pieces.push({ start: from, end: match.index, separatorStart });
    separatorStart = match.index;
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end: inner.end, separatorStart });
  // Outside brackets the first piece is the step's words; inside, every piece must be read.
  const firstOpen = bracket ? 0 : 1;
  for (let index = pieces.length - 1; index >= firstOpen; index--) {
    const piece = pieces[index];
    const raw = text.slice(piece.start, piece.end);
    const words = raw.trim();
    const start = piece.start + raw.indexOf(words);
    const whole = { start: bracket ? piece.start : piece.separatorStart, end: piece.end };
    if (/^(?:owner|who|assignee|due|deadline|by|until|when)\b|^📅|^@/iu.test(words)) continue;
    if (words.length > 0 && (isWrittenDate(words) || looksLikeOwner(words))) {
      found.push({ text: words, start, end: start + words.length, whole });
      continue;
    }
    if (bracket) return [];
    break;
  }
  return found;
}

/**
 * `Send the timeline (owner: me, due: 2026-11-21)` → `Send the timeline`: a step's words
 * without the owner and YYYY-MM-DD date written in them, for messages and the recap. A
 * date written another way stays: it is the only place the day is said. `notation` is the
 * words' notation when it has been read already.
 */
export function withoutNotation(words: string, notation = readStepNotation(words)): string {
  const parts = [...notation.parts].sort((a, b) => a.start - b.start);
  let kept = '';
  let at = 0;
  for (const part of parts) {
    if (part.start < at) continue;
    kept += words.slice(at, part.start);
    at = part.end;
  }
  kept += words.slice(at);
  return kept
    .replace(/[([]\s*(?:[,;]\s*)*[)\]]/g, '')
    // `(owner: me, due: 30/11)` without its owner is `(due: 30/11)`, not `(, due: 30/11)`.
    .replace(/([([])\s*(?:[,;]\s*)+/g, '$1')
    // The trailing run of dashes, commas and blanks, matched from its start only: a match
    // free to start anywhere in a long run of blanks backtracks quadratically.
    .replace(/(?<![\s\-–—,;:])[\s\-–—,;:]+$/, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * The YYYY-MM-DD form of a date written another way, when the text says the day, month and
 * year without doubt: `30/11/2026`, `2026/11/30`, `30 November 2026`, `Nov 30, 2026`.
 * Undefined for `03/04/2026` (day and month could be swapped), two-digit years, and dates
 * without a year or relative to today, which would be guesses.
 */
export function isoDateOf(written: string): string | undefined {
  const text = written.trim().toLowerCase();
  let year: number;
  let month: number;
  let day: number;
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const named =
    new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+)(\\d{4})$`, 'u').exec(text) ??
    new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+)(\\d{4})$`, 'u').exec(text);
  if (yearFirst) {
    [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
  } else if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[2])];
    if (first <= 12 && second <= 12 && first !== second) return undefined;
    year = Number(yearLast[3]);
    [day, month] = first > 12 ? [first, second] : second > 12 ? [second, first] : [first, second];
  } else if (named) {
    const dayFirst = /^\d/.test(named[1]);
    const monthName = dayFirst ? named[2] : named[1];
    day = Number(dayFirst ? named[1] : named[2]);
    year = Number(named[3]);
    month = MONTH_PREFIXES.findIndex((prefix) => monthName.startsWith(prefix)) + 1;
  } else {
    return undefined;
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
