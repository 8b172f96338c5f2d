import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { reasonNotToParse, type UnparsedReason } from './parseLimits';
import { headingName, knownSectionNamed, type KnownSection, type RequiredSection } from './sections';
import { detectEol, LineIndex, type LineEnding } from '../base/text';

/** A heading and the stretch of the note it governs. */
export interface Section {
  title: string;
  /** The title as `headingName` gives it: how sections are compared. */
  normalizedTitle: string;
  depth: number;
  /** The heading node itself. */
  heading: Heading;
  /** Offsets of the heading line itself. */
  headingStart: number;
  headingEnd: number;
  /** Offsets of what follows the heading up to the next heading of the same or a higher level. */
  contentStart: number;
  contentEnd: number;
  /** Top-level Markdown nodes inside the section. */
  nodes: RootContent[];
  known: KnownSection | undefined;
}

/** A client note parsed once and shared by every rule. */
export interface Note {
  text: string;
  eol: LineEnding;
  lines: LineIndex;
  frontmatter: Frontmatter | undefined;
  tree: Root;
  sections: Section[];
  /** Offset where the Markdown body starts (after the frontmatter). */
  bodyStart: number;
  /**
   * Set when the note passes one of the parse limits (src/core/note/parseLimits.ts): the part
   * after the frontmatter, up to the note's end, that was not parsed, and why. `text`,
   * `lines` and `tree` then hold the frontmatter alone, so no rule can read past it, and
   * `sections` is empty.
   */
  skippedBody?: { start: number; end: number; reason: UnparsedReason };
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** A note's Markdown, frontmatter included, as every reader of notes parses it. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * The note model of a text. `parse` stands in for `parseMarkdown` where a reader needs part
 * of the tree and gets it for less (the digest): it must give the tree `parseMarkdown`
 * gives, as far as that reader looks.
 */
export function parseNote(text: string, requiredSections: readonly RequiredSection[], frontmatter = readFrontmatter(text), parse = parseMarkdown): Note {
  const reason = reasonNotToParse(text, frontmatter?.closed ? frontmatter.end : 0);
  if (reason) return frontmatterOnly(text, frontmatter, reason);
  const tree = parse(text);
  return {
    text,
    eol: detectEol(text),
    lines: new LineIndex(text),
    frontmatter,
    tree,
    sections: findSections(tree, text, requiredSections),
    bodyStart: frontmatter?.end ?? 0,
  };
}

/** A note past a parse limit, reduced to its frontmatter; an unclosed one to its opening fence. */
function frontmatterOnly(text: string, frontmatter: Frontmatter | undefined, reason: UnparsedReason): Note {
  const end = !frontmatter ? 0 : frontmatter.closed ? frontmatter.end : frontmatter.openingFenceEnd;
  const kept = text.slice(0, end);
  return {
    text: kept,
    // From the whole text: a fix in the frontmatter must use the line endings of the file.
    eol: detectEol(text),
    lines: new LineIndex(kept),
    frontmatter,
    // The frontmatter's own YAML node is left out too: rules read the YAML from `frontmatter`.
    tree: { type: 'root', children: [] },
    sections: [],
    bodyStart: end,
    skippedBody: { start: end, end: text.length, reason },
  };
}

/**
 * Whether text added at the end of the note starts blocks of its own. An HTML block or a
 * code fence left open runs to the end of the note and would swallow it: a heading added
 * there would be no heading, and a fix adding one would add it again on every pass. Lists,
 * quotes and paragraphs end before a line that is not indented, so only a last block of
 * HTML or code is parsed again, with the addition: the blocks before it are closed
 * whatever follows.
 */
export function appendsBlocks(note: Note, addition: string): boolean {
  const last = note.tree.children.at(-1);
  if (last?.type !== 'html' && last?.type !== 'code') return true;
  const from = last.position?.start.offset ?? 0;
  const tail = note.text.slice(from);
  return parseMarkdown(tail + addition).children.some((node) => (node.position?.start.offset ?? 0) >= tail.length);
}

/**
 * The note's sections: each heading with what follows it up to the next heading as high;
 * and in an outline, as Logseq writes a page (`- ### facts` with the section's items
 * nested under it), each top-level list item that starts with a heading, with the rest of
 * that item.
 */
function findSections(tree: Root, text: string, requiredSections: readonly RequiredSection[]): Section[] {
  const sections: Section[] = [];
  const children = tree.children;
  const section = (heading: Heading, contentEnd: number, nodes: RootContent[]): Section => {
    const headingStart = heading.position?.start.offset ?? 0;
    const headingEnd = heading.position?.end.offset ?? headingStart;
    const title = toString(heading);
    const normalizedTitle = headingName(title);
    return { title, normalizedTitle, depth: heading.depth, heading, headingStart, headingEnd, contentStart: headingEnd, contentEnd, nodes, known: knownSectionNamed(normalizedTitle, requiredSections) };
  };
  children.forEach((node, index) => {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        if (first?.type === 'heading') sections.push(section(first, item.position?.end.offset ?? text.length, rest as RootContent[]));
      }
      return;
    }
    if (node.type !== 'heading') return;
    let next = index + 1;
    while (next < children.length) {
      const candidate = children[next];
      if (candidate.type === 'heading' && candidate.depth <= node.depth) break;
      next++;
    }
    const contentEnd = next < children.length ? (children[next].position?.start.offset ?? text.length) : text.length;
    sections.push(section(node, contentEnd, children.slice(index + 1, next)));
  });
  return sections;
}
