/**
 * `[[Kim Tran]]`, `[[people/Kim Tran|Kim]]`: a link to a person's page, as Obsidian, Foam
 * and Logseq write people in a contact or an owner. The name it shows (its alias, else
 * the page's own name), or undefined when the text is not one link.
 */
export function linkedPageName(text: string): string | undefined {
  const link = PAGE_LINK.exec(text.trim());
  return link ? (link[2] ?? withoutFolder(link[1])).trim() || undefined : undefined;
}

/** A page's own name without the folders it is kept in: `Personen/Özdemir` is `Özdemir`. */
export function withoutFolder(page: string): string {
  return page.slice(page.lastIndexOf('/') + 1);
}

const PAGE_LINK = /^\[\[([^[\]|#]+)(?:#[^[\]|]*)?(?:\|([^[\]|]+))?\]\]$/u;

/**
 * A frontmatter value written as a page link left unquoted (`owner: [[Julie Fortin]]`), which YAML reads as a list in a list:
 * the link's text, its commas put back (`sent: [[November 13th, 2026]]`, a day's page as Roam names it, is read as two items);
 * any other value as it is.
 */
export function unquotedPageLink(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0]) || value[0].length === 0) return value;
  const items: unknown[] = value[0];
  if (items.length === 1) return items[0];
  return items.every((item) => typeof item === 'string' || typeof item === 'number') ? items.join(', ') : value;
}
