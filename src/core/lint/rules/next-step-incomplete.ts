import { addStepFields } from '../../edit/stepEdits';
import { agreedStepsOf, stepLabel, type NextStep } from '../../note/nextSteps';
import type { Note } from '../../note/parseNote';
import { isUnclearOwner, learnSelfNames, notePeople, sameOwner, type NotePeople } from '../../note/owners';
import { hasPlaceholder } from '../../note/placeholders';
import { isRealDate } from '../../base/days';
import { severityOf } from '../../config/config';
import { earliestConversationDay, readableEntries } from '../../note/frontmatter';
import { isRecurringDue } from '../../note/stepNotation';
import { dateOrder } from './date-order';
import type { TextEdit } from '../../base/types';
import type { Report, Rule, RuleContext } from '../rule';

export const nextStepIncomplete: Rule = {
  id: 'next-step-incomplete',
  description: 'A next step without an owner or a due date, in the frontmatter or under Agreed next steps.',
  defaultSeverity: 'warning',
  fixable: true,
  readsToday: true,
  check({ note, config, today, say, report }) {
    const steps = agreedStepsOf(note);
    const people = notePeople(readableEntries(note.frontmatter), config.recap, note.language);
    learnSelfNames(steps.map((places) => places.map((place) => place.owner)), people);
    // A due date before the conversation (`2025-12-03` against the body's `12/03`) is date-order's finding: one cause, one finding.
    const conversation = earliestConversationDay(note.frontmatter, note.language);
    const dateOrderOn = severityOf(config, dateOrder.id, dateOrder.defaultSeverity) !== 'off';
    const reportedByDateOrder = (due: string) => dateOrderOn && conversation !== undefined && due < conversation;
    for (const places of steps) {
      // A template line such as `{{What}} (owner: {{me or client}}, …)` is not filled in
      // yet: unfilled-placeholder reports it, and an owner or date added to it would be noise.
      if (places.some((step) => step.done || hasPlaceholder(step.what))) continue;
      const finding = disagreement(places, people, reportedByDateOrder, say) ?? incompleteness(note, places, people, today, say);
      if (finding) report(finding);
    }
  },
};

/**
 * A step written twice with two owners or two dates: one finding, since only the
 * freelancer knows which is right. A date that is not a real day is frontmatter-schema's
 * finding alone, and one before the conversation date-order's: one cause, one finding. A
 * day the words only mention disagrees with no due date written as one elsewhere.
 */
function disagreement(places: NextStep[], people: NotePeople, reportedByDateOrder: (due: string) => boolean, say: Say): Report | undefined {
  // Against the first place that says it, so that a line written many times stays linear.
  const owner = places.find((place) => place.owner)?.owner;
  const dated = places.filter((place) => place.due && isRealDate(place.due));
  const firm = new Set(dated.some((place) => !place.dueMentioned) ? dated.filter((place) => !place.dueMentioned) : dated);
  const due = firm.values().next().value?.due;
  for (const other of places) {
    const owners = owner && other.owner && !sameOwner(owner, other.owner, people) ? say('next-step-incomplete.owners', { first: owner, second: other.owner }) : undefined;
    const dues = due && other.due && firm.has(other) && due !== other.due && !reportedByDateOrder(due) && !reportedByDateOrder(other.due) ? say('next-step-incomplete.dues', { first: due, second: other.due }) : undefined;
    if (!owners && !dues) continue;
    return {
      message: say('next-step-incomplete.disagree', { step: stepLabel(other), differences: joined([owners, dues], say) }),
      start: other.start,
      end: other.end,
    };
  }
  return undefined;
}

/** What the step lacks, read across every place it is written in. */
function incompleteness(note: Note, places: NextStep[], people: NotePeople, today: string, say: Say): Report | undefined {
  const step = places.find((place) => place.source !== 'frontmatter') ?? places[0];
  const owner = places.find((place) => place.owner)?.owner;
  const due = places.find((place) => place.due)?.due;
  const otherDue = due ? undefined : places.find((place) => place.otherDue)?.otherDue;
  const problems: string[] = [];
  const advice: string[] = [];
  const missing: Array<[string, string]> = [];
  if (!owner) missing.push(['owner', 'me']);
  else if (isUnclearOwner(owner, people)) {
    problems.push(say('next-step-incomplete.unclearOwner', { owner }));
    advice.push(say('next-step-incomplete.nameOwner'));
  }
  // A malformed due date is frontmatter-schema's finding; one written another way in the body is ours.
  if (!due && !otherDue) missing.push(['due', today]);
  if (missing.length > 0) {
    problems.unshift(joined(missing.map(([key]) => say(key === 'owner' ? 'next-step-incomplete.noOwner' : 'next-step-incomplete.noDue')), say));
    advice.unshift(say('next-step-incomplete.add', { fields: joined(missing.map(([key]) => step.notation[key as 'owner' | 'due']), say) }));
  }
  if (otherDue && !isRecurringDue(otherDue.text, note.language)) {
    problems.push(say('next-step-incomplete.vagueDue', { due: otherDue.text }));
    advice.push(say('next-step-incomplete.isoDue'));
  }
  if (problems.length === 0) return undefined;
  const edits: TextEdit[] = [];
  let addable = missing.length > 0;
  for (const place of missing.length > 0 ? places : []) {
    const added = addStepFields(note, place, missing);
    if (added) edits.push(...added);
    else addable = false;
  }
  if (!addable) edits.length = 0;
  return {
    message: say('next-step-incomplete.incomplete', { step: stepLabel(step), problems: joined(problems, say), advice: joined(advice, say) }),
    start: step.start,
    end: step.end,
    // An owner or a date added is a guess to correct: offered, never applied by Fix All.
    ...(edits.length > 0 ? { fix: { title: say('next-step-incomplete.fix', { fields: missing.map(([key, value]) => `${key}: ${value}`).join(', ') }), edits, safe: false } } : {}),
  };
}

type Say = RuleContext['say'];

/** Parts joined by "and" in the reader's language: `no owner and no due date`. */
function joined(parts: ReadonlyArray<string | undefined>, say: Say): string {
  return parts.filter((part): part is string => part !== undefined).reduce((all, part) => say('next-step-incomplete.and', { first: all, second: part }));
}
