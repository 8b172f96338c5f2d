import { linkedPageName, withoutFolder } from './pageLinks';
import { addDays, daysBetween, isRealDate, lastDayOfMonth, weekdayOf } from '../base/days';
import { isArticleAndNoun, isBothWord, isClientWord, isOwnerWord, isTitledName, namesARole, namesPeople, TITLE_WORDS, TOGETHER } from './owners';
import { anyPackPhrase, ENGLISH, OR_WORD } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';
import { englishNotation, inEnglishNotation, opensWithDoneWord, shortWeekdayBefore, weekdayNextAfter } from '../lang/stepWords';
import { RememberedPer } from '../base/remembered';
import { detached } from '../base/text';

/**
 * How a next step's own words name its owner and due date, in every notation the rules
 * accept (docs/rules/next-step-incomplete.md lists them): `owner: NAME`, `@name`, a bold
 * `**Name:**` lead, `due 2026-12-03`, `by 3 Dec`, and trailing parts set off by dashes,
 * commas or brackets (`Send the invoice — me — 2026-12-03`, `(me, 2026-12-03)`).
 */
export interface StepNotation {
  owner: WrittenPart | undefined;
  /** A due date written YYYY-MM-DD. */
  due: WrittenPart | undefined;
  /** A due date written another way (`30/11/2026`, `3 Dec`, `next Friday`), when there is no YYYY-MM-DD one. */
  otherDue: WrittenPart | undefined;
  /** A mark that says the step is done: `✅ 2026-12-01`, `(done)`, `— sent`, a leading `DONE`. */
  doneMark: WrittenPart | undefined;
  /** Where the owner, the date and the done mark are written, to leave them out of the step's words. */
  parts: Array<{ start: number; end: number }>;
  /**
   * The date is only one the words mention (`Send the floor plan 10 December`), or place something on (`plan envoyé le 24/11`),
   * with no key, mark or place that makes it the due date: an open step is due then, unless a field under it gives its
   * due date; a done one may say when it happened.
   */
  looseDue: boolean;
  /** The date is alone in the closing bracket (`Audit technique livré (6/10)`): the due date of an open step, the day a done one happened. */
  dateAloneInBrackets: boolean;
  /**
   * Where the dates written another way stand with their keys or separators (`— le 6 nov.`,
   * `by Dec 4th`, `— Fri (Nov 20)`): left out of the step's words once its day is read, as a
   * YYYY-MM-DD one is.
   */
  otherDueParts: Array<{ start: number; end: number }>;
}

/** A piece of the step's text, with its offsets in that text. */
export interface WrittenPart {
  text: string;
  start: number;
  end: number;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\\.?';
/** A weekday in two letters, before a day in figures with dots only, as German writes it (`Fr 4.12.`): elsewhere `we` is a word. */
const SHORT_WEEKDAY = '(?:mo|tu|we|th|fr|sa|su)\\.?(?=(?:[ \\t]*,)?[ \\t]+\\d{1,2}\\.\\d{1,2}(?!\\d))';
/** A weekday before a day in figures: any English one, or one in two letters. */
const WEEKDAY_BEFORE_FIGURES = `(?:${WEEKDAY}|${SHORT_WEEKDAY})`;
/** A day of the month spelled out, as dictation writes it: `the fourth`, `the twenty-eighth`. */
const SPELLED_ORDINAL =
  '(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
// Spelled out, only after `the` (`by the ninth`): alone, `first` and `second` are words of the step. A letter is looked
// for before `the` is looked back for: tried from every blank of a long run, the look back is quadratic.
const AFTER_THE = '(?=\\p{L})(?<=the\\s+)';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${AFTER_THE}${SPELLED_ORDINAL})`;
/** A calendar week by its ISO number, as German and Nordic planners write it: `KW 49`, `CW 49`, `week 49`, `W49`, `KW 49/2026`. */
const CALENDAR_WEEK = '(?:(?:kw|cw|wk|week)\\s*|w)\\d{1,2}(?:/\\d{4})?';
/** The time zone a deadline's hour is in: `EOD IST Friday`. */
const TIME_ZONE = '(?:ist|gmt|bst|cet|cest|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|pt|et|ct|mt|aest|aedt|nzst|nzdt|sgt|jst)';
/** A schedule rather than a day: `every Mon`, `every other week`, `weekly`; with the event or the day it ends on, `every Friday till delivery`. */
const RECURRING = `(?:every\\s+(?:other\\s+)?(?:${WEEKDAY}|day|weekday|week|fortnight|month)|daily|weekly|fortnightly|monthly)(?:[ \\t]+(?:until|till)[ \\t]+(?:the[ \\t]+)?(?:\\p{L}[\\p{L}-]{2,}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2}(?:\\d{2})?)?))?`;
/**
 * A schedule set by an event rather than the calendar, where a part of its own or a key sets it
 * off: `– every wedding`, `after each shoot`, `due: every session`. Not the object of the step's
 * verb (`Call each venue`, `Email every guest`), which still needs its day.
 */
const EVERY_EVENT = '(?:every|each)\\s+(?:single\\s+)?\\p{L}{3,}';
/** {@link EVERY_EVENT} where `after` comes before it; looked back from `every` only: from every blank of a long run, quadratic. */
const everyEventAfter = (after: string) => `(?:every|each)(?<=(?:${after})(?:every|each))\\s+(?:single\\s+)?\\p{L}{3,}`;
const RECURRING_EVENT = everyEventAfter('[—–(,:][ \\t]*|(?<![\\p{L}\\p{N}])-[ \\t]+|(?<![\\p{L}\\p{N}])(?:after|before)[ \\t]+');
const RECURRING_DUE = new RegExp(`^(?:${RECURRING}|${EVERY_EVENT})$`, 'iu');
/** What a schedule ends with: `until 18/12/2026`, `till delivery`. */
const SCHEDULE_END = /(?<![\p{L}\p{N}])(?:until|till)[ \t]+(?:the[ \t]+)?(\S+)$/iu;
/**
 * A schedule in a step's words, where no key gives a day: not one right before a noun it
 * describes after a word of the step (`Send the daily status`, `the weekly report`), though
 * one that opens the step (`Weekly check-in call`) or comes before a word that says when or
 * how (`weekly on Fridays`) is. A word of the note's language written over by one of
 * these is padded with blanks, so a noun after it is a word of that language's own order.
 */
const RECURRING_IN_WORDS = `(?:every\\s+(?:other\\s+)?(?:${WEEKDAY}|day|weekday|week|fortnight|month)|(?:daily|weekly|fortnightly|monthly)(?<=(?:^|[—–:(])[ \\t]*\\p{L}+)|(?:daily|weekly|fortnightly|monthly)(?! (?!(?:on|at|from|until|till|by|via|in|over|and|or)(?![\\p{L}\\p{N}]))\\p{Ll}))`;
const DAY_OF_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)|${AFTER_THE}${SPELLED_ORDINAL})`;
/** An hour after a day: `at 2pm`, `14:00`, `à 9h`, `um 14.30 Uhr`, a short word before it. */
const HOUR_AFTER = "(?=,?[ \\t]+(?:\\p{L}{1,5}[ \\t]+)?\\d{1,2}(?::\\d{2}|h\\d{0,2}|(?:[.:]\\d{2})?[ \\t]*(?:am|pm|uhr))(?![\\p{L}\\p{N}]))";
/** A day and month in figures, its year after them or not: `11/27`, `27.11.2026`. */
const FIGURES_DAY = '\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2}(?:\\d{2})?)?(?![\\d./])';
/** A day as people write it: ISO, numeric with any separator, with a month name, or relative. */
/** What may follow a day in figures: its weekday in brackets, as Japanese writers add it (`2026/12/04 (Fri)`), and an hour (`2026/11/06 18:00`). */
const BRACKETED_WEEKDAY = `(?:[ \\t]*[(（]${WEEKDAY}[)）])?(?:[ \\t]+\\d{1,2}:\\d{2}(?![\\d:]))?`;
/** A weekday in brackets after a day in words, as minutes add it: `18 Nov (Wed)`, `Dec 4 (Fri)`. */
const WEEKDAY_IN_BRACKETS = `(?:[ \\t]*[(（]${WEEKDAY}[)）])?`;
// `early December`, `mid-January`, `end Nov`, `end of January`: a part of a month; French's `mi-décembre` too, its `mi-` too short for a word of the pack.
const PART_OF_MONTH = `(?:early|mid|late|end)(?:\\s*-|\\s+)${MONTH}|mi-${MONTH}|(?:beginning|start|middle|end)\\s+of\\s+${MONTH}`;

/** `next week Wed`, `Thursday of next week`: a weekday of the week after the conversation's. */
const NEXT_WEEKS_DAY = `(?:next|coming)\\s+week(?:[ \\t]*,)?\\s+(?:on\\s+)?${WEEKDAY}(?![\\p{L}\\p{N}])|${WEEKDAY}(?:[ \\t]*,)?\\s+(?:of\\s+)?(?:next|coming)\\s+week`;

const DATE =
  // `2026-12-04`, `vendredi 2026-12-04` (Outlook's tasks write the weekday first), `2026/12/03 (Thu)`.
  `(?:(?:(?:${WEEKDAY}(?:[ \\t]*,)?[ \\t]+)?\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}${BRACKETED_WEEKDAY}` +
  `|(?:${WEEKDAY_BEFORE_FIGURES}(?:[ \\t]*,)?\\s+)?(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}(?:\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.?|\\d{1,2}/\\d{1,2})${BRACKETED_WEEKDAY})` +
  // `the 14th`, a day of the month, unless a word follows (`the 2nd round`); `the 14th of December` is read whole below.
  `|the\\s+${DAY_OF_MONTH}(?!\\s+(?:of\\s+)?\\p{L})` +
  `|(?:${WEEKDAY}(?:[ \\t]*,)?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?${WEEKDAY_IN_BRACKETS}` +
  // `4-Dec-2026`, and Jira's `04/Dec/26`.
  `|\\d{1,2}(?:-${MONTH}-|\\/${MONTH}\\/)\\d{2}(?:\\d{2})?` +
  // `30-Nov`, `Monday 30-Nov`: a spreadsheet's day without its year.
  `|(?:${WEEKDAY}(?:[ \\t]*,)?\\s+)?\\d{1,2}-${MONTH}(?![\\p{L}\\p{N}-])` +
  `|${MONTH}-\\d{1,2}(?![\\d-])` +
  `|w/e\\s+${DAY_OF_MONTH}` +
  // `EOD Fri`, `by EOD Fri 11/27`, `COB 11/27`: the end of that day, the day in figures the weekday's.
  `|(?:eod|cob|end\\s+of\\s+day)(?:\\s+${TIME_ZONE})?\\s+(?:${WEEKDAY}(?:[ \\t]*,)?(?:[ \\t]+${FIGURES_DAY})?|${FIGURES_DAY})` +
  `|(?:${WEEKDAY}(?:[ \\t]*,)?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?${WEEKDAY_IN_BRACKETS}` +
  // The weekday says the ordinal is a day, whatever follows it (`on Tuesday the 8th to review…`); `Tuesday the 8th of December` is read whole above.
  `|${WEEKDAY}(?:[ \\t]*,)?\\s+(?:the\\s+)?${DAY_OF_MONTH}(?!\\s+of\\s+\\p{L})` +
  // `mardi 8`, `Fri 4`: a weekday and a day of the month in figures, as languages without ordinal endings write it, unless a
  // word follows (`Fri 4 pages`) that is not an hour's (`mardi 8 à 14h`, `Tuesday 8 at 2pm`).
  `|${WEEKDAY}[ \\t]+\\d{1,2}(?:${HOUR_AFTER}|(?![\\d./:,\\p{L}]|[ \\t]+\\p{L}))` +
  // `Thurs (Dec 3)`, `EOD Fri (Nov 27)`: a weekday with its day in brackets after it.
  `|(?:(?:eod|cob)\\s+)?${WEEKDAY}[ \\t]*[(（](?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH}|\\d{1,2}[./]\\d{1,2}\\.?)[)）]` +
  // `every Mon`, `weekly`: a step that comes back, as task tools schedule it; read as its due date, which says no one day.
  `|${RECURRING}` +
  `|${NEXT_WEEKS_DAY}` +
  // `Friday EOD`: the end of that day.
  `|(?:(?:this|next|coming)\\s+)?${WEEKDAY}\\s+(?:eod|cob|end\\s+of\\s+(?:the\\s+)?day)(?![\\p{L}\\p{N}])` +
  `|(?:(?:this|next|coming)\\s+)?${WEEKDAY}` +
  `|(?:this|next|coming)\\s+(?:week|wk|month)` +
  `|(?:end\\s+of\\s+)?${CALENDAR_WEEK}` +
  `|w/c\\s+(?:${DAY_OF_MONTH}|${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY})` +
  // `T+5`: five days after the conversation, as operations and finance count days.
  `|t\\s?\\+\\s?\\d{1,2}(?![\\d.])` +
  `|${PART_OF_MONTH}` +
  // `March 2027`: that month, done by its last day; Christmas Eve for `before Christmas`.
  `|${MONTH}\\s+\\d{4}|christmas|xmas|eoy` +
  // `within two weeks`, `in 10 days`, `within a fortnight`, `within 48h`: counted from the conversation, hours in whole days.
  `|(?:within|in)\\s+(?:a|one|two|three|four|\\d{1,2})\\s+(?:days?|weeks?|wks?)|within\\s+a\\s+fortnight|(?:within|in)\\s+\\d{1,3}\\s*(?:h|hrs?|hours?)(?![\\p{L}\\p{N}])` +
  `|today|tonight|tomorrow|tmrw|tmw|asap|eod|eow|eom|cob|end\\s+of\\s+(?:the\\s+|next\\s+)?(?:day|week|wk|month|year))`;
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}'’])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}'’%])";
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_DATE = new RegExp(`^${DATE}$`, 'iu');
/** A weekday alone: `Fri`, `Wednesday`. */
const WHOLE_WEEKDAY = new RegExp(`^${WEEKDAY}$`, 'iu');
/** The keys a step's due date is given by, as a field (`due: …`, `deadline …`, `by …`); `before`, `on` and `till` only where a date follows (`the till` is a thing). */
// `TAT`: the turnaround time, as Indian English writes a deadline (`TAT: 3rd Dec`); monday.com's `Date:`, with its colon only
// (`the date 4/12` is words); Basecamp's `Due on Fri, Nov 20`; Motion's `Hard deadline:` and, with its colon, `Scheduled:` (not its `Auto-scheduled:`, hours it set aside).
const DUE_KEYS = 'due(?:[ \\t]+(?:date|on))?|target[ \\t]+date|(?:hard[ \\t]+)?deadline|(?<![A-Za-z-])scheduled(?=[ \\t]*:)|eta|tat|until|by|when|timeline|date(?=[ \\t]*:)';

/** Remember The Milk's due date, a caret before it: `^fri`, `^dec 4`. */
const RTM_DUE = /(?<![^ \t])\^(?=[\p{L}\p{N}])/u;

/** Remember The Milk's time estimate: `=20min`, `=1.5 hrs`. */
const RTM_ESTIMATE = '=\\d{1,3}(?:\\.\\d{1,2})?[ \\t]?(?:min|mins|h|hr|hrs|hours?)';

/** Remember The Milk's location (`@church`), where the line has its due date (`^dec 5`): it names a place, no one. */
const RTM_LOCATION = /(?<![^ \t])@[\p{L}\p{N}_-]{1,40}(?![\p{L}\p{N}_-])/gu;

/** `due 2026-12-03`, `due: 3 Dec`, `by Friday`, `-> 2026-12-15`, `📅 2026-12-03` (Obsidian Tasks), `[due:: …]` (Dataview), `Due: @Dec 3` (a Notion date mention), `^fri` (Remember The Milk's). */
// An arrow after a lone first word hands the step to that one (`dev → Sunday Light shoot`): it keys no day.
// After a key, a day and month joined by a hyphen is a day too (`before 23-10`); elsewhere
// `spreads 1-5` is a range. A day of the month alone closing the step after a key is that day
// (`d'ici le 20`, read as `by 20`), as `by the 20th` is; so is an ordinal before a dash (`by 4th – Nikita checking`).
const KEYED_DUE = new RegExp(
  `(?:${NOT_WORD_BEFORE}(${DUE_KEYS}|before|(?<!(?:next|coming)[ \\t]+week[ \\t]*,?[ \\t]+)on|till)|📅|📆|🗓\\uFE0F?|⏳|(?<![\\p{L}\\p{N}_.@])@(?=\\S)|${RTM_DUE.source}|(?<!^[ \\t]*[\\p{L}@][\\p{L}'’.-]*[ \\t]*)(?:→|->|=>|⇒))(?:[ \\t]*:{1,2})?[ \\t]*(?:(?:📅|📆|🗓\\uFE0F?)[ \\t]*)?@?(${DATE}|${everyEventAfter(':[ \\t]*')}|\\d{1,2}-\\d{1,2}(?![\\d-])|\\d{1,2}(?=[ \\t]*(?:[,;)]|\\.?[ \\t]*$))|${DAY_OF_MONTH}(?=[ \\t]*(?:[—–]|-[ \\t])))${NOT_WORD_AFTER}`,
  'giu',
);
/** The keys a step's owner is given by: `owner:`, `who:`, `assignee:`, `Assigned:` (Capacities'), `Resp:` (minutes' responsible; `resp. moi` needs no colon after its dot), `PIC:` and `担当:` (the person in charge, as Malaysian, Singaporean and Japanese writers key it), monday.com's `Person:`. */
const OWNER_KEYS = 'owner|who|waiting[ \\t]+(?:for|on)|assignees?|assign|assigned[ \\t]+to|assigned|responsible[ \\t]+party|responsible|responsibility|resp\\.?|pic|members?|person|担当者?';
/** After a side set off as the lead, a name set off by a dash: the one on that side who does the step (`client: Katrin - pay`). */
const PERSON_ON_SIDE = /^(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)[ \t]+[-–—][ \t]+(?=\S)/u;
/** A due date's key before its day: `by `, `due: `; or the `@` of Notion's mention of a date (`@27 novembre 2026`). */
const DUE_KEY_LEAD = new RegExp(`^(?:(?:${DUE_KEYS}|before|on|till)(?![\\p{L}\\p{N}])[ \\t]*:{0,2}|@(?=\\d|${MONTH}|today|tomorrow))[ \\t]*`, 'iu');
/** The keys of a written field of a step, its owner's and its due date's, as a nested item or a trailing part gives them. */
const FIELD_KEYS = `${OWNER_KEYS}|${DUE_KEYS}`;
/** A field left empty, its key and colon before a separator or the end (`— Resp: — Status: Pending`, `Fälligkeitsdatum: —`): no part of the step's words. */
const EMPTY_FIELD = new RegExp(`${NOT_WORD_BEFORE}(?:${FIELD_KEYS})[ \\t]*:{1,2}(?=[ \\t]*(?:[—–|·,;]|-[ \\t]|$))`, 'giu');
/** One of those keys, whole: `due`, `owner`. */
const FIELD_KEY = new RegExp(`^(?:${FIELD_KEYS})$`, 'iu');
/** A nested item that gives a field of the step: `owner: me`, `Owner:: Sven (backend)`, `until 3.12.`, `due: KW 50`, `📅 2026-12-04`. */
const FIELD_LINE = new RegExp(`^(?:\\[?(?:${FIELD_KEYS})(?:[ \\t]*::?|[ \\t])[ \\t]*\\S|📅)`, 'iu');

/** Whether a line opens as a to-do, as outliners and minutes write a step without a list marker: `TODO call Dana`, `ACTION: HB to …`, `À faire : …`. */
export function opensAsTodo(line: string, language: LanguagePack = ENGLISH): boolean {
  const lead = line.trimStart();
  return LEADING_TODO_OWNER.test(lead) || TODO_TXT_LINE.test(lead) || LEADING_TODO.test(language === ENGLISH ? lead : inEnglishNotation(lead, language));
}

/** A line of todo.txt, pasted as it is: done with its day (`x 2026-11-19 …`), or its priority before its creation day (`(A) 2026-11-18 …`). */
const TODO_TXT_LINE = /^(?:x|\([A-Z]\))[ \t]+\d{4}-\d{2}-\d{2}[ \t]+\S/u;

/** Whether a nested item under a step gives one of its fields: `- owner: me`, `- due: 2026-12-04`, `- Échéance : 04/12/2026`. */
export function isFieldLine(text: string, language: LanguagePack = ENGLISH): boolean {
  return FIELD_LINE.test(withoutBoldKeys(language === ENGLISH ? text : inEnglishNotation(text, language)).trimStart());
}

/**
 * `**Owner:** Priya | **Due:** 11/30`, `__Due__: 12/1`: a field's key in bold, as documents pasted from
 * Google Docs and Word set it off, read as the key alone; the marks become blanks, so that every offset holds.
 */
function withoutBoldKeys(text: string): string {
  if (!text.includes('**') && !text.includes('__')) return text;
  // Craft sets a key in bold with no colon (`**Owner** Tama · **When** Fri 4/12`): its closing marks become the colon it goes without.
  return text.replace(BOLD_FIELD_KEY, (whole, ...groups: Array<string | undefined>) => (groups[2] !== undefined ? `  ${whole.slice(2, -2)}: ` : whole.replace(/\*\*|__/gu, '  ')));
}
const BOLD_FIELD_KEY = new RegExp(
  `(\\*\\*|__)(?:${FIELD_KEYS})[ \\t]*:{1,2}\\1|(\\*\\*|__)(?:${FIELD_KEYS})\\2(?=[ \\t]*:)|(\\*\\*|__)(?:${FIELD_KEYS})\\3(?=[ \\t]+[^\\s:])`,
  'giu',
);

/**
 * `Action:` opening a bracket of the step's fields, as Indian and British minutes key who acts: `(Action: Nikhil, by 21st Nov)`. Opening
 * a line, `Action:` labels an action item instead (LEADING_TODO). Looked back from `action` only: from every blank of a long run, quadratic.
 */
const BRACKETED_ACTION_KEY = '(?=action)(?<=\\([ \\t]{0,3})action[ \\t]*:';
/**
 * `owner: NAME`, `who: NAME`, `[owner:: NAME]`, `owner [[Dario]]`, `担当: me` (the person in
 * charge, as Japanese writers key it), `Owner - Self.` opening a sentence of the step (as
 * Indian English minutes write it); the name is cut where the next part starts (a slash between blanks before another key sets off the next field,
 * as Swiss minutes write `Wer: ich / Was: … / Bis: 4.12.`, where `owner: me / Jane Doe` is either), and a page
 * link around it (`[[Dario]]`) is read through.
 */
const KEYED_OWNER = new RegExp(`(?:${NOT_WORD_BEFORE}(?:${OWNER_KEYS})(?:\\s*::?|[ \\t]+(?=\\[\\[)|(?<=resp\\.)[ \\t]+(?=\\p{L})|(?<=assigned[ \\t]+to)[ \\t]+(?=[\\p{L}@])|(?<=(?:^|[.!;(|·—–][ \\t]*)owner)[ \\t]+[-–—][ \\t]+(?=\\p{L}))|${BRACKETED_ACTION_KEY}|👤\\uFE0F?(?:[ \\t]*:)?)[ \\t]*((?:\\[\\[)?(?:(?![ \\t]\\/[ \\t]+\\p{L}{2,12}[ \\t]?:)[^,;()[\\]\\r\\n、])*)`, 'giu');
/**
 * Logseq's and Obsidian's owner tags: `#owner/me`, `#assignee/dario`, and the one a step waits on: `#waiting-on/client`; or a
 * side as a tag of its own, as Obsidian Tasks writers tag whose a step is (`#me`, `#client`; the packs' `#ich`, `#kunde`, `#moi`).
 */
const OWNER_TAG = /(?<![\p{L}\p{N}_])#(?:(?:owner|who|assignee|waiting[-_]?(?:on|for)|delegated(?:[-_]?to)?)\/([\p{L}\p{N}_.-]*[\p{L}\p{N}_])|(me|client|customer|you|we|both)(?![\p{L}\p{N}_/-]))/iu;
/**
 * A step that starts with a link to a person's page (`[[Dario]] fix the cache key`): in an
 * outline tool, a page link names a person as often as a page, and leading a task, its owner.
 */
