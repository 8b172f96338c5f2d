// Patterns: every match of one in a text, and text made into one that matches it as written.
// Every match of a pattern in a text, read with `exec`. `String.prototype.matchAll` copies
// the pattern on each call and steps an iterator per match: on a note's prose it cost four
// times what this loop does, on every keystroke the editor lints.

/**
 * The matches of a global pattern in a text, as `matchAll` gives them. The pattern is
 * shared, so it is read from `lastIndex` 0 and left there; nothing runs between its
 * matches.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again where it is: step over it, a whole character in a Unicode pattern, as matchAll does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/** Text as a pattern that matches it as written: every character a pattern reads as syntax escaped. */
export function escapedForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Words as a pattern, as a writer may type them: escaped, any blanks between them, either apostrophe (`'`, `’`). */
export function wordsPattern(words: string): string {
  return escapedForPattern(words.trim()).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]");
}
