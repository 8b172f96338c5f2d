import { knownSectionFor, type RequiredSection, type SectionKey } from './sections';

// What an inserted section asks the freelancer to write, drawn from the guidance on
// difficult conversations: prepare, listen and say back what you heard, facts not blame,
// clear limits, owned next steps.
const PROMPTS: Record<SectionKey, string> = {
  preparation: '{{The facts, the client’s likely view, the outcome you want, the options you can offer, the questions to ask}}',
  facts: '{{What happened, in dates and numbers, without judgement}}',
  clientPerspective: '{{How the client sees it in their words, the outcome they want, and what you heard back}}',
  boundaries: '{{What you can and cannot do}}',
  options: '{{The options you put on the table}}',
  agreements: '- {{What we agreed, in a sentence the client would sign}}',
  nextSteps: '- {{What}} (owner: {{me or client}}, due: {{YYYY-MM-DD}})',
  privateNotes: '{{For your eyes only}}',
};

/** The placeholder line under a section heading inserted by a fix or a command. */
export function promptFor(title: string, required: readonly RequiredSection[]): string {
  const known = knownSectionFor(title, required);
  return known ? PROMPTS[known.key] : `{{${title}}}`;
}

/** What to write in an empty section, for the empty-section message; none for a section the templates do not know. */
export function hintFor(key: SectionKey | undefined): string | undefined {
  if (!key) return undefined;
  if (key === 'nextSteps') return 'list each step agreed, as `- What (owner: NAME, due: YYYY-MM-DD)`';
  const prompt = PROMPTS[key].replace(/\{\{|\}\}/g, '');
  return `write ${prompt[0].toLowerCase()}${prompt.slice(1)}`;
}
