// The GitHub Action (action.yml): its lint step, run by bash as a runner would, with an
// `npx` that records what it is asked for and runs this build of the CLI in place of the
// published package; then the steps that upload the SARIF file and fail the job.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { version } from '../../../package.json';
import { cliFixtures, repo, ScratchFolders } from '../cliRunner';

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as Action;
const lintStep = action.runs.steps.find((step) => step.id === 'lint');

interface StepRun {
  code: number | null;
  stderr: string;
  /** What the step wrote to $GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The arguments npx was called with. */
  npxArgs: string[];
}

describe('the GitHub Action', function () {
  this.timeout(30000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  /** Runs the lint step in a copy of the CLI fixtures, with the inputs' defaults overridden by `inputs`. */
  function runLintStep(inputs: Record<string, string>): StepRun & { workspace: string } {
    assert.ok(lintStep?.run && lintStep.env, 'a step with id "lint" runs a script with an environment');
    assert.equal(lintStep.shell, 'bash');
    assert.equal(lintStep['working-directory'], '${{ github.workspace }}', 'runs at the repository root, which SARIF URIs are relative to');
    const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...inputs };
    const env = Object.fromEntries(
      Object.entries(lintStep.env).map(([name, value]) => {
        const substituted = value.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, input: string) => {
          assert.ok(Object.hasOwn(values, input), `the input ${input} is declared`);
          return values[input];
        });
        assert.doesNotMatch(substituted, /\$\{\{/, `${name}: only inputs are passed to the script`);
        return [name, substituted];
      }),
    );
    const workspace = scratch.create(cliFixtures);
    const tools = scratch.create();
    const npxArgs = join(tools, 'npx-args');
    writeFileSync(
      join(tools, 'npx'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${npxArgs}'\nshift 2\nexec '${process.execPath}' '${join(repo, 'dist', 'cli.js')}' "$@"\n`,
    );
    chmodSync(join(tools, 'npx'), 0o755);
    const outputFile = join(tools, 'github-output');
    writeFileSync(outputFile, '');
    // The runner's own command line for a bash step.
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, ...env, PATH: `${tools}${delimiter}${process.env.PATH}`, GITHUB_OUTPUT: outputFile, CLIENT_NOTES_NOW: '2026-11-23' },
    });
    const read = (path: string) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    };
    return {
      workspace,
      code: result.status,
      stderr: result.stderr,
      outputs: Object.fromEntries(read(outputFile).split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2))),
      npxArgs: read(npxArgs).split('\n').slice(0, -1),
    };
  }

  it('is a composite action that runs the published package of this version', () => {
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.inputs.version.default, version, 'the default version is the one package.json is at');
  });

  it('lints the paths, unexpanded by the shell, into a SARIF file, and reports exit code 1 without failing the step', () => {
    const run = runLintStep({ paths: 'notes\nglob/**/*.md' });
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.deepEqual(run.npxArgs, ['--yes', `client-notes@${version}`, 'lint', '--format', 'sarif', '--', 'notes', 'glob/**/*.md']);
    assert.deepEqual(run.outputs, { 'sarif-file': 'client-notes.sarif', 'exit-code': '1' });
    const log = JSON.parse(readFileSync(join(run.workspace, 'client-notes.sarif'), 'utf8'));
    const uris = log.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('notes/globex/2026-11-18-rates-for-2027.md'), uris.join(', '));
  });

  it('passes the config file on, and fails the step on a bad one with client-notes\'s message', () => {
    const good = runLintStep({ paths: 'include', config: 'include/.clientnotesrc.json', 'sarif-file': 'out.sarif' });
    assert.equal(good.code, 0, good.stderr);
    assert.deepEqual(good.npxArgs.slice(2), ['lint', '--format', 'sarif', '--config', 'include/.clientnotesrc.json', '--', 'include']);
    assert.equal(good.outputs['sarif-file'], 'out.sarif');
    const bad = runLintStep({ paths: 'bad-config', config: 'bad-config/.clientnotesrc.json' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /rules\.date-order must be a severity/);
    assert.deepEqual(bad.outputs, {});
  });

  it('uploads the SARIF file to code scanning, then fails the job on an error-level finding', () => {
    const [, upload, fail] = action.runs.steps;
    assert.match(upload.uses ?? '', /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.equal(upload.if, "inputs.upload == 'true'");
    assert.deepEqual(upload.with, { sarif_file: '${{ steps.lint.outputs.sarif-file }}', category: 'client-notes' });
    assert.equal(fail.if, "inputs.fail-on-error == 'true' && steps.lint.outputs.exit-code == '1'");
    assert.equal(spawnSync('bash', ['-c', fail.run ?? '']).status, 1);
    assert.equal(action.outputs['exit-code'].value, '${{ steps.lint.outputs.exit-code }}');
  });
});
