import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigDiscovery, ConfigFileError, loadConfigFile } from '../../../src/node/config';
import { cliFixtures, runCli, runCliInProcess, ScratchFolders } from '../cliRunner';

describe('config discovery (CLI)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'client-notes-config-'));
    mkdirSync(join(root, 'clients', 'acme', '2026'), { recursive: true });
    mkdirSync(join(root, 'clients', 'globex'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the nearest config file from the folder upward, its folder as the root of include globs', async () => {
    writeFileSync(join(root, '.clientnotesrc.yaml'), 'rules:\n  date-order: off\ninclude: ["clients/**/*.md"]\n');
    writeFileSync(join(root, 'clients', 'globex', '.clientnotesrc.json'), '{"followUp":{"days":5}}');
    const discovery = new ConfigDiscovery();

    const acme = await discovery.forFolder(join(root, 'clients', 'acme', '2026'));
    assert.equal(acme.file, join(root, '.clientnotesrc.yaml'));
    assert.equal(acme.root, root);
    assert.equal(acme.config.rules['date-order'].severity, 'off');
    assert.deepEqual(acme.config.include, ['clients/**/*.md']);

    const globex = await discovery.forFolder(join(root, 'clients', 'globex'));
    assert.equal(globex.file, join(root, 'clients', 'globex', '.clientnotesrc.json'));
    assert.equal(globex.config.followUpDays, 5);
    assert.equal(globex.config.rules['date-order'], undefined, 'files do not merge: the nearest wins');
  });

  it('prefers .clientnotesrc.json to the YAML names in one folder', async () => {
    writeFileSync(join(root, '.clientnotesrc.yml'), 'followUp:\n  days: 9\n');
    writeFileSync(join(root, '.clientnotesrc.json'), '{"followUp":{"days":4}}');
    assert.equal((await new ConfigDiscovery().forFolder(root)).config.followUpDays, 4);
  });

  it('looks at each folder once', async () => {
    writeFileSync(join(root, '.clientnotesrc.json'), '{"followUp":{"days":4}}');
    const discovery = new ConfigDiscovery();
    const first = await discovery.forFolder(join(root, 'clients', 'acme', '2026'));
    rmSync(join(root, '.clientnotesrc.json'));
    assert.equal(await discovery.forFolder(join(root, 'clients', 'acme', '2026')), first);
    // A sibling reuses what its parents already answered.
    assert.equal((await discovery.forFolder(join(root, 'clients', 'globex'))).config, first.config);
  });

  it('rejects a bad file with problems that name it as displayed', async () => {
    writeFileSync(join(root, 'clients', '.clientnotesrc.json'), '{"rules":{"date-order":"loud"}}');
    const discovery = new ConfigDiscovery((path) => path.slice(root.length + 1));
    await assert.rejects(discovery.forFolder(join(root, 'clients', 'acme')), (error: unknown) => {
      assert.ok(error instanceof ConfigFileError);
      assert.match(error.problems[0], /^clients\/\.clientnotesrc\.json: rules\.date-order must be a severity/);
      return true;
    });
    await assert.rejects(loadConfigFile(join(root, 'absent.json'), 'absent.json'), {
      problems: ['absent.json: cannot be read: no such file or directory'],
    });
  });
});

describe('config lookup (CLI)', () => {
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  it('stops at the repository: a config file above the folder holding .git is not picked up', async () => {
    const home = scratch.create();
    const repository = join(home, 'repository');
    cpSync(join(cliFixtures, 'clean'), repository, { recursive: true });
    // Above the repository, a config that would make its README a note, with findings.
    writeFileSync(join(home, '.clientnotesrc.json'), '{"include":["**/*.md"]}');

    const linted = (run: { stdout: string }) => (JSON.parse(run.stdout) as Array<{ file: string }>).map((report) => report.file);
    const outside = await runCliInProcess(['lint', '--format', 'json'], repository);
    assert.equal(outside.code, 1, 'without .git, the walk reaches the config file');
    assert.deepEqual(linted(outside), ['2026-11-20-launch-moves.md', 'README.md']);

    mkdirSync(join(repository, '.git'));
    const inside = await runCliInProcess(['lint', '--format', 'json'], repository);
    assert.equal(inside.stderr, '');
    assert.equal(inside.code, 0);
    assert.deepEqual(linted(inside), ['2026-11-20-launch-moves.md']);
  });

  describe('refuses a config file that is not a file, naming it, instead of falling back to the defaults', () => {
    const NOTE = '---\ntype: client-conversation\nclient: Acme Ltd\ncontact: Jane Doe <jane@acme.example>\ndate: 2026-11-20\ntopic: Launch\nagreements:\n  - The launch moves.\n---\n\n## Scratch\n\nSECRET-SCRATCH\n';
    const kinds: Array<[string, (path: string) => void, RegExp]> = [
      ['a FIFO', (path) => execFileSync('mkfifo', [path]), /is not a regular file/],
      ['a folder', (path) => mkdirSync(path), /is a folder, not a file/],
      ['a link to nothing', (path) => symlinkSync('nowhere.json', path), /cannot be read \(no such file or directory\)/],
      ['a link to itself', (path) => symlinkSync('.clientnotesrc.json', path), /cannot be read \(too many symbolic links/],
    ];
    for (const [kind, make, why] of kinds) {
      it(`${kind}: exit 2 for lint, recap and next-steps, and no recap`, async function () {
        if (kind === 'a FIFO' && process.platform === 'win32') this.skip();
        const folder = scratch.create();
        writeFileSync(join(folder, 'note.md'), NOTE);
        make(join(folder, '.clientnotesrc.json'));
        for (const command of ['lint', 'recap', 'next-steps']) {
          // A FIFO in a process of its own: a read that opened it would wait for a writer forever.
          const run = kind === 'a FIFO' ? runCli([command, 'note.md'], folder) : await runCliInProcess([command, 'note.md'], folder);
          assert.equal(run.code, 2, `${command}: ${run.stdout}`);
          assert.match(run.stderr, /\.clientnotesrc\.json: /);
          assert.match(run.stderr, why);
          assert.doesNotMatch(run.stdout, /SECRET-SCRATCH/);
        }
      });
    }
  });
});
