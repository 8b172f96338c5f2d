// The one pool of worker threads (lint over many notes, the editor's first scan): a job
// always ends, answered or failed, and no thread outlives the pool, or the process that
// runs it would never exit.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../../src/core/config/config';
import { WorkerPool } from '../../../src/node/workerPool';
import { ScratchFolders } from '../cliRunner';

interface EchoJob {
  config: ReturnType<typeof resolveConfig>;
  value: number;
  /** The thread stops (exit code 3) instead of answering. */
  stop?: boolean;
}

/** A worker script that answers each job with its value, or stops when the job says so. */
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, value, stop }) => {
  if (stop) process.exit(3);
  parentPort.postMessage({ id, outcome: JSON.stringify(value) });
});
`;

describe('WorkerPool', () => {
  const scratch = new ScratchFolders();
  const config = resolveConfig();
  let script: string;
  before(() => {
    script = join(scratch.create(), 'echo-worker.js');
    writeFileSync(script, ECHO_WORKER);
  });
  after(() => scratch.removeAll());

  it('refuses a job once closed, starting no thread for it', async () => {
    const pool = new WorkerPool<EchoJob, number>(script, 2);
    assert.equal(await pool.run({ config, value: 1 }), 1);
    await pool.close();
    await assert.rejects(pool.run({ config, value: 2 }), /the worker pool is closed/);
  });

  it('gives a job to a new thread after one stopped, instead of to the stopped one', async () => {
    const pool = new WorkerPool<EchoJob, number>(script, 1);
    try {
      await assert.rejects(pool.run({ config, value: 1, stop: true }), /a worker thread stopped \(exit code 3\)/);
      assert.equal(await pool.run({ config, value: 2 }), 2);
    } finally {
      await pool.close();
    }
  });
});
