/**
 * `[[Kim Tran]]`, `[[people/Kim Tran|Kim]]`: a link to a person's page, as Obsidian, Foam
 * and Logseq write people in a contact or an owner. The name it shows (its alias, else
 * the page's own name), or undefined when the text is not one link.
 */
export function linkedPageName(text: string): string | undefined {
  const link = PAGE_LINK.exec(text.trim());
  return link ? (link[2] ?? link[1].split('/').at(-1) ?? '').trim() || undefined : undefined;
}

const PAGE_LINK = /^\[\[([^[\]|#]+)(?:#[^[\]|]*)?(?:\|([^[\]|]+))?\]\]$/u;
