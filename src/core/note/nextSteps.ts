import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { calloutTitle } from './callouts';
import { conversationDay, dayToReadDatesAgainst, daysToReadDatesAgainst, locateYamlPath, readableEntries } from './frontmatter';
import type { Note, Section } from './parseNote';
import { withoutComments, type NotePrivacy } from './privacy';
import { paragraphLabel } from './labels';
import { linkedPageName } from './pageLinks';
import { hasOnlyScaffolding, hasPlaceholder, isBracedAlone } from './placeholders';
import { ALTERNATIVE_SEPARATOR, familyName, fieldOwner, isArticleAndNoun, isOwnerWord, namesARole, notePeople, ownerKey, settledSideOf, sideOf, wordsOfPeoplesNames, type Side } from './owners';
import { bracketedWrittenDate, dayAmongWords, LOWER_CASE_WORD, dayOfDoneMark, rangeEndDate, dayOfWrittenDate, dueKeyLength, isFieldLine, opensAsTodo, isInitials, isWrittenDate, leadingWrittenDate, looksLikeOwner, orderOfDaysInWords, PLACING_WORDS, readStepNotation, statusSaysDone, statusSaysOpen, slashedDateOrder, TASK_GROUP_WORDS, TASK_WORDS, withoutDoneMark, withoutNotation, type SlashedDateOrder, type StepNotation } from './stepNotation';
import { withinEditDistance } from '../base/editDistance';
import { normalizeHeading } from '../base/headings';
import { misspeltNextSteps } from './sections';
import { isRealDate } from '../base/days';
import type { LanguagePack } from '../lang/pack';
import { anyPackPhrase, ENGLISH, LANGUAGE_PACKS } from '../lang/packs';
import { opensWithDoneWord } from '../lang/stepWords';

export { withoutNotation } from './stepNotation';

/**
 * A next step as written in one place: an item of the frontmatter `next_steps`, a list item
 * under Agreed next steps, or a row of a table there.
 */
export interface NextStep {
  source: 'frontmatter' | 'list' | 'table';
  /** What will be done, without the owner and date written in it. */
  what: string;
  owner: string | undefined;
  /**
   * The due date: as written in the frontmatter, else the day the body's words name,
   * YYYY-MM-DD (`due: 2026-12-10`, `by 10 December`, `Fri 11 Dec`, read against the
   * conversation's date).
   */
  due: string | undefined;
  /** A due date in the body whose day a reader could not tell (`5/12`, `next week`, `ASAP`), and where. */
  otherDue: { text: string; start: number; end: number } | undefined;
  /**
   * The due date is only a day the step's words mention, with no key, mark or place of its own (`Vertragsanpassung Fixbetrag
   * ab 01.01.2027 zuschicken`): where the step is written elsewhere with a due date of its own (in the frontmatter, say), that
   * one is its date, as a field nested under the step is.
   */
  dueMentioned: boolean;
  done: boolean;
  /**
   * The day the step was done, YYYY-MM-DD, when the note says it (`done: 2026-12-03`,
   * `✅ 2026-12-03`); undefined for a step done on a day unknown (`done: true`, `[x]`) or open.
   */
  doneOn: string | undefined;
  /** What to underline: the `what` value, the list item's first line or the table's cell. */
  start: number;
  end: number;
  /** Where the due date is written, to underline it precisely. */
  dueRange: { start: number; end: number } | undefined;
  /** How to write an owner and a due date in the step's own notation, for messages. */
  notation: { owner: string; due: string };
  /** Where a field or a done mark goes in the step's own notation: what `edit/stepEdits.ts` edits. */
  anchor: StepAnchor;
}

/** A stretch of the note: a table cell between its pipes, blanks included. */
export interface Span {
  start: number;
  end: number;
}

/** Where a step can be edited, as plain data. */
export type StepAnchor =
  | { kind: 'frontmatter'; index: number }
  | {
      kind: 'list';
      /** The end of the item's first block: where fields and a done mark are added. */
      lineEnd: number;
      /** After the list marker (`- `, `1. `), or undefined when the item has none. */
      markerEnd: number | undefined;
      /** The task box's `[ ]`, when the item has one. */
      taskBox: Span | undefined;
      /** The item ends in a `(owner: …)` bracket, which a new field joins. */
      closingFields: boolean;
    }
  | { kind: 'table'; ownerCell: Span | undefined; dueCell: Span | undefined; doneCell: Span | undefined; ownerText: string; dueText: string };

/**
 * `~~Call the caterer (owner: me)~~`, the whole item, maybe with a remark after it
 * (`~~Interim report~~ (cancelled)`): its words, and what follows the closing tildes.
 */
