// npm run bench: measures Client Notes against its peers in one run on this machine and
// prints each figure beside its target. Not part of npm test: timings are facts about a
// machine, not pass/fail assertions for CI. `--quick` skips the 10k and 20k scaling runs;
// `--record` also writes the table into docs/benchmarks.md. Exits 1 when a target is missed.
//
// Commands compared with each other run in turns (A B C, A B C, …) so that load from
// elsewhere on the machine falls on all of them alike; ratios are taken per round, and the
// median is printed with the lowest and highest round beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { bundlePlugins } from '../scripts/bundling.mjs';
import { largeNote, typicalNote, writeCorpus } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const corpusRoot = join(root, 'bench', '.corpus');
const quick = process.argv.includes('--quick');
const record = process.argv.includes('--record');
const ROUNDS = 3;
const rows = [];

function row(figure, value, target = '', met = undefined) {
  rows.push({ figure, value, target, status: met === undefined ? '' : met ? 'PASS' : 'FAIL' });
}

const hasGnuTime = existsSync('/usr/bin/time');

/** One run of a command: wall time in ms and peak resident memory in MB (via GNU time when present). */
function timeOnce(command, args, cwd = root) {
  const start = performance.now();
  const result = hasGnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  // 0: clean, 1: findings; anything else means the figure would be meaningless.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const peakMb = hasGnuTime ? Number(result.stderr.trim().split('\n').pop()) / 1024 : undefined;
  return { ms, peakMb };
}

/** Runs each named command once per round, in turns; returns the samples per name. */
function timeInTurns(commands, rounds = ROUNDS) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, { command, args, cwd }] of Object.entries(commands)) samples[name].push(timeOnce(command, args, cwd));
  }
  return samples;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const spread = (values, format) => `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const times = (ratio) => `${ratio.toFixed(2)}×`;

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Client Notes benchmarks — ${machine}\n`);

// The production build is what users run and what the extension ships.
const built = spawnSync('node', ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) throw new Error('the production build failed');
const cli = join(root, 'dist', 'cli.js');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const bareParse = join(root, 'bench', 'bare-parse.mjs');

// 1. The whole corpus: Client Notes (worker threads by default, and on one thread)
// against markdownlint-cli2 and against the bare parse, on the same files.
const comparison = join(corpusRoot, 'comparison');
process.stdout.write('Generating 2,000 notes of ~3 KB and 5 of ~500 KB… ');
writeCorpus(comparison, 2000, 5);
console.log(`measuring, ${ROUNDS} rounds`);
const whole = timeInTurns({
  ours: { command: 'node', args: [cli, 'lint', comparison, '--format', 'json'] },
  oursOneThread: { command: 'node', args: [cli, 'lint', comparison, '--format', 'json', '--threads', '1'] },
  // From inside the corpus, so that no config of this repository applies to it.
  markdownlint: { command: 'node', args: [markdownlint, '**/*.md'], cwd: comparison },
  floor: { command: 'node', args: [bareParse, comparison] },
});
const ms = (name) => whole[name].map((sample) => sample.ms);
const perRound = (a, b) => ms(a).map((value, round) => value / ms(b)[round]);
row('CLI lint, 2,005 files (default threads: workers from three CPUs on)', spread(ms('ours'), seconds));
row('CLI lint, same files, --threads 1', spread(ms('oursOneThread'), seconds));
const markdownlintVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')).version;
row(`markdownlint-cli2 ${markdownlintVersion}, same files`, spread(ms('markdownlint'), seconds));
row('bare unified+remark+yaml parse, same files', spread(ms('floor'), seconds));
row('CLI lint ÷ markdownlint-cli2', spread(perRound('ours', 'markdownlint'), times), '≤ 0.5×', median(perRound('ours', 'markdownlint')) <= 0.5);
row('CLI lint ÷ bare parse', spread(perRound('ours', 'floor'), times), '≤ 0.9×', median(perRound('ours', 'floor')) <= 0.9);
row('CLI lint --threads 1 ÷ bare parse (one thread each)', spread(perRound('oursOneThread', 'floor'), times), '≤ 0.9×', median(perRound('oursOneThread', 'floor')) <= 0.9);

