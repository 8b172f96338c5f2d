import type { Heading } from 'mdast';
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { NOTE_TYPE, readFrontmatter, type Frontmatter } from '../note/frontmatter';
import { groupSameSteps, nextStepsOf, withoutNotation } from '../note/nextSteps';
import { parseNote, type Note, type Section } from '../note/parseNote';
import { unparsedBecause } from '../note/parseLimits';
import { DEFAULT_PRIVATE_SECTIONS, isPrivateHeading, notePrivacy, withoutComments, type NotePrivacy, type PrivacySettings } from '../note/privacy';
import { DEFAULT_REQUIRED_SECTIONS, knownSectionFor, type RequiredSection } from '../note/sections';
import { BOM, LineIndex, isRealDate, normalizeHeading } from '../base/text';
import { parseContacts, type RecapContact } from './contact';
import { inlineToPlain, oneLine } from './inline';

export type { RecapContact } from './contact';

/**
 * Everything a recap may say, and nothing else. This is where the privacy contract is
 * kept: the model is built from an allow-list of frontmatter fields and from the body
 * sections the settings name, as the client may see them (privacy.ts decides what is
 * private), never from the whole note, and every renderer works from the model alone.
 *
 * Values marked "inline Markdown" are one line each, as the freelancer wrote them.
 */
export interface RecapModel {
  /** Inline Markdown. */
  topic: string;
  /** The day of the conversation as written, normally `YYYY-MM-DD`. */
  date: string | undefined;
  client: string | undefined;
  /** The people the recap is addressed to; empty when the note names no contact. */
  contacts: RecapContact[];
  channel: string | undefined;
  /** Inline Markdown, one item each. */
  agreements: string[];
  nextSteps: RecapStep[];
  /** Inline Markdown, one item each. */
  boundaries: string[];
  /** Body sections listed in `summary.includeSections`, private parts taken out. */
  sections: RecapSection[];
  /** The closing, as configured (plain text, possibly several lines). */
  signature: string;
  /** The sender for the .eml `From` header, as configured; empty to leave it to the mail program. */
  from: string;
}

export interface RecapStep {
  /** Inline Markdown: what will be done, without its owner and due annotations. */
  what: string;
  /** `me`, `client`, a person's name, or undefined when nobody is named. */
  owner: string | undefined;
  /** The due date as written, normally `YYYY-MM-DD`. */
  due: string | undefined;
  done: boolean;
}

export interface RecapSection {
  /** The heading as it reads in the note (plain text). */
  title: string;
  /** The section's Markdown, with `\n` line ends and sub-headings below level 2. */
  markdown: string;
}

export interface RecapOptions {
  /** The closing and name, several lines allowed. Empty: "Best regards,". */
  signature?: string;
  /** Titles (or aliases) of body sections to add to the recap; private ones are refused. */
  includeSections?: readonly string[];
  /** `Name <email>` of the sender, for the .eml `From` header. */
  from?: string;
  /** The configured required sections, whose aliases also name sections. */
  requiredSections?: readonly RequiredSection[];
  /** Headings private besides the known private sections; default `DEFAULT_PRIVATE_SECTIONS`. */
  privateSections?: readonly string[];
  /** True when the note counts as a client note by the include globs, without `type`. */
  isNote?: boolean;
}

export type RecapModelResult =
  | { ok: true; model: RecapModel; warnings: string[] }
  | { ok: false; problems: string[] };

/** The fields of a next step the recap may read. */
const STEP_FIELDS = new Set(['what', 'owner', 'due', 'done']);