// With a remark after it: in brackets (`(cancelled)`), opening with a word that says it was
// done or closed (`done 28 oct`, `— sent`, `dropped, waits for the quote.`, TickTick's `Won't do – no budget`), or words with no figure
// and no owner or date of their own (`Mark didn't want it.`), where `~~Dec 4~~ Dec 8` or
// `~~me~~ owner: Ana` corrects the step instead.
const STRUCK_THROUGH = /^~~(?!~)([\s\S]*\S)~~([ \t]*(?:\([^()\r\n]*\)[ \t]*|(?:[—–-][ \t]*)?(?:done|sent|paid|shipped|delivered|received|signed|completed|finished|fixed|merged|released|cancell?ed|dropped|won['’]?t[ \t]+do)\b[^~\r\n]*|(?:[—–-][ \t]*)?(?![^~\r\n]*\b(?:owner|due|by|until)\b)[^\s~\d(][^~\d\r\n]*)?)$/iu;
/**
 * The glyphs of a task box as word processors and note apps paste one; the done ones, checked (☑, 🗹), crossed out (☒) or
 * filled (◉, Apple Reminders' completed circle beside its open ◯), last.
 */
const DONE_BOX_GLYPHS = '☑☒🗹◉';
const BOX_GLYPHS = `☐□⬜🔲◯${DONE_BOX_GLYPHS}`;
// An empty item is a bare marker with nothing after it, not even a space.
const TASK_MARKER = new RegExp(`^((?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$))(\\[([ xX])\\][ \\t]?|([${BOX_GLYPHS}])\\uFE0F?[ \\t]?)?`, 'u');
/**
 * A line that starts with a task box and no list marker, as OneNote, Word and Apple Notes
 * paste a checklist: `☐ Send the outline – ME – Dec 4th`, `☑ Share the template`, `[ ] Call Dana`.
 */
const BOXED_LINE = new RegExp(`^[ \\t]*(\\[([ xX])\\]|([${BOX_GLYPHS}])\\uFE0F?)[ \\t]+(?=\\S)`, 'u');
/**
 * A line that starts with a bullet glyph and no list marker, as Apple Notes, Word and Google
 * Docs paste a list (`• [AK] revised invoice — by 30th Oct`), or with a number and a slash,
 * as Belgian and French writers number (`1/ Moi : envoyer le devis`). An indented or
 * hollow bullet (`◦ the sub-point`) is a detail of the line above, not a step.
 */
// An en dash too, as Word's dash bullets paste: `– Tâche : … / Qui : moi / Délai : 23.11.2026`.
const BULLET_GLYPHS = '•‣▪▸►–';
const BULLET_LINE = new RegExp(`^[ ]{0,1}(?:[${BULLET_GLYPHS}]|\\d{1,2}\\/)[ \\t]+(?=\\S)`, 'u');
/** An indented line that goes on with the step above: not a sub-point under it (`  ◦ only the v1 screens`, `  - …`). */
const CONTINUATION_LINE = new RegExp(`^[ \\t]+[^\\s◦○·*+${BULLET_GLYPHS}-]`, 'u');
/** A box glyph that says a step is done. */
const DONE_BOX = new RegExp(`^[${DONE_BOX_GLYPHS}]`, 'u');
const TRAILING_FIELDS = /\([^()]*\b(?:owner|due):[^()]*\)$/i;

/**
 * Every place a next step is written. A template's prompt is never a step
 * (`{{What}} (owner: {{me or client}}, due: {{YYYY-MM-DD}})`), and an owner or a date that
 * is only a prompt is none.
 */
export function nextStepsOf(note: Note): NextStep[] {
  return [...frontmatterSteps(note), ...bodySteps(note)].flatMap((step) => withoutPrompts(step) ?? []);
}

/**
 * A step as written, less an owner or date that is only a prompt; undefined for a prompt that is no step at all, nor is another
 * tool's macro alone on the item (Logseq's `{{query (and [[Client]] (task TODO))}}`, which lists the page's tasks).
 */
export function withoutPrompts<T extends { what: string; owner: string | undefined; due: string | undefined }>(step: T): T | undefined {
  if (hasOnlyScaffolding(step.what.replace(PROMPTED_FIELD, '')) || isBracedAlone(step.what)) return undefined;
  const owner = filledIn(step.owner);
  const due = filledIn(step.due);
  return owner === step.owner && due === step.due ? step : { ...step, owner, due };
}

/** `due: {{YYYY-MM-DD}}` left in a step's words: its key is scaffolding as much as its prompt. */
const PROMPTED_FIELD = /\b(?:owner|due|who|by)\s*(?::\s*)?(?=\{\{)/gi;

function filledIn(value: string | undefined): string | undefined {
  return value === undefined || (hasPlaceholder(value) && hasOnlyScaffolding(value)) ? undefined : value;
}


/**
 * A step's words as plain text the client may read, or undefined when the step sits in a
 * private place (a private section, a comment, the private frontmatter): what every
 * export of the steps (next-steps, the views, a calendar) may say of it. A comment
 * inside the step is not among its words.
 */
export function visibleStepWords(step: NextStep, privacy: NotePrivacy): string | undefined {
  if (!privacy.visible(step.start)) return undefined;
  return withoutComments(step.what).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * Each step once, however many places it is written in: the same step in the frontmatter
 * and under Agreed next steps is one step, done when either place says so.
 */
export function agreedStepsOf(note: Note): NextStep[][] {
  let steps = agreedSteps.get(note);
  if (!steps) {
    const people = notePeople(readableEntries(note.frontmatter), {}, note.language);
    steps = groupStepPlaces(nextStepsOf(note), {
      what: (step) => step.what,
      owner: (step) => step.owner,
      due: (step) => step.due,
      side: (step) => settledSideOf(step.owner, people),
      inFrontmatter: (step) => step.source === 'frontmatter',
    });
    agreedSteps.set(note, steps);
  }
  return steps;
}

/** How to read the places a step is written in, for {@link groupStepPlaces}. */
export interface StepPlaceReader<T> {
  what(step: T): string;
  owner(step: T): string | undefined;
  due(step: T): string | undefined;
  side(step: T): Side | undefined;
  inFrontmatter(step: T): boolean;
}

/**
 * The places each step is written in, grouped: the same words (`groupSameSteps`), or a
 * frontmatter step the body words differently but dates alike. The one merge of frontmatter
 * and body, for the note's steps and the recap's alike.
 */
export function groupStepPlaces<T>(steps: readonly T[], read: StepPlaceReader<T>): T[][] {
  return pairReworded(groupSameSteps(steps, read.what), read);
}

/**
 * A step the frontmatter and the body word differently (`Sign the revised SOW and pay the
 * deposit`, `Sign revised SOW + 40% deposit`) is still one step: the only step of the body
 * due the same day, or where one of the two has no day to disagree, that shares half its
 * words with the frontmatter step (or, due the same day, two of them, or names the same person), not owned by the other side, and the only such
 * frontmatter step for it.
 */
function pairReworded<T>(groups: T[][], read: StepPlaceReader<T>): T[][] {
  const lone = groups.filter((group) => group.length === 1 && read.inFrontmatter(group[0]));
  const body = groups.filter((group) => !group.some((step) => read.inFrontmatter(step)));
  if (lone.length === 0 || body.length === 0) return groups;
  // A frontmatter day that is no day (`due: nächsten Di`, which frontmatter-schema reports) has none to disagree with.
  const dayOf = (step: T) => {
    const due = read.due(step);
    return due !== undefined && (!read.inFrontmatter(step) || isRealDate(due)) ? due : undefined;
  };
  const matches = (frontmatter: T[], candidate: T[]) => {
    const sameDay = dayOf(frontmatter[0]) !== undefined && candidate.some((step) => read.due(step) === dayOf(frontmatter[0]));
    // Without a day to agree on, the words must say more: two of them at least.
    const undated = !sameDay && (dayOf(frontmatter[0]) === undefined || candidate.every((step) => read.due(step) === undefined));
    if (!sameDay && !undated) return false;
    if (onOtherSides(read.side(frontmatter[0]), read.side(candidate[0]))) return false;
    // The same person the same day is the same step, however it is worded (`Pay revised invoice`, `[Oliver] payment by 14th Nov`);
    // so is a step the same day with two words of it (`choisir entre menu révisé et hausse`, `leur choix : hausse ou menu modifié`).
    // Undated and owned by two people written differently, half the words are not enough (`Approve contract recruiter budget`, CEO;
    // `Intros to 2 contract recruiters I trust`, me): more than half.
    const [ownerHere, ownerThere] = [read.owner(frontmatter[0]), read.owner(candidate[0])];
    const twoOwners = undated && ownerHere !== undefined && ownerThere !== undefined && ownerKey(ownerHere) !== ownerKey(ownerThere);
    return (
      (sameDay &&
        (sameNamedOwner(ownerHere, ownerThere) || oneStartsTheOther(read.what(frontmatter[0]), read.what(candidate[0])) || sharedWords(read.what(frontmatter[0]), read.what(candidate[0])) >= 2)) ||
      mostlySameWords(read.what(frontmatter[0]), read.what(candidate[0]), undated ? 2 : 1, twoOwners ? MORE_THAN_HALF : HALF)
    );
  };
  const merged = new Map<T[], T[]>();
  for (const group of lone) {
    const matching = body.filter((candidate) => matches(group, candidate));
    // Two steps of the same person the same day: the one that shares the words, if only one does.
    const candidates = matching.length > 1 ? matching.filter((candidate) => mostlySameWords(read.what(group[0]), read.what(candidate[0]), 1)) : matching;
    if (candidates.length !== 1 || lone.filter((other) => matches(other, candidates[0])).length !== 1) continue;
    merged.set(group, [...group, ...candidates[0]]);
    merged.set(candidates[0], []);
  }
  return merged.size === 0 ? groups : groups.map((group) => merged.get(group) ?? group).filter((group) => group.length > 0);
}

/** The same day, the words of one and then more (`SOW for ep 4`, `SOW for ep 4 to paul`): one step, whatever the length of its words. */
function oneStartsTheOther(a: string, b: string): boolean {
  const [shorter, longer] = [stepKey(a), stepKey(b)].sort((x, y) => x.length - y.length);
  return shorter.length > 0 && (longer === shorter || longer.startsWith(`${shorter} `));
}

/** Both name the same person, not a side (`me`, `client`), which owns many steps a day. */
function sameNamedOwner(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && !isOwnerWord(a) && a.trim().toLowerCase().replace(/^@/u, '') === b.trim().toLowerCase().replace(/^@/u, '');
}

/** One is mine and the other the client's: two steps, however alike their words. (A name and `me` may be one person: `learnSelfNames`.) */
function onOtherSides(a: Side | undefined, b: Side | undefined): boolean {
  return (a === 'me' && b === 'client') || (a === 'client' && b === 'me');
}

/**
 * Whether at least half the words of the shorter of two steps, and `atLeast` words, are the longer one's, a word
 * compared by its first five letters so that its endings and compounds still agree
 * (`Gesammeltes Feedback`, `Gesammelte Feedbackliste`); words under four letters aside.
 */
function mostlySameWords(a: string, b: string, atLeast: number, share = HALF): boolean {
  const [stemsA, stemsB] = [wordStemsOf(a), wordStemsOf(b)];
  const shorter = Math.min(stemsA.size, stemsB.size);
  const shared = sharedStems(stemsA, stemsB);
  return shorter > 0 && shared >= atLeast && share(shared, shorter);
}
const HALF = (shared: number, of: number) => shared / of >= 0.5;
const MORE_THAN_HALF = (shared: number, of: number) => shared / of > 0.5;

/** How many words two steps' words share, as their stems. */
function sharedWords(a: string, b: string): number {
  return sharedStems(wordStemsOf(a), wordStemsOf(b));
}

function sharedStems(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}

function wordStemsOf(what: string): Set<string> {
  return new Set(
    // French's article elided before a word is no part of it: `l'accord` is `accord`.
    stepKey(what.replace(ELIDED_ARTICLE, ''))
      .split(' ')
      .filter((word) => word.length >= 4)
      .map((word) => word.slice(0, 5)),
  );
}

const ELIDED_ARTICLE = /(?<!\p{L})(?:l|d|j|qu|n|s|c|m|t)['’](?=\p{L})/giu;

/** Each note's steps, read once however many rules ask (three do), and let go with the note. */
const agreedSteps = new WeakMap<Note, NextStep[][]>();

function frontmatterSteps(note: Note): NextStep[] {
  const frontmatter = note.frontmatter;
  const steps = frontmatter?.data?.next_steps;
  if (!frontmatter || !Array.isArray(steps)) return [];
  const result: NextStep[] = [];
  steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object' || Array.isArray(step)) return;
    const fields = step as Record<string, unknown>;
    const item = locateYamlPath(frontmatter, ['next_steps', index]);
    const what = locateYamlPath(frontmatter, ['next_steps', index, 'what']);
    const due = locateYamlPath(frontmatter, ['next_steps', index, 'due']);
    const start = what.valueStart ?? item.valueStart ?? frontmatter.start;
    const end = what.valueEnd ?? item.valueEnd ?? start + 3;
    result.push({
      source: 'frontmatter',
      what: typeof fields.what === 'string' ? fields.what : '',
      owner: fieldOwner(fields.owner),
      // A malformed due date here is frontmatter-schema's finding, so it is kept as written.
      due: textValue(fields.due),
      otherDue: undefined,
      dueMentioned: false,
      // `status: completed 2026-11-20`, as task tools write a step's state, says so too; so does a done mark in its words (`what: Tasting notes (done)`).
      done:
        fields.done === true ||
        (typeof fields.done === 'string' && fields.done.length > 0) ||
        (typeof fields.status === 'string' && statusSaysDone(fields.status)) ||
        (typeof fields.what === 'string' && readStepNotation(fields.what, note.language).doneMark !== undefined),
      doneOn:
        typeof fields.done === 'string' && isRealDate(fields.done.trim())
          ? fields.done.trim()
          : typeof fields.status === 'string' && statusSaysDone(fields.status)
            ? dayOfDoneMark(fields.status)
            : undefined,
      start,
      end,
      dueRange: due.valueStart !== undefined && due.valueEnd !== undefined ? { start: due.valueStart, end: due.valueEnd } : undefined,
      notation: { owner: '`owner:`', due: '`due:`' },
      anchor: { kind: 'frontmatter', index },
    });
  });
  return result;
}

/** The order of day and month each note's body writes its dates in, and the days its conversation may have been on, read once per note. */
const dateOrders = new WeakMap<Note, { order: SlashedDateOrder | undefined; conversations: string[] }>();

/** The day a done mark says, YYYY-MM-DD: `✅ 2026-11-17`, and as the note writes its days, `✅ 17/11`, `erledigt am 24.11.`. */
function doneDayOf(note: Note, mark: string): string | undefined {
  const written = DAY_IN_FIGURES.exec(mark)?.[0];
  return dayOfDoneMark(mark) ?? (written === undefined ? undefined : dayOfStep(note, written));
}

/** A day in figures without its year, or with it last: `17/11`, `24.11.`, `28/10/2026`. */
const DAY_IN_FIGURES = /(?<![\d./])\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?![\d/])\.?/u;

/** The day a step's date written another way names, read against the conversation's day and in the writer's order of day and month. */
function dayOfStep(note: Note, written: string): string | undefined {
  let known = dateOrders.get(note);
  if (!known) {
    const body = note.text.slice(note.bodyStart);
    const seen = slashedDateOrder(body);
    const order =
      seen ?? slashedDateOrder(body, dayToReadDatesAgainst(note.frontmatter, seen), frontmatterDays(note)) ?? (note.language === ENGLISH ? orderOfDaysInWords(body) : undefined);
    dateOrders.set(note, (known = { order, conversations: daysToReadDatesAgainst(note.frontmatter, order) }));
  }
  const { order, conversations } = known;
  if (conversations.length === 0) return dayOfWrittenDate(written, undefined, order, note.language);
  const readings = conversations.map((conversation) => dayOfWrittenDate(written, conversation, order, note.language));
  return readings.every((day) => day === readings[0]) ? readings[0] : undefined;
}

/** The due days the frontmatter's steps write in full: the writer's own days, which a body copy may write in figures. */
function frontmatterDays(note: Note): string[] {
  const steps = note.frontmatter?.data?.next_steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: unknown) => {
    const due = step && typeof step === 'object' ? (step as { due?: unknown }).due : undefined;
    return typeof due === 'string' && isRealDate(due) ? [due] : [];
  });
}

function textValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text.length > 0 ? text : undefined;
}

/**
 * List items and table rows under Agreed next steps. A sub-heading that names an owner
 * (`### Me`, `### Client`, `### Dana`) owns every step below it, up to the next sub-heading;
 * so does a line that is only a label (`**Jess Kowalski**`, `Client:`), as meeting
 * notetakers group action items by speaker. Where the steps are task-list items, a list
 * with no task box and no date under a label that names no one (`Update after the
 * launch:`) is an account of what happened, not steps; so is any list under a label for
 * remarks (`Comments:`).
 */
function bodySteps(note: Note): NextStep[] {
  // The first of the sections of the steps at the outermost level (a later one of that level, `## Suivi`, `## For the next quote`,
  // is the writer's afterthoughts), and those deeper down, in a section of another name: the `### Action Items` of a notetaker's
  // summary pasted in under `## Otter summary`, beside the writer's own `## Next steps`.
  const named = note.sections.filter((candidate) => candidate.known?.key === 'nextSteps');
  const depth = Math.min(...named.map((candidate) => candidate.depth));
  const first = named.find((candidate) => candidate.depth === depth);
  const pasted = named.filter((candidate) => candidate.depth > depth && !(first && first.headingStart < candidate.headingStart && candidate.headingStart < first.contentEnd));
  // Under a misspelt heading (`## Nxet steps`, which required-sections reports) the steps are still the steps.
  const sections = first ? [first, ...pasted].sort((a, b) => a.headingStart - b.headingStart) : [misspeltNextSteps(note.sections, note.language)].filter((section) => section !== undefined);
  return sections.flatMap((section) => sectionSteps(note, section));
}

/** The steps one section of the steps holds. */
function sectionSteps(note: Note, section: Section): NextStep[] {
  const steps: NextStep[] = [];
  let heading: SubHeading = { owner: undefined, done: false };
  // A sub-heading for the agreements (`### What we agreed` under `## Agreements and next steps`) holds agreements, not steps.
  let elsewhere = false;
  const nodes = section.nodes.flatMap(unquoted);
  const checklist = nodes.some((node) => node.type === 'list' && hasTaskBox(note, node));
  let underLabel = false;
  let underRemarks = false;
  // A list read as a spreadsheet's rows under the header line above it.
  let rowsRead: RootContent | undefined;
  // Paragraphs no notation made steps of, with the sub-heading they sit under: where the section holds no list and the frontmatter
  // no steps, each that names who does it is a step written as a sentence (`Ich schicke dir bis Montag, 16. November ein neues
  // Angebot.`, `→ Lea: sagt mir, ob …`); beside the frontmatter's steps, they say where the steps are (`Steps in the frontmatter this time.`).
  const sentences: Array<{ paragraph: Paragraph; heading: SubHeading }> = [];
  // Whether a paragraph held tasks pasted each over a line with its day (`datedLineSteps`).
  let datedTasks = false;
  for (const [index, node] of nodes.entries()) {
    if (node === rowsRead) continue;
    const next = nodes[index + 1];
    // A table's header line is no label, though it ends with a colon (`Pasted from Planner (Task / Assigned to / Due):`).
    // Not in a sub-section of agreements, whose nodes are passed over.
    const rows = node.type === 'paragraph' && !elsewhere ? tableSteps(note, node, heading, next?.type === 'list' ? next : undefined) : undefined;
    const label = node.type === 'heading' ? toString(node) : node.type === 'paragraph' && rows?.steps.length === 0 ? wholeLabel(node, note.text) : undefined;
    if (node.type === 'heading') {
      const known = note.sections.find((candidate) => candidate.heading === node)?.known;
      elsewhere = known?.key === 'agreements';
    }
    if (elsewhere) continue;
    const card = node.type === 'heading' && next?.type === 'list' ? cardStep(note, node, next, heading) : undefined;
    if (card) {
      steps.push(card);
      rowsRead = next;
      continue;
    }
    if (label !== undefined) {
      heading = { owner: ownerOfHeading(label, note), done: headingSaysDone(label, note.language) };
      underLabel = true;
      underRemarks = REMARK_LABELS.has(normalizeHeading(label));
    } else if (underRemarks) {
      continue;
    } else if (node.type === 'list') {
      const listed = node.children.flatMap((item) => itemSteps(note, item, heading));
      if (checklist && underLabel && heading.owner === undefined && !hasTaskBox(note, node) && !listed.some((step) => step.due ?? step.otherDue)) continue;
      steps.push(...listed);
    }
    else if (node.type === 'paragraph' && rows) {
      if (rows.listRead) rowsRead = next;
      const dated = rows.steps.length > 0 ? undefined : datedLineSteps(note, node, heading);
      const read = rows.steps.length > 0 ? rows.steps : (dated ?? boxedLineSteps(note, node, heading));
      steps.push(...read);
      if (read.length === 0) sentences.push({ paragraph: node, heading });
      datedTasks ||= dated !== undefined;
    }
  }
  // Among tasks pasted each over its day, one with no day is a line of its own (`Relancer le labo pour les analyses — moi`), a step
  // where it names who does it.
  if (datedTasks) {
    for (const { paragraph, heading: over } of sentences) {
      const step = sentenceStep(note, paragraph, over, (written) => !written.includes('\n'));
      if (step) steps.push(step);
    }
  }
  if (steps.length === 0 && !nodes.some((node) => node.type === 'list') && !Array.isArray(note.frontmatter?.data?.next_steps)) {
    for (const { paragraph, heading: over } of sentences) {
      // Two sentences or more tell what happened (`We spoke about the budget at length. Nothing was settled.`).
      const step = sentenceStep(note, paragraph, over, (written) => !SENTENCE_INSIDE.test(written.trimEnd()));
      if (step) steps.push(step);
    }
  }
  return steps;
}

/**
 * The step a paragraph of the steps' section is, written as a line or a sentence, where `holds` takes its words and it names who does
 * it: a sentence that names no one says how things stand (`Nothing agreed yet — to fill in after the call on 1 Dec.`).
 */
function sentenceStep(note: Note, paragraph: Paragraph, heading: SubHeading, holds: (written: string) => boolean): NextStep | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const written = note.text.slice(start, end);
  if (!holds(written)) return undefined;
  const step = writtenStep(note, heading, { at: start, written, lineEnd: end, fields: {}, boxDone: false, markerEnd: undefined, taskBox: undefined, closingFields: false });
  return step?.owner !== undefined ? step : undefined;
}


/**
 * What a quote or a callout holds, read as if written outside it: an Obsidian callout
 * (`> [!todo] Next steps` over `> - [ ] …`) or a list quoted from an email are the steps.
 * The callout's title line is its markup, not a step.
 */
function unquoted(node: RootContent): RootContent[] {
  if (node.type !== 'blockquote') return [node];
  const [first, ...rest] = node.children;
  const title = calloutTitle(node);
  const children: RootContent[] = title === null ? node.children : title[0].length < toString(first).length ? node.children : rest;
  return children.flatMap(unquoted);
}

/**
 * A sub-heading over a list of nothing but the step's fields, as Trello's and Notion's cards
 * paste: `### Livrer les capsules` over `- Membres : moi`, `- Échéance : 2026-11-30` and
 * `- Étiquette : 🟢 vert`. The heading is the step, the list its fields.
 */
function cardStep(note: Note, heading: Heading, list: List, over: SubHeading): NextStep | undefined {
  const lines = list.children.map((item) => {
    const block = item.children[0];
    const start = block?.position?.start.offset;
    const end = block?.position?.end.offset;
    return item.children.length === 1 && block.type === 'paragraph' && start !== undefined && end !== undefined ? note.text.slice(start, end) : undefined;
  });
  const field = (line: string | undefined) => line !== undefined && isFieldLine(line, note.language);
  const aboutTheCard = (line: string | undefined) => field(line) || (line !== undefined && (STATE_FIELD.test(line) || opensDone(line, note.language)));
  if (!lines.some(field) || !lines.every(aboutTheCard)) return undefined;
  // The heading's words, without its markup: from its first inline to its last.
  const from = heading.children[0]?.position?.start.offset;
  const to = heading.children.at(-1)?.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  return writtenStep(note, over, {
    at: from,
    written: note.text.slice(from, to),
    lineEnd: to,
    fields: nestedFields(note, [list]),
    boxDone: false,
    markerEnd: undefined,
    taskBox: undefined,
    closingFields: false,
  });
}

/**
 * The owner and due date given by nested items that hold nothing else, as Bear, Obsidian
 * and Dataview users write a task's fields: `- owner: me`, `- due: 2026-12-04`,
 * `- Owner:: Client` under the step. The date with its offsets in the note.
 */
function nestedFields(note: Note, blocks: readonly RootContent[]): NestedFields {
  const fields: NestedFields = {};
  for (const list of blocks) {
    if (list.type !== 'list') continue;
    for (const nested of list.children) {
      const block = nested.children[0];
      const start = block?.position?.start.offset;
      const end = block?.position?.end.offset;
      if (block?.type !== 'paragraph' || start === undefined || end === undefined || nested.children.length > 1) continue;
      const text = note.text.slice(start, end);
      const field = readStepNotation(text, note.language);
      if (!isFieldLine(text, note.language) && withoutNotation(text, field).length > 0) {
        if (saysDone(text, field, note.language)) fields.done = true;
        // A day keyed by a name a table's When column goes by (`- Date : 2026-11-25`, as Notion pastes a to-do's date property).
        const keyed = STATE_FIELD.exec(text);
        const day = keyed?.[2].trim();
        if (keyed && day !== undefined && columnNamed(keyed[1], note.language) === 'due' && isWrittenDate(day)) {
          const at = start + keyed[0].indexOf(day);
          fields.due ??= { text: day, start: at, end: at + day.length };
        }
        continue;
      }
      fields.owner ??= field.owner?.text;
      if (field.doneMark) {
        fields.done = true;
        fields.doneOn ??= dayOfDoneMark(field.doneMark.text);
      }
      const date = field.due ?? field.otherDue;
      if (date) fields.due ??= { text: date.text, start: start + date.start, end: start + date.end };
    }
  }
  return fields;
}

/**
 * Whether a nested item says no more than that the step happened: a state field, keyed by
 * a name a table's state column goes by (`Status: done`, `done: yes`, `Statut : fait`), or
 * a done mark or word with at most a day after it (`✔ done`, `✔ fait le 16/11`,
 * `erledigt am 24.11.`). A longer line that starts with one is a detail (`sent v1, waiting on feedback`).
 */
function saysDone(text: string, notation: StepNotation, language: LanguagePack): boolean {
  const keyed = STATE_FIELD.exec(text.trim());
  if (keyed) {
    if (columnNamed(keyed[1], language) === 'done') return statusSaysDone(keyed[2], language);
  }
  if (opensDone(text, language)) return true;
  if (!statusSaysDone(text, language)) return false;
  const words = withoutNotation(text, notation).split(/[\s\u00a0]+/u).filter((word) => /\p{L}/u.test(word));
  return words.length <= 2;
}

/** `✅ Fait le 12 nov., disque remis à Nadia`, `✔ sent 18/11 – Ana has it`: a done mark and a word that says the step happened, whatever follows. */
function opensDone(text: string, language: LanguagePack): boolean {
  const mark = DONE_MARK_LEAD.exec(text.trim());
  return mark !== null && statusSaysDone(text.trim().slice(mark[0].length), language);
}
const DONE_MARK_LEAD = /^[✓✔✅☑]\uFE0F?[ \t]*(?=\p{L})/u;

/** `Status: done`, `Statut : fait`, `Date : 2026-11-25`: a short key, a colon, its value. */
const STATE_FIELD = /^([^:]{1,20}?)[ \t\u00a0]*:[ \t]*(\S.*)$/u;

interface NestedFields {
  owner?: string;
  due?: { text: string; start: number; end: number };
  done?: boolean;
  doneOn?: string;
}

/** A line of a step's paragraph that starts a lettered sub-item: `   a. include photos of the tile`. */
const LETTERED_LINE = /\r?\n[ \t]*[a-z][.)][ \t]/u;

