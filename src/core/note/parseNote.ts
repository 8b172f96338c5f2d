import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readableEntries, readFrontmatter, type Frontmatter } from './frontmatter';
import { lineLabel, mayBeLabel, paragraphLabel } from './labels';
import { reasonNotToParse, type UnparsedReason } from './parseLimits';
import { noteLanguage } from './noteLanguage';
import { headingName, knownSectionFor, knownSectionNames, knownSectionOfKey, labelMisspellsSection, readsPrivate, type KnownSection, type RequiredSection } from './sections';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';
import { detectEol, LineIndex, type LineEnding } from '../base/lines';

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
  /** The language the note is written in (`noteLanguage.ts`): its pack reads the sections, steps and tone. */
  language: LanguagePack;
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

/** The level a label's section is taken at: a section of the note, as `##` is. */
const LABEL_DEPTH = 2;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** A note's Markdown, frontmatter included, as every reader of notes parses it. */
export function parseMarkdown(text: string, language: LanguagePack = ENGLISH): Root {
  const swallowed = swallowedLabels(text, language);
  if (swallowed.length === 0) return processor.parse(text);
  // Parsed with each such label written as a heading (of the same length, so every offset
  // holds), then given back its own words as the paragraph it is.
  let masked = text;
  for (const { start } of swallowed) masked = `${masked.slice(0, start)}# ${masked.slice(start + 2)}`;
  const tree = processor.parse(masked);
  const byStart = new Map(swallowed.map((label) => [label.start, label]));
  tree.children = tree.children.map((node) => {
    const label = node.type === 'heading' ? byStart.get(node.position?.start.offset ?? -1) : undefined;
    if (!label || !node.position) return node;
    const position = node.position;
    return { type: 'paragraph', children: [{ type: 'text', value: text.slice(label.start, label.end), position }], position } satisfies Paragraph;
  });
  return tree;
}

/** A line that starts a block of its own, or is indented: a list item, a quote, a table row, a heading, code. */
const LINE_STARTS_BLOCK = /^(?:\s|[-*+][ \t]|\d{1,9}[.)][ \t]|[#>|`~=])/;

/**
 * Labels of known sections (`Boundaries:`, `NEXT STEPS`, `**Key facts:**`) written at the
 * start of a line right under a list item or a paragraph, with no blank line between, as
 * notes typed on a phone are: Markdown would run them on into the line above (a lazy
 * continuation), where the writer means a new section. Not in the frontmatter or in code.
 */
function swallowedLabels(text: string, language: LanguagePack): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let fence: string | undefined;
  let previousBlank = true;
  let start = 0;
  if (text.startsWith('---')) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    if (close) start = 3 + close.index + close[0].length;
  }
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    const end = newline === -1 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const line = text.slice(start, end);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
    } else if (fenceMark !== undefined) {
      fence = fenceMark;
    } else if (!previousBlank && mayBeLabel(text, start, end) && !LINE_STARTS_BLOCK.test(line)) {
      const label = lineLabel(line);
      if (label !== undefined && knownSectionFor(label, [], language)) found.push({ start, end });
    }
    previousBlank = line.trim().length === 0;
    start = next;
  }
  return found;
}

/**
 * The note model of a text. `parse` stands in for `parseMarkdown` where a reader needs part
 * of the tree and gets it for less (the digest): it must give the tree `parseMarkdown`
 * gives, as far as that reader looks.
 */
export function parseNote(
  text: string,
  requiredSections: readonly RequiredSection[],
  frontmatter = readFrontmatter(text),
  parse: (text: string, language: LanguagePack) => Root = parseMarkdown,
  configuredLanguage?: string,
): Note {
  const reason = reasonNotToParse(text, frontmatter?.closed ? frontmatter.end : 0);
  const bodyStart = frontmatter?.end ?? 0;
  const language = noteLanguage(readableEntries(frontmatter)?.lang, configuredLanguage, reason ? '' : text.slice(bodyStart));
  if (reason) return frontmatterOnly(text, frontmatter, reason, language);
  const tree = parse(closedByDots(frontmatter, text) ? blankedTo(text, bodyStart) : text, language);
  return {
    text,
    eol: detectEol(text),
    lines: new LineIndex(text),
    frontmatter,
    tree,
    sections: findSections(tree, text, requiredSections, language),
    language,
    bodyStart: frontmatter?.end ?? 0,
  };
}

