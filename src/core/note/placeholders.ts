import type { Note } from './parseNote';
import { isRealDate } from '../base/days';
import { withoutHtmlComments } from '../base/htmlComments';
import { codeRanges } from './clientProse';

/** `{{…}}` on one line: how templates write their variables and prompts, `{{What happened, in dates and numbers}}`. */
export const PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

/** A template prompt found in a text, with its offsets. */
export interface Prompt {
  text: string;
  start: number;
  end: number;
}

// Other tools' macros and keywords written `{{name …}}` (Logseq's, Handlebars' `else`,
// Go templates' `end`): lower-case, as those tools need them.
const OTHER_TOOLS_WORDS = new Set([
  'query', 'embed', 'renderer', 'video', 'youtube', 'youtube-timestamp', 'tweet', 'twitter', 'pdf', 'cloze',
  'namespace', 'function', 'vimeo', 'bilibili', 'zotero-imported-file', 'zotero-linked-file', 'else', 'end',
]);
// Code, not words: page links and block references, filters and assignments, quoted
// arguments, variables, escapes, URLs, dotted or snake_case names (`page.title`, `first_name`).
const CODE = /\[\[|\]\]|\(\(|\)\)|[|="`$\\]|:\/\/|\p{L}[._]\p{L}/u;

/**
 * Whether a `{{…}}` is a template's prompt, words for a person to replace, and not the
 * syntax of another tool kept in the note on purpose. A prompt starts with a letter or a
 * digit (Handlebars `{{#each}}`, `{{/if}}`, `{{> partial}}`, Hugo `{{< … >}}`, `{{% … %}}`
 * and Go's `{{ .Title }}` start with a sign), holds no code (`{{embed [[Page]]}}`,
 * `{{ page.title }}`, `{{ name | upcase }}`), is not a Logseq macro (`{{query …}}`,
 * `{{renderer …}}`) and is not a single word padded with spaces, another template
 * language's variable (`{{ title }}`); `{{contact}}` and `{{YYYY-MM-DD}}` are ours.
 */
export function isTemplatePrompt(placeholder: string): boolean {
  const inner = placeholder.slice(2, -2);
  const words = inner.trim();
  if (!/^[\p{L}\p{N}]/u.test(words) || CODE.test(words)) return false;
  const first = /^[\p{L}\p{N}-]+/u.exec(words)?.[0] ?? '';
  if (OTHER_TOOLS_WORDS.has(first) && (words.length === first.length || /\s/.test(words[first.length]))) return false;
  return inner === words || /\s/.test(words);
}

/** The template prompts of a text; `{{{triple}}}` braces are another tool's, never a prompt. */
export function templatePrompts(text: string): Prompt[] {
  const prompts: Prompt[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (text[start - 1] === '{' || text[end] === '}' || !isTemplatePrompt(match[0])) continue;
    prompts.push({ text: match[0], start, end });
  }
  return prompts;
}

/**
 * The template prompts of a note left for its writer to fill: `{{first_name}}` quoted in
 * code is a mail-merge field or a template being discussed, content and not a gap.
 */
export function unfilledPrompts(note: Note): Prompt[] {
  const code = codeRanges(note);
  return templatePrompts(note.text).filter((prompt) => !code.some((range) => prompt.start >= range.start && prompt.start < range.end));
}

export function hasPlaceholder(text: string): boolean {
  return templatePrompts(text).length > 0;
}

/**
 * Until the day after the conversation (by the note's `date`), its template prompts are
 * expected: a note made from a template before a call is all prompts, rightly. A note
 * without a real date is taken as not held yet.
 */
export function promptsExpected(note: Note, today: string): boolean {
  const date = note.frontmatter?.data?.date;
  return !(typeof date === 'string' && isRealDate(date) && date < today);
}

const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t].*)?$/gm;
const BARE_LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]*$/gm;

/** True when a stretch of Markdown holds nothing but template prompts, comments, headings and bare markers. */
export function hasOnlyScaffolding(markdown: string): boolean {
  let withoutPrompts = '';
  let last = 0;
  for (const prompt of templatePrompts(markdown)) {
    withoutPrompts += markdown.slice(last, prompt.start);
    last = prompt.end;
  }
  const remaining = withoutHtmlComments(withoutPrompts + markdown.slice(last)).replace(HEADING_LINE, '').replace(BARE_LIST_MARKER, '');
  return !/[\p{L}\p{N}]/u.test(remaining);
}