// 2. --cache: a cold run fills it, warm runs find every note unchanged.
const cacheFile = join(corpusRoot, 'comparison.clientnotescache');
rmSync(cacheFile, { force: true });
const cold = timeOnce('node', [cli, 'lint', comparison, '--format', 'json', '--cache-location', cacheFile]);
const warm = timeInTurns({ warm: { command: 'node', args: [cli, 'lint', comparison, '--format', 'json', '--cache-location', cacheFile] } }).warm.map((sample) => sample.ms);
row('--cache, cold (fills the cache)', seconds(cold.ms));
row('--cache, warm re-lint of the 2,005 unchanged files', spread(warm, seconds), '< 1 s', median(warm) < 1000);

// 3. Growth: typical notes only, so that time per note compares across sizes.
const scaling = [];
for (const count of quick ? [2000] : [2000, 10000, 20000]) {
  const folder = join(corpusRoot, `scaling-${count}`);
  process.stdout.write(`Generating ${count.toLocaleString('en')} notes… `);
  writeCorpus(folder, count);
  console.log('measuring');
  const run = timeOnce('node', [cli, 'lint', folder, '--format', 'json']);
  scaling.push({ count, ...run });
  row(`CLI lint, ${count.toLocaleString('en')} notes of ~3 KB`, `${seconds(run.ms)}, ${run.peakMb ? `${run.peakMb.toFixed(0)} MB peak` : 'memory n/a'}`);
  rmSync(folder, { recursive: true, force: true });
}
// Linear growth: the cost of each further 1,000 notes stays the same from one size to the next.
if (scaling.length > 2) {
  const slope = (key, from, to) => (to[key] - from[key]) / ((to.count - from.count) / 1000);
  const [small, middle, large] = scaling;
  const describe = (key, unit, digits) => `${slope(key, small, middle).toFixed(digits)} then ${slope(key, middle, large).toFixed(digits)} ${unit} per 1,000 notes`;
  const timeGrowth = slope('ms', middle, large) / slope('ms', small, middle);
  row('time per further 1,000 notes (2k→10k, 10k→20k)', `${describe('ms', 'ms', 0)}: ${times(timeGrowth)}`, '≤ 1.25× (linear)', timeGrowth <= 1.25);
  if (small.peakMb) {
    const memoryGrowth = slope('peakMb', middle, large) / slope('peakMb', small, middle);
    row('peak memory per further 1,000 notes', `${describe('peakMb', 'MB', 1)}: ${times(memoryGrowth)}`, '≤ 1.25× (linear)', memoryGrowth <= 1.25);
  }
}

