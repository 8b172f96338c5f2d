// A note opened once for everything read of one text: the BOM taken off, the frontmatter
// read, the Markdown parsed at the first need and never again, and what the client may see. Lint, the recap and its check, the digest and the step edits
// take it, so a recap made and checked reads the note once, as the linter reads it.
import { splitBom } from '../base/lines';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import type { Root } from 'mdast';
import { parseMarkdown, parseNote, type Note } from './parseNote';
import { notePrivacy, type NotePrivacy, type PrivacySettings } from './privacy';
import type { RequiredSection } from './sections';

/**
 * How an opened note's Markdown becomes remark's tree: `parseMarkdown` whole, or a reader
 * that builds what it can from the lines (the digest's line scan, `digest/digestText.ts`),
 * given where the body starts and how sections are named.
 */
export type NoteParser = (markdown: string, bodyStart: number, requiredSections: readonly RequiredSection[]) => Root;

export class OpenedNote {
  /** The text after its BOM: every offset of the note model counts in it. */
  readonly source: string;
  /** 1 when the text starts with a BOM, else 0: what turns an offset of `source` into one of the text given. */
  readonly bomLength: number;
  readonly frontmatter: Frontmatter | undefined;
  private parsed: Note | undefined;

  constructor(
    text: string,
    /** The settings the note is read by: how sections are named, which are private. */
    readonly settings: PrivacySettings,
    /** A reader that builds the tree from the lines (lint, the recap, the digest) gives its own. */
    private readonly parse: NoteParser = parseMarkdown,
  ) {
    ({ source: this.source, bomLength: this.bomLength } = splitBom(text));
    this.frontmatter = readFrontmatter(this.source);
  }

  /** The note model, parsed the first time it is asked for; it may throw, as `parseNote` does. */
  get note(): Note {
    const bodyStart = this.frontmatter?.closed ? this.frontmatter.end : 0;
    this.parsed ??= parseNote(this.source, this.settings.requiredSections, this.frontmatter, (markdown) => this.parse(markdown, bodyStart, this.settings.requiredSections));
    return this.parsed;
  }

  /** What the client may see of the note, by its settings. */
  get privacy(): NotePrivacy {
    return notePrivacy(this.note, this.settings);
  }
}

/**
 * The one way into a note's text: `text` as read (a BOM allowed), `settings` the resolved
 * configuration or any other holder of the required and private sections.
 */
export function openNote(text: string, settings: PrivacySettings, parse?: NoteParser): OpenedNote {
  return new OpenedNote(text, settings, parse);
}

