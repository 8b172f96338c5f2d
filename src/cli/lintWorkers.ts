import { Worker } from 'node:worker_threads';
import type { LintJob, LintOutcome } from './lintJob';

interface Pending {
  resolve(outcome: LintOutcome): void;
  reject(error: unknown): void;
}

/**
 * Worker threads that lint in parallel. Each job goes to the worker with the fewest jobs
 * in flight; outcomes come back by job id, so callers keep their own order.
 */
export class LintWorkers {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending> }>;
  private nextId = 0;

  constructor(script: string, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(script), pending: new Map<number, Pending>() };
      entry.worker.on('message', ({ id, outcome }: { id: number; outcome: LintOutcome }) => {
        entry.pending.get(id)?.resolve(outcome);
        entry.pending.delete(id);
      });
      const failAll = (error: unknown) => {
        for (const pending of entry.pending.values()) pending.reject(error);
        entry.pending.clear();
      };
      entry.worker.on('error', failAll);
      entry.worker.on('exit', (code) => failAll(new Error(`a lint worker stopped (exit code ${code})`)));
      return entry;
    });
  }

  lint(job: LintJob): Promise<LintOutcome> {
    const entry = this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