/** A sentence's end inside a paragraph, another sentence after it; not the dot of a day (`bis 13. November`). */
const SENTENCE_INSIDE = /(?<!\d)[.!?](?:[ \t]+\p{Lu}|[ \t]*\r?\n)/u;

/** Whether an item of the list is a task (`- [ ]`, `- [x]`). */
function hasTaskBox(note: Note, list: List): boolean {
  return list.children.some((item) => {
    const start = item.position?.start.offset;
    return start !== undefined && TASK_MARKER.exec(note.text.slice(start, start + 16))?.[2] !== undefined;
  });
}

/** The words of a paragraph that is a label and nothing else (`**Jess Kowalski**`, `Client:`). */
function wholeLabel(paragraph: Paragraph, source: string): string | undefined {
  const label = paragraphLabel(paragraph, source);
  return label?.whole ? label.text : undefined;
}

/** What the sub-heading a step sits under says of it: who owns it (`### Dana`), that it was done (`### Done`). */
interface SubHeading {
  owner: string | undefined;
  done: boolean;
}

/**
 * `### Done`, `### Completed`, `### Already done ✔`, `### Done since the call`: a sub-heading for what was done; in a note of
 * another language, one that opens with a word of its pack that says a step happened (`### Erledigt`, as Asana's section is pasted; `### Fait`,
 * `### Terminé`).
 */
