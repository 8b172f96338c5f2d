import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/config';
import type { LintJob, LintOutcome, LintJobMessage } from './lintJob';

interface Pending {
  resolve(outcome: LintOutcome): void;
  reject(error: unknown): void;
}

interface WorkerEntry {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The configs this worker has been sent, by id. */
  configsSent: Set<number>;
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
  private readonly configIds = new Map<ResolvedConfig, number>();

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  lint(job: LintJob): Promise<LintOutcome> {
    const entry = this.leastBusy();
    const id = this.nextId++;
    // A config crosses to each worker once: a copy per job would cost the copy, and miss
    // every cache the core keeps per config object (section names, globs, the validator).
    let configId = this.configIds.get(job.config);
    if (configId === undefined) this.configIds.set(job.config, (configId = this.configIds.size));
    const firstTime = !entry.configsSent.has(configId);
    entry.configsSent.add(configId);
    const message: LintJobMessage = { id, text: job.text, configId, config: firstTime ? job.config : undefined, now: job.now, relativePath: job.relativePath };
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage(message);
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
    const entry: WorkerEntry = { worker: new Worker(this.script), pending: new Map(), configsSent: new Set() };
    entry.worker.on('message', ({ id, outcome }: { id: number; outcome: string }) => {
      entry.pending.get(id)?.resolve(JSON.parse(outcome) as LintOutcome);
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
