// .mocharc.json lists the longest suites first, then a glob for the others that leaves
// those names out, so that the two jobs end together: a suite of the same name added
// elsewhere, or a name dropped from one list but not the other, would never run, or run
// twice. Every suite of test/unit/ must be in the run exactly once.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { repoRoot } from '../generate/manifestNls';

/** The suites of test/unit/, as the build writes them under out/. */
function builtSuites(dir = join(repoRoot, 'test', 'unit')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtSuites(join(dir, entry.name))
      : entry.name.endsWith('.test.ts')
        ? [join('out', relative(repoRoot, join(dir, entry.name))).replace(/\.ts$/, '.mjs')]
        : [],
  );
}

describe("the unit suite's configuration", () => {
  it('runs every suite of test/unit/ once, the longest first', () => {
    // Mocha reads its JSON configuration with comments: here they are whole lines.
    const config = JSON.parse(readFileSync(join(repoRoot, '.mocharc.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { spec: string[] };
    const run = config.spec.flatMap((spec) => globSync(spec, { cwd: repoRoot }).sort());
    assert.deepEqual([...run].sort(), builtSuites().sort());
    assert.equal(new Set(run).size, run.length, 'a suite runs twice');
  });
});
