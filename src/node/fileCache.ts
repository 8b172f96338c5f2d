import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './writeFileAtomic';

/** Bumped when the layout of the cache file changes: an older file is then ignored. */
const CACHE_FORMAT = 1;

interface CacheEntry<T> {
  key: string;
  value: T;
}

/**
 * What an entry must match to be used: a digest of the file's bytes together with a
 * fingerprint of everything else its result depends on (tool version, configuration…).
 */
export function cacheKey(bytes: Uint8Array, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(bytes).digest('base64url');
}

/**
 * Results kept in a file between runs, one entry per file path, each valid while its key
 * matches. A cache file that is missing, unreadable, corrupt or of another format counts
 * as empty: the cache only ever saves work, it never changes a result.
 */
export class FileResultCache<T> {
  private changed = false;

  private constructor(
    private readonly location: string,
    private readonly entries: Map<string, CacheEntry<T>>,
  ) {}

  static async load<T>(location: string): Promise<FileResultCache<T>> {
    const entries = new Map<string, CacheEntry<T>>();
    try {
      const stored = JSON.parse(await readFile(location, 'utf8')) as unknown;
      if (isCacheFile(stored)) {
        for (const [path, entry] of Object.entries(stored.entries)) {
          if (typeof entry?.key === 'string' && entry.value !== undefined) entries.set(path, entry as CacheEntry<T>);
        }
      }
    } catch {
      // Missing or corrupt: start empty, and the next save writes a sound file.
    }
    return new FileResultCache(location, entries);
  }

  get(path: string, key: string): T | undefined {
    const entry = this.entries.get(path);
    return entry?.key === key ? entry.value : undefined;
  }

  set(path: string, key: string, value: T): void {
    this.entries.set(path, { key, value });
    this.changed = true;
  }

  /** Writes the cache file, all at once, when an entry changed; entries of files not linted this run are kept. */
  async save(): Promise<void> {
    if (!this.changed) return;
    await writeFileAtomic(this.location, JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) }));
    this.changed = false;
  }
}

function isCacheFile(value: unknown): value is { format: number; entries: Record<string, Partial<CacheEntry<unknown>> | null> } {
  if (typeof value !== 'object' || value === null) return false;
  const { format, entries } = value as { format?: unknown; entries?: unknown };
  return format === CACHE_FORMAT && typeof entries === 'object' && entries !== null && !Array.isArray(entries);
}
