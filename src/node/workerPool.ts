import { parentPort, Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/config';

/** A job for a worker thread: plain data, and the config it runs under. */
export interface ConfiguredJob {
  config: ResolvedConfig;
}

/** A job as posted to a worker thread: its config is sent the first time only, then named by id. */
type JobMessage<Job extends ConfiguredJob> = Omit<Job, 'config'> & { id: number; configId: number; config: ResolvedConfig | undefined };

interface Pending {
  resolve(outcome: string): void;
  reject(error: unknown): void;
}

interface WorkerEntry {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The configs this worker has been sent, by id. */
  configsSent: Set<number>;
}

/**
 * Worker threads that run jobs in parallel (`client-notes lint` on many files, the
 * editor's first scan of the notes). A worker starts when a job finds every running worker
 * busy, up to `size`: a run that needs none starts none. Each job goes to the worker with
 * the fewest jobs in flight; outcomes come back by job id, so callers keep their own order.
 * The script answers with `serveJobs`.
 */
export class WorkerPool<Job extends ConfiguredJob, Outcome> {
  private readonly workers: WorkerEntry[] = [];
  private nextId = 0;
  private readonly configIds = new Map<ResolvedConfig, number>();
  /** Set by `close`: a job run after it would start a thread that nothing stops, and the process would never exit. */
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  run(job: Job): Promise<Outcome> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const entry = this.leastBusy();
    const id = this.nextId++;
    // A config crosses to each worker once: a copy per job would cost the copy, and miss
    // every cache the core keeps per config object (section names, globs, the validator).
    let configId = this.configIds.get(job.config);
    if (configId === undefined) this.configIds.set(job.config, (configId = this.configIds.size));
    const firstTime = !entry.configsSent.has(configId);
    entry.configsSent.add(configId);
    const message = { ...job, id, configId, config: firstTime ? job.config : undefined };
    return new Promise<string>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage(message);
    }).then((outcome) => JSON.parse(outcome) as Outcome);
  }

  /** Stops the threads; jobs in flight and any run later fail. */
  async close(): Promise<void> {
    this.closed = true;
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
      entry.pending.get(id)?.resolve(outcome);
      entry.pending.delete(id);
    });
    // A thread that failed or stopped takes no more jobs: one posted to it would never be answered.
    const failAll = (error: unknown) => {
      const at = this.workers.indexOf(entry);
      if (at !== -1) this.workers.splice(at, 1);
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
    };
    entry.worker.on('error', failAll);
    entry.worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code})`)));
    this.workers.push(entry);
    return entry;
  }
}

/**
 * The worker thread's side of a `WorkerPool`: runs each job posted, one at a time, and
 * posts its outcome back with the job's id.
 */
export function serveJobs<Job extends ConfiguredJob>(run: (job: Job) => unknown): void {
  const configs = new Map<number, ResolvedConfig>();
  parentPort?.on('message', ({ id, configId, config, ...job }: JobMessage<Job>) => {
    if (config) configs.set(configId, config);
    const known = configs.get(configId);
    if (!known) throw new Error(`job ${id} names config ${configId}, which this worker was never sent`);
    // As JSON text: one string crosses threads far faster than the many small objects of
    // an outcome, and the main thread, which parses it, is otherwise waiting.
    parentPort?.postMessage({ id, outcome: JSON.stringify(run({ ...job, config: known } as unknown as Job)) });
  });
}
