// "Checked before it is sent": the recap's own text read by the rules about what a client
// reads. The rules run on the whole note, as in the editor, and only the findings in what
// reaches the recap are kept, so each keeps its rule id, message and place in the note,
// where the freelancer fixes it.
import type { ResolvedConfig } from '../config/config';
import { locateYamlPath } from '../note/frontmatter';
import { openNoteOnLineScan } from '../digest/digestText';
import type { OpenedNote } from '../note/openNote';
import type { Note } from '../note/parseNote';
import type { NotePrivacy, Range } from '../note/privacy';
import type { SectionKey } from '../note/sections';
import { lint } from '../lint/engine';
import type { Rule } from '../lint/rule';
import { accusatoryLanguage } from '../lint/rules/accusatory-language';
import { judgementalFacts } from '../lint/rules/judgemental-facts';
import { nextStepIncomplete } from '../lint/rules/next-step-incomplete';
import { unfilledPlaceholder } from '../lint/rules/unfilled-placeholder';
import type { LintMessage } from '../base/types';
import { messageCatalog } from '../lang/messages';
import { sectionsToInclude } from './includedSections';

/** Blame, judgement, template prompts left in, next steps without an owner or a date. */
export const RECAP_RULES: readonly Rule[] = [accusatoryLanguage, judgementalFacts, unfilledPlaceholder, nextStepIncomplete];

/** The frontmatter that reaches the recap: the topic is its subject. */
const RECAP_FIELDS = ['topic', 'agreements', 'boundaries', 'next_steps'];
/** The body sections that reach the recap whatever the settings; others only through `recap.includeSections`. */
const RECAP_SECTIONS: ReadonlySet<SectionKey> = new Set(['agreements', 'boundaries', 'nextSteps']);

export interface RecapCheckOptions {
  config: ResolvedConfig;
  /** The moment dates are judged against. */
  now?: Date;
  /** Path relative to the configuration's root, for the include globs. */
  relativePath?: string;
  /** The reader's language, which the findings are worded in (`lint`'s `locale`). */
  locale?: string;
}

/**
 * The findings of `RECAP_RULES` in the text that reaches the recap (the topic, agreements,
 * boundaries, next steps and included sections, private parts left out), with offsets
 * into the text as given. `input` is the text, or the note opened by `options.config`
 * already, as the recap opened it. A rule turned off in the configuration is off here too:
 * the user decided its findings are not worth reading.
 */
export function checkRecap(input: string | OpenedNote, options: RecapCheckOptions): LintMessage[] {
  const opened = typeof input === 'string' ? openNoteOnLineScan(input, options.config) : input;
  const { messages } = lint(opened, { ...options, rules: RECAP_RULES });
  if (messages.length === 0) return [];
  const { note, privacy } = opened;
  const sent = recapRanges(note, privacy, options.config);
  return messages.filter((message) => {
    const at = message.start - opened.bomLength;
    return privacy.visible(at) && sent.some((range) => at >= range.start && at < range.end);
  });
}

/** Where the text that reaches the recap is written in the note, private parts included (they are taken out after). */
function recapRanges(note: Note, privacy: NotePrivacy, config: ResolvedConfig): Range[] {
  const ranges: Range[] = [];
  if (note.frontmatter) {
    for (const field of RECAP_FIELDS) {
      const { valueStart, valueEnd } = locateYamlPath(note.frontmatter, [field]);
      if (valueStart !== undefined && valueEnd !== undefined) ranges.push({ start: valueStart, end: valueEnd });
    }
  }
  // Where the sections are, not what is refused: the recap's model warns of that.
  const included = sectionsToInclude(note, privacy, config.recap.includeSections, config, [], messageCatalog().say);
  for (const section of note.sections) {
    if ((section.known && RECAP_SECTIONS.has(section.known.key)) || included.includes(section)) {
      ranges.push({ start: section.headingStart, end: section.contentEnd });
    }
  }
  return ranges;
}
