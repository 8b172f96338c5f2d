import { addDays, isRealDate } from '../base/days';
import { HISTORY_SIGNAL_IDS, type HistorySignalId, type SignalThresholds } from '../config/historySignals';
import { groupSameSteps } from '../note/nextSteps';
import { compareText, ownerMatches, type DigestedNote } from './agenda';
import { clientOverview, type ClientNote, type UnsentRecap } from './clients';
import type { DigestStep } from './noteDigest';
import { stepTiming, type StepTiming } from './stepTiming';
import { fill, fillCount } from '../lang/fill';
import type { LanguagePack } from '../lang/pack';
import { ENGLISH } from '../lang/packs';
import { writtenDay } from '../lang/writtenDay';

/**
 * One side's next steps across a client's notes. Every step is done, open or overdue
 * (`total = done + open + overdue`); of the done ones with a due date, those done by it
 * and those done after it (the rest were done on a day the notes do not say).
 */
export interface StepCounts {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  overdue: number;
}

/** A step of the history, with its note, for a page to link to. */
export interface HistoryStep extends DigestStep {
  file: string;
  /** How it stands against its due date; undefined without one. */
  timing: StepTiming | undefined;
}

/** A boundary written in one or more notes (the same words, or a few typos apart), with the notes that hold it, oldest first. */
export interface RestatedBoundary {
  text: string;
  times: number;
  files: string[];
}

/** A fact the notes show, never a verdict: its id, a plain sentence and the notes that show it. */
export interface HistorySignal {
  id: HistorySignalId;
  message: string;
  files: string[];
  /** What the message says, for a host to word it in its own language. */
  facts: SignalFacts;
}

/**
 * The numbers and names of a signal: how many (conversations, disputes, notes, dated steps)
 * and, as the signal has them, the days of the window and its first and last day, the
 * scenario, the boundary, and of the dated steps how many were done late and are overdue.
 */
export interface SignalFacts {
  count: number;
  days?: number;
  from?: string;
  to?: string;
  scenario?: string;
  boundary?: string;
  late?: number;
  overdue?: number;
}

/** A client's history: what a person would count, note by note, in every conversation with them. */
export interface ClientHistory {
  /** As written in the client's most recent note. */
  client: string;
  /** Oldest first; notes of one day by file. */
  notes: ClientNote[];
  conversations: { total: number; byScenario: Record<string, number> };
  steps: { mine: StepCounts; theirs: StepCounts };
  /** Each side's steps, in the order of the notes, for the page's chart and links. */
  stepList: { mine: HistoryStep[]; theirs: HistoryStep[] };
  /** Of conversations held, oldest deadline first. */
  recapsNotSent: UnsentRecap[];
  /** In the order first written. */
  boundaries: RestatedBoundary[];
  signals: HistorySignal[];
}

/** How far apart the conversations of a recurring scenario and the invoice disputes of payment trouble may be. */
const RECURRING_WINDOW_DAYS = 180;
const PAYMENT_WINDOW_DAYS = 365;
/** How recent the conversations of an escalation are. */
const ESCALATION_DAYS = 60;

/**
 * The history of one client (by `clientKey`, whatever case or blanks the name is written
 * with) from the digest records, or undefined when no note names them. `today`
 * (YYYY-MM-DD) decides what is overdue and what is recent. Everything comes from the
 * records, which hold only what the client may read of a note.
 */
export function clientHistory(records: Iterable<DigestedNote>, client: string, today: string, thresholds: SignalThresholds): ClientHistory | undefined {
  const all = [...records];
  const overview = clientOverview(all, client, today);
  if (!overview) return undefined;
  const files = new Set(overview.notes.map((note) => note.file));
  const own = all
    .filter((note) => files.has(note.file))
    .sort((a, b) => compareText(a.digest.date ?? '', b.digest.date ?? '') || compareText(a.file, b.file));
  const notes = [...overview.notes].reverse();
  const byScenario: Record<string, number> = {};
  for (const note of notes) if (note.scenario !== undefined) byScenario[note.scenario] = (byScenario[note.scenario] ?? 0) + 1;
  const stepList = { mine: sideSteps(own, 'me', today), theirs: sideSteps(own, 'client', today) };
  const boundaries = restatedBoundaries(own);
  const history = {
    client: overview.client,
    notes,
    conversations: { total: notes.length, byScenario },
    steps: { mine: countsOf(stepList.mine), theirs: countsOf(stepList.theirs) },
    stepList,
    recapsNotSent: overview.unsentRecaps,
    boundaries,
  };
  return { ...history, signals: signalsOf(history, today, thresholds) };
}

function sideSteps(notes: readonly DigestedNote[], side: 'me' | 'client', today: string): HistoryStep[] {
  return notes.flatMap(({ file, digest }) =>
    digest.steps.filter((step) => ownerMatches(step, { kind: side })).map((step) => ({ ...step, file, timing: stepTiming(step, today) })),
  );
}

function countsOf(steps: readonly HistoryStep[]): StepCounts {
  const counts: StepCounts = { total: steps.length, done: 0, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0 };
  for (const { done, timing } of steps) {
    if (done) counts.done++;
    else if (timing === 'overdue') counts.overdue++;
    else counts.open++;
    if (timing === 'doneOnTime' || timing === 'doneLate') counts[timing]++;
  }
  return counts;
}

