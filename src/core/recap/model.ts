import { isMap, type YAMLMap } from 'yaml';
import { isRealDate } from '../base/days';
import { LineIndex, withLfEnds } from '../base/lines';
import { oneLine, withoutControlCharacters } from '../base/text';
import { NOTE_TYPE, readableEntries, type Frontmatter } from '../note/frontmatter';
import { FrontmatterFields } from '../note/frontmatterFields';
import { groupSameSteps, groupStepPlaces, nextStepsOf, stepWhat, withoutPrompts } from '../note/nextSteps';
import { readStepNotation } from '../note/stepNotation';
import { ENGLISH } from '../lang/packs';
import { messageCatalog, type Say } from '../lang/messages';
import { learnSelfNames, notePeople, settledSideOf, sideOf, type NotePeople } from '../note/owners';
import { openNoteOnLineScan } from '../digest/digestText';
import type { OpenedNote } from '../note/openNote';
import type { Note } from '../note/parseNote';
import { hasOnlyScaffolding } from '../note/placeholders';
import { visibleItemsOf } from '../note/sectionItems';
import { unparsedBecause } from '../note/parseLimits';
import { DEFAULT_PRIVATE_SECTIONS, type NotePrivacy } from '../note/privacy';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from '../note/sections';
import { asciiAddress, parseContacts, type Contact } from '../note/contact';
import { includedSections, type RecapSection } from './includedSections';
import type { ToneOverrides } from '../config/config';
import { recapTone, type RecapTone } from './scenarioLines';

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
  contacts: Contact[];
  /** Copied in: `cc` and the attendees written with an address, each once, the contacts and sender left out. */
  cc: Contact[];
  channel: string | undefined;
  /** Inline Markdown, one item each. */
  agreements: string[];
  nextSteps: RecapStep[];
  /** Inline Markdown, one item each. */
  boundaries: string[];
  /** Body sections listed in `recap.includeSections`, private parts taken out. */
  sections: RecapSection[];
  /** The lines the scenario sets the tone with (plain text): after the thanks, before the signature. */
  tone: RecapTone;
  /** The closing, as configured (plain text, possibly several lines). */
  signature: string;
  /** The freelancer's name (`myName`, else the name in `from`), signed under the default closing. */
  senderName: string;
  /** The sender for the .eml `From` header, as configured; empty to leave it to the mail program. */
  from: string;
  /** The language the recap is worded in, the note's (`de`, `fr`); English when left out. */
  language?: string;
}

export interface RecapStep {
  /** Inline Markdown: what will be done, without its owner and due annotations. */
  what: string;
  /** The owner as written (`@` taken off), or undefined when nobody is named. */
  owner: string | undefined;
  /** Who does it as the reader sees it: the freelancer, the reader, someone named, both sides, or nobody yet. */
  doer: StepDoer;
  /** The due date as written, normally `YYYY-MM-DD`. */
  due: string | undefined;
  done: boolean;
}

export type StepDoer = 'me' | 'you' | 'other' | 'we' | 'unassigned';

export interface RecapOptions {
  /** The closing and name, several lines allowed. Empty: "Best regards," and the sender's name. */
  signature?: string;
  /** The freelancer's own name: a step owned by it is "What I will do"; signs the default closing. */
  myName?: string;
  /** The user's opening and closing lines per scenario (`recap.tone`), in place of the built-in ones. */
  tone?: ToneOverrides;
  /** Titles (or aliases) of body sections to add to the recap; private ones are refused. */
  includeSections?: readonly string[];
  /** `Name <email>` of the sender, for the .eml `From` header. */
  from?: string;
  /** The configured required sections, whose aliases also name sections. */
  requiredSections?: readonly RequiredSection[];
  /** Headings private besides the known private sections; default `DEFAULT_PRIVATE_SECTIONS`. */
  privateSections?: readonly string[];
  /** The configured language of notes that do not say theirs in `lang`. */
  language?: string;
  /** True when the note counts as a client note by the include globs, without `type`. */
  isNote?: boolean;
  /**
   * The reader's language (`de`, `fr-CA`), which the problems and warnings are worded in, as
   * `lint`'s findings are; English when left out. The recap itself is in the note's language.
   */
  locale?: string;
}

export type RecapModelResult =
  | { ok: true; model: RecapModel; warnings: string[] }
  | { ok: false; problems: string[] };

/**
 * The recap model of a note: `input` opened already (the recap's check reads the same one),
 * or its text, opened here by the sections `options` names.
 */
