// A worker thread of `client-notes lint` (bundled to dist/lintWorker.js): lints the jobs
// the main thread posts, one at a time, and posts each outcome back with the job's id.
import { serveJobs } from '../node/workerPool';
import { runLintJob } from './lintJob';

serveJobs(runLintJob);
