import type { Heading, Html, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Strong, Text, Yaml } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from '../note/parseNote';

/** A line of a note's body: its offsets, line ending left out, and whether the digest reads it. */
export interface BodyLine {
  start: number;
  end: number;
  kept: boolean;
  /** An ATX heading: it ends every block before it, so the lines from one to the next are read on their own. */
  heading: boolean;
}

/**
 * An ATX heading (`## Title ##`) starting the line: its depth and title, the title's blanks
 * and closing `#`s left out. Read by hand, as a regular expression doing this backtracks
 * over a long run of blanks in the title for a time that grows with its square.
 */
export function atxHeading(line: string): { depth: number; titleStart: number; title: string } | undefined {
  let depth = 0;
  while (depth < 7 && line.charCodeAt(depth) === 35 /* # */) depth++;
  if (depth === 0 || depth === 7 || (depth < line.length && !isBlank(line.charCodeAt(depth)))) return undefined;
  let start = depth;
  while (start < line.length && isBlank(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  let closing = end;
  while (closing > start && line.charCodeAt(closing - 1) === 35) closing--;
  if (closing < end && (closing === start || isBlank(line.charCodeAt(closing - 1)))) {
    end = closing;
    while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  }
  return { depth, titleStart: start, title: line.slice(start, end) };
}

const isBlank = (code: number) => code === 32 || code === 9;

/** Markup in a heading that its text, as the parser reads it, would not say plainly. */
export const HEADING_MARKUP = /[*_`[\]<>\\&!~#]/;

const ITEM_MARKER = /^( *)([-*+]|(\d{1,9})([.)]))( *)/;
/** Text that is not a paragraph's: the start of a list, a quote, a heading, HTML, a fence, an underline. */
const STARTS_BLOCK = /^(?:[-*+>#<=]|\d{1,9}[.)]|`{3}|~{3})/;
/** Inline Markdown: escapes, code, emphasis, HTML and autolinks, links, character references. */
const INLINE_MARKUP = /[\\`*_<[\]]|&(?:#|[A-Za-z][A-Za-z0-9]*;)/;
const TASK_BOX = /^\[[ xX]\](?= |$)/;
/**
 * A bold lead before an item's words (`**Dana:** send`, `[ ] **Me**: send`), the owner
 * notation of next steps: plain words between the `**`, which neither start nor end with a
 * blank and are followed by a blank, a colon or the end, so that the `**` are strong
 * emphasis by CommonMark's rules for delimiter runs.
 */
const BOLD_LEAD = /^(\[[ xX]\] +)?\*\*([^\s*_`\\<[\]&](?:[^*_`\\<[\]&]*[^\s*_`\\<[\]&])?)\*\*(?= |:|$)/;
const COMMENT_LINE = /^<!--.*-->$/;

interface ItemStart {
  /** `-`, `*` or `+`, or the `.` or `)` after an ordered item's number: items with another start another list. */
  kind: string;
  ordered: boolean;
  start: number | null;
  indent: number;
  /** Where the item's words start on the line, or where they would. */
  contentColumn: number;
  /** Spaces between the marker and the words: past four, the words are code. */
  spaces: number;
  empty: boolean;
}

interface OpenParagraph {
  node: Paragraph;
  text: Text;
  value: string;
  /** The paragraph's last line so far. */
  line: number;
}

interface OpenList {
  node: List;
  /** How the item being read starts. */
  item: ItemStart;
}

/**
 * The mdast tree that remark (remark-parse with remark-frontmatter) gives for a note whose
 * body lines not kept are blank. A heading ends every block before it, so the lines from
 * one heading to the next are read on their own: built line by line without the parser
 * when they are plain Markdown (headings without markup, paragraphs and lists of plain
 * words, nested ones and task boxes included, comments on lines of their own), which remark takes
 * about a millisecond for and this a few microseconds; else given to `parse` alone, their
 * positions moved to where they are in the note. Undefined when the frontmatter's fences
 * are not the plain `---` lines remark-frontmatter reads. Unit tests compare the tree with
 * remark's on every note they find and on generated ones.
 */
export function plainTree(text: string, bodyStart: number, lines: readonly BodyLine[], parse: (markdown: string) => Root = parseMarkdown): Root | undefined {
  let firstLine = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < bodyStart; at = text.indexOf('\n', at + 1)) firstLine++;
  const children: RootContent[] = [];
  if (bodyStart > 0) {
    const yaml = yamlNode(text, bodyStart, firstLine - 1);
    if (!yaml) return undefined;
    children.push(yaml);
  }
  const point = (line: number, offset: number): Point => ({ line: firstLine + line, column: offset - lines[line].start + 1, offset });
  for (let from = 0, to = 1; to <= lines.length; to++) {
    if (to < lines.length && !lines[to].heading) continue;
    const blocks = plainBlocks(text, lines, from, to, point) ?? parsedBlocks(text, lines, from, to, firstLine, parse);
    for (const block of blocks) children.push(block);
    from = to;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: point(lines.length - 1, text.length) } };
}