const LEADING_PAGE_LINK = /^\[\[([^[\]|\r\n]{1,60})(?:\|[^[\]\r\n]*)?\]\](?:[ \t]*[:—–]|[ \t]+-(?=[ \t]))?[ \t]*/u;
/** A step that ends with a link to a person's page: `pre-scale nodes [[Dario]]`, as a tag too (Roam's `#[[Gary Lindgren]]`). */
const TRAILING_PAGE_LINK = /(?<![ \t])[ \t]+#?\[\[([^[\]|\r\n]{1,60})(?:\|[^[\]\r\n]*)?\]\]\s*$/u;
/** Words before a person that make them someone the step is done with or for, not its owner: `w/ [[Mira]]`, `for [[Sam]]`. */
const NOT_THE_OWNER_BEFORE = /(?:^|[ \t(])(?:w\/|with|for|to|cc|and|from|of|via|&|\+)$/iu;
/** Which stamp names the due date when a step has several. */
const STAMP_ORDER = ['DEADLINE', 'SCHEDULED', 'CLOSED'];
/** org-mode's priority cookie, as its items carry one after their state: `[#A]`. */
const ORG_PRIORITY = /^\[#[A-Z0-9]\][ \t]+(?=\S)/u;
/**
 * org-mode's planning stamps, as outline notes carry them into Markdown:
 * `DEADLINE: <2026-12-03 Thu>`, `SCHEDULED: <2026-12-01 Tue 14:30>`, and `CLOSED: [2026-11-21 Sat 10:12]`, done that day;
 * and Obsidian Kanban's card date, a deadline as well: `@{2026-12-03}`, its time after it (`@@{14:30}`).
 */
const ORG_STAMP = /(?<![\p{L}\p{N}])(DEADLINE|SCHEDULED|CLOSED):[ \t]*[<[](\d{4}-\d{2}-\d{2})(?:[ \t]+[^<>[\]\r\n]{0,30})?[>\]]|(?<![\p{L}\p{N}_@])@\{(\d{4}-\d{2}-\d{2})\}(?:[ \t]*@@\{\d{1,2}:\d{2}\})?/gu;
/**
 * TaskPaper's and OmniFocus's tags, as their users keep them in Markdown: `@due(12/2)`,
 * `@done(11/20)` (done that day) or a bare `@done`, `@waiting(client)` (the one the step
 * waits on, who owns it), `@who(Dana)` or `@owner(me)` (its owner), and tags that name no one and no deadline (`@flag`, `@today`,
 * `@start(…)`, `@priority(1)`, OmniFocus's `@context(Phone)`, `@project(…)`, `@repeat-rule(…)`), read and then blanked as org-mode's stamps are.
 */
const TASKPAPER_TAG =
  /(?<![\p{L}\p{N}_@])@(due|done|completed|cancell?ed|waiting(?:-for)?|who|owner|assignee|assigned|start|defer|flag(?:ged)?|today|priority|estimate|context|tags|project|repeat(?:-method|-rule)?|autodone|parallel)(?:\(([^()\r\n]{0,40})\))?(?![\p{L}\p{N}_(-])/giu;
const TASKPAPER_DONE = /^(?:done|completed|cancell?ed)$/iu;
/** The tags that name who owns the step: the one it waits on, or its owner outright (`@who(Dana)`, and as the packs' keys, `@wer(ich)`). */
const TASKPAPER_OWNER = /^(?:waiting|who|owner|assignee|assigned)/iu;
/** A remark in brackets right after a keyed owner, with no figure in it (a day would be the due date's): `(Mr. Rao)`, `(Accounts)`. */
const OWNER_REMARK = /^[ \t]*\([^()\d\r\n]{1,40}\)/u;

/** What KEYED_OWNER cannot match without, found in one quick pass. */
const MAY_KEY_OWNER = new RegExp(`${OWNER_KEYS}|${BRACKETED_ACTION_KEY}|👤`, 'iu');
// Each blank run is tried from its start only (`(?<!\s)`): tried from anywhere in it, a long run is quadratic.
// A slash before the due date's key ends it too (`Qui : moi / Quand : lun. 30/11`, read as `who: me / by Mon 30/11`), as does a
// pipe (`Responsibility: Ananya | Timeline: 20-11-2026`) or a middle dot, as Notion exports a task's properties (`Zuständig: Ich · Fällig: …`).
// A sentence's full stop ends the name too (`Responsible party: Consultant. Target date: …`), not an initial's or a title's (`D. Kowalczyk`, `Dr. Lang`).
// So does a slash with nothing after it, a closing state set aside (`Mitglieder: Lukas / Liste: Erledigt`).
const OWNER_NAME_END = /(?<!\s)\s*[—–|·]|(?<!\s)\s+\/\s*$|(?<!\s)\s+-\s|(?<!\s)\s+(?:[/|][ \t]*)?(?:due|by|deadline|target[ \t]+date|timeline)\b|(?<!\s)\s*(?:📅|📆|🗓)|(?<!(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Mag|Ing|St|Jr|Sr))\.(?=\s|$)/iu;
/** The colon after a leading mention, with French's blank before it. */
const MENTION_COLON = /^[ \t\u00a0\u202f]*:(?=[ \t])/u;
/** A remark in brackets right after a mention, before the separator that ends the part: `@Luca (capitaine) —`. */
const MENTION_REMARK = /^[ \t]*\([^()\r\n]{1,30}\)(?=[ \t]*(?:[—–|·,;]|-[ \t]|$))/u;
/** A capitalised surname after a mention, before the colon that sets the name off: `@Martina Reuter:` (not a field's key: `@Dee Due:`). */
const MENTION_SURNAME = /^[ \t]\p{Lu}[\p{L}'’-]{1,30}(?=[ \t\u00a0\u202f]*:[ \t])/u;
// Not a date mention, as Notion writes one: `@Dec 3`, `@November 19, 2026`, `@Today`, `@27 novembre 2026`, `@2026-11-27`.
/** A mention of a person's page: `@[[Nadia Benali]]`, read as `linkedPageName` reads the link. */
const LINKED_MENTION = /(?<![\p{L}\p{N}_])@\[\[[^[\]\r\n]{1,120}\]\]/u;
const OWNER_MENTION = new RegExp(`(?:^|[\\s(])@(?!(?:${MONTH})\\s+\\d|\\d{1,4}(?![\\p{L}\\p{N}_])|(?:today|tomorrow|yesterday)(?![\\p{L}\\p{N}]))([\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])`, 'iu');
/** `**Dana:** send the brief`, `**Dana**: send the brief`; in lower case, as writers who write everything so set a name off (`**devon:** …`). */
const BOLD_OWNER = /^(?:\*\*|__)([^*_:\r\n]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*/u;
/** English's words for a step's task, in lower case: a table's What column (`| Action items |`), a bold label (`**Task:** Send the quote`); no one's name. */
export const TASK_WORDS = /^(?:what|tasks?|actions?|action items?|steps?|next steps?|items?|to[ -]?dos?|description|deliverables?|cards?)$/u;
/** A bold name or role and what they do: `**Dervla** to confirm`, `**The couple** – decide`, `**Siobhán** books`. */
const BOLD_SUBJECT = /(?<![\p{L}\p{N}*])\*\*([^*\r\n]{1,40}?)\*\*(?=[ \t]+(?:to|will)[ \t]+\p{Ll}|[ \t]+\p{Ll}+s\b|[ \t]*[–—:][ \t]*\p{Ll})/u;
/**
 * Dashes, pipes (an action log's row: `… | Craig Duthie | 23/10/26`), middle dots (`· Zuständig: Ich ·`), commas and semicolons that set
 * off the trailing parts of a step, and the end of a line, as a task's day goes on the line under it (`Tasting — me` over `Fri 27 Nov`); not the dash of whole francs (`CHF 1'500.– – LB`), though a range's (`07.12.–16.12.`), nor the comma
 * between a day and its year (`— Marisol — January 15, 2027`).
 */
const SEPARATOR = /(?<!\s)(?!(?<=\d\.)[—–](?!\s*\d))\s*[—–|·]\s*|(?<!\s)\s+[->]\s+|(?!(?<=\d(?:st|nd|rd|th)?),[ \t]*\d{4}(?!\d))[,;]\s*|(?<![\s—–|·,;])[ \t]*\r?\n[ \t]*(?![\s—–|·,;])/gu;

/**
 * `Me`, `the client`, `Dana`, `Juan Pablo`, `Marcus and Jen`, `me + Fabrice`: a side, or one or two people
 * of one to three capitalised words each or a side, no digits, no acronym.
 */
export function looksLikeOwner(text: string): boolean {
  const words = text.trim();
  if (isOwnerWord(words)) return true;
  const people = words.split(TOGETHER);
  return people.length <= 2 && people.every((person) => {
    // `JF + Bernd`: two initials beside a name are a person too (where `TBX + Excel` are formats).
    if (people.length > 1 && (isOwnerWord(person) || /^\p{Lu}{2}$/u.test(person))) return true;
    if (JOB_TITLE.test(person)) return true;
    const parts = person.split(/\s+/u);
    // `Atelier Lorrain du Bois`, `Ludwig van Beethoven`: a particle between the capitalised words of a name.
    const capitalised = parts.filter((part, index) => !(index > 0 && index < parts.length - 1 && NAME_PARTICLES.has(part)));
    // A firm's team in capitals after its name names its people: `Lakeshore AP`, `Acme HR`.
    if (DEPARTMENT.test(person) && TEAM_IN_CAPITALS.test(parts[parts.length - 1])) return true;
    // A hyphen joins a name's capitalised halves (`Jean-Pierre`) or a Japanese honorific to it (`Sato-san`); before another
    // lower-case word it joins a word's (`Re-upload`, `Follow-up`).
    return capitalised.length <= 3 && parts.length <= 5 && capitalised.every((part) => /^\p{Lu}[\p{L}'’.-]*$/u.test(part) && !/^\p{Lu}{2,}$/u.test(part) && !LOWER_CASE_AFTER_HYPHEN.test(part));
  });
}

/** A hyphen, then a word in lower case that is no honorific: what joins the halves of a word, not of a name. */
const LOWER_CASE_AFTER_HYPHEN = /-(?!(?:san|sama|sensei|kun|chan|senpai|shi|dono)(?![\p{L}\p{N}]))\p{Ll}/u;

/** A job title that names whoever holds it: `Head of Eng`, `VP of Sales`, `Director of Operations`. */
const JOB_TITLE = /^(?:Head|(?:S|E)?VP|Vice[ \t]+President|Director|Chief)[ \t]+of[ \t]+\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*)?$/u;

/** The small words inside a person's or a firm's name, in the languages notes are written in (not English's `of`: `Proof of Concept`). */
const NAME_PARTICLE_WORDS = ['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'zu', 'zum', 'zur', 'da', 'di', 'del', 'della', 'dos'];
const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);

/** A name in lower case, as writers who write in lower case set one off (`jenna: sign off…`, `jess + tom: pick the song`). */
const LOWER_CASE_NAME_WORD = String.raw`\p{Ll}[\p{L}'’.-]{1,30}`;
/** The words that join two people's names, in any language a pack knows (`and`, `et`, `und`). */
const AND_WORD = anyPackPhrase((pack) => pack.andWords);
const JOINING_WORDS = `${AND_WORD}|&`;
/** A plus joins two people only before the verb of a step they do (`Rhys + Bec to pay…`): elsewhere, things (`Texte + Fotos liefern`, `Home + About drafts`). */
const PLUS_BEFORE_SUBJECT_VERB = String.raw`\+(?=[ \t]+\p{Lu}[\p{L}'’.-]*[ \t]+(?:to|will)[ \t])`;
/** Two joined by a word, not `&`: `Logo und Farben`. */
const JOINED_BY_WORD = new RegExp(`\\s(?:${AND_WORD})\\s`, 'u');
/** What `leadingOwner` reads as a step's lead: in bold, a side, one to three capitalised words (a particle between them), `@ name`, a word before a colon or an arrow (a title before it: `frau hahn:`). */
const LEAD_OWNER = new RegExp(String.raw`^(?:(\*\*|__)([^*_\r\n]{1,40}?)\1|((?:[Tt]he\s+)?[Cc]lient(?![ \t]+\p{Lu}{2,4}(?![\p{L}\p{N}]))|[Mm]e(?![ \t]+\p{Lu}\p{Ll})|I|[Yy]ou|[Ww]e|[Bb]oth|[Tt]hey|[Tt]hem)(?![\p{L}\p{N}])|(\p{Lu}[\p{L}'’.-]*(?:[ \t]?\/[ \t]?\p{Lu}[\p{L}'’.-]*)?(?:[ \t]+(?:(?:${NAME_PARTICLE_WORDS.join('|')})[ \t]+){0,2}\p{Lu}[\p{L}'’.-]*){0,2}(?:[ \t]+(?:${JOINING_WORDS}|${PLUS_BEFORE_SUBJECT_VERB})[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})?)|@[ \t]+(\p{L}[\p{L}'’.-]{0,30})(?=[ \t]*(?:[:—–]|-[ \t]))|((?:${TITLE_WORDS}\.?[ \t]+)?${LOWER_CASE_NAME_WORD})(?=[ \t]*(?::|→|->)[ \t]))(?:[ \t]*\([^()\r\n]{1,30}\)(?=[ \t]*(?::|[—–]|->|→)|[ \t]+(?:to|will)[ \t]|[ \t]+\p{Ll})|[ \t]+(?:from|at|of)[ \t]+\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*){0,2}(?=[ \t]+(?:to|will)[ \t]))?`, 'u');

/** A cell's or a field's text without the done mark it ends with (`2026/11/25 (Wed) ✔`, `Di. 24.11. ✔ erl.`), and whether it had one. */
export function withoutDoneMark(text: string, language: LanguagePack = ENGLISH): { text: string; done: boolean } {
  const trimmed = text.trimEnd();
  // A done word written over by a shorter English one ends in blanks (`6.11. – erledigt` as `6.11. – done    `).
  const read = (language === ENGLISH ? trimmed : inEnglishNotation(trimmed, language)).trimEnd();
  const mark = TRAILING_DONE.exec(read) ?? TRAILING_CAPITAL_DONE.exec(read);
  return mark ? { text: trimmed.slice(0, mark.index).trimEnd(), done: true } : { text, done: false };
}

/**
 * The day a done mark says the step was done, YYYY-MM-DD: Obsidian Tasks' `✅ 2026-12-03`
 * (what Mark Done writes), a check mark or a closing word before the day, org-mode's
 * `CLOSED: [2026-12-03 Thu]`. Undefined when the mark gives no such day (`[x]`, `(done)`)
 * or says the step was cancelled (`❌ 2026-12-03`), which is no day it was done.
 */
export function dayOfDoneMark(mark: string): string | undefined {
  if (mark.includes('❌')) return undefined;
  const day = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/u.exec(mark)?.[0];
  return day !== undefined && isRealDate(day) ? day : undefined;
}

/** How long the due date's key is that `text` opens with (`avant le 5/12`, `bis 4.12.`, `by Dec 4`), in the note's language: 0 without one. */
export function dueKeyLength(text: string, language: LanguagePack = ENGLISH): number {
  return DUE_KEY_LEAD.exec(language === ENGLISH ? text : inEnglishNotation(text, language))?.[0].length ?? 0;
}

/**
 * The day a cell starts with, before a remark or a status after it (`13/11/2026 (pending)`,
 * `20-Nov-26 🟡`, `lun. 21 déc. (S52)` in a French note); undefined when the cell does not start with one.
 */
export function leadingWrittenDate(text: string, language: LanguagePack = ENGLISH): string | undefined {
  const written = text.trim();
  // Read in English notation, which keeps every offset: the day is the same stretch of the text as written.
  const read = language === ENGLISH ? written : inEnglishNotation(written, language);
  const date = LEADING_WRITTEN_DATE.exec(read)?.[1];
  const rest = date === undefined ? '' : read.slice(date.length);
  if (date === undefined || !(/^[ \t]*(?:[([][^()[\]]*[)\]]|[^\p{L}\p{N}\s][^\p{L}\p{N}]*)?[ \t]*$/u.test(rest) || HOUR_AFTER_DAY.test(rest) || remarkAfterDay(rest) || RECURRING_DUE.test(date))) return undefined;
  // Words written over by shorter English ones (`Morgen` as `tmrw  `, `endéans les 15 jours` as `within 2 weeks      `) end where
  // the words as written do: the blanks that pad them stand where the writer wrote letters.
  let blanks = date.length;
  while (blanks < read.length && read[blanks] === ' ') blanks++;
  const end = date.length + written.slice(date.length, blanks).trimEnd().length;
  return written.slice(0, end);
}

/** `, then weekly`, `; latest Friday` after a day: words after a comma that are no day of their own (`Friday, December 4` is one day). */
function remarkAfterDay(rest: string): boolean {
  const remark = /^[ \t]*[,;][ \t]*(?=\p{L})/u.exec(rest);
  return remark !== null && !isWrittenDate(rest.slice(remark[0].length)) && LEADING_WRITTEN_DATE.exec(rest.slice(remark[0].length)) === null;
}

/**
 * A day in brackets closing a date cell, after the offset it was counted by: `J+45 (11/12/2026)`, `2 weeks (2026-12-10)`.
 * Its text and where it starts in the cell.
 */
export function bracketedWrittenDate(text: string): { text: string; index: number } | undefined {
  const closing = CLOSING_BRACKET.exec(text);
  return closing && text.slice(0, closing.index).trim() !== '' && isWrittenDate(closing[1]) ? { text: closing[1], index: closing.index + closing[0].indexOf(closing[1]) } : undefined;
}

/** A day among other words, read as a step's due date is: `après la reprise, au plus tard 27/11`, `proposer une date pour le 4/12`. */
export function dayAmongWords(text: string, language: LanguagePack = ENGLISH): { text: string; index: number } | undefined {
  const notation = readStepNotation(text, language);
  const day = notation.due ?? notation.otherDue;
  return day && { text: day.text, index: day.start };
}

/**
 * The last day of a range a date cell holds, as a board's Timeline column gives one (`2026-11-27 - 2026-12-08`, `27.11.–8.12.2026`,
 * `Nov 27 to Dec 8`): the work is due when it ends. Its text and where it starts in the cell.
 */
export function rangeEndDate(text: string): { text: string; index: number } | undefined {
  const range = DAY_RANGE.exec(text);
  return range && isWrittenDate(range[1]) && isWrittenDate(range[2]) ? { text: range[2], index: range.index + range[0].lastIndexOf(range[2]) } : undefined;
}

const DAY_RANGE = /^[ \t]*([^\s–—][^–—\r\n]{2,29}?)(?:[ \t]+-[ \t]+|[ \t]*[–—→][ \t]*|[ \t]+(?:to|until|bis|au)[ \t]+)(\S[^\r\n]{2,29}?)[ \t]*$/u;

const CLOSING_BRACKET = /\([ \t]*([^()\s][^()\r\n]{2,29}?)[ \t]*\)[ \t]*$/u;

/**
 * An hour after the day (`11.12.2026, 15:00`, `4/12 at 3pm`, `le 4/12 à 14h`), or the hours of an event, as Google Calendar copies
 * one (`Tue, 24 Nov ⋅ 3:00 – 4:00pm`): when on that day, no other day.
 */
const HOUR = String.raw`\d{1,2}(?:[:.h]\d{2}[ \t]*(?:uhr|h|am|pm)?|[ \t]*(?:uhr|h|am|pm))`;
const HOUR_AFTER_DAY = new RegExp(String.raw`^[ \t]*(?:[,⋅·][ \t]*)?(?:(?:um|at|à|ab|from)[ \t]+)?${HOUR}(?:[ \t]*[–—-][ \t]*${HOUR})?[ \t]*$`, 'iu');

const LEADING_WRITTEN_DATE = new RegExp(`^(${DATE})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Whether a step's state, as a Status cell or a `status:` field gives it, says it is done:
 * `x`, `yes`, a check mark anywhere (`done ✔`, `✅ 2026-12-01`), or a word that says it
 * happened first (`Done (Nov 2)`, `sent`, `completed 2026-11-20`), in the note's language
 * too (`fait`, `erledigt`), after a coloured mark a status may open with (`🟢 Done`), a filled circle (`● 21.11.`,
 * where `○` is open); or that it was called off
 * (`Canceled`, `annulé`, `storniert`), which leaves nothing to do either.
 */
export function statusSaysDone(status: string, language: LanguagePack = ENGLISH): boolean {
  // A state written as a lozenge in brackets, as wiki pages show one: `[DONE]`, `[ERLEDIGT]` (not the task box `[x]`).
  const unmarked = status.trim().replace(STATUS_MARK, '').replace(/^\[([^[\]\r\n]{2,30})\]$/u, '$1');
  return DONE_STATUS.test(status) || DONE_STATUS.test(unmarked) || (language !== ENGLISH && opensWithDoneWord(unmarked, language));
}

// TickTick's `Won't do` closes a task as cancelling does; a planner's `100 %` says it is done.
// What was handed in or booked is done too (`~~Lodge Oct BAS~~ lodged 19/11`, a `Filed` state); not `Agreed` or `Confirmed`, which may say the step was agreed.
// A yes in a state's place says so in any language a pack knows, with the day after it too (`| Fait ? | oui, 23/10 |`); so does a
// checkbox column's `true`, as Coda and Airtable export one.
const DONE_STATUS = new RegExp(
  `^(?:\\[x\\]|x|(?:yes|true|${anyPackPhrase((pack) => pack.steps.yes)})(?:(?:[ \\t]*[,–—-])?[ \\t]*\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\.?)?)$|[✓✔✅☑☒]|^●|^100[ \\t]?%$|^(?:done|sorted|completed?|finished|cancell?ed|won['’]?t[ \\t]+do|sent|paid|signed|delivered|closed|approved|lodged|filed|submitted|received|shipped|returned|issued|invoiced|refunded|uploaded|published|posted|emailed|booked)(?![\\p{L}\\p{N}])`,
  'iu',
);
/** The coloured dot or mark a status opens with: `🟢 Done`, `🔴 Blocked`. */
const STATUS_MARK = /^[^\p{L}\p{N}[]+/u;

/** True for a due date that is a schedule (`every Mon`, `weekly`): the step comes back, so no one day is due, and none is missing. */
export function isRecurringDue(text: string, language: LanguagePack = ENGLISH): boolean {
  return RECURRING_DUE.test((language === ENGLISH ? text : inEnglishNotation(text, language)).trim());
}

/** True for a whole piece of text that names a day, in any format. */
export function isWrittenDate(text: string): boolean {
  return WHOLE_DATE.test(text.trim());
}

/**
 * A closing mark that says a step is done: a check mark or a crossed box, as Word's checklists end a line (`☒`) (Obsidian Tasks' `✅ 2026-12-01`, or `✅ 11/12`,
 * the day it was done, an hour after it too: `✅ 10/9 11:20am`; its `❌ 2026-12-01`, cancelled, is no open step either), `(done)`, `[done]`, `— done`, `— sent` (or a task tool's ` · erledigt (Mail 13.11., 8:52)`), a closing bracket that ends
 * in a check mark (`(sent ✔)`, `(got them Nov 2 ✔)`), a check mark with a remark after it
 * (`✔ (got it Thursday)`, `✓ done 6.11.`, `✅ done on the 17th`, `✓ done 9/11 (kept: Sat 21/11)`), a closing `— done` with a remark after a comma
 * (`— done, he confirmed by WhatsApp`) or a sentence (`— done. He prefers to wait.`), Google Docs' `— Marked as resolved`, a day and an hour after it (`-- DONE 9/10 11.40`), a closing field set off by a semicolon (`; Done: 19 November 2026`), or a bracket that starts with a word that says it
 * happened (`(sent Nov 25)`, `(paid on the 3rd)`) or a bracket where such a word comes with its day (`(PO 22107 recvd 11/13)`, not
 * `(to be sent 12/4)`), a closing word after a day (`30.10. done`, `today done`, `aujourd'hui fait`), a sentence of its own after the
 * step's (`… by Friday 20th November. Done 20/11 (approved)`, as minutes record it; `By 16-Nov. Done 15-Nov.`, `Received 19-Nov.`, in bold
 * too), an update added after it that
 * says it happened (`… by the eleventh. Update: lodged 11 Nov.`); or a leading `DONE`.
 */
// Matched on the text without its trailing blanks, and from the start of a blank run only: tried from anywhere in a long run, it is quadratic.
const TRAILING_DONE = /(?:(?<![ \t])[ \t]+|^)(?:(?:✅|✔️?|[☑☒]️?|✓|❌)(?:[ \t]*(?:\d{1,4}(?:[./-]\d{1,4}){1,2}\.?|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3,9}\.?)(?:[ \t]+\d{1,2}(?:[:.h]\d{2})?[ \t]*(?:am|pm|uhr|h)?(?![\p{L}\p{N}]))?)?(?:[ \t]*[([][^()[\]\r\n]*[)\]]|[ \t]+(?:done|sent|completed?|finished|paid|signed|delivered)(?:[ \t,]+[^()[\]\r\n]{1,40})?(?:[ \t]*[([][^()[\]\r\n]*[)\]])?|,?[ \t]+[\p{L}\p{N}][^✅✔☑☒✓❌()[\]\r\n]{0,60})?|[([](?:(?:✅|✔️?|[☑☒]️?|✓|ok)[ \t,]*)?(?:done|sent|completed?|finished)[)\]]|[([][^()[\]\r\n]*(?:✅|✔️?|[☑☒]️?|✓)[ \t]*[)\]]|[([](?:(?:✅|✔️?|[☑☒]️?|✓|ok)[ \t,]*)?(?:done|sent|completed?|finished|paid|signed|delivered|approved|arrived|received|shipped|booked|confirmed|submitted|published|posted|filed|returned|decided)[ \t:,][^()[\]\r\n]*[)\]]|[([][^()[\]\r\n]{0,40}?(?<![\p{L}\p{N}])(?<!(?:be|not|once|when|if|until|unless|before|after|to|will)[ \t]+)(?:done|sent|paid|signed|delivered|received|recvd|rcvd|rec['’]d|shipped|submitted|returned|approved|confirmed)[ \t]+(?:on[ \t]+)?\d{1,4}(?:[./-]\d{1,4}){1,2}\.?(?![\d./-])[^()[\]\r\n]{0,30}[)\]]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|x):|(?:[—–·]|-(?=[ \t])|→|->)[ \t]*(?:marked[ \t]+(?:as[ \t]+)?)?(?:done|sorted|sent|completed?|finished|paid|signed|delivered|received|closed|resolved)(?:[ \t]+(?:on[ \t]+)?(?:\d[\d./:-]{0,9}(?:[ \t]+\d{1,2}[:.h]\d{2}(?:[ \t]*(?:am|pm))?)?|\p{L}{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3,9}\.?(?:[ \t]+\d{4})?))?(?:[ \t]*[,;][^\r\n]{1,80}|[ \t]*[([][^()[\]\r\n]*[)\]]|\.[ \t]+\p{Lu}[^\r\n]{0,160})?)[.!]*$|(?<=\S)[ \t]*済$|(?<=\d\.?|[)\]]|~~|(?<![\p{L}\p{N}])(?:today|tonight|tomorrow|yesterday))[ \t]+(?:done|sent|completed|finished|paid|signed|delivered)(?:[ \t]+(?:on[ \t]+)?\d[\d./:-]{0,9})?[.!]*$|(?<=[.!;])[ \t]+(?:\*\*|__)?(?:done|sorted|completed?|finished|sent|paid|received|delivered|signed|submitted|mailed|emailed|shared)(?:[ \t]+(?:on[ \t]+)?(?:\d[\d./:-]{0,9}|\d{1,2}[ -]?\p{L}{3,9}\.?))?(?:[ \t]*[([][^()[\]\r\n]*[)\]]|[ \t]*,[^\r\n]{1,80})?[ \t]*[.!]*(?:\*\*|__)?(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*$|(?<=\S)[ \t]*;[ \t]*(?:done|completed|finished)[ \t]*:[ \t]*[^;\r\n]{1,40}$|(?<=[.!;])[ \t]+update[ \t]*:[ \t]*(?:done|sorted|completed?|finished|sent|paid|signed|approved|delivered|received|booked|confirmed|lodged|submitted|filed|returned|agreed|decided|issued|invoiced|shipped|uploaded|published|posted|emailed|refunded|closed)(?![\p{L}\p{N}])[^\r\n]{0,160}$/iu;
/** Basecamp's line under a to-do it closes: `Completed by Maria Gomez on Oct 23`. */
const COMPLETED_BY_LINE = /(?<=\n)[ \t]*(?:Completed|Finished|Done)[ \t]+by[ \t]+[^\r\n]{1,40}?[ \t]+on[ \t]+[^\r\n]{3,30}$/u;
/** Who did it, first in a closing bracket that says it is done: `(me, done 11/19)`. From a letter on, so that a run of blanks is read once. */
const DONE_BY = /^[ \t]*[([][ \t]*([^,;()[\]\s][^,;()[\]\r\n]{0,29}?)[ \t]*[,;]/u;
/** Words that say a step is still to be done, as its closing state (the packs' `à faire`, `offen` are written over by `open`). */
const OPEN_STATES = 'open|pending|blocked|stuck|waiting|working[ \\t]+on[ \\t]+it|ongoing|on[ \\t]+hold|in[ \\t]+progress|not[ \\t]+started|not[ \\t]+(?:yet[ \\t]+)?done|to[ \\t]?do|outstanding|overdue';

/** Whether a state says a step is still open, as a board's lanes are headed: `To do`, `Doing`, `In progress`, `In Arbeit`, `À faire`. */
export function statusSaysOpen(status: string, language: LanguagePack = ENGLISH): boolean {
  const unmarked = status.trim().replace(STATUS_MARK, '');
  return OPEN_STATUS.test((language === ENGLISH ? unmarked : inEnglishNotation(unmarked, language)).trim());
}

const OPEN_STATUS = new RegExp(`^(?:${OPEN_STATES}|doing|backlog|later|next)$`, 'iu');
/**
 * A state closing a row set off by pipes (`| Open`, `| Closed`, an empty box `| ☐`: a check mark after it is the done mark, read before), or a
 * state still open set off by a dash (`— 24/11 — to do`, `— le 24/11 — à faire`) or as a lozenge in brackets (`[OPEN]`,
 * `[OFFEN]`, as wiki pages show one), or the share done a planner gives a task (`— 50 %`, `— 100 % ✔`). From a blank run's start only.
 */
const CLOSING_STATE = new RegExp(
  `(?<![ \\t])[ \\t]*(?:\\|[ \\t]*(${OPEN_STATES}|closed|done|complete|completed|cancell?ed|\\d{1,3}[ \\t]?%|☐|⬜|\\[[ \\t]?\\])|(?:[—–]|(?<=[ \\t])-(?=[ \\t]))[ \\t]*(?:(${OPEN_STATES})|(\\d{1,3}[ \\t]?%))|(?<=[ \\t])\\[[ \\t]*(?:${OPEN_STATES})[ \\t]*\\])(?:[ \\t]+\\p{Extended_Pictographic}\\uFE0F?)*[ \\t]*$`,
  'iu',
);
/**
 * A part of a row set off by middle dots or pipes, with the separator before it, as an issue tracker copies an issue
 * (`· Done ·`, `· Canceled ·`, `· Urgent ·`) or a to-do app a task's details (`Échéance le lun. 19 oct. · Terminée`); or the first
 * of such parts on the line under the step (`Zustand: Erledigt · Bearbeiter: Lena Pichler · …`, as YouTrack pastes a ticket). From a
 * blank run's start only.
 */
const PART_AMONG_PARTS = /(?<![ \t])(?:[ \t]*[·|]|\n)[ \t]*([^·|\r\n]{2,30}?)(?=[ \t]*(?:[·|]|$))/gu;
/**
 * A part set off by dashes with another part after it, as writers put a step's state between its owner and its day
 * (`— Hélène Marchal — Fait — 23/10/2026`, `— Sam Lee — In progress — 04/12`); the last part is read as a closing state is. From a blank run's start only,
 * the part from a letter, so that a long run of blanks is not tried from each of its blanks.
 */
const PART_BETWEEN_DASHES = /(?<![ \t])[ \t]*[—–][ \t]*([^—–\s][^—–\r\n]{1,29}?)(?=[ \t]*[—–])/gu;
/**
 * A state or a priority that is such a part whole (Leantime's `· New ·`, `· Waiting for Approval ·`); Microsoft To Do's flags too
 * (`· Importante`, `· Ma journée`); a spreadsheet's share done and its traffic light (`| 50% | Yellow |`, as Smartsheet's rows paste).
 */
const STATE_PART = new RegExp(`^(?:${OPEN_STATES}|done|closed|completed?|cancell?ed|backlog|triage|in[ \\t]+review|new|(?:waiting[ \\t]+for|awaiting)[ \\t]+(?:approval|review|feedback)|urgent|high|medium|low|no[ \\t]+priority|important|importante|wichtig|my[ \\t]+day|ma[ \\t]+journée|mein[ \\t]+tag|red|amber|yellow|green|\\d{1,3}[ \\t]?%)$`, 'iu');
/**
 * The keys a step's state is given by: `Status:`, `Progress:` (Planner's), `State:`, `List:` (the Trello list a card is in), `Completed:`
 * (Asana's yes or no), `Section:` (the section of a board it sits in, as Asana and MeisterTask paste it: `Abschnitt: Erledigt`), `Column:`
 * (the board's column, as Kanboard and Projectplace paste it: `Colonne : Terminé`, `Board-Spalte: Erledigt`).
 */
const STATE_KEYS = 'status|progress|state|stage|list|completed|section|column';

/** How much of a task is done, as Outlook's tasks paste it: `% complete: 50 %`, `% terminé : 0 %`. */
const PERCENT_DONE_PART = /^%[ \t]*\p{L}+[ \t]*:[ \t]*\d{1,3}[ \t]*%$/u;
/** The key a state part may open with: `· Progress: Completed ·`. */
const STATE_KEY = new RegExp(`^(?:${STATE_KEYS})[ \\t]*:[ \\t]*`, 'iu');
/** A state still open as a lozenge in brackets, first in the item: `[IN PROGRESS]`, `[IN ARBEIT]`. */
const LEADING_OPEN_LOZENGE = new RegExp(`^\\[[ \\t]*(?:${OPEN_STATES})[ \\t]*\\](?:[ \\t]*:)?[ \\t]+`, 'iu');
/**
 * A closing `— Status: Done`, as Notion exports a task's property: done when the status says so (`statusSaysDone`); a remark in
 * brackets may follow it (`Status: Erledigt (Termin 18.11., 10 Uhr)`), not the step's fields (`(owner: me, due: …)`).
 */
// From the start of a blank run only, as TRAILING_DONE.
const TRAILING_STATUS = new RegExp(`(?:(?<![ \\t])[ \\t]+|^)(?:(?:[—–|·]|-(?=[ \\t]))[ \\t]*)?(?:${STATE_KEYS})[ \\t]*:[ \\t]*([^—–|·:\\r\\n]{1,30}(?:\\([^():\\r\\n]{0,40}\\))?)$`, 'iu');
/**
 * A closing `DONE` or `COMPLETE` in capitals, as a state word (`… by 11/12 DONE`), with a
 * bracketed remark after it if any (`DONE (deployed 20.11 17:00)`); in lower case it may be
 * the step's words (`get it done`).
 */
const TRAILING_CAPITAL_DONE = /(?<![ \t])[ \t]+(?:DONE|COMPLETED?)(?:[ \t]*[([][^()[\]\r\n]*[)\]])?[.!]*$/u;
/** A `#done` tag among the tags closing a step, as Workflowy and Bear writers mark one done (`— me — Thu, Nov 12, 2026 #done #fees`). */
const DONE_TAG = /(?<![ \t])[ \t]+#(?:[Dd]one|[Cc]ompleted?)(?![\p{L}\p{N}_/-])(?=(?:[ \t]+#[\p{L}\p{N}_/-]+)*[ \t]*$)/u;
/** The colon after a step's lead, and the blanks around it. */
const LEAD_COLON = /^[ \t]*:[ \t]*/u;
/** Tags opening a step, each before a blank: `#task`, `#todo #client/acme`; not an issue's number (`#64`), which no tag is. */
const LEADING_TAGS = /^(?:#\p{L}[\p{L}\p{N}_/-]*[ \t]+)+/u;
/**
 * `TODO(ich) Transport freigeben`, `DONE(Kunde/Hr. Weber): Testdaten geliefert`: a to-do as code comments write one, its owner
 * in brackets right after its state, as programmers' style guides set it.
 */
const LEADING_TODO_OWNER = /^(TODO|FIXME|DONE|DOING|WAITING|NEXT|LATER)\(([^()\r\n]{1,40})\)(?:[ \t]*:)?[ \t]+/u;
/**
 * A reminder to oneself an item opens with: `Remind me:`, `Remind me to`, `Note to self:`, and Slack's `Reminder: check …`, as
 * `/remind me` posts one (before the step's words, not a day: Google Keep's `Rappel : jeu. 3 déc.` keys when).
 */
const SELF_REMINDER = /^(?:[Rr]emind[ \t]+(me)|[Nn]ote[ \t]+to[ \t]+(self)|([Rr]eminder)(?=[ \t]*:[ \t]*\p{Ll}))(?:[ \t]*(?::|[—–]|-(?=[ \t]))[ \t]*|[ \t]+(?=to[ \t]+\p{Ll}))/u;
/** A time in the recording an item opens with, as meeting notetakers write it: `[14:40]`, `(1:02:15)`. */
const LEADING_TIMESTAMP = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*(?=\S)/u;
/** An arrow an item opens with, drawn as its bullet (`* → Les mariés : dire…`): no one hands the step on with it. Read in an item only: it makes no line a step. */
const LEADING_ARROW = /^(?:→|->|=>|⇒)[ \t]*(?=\S)/u;
/**
 * A leading done state: `DONE`, a check mark, the green dot of a status, as Craft and Notion writers mark a step (`🟢 Send the quote`),
 * a bullet journal's cross (`× Send the quote`), or todo.txt's `x` with the day the task was done (`x 2026-11-19 Order the battery`).
 */
const LEADING_DONE = /^(?:(?:DONE|CANCELED|CANCELLED|\{\{\[\[DONE\]\]\}\}|✅|✔️?|✓|[☑☒]️?|🟢|×)(?:[ \t]*:)?[ \t]+|[Dd]one[ \t]*:[ \t]*|x[ \t]+(?:\d{4}-\d{2}-\d{2}[ \t]+(?=\S)|(?=\p{Lu})))/u;
/**
 * A leading task state or label, not the step's words: `TODO`, OneNote's tag `To Do:`, org-mode's and Logseq's
 * `DOING`, `NOW`, `LATER`, `WAITING` (German org files' `WARTEN`); a bullet journal's task and scheduled marks (`•`, `<`); minutes' `ACTION:`, `Action —`, `Action item:`, `AI:` and `AP -` (an action
 * item, an action point) and `next:`, in bold too (`**Action item:**`, as Google Docs writes its action items); an action's number
 * (`A1 – GH – …`), an action log's reference before a pipe (`ACT-02 | …`); a status dot other than green (`🟡 in progress`, `🔴 blocked`, `⚪ not started`), an hourglass for waiting on someone (`⏳ Hélène : valider le BAT`).
 */
const LEADING_TODO = /^(?:To[ \t]+[Dd]o[ \t]*:[ \t]+|(?:TODO|DOING|NOW|LATER|NEXT|WAITING|WAIT|WARTEN|IN-PROGRESS|STARTED|To-?[Dd]o|\{\{\[\[TODO\]\]\}\}|🟡|🟠|🔴|⚪️?|🔵|🟣|⚫️?|[⏳⌛]️?|[•<])(?:[ \t]*:)?[ \t]+|(?:ACTION|Action|AP|AI|[Nn]ext|\p{Lu}{1,2}\d{1,3}|(?:ACTION|Action)[ \t]+(?:(?:ITEM|[Ii]tem)[ \t]+)?\d[\d.]*|(?:ACTION|Action)[ \t]+(?:ITEM|[Ii]tem))(?:[ \t]*:|[ \t]*[—–]|[ \t]+-(?!>)|[ \t]*(?:->|→|=>|⇒))[ \t]*|(?:\*\*|__)(?:ACTION|Action|AP|AI|(?:ACTION|Action)[ \t]+(?:ITEM|[Ii]tem))(?:[ \t]*:(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*|\p{Lu}{1,5}-?\d{1,3}[ \t]*\|[ \t]*)/u;
/**
 * An emoji a step opens with that marks its kind and means nothing to its reading (`🌸 me: send proposal v3`, `📞 Kayla: …`): set
 * aside before its owner is looked for. Not a done mark, a priority's, a recurrence's or an owner's sign, read for what it says,
 * nor a day's before a day or a reaction's before its count (`📅 me → updated schedule` and `👍 Dev → sign off` are kinds, `📅 Fri
 * 4 Dec` a day); nor does it make a line a step (`🎄 Quick one, all friendly.`).
 */
const LEADING_EMOJI = new RegExp(
  `^(?![✅✔☑☒❌🗹☐🔲⬜👤🟢➕🔁🔄⏫🔼🔽⏬🔺➡🛫⏳⌛])(?![📅📆🗓]\\uFE0F?[ \\t]*(?:\\d|${WEEKDAY}|${MONTH}|today|tomorrow))(?![👍🎉]\\uFE0F?[ \\t]*\\d)\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic})*[ \\t]+(?=\\S)`,
  'iu',
);
/** Whether a label's words name the task itself, in English or in the note's language (a What column's header): `Task`, `Card`, `Aufgabe`, `Karte`. */
function namesTheTask(words: string, language: LanguageReading | undefined): boolean {
  const lower = words.toLowerCase();
  return TASK_WORDS.test(lower) || language?.taskLabels.has(lower) === true;
}

/** A word or two set off by a colon opening the step, a task label if it names the task: `Card: …`, `Karte: …`. */
const LEADING_TASK_LABEL = /^(\p{L}+(?:[ -]\p{L}+)?)[ \t]*:[ \t]+(?=\S)/u;
/** An action's reference, its owner and day in brackets after it, then a colon or a dash: `AP4 (Kwame, 05/12/2026):`. */
const REFERENCE_WITH_PARTS = /^((?:ACTION|Action|AP|AI|\p{Lu}{1,5}-?\d{1,3})[ \t]*\()([^()\r\n]{1,60})\)[ \t]*(?::|[—–]|-(?=[ \t]))[ \t]*/u;
/** `→ **DK**`, `-> Dana`, `→ [[Léa Bagnoud]]`, `→ les mariés`: an owner after an arrow, ending the part it is in or followed by a day (read by `arrowOwner`). */
// From the start of a blank run only, as OWNER_NAME_END: tried from anywhere in a long run, it is quadratic.
const ARROW_OWNER = new RegExp(
  String.raw`(?<![ \t])[ \t]*(?:→|->|=>|⇒)[ \t]*(\*\*|__|\[\[)?((?:\p{Ll}{1,3}['’]|\p{Ll}{2,3}[ \t]+)?[\p{L}][\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}(?:[ \t]+(?:${JOINING_WORDS})[ \t]+\p{Lu}[\p{L}'’.-]*)?)(?:\*\*|__|\]\])?(?=[ \t]*(?:[,;:(—–]|→|->|$)|[ \t]+(?:due|by)\b|[ \t]+\S)`,
  'gu',
);
/**
 * A word before a day that says when the step was asked for or chased (the packs' `asked`: `relancé le`, `angefragt am`), or that it
 * happens after that day (`after Christmas`; the packs' `after`: `nach dem 4.12.`, `après le 15`).
 */
const ASKED_BEFORE = /(?<![\p{L}\p{N}])(?:asked|requested|chased|reminded|pinged|nudged|followed[ \t]+up|after)(?:[ \t]+(?:on|for|him|her|them|the))?[ \t]+$/iu;

/** Whether the day at `index` says when the step was asked for or what it waits for, not when it is due: `(asked 11/18)`, `after Christmas`. */
function askedOn(text: string, index: number | undefined): boolean {
  return index !== undefined && ASKED_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

/** An arrow between a step's words, with the blanks around it. */
const ARROW = /(?<![ \t])[ \t]*(?:→|->)[ \t]*/u;
/** What may follow the owner after an arrow without a date: the end, a separator, another arrow or a due key. */
const AFTER_ARROW_OWNER = /^[ \t]*(?:[,;:(—–]|→|->|$)|^[ \t]+(?:due|by)\b/u;
/** Someone with the owner after an arrow: `→ LM + nouveau gardien`, read after initials or a side only (`-> Jana + Merve reservieren` says what). */
const WITH_SOMEONE = /^[ \t]*[+&][ \t]/u;

/**
 * The owner an arrow hands a step to, and the end of their name: `→ **DK**, due …`, `→ Priya next Tues`, `→ Hana Nov 30` (a date
 * right after the name ends it, though a month is capitalised as a surname is). Of several arrows, the first that hands it to
 * someone: `voiture La Môle → villa → LM` is LM's.
 */
function arrowOwner(body: string): { name: string; start: number; end: number; arrow: number; date?: WrittenPart } | undefined {
  for (const handed of body.matchAll(ARROW_OWNER)) {
    const found = ownerAfterArrow(body, handed);
    // Or a role: `→ les mariés`, `→ the couple`; or one word in lower case where the day follows it, as writers who write in lower case
    // hand a step to someone (`→ deniz, bis mo 30.11.`), as a dash sets one off (`— dana — fri 11/13`).
    if (found && (isOwnerWord(found.name) || looksLikeOwner(found.name) || INITIALS.test(found.name) || namesARole(found.name) || lowerCaseNameBeforeDay(body, found))) return found;
  }
  return undefined;
}

/** A name in lower case after an arrow, set off from the day after it: `→ deniz, bis mo 30.11.` (`-> solde d'ici le 20/12` is what is due). */
function lowerCaseNameBeforeDay(body: string, found: { name: string; end: number }): boolean {
  const after = body.slice(found.end);
  const separator = /^[ \t]*[,;—–][ \t]*/u.exec(after);
  return separator !== null && LOWER_CASE_WORD.test(found.name) && !isWrittenDate(found.name) && DATE_AHEAD.test(after.slice(separator[0].length));
}

/** The name after one arrow, and the date right after it if any. */
function ownerAfterArrow(body: string, handed: RegExpExecArray): { name: string; start: number; end: number; arrow: number; date?: WrittenPart } | undefined {
  const nameStart = handed.index + handed[0].indexOf(handed[2]);
  const words = handed[2].split(/([ \t]+)/u);
  for (let count = words.length; count > 0; count -= 2) {
    const name = words.slice(0, count).join('');
    const end = nameStart + name.length + (handed[1] && count === words.length ? handed[1].length : 0);
    const after = body.slice(end);
    if (AFTER_ARROW_OWNER.test(after) || (WITH_SOMEONE.test(after) && (INITIALS.test(name) || isOwnerWord(name)))) return { name, start: nameStart, end, arrow: handed.index };
    const date = after.split(/[,;(]|[ \t][—–-][ \t]/u)[0].trim();
    // `→ jeu 3/12`, `→ Thu 3/12`: a weekday or a month is the date's own word, no one's name; so is one after the name
    // (`→ Sam Thurs 12/3`, `→ me Tues 12/1`).
    if (isWrittenDate(date) && !isWrittenDate(`${name} ${date}`) && !(count > 1 && isWrittenDate(`${words[count - 1]} ${date}`))) {
      const dateStart = end + after.indexOf(date);
      return { name, start: nameStart, end, arrow: handed.index, date: { text: date, start: dateStart, end: dateStart + date.length } };
    }
  }
  return undefined;
}
/** A few words between two spaced dashes, which may be the step's owner: ` — me — `, ` - client - `. */
const DASHED_SIDE = /[ \t](?:—|–|-)[ \t]+([^—–\r\n]{1,20}?)[ \t]+(?:—|–|-)(?=[ \t])/gu;
/** A day, its key before it or not, opening what follows: `Dec 9 board meeting`, `by Fri 4/12`, `before print 4/12` (a word may name what it is before). */
const DATE_AHEAD = new RegExp(`^[ \\t]*(?:(?:${DUE_KEYS}|before|till)[ \\t]*:?[ \\t]*(?:\\p{L}+[ \\t]+)?)?(?:${DATE})${NOT_WORD_AFTER}`, 'iu');
/** A bracket of a few words, which may hold the step's owner: `(me)`, `(Dana)`. */
// In square brackets too (`→ 2026-12-02 [moi]`), but not a task box, a page link or a Markdown link's text.
const BRACKETED_OWNER = /\(([^()\r\n]{1,40})\)|(?<!\[)\[([^[\]\r\n]{1,40})\](?![[(\]])/gu;
/** `[AK] `, `[Priya]: `: a step's owner in square brackets before its words. */
const LEADING_OWNER_TAG = /^\[([^[\]\r\n]{1,40})\](?:[ \t]*[:—–]|[ \t]+-(?=[ \t]))?[ \t]+/u;
/** A day written first, then the step: `2026-12-15 – Ellie films the venue`, `Fri 4 Dec: call Jane`. */
const LEADING_DATE = new RegExp(`^(${DATE})(?:[ \\t]*[—–:]|[ \\t]+-|,)[ \\t]*`, 'iu');
/** A month and its year placed by the words before them, anywhere in a step: `Ich melde mich im September 2027 mit den Preisen`. */
// The look back is bounded: over a run of blanks from each of its blanks, it would be quadratic. A month written over in English
// (`sep` for `September`) is padded with blanks before its year.
const MONTH_PLACED = `(?<=(?<![\\p{L}\\p{N}])(?:${anyPackPhrase((pack) => pack.placingWords)})[ \\t]{1,3})${MONTH}[ \\t]+\\d{4}`;
/**
 * A date that says its month (or is ISO, or a day in figures with its year: `4/01/2027`), a day and month in figures or a weekday and
 * a day with an hour after it (`12/8 at 2pm`, `8.12. um 14:00`, `mardi 8 à 14h`), a calendar week by its abbreviation (`KW 50, Termin
 * nach Freigabe`), a near day (`tomorrow`, `next Friday`), a month and its year placed (`im September 2027`), or a schedule
 * (`every Friday`, `weekly`), anywhere in the step: read when no key or mark names one.
 */
// `get back to me end of January if…`, `me dire fin janvier s'il veut…`: no noun follows a part of a month read as a day; `late November figures` name a thing.
const NO_NOUN_AFTER = '(?![ \\t]+(?!(?:if|unless|once|when|and|or|but|because|si|s[\'’]ils?|sauf|ou|et|wenn|falls|sobald|oder|und)(?![\\p{L}\\p{N}]))\\p{Ll})';

const LOOSE_DATE = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}[./]\\d{1,2}\\.?${HOUR_AFTER}|${WEEKDAY_BEFORE_FIGURES}(?:[ \\t]*,)?\\s+\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?|\\.\\d{1,2}\\.(?:\\d{2}(?:\\d{2})?)?)|(?:${WEEKDAY}(?:[ \\t]*,)?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?${WEEKDAY_IN_BRACKETS}|${WEEKDAY}(?:[ \\t]*,)?\\s+\\d{1,2}${HOUR_AFTER}|\\d{1,2}-${MONTH}-\\d{2}(?:\\d{2})?|(?:${WEEKDAY}(?:[ \\t]*,)?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?${WEEKDAY_IN_BRACKETS}|${WEEKDAY}(?:[ \\t]*,)?\\s+(?:the\\s+)?${DAY_OF_MONTH}|(?:kw|cw|wk)[ \\t]*\\d{1,2}(?:/\\d{4})?|today|tonight|tomorrow|tmrw|tmw|${NEXT_WEEKS_DAY}|(?:this|next|coming)\\s+${WEEKDAY}|(?:${PART_OF_MONTH})${NO_NOUN_AFTER}|${MONTH_PLACED}|${RECURRING_IN_WORDS})${NOT_WORD_AFTER}`,
  'giu',
);

/**
 * A day the step ends with, where a deadline stands: `mails the letter 11/20`, `deliver
 * the cut Weds 2nd`, `final masters Mon 7th`, `final deliverables 18.12`, `goes out 30th`, `…, 4/12 at the latest`.
 */
// A word of another language written over by a shorter English one leaves blanks before the closing full stop (`fin février.`).
// A day that says it is the last one keeps its place: `…, 4/12 at the latest`.
const TRAILING_DATE = new RegExp(`(?<=[ \\t])(${DATE}|${DAY_OF_MONTH}|${RECURRING_EVENT})(?:[ \\t]+(?:at[ \\t]+the[ \\t]+(?:very[ \\t]+)?latest|at[ \\t]+latest|latest))?(?<!\\.)(?:[ \\t]*\\.)?$`, 'iu');
/** Further back than a day is ever written (`Wednesday, the twenty-second of December 2026`) with the blank before it. */
const TRAILING_DATE_REACH = 80;

/** {@link TRAILING_DATE} in the end of a text only: tried from every blank of a long run of them, it is quadratic. */
function trailingDate(text: string): RegExpExecArray | null {
  const from = Math.max(0, text.length - TRAILING_DATE_REACH);
  const found = TRAILING_DATE.exec(text.slice(from));
  if (found) found.index += from;
  return found;
}

/** The keys of a tracker's fields that say where a task belongs or how urgent it is, in the languages notes are written in. */
const TASK_FIELD_KEYS = '[Mm]ilestone|[Mm]eilenstein|[Jj]alon|[Ss]print|[Ee]pic|[Pp]riorit(?:y|ät|é)|[Pp]rio';

/** The keys a task tool's tags are pasted under, in the languages notes are written in: `Tags:`, `Labels:`, `Étiquettes :`, `Schlagwörter:`. */
const TAG_KEYS = '[Tt]ags?|[Ll]abels?|[ÉéEe]tiquettes?|[Ee]tiketten?|[Ss]chlagw(?:ö|oe)rter';

/**
 * What task tools add to an item that is neither its words, its owner nor its due date:
 * Obsidian Tasks' created and start dates (`➕ 2026-10-14`, `🛫 …`), priorities (`⏫`,
 * `🔼`) and recurrence (`🔁 every week`); Planner's bucket (`Bucket: Offerten`); a task's tags (`Tags: Payroll`); Todoist's priorities (`p1`, a leading `!!`) and labels beside them (`@printer p2`,
 * `p1 @email`), but for one naming a side (`p1 @moi`); GTD contexts (`@waiting`, `@email`), which name no one; todo.txt's priority, creation date,
 * projects and contexts (`(B) 2026-11-09 Price the interface +gear @online`); Remember The Milk's priority and estimate (`!1 =20min`); a notetaker's link to
 * the moment in the recording (`[34:02](https://…)`); and the tags and reactions an item ends with (`#task`, `👍 1`).
 */
const TASK_METADATA = new RegExp(
  [
    '[➕🛫]\\uFE0F?[ \\t]*\\d{4}-\\d{2}-\\d{2}',
    '[🔺⏫🔼🔽⏬]\\uFE0F?',
    // A recurrence runs to the next field: an emoji's, a tag, or a bracketed one (`[owner:: Mia]`, `(owner: Mia)`).
    '🔁[^📅⏳🛫➕✅❌#[(\\r\\n]*',
    `(?<!\\S)@(?:${['waiting(?:-for)?', 'someday', 'home', 'office', 'errands', 'phone', 'calls', 'computer', 'agenda', 'anywhere', 'e?mails?', 'online', 'reading'].join('|')})(?![\\p{L}\\p{N}_-])`,
    '^(?:!{1,3}|[pP][1-4])(?=[ \\t])',
    // todo.txt's priority and creation date, after the completion mark and its day where the task is done (`(B) 2026-11-09 Price …`,
    // `x 2026-11-18 (A) Send …`), its `+Project` tags and the contexts beside them (`+Tidelines @site`), which name no one.
    // A priority only where the line is todo.txt's, a creation date, a project or a `due:` after it: `(R) remaining edits Thu` is Rob's.
    // Each looked back from its first character only: from every blank of a long run, quadratic.
    '\\((?<=^(?:x[ \\t]+\\d{4}-\\d{2}-\\d{2}[ \\t]+)?\\()[A-Z]\\)(?=[ \\t](?:\\d{4}-\\d{2}-\\d{2}[ \\t]|[^\\r\\n]*(?<!\\S)(?:\\+\\p{L}|due:\\S)))',
    '\\d(?<=(?:^(?:x[ \\t]+\\d{4}-\\d{2}-\\d{2}[ \\t]+)?\\([A-Z]\\)[ \\t]+|^x[ \\t]+\\d{4}-\\d{2}-\\d{2}[ \\t]+)\\d)\\d{3}-\\d{2}-\\d{2}(?=[ \\t])',
    '(?<!\\S)\\+\\p{L}[\\p{L}\\p{N}_-]{0,40}(?![\\p{L}\\p{N}_@.-])',
    '(?<=(?<!\\S)\\+\\p{L}[\\p{L}\\p{N}_-]{0,40}[ \\t]{1,4})@[\\p{L}\\p{N}_-]{1,40}',
    '(?<!\\S)@[\\p{L}\\p{N}_-]{1,40}(?=[ \\t]{1,4}\\+\\p{L})',
    // Todoist's labels before its priority, which name no one (`Reprint the cards @printer p2`), and the priority before the due date.
    // A few labels in a row at most: looked ahead over any number, every label of a long run is quadratic.
    '(?<!\\S)@[\\p{L}\\p{N}_-]{1,40}(?=(?:[ \\t]{1,4}@[\\p{L}\\p{N}_-]{1,40}){0,3}[ \\t]{1,4}[pP][1-4](?![\\p{L}\\p{N}]))',
    // And after it: `p1 @email #grants`.
    '(?<=(?<![\\p{L}\\p{N}])[pP][1-4](?:[ \\t]{1,4}@[\\p{L}\\p{N}_-]{1,40}){0,3}[ \\t]{1,4})@[\\p{L}\\p{N}_-]{1,40}',
    // Todoist's priority before the due date (`@printer p2 📅 1 Dec`), before the dash that sets off the step's parts (`… p1 — Nov 18 ✅`),
    // before the labels that close the item (`— 30.10. p1 @Mappe`), or before labels and the project (`p2 @moi #Ferrand ven. 4 déc.`).
    '(?<![\\p{L}\\p{N}])[pP][1-4](?=[ \\t]+(?:📅|📆|🗓|⏳|[—–-][ \\t])|(?:[ \\t]{1,4}@[\\p{L}\\p{N}_-]{1,40}){1,3}(?:[ \\t]*$|[ \\t]+#\\p{L}))',
    // Planner's bucket, a board's column the task sits in (`Bucket: Offerten`, French Planner's `Compartiment :`), up to the next separator.
    '(?<![\\p{L}\\p{N}])(?:[Bb]ucket|[Cc]ompartiment)[ \\t]*:[ \\t]*[^—–|·,;:\\r\\n]{1,40}?(?=[ \\t]*(?:[—–|·,;]|$))',
    // The milestone, sprint or epic a task belongs to and its priority, as a tracker pastes them among the task's parts or on a line
    // under it (Leantime's `· Milestone: Closeout`, `Meilenstein:`, `Jalon :`, `Priorität: Dringend`); never the item's first words.
    `(?<=[·—–|][ \\t]{0,4}|\\n[ \\t]{0,16})(?:${TASK_FIELD_KEYS})[ \\t]*:[ \\t]*[^—–|·,;:\\r\\n]{1,40}?(?=[ \\t]*(?:[—–|·,;\\r\\n]|$))`,
    // A task's tags as its tool pastes them: on a line of their own under it, to the line's end (Things' `Étiquettes : musée, révision`),
    // or after it, up to the next separator (`· Tags: mix ·`); never the item's first words (`Labels: send the print files`).
    // Its indent looked back over a few blanks only: from every blank of a long run, an unbounded look back is quadratic.
    `(?<=\\n[ \\t]{0,16})(?:${TAG_KEYS})[ \\t]*:[^\\r\\n]*`,
    `(?<=[ \\t·—–|])(?:${TAG_KEYS})[ \\t]*:[ \\t]*[^—–|·:\\r\\n]{1,60}?(?=[ \\t]*(?:[—–|·\\r\\n]|$))`,
    // A link to the moment in the recording, as meeting notetakers end an action item (`— Dan Kowalski [34:02](https://fathom.video/…)`).
    '\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\([^()\\s]{1,400}\\)',
    // Remember The Milk's priority and time estimate (`^mon !1 #BSJA =20min`).
    `(?<![^ \\t])(?:![1-3]|${RTM_ESTIMATE})(?![\\p{L}\\p{N}_-])`,
    // Reactions an item pasted from a task tool's comments ends with (`👍 1`, `🎉 2`, as Asana shows them), not a day or a done mark.
    // From the start of a blank run only: tried from anywhere in a long run, it is quadratic.
    // A tag that is a day is the item's date, as outliners tag one (`@ich #2026-11-24`). The tags closing the item's first line too,
    // over the fields a task tool nests under it (Things' `— Hr. Grubmüller #Warten` over `Deadline: 12.11.2026`).
    `(?<![ \\t])(?:[ \\t]+(?:#(?!\\d{4}-\\d{2}-\\d{2}(?![\\p{L}\\p{N}_/-]))[\\p{L}\\p{N}_/-]+|[pP][1-4]|!{1,3}|${RTM_ESTIMATE}|(?![📅📆🗓⏳✅✔☑☒❌✓])\\p{Extended_Pictographic}\\uFE0F?[ \\t]?\\d{1,3}(?![\\p{N}.:/])))+[ \\t]*(?=\\r?\\n|$)`,
  ].join('|'),
  'gu',
);

/** A text with the parts given blanked out, the same length, so every offset holds. */
function blanked(text: string, parts: ReadonlyArray<{ start: number; end: number }>): string {
  let result = text;
  for (const { start, end } of parts) result = result.slice(0, start) + ' '.repeat(end - start) + result.slice(end);
  return result;
}

/** The groups a task tool lists tasks under by when, in any language a pack knows (`Upcoming`, `Someday`, `Un jour`): no one's name. */
export const TASK_GROUP_WORDS = anyPackPhrase((pack) => pack.taskGroups);
/**
 * Such a group's line run on into the task over it, as Any.do's list pastes without blank lines (`… · 🔔 Mon, Dec 7` over `Someday`):
 * no part of the step. Its indent looked back over a few blanks only, as TASK_METADATA's tags.
 */
const TASK_GROUP_LINE = new RegExp(`(?<=\\n[ \\t]{0,16})(?:${TASK_GROUP_WORDS})(?=[ \\t]*$)`, 'iu');

/** The item with its task metadata blanked out (the same length, so every offset holds), and where it was. */
function withoutTaskMetadata(text: string): { text: string; metadata: Array<{ start: number; end: number }> } {
  const metadata: Array<{ start: number; end: number }> = [];
  const setAside = (found: string, at: number) => {
    // A label beside the priority that names a side is the step's owner, as a writer assigns with labels: `p1 @moi`, `@client p2`.
    if (found.startsWith('@') && isOwnerWord(found.slice(1))) return found;
    metadata.push({ start: at, end: at + found.length });
    return ' '.repeat(found.length);
  };
  const placed = RTM_DUE.test(text) ? text.replace(RTM_LOCATION, setAside) : text;
  return { text: placed.replace(TASK_METADATA, setAside).replace(TASK_GROUP_LINE, setAside), metadata };
}

/**
 * A step's notation; in a note of another language, read with that language's words
 * (`Verantwortlich: ich, bis 5. Dezember`) as the English words they stand for, at the same
 * offsets (`lang/stepWords.ts`), each part's text then taken as written.
 */
export function readStepNotation(written: string, language: LanguagePack = ENGLISH): StepNotation {
  return notations.of(language).get(written, () => kept(readNotationIn(written, language)));
}

/**
 * Each step's notation, read once per language: the editor reads a note's steps again
 * after each pause in typing, and a keystroke leaves all but one of them as they were.
 */
const notations = new RememberedPer<LanguagePack, StepNotation>();

/** A notation to remember: its texts copies of their own, and frozen, since every reader of the step shares it. */
function kept(notation: StepNotation): StepNotation {
  const part = (written: WrittenPart | undefined) => written && Object.freeze({ ...written, text: detached(written.text) });
  return Object.freeze({
    ...notation,
    owner: part(notation.owner),
    due: part(notation.due),
    otherDue: part(notation.otherDue),
    doneMark: part(notation.doneMark),
    parts: Object.freeze(notation.parts.map((range) => Object.freeze({ ...range }))) as StepNotation['parts'],
    otherDueParts: Object.freeze(notation.otherDueParts.map((range) => Object.freeze({ ...range }))) as StepNotation['otherDueParts'],
  });
}

/** The variation selector that asks for a symbol drawn as text (`✔︎`). */
const TEXT_PRESENTATION = /\uFE0E/gu;

function readNotationIn(written: string, language: LanguagePack): StepNotation {
  const halfWidth = written
    .replace(FULL_WIDTH, (mark) => HALF_WIDTH[mark])
    .replace(NO_BREAK_SPACE, ' ')
    // `✔︎`, as Apple's keyboards write a check mark, with the selector for a glyph rather than a picture: read as the picture's.
    .replace(TEXT_PRESENTATION, '\uFE0F')
    .replace(ARROW_GLYPH, (arrow) => (arrow.length > 1 ? '→ ' : '→'))
    .replace(TYPED_DASH, '– ')
    .replace(DAY_PAGE_LINK, (link, day: string) => (WHOLE_DATE.test(day) ? `  ${day}  ` : link));
  const read = language === ENGLISH ? readNotation(halfWidth) : readNotationInPack(written, halfWidth, language);
  return written.includes('[[') ? withDayLinksWhole(written, read) : read;
}

/** A part that starts or ends with the day a link to its page names (`→ Hana [[2026-11-30]]`) takes in the link's brackets. */
function withDayLinksWhole(written: string, read: StepNotation): StepNotation {
  const links = [...written.matchAll(DAY_PAGE_LINK)].filter((link) => WHOLE_DATE.test(link[1]));
  if (links.length === 0) return read;
  const whole = (part: { start: number; end: number }) => {
    const startLink = links.find((link) => part.start >= link.index && part.start <= link.index + 2);
    const endLink = links.find((link) => part.end >= link.index + 2 + link[1].length && part.end <= link.index + link[0].length);
    return startLink || endLink ? { ...part, start: startLink ? Math.min(part.start, startLink.index) : part.start, end: endLink ? endLink.index + endLink[0].length : part.end } : part;
  };
  return { ...read, parts: read.parts.map(whole), otherDueParts: read.otherDueParts.map(whole) };
}

function readNotationInPack(written: string, halfWidth: string, language: LanguagePack): StepNotation {
  const english = englishNotation(halfWidth, language);
  const read = readNotation(english.text, readingOf(language));
  // A part that ends in the blanks padding a word written over ends where the word does; one
  // that starts in them (the separator after `you  ` for `Kunde`), after it.
  const wholeWords = <P extends { start: number; end: number }>(part: P): P => {
    const inside = (offset: number) => english.words.find((word) => word.start < offset && offset < word.end);
    // A day's part takes in what was read as blanks around it: a short weekday before it (`Mo 7.12.`), `prochain` after one (`mardi pro`).
    const start = inside(part.start)?.end ?? part.start - shortWeekdayBefore(written, part.start, language);
    const wordEnd = inside(part.end)?.end ?? part.end;
    const end = wordEnd + weekdayNextAfter(written, wordEnd, language);
    return start === part.start && end === part.end ? part : { ...part, start: Math.min(start, end), end };
  };
  const asWritten = (part: WrittenPart | undefined) => part && { ...wholeWords(part), text: written.slice(part.start, wholeWords(part).end).trim() };
  return { ...read, owner: asWritten(read.owner) ?? pronounSubject(halfWidth, language), due: asWritten(read.due), otherDue: asWritten(read.otherDue), doneMark: asWritten(read.doneMark), parts: read.parts.map(wholeWords), otherDueParts: read.otherDueParts.map(wholeWords) };
}

/** The first of the pack's words for I and we that are always a subject (`melde ich mich`, `je relance`), as the step's owner; its words stay whole. */
function pronounSubject(text: string, language: LanguagePack): WrittenPart | undefined {
  let pattern = pronounPatterns.get(language);
  if (pattern === undefined) {
    const words = language.steps.subjectPronouns.map((word) => (word.endsWith("'") || word.endsWith('’') ? `${word.slice(0, -1)}['’](?=\\p{L})` : `${word}(?![\\p{L}\\p{N}])`));
    pattern = words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${words.join('|')})`, 'iu') : null;
    pronounPatterns.set(language, pattern);
  }
  const found = pattern?.exec(text);
  if (!found) return undefined;
  // `Ole oder ich schlagen einen Termin vor`: one of two who might do it, the two the owner.
  const either = EITHER_BEFORE.exec(text.slice(Math.max(0, found.index - 40), found.index));
  const start = either ? found.index - either[0].length : found.index;
  return { text: text.slice(start, found.index + found[0].length), start, end: found.index + found[0].length };
}
/** A name and a word for `or` right before a pronoun: `Ole oder `, `Karim ou `. */
const EITHER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]*[ \\t]+(?:${OR_WORD})[ \\t]+$`, 'u');
const pronounPatterns = new WeakMap<LanguagePack, RegExp | null>();

/** No-break spaces, as French typography and documents pasted from Google Docs and Word put them (`**Due:**\u00a012/1`), read as spaces. */
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/gu;
/** Full-width brackets and colons, as Japanese and Chinese writers type them, read as their ASCII forms (one character each, so every offset holds). */
const FULL_WIDTH = /[（）：]/gu;
const HALF_WIDTH: Record<string, string> = { '（': '(', '）': ')', '：': ':' };
/** Two hyphens between blanks, as plain text and Pandoc's Markdown type a dash (`(KH -- 10/23/26)`), read as one and a blank. */
const TYPED_DASH = /(?<=[ \t])--(?=[ \t])/gu;
/**
 * A link to a day's page (`[[2026-11-30]]`, `[[Nov 30th, 2026]]`), as Logseq, Obsidian and Foam journals link a step to its day: read
 * as the day, its brackets as blanks.
 */
const DAY_PAGE_LINK = /\[\[([^[\]|\r\n]{1,40})\]\]/gu;
/** Arrows from the dingbats and phone keyboards (`Karim ➜ rappeler`, `➡️ 4/12`) read as `→`, an emoji's variation selector as a blank, so that every offset holds. */
const ARROW_GLYPH = /[➔➙➛➜➝➞➟➠➡⟶⮕]\uFE0F?/gu;

/**
 * In another language, the verb after a name that makes the name the step's subject
 * (`Claire renvoie…`, `Herr Brandt bestätigt…`): a lowercase word with one of the pack's
 * third-person endings, none of the words that make the capitalised word before it a verb
 * itself (`Envoyer le devis`).
 */
interface LanguageReading {
  subjectVerb: RegExp;
  /** The pack's "will", then the infinitive closing the clause, read after a full name only: `Oliver Quast wird die Liste senden`. */
  futureAfterFullName: RegExp | undefined;
  /** A word that opens a step and is never its subject: an infinitive (`Envoyer l'avenant`), a noun (`Envoi facture`, `Validation maquette`), an article. */
  notSubject: RegExp;
  /**
   * The one who does a step written as a noun, after the pack's word for "by" (`Signature du
   * devis par Pierre Garnier`, `Mise en paiement par le musée`): a capitalised name, or a
   * noun after an article; never a plain noun (`par virement`, `par mail`).
   */
  agent: RegExp | undefined;
  /**
   * A noun after a capitalised article, or the client after any (`le client va valider…`),
   * then a verb: the step's subject (`Le château envoie…`, `Die Agentur schickt…`), its words kept whole; or after any article, then an arrow or a
   * colon (`les mariés -> renvoient…`, `la cliente : valider…`), set off from the words.
   */
  articledSubject: RegExp | undefined;
  /** The pack's words for the task a bold label names (`**Aufgabe:**`, `**Tâche :**`), as its tables' What column does. */
  taskLabels: ReadonlySet<string>;
  /** The pack, whose words say a state is done (`Statut : Terminé`). */
  pack: LanguagePack;
}

const readings = new WeakMap<LanguagePack, LanguageReading>();

function readingOf(language: LanguagePack): LanguageReading {
  let reading = readings.get(language);
  if (!reading) {
    const { subjectVerb, agent } = language.steps;
    // `Claire m'envoie`, `Julien s'occupe`: a pronoun elided before the verb.
    const elided = subjectVerb.elided.map((elision) => elision.replace(/['’]$/u, "['’]"));
    const beforeVerb = elided.length > 0 ? `(?:(?:${[...new Set(elided)].join('|')}))?` : '';
    const notNoun = subjectVerb.nounEndings.length > 0 ? `(?<!${subjectVerb.nounEndings.join('|')})` : '';
    const articles = agent.articles.map((article) => article.replace(/['’]$/u, "['’]")).join('|');
    const { modals } = subjectVerb;
    // Read in the English notation, as the step is: `nous` stands there as `we`.
    const objectPronouns = [...new Set(modals.objectPronouns.map((pronoun) => inEnglishNotation(pronoun, language).trim()))];
    const objectPronoun = objectPronouns.length > 0 ? `(?:(?:${objectPronouns.join('|')})[ \\t]+)?` : '';
    // `Marie doit envoyer`, `le client va m'envoyer`, `doit me transmettre`: a modal, then an infinitive that is no passive's (`doit être payée`).
    // Where the infinitive closes the clause (`muss das Angebot bis Freitag prüfen.`), a dozen words at most stand between.
    const infinitive = `\\p{Ll}+(?:${modals.infinitiveEndings.join('|')})`;
    const notPassive = `(?!(?:${modals.passive.join('|')})(?![\\p{L}'’]))`;
    const closingInfinitive = (words: readonly string[]) =>
      `(?:${words.join('|')})(?![\\p{L}'’])(?=(?:[ \\t]+\\S+){0,12}?[ \\t]+${notPassive}${infinitive}[ \\t]*(?:[.;:!?,)—–\\r\\n]|$))`;
    const modal =
      modals.words.length === 0
        ? ''
        : modals.infinitiveLast
          ? `${closingInfinitive(modals.words)}|`
          : `(?:${modals.words.join('|')})[ \\t]+${objectPronoun}${notPassive}${beforeVerb}${infinitive}(?![\\p{L}'’])|`;
    const verb = `[ \\t]+(?:${modal}(?!(?:${subjectVerb.notAfterName.join('|')})(?![\\p{L}'’]))${beforeVerb}\\p{Ll}+(?:${subjectVerb.endings.join('|')})${notNoun}(?![\\p{L}'’]))`;
    const capitalised = agent.articles.map((article) => `${article[0].toUpperCase()}${article.slice(1)}`.replace(/['’]$/u, "['’]")).join('|');
    reading = {
      subjectVerb: new RegExp(`^${verb}`, 'u'),
      futureAfterFullName: modals.future.length > 0 ? new RegExp(`^[ \\t]+${closingInfinitive(modals.future)}`, 'u') : undefined,
      taskLabels: new Set(language.steps.tableColumns.what.map((word) => word.toLowerCase())),
      pack: language,
      // An article alone is no one either: `Le client va…` is the client's, not Le's.
      notSubject: new RegExp(`^(?:${[...subjectVerb.notSubjects, ...agent.articles, ...subjectVerb.notSubjectEndings.map((ending) => `\\p{L}*${ending}`)].join('|')})$`, 'iu'),
      articledSubject: capitalised
        ? new RegExp(`^((?:${capitalised})[ \\t]*\\p{L}[\\p{L}-]*|(?:${articles})[ \\t]*client)(?=${verb})|^((?:${articles}|${capitalised})[ \\t]*\\p{L}[\\p{L}'’-]*)[ \\t]*(?:→|->|:(?![\\p{L}\\p{N}]))[ \\t]*`, 'u')
        : undefined,
      agent:
        agent.words.length === 0
          ? undefined
          : new RegExp(
              `(?<=[ \\t])(?:${agent.words.join('|')})[ \\t]+((?:${articles})[ \\t]*\\p{L}[\\p{L}'’-]*|\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,2})(?=[ \\t]*(?:[,;(—–]|->|$)|[ \\t]+by\\b)`,
              'u',
            ),
    };
    readings.set(language, reading);
  }
  return reading;
}

function readNotation(bolded: string, language?: LanguageReading): StepNotation {
  const written = withoutBoldKeys(bolded);
  const parts: Array<{ start: number; end: number }> = [];
  let owner: WrittenPart | undefined;
  // Read before the tags an item ends with are set aside as task metadata.
  const ownerTag = written.includes('#') ? OWNER_TAG.exec(written) : null;
  if (ownerTag) {
    const tagged = ownerTag[1] ?? ownerTag[2];
    const start = ownerTag.index + ownerTag[0].length - tagged.length;
    owner = { text: tagged, start, end: start + tagged.length };
    parts.push({ start: ownerTag.index, end: start + tagged.length });
  }
  const taskPaperTags = written.includes('@') ? [...written.matchAll(TASKPAPER_TAG)] : [];
  const untagged = taskPaperTags.length > 0 ? written.replace(TASKPAPER_TAG, (tag) => ' '.repeat(tag.length)) : written;
  // Set aside with the other tags, a `#done` among them says the step is done.
  const doneTag = untagged.includes('#') ? DONE_TAG.exec(untagged) : null;
  const { text: withoutMetadata, metadata } = withoutTaskMetadata(untagged);
  parts.push(...metadata);
  // org-mode's stamps, wherever they stand (often on the item's next line), read and then
  // blanked, so that the step ends where its words do.
  const stamps = withoutMetadata.includes(':') || withoutMetadata.includes('@{') ? [...withoutMetadata.matchAll(ORG_STAMP)] : [];
  const text = stamps.length > 0 ? withoutMetadata.replace(ORG_STAMP, (stamp) => ' '.repeat(stamp.length)) : withoutMetadata;
  let due: WrittenPart | undefined;
  let otherDue: WrittenPart | undefined;
  const otherDueParts: Array<{ start: number; end: number }> = [];
  let doneMark: WrittenPart | undefined;
  const noteDate = (date: WrittenPart, whole: { start: number; end: number }) => {
    if (ISO.test(date.text)) {
      if (!due) {
        due = date;
        // A day tagged as outliners tag one goes with its hash: `#2026-11-24`.
        parts.push(whole.start === date.start && text[whole.start - 1] === '#' ? { start: whole.start - 1, end: whole.end } : whole);
      }
    } else {
      otherDue ??= date;
      otherDueParts.push(whole);
    }
  };

  // The words a step starts with: a task marker, a done mark, then maybe a day.
  // After the blanks a leading priority (`!! me: …`) leaves.
  let lead = text.length - text.trimStart().length;
  // `[14:40] Markus Hofer: Statik liefern`: where in the recording a notetaker heard the step.
  const timestamp = LEADING_TIMESTAMP.exec(text.slice(lead));
  if (timestamp) {
    parts.push({ start: lead, end: lead + timestamp[0].length });
    lead += timestamp[0].length;
  }
  // `#task **Reto:** Feedback zum Entwurf`: the tags a step opens with (Obsidian Tasks' filter tag) are its metadata.
  const leadingTags = text.startsWith('#', lead) ? LEADING_TAGS.exec(text.slice(lead)) : null;
  if (leadingTags) {
    parts.push({ start: lead, end: lead + leadingTags[0].length });
    lead += leadingTags[0].length;
  }
  const commented = LEADING_TODO_OWNER.exec(text.slice(lead));
  if (commented) {
    const name = commented[2].trim();
    const start = lead + commented[1].length + 1 + commented[2].indexOf(name);
    owner ??= { text: name, start, end: start + name.length };
    if (commented[1] === 'DONE') doneMark = { text: commented[1], start: lead, end: lead + commented[1].length };
    parts.push({ start: lead, end: lead + commented[0].length });
    lead += commented[0].length;
  }
  // `Remind me: firm price to Colleen`, as Apple Reminders' items are pasted; `Note to self: …`: the writer's own step.
  const reminder = commented ? null : SELF_REMINDER.exec(text.slice(lead));
  if (reminder) {
    const self = reminder[1] ?? reminder[2] ?? reminder[3];
    const start = lead + reminder[0].indexOf(self);
    // A reminder posted to the one who set it names them by no word of theirs: its owner is the writer.
    owner ??= { text: reminder[3] === undefined ? self : 'me', start, end: start + self.length };
    parts.push({ start: lead, end: lead + reminder[0].length });
    lead += reminder[0].length;
  }
  const todo = commented ? null : (LEADING_TODO.exec(text.slice(lead)) ?? LEADING_OPEN_LOZENGE.exec(text.slice(lead)) ?? LEADING_ARROW.exec(text.slice(lead)) ?? LEADING_EMOJI.exec(text.slice(lead)));
  if (todo) {
    parts.push({ start: lead, end: lead + todo[0].length });
    lead += todo[0].length;
  }
  const leadingDone = LEADING_DONE.exec(text.slice(lead));
  if (leadingDone) {
    doneMark = { text: leadingDone[0].trim(), start: lead, end: lead + leadingDone[0].length };
    parts.push({ start: lead, end: lead + leadingDone[0].length });
    lead += leadingDone[0].length;
  }
  // org-mode's priority after the item's state: `TODO [#A] Priya: sign the quote`, `DONE [#B] Me: …`.
  const priority = ORG_PRIORITY.exec(text.slice(lead));
  if (priority) {
    parts.push({ start: lead, end: lead + priority[0].length });
    lead += priority[0].length;
  }
  // `Card: Chase the balance`, `Karte: Lazy Loading wieder aktivieren`: the word for the task, set off by a colon, labels its words.
  const plainTaskLabel = LEADING_TASK_LABEL.exec(text.slice(lead));
  if (plainTaskLabel && namesTheTask(plainTaskLabel[1], language)) {
    parts.push({ start: lead, end: lead + plainTaskLabel[0].length });
    lead += plainTaskLabel[0].length;
  }
  const status = TRAILING_STATUS.exec(text.trimEnd());
  // A check mark opening the item is its leading done mark, read above, not a closing one: `✅ moi : récap → 19/11`.
  const closingMark = TRAILING_DONE.exec(text.trimEnd());
  const trailingDone =
    (closingMark && closingMark.index >= lead ? closingMark : null) ??
    TRAILING_CAPITAL_DONE.exec(text.trimEnd()) ??
    (text.includes('\n') ? COMPLETED_BY_LINE.exec(text.trimEnd()) : null) ??
    (status && statusSaysDone(status[1], language?.pack) ? status : null);
  // The text the other notations are read in: without the closing done mark, or the state field still open (`Status: In progress`).
  const closing = trailingDone ?? status;
  const beforeDone = closing ? text.slice(0, closing.index) : text;
  if (trailingDone) doneMark ??= { text: trailingDone[0].trim(), start: trailingDone.index, end: text.length };
  if (doneTag) doneMark ??= { text: doneTag[0].trim(), start: doneTag.index + doneTag[0].length - doneTag[0].trimStart().length, end: doneTag.index + doneTag[0].length };
  if (closing) parts.push({ start: closing.index, end: text.length });
  // An action log's row, its parts set off by pipes, closes with the step's state: `ACT-02 | … | Craig Duthie | 23/10/26 | Open`;
  // so may a step's parts set off by dashes, with a state still open: `Moi → valider les plans — le 24/11 — à faire`.
  const closingState = CLOSING_STATE.exec(beforeDone.trimEnd());
  // A share done closes a task's parts (`— Laurent — Fin prévue : 04.12.2026 — 50 %`); alone after the words it is theirs (`Offer a discount – 10 %`).
  const state = closingState?.[3] !== undefined && !/[—–|·]/u.test(beforeDone.slice(0, closingState.index)) ? null : closingState;
  const stated = state ? beforeDone.slice(0, state.index) : beforeDone;
  // `ACME-214 Fix the sync · Done · High · Dan Kessler · Due Nov 18`: an issue tracker's state and priority among the row's parts,
  // blanked so that no one reads them as the owner.
  // They are set aside last, so that an owner's part read across their blanks (`· Canceled · Low · Dan Kessler`) is set aside whole.
  let body = stated;
  const stateParts: Array<{ start: number; end: number }> = [];
  const amongParts = stated.includes('·') || stated.includes('|') ? [...stated.matchAll(PART_AMONG_PARTS)] : [];
  const betweenDashes = stated.includes('—') || stated.includes('–') ? [...stated.matchAll(PART_BETWEEN_DASHES)] : [];
  for (const found of [...amongParts, ...betweenDashes]) {
    // With its key, as a task tool names the field: `· Progress: Completed ·` (Planner), `· Status: Done ·`.
    // Or after a coloured mark, as monday.com's states paste: `| 🟧 Working on it |`.
    const keyless = found[1].replace(STATE_KEY, '');
    const stateText = keyless.replace(STATUS_MARK, '');
    // A state in the note's language (`· État : Non commencée ·`), or Outlook's share done (`· % terminé : 0 % ·`), is the task's field too.
    // With its key, a part is the task's state or list whatever it says (Trello's `Liste: Warten auf Kunde`, `List: Ideas`).
    const isState =
      keyless !== found[1] ||
      STATE_PART.test(stateText) ||
      PERCENT_DONE_PART.test(keyless) ||
      language?.pack.steps.stillOpen.some((word) => word.toLowerCase() === stateText.toLowerCase()) === true;
    const done = language?.pack.steps.done.some((word) => word.toLowerCase() === stateText.toLowerCase()) === true || (isState && statusSaysDone(stateText));
    if (!done && !isState) continue;
    stateParts.push({ start: found.index, end: found.index + found[0].length });
    body = body.slice(0, found.index) + ' '.repeat(found[0].length) + body.slice(found.index + found[0].length);
    const at = found.index + found[0].indexOf(stateText);
    if (done) doneMark ??= { text: stateText, start: at, end: at + stateText.length };
  }
  if (state) {
    parts.push({ start: state.index, end: beforeDone.length });
    const stateWord = state[1] ?? state[3];
    if (!doneMark && stateWord !== undefined && statusSaysDone(stateWord)) doneMark = { text: stateWord, start: state.index + state[0].indexOf(stateWord), end: state.index + state[0].length };
  }
  // `AP4 (Kwame, 05/12/2026): Install the switch`: an action's reference, then its owner and day in brackets, every piece read.
  const referenced = REFERENCE_WITH_PARTS.exec(body.slice(lead));
  const inBracket: TrailingPart[] = [];
  if (referenced && readParts(body, lead + referenced[1].length, lead + referenced[1].length + referenced[2].length, true, inBracket)) {
    for (const part of inBracket) {
      if (isWrittenDate(part.text)) noteDate(part, part.whole);
      else owner ??= part;
    }
    parts.push({ start: lead, end: lead + referenced[0].length });
    lead += referenced[0].length;
  }
  const leadingDate = LEADING_DATE.exec(body.slice(lead));
  if (leadingDate) {
    noteDate({ text: leadingDate[1], start: lead, end: lead + leadingDate[1].length }, { start: lead, end: lead + leadingDate[0].length });
    lead += leadingDate[0].length;
  }
  const leadingLink = body.startsWith('[[', lead) ? LEADING_PAGE_LINK.exec(body.slice(lead)) : null;
  const leadingPage = leadingLink ? withoutFolder(leadingLink[1].trim()) : '';
  if (leadingLink && (isOwnerWord(leadingPage) || looksLikeOwner(leadingPage))) {
    const pageStart = lead + 2 + leadingLink[1].indexOf(leadingPage);
    owner ??= { text: leadingPage, start: pageStart, end: pageStart + leadingPage.length };
    parts.push({ start: lead, end: lead + leadingLink[0].length });
    lead += leadingLink[0].length;
  }
  // `[AK] send the RCA`, `[Priya] sign off`: a name or initials in square brackets first, as notes pasted from chat and phone apps tag a step's owner.
  const leadingTag = !owner && body.startsWith('[', lead) ? LEADING_OWNER_TAG.exec(body.slice(lead)) : null;
  // `[Client – Ms Chan]`, `[IR agency – Jason]`: a side or where someone works, a dash, then who.
  const namesSomeone = (tag: string) => isOwnerWord(tag) || looksLikeOwner(tag) || isInitials(tag);
  const dashedTag = leadingTag?.[1].trim().split(/(?<![ \t])[ \t]+[–—-][ \t]+/u);
  if (leadingTag && (namesSomeone(leadingTag[1].trim()) || (dashedTag?.length === 2 && (namesSomeone(dashedTag[1]) || isTitledName(dashedTag[1]))))) {
    owner = { text: leadingTag[1].trim(), start: lead + 1, end: lead + 1 + leadingTag[1].trim().length };
    parts.push({ start: lead, end: lead + leadingTag[0].length });
    lead += leadingTag[0].length;
  }
  // The deadline, else the day scheduled, is the step's due date; a closing stamp, the day it was done.
  const stampKey = (stamp: RegExpExecArray) => stamp[1] ?? 'DEADLINE';
  for (const stamp of stamps.sort((a, b) => STAMP_ORDER.indexOf(stampKey(a)) - STAMP_ORDER.indexOf(stampKey(b)))) {
    const whole = { start: stamp.index, end: stamp.index + stamp[0].length };
    if (stamp[1] === 'CLOSED') {
      doneMark ??= { text: stamp[0], ...whole };
      parts.push(whole);
    } else {
      const day = stamp[2] ?? stamp[3];
      const start = stamp.index + stamp[0].indexOf(day);
      noteDate({ text: day, start, end: start + day.length }, whole);
      parts.push(whole);
    }
  }

  for (const tag of taskPaperTags) {
    const whole = { start: tag.index, end: tag.index + tag[0].length };
    parts.push(whole);
    const key = tag[1].toLowerCase();
    const value = tag[2]?.trim() ?? '';
    const start = tag.index + tag[0].indexOf('(') + 1 + (tag[2] ?? '').indexOf(value);
    if (TASKPAPER_DONE.test(key)) doneMark ??= { text: tag[0], ...whole };
    else if (key === 'due' && isWrittenDate(value)) noteDate({ text: value, start, end: start + value.length }, whole);
    else if (TASKPAPER_OWNER.test(key) && (isOwnerWord(value) || looksLikeOwner(value) || INITIALS.test(value) || BRACKETED_ROLE.test(value))) {
      owner ??= { text: value, start, end: start + value.length };
    }
  }
  // Each notation is looked for only where its key or sign is written at all: most steps have few.
  for (const match of MAY_KEY_OWNER.test(body) ? body.matchAll(KEYED_OWNER) : []) {
    const linked = match[1].startsWith('[[');
    // `Assign: @Dee Harper`: a mention after the key, as Notion writes a person.
    const written = linked ? match[1].slice(2) : match[1].replace(/^@(?=\p{L})/u, '');
    const cut = OWNER_NAME_END.exec(written);
    // `_Attribué à Julie Morel_`: the field in italics, its closing mark no part of the name.
    const name = (cut ? written.slice(0, cut.index) : written).trimEnd().replace(/(?<=\p{L})[*_]+$/u, '');
    if (name.length === 0) continue;
    const start = match.index + match[0].length - written.length;
    // `Owner:: [[Personen/Özdemir]]`: the page's own name, not the folder it is kept in.
    const folder = linked ? name.length - withoutFolder(name).length : 0;
    owner ??= { text: name.slice(folder), start: start + folder, end: start + name.length };
    const end = start + name.length + (linked && body.startsWith(']]', start + name.length) ? 2 : 0);
    // `Owner - Client (Mr. Rao)`: who on that side, in brackets right after, belongs to the field, not to the step's words.
    const remark = linked ? null : OWNER_REMARK.exec(body.slice(end));
    parts.push({ start: match.index, end: end + (remark?.[0].length ?? 0) });
  }
  for (const empty of body.includes(':') ? body.matchAll(EMPTY_FIELD) : []) parts.push({ start: empty.index, end: empty.index + empty[0].length });
  // `on` and `when` may say when something happens (`tell Dan he is free on 17 apr, by sun`): a deadline's key (`due`, `by`, `📅`…) wins.
  // An arrow hands a step to someone: a weekday's letters right after it, before a capitalised name, are a title (`→ Fr. Hutter`, Frau).
  const keyed = [...body.matchAll(KEYED_DUE)].filter((match) => match[1] !== undefined || !titleBeforeName(body.slice(match.index + match[0].length - match[2].length)));
  // A due date's own key (`due`, `deadline`, `📅`, an arrow) wins over `by`, which may be part of the step's words
  // (`ask purchasing to send cost prices by the 28th – due Fri 13 Nov`), and `by` over a day the words only place
  // things by (`before`, `until`, `till`, `on`, `when`). Obsidian Tasks' scheduled day (`⏳`) counts where no due day (`📅`) is given.
  // As a field's key, its colon after it (`When: Fri 4/12`), `when` keys the due date as `by` does: below a deadline's own key
  // (`When: Thu 26/11` over `Deadline: Fri 27 Nov`).
  const placesOn = (match: RegExpMatchArray) => /^(?:on|when)$/iu.test(match[1] ?? '') && !match[0].includes(':');
  const rank = (match: RegExpMatchArray) =>
    placesOn(match) || /^(?:before|until|till)$/iu.test(match[1] ?? '') ? 2 : /^(?:by|on|when)$/iu.test(match[1] ?? '') || match[0].includes('⏳') ? 1 : 0;
  const first = Math.min(...keyed.map(rank));
  const [dueBefore, otherBefore] = [due, otherDue];
  for (const match of keyed.filter((candidate) => rank(candidate) === first)) {
    const start = match.index + match[0].length - match[2].length;
    const whole = { start: match.index, end: match.index + match[0].length };
    noteDate({ text: match[2], start, end: start + match[2].length }, whole);
    // A day the words place the step on (`call Hugo on 14 Dec if …`, `Ich bringe das Pult am 28.11. mit`) stays in them.
    if (placesOn(match)) for (const list of [parts, otherDueParts]) if (list.includes(whole)) list.splice(list.indexOf(whole), 1);
  }
  // That day gives way to one set off after the words (below).
  let placedByWords = first === 2 && (due !== dueBefore || otherDue !== otherBefore);
  // A day placed only by `on` or `when` (`plan envoyé le 24/11`) is one the words mention, as a loose one is.
  const placedOnlyOn = keyed.filter((match) => rank(match) === first).every(placesOn);
  // The scheduled day beside the due day is a field of the task, as its start and created days are, not its words; so is a
  // day keyed as a field, its colon after its key (`When: Thu 26/11` beside `Deadline: Fri 27 Nov`).
  for (const match of keyed) if (rank(match) > first && (match[0].includes('⏳') || (match[1] !== undefined && match[0].includes(':')))) parts.push({ start: match.index, end: match.index + match[0].length });
  // `OLE bis 9.12.: Ansprechpartner nennen`, `Dana by Fri: send the plan`: who, then the day, set off from the words by a colon.
  const dayLead = keyed.find((match) => rank(match) === first && match[1] !== undefined);
  const leadColon = dayLead ? LEAD_COLON.exec(body.slice(dayLead.index + dayLead[0].length)) : null;
  const who = dayLead && leadColon ? body.slice(lead, dayLead.index).trim() : '';
  if (dayLead && leadColon && who.length > 0 && (isOwnerPart(who) || isNameInCapitals(who))) {
    const start = lead + body.slice(lead).indexOf(who);
    // Unless the step names its owner elsewhere: then the words before the day are the step's.
    if (!owner || owner.start === start) {
      owner = { text: who, start, end: start + who.length };
      parts.push({ start, end: dayLead.index + dayLead[0].length + leadColon[0].length });
    }
  }
  // `… – **Dervla** to confirm the room`, `If it's a no: **Siobhán** books a stand`: a bold name, then what they do.
  const boldSubject = !owner && body.includes('**') ? BOLD_SUBJECT.exec(body.slice(lead)) : null;
  if (boldSubject && boldSubject.index > 0 && (looksLikeOwner(boldSubject[1]) || BRACKETED_ROLE.test(boldSubject[1]))) {
    const start = lead + boldSubject.index + boldSubject[0].indexOf(boldSubject[1]);
    owner = { text: boldSubject[1], start, end: start + boldSubject[1].length };
  }
  const bold = BOLD_OWNER.exec(body.slice(lead));
  const taskLabel = bold !== null && namesTheTask(bold[1].trim(), language);
  // `**Aufgabe:** Gutschrift erstellen **Bis:** 28.11.`: a bold label that names the task labels the step's words, and no one.
  if (bold && taskLabel) {
    parts.push({ start: lead, end: lead + bold[0].length });
    lead += bold[0].length;
  } else if (bold && (looksLikeOwner(bold[1]) || INITIALS.test(bold[1].trim()) || lowerCaseLead(bold[1].trim(), language))) {
    const at = lead + bold.index + bold[0].indexOf(bold[1]);
    owner ??= { text: bold[1].trim(), start: at, end: at + bold[1].trim().length };
    parts.push({ start: lead, end: lead + bold[0].length });
  }
  // `Confirmer la formule @[[Nadia Benali]]`: Logseq's mention of a person's page.
  const linkedMention = !owner && body.includes('@[[') ? LINKED_MENTION.exec(body) : null;
  const mentionedName = linkedMention ? linkedPageName(linkedMention[0].slice(1)) : undefined;
  if (linkedMention && mentionedName && (isOwnerWord(mentionedName) || looksLikeOwner(mentionedName))) {
    const start = linkedMention.index + linkedMention[0].indexOf(mentionedName);
    owner = { text: mentionedName, start, end: start + mentionedName.length };
    parts.push({ start: linkedMention.index, end: linkedMention.index + linkedMention[0].length });
  }
  const mention = body.includes('@') ? OWNER_MENTION.exec(body) : null;
  if (mention) {
    const start = mention.index + mention[0].length - mention[1].length;
    // `@Martina Reuter: Nachtrag weiterleiten`: the surname after the mention, where a colon sets the two off as the step's lead.
    const surname = MENTION_SURNAME.exec(body.slice(start + mention[1].length))?.[0] ?? '';
    const name = mention[1] + (FIELD_KEY.test(surname.trim()) ? '' : surname);
    owner ??= { text: name, start, end: start + name.length };
    // `@Marc: send…`, `@Marc : m'envoyer…`: a mention that leads the step takes the colon that sets it off.
    const leads = start - 1 >= lead && body.slice(lead, start - 1).trim() === '';
    const colon = leads ? MENTION_COLON.exec(body.slice(start + name.length)) : null;
    // `— @Luca (capitaine) —`: a remark in brackets right after the mention, set off as a part, is about the person, as after a name.
    const remark = colon ? null : MENTION_REMARK.exec(body.slice(start + name.length));
    parts.push({ start: start - 1, end: start + name.length + (colon?.[0].length ?? remark?.[0].length ?? 0) });
  }
  // `moi : devis → Mme Chauvin`: a lead set off by a colon names who does the step, an arrow after it to whom it goes.
  const colonLead = !owner && body.includes(':') && (body.includes('→') || body.includes('>')) ? leadingOwner(body, lead, language) : undefined;
  if (colonLead && body.slice(colonLead.end, colonLead.whole.end).includes(':')) {
    owner = colonLead;
    parts.push(colonLead.whole);
  }
  if (!owner) {
    // `New retainer agreement → **DK**, due 2026-12-02`: an arrow that hands the step to someone.
    const handed = body.includes('→') || body.includes('>') ? arrowOwner(body) : undefined;
    if (handed) {
      owner = { text: handed.name, start: handed.start, end: handed.start + handed.name.length };
      parts.push({ start: handed.arrow, end: handed.end });
      // The day right after them is the step's, set off by the name as a key sets one off.
      if (handed.date && !due && !otherDue) noteDate(handed.date, { start: handed.end, end: handed.date.end });
    }
  }
  if (!owner) {
    const articled = language?.articledSubject?.exec(body.slice(lead));
    const subject = articled
      ? articled[1] !== undefined
        ? { text: articled[1], start: lead, end: lead + articled[1].length, whole: { start: lead, end: lead } }
        : { text: articled[2], start: lead, end: lead + articled[2].length, whole: { start: lead, end: lead + articled[0].length } }
      : leadingOwner(body, lead, language);
    // `Pitch-Deck: Screens einbauen – wir – bis 1.12.`: a lead set off by a colon is the step's label when a part after its words names who does it.
    const label = subject !== undefined && body.slice(subject.end, subject.whole.end).includes(':') && trailingParts(body).some((part) => !isWrittenDate(part.text));
    // `je vais appeler Hugo — moi`, `Envoyer l'avenant — moi`: a part set off after the words names the owner outright, over the pronoun
    // the sentence opens with or a word read as a subject only because a verb seemed to follow it; so does a side or initials in
    // brackets after such a word (`Dernière facture (moi) – 31.12.`) or a name in square ones (`Ajouter l'étape au guide [Isabelle]`),
    // where a name in round ones is a remark (`Frau Ott liefert… (Nordlicht)`).
    const verbSubject = subject !== undefined && subject.whole.end === subject.whole.start;
    const inBrackets = verbSubject ? ownerInBrackets(body) : undefined;
    const subjectBeforePart =
      subject !== undefined &&
      (FIRST_PERSON.test(subject.text) || verbSubject) &&
      (trailingParts(body).some((part) => !isWrittenDate(part.text) && isOwnerPart(part.text)) ||
        (inBrackets !== undefined && (isOwnerWord(inBrackets.text) || INITIALS.test(inBrackets.text) || body[inBrackets.whole.start] === '[')));
    if (subject && !label && !subjectBeforePart) {
      owner = subject;
      if (subject.whole.end > subject.whole.start) parts.push(subject.whole);
      // `client: Katrin - pay the invoice`: the side, then the one on it who does the step.
      const person = isClientWord(subject.text) && subject.whole.end > subject.end ? PERSON_ON_SIDE.exec(body.slice(subject.whole.end)) : null;
      if (person && looksLikeOwner(person[1])) {
        const start = subject.whole.end;
        owner = { text: person[1], start, end: start + person[1].length };
        parts.push({ start, end: start + person[0].length });
      }
    }
  }
  if (!owner && (body.includes('→') || body.includes('->'))) {
    // `Ersatztermin Herbst 2027 → Kunde meldet sich`, `Reschedule → Sam confirms`: with no one before the arrow, the subject of the verb
    // after it does the step; its words stay whole.
    const arrow = ARROW.exec(body);
    const subject = arrow && arrow.index > lead ? leadingOwner(body, arrow.index + arrow[0].length, language) : undefined;
    if (subject && subject.whole.end === subject.whole.start) owner = subject;
  }
  if (!owner && body.includes('[[')) {
    // Before the parts read so far, the day's above all: `Valider la liste [[Julien Morvan]] 📅 2026-12-02`, Roam's
    // `Approve the invoice #[[Gary Lindgren]] by [[December 3rd, 2026]]`.
    const link = TRAILING_PAGE_LINK.exec(blanked(body, [...parts, ...otherDueParts]));
    const name = link?.[1].trim();
    if (link && name && (isOwnerWord(name) || looksLikeOwner(name)) && !NOT_THE_OWNER_BEFORE.test(body.slice(0, link.index))) {
      const start = link.index + link[0].indexOf(name);
      owner = { text: name, start, end: start + name.length };
      parts.push({ start: link.index, end: link.index + link[0].length });
    }
  }
  let dateAloneInBrackets = false;
  for (const part of trailingParts(body)) {
    if (isWrittenDate(part.text)) {
      // A day set off after the words is the step's, over one the words place things on: `… pour le 8 et le 9/12 — moi — 27/11`.
      if (placedByWords) {
        [due, otherDue] = [dueBefore, otherBefore];
        placedByWords = false;
      }
      noteDate(part, part.whole);
      if ((due ?? otherDue)?.start === part.start) dateAloneInBrackets = /\([ \t]*$/u.test(body.slice(0, part.start)) && /^[ \t]*\)/u.test(body.slice(part.end));
    } else if (!owner) {
      owner = part;
      parts.push(part.whole);
    }
  }
  // The item's first line may close with its owner, its fields on the lines under it (`Envoyer le récapitulatif — moi` over
  // `Échéance : mer. 25 nov.` and `Rappel : …`, as Microsoft To Do's tasks paste).
  const firstLineEnd = owner ? -1 : body.indexOf('\n');
  if (firstLineEnd > 0 && isFieldLine(body.slice(firstLineEnd + 1).split('\n', 1)[0])) {
    const part = trailingParts(body.slice(0, firstLineEnd)).find((each) => !isWrittenDate(each.text));
    if (part) {
      owner = part;
      parts.push(part.whole);
    }
  }
  // After the parts set off after the words, which name the owner outright (`Freigabe durch Amtsleitung – PA –`).
  const agent = !owner && language?.agent ? language.agent.exec(body) : null;
  if (agent) {
    // The words stay whole: `Signature du devis par Pierre Garnier` says what is done, by whom.
    const start = agent.index + agent[0].length - agent[1].length;
    owner = { text: agent[1], start, end: start + agent[1].length };
  }
  if (!owner) {
    const bracketed = ownerInBrackets(body);
    if (bracketed) {
      owner = bracketed;
      parts.push(bracketed.whole);
    }
  }
  // `Un issue par annonce (ich, erledigt 19.11.)`, `(me, done 11/19)`: who, then that it is done, in the closing bracket read as the done mark.
  const doneBy = !owner && trailingDone && doneMark?.start === trailingDone.index ? DONE_BY.exec(trailingDone[0]) : null;
  if (trailingDone && doneBy && isOwnerPart(doneBy[1])) {
    const start = trailingDone.index + doneBy[0].indexOf(doneBy[1]);
    owner = { text: doneBy[1], start, end: start + doneBy[1].length };
  }
  if (!owner) {
    // `Train two staff — me — after the board approves, by 2026-12-18`, `Handover meeting – OS – propose a date by 27.11.`: a side,
    // initials or a titled name (`— Mme Vasseur — à la remise du volume, avant le 4 décembre`) set off by dashes on both sides, a
    // condition after them.
    for (const dashed of body.includes('—') || body.includes('–') || body.includes(' - ') ? body.matchAll(DASHED_SIDE) : []) {
      const name = dashed[1].trim();
      // Or a side with someone else (`– ich + Julia –`).
      const together = name.split(TOGETHER);
      const withSide = together.length === 2 && together.some(isOwnerWord) && looksLikeOwner(name);
      // Or a name, where the day follows it: `— Brian — Dec 9 board meeting`.
      const dated = () => looksLikeOwner(name) && !notASubject(name.split(/\s+/u)[0], language) && DATE_AHEAD.test(body.slice(dashed.index + dashed[0].length));
      if (!isOwnerWord(name) && !INITIALS.test(name) && !isNameInCapitals(name) && !isTitledName(name) && !withSide && !dated()) continue;
      const start = dashed.index + dashed[0].indexOf(name);
      owner = { text: name, start, end: start + name.length };
      parts.push({ start: dashed.index, end: dashed.index + dashed[0].length });
      break;
    }
  }
  // `3 pairing sessions with Yemisi (2 hrs each), Segun to book them by 2026-11-30`, `Committee vote … — Dana to confirm the vote
  // by 12/14`: the subject of a later clause, with no one named before it. Its words stay whole.
  if (!owner && /[,;:—–]|[ \t]-[ \t]/u.test(body)) owner = subjectOfLaterClause(body, lead, language);
  const looseDue = !due && !otherDue;
  if (looseDue) {
    // With no key or mark, the last day the step names that says its month: `Send the floor plan 10 December`.
    // Not one inside a part read as the owner: `→ Fr. Hutter` is Frau Hutter, though `Fr.` is Friday too.
    // Nor one that says when the step was asked for (`Waiting for: Dr. Patel – protocol v4 (asked 11/18)`): it is no deadline.
    let loose: RegExpMatchArray | undefined;
    // Nor one that names a thing by its day (`checks the Oct 8 thread`), where `by the Dec 4 deadline` names the deadline.
    for (const match of body.matchAll(LOOSE_DATE)) {
      if (!parts.some((part) => match.index >= part.start && match.index < part.end) && !askedOn(body, match.index) && !namesAThing(body, match)) loose = match;
    }
    // Else a day the step ends with: `Derek signs + mails the letter 11/20`, `final masters Mon 7th`; or a day in
    // figures before the parts read after it, `Envoyer le devis le 4/12 (moi)` (`les cafés de Noël — Elif` names no day).
    const trailing = trailingDate(body.trimEnd());
    loose ??= trailing && !askedOn(body, trailing.index) ? trailing : undefined;
    if (!loose) {
      const beforeParts = trailingDate(body.slice(0, beforeTrailingParts(body, parts)));
      if (beforeParts && /\d/u.test(beforeParts[1]) && !askedOn(body, beforeParts.index)) loose = beforeParts;
    }
    if (loose?.index !== undefined) noteDate({ text: loose[1], start: loose.index, end: loose.index + loose[1].length }, { start: loose.index, end: loose.index + loose[0].length });
  }
  // The state in pictures closing a step's parts goes with them: `Relevé — moi — avant le 13/11 ⏳` is `Relevé`.
  const pictures = owner || due || otherDue ? CLOSING_PICTURES.exec(body) : null;
  if (pictures) parts.push({ start: pictures.index, end: body.length });
  parts.push(...stateParts);
  return { owner, due, otherDue, doneMark, parts, looseDue: (looseDue || (placedByWords && placedOnlyOn)) && (due !== undefined || otherDue !== undefined), dateAloneInBrackets, otherDueParts };
}

/** A due key of any language, after an owner's bracket in the middle of a step: `(Anna) by Friday`, `(Léa) pour le 4`. */
const DUE_KEY_AFTER = new RegExp(`^[ \\t]+(?:${anyPackPhrase((pack) => [...pack.steps.deadlineKeys, ...pack.steps.dueKeys])}|${DUE_KEYS}|before|on|till)(?![\\p{L}\\p{N}])`, 'iu');

/**
 * `Quote for options 1 and 2 (me) 📅 2026-12-02`, `Stock list to Freitas (me), by 15/01/2027`: the first bracket holding nothing but an
 * owner, anywhere. Initials are an owner only where the step's date or its due key follows them, the place of its parts (`Pay INV-0412a (PN) Fri 13 Nov`,
 * `Karte an Lisa (JF) bis 4.12.`):
 * elsewhere `(PDF)` and `(EOI)` are words.
 */
function ownerInBrackets(body: string): TrailingPart | undefined {
  for (const bracket of body.includes('(') || body.includes('[') ? body.matchAll(BRACKETED_OWNER) : []) {
    const inside = (bracket[1] ?? bracket[2]).trim();
    // `(Me, Kev on the ladder)`: a side first, then a remark, names the side; then someone else (`(Me, Kev)`) names two people.
    const sideFirst = /^([^,;]{1,12}?)[ \t]*[,;][ \t]*/u.exec(inside);
    const remark = sideFirst ? inside.slice(sideFirst[0].length) : '';
    // `(Rezeption, Fr. Aydin)`, `(Accounts, Jane Doe)`: where someone works, then who, by a title or a full name; where `(Me, Kev)` are two people.
    const placeThenPerson = PLACE_THEN_PERSON.exec(inside);
    const person =
      placeThenPerson && !isOwnerWord(placeThenPerson[1]) && (isTitledName(placeThenPerson[2]) || (/\s/u.test(placeThenPerson[2].trim()) && looksLikeOwner(placeThenPerson[2])))
        ? placeThenPerson[2]
        : undefined;
    const name = sideFirst && isOwnerWord(sideFirst[1]) && !isOwnerWord(remark) && !looksLikeOwner(remark) && !INITIALS.test(remark) && !isWrittenDate(remark) ? sideFirst[1] : (person ?? inside);
    const after = body.slice(bracket.index + bracket[0].length);
    // Labels in square brackets side by side or after a card's title in bold, as Deck and Trello paste a card's (`[Domaine] [Förderung]`,
    // `**Parkplatz organisieren** [Familie]`), name no one.
    if (bracket[2] !== undefined && (/^[ \t]*\[/u.test(after) || /(?:\]|\*\*|__)[ \t]*$/u.test(body.slice(0, bracket.index)))) continue;
    const initialsBeforeDate = INITIALS.test(name) && (isWrittenDate(after.replace(/^[ \t]*[,—–-]?[ \t]*/u, '')) || DUE_KEY_AFTER.test(after));
    // `— 18 Nov (Wed)`: a weekday or a day in brackets says when, not who.
    if (isWrittenDate(name)) continue;
    if (!isOwnerWord(name) && !looksLikeOwner(name) && !BRACKETED_ROLE.test(name) && !initialsBeforeDate) continue;
    // `Joint recount with Salim (electrician)`: a role after a name amid the step's words says who that one is, not who does the step.
    if (BRACKETED_ROLE.test(name) && !isOwnerWord(name) && !INITIALS.test(name) && NAME_BEFORE_BRACKET.test(body.slice(Math.max(0, bracket.index - NAME_BEFORE_BRACKET_REACH), bracket.index))) continue;
    // `un glossaire partagé (SharePoint) avec notification`: a name in brackets amid the step's words names a thing, where a
    // side, initials, a due key or a day after it (`(Anna) by Friday`, `(Sam) tomorrow`) say who does it.
    if (/\p{L}/u.test(body.slice(0, bracket.index)) && /^[ \t]+\p{Ll}/u.test(after) && !isOwnerWord(name) && !INITIALS.test(name) && !DUE_KEY_AFTER.test(after) && leadingWrittenDate(after.trim()) === undefined) continue;
    const start = bracket.index + bracket[0].indexOf(name);
    return { text: name, start, end: start + name.length, whole: { start: bracket.index, end: bracket.index + bracket[0].length } };
  }
  return undefined;
}

/** A capitalised name after a word of the step, right before a bracket: `… with Salim `. Looked back from the bracket only, over a bounded stretch. */
const NAME_BEFORE_BRACKET = /\p{L}[ \t]+\p{Lu}\p{Ll}{1,30}[ \t]*$/u;
/** How far before a bracket the name it follows is looked for. */
const NAME_BEFORE_BRACKET_REACH = 40;

/** A department or role of one or two capitalised words, a comma, then a person: `Rezeption, Fr. Aydin`. */
const PLACE_THEN_PERSON = /^(\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*)?)[ \t]*,[ \t]*([^,;]{2,40})$/u;

/** A day between `the` and a noun, with no word before them that says by when: `the Oct 8 thread`, `the 11/3 call`. */
function namesAThing(body: string, match: RegExpMatchArray): boolean {
  const at = match.index ?? 0;
  return THE_BEFORE.test(body.slice(Math.max(0, at - 12), at)) && /^[ \t]+\p{Ll}/u.test(body.slice(at + match[0].length));
}
const THE_BEFORE = /(?<!(?:by|before|until|till|on|for)[ \t]+)(?<![\p{L}\p{N}])the[ \t]+$/iu;

/** Where the words of a step end before the parts it ends with (`(moi)`), the blanks and brackets around them left out. */
function beforeTrailingParts(body: string, parts: ReadonlyArray<{ start: number; end: number }>): number {
  return blanked(body, parts).replace(EMPTY_END, '').length;
}

// Matched from the start of its run only: tried from anywhere in a long run of blanks, it is quadratic.
const EMPTY_END = /(?<![\s()[\]])[\s()[\]]+$/u;

/** A group's noun after a role, then `to` or `will`: `Marketing team to confirm`, `Finance dept will pay`. */
const GROUP_BEFORE_TO = /^[ \t]+\p{Ll}+[ \t]+(?:to|will)[ \t]+\p{Ll}/u;

/** Words a lower-case writer sets off by a colon that name a topic, not a person: `budget: confirm by 3 dec`. */
const LABEL_WORDS = new Set(
  'context why risk idea q ps eta date budget scope status blocker blocked issue problem next later maybe optional bonus important urgent tbc tbd wip edit cost price fee rate payment contract deliverable deliverables milestone phase stage step task item goal outcome result plan question answer'.split(' '),
);

/** Verbs a step starts with: `Send`, `Update docs`, `Tell the contractors`. */
const STEP_VERBS = new Set(
  (
    'add agree align approve archive arrange ask assess attach audit book brief bring build buy calculate call cancel chase check ' +
    'choose circulate clarify clean close collect compile complete confirm connect consider contact copy correct cost create ' +
    'cut decide define delete deliver deploy design discuss do document draft drop edit email estimate evaluate explain export ' +
    'file fill film finalise finalize find finish fix flag follow forward gather get give go handle hand hire hold host ' +
    'implement include inform install invite invoice issue keep launch let list log look mail make map mark meet merge message ' +
    'migrate move negotiate order organise organize outline pay phone pick ping plan post prepare present price print ' +
    'prioritise prioritize produce propose provide publish push put quote raise read rebook record reduce refund register remind ' +
    'reply report request research reschedule resend reserve resolve respond restart return review revise rework run save ' +
    'schedule scope send set settle share ship shoot sign sketch sort source split start submit summarise summarize supply ' +
    'take talk tell test text think track transfer translate try turn update upload use validate verify visit wait walk ' +
    'write'
  ).split(' '),
);
/** First names that are also in STEP_VERBS (`Mark the invoice as paid`, `Chase the deposit`); only those are kept from being a subject. */
const FIRST_NAMES_THAT_ARE_VERBS = new Set(['mark', 'chase']);
/** Words that start a step without naming who does it: verbs (`Send`, `Update docs`), articles, labels. */
const NOT_A_SUBJECT = new Set([
  ...'a an the this that these those our my your their his her its all each every any some no new next first final last other another'.split(' '),
  ...'note notes nb fyi re update status reminder question decision agreed option risk action todo done follow following'.split(' '),
  // A condition's word opens a clause, never names who does the step: `If yes: sprint call booked — NOOR — Thurs (Dec 3)`.
  ...'if when once unless otherwise else'.split(' '),
  ...STEP_VERBS,
]);

/**
 * The one who does the step, written as its subject: `Owen to confirm the guest list`,
 * `Client will send the logo`, `Me → send the floor plan`, `Dana: send the brief`,
 * `**Misaki** sends the preset`, `Ellie films the venue`. The lead is a side (`me`,
 * `client`, `we`) or one to three capitalised words that are not a verb, an article or a
 * label (`Send`, `The`, `Note`), or two such names joined by `and` (`Marcus and Jen will
 * pick`), so that `Update docs` and `Note: the venue is booked`
 * name no one. With a verb in `-s` (`Ellie films`), the whole text stays the step's words.
 */
function leadingOwner(text: string, from: number, language?: LanguageReading): (WrittenPart & { whole: { start: number; end: number } }) | undefined {
  const joined = JOINED_LEAD.exec(text.slice(from));
  if (joined && isJoinedOwners(joined[1], language)) {
    return { text: joined[1], start: from, end: from + joined[1].length, whole: { start: from, end: from + joined[0].length } };
  }
  const role = ROLE_LEAD.exec(text.slice(from));
  // The name may carry a remark in brackets before what links it to the step: `Client (Accounts) to pay`, `GP (for the firm): decide`,
  // `Frau Dr. Berger (Verlag) schickt…`.
  // Or where they work, before `to` or `will`: `Pete from GreenEdge will start planting`.
  // `Client AP`, `Client HR`: the client's department, read whole as a name below.
  const lead = role ? null : LEAD_OWNER.exec(text.slice(from));
  if (!lead && !role) return undefined;
  const bold = lead?.[2] !== undefined;
  const name = (role?.[1] ?? lead?.[2] ?? lead?.[3] ?? lead?.[4] ?? lead?.[5] ?? lead?.[6] ?? '').trim();
  // `@ aileen - add…`, `jenna: sign off…`: as writers who write in lower case set a name off.
  // `Due: 2026-12-22`, `Owner: Josh`: a field's key is no one, whatever its case; nor is a label (`Important: book the hall`, as OneNote tags a line).
  // Nor is the word for the task itself (`Card: Chase the balance`, `Karte: Lazy Loading wieder aktivieren`), in English or the note's language.
  if (FIELD_KEY.test(name) || LABEL_WORDS.has(name.toLowerCase()) || namesTheTask(name, language)) return undefined;
  const lowerLead = lead?.[5] !== undefined || (lead?.[6] !== undefined && !LABEL_WORDS.has(name.toLowerCase()));
  const matched = (role ?? lead)![0];
  const side = lead?.[3] !== undefined || isOwnerWord(name);
  // `Neues Angebot (ich) – fällig: 17.11.`: a bracket that names a side is the owner, and the words before it the step.
  const remark = lead && !side ? /\(([^()]*)\)$/u.exec(matched.trimEnd()) : null;
  if (remark && isOwnerWord(remark[1].trim())) return undefined;
  const rest = text.slice(from + matched.length);
  // A colon with a letter right after it joins a word (German's `Mitarbeiter:innen`), it sets off no one. A bare `>` between blanks
  // is an arrow typed on a phone (`moi > facture solde > jeu 10/12`).
  const link = /^[ \t]*(?:→|->|=>|⇒|:(?![\p{L}\p{N}])|—|–)[ \t]*|^[ \t]+[->][ \t]+|^[ \t]+(?:to|will|shall|must|needs?[ \t]+to|has[ \t]+to|is[ \t]+to|can)[ \t]+(?!be\b)(?=\p{Ll}|OK(?![\p{L}\p{N}]))|^['’]ll[ \t]+(?=\p{Ll})/u.exec(rest);
  // A dash sets off an owner only before the step's words: `Homepage — 2026-12-06`, `Offerte Reporting – per 4.12.`, `Homepage — Dana`
  // and `Kurzfassung Bericht – LB` are the words, then their parts.
  const afterDash = link && /[—–-]/u.test(link[0]) ? rest.slice(link[0].length).split(/(?<!\s)\s+[—–-]\s+|[,;(]/u)[0].trim() : undefined;
  const linked = afterDash !== undefined && (afterDash === '' || isWrittenDate(afterDash.replace(DUE_KEY_LEAD, '')) || looksLikeOwner(afterDash) || INITIALS.test(afterDash)) ? null : link;
  // Initials (`DK: send the plan`, `Lea — top-800 list`) name someone when set off as the lead; elsewhere `PDF` is no one.
  const boldRole = bold && BRACKETED_ROLE.test(name);
  // A name in capitals is set off by a colon (`CALLUM: hidden test page`); before an arrow it is a format (`HEIC → JPEG`).
  const named =
    role !== null ||
    looksLikeOwner(name) ||
    boldRole ||
    (linked !== null && lowerLead) ||
    (linked !== null && name.split(/(?<!\s)\s+(?:and|&)\s+|[ \t]?\/[ \t]?(?=\p{Lu})/u).every((person) => INITIALS.test(person) || (isNameInCapitals(person) && linked[0].includes(':')) || looksLikeOwner(person) || DEPARTMENT.test(person)));
  // The step's verb after what sets the lead off: `Mark Tupou: send`, `Mark — decide on the pad`.
  const verbFollows = linked !== null && STEP_VERBS.has(/^\p{L}+/u.exec(rest.slice(linked[0].length))?.[0].toLowerCase() ?? '');
  // A first name that is also a word (`Mark Tupou:`, `Will Chen:`) is a name when a surname follows, a colon sets them off and a verb
  // follows; one that is also a step's verb, before what the person delivers too (`Mark Devlin: first draft of the case study`, as
  // Claap's next steps write them), where `Update Docs: the new API` is a task.
  const fullName =
    linked !== null &&
    linked[0].includes(':') &&
    /^\p{Lu}\S*\s+\p{Lu}\p{Ll}/u.test(name) &&
    (verbFollows || FIRST_NAMES_THAT_ARE_VERBS.has(name.split(/\s+/u, 1)[0].toLowerCase()));
  // `Mark to send the specs`, `Mark will call`, `Mark — decide on the pad`: a first name that is also a step's verb names its subject
  // where a verb cannot be followed by `to` or `will` (`Call to confirm` is a call, made to confirm), nor set off from its object.
  const nameNotVerb =
    linked !== null && FIRST_NAMES_THAT_ARE_VERBS.has(name.toLowerCase()) && (/^(?:[ \t]+(?:to|will|shall|must)[ \t]|['’]ll)/u.test(linked[0]) || (verbFollows && /[:—–→>-]/u.test(linked[0])));
  // A name with a particle between its capitalised words is a name whatever its first word (`Atelier Lorrain du Bois →`).
  const particled = name.split(/\s+/u).slice(1, -1).some((word) => NAME_PARTICLES.has(word));
  // A group of people the pack names is a verb's subject whatever its ending says (`Buchhaltung überweist…`); set off by a dash,
  // the same word may be a thing (`Leitung HAK–Garage ziehen`: a cable).
  const group = linked === null && language !== undefined && namesPeople(name.split(/\s+/u)[0]);
  if (!named || (!side && !role && !boldRole && !fullName && !nameNotVerb && !particled && !group && notASubject(name.split(/\s+/u)[0], language))) return undefined;
  // Where every noun is capitalised (German), two nouns joined before a verb are things (`Logo und Farben schicken`,
  // `Referenz/Testimonial anfragen`): only set off by a colon or an arrow are they people (`Jana und Malte: Liste schicken`), or each
  // by their title (`Dr. Faller und Frau Stößer stimmen ab`).
  const joinedNouns = name.split(JOINED_BY_WORD).length > 1 ? name.split(JOINED_BY_WORD) : name.split(/[ \t]?\/[ \t]?/u);
  if (!linked && language?.pack.tone.capitalisedNouns === true && joinedNouns.length > 1 && !joinedNouns.every((person) => isTitledName(person))) return undefined;
  const start = from + (bold ? matched.indexOf(lead![2]) : lead?.[5] !== undefined ? matched.indexOf(lead[5]) : 0);
  const owner = { text: name, start, end: start + name.length };
  // `Owen to confirm…` leaves `confirm…`: the step's words without their subject.
  if (linked) return { ...owner, whole: { start: from, end: from + matched.length + linked[0].length } };
  // `Ellie films the venue`, `**Misaki** sends…`: a name, then a verb in -s; `Ffion & Luke pick…`,
  // `bride sends…`, `the couple send…`: people or a role, then a verb. The words stay whole.
  const together = TOGETHER.test(name);
  // A role capitalised alone as the step's first word names a thing as often (`Venue walkthrough`, `Printer test`): a step's verb
  // (`Parents pay the deposit`) or one in -s (`Venue confirms`) must follow it.
  const roleAsSubject = role !== null && (!/^\p{Lu}\p{Ll}+$/u.test(name) || STEP_VERBS.has(/^[ \t]+(\p{Ll}+)\b/u.exec(rest)?.[1] ?? '') || GROUP_BEFORE_TO.test(rest));
  // A plural noun, not a verb, when a passive or a copula follows: `Certified copies to be couriered`, `Signed contracts are due`.
  // No verb ends in -ss, -us or a longer -is: `Weekly status call`, `Access review`, `Crisis plan` start with a noun.
  const verb = together || roleAsSubject ? /^[ \t]+\p{Ll}+\b/u : (language?.subjectVerb ?? /^[ \t]+(?!\p{Ll}*(?:ss|us|\p{Ll}is)\b)\p{Ll}+s\b(?![ \t]+(?:to[ \t]+be|are|were|will[ \t]+be|should[ \t]+be|must[ \t]+be)\b)/u);
  // `they owe me the shortlist`, `you send the logo` (`vous envoyez`): the other side, with a plural verb; `I send Kai the checklist`, `we meet again`,
  // `Ich schicke …`, `Je relance …` (the pack's `ich`, `je` read as `me`): the first person, with its own.
  const pronoun = /^(?:they|you)$/iu.test(name) || FIRST_PERSON.test(name);
  const verbAfter = pronoun ? /^[ \t]+\p{Ll}+\b/u : verb;
  // Both sides' word is no verb, whatever it ends with: `Recette ensemble, 30 min en visio` (`ensemble`, read as `we`) is done together.
  const sideAfter = isBothWord(/^[ \t]+(\p{L}+)/u.exec(rest)?.[1] ?? '');
  const future = language?.futureAfterFullName !== undefined && (FULL_NAME.test(name) || isTitledName(name)) && language.futureAfterFullName.test(rest);
  if ((!side || pronoun || /client$/iu.test(name)) && !sideAfter && (verbAfter.test(rest) || future)) return { ...owner, whole: { start: from, end: from } };
  return undefined;
}

/** A first name and a surname, or more names, each capitalised: `Oliver Quast`. */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * A clause's opening after a comma, a semicolon, a dash or a colon: where a later subject may stand (`… — Dana to confirm the vote by
 * 12/14`; after a topic, as Copilot's follow-up tasks open: `Signed letter: Marisol will review and sign …`).
 */
const LATER_CLAUSE = /(?:[,;]|(?<=\S):|(?<=[ \t])[—–-])[ \t]+(?=\p{L})/gu;

/** What links a later clause's subject to its verb: `to` or `will`, as in `Segun to book them`, `Ana will send it`. */
const LINKED_BY_TO_OR_WILL = /[ \t](?:to|will)[ \t]+$/u;

/**
 * The subject of a later clause, linked to its verb by `to` or `will`: `…, Segun to book them`. A day is
 * no subject (`…, Monday to confirm`).
 */
function subjectOfLaterClause(body: string, lead: number, language: LanguageReading | undefined): WrittenPart | undefined {
  for (const clause of body.slice(lead).matchAll(LATER_CLAUSE)) {
    const subject = leadingOwner(body, lead + clause.index + clause[0].length, language);
    if (!subject || !LINKED_BY_TO_OR_WILL.test(body.slice(subject.end, subject.whole.end))) continue;
    if (isWrittenDate(subject.text) || WHOLE_WEEKDAY.test(subject.text)) continue;
    return { text: subject.text, start: subject.start, end: subject.end };
  }
  return undefined;
}

/** People joined as the lead of a step, then what links them to it: `ME + CALLUM: test upload`, `Me & Dana → send the plan`. */
const JOINED_LEAD = /^([^:→>\r\n]{3,60}?)[ \t]*(?::(?![\p{L}\p{N}])|→|->|(?<=[ \t])>(?=[ \t]))[ \t]*/u;

/**
 * Whether the lead holds two people or sides joined (`ME + CALLUM`, `me & Dana`, `JB + client`), each a side, initials, a
 * name in capitals or a capitalised word no step opens with (`Draft + Send` are what is done); or, as writers who write in lower
 * case set a name off alone (`jenna: sign off…`), a word in lower case no step opens with (`jess + tom: pick the song`,
 * `moi + hélène : point volumes`).
 */
function isJoinedOwners(lead: string, language: LanguageReading | undefined): boolean {
  const people = lead.trim().split(TOGETHER);
  const lowerCaseName = (person: string) => LOWER_CASE_NAME.test(person) && !LABEL_WORDS.has(person) && !notASubject(person, language);
  return (
    people.length === 2 &&
    people.every(
      (person) =>
        isOwnerWord(person) || INITIALS.test(person) || isNameInCapitals(person) || (looksLikeOwner(person) && !notASubject(person.split(/\s+/u)[0], language)) || lowerCaseName(person),
    )
  );
}

/** One word in lower case, as LEAD_OWNER reads a name set off alone: `jess`, `hélène`. */
const LOWER_CASE_NAME = new RegExp(`^${LOWER_CASE_NAME_WORD}$`, 'u');

/** A word in lower case set in bold as a step's lead (`**devon:**`): a name, unless it is a field's key, a label or no subject (`**due:**`, `**fyi:**`). */
function lowerCaseLead(word: string, language: LanguageReading | undefined): boolean {
  return LOWER_CASE_NAME.test(word) && !FIELD_KEY.test(word) && !LABEL_WORDS.has(word) && !notASubject(word, language);
}

/** A word that opens a step and is never its subject, in English or in the note's language: `Send`, `The`, `Note`; `Envoyer`, `Envoi`. */
function notASubject(word: string, language: LanguageReading | undefined): boolean {
  return NOT_A_SUBJECT.has(word.toLowerCase()) || isParticiple(word) || language?.notSubject.test(word) === true;
}

/**
 * A step's verb as its participle, before the thing done: `Signed contracts back by Dec 4`, `Updated files to Ana`,
 * `Anonymised versions of both case studies` (each read as a name, then a verb in -s). No name ends in `-ised`, `-ized` or
 * `-ated`, nor is it a step's verb with `-ed` (`Alfred`, `Ahmed` are no verb's).
 */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !lower.endsWith('ed')) return false;
  if (/(?:is|iz|at)ed$/u.test(lower)) return true;
  return [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), `${lower.slice(0, -3)}y`].some((stem) => STEP_VERBS.has(stem));
}

/** The first person, as English writes it and as the packs' `ich`, `je` are written over: the subject of a sentence. */
const FIRST_PERSON = /^(?:i|we|me)$/iu;

/** A name and a department in capitals, set off as the lead of a step: `Keystone AP: pay the invoice`, `Acme HR: …`. */
const DEPARTMENT = /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]+\p{Lu}{2,4}$/u;
/**
 * The departments and officers a firm's capitals name, where no colon says the words lead the step (`- Lakeshore AP -`,
 * `Quiet Harbor AP pays…`): accounts payable and receivable, HR, IT, the PM, the PA, the chiefs; not `Reprint RSVP` or `Druckdaten CMYK`.
 */
const TEAM_IN_CAPITALS = /^(?:AP|AR|HR|IT|PM|PA|EA|CEO|CFO|COO|CTO|CMO)$/u;

/**
 * Two or three capital letters: someone's initials, as the lead of a step. Not a file's format, which says what is delivered
 * (`Send the report (PDF) Fri 4 Dec`, `Stems — WAV — by Friday`), nor a word written in capitals (`récap envoyé le 19, OK`, `FYI`); `NB` and `PS` may well be someone's.
 */
const INITIALS = /^(?!(?:PDF|CSV|PNG|JPG|GIF|SVG|EPS|TIF|RAW|WAV|MOV|AVI|DOC|XLS|PPT|ZIP|PSD|TXT|RTF|ODT|ICS|XML|CSS|OK|FYI|ETA|WIP|FAQ)$)\p{Lu}{2,3}$/u;

/**
 * A name in capitals, set off as a part of the step as some writers mark who does it
 * (`— NOOR —`, `– DANA –`); not a word that says the step's state or priority (`— URGENT`).
 */
function isNameInCapitals(text: string): boolean {
  return /^\p{Lu}{4,15}$/u.test(text) && !STATE_WORDS.has(text.toLowerCase());
}

const STATE_WORDS = new Set(
  'urgent asap high medium low todo note open pending blocked waiting ongoing optional important critical review draft final hold later next none paid sent done closed cancelled canceled dropped declined approved accepted rejected confirmed booked maybe tbd tbc'.split(' '),
);

/** Whether a name is someone's initials (`BK`, `GW`): set off as a step's lead or as a label over steps, they name a person. */
export function isInitials(text: string): boolean {
  return INITIALS.test(text.trim());
}

/**
 * People a step can name by their role rather than their name, lowercase as often as not:
 * `bride sends the shot list`, `the couple pick an option`, `planner (Sophie) sends her
 * notes`, `their CTO: decide`, someone's (`Bride's mom to send final numbers`).
 */
const ROLES = [
  'bride', 'groom', 'couple', 'planner', 'venue', 'caterer', 'florist', 'photographer', 'videographer', 'designer', 'developer',
  'accountant', 'bookkeeper', 'lawyer', 'agency', 'studio', 'printer', 'supplier', 'vendor', 'contractor', 'manager', 'pm',
  'cto', 'ceo', 'cfo', 'coo', 'founder', 'director', 'finance', 'legal', 'procurement', 'marketing', 'assistant', 'editor',
  'customer', 'gc', 'homeowner', 'painter', 'electrician', 'plumber', 'carpenter', 'installer', 'architect', 'engineer',
  'physicist', 'surveyor', 'builder', 'landlord', 'tenant', 'treasurer', 'chair', 'secretary', 'coach',
  'mom', 'mum', 'dad', 'mother', 'father', 'parents', 'sister', 'brother',
];
/**
 * A role in brackets, as the owner of a step: `(contractor)`, `(GC)`, `(homeowners)`, `(the cabinet shop)`, `(owners' group)`, `(client's legal)`, `Mr. Greer's office`;
 * after an article or a possessive, with a word that says which: `— the finance manager —`, `— their comms director —`.
 */
const BRACKETED_ROLE = new RegExp(
  `^(?:(?:the|their|our|my|(?:the[ \\t]+)?(?:client|customer)['’]s)[ \\t]+(?:\\p{L}[\\p{L}-]*[ \\t]+(?=(?:${ROLES.join('|')})s?$))?)?(?:(?:${ROLES.join('|')})s?|(?:${TITLE_WORDS}\\.?[ \\t]+)?\\p{L}+(?:['’]s|s['’])?[ \\t]+(?:shop|group|team|office|board|crew|compliance|legal|finance|procurement|marketing|accounts))$`,
  'iu',
);
const ROLE_LEAD = new RegExp(
  `^((?:(?:the|their|our|my|his|her|\\p{L}+['’]s)[ \\t]+)?(?:${ROLES.join('|')})(?:[ \\t]+\\([^()\\r\\n]{1,40}\\))?)(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A name, then a keyed field in the same part: `Ronny 📅 2026-12-04`, `me due 4 Dec`, `Hana ^nov 13`. From the part's start only, and a name's length. */
const NAME_BEFORE_KEY = new RegExp(`^([^\\r\\n]{1,40}?)[ \\t]+(?=(?:${FIELD_KEYS})(?![\\p{L}\\p{N}])|📅|\\^[\\p{L}\\p{N}])`, 'iu');
/** A weekday's short form, then a capitalised name: `Fri Hutter`, as `→ Fr. Hutter` reads in German's words written over. */
function titleBeforeName(text: string): boolean {
  const weekday = LEADING_WEEKDAY.exec(text);
  return weekday !== null && /^\p{Lu}\p{Ll}/u.test(text.slice(weekday[0].length));
}
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY}[ \\t]+`, 'iu');
/**
 * A part keyed as a field (`Action:` too, which keys an owner in brackets), `@name`, or Remember The Milk's `^nov 13`: read above,
 * not again as a trailing part.
 */
const KEYED_PART = new RegExp(`^(?:(?:${FIELD_KEYS})(?![\\p{L}\\p{N}])|action[ \\t]*:|📅|@|${RTM_DUE.source})`, 'iu');

/**
 * The owner or date parts after a step's words: `— me — 2026-12-03`, `, Dana, 3 Dec`, or a
 * closing `(me, 2026-12-03)`. Read from the end while each part is a date, a name or a
 * keyed `owner:`/`due` (read above); the step's words themselves are never taken.
 */
function trailingParts(written: string): TrailingPart[] {
  const found: TrailingPart[] = [];
  // A state in pictures closing the step is no part of its words or of its last part: `— moi — 21 nov. ⏳`; nor are an event's hours
  // after its day, as Google Calendar copies them (`ven. 27 nov. ⋅ 15:00 – 16:30`).
  const text = written.replace(CLOSING_PICTURES, '').replace(CALENDAR_HOURS, '');
  // A closing bracket, unless it holds the weekday of the date before it (`11/20 (Fri)`, `18 Nov (Wed)`).
  const closing = /\(((?:[^()]|\([^()]*\))*)\)\s*$/u.exec(text);
  const bracket = closing && !(WHOLE_WEEKDAY.test(closing[1].trim()) && trailingDate(text.slice(0, closing.index).trimEnd()) !== null) ? closing : null;
  // Inside a closing bracket every piece must be read; then the parts before it are read
  // too: `– Hemi Walker (Due: Fri 11 Dec)`. A bracket that is a remark stays the step's words, and the parts before it
  // are read all the same: `— moi — 11/12 (au plus tard)`.
  if (bracket) readParts(text, bracket.index + 1, bracket.index + 1 + bracket[1].length, true, found);
  // A full stop closing the item as a sentence (`— Client — 12/04/2026.`) is no part of its last piece.
  const trimmed = text.trimEnd();
  readParts(text, 0, bracket ? bracket.index : trimmed.length - (/[^.]\.$/u.test(trimmed) ? 1 : 0), false, found);
  return found;
}

type TrailingPart = WrittenPart & { whole: { start: number; end: number } };

/** A part of a step in bold or italics whole: `**Jonas**`, `_moi_`; its words are the second group. */
const EMPHASISED_PART = /^(\*\*|__|\*|_)([^*_\r\n]+)\1$/u;

/** An event's hours after its day, as Google Calendar copies them: ` ⋅ 15:00 – 16:30`. */
const CALENDAR_HOURS = new RegExp(String.raw`(?<=\S)[ \t]*⋅[ \t]*${HOUR}(?:[ \t]*[–—-][ \t]*${HOUR})?[ \t]*$`, 'iu');

/** Pictures after a step's last word, as a state (`⏳`, `🔄`): looked for after a blank only, so a long run of blanks is not tried from each of its blanks. */
const CLOSING_PICTURES = /(?<=\S)(?:[ \t]+\p{Extended_Pictographic}\uFE0F?)+[ \t]*$/u;

/** Someone, then `via` and the one the step goes through: `photograveur via Marc`. One to three words each side. */
const VIA_PART = /^(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t]+via[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})$/u;

/** Someone and the team or firm they act for, set off by a slash: `— Rachel / Keystone AP —`, `— Dale / AP —`. */
function nameAndTeam(text: string): boolean {
  // From a blank run's start only: tried from each of its blanks, a long run is quadratic.
  const sides = text.split(/(?<![ \t])[ \t]+\/[ \t]+/u);
  return sides.length === 2 && sides.every((side) => isOwnerWord(side) || looksLikeOwner(side) || INITIALS.test(side) || isNameInCapitals(side));
}

/** Two to four words, letters only, capitalised: a noun and what follows it, `Direction des achats`, `Service comptabilité`. */
const NOUN_PHRASE = /^\p{Lu}[\p{L}'’-]{2,30}(?:[ \t]+[\p{L}'’-]{1,30}){1,3}$/u;

/** One word in lower case, letters only: `dana`, `bride`. */
export const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}'’-]{1,19}$/u;

/** The last colon of a piece of a step and what follows it, to its end: `Devis v2 : moi`. */
const COLON_PART = /(?<=\S)[ \t]*:[ \t]+([^:]{1,40})$/u;

/**
 * The parts of `text` from `start` to `end` set off by separators, read from the end while
 * each is a date, a name or a keyed field. Outside brackets the first piece is the step's
 * words; inside (`everyPiece`), a piece that is none of them makes the bracket a remark:
 * false then, and nothing is added.
 */
function readParts(text: string, start: number, end: number, everyPiece: boolean, found: TrailingPart[]): boolean {
  const pieces: Array<{ start: number; end: number; separatorStart: number }> = [];
  let from = start;
  let separatorStart = start;
  SEPARATOR.lastIndex = start;
  for (let match = SEPARATOR.exec(text); match && match.index < end; match = SEPARATOR.exec(text)) {
    if (match[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    pieces.push({ start: from, end: match.index, separatorStart });
    separatorStart = match.index;
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end, separatorStart });
  const read: TrailingPart[] = [];
  let stopped = 0;
  for (let index = pieces.length - 1; index >= (everyPiece ? 0 : 1); index--) {
    const piece = pieces[index];
    const raw = text.slice(piece.start, piece.end);
    // A part in bold or italics is read without its marks: `– **Jonas** – Fr 11.12.`; they go with it.
    const emphasised = EMPHASISED_PART.exec(raw.trim());
    const words = emphasised ? emphasised[2] : raw.trim();
    const at = piece.start + raw.indexOf(words);
    // What a part read whole takes with it: the piece inside brackets, else its separator before it up to its last word or mark.
    const whole = everyPiece ? { start: piece.start, end: piece.end } : { start: piece.separatorStart, end: at + words.length + (emphasised?.[1].length ?? 0) };
    // `… – SL – bis 20.11. –` before a done mark (`– ok`): the closing separator sets off nothing, nor does an empty cell of a row
    // set off by pipes (`| GM | | Open`).
    if (KEYED_PART.test(words) || (words.length === 0 && !everyPiece)) continue;
    // An alternative closing the step after its date (`— 18/12, ou 8/1 si avenant signé`, `— Fri 4/12, otherwise Mon`): a remark,
    // the parts before it read.
    if (!everyPiece && index === pieces.length - 1 && index >= 2 && ALTERNATIVE_LEAD.test(words) && isWrittenDate(text.slice(pieces[index - 1].start, pieces[index - 1].end))) continue;
    // A remark set off by a comma closing the step after its day, where a dash set off who does it: `— moi — le 30/11, à son retour`,
    // `– ich – 30.11., nach ihrer Rückkehr`. The parts before it are read.
    if (!everyPiece && index === pieces.length - 1 && index >= 3 && text.slice(piece.separatorStart, piece.start).trim() === ',' && !isOwnerPart(words) && !isWrittenDate(words)) {
      const day = text.slice(pieces[index - 1].start, pieces[index - 1].end).trim();
      const owner = pieces[index - 2];
      if (isWrittenDate(day.slice(PLACING_LEAD.exec(day)?.[0].length ?? 0)) && /[—–]/u.test(text.slice(owner.separatorStart, owner.start)) && isOwnerPart(text.slice(owner.start, owner.end).trim())) continue;
    }
    // A name with a remark in brackets: `Tom Blake (Client IT)`, `Sophie (AP)`.
    const open = words.endsWith(')') ? words.lastIndexOf('(') : -1;
    const bare = open > 0 && words.length - open <= 32 && !words.slice(0, open).includes('(') ? words.slice(0, open).trimEnd() : undefined;
    // A role set off whole in brackets between the parts: `— (clinic compliance) —`.
    const role = open === 0 && !words.slice(1).includes('(') && BRACKETED_ROLE.test(words.slice(1, -1).trim()) ? words.slice(1, -1).trim() : undefined;
    if (role) {
      const roleAt = at + words.indexOf(role);
      read.push({ text: role, start: roleAt, end: roleAt + role.length, whole });
      continue;
    }
    // `— [[Jean-François Delvaux]] —`, `— @[[Nadia]] —`: a person's page, linked or mentioned, as outliners name people.
    const linkedName = words.includes('[[') ? linkedPageName(words.replace(/^@/u, '')) : undefined;
    if (linkedName && (isOwnerWord(linkedName) || looksLikeOwner(linkedName))) {
      const nameAt = at + words.indexOf(linkedName);
      read.push({ text: linkedName, start: nameAt, end: nameAt + linkedName.length, whole });
      continue;
    }
    // `— photograveur via Marc —`, `— printer via Sam —`: who does it, and through whom; the part names them both.
    const through = VIA_PART.exec(words);
    if (through && isOwnerPart(through[2])) {
      read.push({ text: words, start: at, end: at + words.length, whole });
      continue;
    }
    const name = bare && (looksLikeOwner(bare) || INITIALS.test(bare) || isNameInCapitals(bare)) ? bare : words;
    // A role (`— bride —`, `— the venue —`), or one word in lower case where the date follows it, set off by a dash as writers who
    // write in lower case set off who does it (`— dana — fri 11/13`); after a comma, a word is one of a list (`fix, ship, deploy`).
    // So is a department, a noun that names people first, where the date follows it (`— Direction des achats — lun. 30/11`), and a
    // trade with its article (`— le confectionneur — lun. 18/01/2027`).
    const dateAfter = read.length > 0 && isWrittenDate(read[read.length - 1].text);
    const lowerOwner =
      !everyPiece &&
      /[—–-]/u.test(text.slice(piece.separatorStart, piece.start)) &&
      (BRACKETED_ROLE.test(words) ||
        (dateAfter && (LOWER_CASE_WORD.test(words) || isArticleAndNoun(words) || (NOUN_PHRASE.test(words) && namesPeople(words.split(/\s+/u, 1)[0])))));
    // `— me, on Friday 4 December`, `– ich, im Januar 2027`: a day the words would place things on is the due date where it closes
    // the parts after the owner's.
    const before = index > 0 ? pieces[index - 1] : undefined;
    const placed = PLACING_LEAD.exec(words);
    if (placed && before && isWrittenDate(words.slice(placed[0].length)) && /[—–]/u.test(text.slice(before.separatorStart, before.start)) && isOwnerPart(text.slice(before.start, before.end).trim())) {
      read.push({ text: words.slice(placed[0].length), start: at + placed[0].length, end: at + words.length, whole });
      continue;
    }
    if (words.length > 0 && (isWrittenDate(words) || looksLikeOwner(name) || INITIALS.test(name) || isNameInCapitals(name) || lowerOwner || nameAndTeam(name))) {
      read.push({ text: name, start: at, end: at + name.length, whole });
      continue;
    }
    // `– Ronny 📅 2026-12-04`, `— me by 4 Dec`, `– OS due Friday`: a side, initials or a name before a keyed date (read above) in the
    // same piece; a capitalised word only before `📅` or `due`, as `– Terminvorschlag bis 27.11.` and `– Approval by Friday` say what.
    const beforeKey = NAME_BEFORE_KEY.exec(words);
    const head = beforeKey?.[1];
    const named = head !== undefined && /^(?:📅|due|\^)/iu.test(words.slice(head.length).trimStart()) && looksLikeOwner(head) && !notASubject(head.split(/\s+/u)[0], undefined);
    if (head && (isOwnerWord(head) || INITIALS.test(head) || isNameInCapitals(head) || named)) {
      read.push({ text: head, start: at, end: at + head.length, whole: everyPiece ? { start: piece.start, end: at + head.length } : { start: piece.separatorStart, end: at + head.length } });
      continue;
    }
    if (everyPiece) return false;
    stopped = index;
    break;
  }
  // `Devis v2 : moi`, `Valider le devis : Mme Garnier, sous huitaine`, `Envoi facture : TV, pour lundi`: a side, initials or a titled
  // name set off by a colon after the words; a name without a title is not (`UH: Freigabe Sprecherhonorar` is a lead, then the words,
  // German's nouns capitalised).
  const last = everyPiece ? undefined : pieces[stopped];
  const colon = last ? COLON_PART.exec(text.slice(last.start, last.end).trimEnd()) : null;
  if (last && colon && (isOwnerWord(colon[1]) || INITIALS.test(colon[1]) || isTitledName(colon[1]))) {
    const nameAt = last.start + colon.index + colon[0].length - colon[1].length;
    read.push({ text: colon[1], start: nameAt, end: nameAt + colon[1].length, whole: { start: last.start + colon.index, end: nameAt + colon[1].length } });
  }
  found.push(...read);
  return true;
}

/** The words that place a day in the words, before it, in any language a pack knows: `on`, `in`, `am`, `le`. */
export const PLACING_WORDS = anyPackPhrase((pack) => pack.placingWords);
/** What places a day in the words, before it: `on Friday`, `in January 2027`, `im Januar 2027`. */
const PLACING_LEAD = new RegExp(`^(?:${PLACING_WORDS})[ \\t]+(?:the[ \\t]+)?(?=\\S)`, 'iu');

/** A part that names who does the step: a side, a name, initials. */
function isOwnerPart(text: string): boolean {
  return text.length > 0 && (isOwnerWord(text) || looksLikeOwner(text) || INITIALS.test(text));
}

/** A word of any language a pack knows that opens an alternative: `or`, `ou`, `sonst`. */
const ALTERNATIVE_LEAD = new RegExp(`^(?:${OR_WORD})(?![\\p{L}\\p{N}])`, 'iu');

/** A day and month in figures set off by dots, closing a part of a step: `24.11`, whose closing dot German writes after it. */
const DOTTED_DAY_END = /(?<![\d.])\d{1,2}\.\d{1,2}$/u;

/**
 * `Send the timeline (owner: me, due: 2026-11-21)` → `Send the timeline`: a step's words
 * without the owner and YYYY-MM-DD date written in them, for messages and the recap. A
 * date written another way stays: it is the only place the day is said. `notation` is the
 * words' notation when it has been read already.
 */
export function withoutNotation(words: string, notation = readStepNotation(words)): string {
  const parts = [...notation.parts].sort((a, b) => a.start - b.start);
  let kept = '';
  let at = 0;
  for (const part of parts) {
    // Parts may overlap (a state set off between the owner and the day, inside the day's part): one goes on where the other ends.
    if (part.end <= at) continue;
    kept += words.slice(at, Math.max(at, part.start));
    // `Mail an Herrn Kurz — 24.11.`: the full stop after a day and month in dotted figures is the day's, not the sentence's.
    at = part.end + (words[part.end] === '.' && DOTTED_DAY_END.test(words.slice(part.start, part.end)) ? 1 : 0);
  }
  kept += words.slice(at);
  return kept
    // A bracket its parts leave empty but for what set them off: `(KH -- 10/23/26)`, `(me, 30/11)`.
    .replace(/[([][\s,;–—-]*[)\]]/gu, '')
    // `— **Owner:** Priya | **Due:** 12/1` and `… **Responsible:** KH. **Due:** 11/19/26.` without their fields leave no empty bold
    // and no pipe between them.
    .replace(/(\*\*|__)[ \t|.]*\1/gu, ' ')
    // `… No. 1. Responsible party: me. Target date: …` without its fields keeps one full stop.
    .replace(/\.(?:[ \t]*\.)+/g, '.')
    // `… — Assign: @Dee — Due: @Nov 16 by 5pm ET` without its fields keeps one dash: `… — by 5pm ET`; `… — Assignee: Marcus · Due: Nov 13
    // (merged 11/11)`, `… — (merged 11/11)`.
    // A bold field's opening mark left alone, its field gone: `Gutschrift erstellen **Bis:** 28.11.`, `Régler la facture — **Responsable :** Karim — …`.
    .replace(/(?<=^|[\s–—|·])(?:\*\*|__)(?=[\s–—|·,;]|$)/gu, '')
    // `Deck final — **When** Wed 12/2, 6pm` without its field keeps no dash before the hour left: `Deck final, 6pm`.
    // From a run's start only: tried from each blank of a long run, it is quadratic.
    .replace(/(?<![ \t–—·])(?:[ \t]*[–—·])+[ \t]*(?=[,;])/gu, '')
    .replace(/([–—·])(?:[ \t]*[–—·])+/gu, '$1')
    // `(owner: me, due: 30/11)` without its owner is `(due: 30/11)`, not `(, due: 30/11)`; after the dashes before a comma are gone,
    // so none of them leaves one (`( — , Send`).
    .replace(/([([])\s*(?:[,;]\s*)+/g, '$1')
    // The trailing run of dashes, commas, pipes, middle dots and blanks, matched from its start only: a match
    // free to start anywhere in a long run of blanks backtracks quadratically.
    .replace(/(?<![\s\-–—,;:|·/])[\s\-–—,;:|·/]+$/, '')
    // `D'ici le 4/12, je relance le client` without its date: `je relance le client`, no comma before it; `Wer: ich / Was: …`
    // without its owner, no slash; `Waiting for: Dr. Patel – protocol v4` without its owner, no dash.
    .replace(/^(?:[\s,;]|[/–—](?=\s))+/u, '')
    .replace(/[ \t]+/g, ' ')
    // `I'll send the timeline by the 10th.` without its date ends `the timeline.`, not `the timeline .`.
    .replace(/ ([.!?])$/u, '$1')
    // `valider le devis avant le 10, merci` without its date: `valider le devis, merci`.
    .replace(/ ,/gu, ',')
    .trim();
}

/** A day and month parted by a slash, its year after another, alone or after a weekday (`03/11`, `thu 03/11/2026`). */
const DAY_FIRST_SLASHED = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d/])/u;

/**
 * The day a date written another way names, YYYY-MM-DD, read as a reader of the note
 * would read it: `30/11/2026`, `4.12.2026` (dots are day first), `2026/11/30`,
 * `11 December 2026`, `Nov 30, 2026`; and, against the day of the conversation (`from`),
 * a day and month without a year (`Dec 10`, `Fri 4 Dec`: the first such day from a couple
 * of months before the conversation on), a weekday (`Friday`, `next Friday`: the first one
 * after it), `today`, `tomorrow`, `end of week`, `end of month`. Undefined where a reader
 * could not tell the day: `03/04/2026` and `5/12` (day and month could be swapped), unless
 * `order` says which comes first where the note writes its dates (`slashedDateOrder`),
 * `next week`, `ASAP`, or a relative day without the conversation's date. A two-digit
 * year is this century's (`27/11/26`).
 */
export function dayOfWrittenDate(written: string, from?: string, order?: SlashedDateOrder, language: LanguagePack = ENGLISH): string | undefined {
  // A schedule says no one day, but the day it ends on, where it gives one (`every Friday until 18/12/2026`), is its last.
  if (language === ENGLISH && isRecurringDue(written)) {
    const end = SCHEDULE_END.exec(written.trim())?.[1];
    return end === undefined ? undefined : dayOfWrittenDate(end, from, order);
  }
  if (language !== ENGLISH) {
    const english = inEnglishNotation(written, language);
    if (language.steps.slashedDates !== 'day-first' || order === 'month-first') return dayOfWrittenDate(english, from, order);
    // Where the language writes its day first, and the note shows no other habit, a slash parts the day and month as a dot
    // does: `jeu. 03/11` is 3 November with a slip of the weekday, never the Thursday 11 March that English's reading would find.
    return dayOfWrittenDate(english.replace(DAY_FIRST_SLASHED, (_slashed, day: string, month: string, year: string | undefined) => `${day}.${month}${year === undefined ? '' : `.${year}`}`), from, 'day-first');
  }
  const cut = written
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    // `the fourth of december`, `friday the eleventh`: the day in figures, as the rest reads it.
    .replace(SPELLED_DAY, (spelled) => `${spelledDay(spelled)}th`)
    .replace(/^the (?=\d{1,2}(?:st|nd|rd|th)? (?:of )?\p{L})/u, '');
  if (cut !== written.trim().toLowerCase().replace(/\s+/gu, ' ')) return dayOfWrittenDate(cut, from, order);
  // `2026/12/04 (Fri)`, `12/4 (Fri)`: a weekday in brackets after the day reads as one before it.
  const weekdayAfter = new RegExp(` ?[(（](${WEEKDAY})[)）](?: \\d{1,2}:\\d{2})?$`, 'u').exec(cut);
  if (weekdayAfter) return dayOfWrittenDate(`${weekdayAfter[1]} ${cut.slice(0, weekdayAfter.index)}`, from, order);
  // `Thurs (Dec 3)`: the day in brackets after a weekday reads as one after it, unbracketed.
  const dayAfter = new RegExp(`^((?:(?:eod|cob) )?${WEEKDAY}) ?[(（]([^()（）]+)[)）]$`, 'u').exec(cut);
  if (dayAfter) return dayOfWrittenDate(`${dayAfter[1]} ${dayAfter[2]}`, from, order);
  // `2026/11/06 18:00`: the hour says nothing of the day.
  const hour = / \d{1,2}:\d{2}$/u.exec(cut);
  if (hour && /\d/u.test(cut.slice(0, hour.index))) return dayOfWrittenDate(cut.slice(0, hour.index), from, order);
  const text = written
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/\.$/u, '')
    // `end of next wk`: the week abbreviated.
    .replace(/(?<!\p{L})wk(s?)(?!\p{L})/gu, 'week$1')
    // `4-Dec-2026`, `8-Jan-27`, as spreadsheets write a day: read as `4 Dec 2026`; `Dec-04` as `Dec 04`;
    // `30-Nov`, `monday 30-nov`: without its year, as `30 Nov`.
    .replace(/(^| )(\d{1,2})[-/]([a-z]{3,9}\.?)(?:[-/](\d{2}|\d{4}))?$/u, (_whole, lead: string, day: string, month: string, year: string | undefined) =>
      `${lead}${day} ${month}${year === undefined ? '' : ` ${year.length === 2 ? 2000 + Number(year) : year}`}`,
    )
    .replace(/^([a-z]{3,9}\.?)-(\d{1,2})$/u, '$1 $2')
    // `w/e 12th` (the week ending on it) and a lone `30th` are that day of the month; `EOD Fri` is Friday.
    .replace(/^(?:w\/e )?(\d{1,2}(?:st|nd|rd|th))$/u, 'the $1')
    .replace(new RegExp(`^(?:eod|cob|end of day)(?: ${TIME_ZONE})? `, 'u'), '')
    // `friday eod`: the end of that day is that day.
    .replace(new RegExp(`(?<=${WEEKDAY}) (?:eod|cob|end of (?:the )?day)$`, 'u'), '');
  const reference = from !== undefined && isRealDate(from) ? from : undefined;
  // `w/c 7th`, week commencing: the week that starts that day, done by its Friday.
  if (text.startsWith('w/c ')) {
    const start = dayOfWrittenDate(text.slice(4), from, order);
    return start && addDays(start, 4);
  }
  // A weekday before the day (`Wed 12/2`) tells which of two readings is meant.
  // `Fri    , 27.11.`: a weekday written over by English's keeps the blanks that pad it before its comma.
  const weekdayLead = new RegExp(`^(${WEEKDAY})(?: ?,)? (?:the )?(?=\\d|${MONTH})|^(${SHORT_WEEKDAY})(?: ?,)? (?=\\d)`, 'u').exec(text);
  const withoutWeekday = weekdayLead ? text.slice(weekdayLead[0].length) : text;
  const leadingWeekday = weekdayLead?.[1] ?? weekdayLead?.[2];
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(withoutWeekday);
  if (yearFirst) return realDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  // `4.12.2026`, `4.12.` and `4.12` (the closing dot taken off above): dots are day first.
  const dotted = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})?)?$/u.exec(withoutWeekday);
  if (dotted) return withYear(Number(dotted[2]), Number(dotted[1]), dotted[3]?.length === 2 ? String(2000 + Number(dotted[3])) : dotted[3], reference);
  // `30/11/2026`, `11/30`, `Tue 12/8`: day first or month first, whichever alone makes a day (on that weekday, when one is written).
  const slashed = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?$/u.exec(withoutWeekday);
  if (slashed && (slashed[3] !== undefined || withoutWeekday.includes('/') || KEYED_DASHED_DAY.test(withoutWeekday))) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    const year = slashed[3]?.length === 2 ? String(2000 + Number(slashed[3])) : slashed[3];
    const dayFirst = withYear(second, first, year, reference);
    const monthFirst = withYear(first, second, year, reference);
    const real = [...new Set([monthFirst, dayFirst])].filter((day): day is string => day !== undefined);
    const onWeekday = real.filter((day) => !leadingWeekday || weekdayOf(day) === weekdayNumber(leadingWeekday));
    // A weekday neither reading falls on is a slip of the weekday (`jeudi 27/11`, a Friday): the figures say the day, as dots' do,
    // where one reading alone is a day or the writer's habit picks one; else nothing tells which (`Mon 12/2`).
    const readings = onWeekday.length > 0 ? onWeekday : real.length === 1 || order ? real : [];
    if (readings.length === 1) return readings[0];
    // Two real days: the one the writer's habit reads.
    if (readings.length === 2 && order) return order === 'day-first' ? dayFirst : monthFirst;
    // Both on the weekday written (`Tue 12/1`: 1 December and 12 January 2027): the one nearer the conversation.
    if (readings.length === 2 && weekdayLead && reference) return Math.abs(daysBetween(readings[0], reference)) <= Math.abs(daysBetween(readings[1], reference)) ? readings[0] : readings[1];
    return undefined;
  }
  // `KW 49`, `end of KW 49`: the Friday of that ISO week, the one from two months before the conversation on.
  const week = /^(?:end of )?(?:(?:kw|cw|wk|week) ?|w)(\d{1,2})(?:\/(\d{4}))?$/u.exec(text);
  if (week) return week[2] ? fridayOfWeekIn(Number(week[2]), Number(week[1])) : reference ? fridayOfWeek(Number(week[1]), reference) : undefined;
  const ordinal = /^the (\d{1,2})(?:st|nd|rd|th)$/u.exec(text) ?? /^(\d{1,2})$/u.exec(text);
  if (ordinal) return reference ? nextDayOfMonth(reference, Number(ordinal[1])) : undefined;
  // `Fri 27th`, `Wednesday the 21st`: the first 27th from the conversation on that falls on a Friday.
  const weekdayOrdinal = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(withoutWeekday);
  if (weekdayOrdinal && leadingWeekday && reference) {
    for (let day = nextDayOfMonth(reference, Number(weekdayOrdinal[1])), months = 0; day && months < 12; day = nextDayOfMonth(addDays(day, 1), Number(weekdayOrdinal[1])), months++) {
      if (weekdayOf(day) === weekdayNumber(leadingWeekday)) return day;
    }
    return undefined;
  }
  const named =
    new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?:,? (\\d{4}))?$`, 'u').exec(withoutWeekday) ??
    new RegExp(`^(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`, 'u').exec(withoutWeekday);
  if (named) {
    const dayFirst = /^\d/u.test(named[1]);
    const month = monthNumber(dayFirst ? named[2] : named[1]);
    return withYear(month, Number(dayFirst ? named[1] : named[2]), named[3], reference);
  }
  if (!reference) return undefined;
  if (text === 'today' || text === 'tonight' || text === 'eod' || text === 'cob' || text === 'end of day' || text === 'end of the day') return reference;
  if (text === 'tomorrow' || text === 'tmrw' || text === 'tmw') return addDays(reference, 1);
  const daysAfter = /^t ?\+ ?(\d{1,2})$/u.exec(text);
  if (daysAfter) return addDays(reference, Number(daysAfter[1]));
  const weekday = new RegExp(`^(?:(?:this|next|coming) )?(${WEEKDAY})$`, 'u').exec(text);
  if (weekday) return nextWeekday(reference, weekdayNumber(weekday[1]));
  // `next week Wed`, `Thursday of next week`: from the Monday after the conversation, Sunday its seventh day.
  const nextWeeksDay = new RegExp(`^(?:(?:next|coming) week,? (?:on )?(${WEEKDAY})|(${WEEKDAY}),? (?:of )?(?:next|coming) week)$`, 'u').exec(text);
  if (nextWeeksDay) return addDays(nextWeekday(reference, 1), (weekdayNumber(nextWeeksDay[1] ?? nextWeeksDay[2]) + 6) % 7);
  // The Friday after the conversation: said on a Friday, the end of the week is the next one, as a step is due after the talk that sets it.
  if (/^(?:eow|end of (?:the )?week)$/u.test(text)) return nextWeekday(reference, 5);
  if (text === 'end of next week') return addDays(nextWeekday(addDays(reference, -1), 5), 7);
  if (/^(?:eoy|end of (?:the )?year)$/u.test(text)) return `${reference.slice(0, 4)}-12-31`;
  if (text === 'christmas' || text === 'xmas') return withYear(12, 24, undefined, reference);
  const within = /^(?:within|in) (a|one|two|three|four|\d{1,2}) (day|week|fortnight)s?$/u.exec(text);
  if (within) return addDays(reference, (COUNT_WORDS[within[1]] ?? Number(within[1])) * (within[2] === 'day' ? 1 : within[2] === 'week' ? 7 : 14));
  const withinHours = /^(?:within|in) (\d{1,3}) ?(?:h|hrs?|hours?)$/u.exec(text);
  if (withinHours) return addDays(reference, Math.floor(Number(withinHours[1]) / 24));
  if (text === 'end of next month') return lastDayOfMonth(addDays(lastDayOfMonth(reference), 1));
  // Early in a month is done by its 10th, the middle by its 15th, late in it or its end by its last day.
  const monthPart = new RegExp(`^(?:early|beginning of|start of|mid|mi(?=-)|middle of) ?-?(${MONTH})$`, 'u').exec(text);
  if (monthPart) return withYear(monthNumber(monthPart[1]), /^(?:mid|mi-|middle)/u.test(text) ? 15 : 10, undefined, reference);
  const monthEnd = new RegExp(`^(?:eom|end of (?:the )?month|(?:end of|end|late) ?-?(${MONTH})|(${MONTH}) (\\d{4}))$`, 'u').exec(text);
  if (monthEnd) {
    const named = monthEnd[1] ?? monthEnd[2];
    const month = named ? monthNumber(named) : Number(reference.slice(5, 7));
    const first = monthEnd[3] ? realDay(Number(monthEnd[3]), month, 1) : withYear(month, 1, undefined, reference);
    if (!first) return undefined;
    return lastDayOfMonth(first);
  }
  return undefined;
}


const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

const SPELLED_DAY = new RegExp(`(?<![\\p{L}])${SPELLED_ORDINAL}(?![\\p{L}])`, 'gu');
const SPELLED_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const SPELLED_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** The number of a day spelled out: `fourth` 4, `twenty-eighth` 28, `thirtieth` 30. */
function spelledDay(spelled: string): number {
  if (spelled === 'twentieth') return 20;
  if (spelled === 'thirtieth') return 30;
  const teen = SPELLED_TEENS.indexOf(spelled);
  if (teen >= 0) return 10 + teen;
  const tens = spelled.startsWith('twenty') ? 20 : spelled.startsWith('thirty') ? 30 : 0;
  return tens + SPELLED_UNITS.indexOf(spelled.replace(/^(?:twenty|thirty)[- ]?/u, '')) + 1;
}

/** Which of day and month a note writes first in a date with slashes (`30/11`), when its dates say. */
export type SlashedDateOrder = 'day-first' | 'month-first';

const SLASHED_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/])|(?<=\b(?:before|by|until|due|deadline) )(\d{1,2})-(\d{1,2})(?![\d-])|(?<![\d-])(\d{1,2})-(\d{1,2})-\d{4}(?![\d-])/gu;
/** A day and month joined by a hyphen, read only after a deadline's key (`before 23-10`). */
const KEYED_DASHED_DAY = /^\d{1,2}-\d{1,2}$/u;

/**
 * How a writer orders day and month, from the dates of theirs that only one order can read
 * (`16/11/2026` is day first, `11/30` month first): each writer keeps one habit, so that
 * their `10/11/2026` is 10 November when they also wrote `16/11`. When none of their dates
 * can be read only one way, but they write two or more without a year and only one order
 * keeps every one of them within the season of the conversation (`12/01` and `12/04` in a
 * note of 20 November: 1 and 4 December, not 12 January and 12 April; `9/2` is either), that order is theirs;
 * a single such date (`5/12`) says nothing, unless it is one of `knownDays` (the days the
 * frontmatter writes in full) read one way and not the other: `12/04` beside `due: 2026-12-04`. Undefined when their dates do not say, or say both.
 */
export function slashedDateOrder(text: string, conversation?: string, knownDays: readonly string[] = []): SlashedDateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  const yearless: Array<[number, number]> = [];
  const known = { dayFirst: false, monthFirst: false };
  for (const match of text.matchAll(SLASHED_DATE)) {
    const [first, second] = [Number(match[1] ?? match[3] ?? match[5]), Number(match[2] ?? match[4] ?? match[6])];
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true;
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true;
    else if (first >= 1 && first <= 12 && second >= 1 && second <= 12) {
      if (match[0].split('/').length === 2) yearless.push([first, second]);
      // The day as the frontmatter writes it too (`due: 2026-12-04` beside `12/04`): one order reads it so, the other not.
      const monthDay = (month: number, day: number) => `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const asMonthFirst = knownDays.some((day) => day.endsWith(monthDay(first, second)));
      const asDayFirst = knownDays.some((day) => day.endsWith(monthDay(second, first)));
      if (asMonthFirst !== asDayFirst) known[asMonthFirst ? 'monthFirst' : 'dayFirst'] = true;
    }
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'day-first' : 'month-first';
  if (!dayFirst && known.dayFirst !== known.monthFirst) return known.dayFirst ? 'day-first' : 'month-first';
  if (dayFirst) return undefined;
  return orderInSeason(yearless, conversation);
}

/**
 * The order an English writer's days in words keep, for their days in figures when these say none: `Thu 19 Nov` and `27 Nov` are
 * day first, as British and Commonwealth writers then write `01/12`; `Nov 19` month first, as American ones do. Undefined when they
 * write both, or none. Not in French or German, whose days in words are always day first, whatever their figures.
 */
export function orderOfDaysInWords(text: string): SlashedDateOrder | undefined {
  const dayFirst = DAY_THEN_MONTH.test(text);
  const monthFirst = MONTH_THEN_DAY.test(text);
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}
const DAY_THEN_MONTH = new RegExp(`(?<![\\p{L}\\p{N}/.-])\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH}(?![\\p{L}])`, 'iu');
const MONTH_THEN_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}/.:])`, 'iu');

/** The order that alone keeps every date without a year within the season of the conversation, when there are two or more. */
function orderInSeason(yearless: ReadonlyArray<readonly [number, number]>, conversation: string | undefined): SlashedDateOrder | undefined {
  if (conversation === undefined || yearless.length < 2) return undefined;
  const year = Number(conversation.slice(0, 4));
  const inSeason = (month: number, day: number) =>
    [year - 1, year, year + 1].some((near) => {
      const read = realDay(near, month, day);
      return read !== undefined && Math.abs(daysBetween(conversation, read)) <= SEASON_DAYS;
    });
  const monthFirstFits = yearless.every(([first, second]) => inSeason(first, second));
  const dayFirstFits = yearless.every(([first, second]) => inSeason(second, first));
  return monthFirstFits === dayFirstFits ? undefined : monthFirstFits ? 'month-first' : 'day-first';
}

/** How far from a conversation the days its note names fall, as a reader expects: about four months either way. */
const SEASON_DAYS = 120;

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_PREFIXES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function monthNumber(name: string): number {
  return MONTH_PREFIXES.findIndex((prefix) => name.startsWith(prefix)) + 1;
}

function weekdayNumber(name: string): number {
  // `th`, `tu`: a weekday in two letters is the start of its prefix.
  return WEEKDAY_PREFIXES.findIndex((prefix) => name.startsWith(prefix) || (name.length === 2 && prefix.startsWith(name)));
}

function realDay(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** The day in the year written, else the first such day from two months before `reference` on. */
function withYear(month: number, day: number, year: string | undefined, reference: string | undefined): string | undefined {
  if (year !== undefined) return realDay(Number(year), month, day);
  if (!reference) return undefined;
  const referenceYear = Number(reference.slice(0, 4));
  const earliest = addDays(reference, -61);
  const thisYear = realDay(referenceYear, month, day);
  if (thisYear && thisYear >= earliest) return thisYear;
  return realDay(referenceYear + 1, month, day);
}

/** The first day after `day` that is the given weekday (0 = Sunday). */
function nextWeekday(day: string, weekday: number): string {
  return addDays(day, ((weekday - weekdayOf(day) + 6) % 7) + 1);
}


/** The Friday of ISO week `week` in the year of `reference`, else of the next year, from two months before `reference` on. */
function fridayOfWeek(week: number, reference: string): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const earliest = addDays(reference, -61);
  for (const year of [Number(reference.slice(0, 4)), Number(reference.slice(0, 4)) + 1]) {
    const friday = fridayOfWeekIn(year, week);
    if (friday && friday >= earliest) return friday;
  }
  return undefined;
}

/** The Friday of an ISO week of a year (`KW 49/2026`). */
function fridayOfWeekIn(year: number, week: number): string | undefined {
  if (week < 1 || week > 53) return undefined;
  // 4 January is always in week 1.
  const fourth = `${year}-01-04`;
  return addDays(addDays(fourth, -((weekdayOf(fourth) + 6) % 7)), (week - 1) * 7 + 4);
}


/** The first day from `day` on that is that day of a month: `the 14th`, said on the 24th, is the 14th of the next month. */
function nextDayOfMonth(day: string, dayOfMonth: number): string | undefined {
  let [year, month] = day.split('-').map(Number);
  // A day of the month every month has is found within two months; the 31st within three.
  for (let tries = 0; tries < 3; tries++) {
    const candidate = realDay(year, month, dayOfMonth);
    if (candidate && candidate >= day) return candidate;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return undefined;
}
