import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { knownSectionNamed, type KnownSection, type RequiredSection } from './sections';
import { detectEol, LineIndex, normalizeHeading } from './text';

/** A heading and the stretch of the note it governs. */
export interface Section {
  title: string;
  /** The title as `normalizeHeading` gives it: how sections are compared. */
  normalizedTitle: string;
  depth: number;
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
  eol: '\n' | '\r\n';
  lines: LineIndex;
  frontmatter: Frontmatter | undefined;
  tree: Root;
  sections: Section[];
  /** Offset where the Markdown body starts (after the frontmatter). */
  bodyStart: number;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseNote(text: string, requiredSections: readonly RequiredSection[], frontmatter = readFrontmatter(text)): Note {
  const tree = processor.parse(text);
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

function findSections(tree: Root, text: string, requiredSections: readonly RequiredSection[]): Section[] {
  const sections: Section[] = [];
  const children = tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const heading = node as Heading;
    const headingStart = heading.position?.start.offset ?? 0;
    const headingEnd = heading.position?.end.offset ?? headingStart;
    let next = index + 1;
    while (next < children.length) {
      const candidate = children[next];
      if (candidate.type === 'heading' && (candidate as Heading).depth <= heading.depth) break;
      next++;
    }
    const contentEnd = next < children.length ? (children[next].position?.start.offset ?? text.length) : text.length;
    const title = toString(heading);
    const normalizedTitle = normalizeHeading(title);
    sections.push({
      title,
      normalizedTitle,
      depth: heading.depth,
      headingStart,
      headingEnd,
      contentStart: headingEnd,
      contentEnd,
      nodes: children.slice(index + 1, next),
      known: knownSectionNamed(normalizedTitle, requiredSections),
    });
  });
  return sections;
}

/** Top-level list items of a section: where the freelancer writes next steps. */
export function listItemsOf(section: Section): ListItem[] {
  return section.nodes.filter((node): node is List => node.type === 'list').flatMap((list) => list.children);
}
