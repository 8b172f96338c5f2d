import { knownSectionFor, type RequiredSection, type SectionKey } from '../note/sections';

/** The sections the digest reads: the steps, the agreements and the boundaries. */
const READ: ReadonlySet<SectionKey> = new Set(['nextSteps', 'agreements', 'boundaries']);

const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** What the line scan below does not follow as Markdown does: the note is then parsed whole. */
const UNFOLLOWED = [
  /^ {0,3}(?:`{3,}|~{3,})/, // a code fence, where a `#` line is no heading
  /^[ \t]{1,3}#/, // an indented `#`: a heading, or a list item's
  /^ {0,3}(?:=+|-+)[ \t]*$/, // a setext underline, which makes the line above a heading
  /^ {0,3}\[[^\]]*\]:/, // a link definition, which a kept section may use
  /^ {0,3}<(?!!--.*-->)/, // an HTML block, but a comment closed on its line
];
/** Markup in a heading that its text, as the parser reads it, would not say plainly. */
const HEADING_MARKUP = /[*_`[\]<>\\&!~#]/;

/**
 * The note's text as the digest needs it parsed, the same length and lines: every line of
 * a section the digest does not read (Facts, Private notes…) blanked, so that parsing the
 * rest costs a fraction of the whole note, while headings and the sections read stay
 * where they are, with the same offsets. Where the note holds what a line scan cannot
 * follow (code fences, HTML blocks, setext headings, link definitions, a comment left
 * open, headings with markup), the sections around are kept, or the text is returned whole:
 * the digest must read what a parse of the whole note reads (a unit test compares them).
 */
export function digestText(text: string, bodyStart: number, requiredSections: readonly RequiredSection[]): string {
  const body = text.slice(bodyStart);
  if (body.lastIndexOf('<!--') > body.lastIndexOf('-->') || /\r(?!\n)/.test(body)) return text;
  const lines = body.split('\n');
  const headings: Array<{ line: number; depth: number; read: boolean }> = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '');
    if (UNFOLLOWED.some((pattern) => pattern.test(line))) return text;
    // An inline comment left open on its line may run over a heading.
    if (/<!--(?!.*-->)/.test(line)) return text;
    const heading = ATX_HEADING.exec(line);
    if (!heading) continue;
    const title = heading[2] ?? '';
    const key = knownSectionFor(title, requiredSections)?.key;
    headings.push({ line: index, depth: heading[1].length, read: HEADING_MARKUP.test(title) || (key !== undefined && READ.has(key)) });
  }
  const kept = new Uint8Array(lines.length);
  headings.forEach((heading, at) => {
    kept[heading.line] = 1;
    if (!heading.read) return;
    const next = headings.slice(at + 1).find((candidate) => candidate.depth <= heading.depth);
    kept.fill(1, heading.line, next ? next.line : lines.length);
  });
  return text.slice(0, bodyStart) + lines.map((line, index) => (kept[index] ? line : line.replace(/[^\r]/g, ' '))).join('\n');
}