/** Whether the frontmatter ends with YAML's `...`, which Markdown's frontmatter does not know: it would read the YAML as Markdown. */
function closedByDots(frontmatter: Frontmatter | undefined, text: string): boolean {
  return frontmatter?.closed === true && text.startsWith('...', frontmatter.contentEnd);
}

/** The text with everything before `end` blanked, its line breaks kept: every offset and line of the rest holds. */
function blankedTo(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/gu, ' ') + text.slice(end);
}

/** A note past a parse limit, reduced to its frontmatter; an unclosed one to its opening fence. */
function frontmatterOnly(text: string, frontmatter: Frontmatter | undefined, reason: UnparsedReason, language: LanguagePack): Note {
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
    language,
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
 * each label that names a known section (`**Key facts:**`, `What happened:`, `NEXT
 * STEPS`, `labels.ts`), as notes pasted from Word, OneNote or a phone mark their sections,
 * with what follows it up to the next heading or such label, which also ends the section
 * of a heading before it; and in an outline, as Logseq writes a page (`- ### facts` with
 * the section's items nested under it), each top-level list item that starts with a
 * heading, with the rest of that item.
 */
function findSections(tree: Root, text: string, requiredSections: readonly RequiredSection[], language: LanguagePack): Section[] {
  const sections: Section[] = [];
  const children = tree.children;
  const section = (heading: Heading, contentStart: number, contentEnd: number, nodes: RootContent[]): Section => {
    const headingStart = heading.position?.start.offset ?? 0;
    const headingEnd = heading.position?.end.offset ?? headingStart;
    const title = toString(heading);
    const normalizedTitle = headingName(title);
    return { title, normalizedTitle, depth: heading.depth, heading, headingStart, headingEnd, contentStart, contentEnd, nodes, known: knownSectionFor(title, requiredSections, language, normalizedTitle) };
  };
  // Each top-level paragraph's label, read once.
  const topLabels = children.map((node) => (node.type === 'paragraph' ? paragraphLabel(node, text) : undefined));
  const isCapitalsLine = (index: number): boolean => {
    const label = topLabels[index];
    return label !== undefined && label.whole && !/\p{Ll}/u.test(label.text);
  };
  /**
   * A paragraph's label that names a known section, as a heading of the label's depth; with `misspelt`, a line that is only a
   * label and misspells one too (a top-level line, where the caller knows whether a known section holds it).
   */
  const knownLabel = (paragraph: Paragraph, label = paragraphLabel(paragraph, text), misspelt = false): { heading: Heading; end: number; whole: boolean } | undefined => {
    if (!label || !(knownSectionFor(label.text, requiredSections, language) || (misspelt && label.whole && labelMisspellsSection(label.text, language)))) return undefined;
    const start = paragraph.position!.start;
    const position = { start, end: { line: start.line, column: start.column + label.end - label.start, offset: label.end } };
    return { heading: { type: 'heading', depth: LABEL_DEPTH, children: [{ type: 'text', value: label.text, position }], position }, end: label.end, whole: label.whole };
  };
  // The labels that head a known section, by the index of their paragraph; none inside a
  // private section, which a label must never end (what follows it would be sent).
  // A label that names the section it is in (`Follow-up tasks (from Teams):` under `## Agreed
  // next steps`) is a line of that section, not a new one.
  const labels = new Map<number, { heading: Heading; end: number; whole: boolean }>();
  let privateDepth: number | undefined;
  let headingKey: string | undefined;
  const keyOf = (heading: Heading) => knownSectionFor(toString(heading), requiredSections, language)?.key;
  // A label that names a section a heading of the note names too (`**Action Items**` pasted from a notetaker's summary, above
  // `## Action items`) is a line of where it stands: the heading holds that section.
  const headed = new Set(children.flatMap((node) => (node.type === 'heading' ? [keyOf(node)] : [])));
  children.forEach((node, index) => {
    if (node.type === 'heading') {
      if (privateDepth !== undefined && node.depth <= privateDepth) privateDepth = undefined;
      if (privateDepth === undefined && readsPrivate(toString(node), requiredSections)) privateDepth = node.depth;
      headingKey = keyOf(node);
      return;
    }
    if (node.type !== 'paragraph' || privateDepth !== undefined) return;
    const label = knownLabel(node, topLabels[index], headingKey === undefined);
    const labelKey = label && keyOf(label.heading);
    // A label alone right over a heading of its own section (`TODO` over `## Agreed next steps`) heads nothing: that heading does.
    const following = children[index + 1];
    const headedBelow = label?.whole && following?.type === 'heading' && keyOf(following) === labelKey;
    // A label that misspells a section's name (`**Nächtse Schritte**`) names none, so it heads its own, unknown; not inside a
    // known section, whose own labels (`**Pre-production**` under `## Agreed next steps`) are lines of it.
    const misspelt = label !== undefined && labelKey === undefined;
    if (label && (misspelt || (labelKey !== undefined && labelKey !== headingKey && !headedBelow && !headed.has(labelKey)))) labels.set(index, label);
  });
  const startOf = (index: number) => children[index].position?.start.offset ?? text.length;
  children.forEach((node, index) => {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        if (first?.type === 'heading') sections.push(section(first, first.position?.end.offset ?? 0, item.position?.end.offset ?? text.length, rest as RootContent[]));
        const label = first?.type === 'paragraph' ? knownLabel(first) : undefined;
        if (label?.whole) sections.push(section(label.heading, label.end, item.position?.end.offset ?? text.length, rest as RootContent[]));
      }
      return;
    }
    const label = labels.get(index);
    if (node.type !== 'heading' && !label) return;
    let next = index + 1;
    while (next < children.length && !labels.has(next)) {
      const candidate = children[next];
      if (candidate.type === 'heading' && (label || candidate.depth <= (node as Heading).depth)) break;
      // A label's section also ends at a line in capitals (`MEDIA LOG`), a heading to one who writes labels.
      if (label && isCapitalsLine(next)) break;
      next++;
    }
    const contentEnd = next < children.length ? startOf(next) : text.length;
    if (label) sections.push(section(label.heading, label.end, contentEnd, children.slice(label.whole ? index + 1 : index, next)));
    else sections.push(section(node as Heading, node.position?.end.offset ?? 0, contentEnd, children.slice(index + 1, next)));
  });
  // A heading that names a section only among other words, over other known sections, is the
  // note's title or a part of it, not one of them: `# Push backend – who does what` over
  // `## Facts` and `## Next steps` is no Agreed next steps (`## Next steps` over
  // `#### Private notes` stays what it says).
  for (const outer of sections) {
    if (!outer.known || knownSectionNames(outer.known, language).has(outer.normalizedTitle)) continue;
    const holds = sections.some((inner) => inner.known && inner.known !== outer.known && inner.depth > outer.depth && inner.headingStart > outer.headingStart && inner.headingStart < outer.contentEnd);
    if (holds) outer.known = undefined;
  }
  // A checklist under an agreements heading (`## Vereinbart`, `## What we agreed` over
  // `- [ ] Send the quote (me)`) is the steps agreed, where the note has no other: a
  // next-steps heading holding no task (`## Offene Punkte` over open questions) is then not them.
  const agreed = sections.find((candidate) => candidate.known?.key === 'agreements' && holdsTasks(candidate, text));
  const steps = sections.filter((candidate) => candidate.known?.key === 'nextSteps');
  if (agreed && !steps.some((candidate) => holdsTasks(candidate, text))) {
    for (const candidate of steps) candidate.known = undefined;
    agreed.known = knownSectionOfKey('nextSteps', requiredSections, language);
  }
  return sections;
}

/** Whether a section holds a task list item (`- [ ] …`, `- [x] …`) of its own. */
function holdsTasks(section: Section, text: string): boolean {
  return section.nodes.some((node) => node.type === 'list' && node.children.some((item) => TASK_ITEM.test(text.slice(item.position?.start.offset ?? 0, (item.position?.start.offset ?? 0) + 12))));
}

const TASK_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/u;
