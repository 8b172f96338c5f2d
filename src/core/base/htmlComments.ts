// HTML comments, in every form a note writes them: what a reader never sees rendered.

export const HTML_COMMENT_OPEN = '<!--';
const HTML_COMMENT_CLOSE = '-->';

/**
 * Where the HTML comment opened at `opening` ends. As in a browser and in CommonMark, at
 * the first `-->` after its `<!`, so that `<!-->` and `<!--->` are whole, empty comments
 * and what follows them shows; one never closed runs to the end: it was meant unseen.
 */
export function htmlCommentEnd(text: string, opening: number): number {
  const close = text.indexOf(HTML_COMMENT_CLOSE, opening + 2);
  return close === -1 ? text.length : close + HTML_COMMENT_CLOSE.length;
}

/** The HTML comments of a text, each from its `<!--` to its end. */
export function htmlComments(text: string): Array<{ start: number; end: number }> {
  const comments: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(HTML_COMMENT_OPEN); at !== -1; ) {
    const end = htmlCommentEnd(text, at);
    comments.push({ start: at, end });
    at = text.indexOf(HTML_COMMENT_OPEN, end);
  }
  return comments;
}

/** A text as a reader sees it rendered: its HTML comments taken out. */
export function withoutHtmlComments(text: string): string {
  if (!text.includes(HTML_COMMENT_OPEN)) return text;
  let visible = '';
  let last = 0;
  for (const comment of htmlComments(text)) {
    visible += text.slice(last, comment.start);
    last = comment.end;
  }
  return visible + text.slice(last);
}