function headingSaysDone(label: string, language: LanguagePack): boolean {
  const name = normalizeHeading(label);
  // The pack's words as written, accents and all (`### Terminé`), as the compared form drops them.
  return DONE_HEADING.test(name) || (language !== ENGLISH && (opensWithDoneWord(name, language) || opensWithDoneWord(label.trim(), language)));
}
const DONE_HEADING = /^(?:already )?(?:done|completed?|finished)(?: |$)/u;

/**
 * `### Me`, `### For the client`, `### Dana's tasks:`, `BK:`, `### Graham (Procurement)`, `### Le capitaine` → the owner they name;
 * `### Le festival`, the client by the kind of business its name says (`Festival Les Vendanges Électriques`);
 * `### priya`, someone the frontmatter names, in lower case as some writers write everything; undefined for `### This week`.
 */
function ownerOfHeading(title: string, note: Note): string | undefined {
  const language = note.language;
  const written = title
    .trim()
    .replace(/^(?:(?:owner|who)\s*:\s*|for\s+)/iu, '')
    .replace(/(?:['’]s)?(?<!\s)\s+(?:tasks?|actions?|side|to-?dos?|items?)$|['’]s$|:$/iu, '')
    // A remark in brackets after the name: `### Graham (Procurement)`, `### Rahul (client PM)`; or after a side and a comma: `Mine, not in Fathom:`.
    .replace(/(?<=\S)[ \t]*\([^()]{1,80}\)$/u, '')
    .replace(/^([^,]{1,12}),[ \t][^\r\n]{1,60}$/u, (whole, side: string) => (isOwnerWord(side) ? side : whole))
    .trim();
  // A link to the person's page: `### [[Sandra Keller]]`.
  const words = linkedPageName(written) ?? written;
  // Someone the frontmatter names, in lower case: a first name, or a whole name (`### jordan avery`), each word one of theirs.
  const nameWords = words.split(/\s+/u);
  const lowerCaseName = nameWords.length <= 3 && nameWords.every((word) => LOWER_CASE_WORD.test(word)) && isSubsetOfPeople(nameWords, note);
  // A board's lane is no one (`### Todo`, `### In Arbeit`), nor is a time (`### This week`, `Upcoming`), nor where the steps were copied from.
  return words.length > 0 && !isWrittenDate(words) && !TASK_GROUP.test(words) && !SOURCE_LABEL.test(words) && !/^(?:this|next|later|open|done|blocked|backlog)\b/iu.test(words) && !statusSaysOpen(words, language) && (looksLikeOwner(words) || isInitials(words) || namesARole(words) || lowerCaseName || clientByKind(words, note))
    ? words
    : undefined;
}

/** The client by the kind of business its name says, after an article: `Le festival` for `Festival Les Vendanges Électriques`. */
function clientByKind(words: string, note: Note): boolean {
  return isArticleAndNoun(words) && sideOf(words, notePeople(readableEntries(note.frontmatter), {}, note.language)) === 'client';
}

/**
 * The step a list item is, or, for an item that is only a label with a list nested under it
 * (`- **FM:**` over `- TODO draw the detail`, as outliners group a speaker's tasks), the
 * steps of that list, owned by the label as under a sub-heading.
 */
function itemSteps(note: Note, item: ListItem, heading: SubHeading): NextStep[] {
  const [first, ...rest] = item.children;
  // A card's title in bold over its fields (`- **Zahlung RE-117a**` over `- Zugewiesen: Sandra Lauer`, `- Fällig: 20.11.2026`), as
  // Deck and Wrike paste a task, is the step, its fields nested under it: no label of steps.
  const label =
    first?.type === 'paragraph' && rest.length > 0 && rest.every((child) => child.type === 'list') && !rest.some((list) => holdsFieldLine(note, list)) ? wholeLabel(first, note.text) : undefined;
  if (label === undefined) {
    // `- Kd.: Vereinbarung zurück, zeitnah` over `• ich: Angebot Weihnachtsdeko bis Mo. 30.11.`: lines pasted with a bullet glyph run on
    // in the item's paragraph, each a step of its own; the item's own step ends before them.
    const bulleted = first?.type === 'paragraph' ? bulletedLinesAfter(note, first) : undefined;
    const step = listStep(note, item, heading, bulleted);
    return [...(step ? [step] : []), ...(bulleted !== undefined ? boxedLineSteps(note, first as Paragraph, heading, bulleted) : [])];
  }
  const owned = { owner: ownerOfHeading(label, note), done: heading.done || headingSaysDone(label, note.language) };
  return rest.flatMap((list) => (list.type === 'list' ? list.children.flatMap((nested) => itemSteps(note, nested, owned)) : []));
}

/** Whether a nested list gives a field of the item over it (`Zugewiesen: ich`, `due: KW 50`), as a card's fields are pasted. */
function holdsFieldLine(note: Note, list: RootContent): boolean {
  if (list.type !== 'list') return false;
  return list.children.some((nested) => {
    const block = nested.children[0];
    const start = block?.position?.start.offset;
    const end = block?.position?.end.offset;
    return block?.type === 'paragraph' && start !== undefined && end !== undefined && isFieldLine(note.text.slice(start, end), note.language);
  });
}

/** The step a list item holds, its words ending at `bulleted`, where lines pasted with a bullet glyph start (`bulletedLinesAfter`). */
function listStep(note: Note, item: ListItem, heading: SubHeading, bulleted: number | undefined): NextStep | undefined {
  const itemStart = item.position?.start.offset;
  const itemEnd = item.position?.end.offset;
  if (itemStart === undefined || itemEnd === undefined) return undefined;
  // The step's own words are its first block; nested lists are details, not new steps.
  const firstBlock = item.children[0];
  const blockEnd = firstBlock?.position?.end.offset ?? itemEnd;
  // Lettered sub-items (`a. include photos`), as Word writes them, run on in the block's paragraph: details too.
  const lettered = LETTERED_LINE.exec(note.text.slice(itemStart, blockEnd));
  const lineEnd = lettered ? itemStart + lettered.index : (bulleted ?? blockEnd);
  const raw = note.text.slice(itemStart, lineEnd);
  const marker = TASK_MARKER.exec(raw);
  const boxStart = marker ? itemStart + marker[1].length : undefined;
  return writtenStep(note, heading, {
    at: itemStart + (marker ? marker[0].length : 0),
    written: raw.slice(marker ? marker[0].length : 0),
    lineEnd,
    fields: nestedFields(note, item.children),
    boxDone: marker?.[3] === 'x' || marker?.[3] === 'X' || (marker?.[4] !== undefined && DONE_BOX.test(marker[4])),
    markerEnd: boxStart,
    taskBox: marker?.[2] && boxStart !== undefined ? { start: boxStart, end: boxStart + marker[2].trimEnd().length } : undefined,
    closingFields: TRAILING_FIELDS.test(raw),
  });
}

/**
 * The lines of a paragraph that start with a task box (`☐ Send the outline – ME – Dec 4th`),
 * a bullet glyph (`• [AK] send the invoice`) or a to-do word (`TODO call Dana`, `À faire : envoyer la grille`), one step each; a line
 * between them that is only a label (`**Dana's**`, `Mine:`) names the owner of the steps
 * after it, as a sub-heading does.
 */
function boxedLineSteps(note: Note, paragraph: Paragraph, heading: SubHeading, from = paragraph.position?.start.offset): NextStep[] {
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return [];
  const steps: NextStep[] = [];
  let owner = heading;
  // Lines dictated or pasted without list markers, one a step, where one of them hands a step to someone: `Moi → finir la haie
  // jeudi 19 ✔︎` over `Karine → choisir la teinte` and `On se rappelle dès que la météo est sûre`.
  const lines = linesOf(note.text, from, to);
  const oneStepALine = lines.length >= 2 && lines.some((line) => ARROW_LEAD.test(line.text));
  // Circles as a checklist's boxes, each line a step: `● Kathi: Recap an Lukas` (or `• …`) done, `◦ Lukas: Termin vorschlagen` open; hollow ones
  // alone, all still open; ticks beside hollow ones (`✓ Vorauswahl – ich – Mo 16.11.` over `○ Freigabe – Kd. – bis Do 19.11.`, as Apple
  // Notes' checklists paste). A line indented under one goes on with it (`  Erinnerung: Do., 5. Nov., 10:00`, as Apple Reminders copies a reminder).
  const goesOn = (index: number) => index > 0 && CONTINUATION_LINE.test(lines[index].text);
  // The last of the lines that go on with the step on line `first` (not one that opens a step of its own).
  const lastGoingOn = (first: number, notAStep: RegExp | undefined) => {
    let last = first;
    while (last + 1 < lines.length && goesOn(last + 1) && !notAStep?.test(lines[last + 1].text)) last++;
    return last;
  };
  const endOf = (index: number) => lines[index].start + lines[index].text.length;
  // A box further right than the last step's is a sub-task of that step, as a nested list item is, no step of its own: Asana's
  // `☐ DCP erstellen — Zuständig: ich — Fällig: Do., 10. Dez.` over `   ☐ Untertitel-Datei von Jana holen`.
  const columnOf = (at: number) => at - (note.text.lastIndexOf('\n', at - 1) + 1);
  let stepColumn: number | undefined;
  // The paragraph's first line may be the label its section goes by (`NEXT STEPS` over `AP: me – …`), not a step of it, though it
  // opens with a to-do word.
  const label = paragraphLabel(paragraph, note.text);
  const isLabel = (index: number) => index === 0 && label !== undefined && label.start === from && !label.whole && note.text.slice(label.end, endOf(0)).trim() === '';
  // A circle indented under one is a sub-point of its step, no step of its own (Microsoft To Do's `   ◦ needs the mandate form`).
  const subPoint = (index: number) => index > 0 && SUB_POINT_LINE.test(lines[index].text);
  const circles =
    // A label may head them (`**Nächste Schritte**` on the line above the first, in the same paragraph); one line alone is a step too
    // (`○ We sort out the UIF registration`).
    lines.every((line, index) => CIRCLE_LINE.test(line.text) || goesOn(index) || subPoint(index) || LINE_LABEL.test(line.text.trim())) &&
    // A hollow one among them: filled circles alone are a list's bullets (`● Budget`); ticks alone are steps done (`✓ Sent the VAT201 draft`).
    lines.some((line) => CHECKLIST_CIRCLE.test(CIRCLE_LINE.exec(line.text)?.[1] ?? ''));
  for (let index = 0; index < lines.length; index++) {
    const { text: line, start } = lines[index];
    const box = BOXED_LINE.exec(line);
    const circle = circles ? CIRCLE_LINE.exec(line) : null;
    if (circle) {
      index = lastGoingOn(index, undefined);
      const written = note.text.slice(start + circle[0].length, endOf(index));
      const step = writtenStep(note, owner, { at: start + circle[0].length, written, lineEnd: start + line.length, fields: {}, boxDone: DONE_CIRCLE.test(circle[1]), markerEnd: undefined, taskBox: undefined, closingFields: TRAILING_FIELDS.test(line) });
      if (step) steps.push(step);
    } else if (box) {
      const boxStart = start + box[0].indexOf(box[1]);
      if (stepColumn !== undefined && columnOf(boxStart) > stepColumn) continue;
      stepColumn = columnOf(boxStart);
      const step = writtenStep(note, owner, {
        at: start + box[0].length,
        written: line.slice(box[0].length),
        lineEnd: start + line.length,
        fields: {},
        boxDone: box[2] === 'x' || box[2] === 'X' || (box[3] !== undefined && DONE_BOX.test(box[3])),
        markerEnd: boxStart,
        taskBox: { start: boxStart, end: boxStart + box[1].length },
        closingFields: TRAILING_FIELDS.test(line),
      });
      if (step) steps.push(step);
    } else if (BULLET_LINE.test(line)) {
      const bullet = BULLET_LINE.exec(line)!;
      // Its fields may go on indented lines below it (`   Resp. : TV — Échéance : 23-11-2026`), as a list item's would.
      index = lastGoingOn(index, BULLET_LINE);
      const written = note.text.slice(start + bullet[0].length, endOf(index));
      const step = writtenStep(note, owner, { at: start + bullet[0].length, written, lineEnd: start + bullet[0].length + written.length, fields: {}, boxDone: false, markerEnd: undefined, taskBox: undefined, closingFields: TRAILING_FIELDS.test(written) });
      if (step) steps.push(step);
    } else if ((opensAsTodo(line, note.language) && !isLabel(index)) || (oneStepALine && line.trim().length > 0 && !LINE_LABEL.test(line.trim()))) {
      const at = start + line.length - line.trimStart().length;
      const step = writtenStep(note, owner, { at, written: line.trimStart(), lineEnd: start + line.length, fields: {}, boxDone: false, markerEnd: undefined, taskBox: undefined, closingFields: TRAILING_FIELDS.test(line) });
      if (step) steps.push(step);
    } else {
      const label = LINE_LABEL.exec(line.trim());
      const title = label?.[2] ?? label?.[3];
      if (title !== undefined) owner = { owner: ownerOfHeading(title, note), done: headingSaysDone(title, note.language) };
    }
  }
  return steps;
}

/**
 * Tasks pasted as Google Tasks and Calendar copy them, with no list markers: each task's line over a line that holds only its day
 * (`Marco: confirm bottling date` over `Due Wed, 11 Nov ✔`, `Venue walkthrough` over `Tue, 24 Nov ⋅ 3:00 – 4:00pm`), its state on a
 * line after them (`Terminée`), lines indented under the day its details. Undefined unless every line at the margin takes turns so, a
 * task's, then its day's.
 */
function datedLineSteps(note: Note, paragraph: Paragraph, heading: SubHeading): NextStep[] | undefined {
  const from = paragraph.position?.start.offset;
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const lines = linesOf(note.text, from, to).filter((line, index) => index === 0 || !CONTINUATION_LINE.test(line.text));
  if (lines.length < 2) return undefined;
  const steps: NextStep[] = [];
  for (let index = 0; index < lines.length; ) {
    const [task, day] = [lines[index], lines[index + 1]];
    if (day === undefined || isDayLine(task.text, note.language) || LINE_LABEL.test(task.text.trim()) || !isDayLine(day.text, note.language)) return undefined;
    index += 2;
    // Its state may follow on a line of its own, as Google Tasks' French copies a done task (`Terminée`).
    const state = lines[index]?.text.trim();
    const done = state !== undefined && statusSaysDone(state, note.language);
    if (done || (state !== undefined && statusSaysOpen(state, note.language))) index++;
    const lineEnd = day.start + day.text.length;
    const step = writtenStep(note, heading, { at: task.start, written: note.text.slice(task.start, lineEnd), lineEnd, fields: {}, boxDone: done, markerEnd: undefined, taskBox: undefined, closingFields: false });
    if (step) steps.push(step);
  }
  return steps;
}

/** Whether a line holds only a day, its due key before it and a done mark after it too: `Due Fri, 6 Nov ✔`, `Fällig: 03.12.2026 12:00`. */
function isDayLine(line: string, language: LanguagePack): boolean {
  const undone = withoutDoneMark(line, language).text.trim();
  return undone.length > 0 && leadingWrittenDate(undone.slice(dueKeyLength(undone, language)), language) !== undefined;
}

/** Where the first line that opens with a bullet glyph or a task box starts, after a paragraph's first line: undefined if none does. */
function bulletedLinesAfter(note: Note, paragraph: Paragraph): number | undefined {
  const from = paragraph.position?.start.offset;
  const to = paragraph.position?.end.offset;
  // A paragraph of one line, as most items are, has none: no lines to list.
  if (from === undefined || to === undefined || note.text.indexOf('\n', from) === -1 || note.text.indexOf('\n', from) >= to) return undefined;
  return linesOf(note.text, from, to).find((line, index) => index > 0 && (BULLET_LINE.test(line.text) || BOXED_LINE.test(line.text)))?.start;
}

/** A line that opens with a circle, hollow or filled (a bullet, beside hollow ones at its level, is one), or a tick. */
const CIRCLE_LINE = /^([◦○●•]|[✓✔]\uFE0F?)[ \t]+(?=\S)/u;
/** A filled circle or a tick: the step is done. */
const DONE_CIRCLE = /^[●•✓✔]/u;
/** A hollow circle (the step is open) or a tick (done): a checklist's, where filled circles alone are a list's bullets. */
const CHECKLIST_CIRCLE = /^(?:[◦○]|[✓✔]\uFE0F?)$/u;
/** An indented line that opens with a circle or a bullet: a sub-point of the step above. */
const SUB_POINT_LINE = /^[ \t]+[◦○●•·-][ \t]+\S/u;

/**
 * A line that opens with who does the step and an arrow (`Moi → finir la haie`, `Mme Perrin → retour du conseil`), or with the
 * arrow before them (`→ Moi : livrer les photos — ve 27/11`), struck through once done (`~~→ Moi : …~~`).
 */
const ARROW_LEAD = /^[ \t]*(?:~~)?(?:(?:\*\*)?\p{L}[^→>\r\n]{0,30}?(?:\*\*)?[ \t]*)?(?:→|->|=>)[ \t]*\S/u;

/** A line that is only a label: `**Dana's**`, `__Mine:__`, `Client:`. */
const LINE_LABEL = /^(\*\*|__)(.+?):?\1:?$|^([^:]{1,40}):$/u;

/** Where and how a step is written in the body, for {@link writtenStep}. */
interface WrittenStep {
  /** Where the step's words start in the note, after any list marker and task box. */
  at: number;
  written: string;
  lineEnd: number;
  fields: NestedFields;
  /** The task box is ticked or crossed out. */
  boxDone: boolean;
  markerEnd: number | undefined;
  taskBox: Span | undefined;
  closingFields: boolean;
}

/** `~~Client: approve the quote by 11/23~~ approved 11/20`: struck through, then a state that says it happened, in the note's language. */
function struckThenDone(written: string, language: LanguagePack): RegExpExecArray | null {
  const struck = STRUCK_THEN_REMARK.exec(written);
  if (!struck) return null;
  const remark = struck[2].replace(/^[ \t]*(?:[—–-][ \t]*)?/u, '');
  return statusSaysDone(remark, language) || saysItsVerbHappened(struck[1], remark) ? struck : null;
}
const STRUCK_THEN_REMARK = /^~~(?!~)([\s\S]*\S)~~([ \t]+[^~\r\n]+)$/u;

/**
 * Whether the remark opens with the participle of the verb the struck step opens with: `~~Demander l'épreuve~~ demandée le 18/11`,
 * `~~Request the proof~~ requested 18 Nov`: what the step said to do, done.
 */
function saysItsVerbHappened(step: string, remark: string): boolean {
  const verb = /^\p{L}{4,}/u.exec(step.trim())?.[0].toLowerCase();
  const said = /^\p{L}+/u.exec(remark)?.[0].toLowerCase();
  if (!verb || !said) return false;
  const stem = verb.replace(/(?:er|ir|re|e)$/u, '');
  return stem.length >= 3 && said.startsWith(stem) && PARTICIPLE_ENDING.test(said.slice(stem.length));
}
const PARTICIPLE_ENDING = /^(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed|d)$/u;
/** A backslash closing a line: Markdown's hard break. */
const HARD_BREAK = /\\(?=\r?\n|$)/gu;

/** A step written in the body's words, read by the step grammar: its owner, date and done mark. */
function writtenStep(note: Note, heading: SubHeading, step: WrittenStep): NextStep | undefined {
  const { at, lineEnd, fields, boxDone, markerEnd, taskBox, closingFields } = step;
  // A backslash that ends a line is Markdown's hard break (as Pandoc writes one after `~~…~~\`), no word of the step: a blank, so every offset holds.
  const written = step.written.replace(HARD_BREAK, ' ');
  if (written.trim().length === 0) return undefined;
  // A step struck through whole is done: its words are read without the tildes, at the same offsets. Its field lines may follow
  // (`~~Apply the credit~~` over `Responsible: KH` and `Due: November 2, 2026`).
  const [firstLine, ...fieldLines] = written.split(/(?=\r?\n)/u);
  const struckLine = fieldLines.length > 0 && fieldLines.every((line) => isFieldLine(line.trim(), note.language)) ? firstLine : written;
  const struck = STRUCK_THROUGH.exec(struckLine) ?? struckThenDone(struckLine, note.language);
  // So may a done mark close its first line (`1. Envoyer l'avenant ✅ 07/10/2026` over `Échéance : 09/10/2026` and `Qui : moi`), or a
  // line of its fields before another (`Mitglieder: Mattes · Fälligkeitsdatum: 30. Okt. · ✓ erledigt` over Trello's `Checkliste 2/2`):
  // read, then blanked.
  const lineDone = struck ? undefined : doneMarkClosingALine(written, note.language);
  const words = struck
    ? `  ${struck[1]}  ${struck[2]}${written.slice(struckLine.length)}`
    : lineDone
      ? written.slice(0, lineDone.start) + ' '.repeat(lineDone.end - lineDone.start) + written.slice(lineDone.end)
      : written;
  const notation = readStepNotation(words, note.language);
  // `all open tasks:` over a query or a list: a label for what follows, not a step.
  if (/:[ \t]*$/u.test(words.split(/\r\n?|\n/u, 1)[0]) && !notation.owner && !notation.due && !notation.otherDue && !fields.owner && !fields.due) return undefined;
  // Nor is a line that says where the steps are (`in the frontmatter above. Tour starts 11 Jan`, `siehe oben`), whatever day it names.
  if (!notation.owner && !fields.owner && POINTER.test(words.trimStart())) return undefined;
  const done = heading.done || boxDone || struck !== null || lineDone !== undefined || notation.doneMark !== undefined || fields.done === true;
  // A date a done step only mentions (`Forwarded the emails (Oct 22 and Oct 27)`) says when things happened, not when they were due;
  // nor is one the words only mention the due date where a field nested under the step gives it (`… full handover 4 Dec` over
  // `- Due date: 21/11/2026`, as Asana's tasks paste).
  // So is a day alone in a done step's closing bracket (`Audit technique livré (6/10)`): when it happened, no part of its words.
  const doneDay = done && notation.dateAloneInBrackets;
  const ownDate = (done || fields.due) && (notation.looseDue || doneDay) ? undefined : (notation.due ?? notation.otherDue);
  const dated = ownDate ? { ...ownDate, start: at + ownDate.start, end: at + ownDate.end } : fields.due;
  const day = dated && (/^\d{4}-\d{2}-\d{2}$/u.test(dated.text) ? dated.text : dayOfStep(note, dated.text));
  const reportedOn = done || fields.owner || notation.owner || heading.owner ? undefined : dayItHappened(note, words, ownDate, day);
  return {
    source: 'list',
    what: stepWhat(words, notation, day !== undefined || doneDay) || words.trim(),
    // A field nested under the step names its owner outright, where the step's own words may only seem to (`Production keys…`).
    // Under a sub-heading that names one owner, alternatives in the words are what the step is about, not who does it (`### Me` over
    // `Revised planting plan (Carex/Libertia), due 2026-11-19`).
    owner:
      fields.owner ??
      (heading.owner !== undefined && notation.owner && notation.owner.text.split(ALTERNATIVE_SEPARATOR).length > 1 ? heading.owner : notation.owner?.text) ??
      heading.owner ??
      subjectTheNoteNames(note, words),
    due: day,
    otherDue: !day && dated ? dated : undefined,
    dueMentioned: ownDate !== undefined && notation.looseDue,
    done: done || reportedOn !== undefined,
    doneOn: done ? ((notation.doneMark && doneDayOf(note, notation.doneMark.text)) ?? (lineDone && doneDayOf(note, lineDone.text)) ?? fields.doneOn) : reportedOn,
    start: at,
    end: lineEnd,
    dueRange: day && dated ? { start: dated.start, end: dated.end } : undefined,
    notation: { owner: '`owner: NAME`', due: '`due: YYYY-MM-DD`' },
    anchor: { kind: 'list', lineEnd, markerEnd, taskBox, closingFields },
  };
}

/**
 * The day a line no one owns reports that something happened on: a participle that says it did, then the day, on or before the
 * conversation (`+ récap envoyé le 19 au soir, OK.`, `invoice paid on 18/11`, `Rechnung bezahlt am 18.11.`). A step is never due
 * before the conversation it was agreed in; `paid by 18/11` keys a due date, and stays a step.
 */
function dayItHappened(note: Note, words: string, dated: StepNotation['due'], day: string | undefined): string | undefined {
  const conversation = conversationDay(note.frontmatter);
  if (!conversation) return undefined;
  // The step grammar reads a day of the month alone as the first such day from the conversation on (`by the 19th`); said to have
  // happened, it is the last one on or before it (`le 19` in a note of 20 November).
  const said = dated && !DAY_OF_MONTH_ALONE.test(dated.text) ? REPORTED_BEFORE_DAY.exec(words.slice(0, dated.start)) : null;
  const alone = said ? null : REPORTED_ON_DAY_OF_MONTH.exec(words);
  const participle = said?.[1] ?? alone?.[1];
  if (participle === undefined || !statusSaysDone(participle, note.language)) return undefined;
  const happened = alone ? (Number(alone[2]) <= Number(conversation.slice(8)) ? `${conversation.slice(0, 8)}${alone[2].padStart(2, '0')}` : undefined) : day;
  return happened !== undefined && isRealDate(happened) && happened <= conversation ? happened : undefined;
}
/** A day of the month alone: `19`, `19th`, `the 19th`. */
const DAY_OF_MONTH_ALONE = /^(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th|er)?$/iu;
/** A participle, then what places a day after it, right before the day: `envoyé le `, `paid on `, `bezahlt am `. */
const REPORTED_BEFORE_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+)[ \\t]+(?:(?:${PLACING_WORDS})[ \\t]+(?:the[ \\t]+)?)?$`, 'iu');
/** A participle, then a day of the month alone after what places it: `envoyé le 19 au soir`, `sent on the 19th`. */
const REPORTED_ON_DAY_OF_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+)[ \\t]+(?:${PLACING_WORDS})[ \\t]+(?:the[ \\t]+)?(\\d{1,2})(?:st|nd|rd|th|er)?(?![\\p{N}./:])`, 'iu');

