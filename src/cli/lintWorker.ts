// A worker thread of `client-notes lint` (bundled to dist/lintWorker.js): lints the jobs
// the main thread posts, one at a time, and posts each outcome back with the job's id.
import { parentPort } from 'node:worker_threads';
import { runLintJob, type LintJob } from './lintJob';

parentPort?.on('message', ({ id, job }: { id: number; job: LintJob }) => {
  parentPort?.postMessage({ id, outcome: runLintJob(job) });
});