// 4. In-process latency of one note, the cost a keystroke pays. As in the editor: the
// configuration is resolved once (the editor keeps it per folder), and each lint is of the
// text one keystroke after the last (a sentence typed into the Facts, letter by letter,
// then again), never the same text twice running.
const engineBundle = join(root, 'out', 'bench', 'engine.cjs');
mkdirSync(join(root, 'out', 'bench'), { recursive: true });
await build({ stdin: { contents: "export { lint, lintInSteps } from './src/core/lint/engine'; export { resolveConfig } from './src/core/config/config';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: engineBundle, mainFields: ['module', 'main'], logLevel: 'warning', plugins: bundlePlugins });
const { lint, lintInSteps, resolveConfig: resolveEngineConfig } = Module.createRequire(import.meta.url)(engineBundle);
const editorConfig = resolveEngineConfig();
const TYPED = ' The client confirmed the new launch date in writing.';
/** The note as it reads after `keystrokes` keystrokes of typing into its Facts. */
function typedInto(text, keystrokes) {
  const at = text.indexOf('\n', text.indexOf('## Facts\n\n') + 10);
  return text.slice(0, at) + TYPED.slice(0, keystrokes % (TYPED.length + 1)) + text.slice(at);
}
for (const [label, text, iterations, target] of [
  ['3 KB', typicalNote(7), 2000, 5],
  ['500 KB', largeNote(7), 40, 100],
]) {
  for (let warmup = 0; warmup < Math.min(50, iterations / 4); warmup++) lint(typedInto(text, warmup), { config: editorConfig });
  const samples = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const typed = typedInto(text, iteration);
    const start = performance.now();
    lint(typed, { config: editorConfig });
    samples.push(performance.now() - start);
  }
  const p95 = percentile(samples, 95);
  row(`lint one ${label} note in process (${(text.length / 1024).toFixed(0)} KB), p50 / p95`, `${percentile(samples, 50).toFixed(2)} / ${p95.toFixed(2)} ms`, `p95 < ${target} ms`, p95 < target);
}
// The editor lints a large note in steps (reading it, then each rule), with its other work,
// the next keystroke first, let in between: the longest step is the most a keystroke waits.
{
  const text = largeNote(7);
  const longest = [];
  for (let iteration = 0; iteration < 20; iteration++) {
    let stepStart = performance.now();
    let longestStep = 0;
    await lintInSteps(typedInto(text, iteration), { config: editorConfig }, {
      isCancelled: () => false,
      between: async () => {
        longestStep = Math.max(longestStep, performance.now() - stepStart);
        stepStart = performance.now();
      },
    });
    longest.push(Math.max(longestStep, performance.now() - stepStart));
  }
  row(`editor: longest step of a ${(text.length / 1024).toFixed(0)} KB note's lint in steps (20 lints), p50 / max`, `${percentile(longest, 50).toFixed(2)} / ${Math.max(...longest).toFixed(2)} ms`);
}

// 4b. The workspace digest (Next Steps view, status bar): its first scan of 10,000 notes
// and the memory its records hold, in a process of its own.
const digestBundle = join(root, 'out', 'bench', 'digest.cjs');
await build({
  stdin: {
    contents:
      "export { digestNote } from './src/core/digest/noteDigest'; export { resolveConfig } from './src/core/config/config'; export { digestFilesOnDisk } from './src/node/diskDigests'; export { clientHistory } from './src/core/digest/history'; export { HISTORY_SIGNALS } from './src/core/config/historySignals';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: digestBundle,
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  plugins: bundlePlugins,
});
const digestFolder = join(corpusRoot, 'digest-10000');
process.stdout.write('Generating 10,000 notes for the digest… ');
writeCorpus(digestFolder, 10000);
console.log('measuring');
const scan = spawnSync('node', ['--expose-gc', join(root, 'bench', 'digest-scan.mjs'), digestBundle, digestFolder, join(root, 'dist', 'digestWorker.js')], { encoding: 'utf8' });
if (scan.status !== 0) throw new Error(`bench/digest-scan.mjs failed: ${scan.stderr}`);
const digestFigures = JSON.parse(scan.stdout);
rmSync(digestFolder, { recursive: true, force: true });
row(`digest: first scan of ${digestFigures.notes.toLocaleString('en')} notes in worker threads (the desktop editor's)`, seconds(digestFigures.threadsMs), '< 3 s', digestFigures.threadsMs < 3000);
row(`digest: first scan of ${digestFigures.notes.toLocaleString('en')} notes on one thread (a browser's; read + digest)`, seconds(digestFigures.firstMs), '< 3 s', digestFigures.firstMs < 3000);
row('digest: memory its records hold', `${digestFigures.mb.toFixed(1)} MB`, '< 50 MB', digestFigures.mb < 50);
row('whole remark+yaml parse of the same notes (a parse-everything index)', seconds(digestFigures.bareMs));
row('digest scan (median of 3) ÷ whole parse', times(digestFigures.ms / digestFigures.bareMs));

// 4c. A client's history (the History page, client-notes history) from the digest records
// of 200 notes with that client among 2,000, as the editor builds it from its digest.
{
  const { digestNote, resolveConfig, clientHistory, HISTORY_SIGNALS } = Module.createRequire(import.meta.url)(digestBundle);
  const config = resolveConfig();
  const records = Array.from({ length: 2000 }, (_, index) => {
    const text = index % 10 === 0 ? typicalNote(index + 1).replace(/^client: .*$/mu, 'client: Harbor & Pine Studio') : typicalNote(index + 1);
    return { file: `notes/${index}.md`, digest: digestNote(text, config) };
  }).filter((record) => record.digest);
  const runs = Array.from({ length: 7 }, () => {
    const start = performance.now();
    const history = clientHistory(records, 'Harbor & Pine Studio', '2026-11-26', HISTORY_SIGNALS);
    if (history?.notes.length !== 200) throw new Error(`the history holds ${history?.notes.length} notes, not 200`);
    return performance.now() - start;
  });
  row("a client's history from the digest, 200 of 2,000 notes (7 runs)", spread(runs, (value) => `${value.toFixed(1)} ms`), '< 200 ms', median(runs) < 200);
}

// 5. The extension, for Node and for the browser: bundle size, and activation in fresh
// processes, as the extension host loads it once. The browser bundle is loaded by Node with
// the same stand-in `vscode` (a Web Worker has no way to time it from here): the figure is
// the bundle's own cost, which the web worker host adds to its fetch of the file.
const extensionBundles = [
  { label: 'extension', path: join(root, 'dist', 'extension.js'), sizeTarget: 800, activationTarget: 50 },
  { label: 'browser extension', path: join(root, 'dist', 'web', 'extension.js'), sizeTarget: 700, activationTarget: 150 },
];
for (const { label, path, sizeTarget, activationTarget } of extensionBundles) {
  const bundleSize = statSync(path).size;
  row(`${label} bundle (${path.slice(root.length + 1)}, production)`, `${(bundleSize / 1024).toFixed(0)} KB`, `< ${sizeTarget} KB`, bundleSize < sizeTarget * 1024);
  const activations = Array.from({ length: 7 }, () => {
    const activation = spawnSync('node', [join(root, 'bench', 'activation.cjs'), path], { encoding: 'utf8', timeout: 60_000 });
    const value = Number(activation.stdout.trim());
    if (activation.status !== 0 || !Number.isFinite(value)) throw new Error(`bench/activation.cjs failed: ${activation.stderr}`);
    return value;
  });
  row(`${label} activation (load bundle + activate), 7 processes`, spread(activations, (value) => `${value.toFixed(1)} ms`), `< ${activationTarget} ms`, median(activations) < activationTarget);
}

const width = (key) => Math.max(key.length, ...rows.map((entry) => entry[key].length));
const columns = ['figure', 'value', 'target', 'status'];
console.log(`\nValues: median (lowest–highest) where measured more than once.\n`);
console.log(columns.map((key) => key.padEnd(width(key))).join('  '));
console.log(columns.map((key) => '-'.repeat(width(key))).join('  '));
for (const entry of rows) console.log(columns.map((key) => entry[key].padEnd(width(key))).join('  '));

const missed = rows.filter((entry) => entry.status === 'FAIL');
const targets = rows.filter((entry) => entry.status !== '');
console.log(`\n${targets.length - missed.length} of ${targets.length} targets met.`);
if (missed.length > 0) process.exitCode = 1;

if (record) {
  // The figures live between two markers in docs/benchmarks.md; the prose around them is kept.
  const docPath = join(root, 'docs', 'benchmarks.md');
  const [START, END] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const doc = readFileSync(docPath, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${docPath} lacks the ${START} … ${END} markers`);
  const cell = (value) => value.replaceAll('|', '\\|');
  const table = [
    `Measured on ${new Date().toISOString().slice(0, 10)}: ${machine}; \`npm run bench${quick ? ' -- --quick' : ''}\`.`,
    'Values: median (lowest–highest) where measured more than once.',
    '',
    '| Figure | Value | Target | Status |',
    '| --- | --- | --- | --- |',
    ...rows.map((entry) => `| ${[entry.figure, entry.value, entry.target, entry.status].map(cell).join(' | ')} |`),
  ].join('\n');
  writeFileSync(docPath, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
  console.log(`Recorded in ${docPath}.`);
}