/** Each boundary once, grouped as the step merge groups a step's places, with the notes that write it. */
function restatedBoundaries(notes: readonly DigestedNote[]): RestatedBoundary[] {
  // The same words in many notes are one text to compare, so that the fuzzy match (which
  // compares texts pairwise, up to a limit) weighs the different wordings, not the notes.
  const filesOf = new Map<string, string[]>();
  const order = new Map(notes.map(({ file }, index) => [file, index]));
  for (const { file, digest } of notes) {
    for (const text of digest.boundaries) {
      const files = filesOf.get(text);
      if (!files) filesOf.set(text, [file]);
      else if (files[files.length - 1] !== file) files.push(file);
    }
  }
  return groupSameSteps([...filesOf], ([text]) => text).map((group) => {
    const files = [...new Set(group.flatMap(([, holding]) => holding))].sort((a, b) => order.get(a)! - order.get(b)!);
    return { text: group[0][0], times: files.length, files };
  });
}

type Counted = Omit<ClientHistory, 'signals'>;

function signalsOf(history: Counted, today: string, thresholds: SignalThresholds): HistorySignal[] {
  const signals: HistorySignal[] = [];
  for (const id of HISTORY_SIGNAL_IDS) {
    const threshold = thresholds[id];
    if (threshold !== 'off') signals.push(...SIGNALS[id](history, threshold, today));
  }
  return signals;
}

const SIGNALS: Record<HistorySignalId, (history: Counted, threshold: number, today: string) => HistorySignal[]> = {
  'recurring-scenario': (history, threshold) =>
    Object.keys(history.conversations.byScenario)
      .sort(compareText)
      .flatMap((scenario) => {
        const run = busiestWindow(history.notes.filter((note) => note.scenario === scenario), RECURRING_WINDOW_DAYS);
        return run.length >= threshold ? [signal('recurring-scenario', run.map((note) => note.file), { count: run.length, days: RECURRING_WINDOW_DAYS, scenario, ...window(run) })] : [];
      }),
  'late-commitments': (history, threshold) => {
    const dated = history.stepList.theirs.filter((step) => step.timing !== undefined);
    const slipped = dated.filter((step) => step.timing === 'doneLate' || step.timing === 'overdue');
    if (dated.length < threshold || slipped.length * 2 < dated.length) return [];
    const late = slipped.filter((step) => step.timing === 'doneLate').length;
    return [signal('late-commitments', [...new Set(slipped.map((step) => step.file))], { count: dated.length, late, overdue: slipped.length - late })];
  },
  'boundary-restated': (history, threshold) =>
    history.boundaries
      .filter((boundary) => boundary.times >= threshold)
      .map((boundary) => signal('boundary-restated', boundary.files, { count: boundary.times, boundary: boundary.text })),
  'payment-trouble': (history, threshold) => {
    const run = busiestWindow(history.notes.filter((note) => note.scenario === 'invoice-dispute'), PAYMENT_WINDOW_DAYS);
    return run.length >= threshold ? [signal('payment-trouble', run.map((note) => note.file), { count: run.length, days: PAYMENT_WINDOW_DAYS, ...window(run) })] : [];
  },
  escalation: (history, threshold, today) => {
    const since = addDays(today, -(ESCALATION_DAYS - 1));
    const recent = history.notes.filter((note) => note.date !== undefined && isRealDate(note.date) && note.date >= since && note.date <= today);
    return recent.length >= threshold ? [signal('escalation', recent.map((note) => note.file), { count: recent.length, days: ESCALATION_DAYS, ...window(recent) })] : [];
  },
};

/** A signal with its sentence in English, what the command line and the history's JSON say. */
function signal(id: HistorySignalId, files: string[], facts: SignalFacts): HistorySignal {
  return { id, message: signalSentence(id, facts, ENGLISH), files, facts };
}

/** A signal as a sentence of a language (the pack's `preparation.signals`), from its facts: what a note's Preparation says of it. */
export function signalSentence(id: HistorySignalId, facts: SignalFacts, language: LanguagePack): string {
  const { signals, scenarios, span } = language.preparation;
  const { code } = language;
  const { count, days = 0, from = '', to = '', scenario = '', boundary = '', late = 0, overdue = 0 } = facts;
  const period = from === to ? writtenDay(from, language) : fill(span, { from: writtenDay(from, language), to: writtenDay(to, language) });
  switch (id) {
    case 'recurring-scenario':
      return fillCount(signals[id], count, code, { scenario: Object.hasOwn(scenarios, scenario) ? scenarios[scenario] : scenario, days, span: period });
    case 'late-commitments': {
      const words = signals[id];
      return fill(words.sentence, { steps: fillCount(words.steps, count, code), late: fillCount(words.late, late, code), overdue: fillCount(words.overdue, overdue, code) });
    }
    case 'boundary-restated':
      return fillCount(signals[id], count, code, { boundary });
    case 'payment-trouble':
    case 'escalation':
      return fillCount(signals[id], count, code, { days, span: period });
  }
}

/**
 * The most dated notes (oldest first, as given) that fit in `days` days from the first to
 * the last, the earliest such run when several are as long. One pass: the window's start
 * only moves forward.
 */
function busiestWindow(notes: readonly ClientNote[], days: number): ClientNote[] {
  const dated = notes.filter((note): note is ClientNote & { date: string } => note.date !== undefined && isRealDate(note.date));
  let best: [number, number] = [0, 0];
  for (let start = 0, end = 0; end < dated.length; end++) {
    while (dated[end].date > addDays(dated[start].date, days - 1)) start++;
    if (end + 1 - start > best[1] - best[0]) best = [start, end + 1];
  }
  return dated.slice(best[0], best[1]);
}

/** The first and last day of dated notes, oldest first. */
function window(notes: readonly ClientNote[]): { from: string; to: string } {
  return { from: notes[0].date!, to: notes[notes.length - 1].date! };
}