/** The done mark that closes a line of a step's words other than the last, where it is at its offset in the words. */
function doneMarkClosingALine(written: string, language: LanguagePack): StepNotation['doneMark'] {
  let at = 0;
  const lines = written.split(/(?<=\n)/u);
  for (const line of lines.slice(0, -1)) {
    const mark = readStepNotation(line.replace(/\r?\n$/u, ''), language).doneMark;
    if (mark) return { ...mark, start: at + mark.start, end: at + mark.end };
    at += line.length;
  }
  return undefined;
}

/**
 * People the frontmatter names, as the subject where the step grammar sees no name: one written in lower case, as some writers
 * write everything, before `to` or `will` (`ngaio to tell me if…`, `dan will transfer the account`; `mark to review` may be a
 * verb where no Mark is named), or a family by its name in the plural before a verb (`Callaways sign change order #2`, `Nguyens
 * decide A/B/C`), or one a task tool's label names (`p1 @Fabien`).
 */
function subjectTheNoteNames(note: Note, words: string): string | undefined {
  const lowerCase = LOWER_CASE_SUBJECT.exec(words)?.[1];
  const family = lowerCase === undefined ? FAMILY_SUBJECT.exec(words)?.[1] : undefined;
  const name = lowerCase ?? (family !== undefined ? familyName(family) : undefined);
  if (name !== undefined && isSubsetOfPeople([name], note)) return lowerCase ?? family;
  // A task tool's label that names one of them, as Todoist writers hand a step on (`Valider le devis · 27 nov. · p1 @Fabien`).
  return words.includes('@') ? [...words.matchAll(LABEL_NAME)].map((label) => label[1]).find((label) => isSubsetOfPeople([label.toLowerCase()], note)) : undefined;
}

