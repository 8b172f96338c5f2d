// npm run realism [-- FOLDER]: precision and recall of the rules on realistic notes (issue 15).
// Lints test/realism/notes (or FOLDER, such as a set of notes held back from the rule
// authors) on a fixed day, prints the figures per rule and overall and each wrong or missed
// finding, and exits 1 when the overall figures are below target. The measurement itself
// lives in test/realism/measure.ts, shared with test/unit/realism.test.ts; it is bundled
// from source here so that the figures never come from a stale build.
import { mkdtempSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundlePlugins } from './bundling.mjs';

const root = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(root, 'test', 'realism', 'notes'));
const scratch = mkdtempSync(join(tmpdir(), 'client-notes-realism-'));
try {
  const bundle = join(scratch, 'measure.cjs');
  await build({
    entryPoints: [join(root, 'test', 'realism', 'measure.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    mainFields: ['module', 'main'],
    loader: { '.md': 'text' },
    logLevel: 'warning',
    plugins: bundlePlugins,
  });
  const { measure, formatReport, meetsTargets } = Module.createRequire(import.meta.url)(bundle);
  let measurement;
  try {
    measurement = measure(folder);
  } catch (error) {
    // A folder that is not there, or a note without its expectations: one line, not a stack trace.
    console.error(`realism: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
  if (measurement) {
    console.log(formatReport(measurement));
    process.exitCode = meetsTargets(measurement.overall) ? 0 : 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