/** The blocks of lines [from, to) when they are plain Markdown, else undefined. */
function plainBlocks(text: string, lines: readonly BodyLine[], from: number, to: number, point: (line: number, offset: number) => Point): RootContent[] | undefined {
  const children: RootContent[] = [];
  let paragraph: OpenParagraph | undefined;
  /** The lists open, outermost first: each but the first is in the item its parent is reading. */
  const lists: OpenList[] = [];
  const innermost = (): OpenList | undefined => lists[lists.length - 1];
  /** A blank line since the words last read. */
  let blank = false;
  const openParagraph = (line: number, offset: number, words: string): OpenParagraph => {
    const start = point(line, offset);
    const lead = BOLD_LEAD.exec(words);
    if (!lead) {
      const node: Text = { type: 'text', value: words, position: { start, end: start } };
      return { node: { type: 'paragraph', children: [node], position: { start, end: start } }, text: node, value: words, line };
    }
    const [whole, box = '', bold] = lead;
    const before: PhrasingContent[] = box ? [{ type: 'text', value: box, position: { start, end: point(line, offset + box.length) } }] : [];
    const strongStart = offset + box.length;
    const strongEnd = strongStart + bold.length + 4;
    const strong: Strong = {
      type: 'strong',
      children: [{ type: 'text', value: bold, position: { start: point(line, strongStart + 2), end: point(line, strongEnd - 2) } }],
      position: { start: point(line, strongStart), end: point(line, strongEnd) },
    };
    const rest = words.slice(whole.length);
    const after = point(line, strongEnd);
    const tail: Text = { type: 'text', value: rest, position: { start: after, end: after } };
    return { node: { type: 'paragraph', children: [...before, strong, tail], position: { start, end: start } }, text: tail, value: rest, line };
  };
  const closeParagraph = (): void => {
    if (!paragraph) return;
    const { line, node, text: words } = paragraph;
    // Only spaces: a no-break space or a form feed is a word character to Markdown.
    let length = paragraph.value.length;
    while (paragraph.value.charCodeAt(length - 1) === 32) length--;
    const trimmed = paragraph.value.slice(0, length);
    words.value = trimmed;
    words.position!.end = point(line, lines[line].end - (paragraph.value.length - trimmed.length));
    // Nothing after a bold lead is no text at all.
    if (trimmed.length === 0) node.children.pop();
    node.position!.end = point(line, lines[line].end);
    const item = innermost()?.node.children.at(-1);
    if (item) item.position!.end = node.position!.end;
    paragraph = undefined;
  };
  /** Closes the lists deeper than `depth`: each ends with its last item, and so does the item holding it. */
  const closeListsTo = (depth: number): void => {
    closeParagraph();
    while (lists.length > depth) {
      const { node } = lists.pop()!;
      node.position!.end = node.children.at(-1)!.position!.end;
      const holder = innermost()?.node.children.at(-1);
      if (holder) holder.position!.end = node.position!.end;
    }
  };
  /** An item of the innermost list, or, `nested`, the first of a list in the item it is reading. */
  const addItem = (line: number, item: ItemStart, nested: boolean): void => {
    const { start, end } = lines[line];
    const node: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: point(line, start + item.indent), end: point(line, end) } };
    const open = innermost();
    if (open && !nested) open.node.children.push(node);
    else {
      const listNode: List = { type: 'list', ordered: item.ordered, start: item.start, spread: false, children: [node], position: { start: node.position!.start, end: node.position!.end } };
      if (open) open.node.children.at(-1)!.children.push(listNode);
      else children.push(listNode);
      lists.push({ node: listNode, item });
    }
    innermost()!.item = item;
    blank = false;
    if (item.empty) return;
    paragraph = openParagraph(line, start + item.contentColumn, text.slice(start + item.contentColumn, end));
    node.children.push(paragraph.node);
  };
  const continueParagraph = (line: number, indent: number): boolean => {
    const open = paragraph!;
    const previous = lines[open.line];
    // Blanks ending a line are a hard break or are dropped: left to the parser.
    const lastCode = text.charCodeAt(previous.end - 1);
    if (lastCode === 32) return false;
    open.value += text.slice(previous.end, lines[line].start) + text.slice(lines[line].start + indent, lines[line].end);
    open.line = line;
    return true;
  };

  for (let index = from; index < to; index++) {
    const { start, end, kept } = lines[index];
    const line = kept ? text.slice(start, end) : '';
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) {
      closeParagraph();
      blank = lists.length > 0;
      continue;
    }
    if (line.includes('\t')) return undefined;
    const words = line.slice(indent);
    const item = itemStart(line);
    if (item && !plainItem(line, item)) return undefined;
    const plain = !STARTS_BLOCK.test(words) && !INLINE_MARKUP.test(words);
    // Only a bullet with words, or an ordered list starting at 1, may interrupt a paragraph.
    const interrupts = item !== undefined && !item.empty && (!item.ordered || item.start === 1);

    if (lists.length > 0) {
      // How many of the open items the line is in: those whose words its indent reaches.
      let inside = 0;
      while (inside < lists.length && indent >= lists[inside].item.contentColumn) inside++;
      if (item && inside < lists.length) {
        // The next item of the list at that depth, which ends the lists deeper in.
        const container = inside === 0 ? 0 : lists[inside - 1].item.contentColumn;
        if (item.indent - container > 3 || item.kind !== lists[inside].item.kind) return undefined;
        const spread = blank;
        closeListsTo(inside + 1);
        if (spread) lists[inside].node.spread = true;
        addItem(index, item, false);
        continue;
      }
      if (item) {
        // A list under the words of the item being read.
        if (blank || !paragraph || !interrupts || item.indent - innermost()!.item.contentColumn > 3) return undefined;
        closeParagraph();
        addItem(index, item, true);
        continue;
      }
      if (inside > 0) {
        // More words of the paragraph; anything else is a block of its own in an item.
        if (blank || !paragraph || !plain || !continueParagraph(index, indent)) return undefined;
        continue;
      }
      // A lazy line: the paragraph goes on, unindented.
      if (!blank && paragraph && plain) {
        if (!continueParagraph(index, indent)) return undefined;
        continue;
      }
      closeListsTo(0);
      blank = false;
    }
    // Outside lists, a marker indented four or more is words, or code.
    if (item && item.indent > 3) return undefined;

    if (paragraph) {
      if (item) {
        if (!interrupts) return undefined;
        closeParagraph();
        addItem(index, item, false);
        continue;
      }
      if (plain) {
        if (!continueParagraph(index, indent)) return undefined;
        continue;
      }
      closeParagraph();
    }

    if (indent === 0 && line.charCodeAt(0) === 35 /* # */) {
      const heading = headingNode(line, index, point, lines[index]);
      if (!heading) return undefined;
      children.push(heading);
    } else if (indent === 0 && COMMENT_LINE.test(line)) {
      const html: Html = { type: 'html', value: line, position: { start: point(index, start), end: point(index, end) } };
      children.push(html);
    } else if (item) {
      addItem(index, item, false);
    } else if (indent < 4 && plain) {
      paragraph = openParagraph(index, start + indent, words);
      children.push(paragraph.node);
    } else {
      return undefined;
    }
  }
  closeListsTo(0);
  return children;
}

