import { addDays, isRealDate } from '../base/days';
import type { LanguagePack } from '../lang/pack';
import { latestConversationDay, type Frontmatter } from './frontmatter';
import { unquotedPageLink } from './pageLinks';

/** Where a note's recap stands: sent or not, and the day it is due by. */
export interface FollowUpState {
  sent: boolean;
  /** `follow_up.due` when it is a real day. */
  due: string | undefined;
  /**
   * The day the recap is due by: `follow_up.due`, else the conversation's date plus `followUpDays` (the latest day a date
   * written another way may name: `18.11.2026`, `05/11/2026`); undefined without either.
   */
  deadline: string | undefined;
}

/** Reads `follow_up` and `date` from a note's frontmatter, the date as the note's language writes days. */
export function followUpOf(frontmatter: Frontmatter | undefined, language: LanguagePack, followUpDays: number): FollowUpState {
  const data = frontmatter?.data;
  const followUp = data?.follow_up && typeof data.follow_up === 'object' ? (data.follow_up as Record<string, unknown>) : {};
  // `follow_up: envoyé le 9/11 par SMS` says how the recap stands in words, as a `sent:` written in words does, or as a link to the
  // day's page (`sent: [[November 13th, 2026]]`) does; the schema reports the shape.
  const said = data?.follow_up !== undefined && typeof data.follow_up !== 'object' ? data.follow_up : unquotedPageLink(followUp.sent);
  const sent = said === true || (typeof said === 'string' && said.trim().length > 0 && !NOT_SENT.test(said));
  const due = typeof followUp.due === 'string' && isRealDate(followUp.due) ? followUp.due : undefined;
  const date = latestConversationDay(frontmatter, language);
  return { sent, due, deadline: due ?? (date ? addDays(date, followUpDays) : undefined) };
}

/**
 * `sent: no` (YAML 1.1's false, text in YAML 1.2), `sent: non`, `sent: nein`, `sent: pending`:
 * words that say the recap is not sent, in the languages notes are read in. The schema
 * reports the value; the recap is still due.
 */
const NOT_SENT = /^\s*(?:no|not yet|pending|open|to ?do|non|pas encore|en attente|à faire|nein|noch nicht|offen|ausstehend)\s*$/iu;
