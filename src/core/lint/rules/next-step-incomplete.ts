import { addStepFields } from '../../edit/stepEdits';
import { agreedStepsOf, stepLabel, type NextStep } from '../../note/nextSteps';
import type { Note } from '../../note/parseNote';
import { isUnclearSide, learnSelfNames, notePeople, sameOwner, sideOf, type NotePeople } from '../../note/owners';
import { hasPlaceholder } from '../../note/placeholders';
import { isRealDate } from '../../base/days';
import type { TextEdit } from '../../base/types';
import type { Report, Rule } from '../rule';

export const nextStepIncomplete: Rule = {
  id: 'next-step-incomplete',
  description: 'A next step without an owner or a due date, in the frontmatter or under Agreed next steps.',
  defaultSeverity: 'warning',
  fixable: true,
  readsToday: true,
  check({ note, config, today, report }) {
    const steps = agreedStepsOf(note);
    const people = notePeople(note.frontmatter?.data, config.recap);
    learnSelfNames(steps.map((places) => places.map((place) => place.owner)), people);
    for (const places of steps) {
      // A template line such as `{{What}} (owner: {{me or client}}, …)` is not filled in
      // yet: unfilled-placeholder reports it, and an owner or date added to it would be noise.
      if (places.some((step) => step.done || hasPlaceholder(step.what))) continue;
      const finding = disagreement(places, people) ?? incompleteness(note, places, people, today);
      if (finding) report(finding);
    }
  },
};

/**
 * A step written twice with two owners or two dates: one finding, since only the
 * freelancer knows which is right. A date that is not a real day is frontmatter-schema's
 * finding alone: one cause, one finding.
 */
function disagreement(places: NextStep[], people: NotePeople): Report | undefined {
  // Against the first place that says it, so that a line written many times stays linear.
  const owner = places.find((place) => place.owner)?.owner;
  const due = places.find((place) => place.due && isRealDate(place.due))?.due;
  for (const other of places) {
    const owners = owner && other.owner && !sameOwner(owner, other.owner, people) ? `owners (${owner} and ${other.owner})` : undefined;
    const dues = due && other.due && isRealDate(other.due) && due !== other.due ? `due dates (${due} and ${other.due})` : undefined;
    if (!owners && !dues) continue;
    return {
      message: `Next step "${stepLabel(other)}" is written twice with different ${[owners, dues].filter(Boolean).join(' and ')}: make the two agree.`,
      start: other.start,
      end: other.end,
    };
  }
  return undefined;
}

/** What the step lacks, read across every place it is written in. */
function incompleteness(note: Note, places: NextStep[], people: NotePeople, today: string): Report | undefined {
  const step = places.find((place) => place.source !== 'frontmatter') ?? places[0];
  const owner = places.find((place) => place.owner)?.owner;
  const due = places.find((place) => place.due)?.due;
  const otherDue = due ? undefined : places.find((place) => place.otherDue)?.otherDue;
  const problems: string[] = [];
  const advice: string[] = [];
  const missing: Array<[string, string]> = [];
  if (!owner) missing.push(['owner', 'me']);
  else if (isUnclearSide(sideOf(owner, people))) {
    problems.push(`an unclear owner ("${owner}")`);
    advice.push('name the one person or side who does it');
  }
  // A malformed due date is frontmatter-schema's finding; one written another way in the body is ours.
  if (!due && !otherDue) missing.push(['due', today]);
  if (missing.length > 0) {
    problems.unshift(missing.map(([key]) => (key === 'owner' ? 'no owner' : 'no due date')).join(' and '));
    advice.unshift(`add ${missing.map(([key]) => step.notation[key as 'owner' | 'due']).join(' and ')}`);
  }
  if (otherDue) {
    problems.push(`a due date that does not say which day ("${otherDue.text}")`);
    advice.push('write the day as YYYY-MM-DD');
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
    message: `Next step "${stepLabel(step)}" has ${problems.join(' and ')}: ${advice.join(' and ')}.`,
    start: step.start,
    end: step.end,
    // An owner or a date added is a guess to correct: offered, never applied by Fix All.
    ...(edits.length > 0 ? { fix: { title: `Add ${missing.map(([key, value]) => `${key}: ${value}`).join(', ')}`, edits, safe: false } } : {}),
  };
}
