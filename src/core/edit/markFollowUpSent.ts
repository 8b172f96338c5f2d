import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { NOTE_TYPE, readFrontmatter } from '../note/frontmatter';
import { isRealDate } from '../base/days';
import { splitBom } from '../base/lines';
import type { TextEdit } from '../base/types';
import { YamlEditor } from './yamlEdit';

export type MarkSentResult =
  | {
      ok: true;
      /** Empty when `follow_up.sent` already holds `today`. */
      edits: TextEdit[];
      /** What `sent` held before, when it held something. */
      previous: string | undefined;
    }
  | { ok: false; problem: string };

/**
 * The edits that set `follow_up.sent` to `today` (YYYY-MM-DD) in a note's frontmatter,
 * touching nothing else: comments, key order, quoting and line endings stay as written.
 * Adds the `sent` key, or a whole `follow_up` block, when missing.
 */
export function markFollowUpSentEdits(text: string, today: string): MarkSentResult {
  if (!isRealDate(today)) return { ok: false, problem: `"${today}" is not a date written YYYY-MM-DD.` };
  const { source, bomLength } = splitBom(text);
  const frontmatter = readFrontmatter(source);
  if (!frontmatter) {
    return { ok: false, problem: `The note has no frontmatter: a client note starts with a \`---\` block holding \`type: ${NOTE_TYPE}\`.` };
  }
  if (frontmatter.problems.length > 0 || !frontmatter.document) {
    return { ok: false, problem: 'The frontmatter has errors (see the Problems panel): fix them before marking the follow-up as sent.' };
  }
  const document = frontmatter.document;
  const root = document.contents;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    return { ok: false, problem: 'The frontmatter is not a set of `key: value` lines.' };
  }
  const followUp = document.get('follow_up', true) as Node | null | undefined;
  if (isSeq(followUp)) return { ok: false, problem: '`follow_up` is a list; it should hold `due` and `sent`. Correct it, then try again.' };
  if (isAlias(followUp)) return { ok: false, problem: '`follow_up` could not be edited: it should hold `due` and `sent`.' };
  let previous: string | undefined;
  if (isMap(followUp)) {
    const sent = followUp.get('sent', true) as Node | null | undefined;
    if (sent && !isScalar(sent)) {
      return { ok: false, problem: '`follow_up.sent` holds a list or a set of keys; it should be `false` or a date. Correct it, then try again.' };
    }
    if (isScalar(sent) && sent.value !== null) previous = String(sent.value);
    if (previous === today) return { ok: true, edits: [], previous };
  }
  // The template keeps `private` last: a new follow_up block goes before it.
  const edits = new YamlEditor(text, bomLength + frontmatter.contentStart, document).setKeys(['follow_up'], [['sent', today]], { before: 'private' });
  if (!edits) return { ok: false, problem: 'Client Notes could not find where to write `follow_up.sent` in this frontmatter.' };
  return { ok: true, edits, previous };
}
