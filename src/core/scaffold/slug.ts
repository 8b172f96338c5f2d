/** How long a slug may be, in characters: short enough for a readable path on any file system. */
export const MAX_SLUG_LENGTH = 60;

// Names Windows refuses for a file or folder, whatever the extension: `con.md` and a
// folder `aux` cannot be created there.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
// The accents of Latin, Greek and Cyrillic letters, taken off after NFKD. The vowel signs
// of other scripts are marks too, but they are part of the word and stay.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ]/g;
// Variation selectors are marks that only pick how an emoji is drawn.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;
// Letters, digits, and the marks that belong to letters in scripts such as Devanagari.
const NOT_WORD = /[^\p{L}\p{N}\p{Mn}\p{Mc}]+/gu;

export interface SlugOptions {
  /** What an empty slug becomes: `note` by default. */
  fallback?: string;
  maxLength?: number;
}

/**
 * A file or folder name for any file system: lowercase, accents folded, everything but
 * letters and digits (slashes, colons, emoji, control characters) turned into single
 * dashes, cut at a dash before `maxLength`, never a Windows reserved name, never empty.
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const { fallback = 'note', maxLength = MAX_SLUG_LENGTH } = options;
  const slug = String(text ?? '')
    .normalize('NFKD')
    .replace(COMBINING_DIACRITICS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(VARIATION_SELECTORS, '')
    .replace(NOT_WORD, '-')
    .replace(/^-+|-+$/g, '');
  const short = cutAtWord(slug, Math.max(1, maxLength));
  if (short.length === 0) return fallback;
  return WINDOWS_RESERVED.test(short) ? `${short}_` : short;
}

/** At most `maxLength` characters (code points, never half a surrogate pair), ending at a word's end where one fits. */
function cutAtWord(slug: string, maxLength: number): string {
  const characters = [...slug];
  if (characters.length <= maxLength) return slug;
  const cut = characters.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // A word so long that cutting before it would lose most of the slug is cut inside instead.
  const end = lastDash >= maxLength / 2 ? lastDash : maxLength;
  return cut.slice(0, end).join('').replace(/(?<!-)-+$/, '');
}

/** `{notesFolder}/{client-slug}/{date}-{topic-slug}.md`, `/`-separated, where a new note goes. */
export function noteRelativePath(notesFolder: string, client: string, date: string, topic: string): string {
  const folder = String(notesFolder ?? '').replace(/(?<![\\/])[\\/]+$/, '');
  const file = `${slugify(client, { fallback: 'client' })}/${noteFileName(date, topic)}`;
  return folder ? `${folder}/${file}` : file;
}

/** `{date}-{topic-slug}.md`: a note's file name, in a new client's folder or beside a known client's notes. */
export function noteFileName(date: string, topic: string): string {
  return `${slugify(date, { fallback: 'undated' })}-${slugify(topic)}.md`;
}

/** The `n`th candidate for a path that may be taken: the path itself for 1, then `-2`, `-3`… before the extension. */
export function withCollisionSuffix(path: string, n: number): string {
  if (!(n > 1)) return path;
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  const at = dot > slash + 1 ? dot : path.length;
  return `${path.slice(0, at)}-${Math.floor(n)}${path.slice(at)}`;
}

/** How many candidates `firstFreePath` tries before giving up. */
export const MAX_COLLISION_SUFFIX = 1000;

/**
 * The first of `path`, `path-2`, `path-3`… that `exists` says is free, or undefined when
 * all `MAX_COLLISION_SUFFIX` are taken. It rejects only when `exists` does. A free path can
 * still be taken by the time it is written: create it exclusively and, when that fails,
 * call again.
 */
export async function firstFreePath(path: string, exists: (candidate: string) => boolean | Promise<boolean>): Promise<string | undefined> {
  for (let n = 1; n <= MAX_COLLISION_SUFFIX; n++) {
    const candidate = withCollisionSuffix(path, n);
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}