/** Whether every word is a word of the names of the people the frontmatter names; their names are read only where a step asks. */
function isSubsetOfPeople(words: readonly string[], note: Note): boolean {
  const people = wordsOfPeoplesNames(readableEntries(note.frontmatter));
  return words.every((word) => people.has(word));
}
const LABEL_NAME = /(?<![\p{L}\p{N}_.])@(\p{Lu}[\p{L}'’-]{1,30})(?![\p{L}\p{N}_.@-])/gu;
const LOWER_CASE_SUBJECT = /^[ \t]*(\p{Ll}[\p{Ll}'’-]{1,30})[ \t]+(?:to|will)[ \t]+\p{L}/u;
/** A capitalised word in the plural opening the step, before a verb: `Callaways sign…`, `The Nguyens decide…`. */
const FAMILY_SUBJECT = /^[ \t]*((?:[Tt]he[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]{2,30}s)[ \t]+(?:to[ \t]+|will[ \t]+)?\p{Ll}/u;

/** A label over remarks (`Comments:`), in any language a pack knows: the list under it, up to the next label or sub-heading, holds no steps. */
const REMARK_LABELS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.remarkLabels.map(normalizeHeading)));

/** A group a task tool lists tasks under by when (`Upcoming`, `Someday`, `Un jour`): no one's name. */
const TASK_GROUP = new RegExp(`^(?:${TASK_GROUP_WORDS})$`, 'iu');

/** A label that says where the steps under it were copied from (`Copié de Things :`), in any language a pack knows: no one's name. */
const SOURCE_LABEL = new RegExp(`^(?:${anyPackPhrase((pack) => pack.sourceLabels)})(?![\\p{L}\\p{N}])`, 'iu');

/** A line that opens pointing to where the steps are written, in any language a pack knows. */
const POINTER = new RegExp(`^(?:${anyPackPhrase((pack) => pack.pointerPhrases)})(?![\\p{L}\\p{N}])`, 'iu');

type Column = 'what' | 'owner' | 'due' | 'done';

/** Table headers, normalised, and the column of a step each one names. */
const COLUMN_NAMES: ReadonlyArray<readonly [RegExp, Column]> = [
  [TASK_WORDS, 'what'],
  // A task tool's export names its columns so: `Task name`, `Assignees`, `Due on`; Jira's, `Summary`; an issue tracker's, `Issue`.
  [/^(?:task names?|names?|titles?|cards?|card names?|subject|summary|topic|activity|issues?)$/u, 'what'],
  [/^(?:who|owners?|action owners?|action by|actioned by|responsible|responsible persons?|persons? responsible|responsibility|resp|assign|assignees?|assigned to|assigned|members?|by whom|lead|person|pic|person in charge)$/u, 'owner'],
  [/^(?:when|due|due date|date due|due on|due by|date|deadline|deadline date|hard deadline|by when|by|until|target|target date|end date|finish date|eta|tat|timeline|timing|expected|needed by|need by)$/u, 'due'],
  // A remark column is where some writers give a step's state: `Closed`, `✔️ on staging 24/11`; Planner's is `Progress`; a Trello
  // board's, the list a card is in; Asana's export, the day it was completed (`| Completed At |`, a date there says done), or the
  // section a task sits in, where a board's sections are its states (`| Section |` over `Terminé`, `Done`).
  [/^(?:done|status|state|stage|progress|completed?|completed at|completed on|done on|remarks?|comments?|list|section)$/u, 'done'],
];
const SECTION_HEADER = /^section$/u;

/** A check mark or a task box, as a glyph: what a table's done column is headed with, or its task cell opens with. */
const TASK_BOX_GLYPH = '[☐☑☒✅✔✓]\\uFE0F?';
/** A task box glyph or a Markdown task box opening a table's task cell; `☐` and `[ ]` are open, the others done. */
const TASK_BOX_IN_CELL = new RegExp(`^(${TASK_BOX_GLYPH}|\\[[ xX]\\])[ \\t]+`, 'u');
const OPEN_BOX = /^(?:☐|\[ \])$/u;
/** A check mark or a task box alone as a header (`| Tâche | Qui | Échéance | ✔ |`): the column that says a step is done, in any language. */
const CHECK_MARK_HEADER = new RegExp(`^(?:${TASK_BOX_GLYPH}|\\[[ xX]?\\])$`, 'u');
/** The column a header names in the note's language (`Wer`, `Pour quand`), as its pack lists them. */
function columnInLanguage(name: string, language: LanguagePack): Column | undefined {
  const columns = Object.entries(language.steps.tableColumns) as Array<[Column, readonly string[]]>;
  return columns.find(([, headers]) => headers.some((header) => normalizeHeading(header) === name))?.[0];
}

/**
 * The column of a step a table's header or a field's key names, in English or the note's language (`Target date`, `Pour quand`),
 * a qualifier in brackets after it saying how it is filled in (`Status (RAG)`, `Due (est.)`).
 */
function columnNamed(header: string, language: LanguagePack): Column | undefined {
  const named = (text: string) => {
    const name = normalizeHeading(text);
    return COLUMN_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? columnInLanguage(name, language);
  };
  const qualified = QUALIFIED_HEADER.exec(header.trim());
  return named(header) ?? (qualified ? named(qualified[1]) : undefined);
}

/** A header with a qualifier in brackets after its name: `Status (RAG)`. */
const QUALIFIED_HEADER = /^([^()]*\S)[ \t]*\([^()]*\)$/u;

/** An org-mode timestamp alone in a cell, active or not, its weekday and hour after the day: `<2026-11-18 Mi>`, `[2026-11-12 Do 10:30]`. */
const ORG_TIMESTAMP_CELL = /^[<[](\d{4}-\d{2}-\d{2})(?:[ \t]+\p{L}{2,3}\.?)?(?:[ \t]+\d{1,2}:\d{2})?[>\]]$/u;
/** `|---|:--:|`, and org-mode's `|---+---|`, read with its blanks taken out. */
const DELIMITER_ROW = /^\|?(?::?-+:?[|+])*:?-+:?\|?$/u;

interface Cell {
  text: string;
  /** The trimmed text's offsets in the note. */
  start: number;
  end: number;
  /** Between the cell's pipes, blanks included: what a filled-in value replaces. */
  innerStart: number;
  innerEnd: number;
}

/**
 * The rows of a Markdown table with a What column and a Who or When column, in any order.
 * Tables are not CommonMark, so the parser sees a paragraph: its lines are read here. A
 * spreadsheet's rows pasted as text may follow their header line as a list
 * (`Action;Qui;Échéance` over `- Réserver le reefer;moi;16/10/2026`): `listRead` says the
 * list was read as the table's rows.
 */
function tableSteps(note: Note, paragraph: Paragraph, heading: SubHeading, list: List | undefined): { steps: NextStep[]; listRead: boolean } {
  const none = { steps: [], listRead: false };
  const from = paragraph.position?.start.offset;
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return none;
  const lines = linesOf(note.text, from, to);
  const listEnd = list?.position?.end.offset;
  // The list's items, the blank lines between them and before the list aside.
  const listLines = listEnd === undefined ? [] : linesOf(note.text, to + 1, listEnd).filter((line) => line.text.trim() !== '').map(withoutListMarker);
  const table = pipeTable(lines) ?? gridTable(lines) ?? delimitedTable(lines, listLines);
  if (!table) return none;
  const named = table.header.map((cell) => {
    const role = CHECK_MARK_HEADER.test(cell.text.trim()) ? 'done' : columnNamed(cell.text, note.language);
    return { header: cell.text, role };
  });
  // A board's section holds a task's state beside a column that names the task (`| Nom de la tâche | … | Section |`); with none,
  // it may hold the task itself (`| Section | Owner | Due |`).
  const taskNamed = named.some((column) => column.role === 'what');
  const columns = named.map((column) => (column.role === 'done' && !taskNamed && SECTION_HEADER.test(normalizeHeading(column.header)) ? { ...column, role: undefined } : column));
  const columnOf = (role: Column) => columns.findIndex((column) => column.role === role);
  const [namedWhatColumn, ownerColumn, dueColumn, doneColumn] = (['what', 'owner', 'due', 'done'] as const).map(columnOf);
  // A task column with a name of the writer's trade (`| Gewerk | Verantwortlich | Termin |`): where a Who and a When column say the
  // rows are steps, the first column that names no other part holds them.
  const whatColumn = namedWhatColumn >= 0 || ownerColumn < 0 || dueColumn < 0 ? namedWhatColumn : columns.findIndex((column) => column.role === undefined);
  if (whatColumn < 0 || (ownerColumn < 0 && dueColumn < 0)) return none;
  const header = (column: number, fallback: string) => `"${column >= 0 ? columns[column].header : fallback}"`;
  const steps: NextStep[] = [];
  for (const cells of table.rows) {
    const cellOfWhat = cells[whatColumn];
    if (!cellOfWhat || cellOfWhat.text.length === 0) continue;
    // A task box opening the task's cell, as OneNote's To Do tag is exported into a table (`| ☑ Gesprächsnotiz an Fr. Mohr |`).
    const box = TASK_BOX_IN_CELL.exec(cellOfWhat.text);
    const what = box ? { ...cellOfWhat, text: cellOfWhat.text.slice(box[0].length), start: cellOfWhat.start + box[0].length } : cellOfWhat;
    const boxDone = box !== null && !OPEN_BOX.test(box[1]);
    // A dash alone says the cell is empty (`| – |`), as tables fill a cell with nothing in it.
    const owner = cells[ownerColumn]?.text.replace(/^[-–—]+$/u, '') || undefined;
    // A status may open with a coloured mark: `🟢 Done`.
    const status = cells[doneColumn]?.text ?? '';
    // A day alone under a header that says done (`| Done |` over `10/08/26`) says when it was.
    const doneCell = statusSaysDone(status, note.language) || (doneColumn >= 0 && statusSaysDone(columns[doneColumn].header, note.language) && isWrittenDate(status)) ? status : undefined;
    const cell = dueColumn >= 0 ? cells[dueColumn] : undefined;
    // A date cell may open with its key (`avant le 5/12`, `bis 4.12.`), close with a done mark (`2026/11/25 (Wed) ✔`, `6.11. – erledigt`),
    // or open with a done word (`erledigt 28.10.`).
    const dueKey = cell ? dueKeyLength(cell.text, note.language) : 0;
    const dateInCell = cell && withoutDoneMark(cell.text.slice(dueKey), note.language);
    const doneFirst = cell !== undefined && statusSaysDone(cell.text, note.language);
    // A remark or a status after the day is not part of it: `13/11/2026 (pending)`, `20-Nov-26 🟡`.
    // Or counted from the conversation, the day it comes to in brackets: `J+45 (11/12/2026)`; or a range, due when it ends
    // (`2026-11-27 - 2026-12-08`, as a board's Timeline column gives it).
    const leading = dateInCell && leadingWrittenDate(dateInCell.text, note.language);
    // The day in brackets is the one meant where it has a figure (`J+45 (11/12/2026)`); a weekday alone there names the day before it (`2026/12/03 (Thu)`).
    const bracketed = dateInCell && bracketedWrittenDate(dateInCell.text);
    const later = dateInCell && (rangeEndDate(dateInCell.text) ?? (bracketed && (leading === undefined || /\d/u.test(bracketed.text)) ? bracketed : undefined));
    // An org-mode timestamp, as org tables keep their days: `<2026-11-18 Mi>`.
    const stamp = cell && ORG_TIMESTAMP_CELL.exec(cell.text);
    // Else a day among the cell's words, read as a step's: `après la reprise, au plus tard 27/11`, `proposer une date pour le 4/12`;
    // not the day a done word opens with (`erledigt 28.10.`), which says when it was done.
    const amongWords = dateInCell && !stamp && !later && leading === undefined && !doneFirst && !isWrittenDate(dateInCell.text) ? dayAmongWords(dateInCell.text, note.language) : undefined;
    const whenText = stamp ? stamp[1] : dateInCell && (later?.text ?? leading ?? amongWords?.text ?? dateInCell.text);
    const whenStart = cell && (stamp ? cell.start + 1 : cell.start + dueKey + (later?.index ?? amongWords?.index ?? 0));
    const when = cell && whenText !== undefined && whenStart !== undefined ? { ...cell, text: whenText, start: whenStart, end: whenStart + whenText.length } : undefined;
    const day = when && when.text.length > 0 ? (/^\d{4}-\d{2}-\d{2}$/u.test(when.text) ? when.text : dayOfStep(note, when.text)) : undefined;
    steps.push({
      source: 'table',
      what: what.text,
      // An empty cell of a Who column is a step no one owns yet, whatever a line above the table says.
      owner: ownerColumn >= 0 ? owner : heading.owner,
      due: day,
      otherDue: when && !day && isWrittenDate(when.text) ? { text: when.text, start: when.start, end: when.end } : undefined,
      dueMentioned: false,
      // The task struck through (`~~Send revised quote~~ ✅`) or closing with a done mark, where no state is written in a Status
      // column: there, `À faire` says open whatever the task's words say (`Régler la facture (réalisé octobre, 9 j)`).
      done:
        heading.done ||
        boxDone ||
        doneCell !== undefined ||
        dateInCell?.done === true ||
        doneFirst ||
        (status.length === 0 && (STRUCK_THROUGH.test(what.text) || withoutDoneMark(what.text, note.language).done)),
      // A check mark and a day in the Done cell (`✅ 2026-12-03`, as Mark Done writes it) say when.
      doneOn: doneCell === undefined ? undefined : doneDayOf(note, doneCell),
      start: what.start,
      end: what.end,
      dueRange: day && when ? { start: when.start, end: when.end } : undefined,
      notation: {
        owner: `a name in the ${header(ownerColumn, 'Who')} column`,
        due: `a YYYY-MM-DD date in the ${header(dueColumn, 'When')} column`,
      },
      anchor: {
        kind: 'table',
        ownerCell: table.cellsEditable ? span(cells[ownerColumn]) : undefined,
        dueCell: table.cellsEditable ? span(cells[dueColumn]) : undefined,
        doneCell: table.cellsEditable ? span(cells[doneColumn]) : undefined,
        ownerText: cells[ownerColumn]?.text ?? '',
        dueText: when?.text ?? '',
      },
    });
  }
  return { steps, listRead: table.listRead };
}

interface TableLine {
  text: string;
  start: number;
}

/** The note's lines from `from` to `to`, each with its offset, without a carriage return. */
function linesOf(text: string, from: number, to: number): TableLine[] {
  const lines: TableLine[] = [];
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/u, ''), start });
    start = end + 1;
  }
  return lines;
}