export function buildRecapModel(text: string, options: RecapOptions = {}): RecapModelResult {
  const source = (text.startsWith(BOM) ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const frontmatter = readFrontmatter(source);
  const unreadable = frontmatterProblems(source, frontmatter);
  if (unreadable.length > 0) return { ok: false, problems: unreadable };
  const document = frontmatter!.document!;
  const root = document.contents as YAMLMap;
  const fields = new FrontmatterFields(document, root);

  const problems: string[] = [];
  const warnings: string[] = [];
  if (fields.scalar('type') !== NOTE_TYPE && !options.isNote) {
    return { ok: false, problems: [`This is not a client note: its frontmatter needs \`type: ${NOTE_TYPE}\`.`] };
  }
  const topic = fields.scalar('topic');
  if (!topic) problems.push('The note has no topic: add `topic: …` to the frontmatter; it becomes the subject of the recap.');

  const requiredSections = options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS;
  const settings: PrivacySettings = { requiredSections, privateSections: options.privateSections ?? DEFAULT_PRIVATE_SECTIONS };
  let note: Note;
  try {
    note = parseNote(source, requiredSections, frontmatter);
  } catch (error) {
    return { ok: false, problems: [`The note could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const frontmatterAlone = note.skippedBody
    ? `The note ${unparsedBecause(note.skippedBody.reason)}, so the recap is built from its frontmatter alone: next steps and sections written in the body are left out.`
    : undefined;
  if (frontmatterAlone) warnings.push(frontmatterAlone);
  const privacy = notePrivacy(note, settings);

  const parsedContacts = parseContacts(fields.scalar('contact'));
  // A contact that is not plainly a name and an address is refused, not guessed at.
  if (!parsedContacts.ok) problems.push(parsedContacts.problem);
  const contacts = parsedContacts.ok ? parsedContacts.contacts : [];
  if (parsedContacts.ok && contacts.length === 0) {
    warnings.push('The note has no contact, so the recap greets no one by name and has no address: add `contact: Name <email>` to the frontmatter.');
  }
  const date = fields.scalar('date');
  const model: RecapModel = {
    topic: topic ?? '',
    date,
    client: fields.scalar('client'),
    contacts,
    channel: fields.scalar('channel'),
    agreements: fields.list('agreements'),
    nextSteps: mergeSteps([...fields.steps(), ...listSteps(note, privacy)]),
    boundaries: fields.list('boundaries'),
    sections: includedSections(note, privacy, options.includeSections ?? [], settings, warnings),
    signature: (options.signature ?? '').replace(/\r\n?/g, '\n').trim(),
    from: (options.from ?? '').trim(),
  };
  warnings.push(...fields.warnings);
  if (date !== undefined && !isRealDate(date)) warnings.push(`The date "${date}" is not a real day written YYYY-MM-DD; the recap shows it as written.`);

  if (model.agreements.length + model.nextSteps.length + model.boundaries.length + model.sections.length === 0) {
    problems.push(
      frontmatterAlone
        ? `${frontmatterAlone} Add \`agreements\`, \`next_steps\` or \`boundaries\` to the frontmatter.`
        : 'The note has nothing to recap yet: add `agreements`, `next_steps` or `boundaries` to the frontmatter, or next steps under "Agreed next steps".',
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, model, warnings };
}

function frontmatterProblems(source: string, frontmatter: Frontmatter | undefined): string[] {
  if (!frontmatter) {
    return [`The note has no frontmatter: a client note starts with a \`---\` block holding \`type: ${NOTE_TYPE}\`, the client, contact, date and topic.`];
  }
  if (frontmatter.problems.length > 0 || !frontmatter.document) {
    const lines = new LineIndex(source);
    const details = frontmatter.problems.slice(0, 3).map((problem) => `line ${lines.positionAt(problem.start).line + 1}: ${problem.message}`);
    return [`The frontmatter has errors, so the recap cannot be built. Fix them first (${details.join('; ') || 'it could not be read'}).`];
  }
  if (!isMap(frontmatter.document.contents)) {
    return [`The frontmatter is empty: add \`type: ${NOTE_TYPE}\`, the client, contact, date and topic.`];
  }
  return [];
}

/**
 * Reads allow-listed values from the YAML itself rather than from its plain data, so that a
 * YAML alias pointing into `private` is seen for what it is and left out.
 */
class FrontmatterFields {
  readonly warnings: string[] = [];
  private readonly privateNodes = new Set<unknown>();

  constructor(
    private readonly document: Document,
    private readonly root: YAMLMap,
  ) {
    const privatePair = this.pair(root, 'private');
    if (privatePair) {
      visit(privatePair.value as Node, (_key, node) => {
        this.privateNodes.add(node);
      });
      this.privateNodes.add(privatePair.value);
    }
  }

  scalar(key: string): string | undefined {
    return this.text(this.value(this.root, key), key);
  }

  list(key: string): string[] {
    const node = this.value(this.root, key);
    if (isSeq(node)) return node.items.flatMap((item) => this.text(this.resolve(item as Node, key), key) ?? []);
    const single = this.text(node, key);
    return single ? [single] : [];
  }

  steps(): RecapStep[] {
    const node = this.value(this.root, 'next_steps');
    if (!isSeq(node)) return [];
    return node.items.flatMap((item) => {
      const map = this.resolve(item as Node, 'next_steps');
      if (!isMap(map)) return [];
      const field = (key: string) => (STEP_FIELDS.has(key) ? this.text(this.value(map, key), 'next_steps') : undefined);
      const what = field('what');
      if (!what) return [];
      const done = field('done');
      return [{ what, owner: field('owner'), due: field('due'), done: done !== undefined && done !== 'false' }];
    });
  }

  private pair(map: YAMLMap, key: string): Pair | undefined {
    return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
  }

  private value(map: YAMLMap, key: string): Node | undefined {
    return this.resolve(this.pair(map, key)?.value as Node | undefined, key);
  }

  private resolve(node: Node | null | undefined, key: string): Node | undefined {
    if (!node) return undefined;
    if (!isAlias(node)) return node;
    const target = node.resolve(this.document) as Node | undefined;
    if (target && this.privateNodes.has(target)) {
      this.warnings.push(`A value in \`${key}\` refers to the private part of the frontmatter and was left out of the recap.`);
      return undefined;
    }
    return target;
  }

  private text(node: Node | undefined, key: string): string | undefined {
    if (node && this.privateNodes.has(node)) {
      this.warnings.push(`A value in \`${key}\` is private and was left out of the recap.`);
      return undefined;
    }
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    const value = oneLine(withoutComments(String(node.value)));
    return value.length > 0 ? value : undefined;
  }
}

/** Next steps written under Agreed next steps (list items, table rows), as the client may see them. */
function listSteps(note: Note, privacy: NotePrivacy): RecapStep[] {
  return nextStepsOf(note)
    .filter((step) => step.source !== 'frontmatter' && privacy.visible(step.start))
    .flatMap((step) => {
      const what = oneLine(withoutNotation(privacy.visibleText(step.start, step.end)));
      return what ? [{ what, owner: step.owner, due: step.due, done: step.done }] : [];
    });
}

/** A step written more than once (in the frontmatter and the body, say) appears once. */
function mergeSteps(steps: RecapStep[]): RecapStep[] {
  return groupSameSteps(steps, (step) => step.what).map(([first, ...others]) => ({
    ...first,
    owner: first.owner ?? others.find((step) => step.owner)?.owner,
    due: first.due ?? others.find((step) => step.due)?.due,
    done: first.done || others.some((step) => step.done),
  }));
}

function includedSections(
  note: Note,
  privacy: NotePrivacy,
  wanted: readonly string[],
  settings: PrivacySettings,
  warnings: string[],
): RecapSection[] {
  const chosen = new Set<Section>();
  const enclosing = enclosingSections(note.sections);
  for (const name of wanted) {
    if (typeof name !== 'string' || name.trim().length === 0) continue;
    const known = knownSectionFor(name, settings.requiredSections);
    if (isPrivateHeading(name, settings)) {
      warnings.push(`"${name}" is a private section and is never included in a recap; remove it from the summary's includeSections setting.`);
      continue;
    }
    const matches = note.sections.filter((section) =>
      known ? section.known?.key === known.key : !section.known && normalizeHeading(section.title) === normalizeHeading(name),
    );
    for (const section of matches) {
      if (isPrivateHeading(section.title, settings)) {
        warnings.push(`The section "${section.title}" reads as private, so it was left out of the recap.`);
        continue;
      }
      if (!privacy.visible(section.headingStart)) {
        warnings.push(`The section "${section.title}" sits inside a private section, so it was left out of the recap.`);
        continue;
      }
      if (!chosen.has(section) && !hasChosenAncestor(section, enclosing, chosen)) chosen.add(section);
    }
  }
  return [...chosen].flatMap((section) => {
    const markdown = sectionMarkdown(section, privacy);
    const title = inlineToPlain(headingWords(section.heading, privacy));
    return markdown ? [{ title, markdown }] : [];
  });
}

/**
 * The section each section sits in, if any, found in one pass: sections come in the order of
 * the note, and a section holds the deeper ones that follow it up to its end.
 */
function enclosingSections(sections: readonly Section[]): Map<Section, Section> {
  const enclosing = new Map<Section, Section>();
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length > 0 && section.headingStart >= open[open.length - 1].contentEnd) open.pop();
    if (open.length > 0) enclosing.set(section, open[open.length - 1]);
    open.push(section);
  }
  return enclosing;
}

// Up the few levels of headings: a note with thousands of sections stays linear.
function hasChosenAncestor(section: Section, enclosing: ReadonlyMap<Section, Section>, chosen: ReadonlySet<Section>): boolean {
  for (let parent = enclosing.get(section); parent; parent = enclosing.get(parent)) if (chosen.has(parent)) return true;
  return false;
}

/** A section's blocks, minus private parts, comments and raw HTML; sub-headings re-levelled under a level-2 title. */
function sectionMarkdown(section: Section, privacy: NotePrivacy): string {
  const blocks: string[] = [];
  // The section's own blocks, not the whole note's: a note of thousands of sections stays linear.
  for (const node of section.nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (!privacy.visible(start) || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') continue;
    if (node.type === 'heading') {
      blocks.push(`${'#'.repeat(Math.min(6, 2 + node.depth - section.depth))} ${headingWords(node, privacy)}`);
      continue;
    }
    blocks.push(privacy.visibleText(start, end));
  }
  return blocks.join('\n\n').trim();
}

/** A heading's words as the client may see them: inline Markdown, on one line. */
function headingWords(heading: Heading, privacy: NotePrivacy): string {
  const first = heading.children[0]?.position?.start.offset;
  const last = heading.children[heading.children.length - 1]?.position?.end.offset;
  return first !== undefined && last !== undefined ? oneLine(privacy.visibleText(first, last)) : '';
}
