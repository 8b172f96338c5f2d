import { knownSectionFor, type RequiredSection } from './sections';
import { ENGLISH } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';

/** The placeholder line under a section heading inserted by a fix or a command, in the note's language (its pack's `sectionPrompts`). */
export function promptFor(title: string, required: readonly RequiredSection[], language: LanguagePack = ENGLISH): string {
  const known = knownSectionFor(title, required, language);
  return known ? language.sectionPrompts[known.key] : `{{${title}}}`;
}
