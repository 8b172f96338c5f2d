import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../core/config/config';
import { digestNote, type DigestFiles, type FileDigest } from '../core/digest/noteDigest';
import { readUserFile } from './userFile';
import { WorkerPool } from './workerPool';

/** Files of one config, as a worker thread digests them in one go. */
export interface DigestJob {
  config: ResolvedConfig;
  paths: string[];
  relativePaths: Array<string | undefined>;
}

/** Files per job: enough that posting a job costs little beside it, few enough to share the work out evenly. */
const FILES_PER_JOB = 64;

export function runDigestJob({ config, paths, relativePaths }: DigestJob): FileDigest[] {
  return paths.map((path, index) => {
    let text: string;
    try {
      text = readUserFile(path).text;
    } catch {
      return 'unread';
    }
    try {
      return digestNote(text, config, relativePaths[index]) ?? null;
    } catch {
      // As the editor's own reading does: a note the parser cannot read is left out, and the linter reports it.
      return null;
    }
  });
}

/**
 * Digests many files at once, as the editor's first scan of the workspace does, in worker
 * threads (`script`, dist/digestWorker.js), so that the extension host stays free and the
 * machine's cores share the work. The threads start for a run and stop after it: scans are
 * rare, and idle threads would hold memory.
 */
export function digestFilesOnDisk(script: string): DigestFiles {
  return async (files) => {
    if (files.length === 0) return [];
    const jobs: Array<{ job: DigestJob; indexes: number[] }> = [];
    const open = new Map<ResolvedConfig, { job: DigestJob; indexes: number[] }>();
    files.forEach((file, index) => {
      let batch = open.get(file.config);
      if (!batch) {
        batch = { job: { config: file.config, paths: [], relativePaths: [] }, indexes: [] };
        open.set(file.config, batch);
        jobs.push(batch);
      }
      batch.job.paths.push(file.path);
      batch.job.relativePaths.push(file.relativePath);
      batch.indexes.push(index);
      if (batch.indexes.length === FILES_PER_JOB) open.delete(file.config);
    });
    const pool = new WorkerPool<DigestJob, FileDigest[]>(script, Math.max(1, Math.min(jobs.length, availableParallelism(), 4)));
    try {
      const digests = new Array<FileDigest>(files.length);
      await Promise.all(
        jobs.map(async ({ job, indexes }) => {
          const outcome = await pool.run(job);
          indexes.forEach((fileIndex, at) => (digests[fileIndex] = outcome[at]));
        }),
      );
      return digests;
    } finally {
      await pool.close();
    }
  };
}
