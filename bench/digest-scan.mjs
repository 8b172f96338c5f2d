// The workspace digest's first scan, in a process of its own so that its memory is its
// own: reads every note of a folder and keeps its digest, as the editor's
// WorkspaceDigest does. Prints {"ms": …, "mb": …}: the scan's time and the heap the
// digests hold. Run with --expose-gc by bench/run.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [bundle, folder] = process.argv.slice(2);
const { digestNote, resolveConfig } = Module.createRequire(import.meta.url)(bundle);
const config = resolveConfig();
const files = readdirSync(folder, { recursive: true }).filter((name) => name.endsWith('.md')).map((name) => join(folder, name));

globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const digests = new Map();
for (const file of files) {
  const digest = digestNote(readFileSync(file, 'utf8'), config);
  if (digest) digests.set(file, digest);
}
const ms = performance.now() - start;
globalThis.gc();
const mb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
console.log(JSON.stringify({ ms, mb, notes: digests.size }));