export function buildRecapModel(input: string | OpenedNote, options: RecapOptions = {}): RecapModelResult {
  const opened =
    typeof input === 'string'
      ? openNoteOnLineScan(input, {
          requiredSections: options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS,
          privateSections: options.privateSections ?? DEFAULT_PRIVATE_SECTIONS,
          language: options.language,
        })
      : input;
  const { say } = messageCatalog(options.locale);
  const frontmatter = opened.frontmatter;
  const unreadable = frontmatterProblems(opened.source, frontmatter, say);
  if (unreadable.length > 0) return { ok: false, problems: unreadable };
  const document = frontmatter!.document!;
  const root = document.contents as YAMLMap;
  const fields = new FrontmatterFields(document, root, say);

  const problems: string[] = [];
  const warnings: string[] = [];
  if (fields.scalar('type') !== NOTE_TYPE && !options.isNote) {
    return { ok: false, problems: [say('recap.notClientNote', { type: NOTE_TYPE })] };
  }
  const topic = fields.scalar('topic');
  if (!topic) problems.push(say('recap.noTopic'));

  let note: Note;
  try {
    note = opened.note;
  } catch (error) {
    return { ok: false, problems: [say('recap.unreadable', { error: error instanceof Error ? error.message : String(error) })] };
  }
  const frontmatterAlone = note.skippedBody ? say('recap.frontmatterAlone', { reason: unparsedBecause(note.skippedBody.reason, say) }) : undefined;
  if (frontmatterAlone) warnings.push(frontmatterAlone);
  const privacy = opened.privacy;

  const parsedContacts = parseContacts(fields.scalar('contact', 'kept'), 'contact', say);
  // A contact that is not plainly a name and an address is refused, not guessed at.
  if (!parsedContacts.ok) problems.push(parsedContacts.problem);
  const contacts = parsedContacts.ok ? parsedContacts.contacts : [];
  if (parsedContacts.ok && contacts.length === 0) {
    warnings.push(say('recap.noContact'));
  }
  const date = fields.scalar('date');
  const client = fields.scalar('client');
  const sender = parseContacts(options.from ?? '', 'from', say);
  const senderName = (options.myName ?? '').trim() || (sender.ok ? (sender.contacts[0]?.name ?? '') : '');
  const people = notePeople(readableEntries(note.frontmatter), { myName: options.myName, from: options.from }, note.language);
  const model: RecapModel = {
    topic: topic ?? '',
    date,
    client,
    contacts,
    cc: copiedIn(fields, [...contacts, ...(sender.ok ? sender.contacts : [])], warnings, say),
    channel: fields.scalar('channel'),
    agreements: withoutRepeats([...fields.list('agreements'), ...visibleItemsOf(note, 'agreements', privacy)]),
    nextSteps: mergeSteps(fields.steps(), listSteps(note, privacy), people).map((step) => withDoer(step, people)),
    boundaries: withoutRepeats([...fields.list('boundaries'), ...visibleItemsOf(note, 'boundaries', privacy)]),
    sections: includedSections(note, privacy, options.includeSections ?? [], opened.settings, warnings, say),
    tone: recapTone(fields.scalar('scenario'), options.tone, note.language),
    signature: withLfEnds(options.signature ?? '').trim(),
    senderName,
    from: (options.from ?? '').trim(),
    // Only another language is said: an English note's model (and its JSON) is as it was.
    ...(note.language === ENGLISH ? {} : { language: note.language.code }),
  };
  warnings.push(...fields.warnings);
  if (date !== undefined && !isRealDate(date)) warnings.push(say('recap.notRealDate', { date }));

  if (model.agreements.length + model.nextSteps.length + model.boundaries.length + model.sections.length === 0) {
    // The sections under their names in the note's language, as required-sections names them.
    const { sections } = note.language;
    problems.push(
      frontmatterAlone
        ? `${frontmatterAlone} ${say('recap.frontmatterAloneNothing')}`
        : say('recap.nothing', { agreements: sections.agreements[0], boundaries: sections.boundaries[0], nextSteps: sections.nextSteps[0] }),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  Object.assign(model, withoutControls(model));
  return { ok: true, model, warnings };
}

/** Why the frontmatter cannot give a recap: missing, broken or empty; none when it can. */
function frontmatterProblems(source: string, frontmatter: Frontmatter | undefined, say: Say): string[] {
  if (!frontmatter) return [say('recap.noFrontmatter', { type: NOTE_TYPE })];
  if (frontmatter.problems.length > 0 || !frontmatter.document) {
    const lines = new LineIndex(source);
    const details = frontmatter.problems.slice(0, 3).map((problem) => say('recap.frontmatterErrorAt', { line: lines.positionAt(problem.start).line + 1, problem: say(problem.key, problem.values) }));
    return [say('recap.frontmatterErrors', { details: details.join('; ') || say('recap.frontmatterUnreadable') })];
  }
  if (!isMap(frontmatter.document.contents)) return [say('recap.frontmatterEmpty', { type: NOTE_TYPE })];
  return [];
}

/**
 * The people to copy: every `cc` entry (one that is not a name and an address is reported),
 * and the attendees written `Name <address>` (a name alone is just who took part).
 */
function copiedIn(fields: FrontmatterFields, addressed: readonly Contact[], warnings: string[], say: Say): Contact[] {
  const seen = new Set(addressed.flatMap((person) => asciiAddress(person.address)?.toLowerCase() ?? []));
  const copied: Contact[] = [];
  for (const [key, strict] of [['cc', true], ['attendees', false]] as const) {
    for (const entry of fields.list(key, 'kept')) {
      const parsed = parseContacts(entry, key, say);
      if (!parsed.ok) {
        if (strict) warnings.push(say('recap.ccLeftOut', { problem: parsed.problem }));
        continue;
      }
      for (const person of parsed.contacts) {
        const address = asciiAddress(person.address)?.toLowerCase();
        if (!address) {
          if (strict) warnings.push(say('recap.ccNoAddress', { entry, name: person.name }));
          continue;
        }
        if (seen.has(address)) continue;
        seen.add(address);
        copied.push(person);
      }
    }
  }
  return copied;
}

type WrittenStep = Omit<RecapStep, 'doer'>;

/** The recap's group for each side of `note/owners.ts`. */
const DOER_OF_SIDE = { me: 'me', client: 'you', both: 'we', named: 'other', unclear: 'unassigned' } as const;

function withDoer(step: WrittenStep, people: NotePeople): RecapStep {
  const owner = step.owner?.trim().replace(/^@(?=\S)/u, '');
  const side = sideOf(owner, people);
  return side ? { ...step, owner, doer: DOER_OF_SIDE[side] } : { ...step, owner: undefined, doer: 'unassigned' };
}

/** Next steps written under Agreed next steps (list items, table rows), as the client may see them. */
function listSteps(note: Note, privacy: NotePrivacy): WrittenStep[] {
  return nextStepsOf(note)
    .filter((step) => step.source !== 'frontmatter' && privacy.visible(step.start))
    .flatMap((step) => {
      const visible = privacy.visibleText(step.start, step.end);
      const what = oneLine(stepWhat(visible, readStepNotation(visible, note.language), step.due !== undefined));
      return what ? [{ what, owner: step.owner, due: step.due, done: step.done }] : [];
    });
}

/** Items as written, less the prompts left unfilled and the ones written twice (frontmatter and body, say). */
function withoutRepeats(items: readonly string[]): string[] {
  return groupSameSteps(
    items.filter((item) => !hasOnlyScaffolding(item)),
    (item) => item,
  ).map(([first]) => first);
}

/**
 * A step written more than once (in the frontmatter and the body, say) appears once; a
 * prompt left unfilled is no step. A name written for a step the other place gives to
 * `me` is the writer's own (`learnSelfNames`).
 */
function mergeSteps(inFrontmatter: WrittenStep[], inBody: WrittenStep[], people: NotePeople): WrittenStep[] {
  const filledIn = (steps: WrittenStep[]) => steps.flatMap((step) => withoutPrompts(step) ?? []);
  const frontmatterSteps = new Set(filledIn(inFrontmatter));
  const groups = groupStepPlaces([...frontmatterSteps, ...filledIn(inBody)], {
    what: (step) => step.what,
    owner: (step) => step.owner,
    due: (step) => step.due,
    side: (step) => settledSideOf(step.owner, people),
    inFrontmatter: (step) => frontmatterSteps.has(step),
  });
  learnSelfNames(groups.map((group) => group.map((step) => step.owner)), people);
  return groups.map(([first, ...others]) => ({
    ...first,
    owner: first.owner ?? others.find((step) => step.owner)?.owner,
    due: first.due ?? others.find((step) => step.due)?.due,
    done: first.done || others.some((step) => step.done),
  }));
}

/**
 * The model with no control character in its text (tabs and line breaks aside): an ESC
 * sequence, an OSC 8 link or a C1 control written in a note, or decoded from a YAML
 * escape (`"\\e[31m"`), never reaches a terminal, a mail program or an .eml header.
 */
function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map(withoutControls) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutControls(entry)])) as T;
  return value;
}
