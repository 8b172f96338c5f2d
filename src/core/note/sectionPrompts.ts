import { knownSectionFor, type RequiredSection, type SectionKey } from './sections';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';

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
export function promptFor(title: string, required: readonly RequiredSection[], language: LanguagePack = ENGLISH): string {
  const known = knownSectionFor(title, required, language);
  return known ? PROMPTS[known.key] : `{{${title}}}`;
}
