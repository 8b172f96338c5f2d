/** Template placeholders look like `{{What happened, in dates and numbers}}`. */
export const PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

export function hasPlaceholder(text: string): boolean {
  return text.search(PLACEHOLDER) >= 0;
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t].*)?$/gm;
const BARE_LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]*$/gm;

/** True when a stretch of Markdown holds nothing but placeholders, comments, headings and bare markers. */
export function hasOnlyScaffolding(markdown: string): boolean {
  const remaining = markdown
    .replace(HTML_COMMENT, '')
    .replace(PLACEHOLDER, '')
    .replace(HEADING_LINE, '')
    .replace(BARE_LIST_MARKER, '');
  return !/[\p{L}\p{N}]/u.test(remaining);
}
