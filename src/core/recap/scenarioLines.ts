// The recap's opening and closing lines for each scenario (the language pack's), which the
// user's `recap.tone` lines replace.
import type { ToneOverrides } from '../config/config';
import { SCENARIOS } from '../note/scenarios';
import type { LanguagePack } from '../lang/pack';
import { ENGLISH } from '../lang/packs';

/** The lines that set the recap's tone: one after the thanks, one before the signature. Plain text. */
export interface RecapTone {
  opening: string;
  closing: string;
}

const KNOWN = new Set<string>(SCENARIOS.map((scenario) => scenario.id));

/**
 * The opening and closing lines for a note's scenario: the user's line for that scenario,
 * else their `default` line, else the built-in one (neutral for `other`, none or unknown).
 */
export function recapTone(scenario: string | undefined, overrides: ToneOverrides = {}, language: LanguagePack = ENGLISH): RecapTone {
  // Fixed text, in the note's language, so that the same note gives the same recap.
  const builtIn = language.recap.tones[scenario && KNOWN.has(scenario) ? scenario : 'other'];
  const own = (scenario && isTone(overrides[scenario]) ? overrides[scenario] : undefined) ?? {};
  const fallback = isTone(overrides.default) ? overrides.default : {};
  const line = (key: keyof RecapTone) => [own[key], fallback[key]].find((value): value is string => typeof value === 'string' && value.trim().length > 0)?.trim() ?? builtIn[key];
  return { opening: line('opening'), closing: line('closing') };
}

function isTone(value: unknown): value is Partial<RecapTone> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