/**
 * The blocks of lines [from, to) as the parser reads them alone, their positions moved to
 * the note's: the lines start a line of the note, so only lines and offsets move.
 */
function parsedBlocks(text: string, lines: readonly BodyLine[], from: number, to: number, firstLine: number, parse: (markdown: string) => Root): RootContent[] {
  const markdown = blankedLines(text, lines, from, to);
  const lineShift = firstLine + from - 1;
  const offsetShift = lines[from].start;
  const move = (node: Nodes): void => {
    const position = node.position;
    if (position) {
      node.position = {
        start: { line: position.start.line + lineShift, column: position.start.column, offset: (position.start.offset ?? 0) + offsetShift },
        end: { line: position.end.line + lineShift, column: position.end.column, offset: (position.end.offset ?? 0) + offsetShift },
      };
    }
    if ('children' in node) for (const child of node.children) move(child);
  };
  const blocks = parse(markdown).children;
  for (const block of blocks) move(block);
  return blocks;
}

/**
 * Lines [from, to) with their line endings, those not kept turned to blanks of the same
 * length, so that what the parser reads of them has the offsets of the note.
 */
export function blankedLines(text: string, lines: readonly BodyLine[], from = 0, to = lines.length): string {
  let markdown = '';
  for (let index = from; index < to; index++) {
    const { start, end, kept } = lines[index];
    markdown += (kept ? text.slice(start, end) : ' '.repeat(end - start)) + text.slice(end, index + 1 < lines.length ? lines[index + 1].start : text.length);
  }
  return markdown;
}

