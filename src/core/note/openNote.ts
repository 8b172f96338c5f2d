// A note opened once for everything read of one text: the BOM taken off, the frontmatter
// read, the Markdown parsed at the first need and never again, and what the client may see. Lint, the recap and its check, the digest and the step edits
// take it, so a recap made and checked reads the note once, as the linter reads it.
import { splitBom } from '../base/lines';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import type { Root } from 'mdast';
import { parseMarkdown, parseNote, type Note } from './parseNote';
import { notePrivacy, type NotePrivacy, type PrivacySettings } from './privacy';
import type { RequiredSection } from './sections';
import type { LanguagePack } from '../lang/pack';

/**
 * How an opened note's Markdown becomes remark's tree: `parseMarkdown` whole, or a reader
 * that builds what it can from the lines (the digest's line scan, `digest/digestText.ts`),
 * given where the body starts, how sections are named and the note's language.
 */
export type NoteParser = (markdown: string, bodyStart: number, requiredSections: readonly RequiredSection[], language: LanguagePack) => Root;

/** A parser of the whole note (`parseMarkdown`, or one a test gives) as a `NoteParser`: it reads the note in its language. */
export function wholeNoteParser(parse: (markdown: string, language: LanguagePack) => Root): NoteParser {
  return (markdown, _bodyStart, _requiredSections, language) => parse(markdown, language);
}

const parseWhole = wholeNoteParser(parseMarkdown);

/** The settings a note is read by: how sections are named, which are private, and the language of notes that do not say theirs. */
export interface NoteSettings extends PrivacySettings {
  /** The configured language (`ResolvedConfig.language`, `noteLanguage.ts`); absent or empty: read from the note's headings. */
  language?: string;
}

export class OpenedNote {
  /** The text after its BOM: every offset of the note model counts in it. */
  readonly source: string;
  /** 1 when the text starts with a BOM, else 0: what turns an offset of `source` into one of the text given. */
  readonly bomLength: number;
  readonly frontmatter: Frontmatter | undefined;
  private parsed: Note | undefined;

  constructor(
    text: string,
    /** The settings the note is read by: how sections are named, which are private, its language. */
    readonly settings: NoteSettings,
    /** A reader that builds the tree from the lines (lint, the recap, the digest) gives its own. */
    private readonly parse: NoteParser = parseWhole,
  ) {
    ({ source: this.source, bomLength: this.bomLength } = splitBom(text));
    this.frontmatter = readFrontmatter(this.source);
  }

  /** The note model, parsed the first time it is asked for; it may throw, as `parseNote` does. */
  get note(): Note {
    const bodyStart = this.frontmatter?.closed ? this.frontmatter.end : 0;
    this.parsed ??= parseNote(
      this.source,
      this.settings.requiredSections,
      this.frontmatter,
      (markdown, language) => this.parse(markdown, bodyStart, this.settings.requiredSections, language),
      this.settings.language,
    );
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
export function openNote(text: string, settings: NoteSettings, parse?: NoteParser): OpenedNote {
  return new OpenedNote(text, settings, parse);
}

