// A worker thread of the editor's workspace digest (bundled to dist/digestWorker.js):
// reads and digests the files of each job the extension host posts.
import { runDigestJob } from './diskDigests';
import { serveJobs } from './workerPool';

serveJobs(runDigestJob);
