// A worker thread of `client-notes lint` (bundled to dist/lintWorker.js): lints the jobs
// the main thread posts, one at a time, and posts each outcome back with the job's id.
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/config';
import { runLintJob, type LintJobMessage } from './lintJob';

const configs = new Map<number, ResolvedConfig>();

parentPort?.on('message', ({ id, configId, config, ...job }: LintJobMessage) => {
  if (config) configs.set(configId, config);
  const known = configs.get(configId);
  if (!known) throw new Error(`lint job ${id} names config ${configId}, which this worker was never sent`);
  // As JSON text: one string crosses threads far faster than the many small objects of
  // the findings, and the main thread, which parses it, is otherwise waiting.
  parentPort?.postMessage({ id, outcome: JSON.stringify(runLintJob({ ...job, config: known })) });
});
