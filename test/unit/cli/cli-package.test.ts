// The command-line tool as npm publishes it: `npm pack` takes the CLI's bundles and its
// docs and nothing of the extension, and the tarball installs into an empty folder with
// no registry (it has no dependencies: everything it runs is bundled) and runs there.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { cliFixtures, repo, ScratchFolders } from '../cliRunner';

/** Everything the npm package may hold: npm adds package.json, README.md and LICENSE itself. */
const PACKED_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/lintWorker.js', 'package.json'];

const BAD = 'notes/globex/2026-11-18-rates-for-2027.md';

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

describe('the npm package of the CLI', function () {
  this.timeout(60000);
  const scratch = new ScratchFolders();
  let packed: PackResult;
  let project: string;

  before(() => {
    const destination = scratch.create();
    // No lifecycle scripts: the test packs the bundles the build just made.
    [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], repo)) as PackResult[];
    project = scratch.create();
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', join(destination, packed.filename)], project);
  });
  after(() => scratch.removeAll());

  it('holds the CLI bundles and docs, nothing of the extension', () => {
    assert.deepEqual(packed.files.map((file) => file.path).sort(), PACKED_FILES);
  });

  it('installs nothing besides itself', () => {
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['client-notes']);
  });

  it('installs without a registry and runs client-notes lint on the notes there', () => {
    cpSync(join(cliFixtures, 'notes'), join(project, 'notes'), { recursive: true });
    const run = (args: string[]) => {
      const result = spawnSync(join(project, 'node_modules', '.bin', 'client-notes'), args, { cwd: project, encoding: 'utf8', env: { ...process.env, CLIENT_NOTES_NOW: '2026-11-23' } });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    assert.deepEqual(run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    const lint = run(['lint', 'notes', '--format', 'json']);
    assert.equal(lint.stderr, '');
    assert.equal(lint.code, 1);
    const reports = JSON.parse(lint.stdout) as Array<{ file: string; messages: Array<{ ruleId: string }> }>;
    assert.deepEqual(
      reports.flatMap((report) => report.messages.map((message) => `${report.file} ${message.ruleId}`)),
      [`${BAD} frontmatter-schema`, `${BAD} required-sections`],
    );
    // Worker threads load dist/lintWorker.js from beside the installed dist/cli.js.
    assert.deepEqual(run(['lint', 'notes', '--format', 'json', '--threads', '2']), lint);
  });
});
