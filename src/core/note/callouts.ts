import type { Blockquote } from 'mdast';

/** `[!todo] Next steps`, `[!note]-`: an Obsidian callout's type and title, on its first line; its type and its name are the groups. */
const CALLOUT_TITLE = /^\[!([\w-]+)\][+-]?([^\r\n]*)/u;

/** Callouts that hold someone else's words, as a block quote does. */
const QUOTING_CALLOUTS: ReadonlySet<string> = new Set(['quote', 'cite']);

/** The title line of a block quote that is an Obsidian callout (`> [!warning] Private`), its type and name as groups; null for a quote. */
export function calloutTitle(node: Blockquote): RegExpExecArray | null {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.children[0]?.type === 'text' ? CALLOUT_TITLE.exec(first.children[0].value) : null;
}

/** The title a callout gives after its type (`> [!warning] Private` → `Private`), or undefined. */
export function calloutName(node: Blockquote): string | undefined {
  const name = calloutTitle(node)?.[2].trim();
  return name ? name : undefined;
}

/** Whether a block quote is a callout of the writer's own words (`> [!warning]` over the limits), not a quotation (`> [!quote]`). */
export function isWritersCallout(node: Blockquote): boolean {
  const title = calloutTitle(node);
  return title !== null && !QUOTING_CALLOUTS.has(title[1].toLowerCase());
}
