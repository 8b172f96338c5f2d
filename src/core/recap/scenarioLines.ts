// The recap's opening and closing lines for each scenario, which the user's `summary.tone`
// lines replace.
import type { ToneOverrides } from '../config/config';
import { SCENARIOS, type ScenarioId } from '../note/scenarios';

/** The lines that set the recap's tone: one after the thanks, one before the signature. Plain text. */
export interface RecapTone {
  opening: string;
  closing: string;
}

const CORRECT_ME = 'If anything here does not match your understanding, please let me know and I will correct it.';

// Drawn from the guidance each template follows (PRODUCT.md §1): own a miss and give the
// revised plan, thank the client for raising a concern, give the context of a price change
// and what it brings, say what was checked and what happens next. Fixed text, so the same
// note gives the same recap.
const NEUTRAL: RecapTone = { opening: 'Here is a short summary of what we discussed, so that we both have the same record.', closing: CORRECT_ME };

const BUILT_IN: Record<ScenarioId, RecapTone> = {
  'scope-change': {
    opening: 'Here is a summary of how the scope of the work changes, as we discussed, so that we both have the same record.',
    closing: `I will start on the changes as set out here. ${CORRECT_ME}`,
  },
  'missed-deadline': {
    opening: 'I did not deliver on the date I had committed to, and I am sorry for the trouble this causes you. Here is the revised plan we agreed.',
    closing: `I will keep you posted as the revised plan goes ahead. ${CORRECT_ME}`,
  },
  'price-increase': {
    opening: 'Here is a summary of the change in price we discussed: the context for it, and what it means for your work with me.',
    closing: `I am happy to go through the new prices with you again at any time. ${CORRECT_ME}`,
  },
  'budget-constraints': {
    opening: 'Thank you for being open about your budget. Here is what we agreed fits within it.',
    closing: `If your budget changes, I am happy to look at the rest of the work again. ${CORRECT_ME}`,
  },
  'unrealistic-expectations': {
    opening: 'Here is what we agreed can be done within the time and budget we have, so that we share the same expectations.',
    closing: `If this does not give you what you need, please tell me and we will look at the options again. ${CORRECT_ME}`,
  },
  'quality-complaint': {
    opening: 'Thank you for raising your concerns about the work so clearly: it helps me put things right. Here is what we agreed.',
    closing: `I will keep you posted as each step is done. ${CORRECT_ME}`,
  },
  'invoice-dispute': {
    opening: 'Here is a summary of what was checked on the invoice and what happens next.',
    closing: 'If anything here does not match your records, please let me know and I will look into it.',
  },
  miscommunication: {
    opening: 'We understood some things differently, so here is what we now agree, to work from the same understanding.',
    closing: 'If anything here still reads differently to you, please tell me, so that we settle it now.',
  },
  'contract-termination': {
    opening: 'Here is a summary of what we agreed about ending our work together, so that the handover is clear for both of us.',
    closing: `Thank you for the work we have done together. ${CORRECT_ME}`,
  },
  other: NEUTRAL,
};

const KNOWN = new Set<string>(SCENARIOS.map((scenario) => scenario.id));

/**
 * The opening and closing lines for a note's scenario: the user's line for that scenario,
 * else their `default` line, else the built-in one (neutral for `other`, none or unknown).
 */
export function recapTone(scenario: string | undefined, overrides: ToneOverrides = {}): RecapTone {
  const builtIn = scenario && KNOWN.has(scenario) ? BUILT_IN[scenario as ScenarioId] : NEUTRAL;
  const own = (scenario && isTone(overrides[scenario]) ? overrides[scenario] : undefined) ?? {};
  const fallback = isTone(overrides.default) ? overrides.default : {};
  const line = (key: keyof RecapTone) => [own[key], fallback[key]].find((value): value is string => typeof value === 'string' && value.trim().length > 0)?.trim() ?? builtIn[key];
  return { opening: line('opening'), closing: line('closing') };
}

function isTone(value: unknown): value is Partial<RecapTone> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
