// The workspace digest's first scan, in a process of its own so that its memory is its
// own: reads every note of a folder and keeps its digest, as the editor's
// WorkspaceDigest does. Then, as the peer it is measured against, what an index that
// parses every note whole does (Foam's, a remark-based linter's): unified + remark-parse
// + remark-frontmatter and yaml on each note, in turns with the scan. Prints
// {"firstMs": …, "ms": …, "mb": …, "notes": …, "bareMs": …}: the first scan's time (the
// one a user waits for), the median of three, the heap the digests hold, and the whole
// parse's time. Given the worker script (dist/digestWorker.js), it also times the first
// scan as the desktop editor makes it, in worker threads (`threadsMs`, start-up included).
// Run with --expose-gc by bench/run.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

const [bundle, folder, workerScript] = process.argv.slice(2);
const { digestNote, resolveConfig, digestFilesOnDisk } = Module.createRequire(import.meta.url)(bundle);
const config = resolveConfig();
const files = readdirSync(folder, { recursive: true }).filter((name) => name.endsWith('.md')).map((name) => join(folder, name));
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function scan() {
  const start = performance.now();
  const digests = new Map();
  for (const file of files) {
    const digest = digestNote(readFileSync(file, 'utf8'), config);
    if (digest) digests.set(file, digest);
  }
  return { ms: performance.now() - start, digests };
}

function bareParse() {
  const start = performance.now();
  for (const file of files) {
    const tree = processor.parse(readFileSync(file, 'utf8'));
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (yaml) parseDocument(yaml.value);
  }
  return performance.now() - start;
}

globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const first = scan();
globalThis.gc();
const mb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
const notes = first.digests.size;
first.digests = undefined;
const bareMs = bareParse();
const times = [first.ms, scan().ms, scan().ms].sort((a, b) => a - b);
let threadsMs;
if (workerScript) {
  const start = performance.now();
  const digests = await digestFilesOnDisk(workerScript)(files.map((path) => ({ path, config, relativePath: undefined })));
  threadsMs = performance.now() - start;
  const threadNotes = digests.filter((digest) => digest !== null && digest !== 'unread').length;
  if (threadNotes !== notes) throw new Error(`the worker threads digested ${threadNotes} notes, the scan ${notes}`);
}
console.log(JSON.stringify({ ms: times[1], firstMs: first.ms, mb, notes, bareMs, threadsMs }));
