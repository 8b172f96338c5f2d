// A note opened once for everything read of one text: the BOM taken off, the frontmatter
// read, the Markdown parsed at the first need and never again, and what the client may see. Lint, the recap and its check, the digest and the step edits
// take it, so a recap made and checked reads the note once, as the linter reads it.
import { splitBom } from '../base/lines';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { parseMarkdown, parseNote, type Note } from './parseNote';
import { notePrivacy, type NotePrivacy, type PrivacySettings } from './privacy';

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
    /** As `parseNote`'s: a reader that needs less of the tree (the digest) gives its own. */
    private readonly parse: (text: string) => ReturnType<typeof parseMarkdown> = parseMarkdown,
  ) {
    ({ source: this.source, bomLength: this.bomLength } = splitBom(text));
    this.frontmatter = readFrontmatter(this.source);
  }

  /** The note model, parsed the first time it is asked for; it may throw, as `parseNote` does. */
  get note(): Note {
    this.parsed ??= parseNote(this.source, this.settings.requiredSections, this.frontmatter, this.parse);
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
export function openNote(text: string, settings: PrivacySettings, parse?: (text: string) => ReturnType<typeof parseMarkdown>): OpenedNote {
  return new OpenedNote(text, settings, parse);
}