/** remark-frontmatter's node for a frontmatter fenced by `---` lines alone, the closing one on `fenceLine`; undefined for any other. */
function yamlNode(text: string, bodyStart: number, fenceLine: number): Yaml | undefined {
  const openingEnd = text.startsWith('---\n') ? 4 : text.startsWith('---\r\n') ? 5 : 0;
  if (openingEnd === 0 || text.charCodeAt(bodyStart - 1) !== 10) return undefined;
  const fenceEnd = bodyStart - (text.charCodeAt(bodyStart - 2) === 13 ? 2 : 1);
  const fenceStart = fenceEnd - 3;
  if (text.slice(fenceStart, fenceEnd) !== '---' || fenceStart <= openingEnd) return undefined;
  const valueEnd = fenceStart - (text.charCodeAt(fenceStart - 2) === 13 ? 2 : 1);
  const value = text.slice(openingEnd, valueEnd);
  // remark-frontmatter closes at the first fence, which readFrontmatter may read past (after a directive).
  if (/^(?:---|\.\.\.)/m.test(value)) return undefined;
  return {
    type: 'yaml',
    value,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: fenceLine, column: 4, offset: fenceEnd } },
  };
}

/** Where a list item starts on a line, if it does. */
function itemStart(line: string): ItemStart | undefined {
  const marker = ITEM_MARKER.exec(line);
  if (!marker) return undefined;
  const [whole, indent, symbol, number, delimiter, spaces] = marker;
  const empty = whole.length === line.length;
  if (!empty && spaces.length === 0) return undefined;
  return {
    kind: delimiter ?? symbol,
    ordered: number !== undefined,
    start: number === undefined ? null : Number(number),
    indent: indent.length,
    contentColumn: empty ? indent.length + symbol.length + 1 : whole.length,
    spaces: spaces.length,
    empty,
  };
}

/** Whether the item's words are plain: at most four spaces after the marker, a task box, a bold lead, then plain words. */
function plainItem(line: string, item: ItemStart): boolean {
  if (item.empty) return true;
  if (item.spaces > 4) return false;
  const content = line.slice(item.contentColumn);
  const lead = BOLD_LEAD.exec(content);
  if (lead) return !INLINE_MARKUP.test(content.slice(lead[0].length));
  const words = content.replace(TASK_BOX, '');
  return !STARTS_BLOCK.test(words) && !INLINE_MARKUP.test(words);
}

function headingNode(line: string, index: number, point: (line: number, offset: number) => Point, { start, end }: BodyLine): Heading | undefined {
  const heading = atxHeading(line);
  if (!heading || HEADING_MARKUP.test(heading.title)) return undefined;
  const { title } = heading;
  const depth = heading.depth as Heading['depth'];
  const titleStart = start + heading.titleStart;
  const words: Text[] = title ? [{ type: 'text', value: title, position: { start: point(index, titleStart), end: point(index, titleStart + title.length) } }] : [];
  return { type: 'heading', depth, children: words, position: { start: point(index, start), end: point(index, end) } };
}