/** A list item's line without its bullet or number: `- Réserver;moi;16/10` as `Réserver;moi;16/10`. */
function withoutListMarker(line: TableLine): TableLine {
  const marker = LIST_MARKER.exec(line.text)?.[0].length ?? 0;
  return { text: line.text.slice(marker), start: line.start + marker };
}
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/u;

/**
 * A table's header cells and its rows' cells. `cellsEditable` where a value can be written
 * into a cell: a grid table's cells are filled in by hand, as a word written into one would
 * break the grid's columns; a spreadsheet's pasted rows have no blanks around their cells.
 * `listRead` where the rows were a list's items.
 */
interface TableRows {
  header: Cell[];
  rows: Cell[][];
  cellsEditable: boolean;
  listRead: boolean;
}

/** A pipe table: a header line, the delimiter row under it, then a row a line until a line without a pipe. */
function pipeTable(lines: readonly TableLine[]): TableRows | undefined {
  const headerIndex = lines.findIndex((line, index) => line.text.includes('|') && DELIMITER_ROW.test((lines[index + 1]?.text ?? '').replace(/\s+/gu, '')));
  if (headerIndex < 0) return undefined;
  const rows: Cell[][] = [];
  for (const line of lines.slice(headerIndex + 2)) {
    if (!line.text.includes('|')) break;
    rows.push(cellsOf(line.text, line.start, '|'));
  }
  return { header: cellsOf(lines[headerIndex].text, lines[headerIndex].start, '|'), rows, cellsEditable: true, listRead: false };
}

