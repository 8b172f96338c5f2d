// npm run bench: measures Client Notes against its peers in one run on this machine and
// prints each figure beside its target. Not part of npm test: timings are facts about a
// machine, not pass/fail assertions for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import Module from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { largeNote, typicalNote, writeCorpus } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const corpusRoot = join(root, 'bench', '.corpus');
const quick = process.argv.includes('--quick');
const sizes = quick ? [2000] : [2000, 10000, 20000];
const rows = [];

function row(figure, value, target, met) {
  rows.push({ figure, value, target, status: met === undefined ? '' : met ? 'met' : 'MISSED' });
}

/** Wall time (median of `runs`) and peak memory of a command, via GNU time when present. */
function timeCommand(command, args, runs = 3) {
  const hasGnuTime = existsSync('/usr/bin/time');
  const samples = [];
  let peakKb;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = hasGnuTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    samples.push(performance.now() - start);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    if (hasGnuTime) peakKb = Number(result.stderr.trim().split('\n').pop());
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], peakMb: peakKb ? peakKb / 1024 : undefined };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

console.log(`Client Notes benchmarks — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);

// 1. Whole-corpus lint against markdownlint-cli2 and against the bare parse.
spawnSync('node', ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
const cli = join(root, 'dist', 'cli.js');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const scaling = [];
for (const count of sizes) {
  const folder = join(corpusRoot, String(count));
  process.stdout.write(`Generating ${count} notes… `);
  writeCorpus(folder, count, count === 2000 ? 5 : 0);
  console.log('measuring');
  const ours = timeCommand('node', [cli, 'lint', folder, '--format', 'json'], count === 2000 ? 3 : 1);
  scaling.push({ count, ...ours });
  if (count !== 2000) continue;
  const peer = timeCommand('node', [markdownlint, `${folder}/**/*.md`], 3);
  const floor = timeCommand('node', [join(root, 'bench', 'bare-parse.mjs'), folder], 3);
  row('CLI lint, 2,000 notes', seconds(ours.ms), '', undefined);
  row('markdownlint-cli2 0.24.1, same files', seconds(peer.ms), '', undefined);
  row('bare unified+remark+yaml parse, same files', seconds(floor.ms), '', undefined);
  row('CLI lint ÷ markdownlint-cli2', `${(ours.ms / peer.ms).toFixed(2)}×`, '≤ 0.5×', ours.ms / peer.ms <= 0.5);
  row('CLI lint ÷ bare parse', `${(ours.ms / floor.ms).toFixed(2)}×`, '≤ 1.3×', ours.ms / floor.ms <= 1.3);
}
for (const { count, ms, peakMb } of scaling) {
  row(`CLI lint, ${count.toLocaleString('en')} notes`, `${seconds(ms)}, ${peakMb ? `${peakMb.toFixed(0)} MB peak` : 'memory n/a'}`, '', undefined);
}
if (scaling.length > 1) {
  const first = scaling[0];
  const last = scaling[scaling.length - 1];
  const growth = last.ms / first.ms / (last.count / first.count);
  row('time per note, largest ÷ smallest corpus', `${growth.toFixed(2)}×`, '≈ 1× (linear)', growth < 1.25);
}

// 2. In-process latency of one note, the cost a keystroke pays.
mkdirSync(join(root, 'out', 'bench'), { recursive: true });
const engineBundle = join(root, 'out', 'bench', 'engine.cjs');
await build({ entryPoints: [join(root, 'src', 'core', 'engine.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: engineBundle, mainFields: ['module', 'main'], logLevel: 'warning' });
const require = Module.createRequire(import.meta.url);
const { lint } = require(engineBundle);
for (const [label, text, iterations, target] of [
  ['3 KB note', typicalNote(7), 2000, 5],
  ['500 KB note', largeNote(7), 30, 300],
]) {
  for (let warmup = 0; warmup < Math.min(50, iterations); warmup++) lint(text);
  const samples = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const start = performance.now();
    lint(text);
    samples.push(performance.now() - start);
  }
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  row(`lint one ${label} (${(text.length / 1024).toFixed(0)} KB), p50 / p95`, `${p50.toFixed(2)} / ${p95.toFixed(2)} ms`, `p95 < ${target} ms`, p95 < target);
}

// 3. Activation: loading the bundle and running activate() against a stand-in vscode API.
const extensionPath = join(root, 'dist', 'extension.js');
row('extension bundle size', `${(statSync(extensionPath).size / 1024).toFixed(0)} KB`, '< 800 KB', statSync(extensionPath).size < 800 * 1024);
const activation = spawnSync('node', [join(root, 'bench', 'activation.cjs'), extensionPath], { encoding: 'utf8' });
const activationMs = Number(activation.stdout.trim());
row('activation (load bundle + activate)', Number.isFinite(activationMs) ? `${activationMs.toFixed(1)} ms` : activation.stderr.trim(), '< 50 ms', activationMs < 50);

const width = (key) => Math.max(key.length, ...rows.map((entry) => entry[key].length));
const columns = ['figure', 'value', 'target', 'status'];
console.log();
console.log(columns.map((key) => key.padEnd(width(key))).join('  '));
console.log(columns.map((key) => '-'.repeat(width(key))).join('  '));
for (const entry of rows) console.log(columns.map((key) => entry[key].padEnd(width(key))).join('  '));
