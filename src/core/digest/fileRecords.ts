/**
 * One record per file, kept current by reads that may finish in any order: a watcher's
 * event, an editor's text and a scan can each read the same file at once, and a scan
 * lists the files at one moment but finishes later. Each read or removal takes a ticket
 * when it starts, and only the newest ticket of a file decides its record, so an older
 * read finishing last never brings back an older text, and a scan never drops a file
 * created after it listed the folder.
 */
export class FileRecords<T> {
  private readonly records = new Map<string, T>();
  /** Per file, the ticket of the newest read begun; a file without one has no record. */
  private readonly newest = new Map<string, number>();
  private tickets = 0;

  get(file: string): T | undefined {
    return this.records.get(file);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  /** Starts a read of `file`: give the ticket back to `settle` with what was read. */
  begin(file: string): number {
    this.newest.set(file, ++this.tickets);
    return this.tickets;
  }

  /**
   * Keeps what a read found (`undefined`: the file holds no record), unless a newer read
   * or a removal of the file began since. True when the records changed.
   */
  settle(file: string, ticket: number, record: T | undefined): boolean {
    if (this.newest.get(file) !== ticket) return false;
    if (record !== undefined) {
      this.records.set(file, record);
      return true;
    }
    this.newest.delete(file);
    return this.records.delete(file);
  }

  /** The file is gone: its record goes, and reads of it still under way are dropped. True when the records changed. */
  remove(file: string): boolean {
    this.newest.delete(file);
    return this.records.delete(file);
  }

  /** Marks the moment a scan lists the files; give it back to `endScan` with what it listed. */
  beginScan(): number {
    return this.tickets;
  }

  /**
   * After a scan read every file it listed: the files it did not list are gone, except
   * those read since it began, which were created after the listing. True when the
   * records changed.
   */
  endScan(mark: number, listed: ReadonlySet<string>): boolean {
    let changed = false;
    for (const [file, ticket] of this.newest) {
      if (ticket > mark || listed.has(file)) continue;
      this.newest.delete(file);
      changed = this.records.delete(file) || changed;
    }
    return changed;
  }
}
