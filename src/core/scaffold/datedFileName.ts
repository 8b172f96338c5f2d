// A note's file name starts with the day of its conversation (`noteFileName`). When the
// freelancer moves the meeting by changing `date:`, the name goes stale; this is the name
// it should carry, and where in the note the offer to rename belongs.
import { isRealDate } from '../base/days';
import { conversationDay, locateYamlPath, readFrontmatter } from '../note/frontmatter';

/** `YYYY-MM-DD` then a separator, at the start of a file name. */
const LEADING_DAY = /^(\d{4}-\d{2}-\d{2})(?=[-_. ])/;

/** A file name that starts with a day other than `day`, with `day` in its place; undefined otherwise. */
export function fileNameForDay(fileName: string, day: string): string | undefined {
  const leading = LEADING_DAY.exec(fileName)?.[1];
  if (!leading || !isRealDate(leading) || !isRealDate(day) || leading === day) return undefined;
  return day + fileName.slice(leading.length);
}

/** The `date:` pair of a note whose file name carries another day: its offsets, and the name the file should have. */
export interface StaleFileName {
  start: number;
  end: number;
  fileName: string;
}

export function staleFileName(text: string, fileName: string): StaleFileName | undefined {
  // Asked on every move of the cursor: a name without a leading day costs no parse of the frontmatter.
  if (!LEADING_DAY.test(fileName)) return undefined;
  const frontmatter = readFrontmatter(text);
  const day = conversationDay(frontmatter);
  if (!frontmatter || !day) return undefined;
  const renamed = fileNameForDay(fileName, day);
  const { keyStart, valueEnd } = locateYamlPath(frontmatter, ['date']);
  if (!renamed || keyStart === undefined || valueEnd === undefined) return undefined;
  return { start: keyStart, end: valueEnd, fileName: renamed };
}
