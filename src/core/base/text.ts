// A text as it may be shown: on one line, without what a terminal or a mail program acts
// on, kept apart from the text around it, a count grouped in thousands.
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