/**
 * Pandoc's grid table, as Word documents converted to Markdown hold one: rows set off by `+----+` borders (`+====+` under the
 * header), each row's cells written over as many lines as their words need. A cell's text is its lines' joined; its place, its first line's.
 */
function gridTable(lines: readonly TableLine[]): TableRows | undefined {
  if (lines.length === 0 || !GRID_BORDER.test(lines[0].text)) return undefined;
  const groups: TableLine[][] = [];
  let group: TableLine[] = [];
  for (const line of lines) {
    if (GRID_BORDER.test(line.text)) {
      if (group.length > 0) groups.push(group);
      group = [];
    } else if (line.text.trimStart().startsWith('|')) group.push(line);
    else break;
  }
  if (group.length > 0) groups.push(group);
  const rows = groups.map((rowLines) => {
    const lineCells = rowLines.map((line) => cellsOf(line.text, line.start, '|'));
    return lineCells[0].map((first, column) => {
      const written = lineCells.map((cells) => cells[column]).filter((cell): cell is Cell => cell !== undefined && cell.text.length > 0);
      const place = written[0] ?? first;
      return { ...place, text: written.map((cell) => cell.text).join(' ') };
    });
  });
  const [header, ...body] = rows;
  return header ? { header, rows: body, cellsEditable: false, listRead: false } : undefined;
}

/**
 * A spreadsheet's rows pasted as text, cells split by tabs or by semicolons (as a
 * spreadsheet saves CSV where the comma is the decimal sign), by commas (`No, Action, Responsible, Deadline, Status`
 * over `3, Share the consent forms, Grace, 27/11/2026, Pending`: a header of short names, and only the rows of as many
 * cells, as a comma may stand in a cell's words), or a task tool's fields split by
 * slashes or pipes between blanks (`Task / Assigned to / Due / Progress`, as Planner's tasks are pasted; `Row | Task |
 * Assigned To | Due Date | Done`, as Smartsheet's rows are, with no line of dashes under the header): a
 * header line, then its rows, on the lines under it or as the items of the list that follows.
 * The header may be said in brackets (`Pasted from Planner (Task / Assigned to / Due):`).
 */
function delimitedTable(lines: readonly TableLine[], listLines: readonly TableLine[]): TableRows | undefined {
  for (const [index, line] of lines.entries()) {
    const delimiter = ['\t', ';', ' / ', ' | ', ', '].find((candidate) => line.text.includes(candidate));
    if (delimiter === undefined) continue;
    const bracketed = BRACKETED_HEADER.exec(line.text);
    const header = bracketed ? { text: bracketed[2], start: line.start + bracketed[1].length } : line;
    const headerCells = cellsOf(header.text, header.start, delimiter);
    const commas = delimiter === ', ';
    if (commas && !(headerCells.length >= 3 && headerCells.every((cell) => CSV_HEADER_CELL.test(cell.text)))) continue;
    const rowsBelow = lines.slice(index + 1);
    const listRead = rowsBelow.length === 0 && listLines.length > 0 && listLines.every((row) => row.text.includes(delimiter));
    const rows = (listRead ? listLines : rowsBelow).filter((row) => row.text.includes(delimiter)).map((row) => cellsOf(row.text, row.start, delimiter));
    const kept = commas ? rows.filter((cells) => cells.length === headerCells.length) : rows;
    if (kept.length === 0) continue;
    return { header: headerCells, rows: kept, cellsEditable: false, listRead };
  }
  return undefined;
}

/** A header cell of comma-separated rows: a name of one to three words, no sentence. */
const CSV_HEADER_CELL = /^[\p{L}#№][\p{L}.#№]*(?:[ \t][\p{L}.]+){0,2}$/u;

/** A header line said in brackets after a few words, with a colon after them: `Pasted from Planner (Task / Assigned to / Due):`. */
const BRACKETED_HEADER = /^([^()\r\n]{1,60}\()([^()\r\n]+)\)[ \t]*:?[ \t]*$/u;

/** A grid table's border between rows: `+------+-----+`, `+======+=====+` under the header, colons for alignment. */
const GRID_BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/u;

/** A cell between its pipes, blanks included: what a filled-in value replaces. */
function span(cell: Cell | undefined): Span | undefined {
  return cell && { start: cell.innerStart, end: cell.innerEnd };
}

/** The cells of a table row, split at delimiters (pipes, tabs, semicolons, slashes between blanks) that are not escaped, without the outer ones. */
function cellsOf(line: string, lineStart: number, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  // A pipe table's row may open and close with a pipe; a spreadsheet's row has none around it, and a tab opening it is an empty first cell.
  const outer = delimiter === '|';
  const body = outer ? line.trimEnd() : line;
  const trimmedStart = outer ? line.length - line.trimStart().length : 0;
  let start = outer && body.startsWith('|', trimmedStart) ? trimmedStart + 1 : trimmedStart;
  const end = outer && body.endsWith('|') && body.length - 1 >= start ? body.length - 1 : body.length;
  for (let at = start; at <= end; at++) {
    if (at < end && (!line.startsWith(delimiter, at) || line[at - 1] === '\\')) continue;
    const raw = line.slice(start, at);
    const text = raw.trim();
    const offset = lineStart + start + (raw.length - raw.trimStart().length);
    cells.push({ text, start: offset, end: offset + text.length, innerStart: lineStart + start, innerEnd: lineStart + at });
    start = at + delimiter.length;
    at = start - 1;
  }
  return cells;
}

/**
 * What a step written in the body says is to be done: its words without the owner, the
 * done mark and a YYYY-MM-DD date written in them, nor a date written another way that was
 * read (`dayRead`) and set off as the step's (`— le 6 nov.`, `by Dec 4th`); one the sentence
 * only mentions (`call Hugo on 14 Dec if …`) stays in it. The note's steps and the recap's alike.
 */
export function stepWhat(words: string, notation: StepNotation, dayRead: boolean): string {
  const dateParts = dayRead && notation.due === undefined && !notation.looseDue ? notation.otherDueParts : [];
  return withoutNotation(words, { ...notation, parts: [...notation.parts, ...dateParts] });
}

/** A step's words as compared: case, punctuation, articles and `and` (`+`, `&`) set aside. */
function stepKey(what: string): string {
  return normalizeHeading(what)
    .replace(/\b(?:the|a|an|and)\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The step's words, cut to fit a message. */
export function stepLabel(step: NextStep): string {
  const line = step.what.split(/\r?\n/)[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

// Comparing every step with every other is quadratic: in a note of more steps than this
// (a generated list, say), only steps written exactly alike are grouped.
const MAX_STEPS_COMPARED = 100;

/**
 * Groups the steps that say the same thing, in order of first appearance: the same words
 * once case, punctuation and articles are set aside, or words a few typos apart (one in
 * twelve characters) with the same numbers in them, so that `Send invoice 1` and
 * `Send invoice 2` (or `2026-031a` and `2026-031b`) stay two steps. Shared by the lint rules and the recap.
 */
export function groupSameSteps<T>(steps: readonly T[], whatOf: (step: T) => string): T[][] {
  const groups: T[][] = [];
  const byKey = new Map<string, T[]>();
  const keys: Array<{ key: string; digits: string }> = [];
  for (const step of steps) {
    const key = stepKey(whatOf(step));
    // Each word with a figure in it whole, so that an invoice's or a version's letter counts too (`pay 2026-031a`, `pay 2026-031b`).
    const digits = key
      .split(' ')
      .filter((word) => /\d/u.test(word))
      .join(' ');
    // A step without words is a step of its own, not the same as every other one.
    let group = key.length > 0 ? byKey.get(key) : undefined;
    const limit = Math.floor(key.length / 12);
    if (!group && limit > 0 && steps.length <= MAX_STEPS_COMPARED) {
      const near = keys.find((other) => other.digits === digits && withinEditDistance(other.key, key, limit));
      group = near === undefined ? undefined : byKey.get(near.key);
    }
    if (group) {
      group.push(step);
      continue;
    }
    group = [step];
    groups.push(group);
    byKey.set(key, group);
    keys.push({ key, digits });
  }
  return groups;
}
