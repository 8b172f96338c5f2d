import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { LanguagePack } from './pack';
import { wordsPattern } from '../base/matches';

/** Every language a note may be written in; English first, the language of a note that says none. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr];

export const ENGLISH = en;

/** Every pack's words for "and", lower case: a note may join two names or a heading's halves in any of them. */
export const AND_WORDS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((pack) => pack.andWords.map((word) => word.toLowerCase())));

/**
 * Every pack's phrases of one kind as the alternatives of one pattern, since a writer may use any
 * language's: each once, the longest first so that none is cut short at a shorter one, its blanks
 * and apostrophes as a writer types them (`wordsPattern`).
 */
export function anyPackPhrase(pick: (pack: LanguagePack) => readonly string[]): string {
  return [...new Set(LANGUAGE_PACKS.flatMap(pick))]
    .sort((a, b) => b.length - a.length)
    .map(wordsPattern)
    .join('|');
}

/** Every pack's words that open an alternative (`or`, `oder`, `ou`, `sonst`), as one pattern's alternatives: the one home of them. */
export const OR_WORD = anyPackPhrase((pack) => pack.orWords);

/**
 * The pack a language tag names (`de`, `de-CH`, `fr_CA`, `FR`): its primary subtag, as BCP
 * 47 reads it. Undefined for a tag no pack serves.
 */
export function packFor(tag: string | undefined): LanguagePack | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/iu.exec(tag)?.[1].toLowerCase();
  return LANGUAGE_PACKS.find((pack) => pack.code === primary);
}
