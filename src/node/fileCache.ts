import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { replaceFile, type ReplaceOutcome } from './replaceFile';

/** Bumped when the layout of the cache file changes: an older file is then ignored. */
const CACHE_FORMAT = 2;

/**
 * How every cache file begins, whatever its format: what makes a file recognisably ours,
 * even a truncated one, before it is replaced. JSON keeps its keys in the order written.
 */
const SIGNATURE = '{"signature":"client-notes lint cache"';

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

/** Why a cache location was left as it is, for "cannot use/write the cache FILE: …". */
const REFUSALS: Record<Exclude<ReplaceOutcome, 'replaced'>, string> = {
  unexpected: 'it is not a client-notes cache file',
  'not-a-file': 'it is not a regular file',
  'read-only': 'it is read-only',
  symlink: 'it is a symbolic link, and the cache is never written through one',
};

/** A cache location that holds something else than a cache file (a note, a folder, a FIFO…), left as it is. */
export class CacheLocationError extends Error {
  constructor(reason: Exclude<ReplaceOutcome, 'replaced'>) {
    super(REFUSALS[reason]);
    this.name = 'CacheLocationError';
  }
}

/**
 * Results kept in a file between runs, one entry per file path, each valid while its key
 * matches. A cache file that is missing, unreadable, corrupt or of another format counts
 * as empty: the cache only ever saves work, it never changes a result. Only a file that
 * starts with the signature (or an empty one) is ever replaced: a location that holds
 * anything else is refused.
 */
export class FileResultCache<T> {
  private changed = false;

  private constructor(
    private readonly location: string,
    private readonly entries: Map<string, CacheEntry<T>>,
  ) {}

  /** Throws `CacheLocationError` when the location holds anything but a cache file. */
  static async load<T>(location: string): Promise<FileResultCache<T>> {
    // Checked before reading: a FIFO would keep the read waiting, and a link may lead to any file.
    const stats = await lstat(location).catch(() => undefined);
    if (stats?.isSymbolicLink()) throw new CacheLocationError('symlink');
    if (stats && !stats.isFile()) throw new CacheLocationError('not-a-file');
    const bytes = stats && (await readFile(location).catch(() => undefined));
    if (bytes && !isOurs(bytes)) throw new CacheLocationError('unexpected');
    const entries = new Map<string, CacheEntry<T>>();
    try {
      const stored = JSON.parse(bytes?.toString('utf8') ?? '') as unknown;
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

  /**
   * Writes the cache file, all at once, when an entry changed; entries of files not linted
   * this run are kept. Throws `CacheLocationError` when the location no longer holds a
   * cache file, and leaves it as it is.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const text = `${SIGNATURE},${JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) }).slice(1)}`;
    const outcome = await replaceFile(this.location, text, (current) => current === undefined || isOurs(current), 'refuse');
    if (outcome !== 'replaced') throw new CacheLocationError(outcome);
    this.changed = false;
  }
}

/** A file of ours, even if truncated or of an older format; an empty file holds nothing to lose. */
function isOurs(bytes: Buffer): boolean {
  return bytes.length === 0 || bytes.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE;
}

function isCacheFile(value: unknown): value is { format: number; entries: Record<string, Partial<CacheEntry<unknown>> | null> } {
  if (typeof value !== 'object' || value === null) return false;
  const { format, entries } = value as { format?: unknown; entries?: unknown };
  return format === CACHE_FORMAT && typeof entries === 'object' && entries !== null && !Array.isArray(entries);
}
