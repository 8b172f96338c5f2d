import { Worker } from 'node:worker_threads';
import type { LintJob, LintOutcome } from './lintJob';

interface Pending {
  resolve(outcome: LintOutcome): void;
  reject(error: unknown): void;
}

interface WorkerEntry {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that lint in parallel. A worker starts when a job finds every running
 * worker busy, up to `size`: a run whose notes all come from the cache starts none. Each
 * job goes to the worker with the fewest jobs in flight; outcomes come back by job id, so
 * callers keep their own order.
 */
export class LintWorkers {
  private readonly workers: WorkerEntry[] = [];
  private nextId = 0;

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  lint(job: LintJob): Promise<LintOutcome> {
    const entry = this.leastBusy();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private leastBusy(): WorkerEntry {
    const idle = this.workers.find((entry) => entry.pending.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
  }

  private start(): WorkerEntry {
    const entry: WorkerEntry = { worker: new Worker(this.script), pending: new Map() };
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
    this.workers.push(entry);
    return entry;
  }
}
