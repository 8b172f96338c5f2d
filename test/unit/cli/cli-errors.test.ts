// What the user can fix (a path that cannot be read, a bad config file) is one clear
// message and exit code 2 from every command, never a stack trace: the promise of
// PRODUCT.md §6. Missing paths and usage errors are covered beside each command.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFixtures, repo, runCli, runCliInProcess, ScratchFolders, userDeniedByFileModes, type CliRun } from '../cliRunner';

const NOTE = join(cliFixtures, 'notes', 'acme', '2026-11-20-launch-moves.md');
const NEW_NOTE = ['new', '--client', 'Acme', '--scenario', 'missed-deadline', '--topic', 'Launch'];

/** Exit code 2, nothing on stdout, exactly the expected message on stderr: no stack trace, no process warning. */
function assertRefused(run: CliRun, stderr: string | RegExp, what: string): void {
  assert.equal(run.code, 2, `${what}: exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '', what);
  if (typeof stderr === 'string') assert.equal(run.stderr, stderr, what);
  else assert.match(run.stderr, stderr, what);
}

describe('client-notes: a problem the user can fix is one clear message and exit code 2', function () {
  this.timeout(30000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  /** A folder with a note in it, `note.md`, that lints and summarises cleanly. */
  function folderWithNote(): string {
    const folder = scratch.create();
    copyFileSync(NOTE, join(folder, 'note.md'));
    return folder;
  }

  it('stops printing, with no stack trace, when the reader closes the pipe early (client-notes lint | head -1)', () => {
    const folder = scratch.create();
    // Enough findings to fill a pipe's buffer many times over, so that writes go on after `head` has gone.
    const steps = Array.from({ length: 10 }, (_, index) => `- Step ${index} with no owner and no date`).join('\n');
    const note = readFileSync(NOTE, 'utf8').replace(/## Agreed next steps[\s\S]*$/u, `## Agreed next steps\n\n${steps}\n`);
    for (let index = 0; index < 400; index++) writeFileSync(join(folder, `note-${index}.md`), note);
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${join(repo, 'dist', 'cli.js')}" lint . | head -n 1`], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, CLIENT_NOTES_NOW: '2026-11-23' },
    });
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^note-\d+\.md\n/u);
  });

  describe('a path that cannot be read', () => {
    it('lint, recap and new name the note, folder or config file with mode 000 and stop', function () {
      const denied = userDeniedByFileModes();
      if (!denied) {
        this.test!.title += ' (skipped: running as root, and the user "nobody" cannot read this checkout)';
        this.skip();
      }
      const folder = folderWithNote();
      mkdirSync(join(folder, 'locked'));
      mkdirSync(join(folder, 'templates'));
      writeFileSync(join(folder, 'templates', 'missed-deadline.md'), '---\ntype: client-conversation\n---\n');
      mkdirSync(join(folder, 'configured'));
      copyFileSync(NOTE, join(folder, 'configured', 'note.md'));
      writeFileSync(join(folder, 'configured', '.clientnotesrc.json'), '{}');
      const locked = ['note.md', 'locked', 'templates/missed-deadline.md', 'configured/.clientnotesrc.json'].map((path) => join(folder, path));
      // The scratch folder itself must stay open to the other user.
      chmodSync(folder, 0o755);
      for (const path of locked) chmodSync(path, 0o000);
      const run = (args: string[]) => runCli(args, folder, undefined, { user: denied.user });
      try {
        assertRefused(run(['lint', 'note.md']), 'client-notes: Cannot read note.md: permission denied\n', 'lint, a note');
        assertRefused(run(['lint', 'locked']), 'client-notes: Cannot read locked: permission denied\n', 'lint, a folder');
        assertRefused(run(['lint', 'configured']), 'configured/.clientnotesrc.json: cannot be read: permission denied\n', 'lint, a config file');
        assertRefused(run(['recap', 'note.md']), 'client-notes: Cannot read note.md: permission denied\n', 'recap, the note');
        assertRefused(run(['recap', 'configured/note.md']), 'configured/.clientnotesrc.json: cannot be read: permission denied\n', 'recap, a config file');
        assertRefused(run([...NEW_NOTE, '--templates', 'locked']), 'client-notes: Cannot read the templates folder locked: permission denied\n', 'new, a templates folder');
        assertRefused(run([...NEW_NOTE, '--templates', 'templates']), 'client-notes: Cannot read the templates folder templates: permission denied\n', 'new, a template');
        assert.equal(existsSync(join(folder, 'notes')), false, 'new created nothing');
      } finally {
        // Give the modes back so that the scratch folder can be removed by any user.
        for (const path of locked) chmodSync(path, 0o755);
      }
    });

    it('recap given a folder, and --config, --templates or --dir naming the wrong kind of path, say so', async () => {
      const folder = folderWithNote();
      mkdirSync(join(folder, 'settings'));
      assertRefused(await runCliInProcess(['recap', 'settings'], folder), 'client-notes: Cannot read settings: it is a folder, not a file\n', 'recap, a folder');
      assertRefused(await runCliInProcess(['lint', 'note.md', '--config', 'settings'], folder), 'settings: cannot be read: it is a folder, not a file\n', 'lint --config, a folder');
      assertRefused(await runCliInProcess(['recap', 'note.md', '--config', 'settings'], folder), 'settings: cannot be read: it is a folder, not a file\n', 'recap --config, a folder');
      assertRefused(await runCliInProcess([...NEW_NOTE, '--templates', 'note.md'], folder), 'client-notes: Cannot read the templates folder note.md: not a directory\n', 'new --templates, a file');
      assertRefused(
        await runCliInProcess([...NEW_NOTE, '--dir', 'note.md'], folder),
        'client-notes: Cannot write note.md/acme/2026-11-23-launch.md: not a directory\n',
        'new --dir, under a file',
      );
    });
  });

  describe('a bad config file', () => {
    // The function would leave a file behind if it ever ran.
    const JS_FUNCTION = 'rules:\n  date-order: !!js/function "function () { require(\'node:fs\').writeFileSync(\'function-ran\', \'\') }"\n';
    const dataOnly = 'is not allowed: a config file holds plain data (text, numbers, true/false, lists and maps), never code or custom types';
    const cases: Array<[string, string, string, string | RegExp]> = [
      ['invalid JSON', '.clientnotesrc.json', '{"rules": {', /^\.clientnotesrc\.json: cannot be parsed: [^\n]*JSON[^\n]*\n$/],
      [
        'invalid YAML',
        '.clientnotesrc.yaml',
        'rules:\n  date-order: off\n   required-sections: off\n',
        /^\.clientnotesrc\.yaml: cannot be parsed: [^\n]* at line \d+, column \d+\n$/,
      ],
      ['a value the schema refuses', '.clientnotesrc.yml', 'followUp:\n  days: soon\n', '.clientnotesrc.yml: followUp.days must be integer\n'],
      ['a !!js/function tag', '.clientnotesrc.yaml', JS_FUNCTION, `.clientnotesrc.yaml: the tag !!js/function on line 2 ${dataOnly}\n`],
      ['a custom tag', '.clientnotesrc.yaml', 'summary:\n  signature: !include ~/.signature\n', `.clientnotesrc.yaml: the tag !include on line 2 ${dataOnly}\n`],
    ];
    for (const command of ['lint', 'recap']) {
      for (const [what, name, text, stderr] of cases) {
        it(`${command}: ${what}, named with its file, and nothing run`, async () => {
          const folder = folderWithNote();
          writeFileSync(join(folder, name), text);
          assertRefused(await runCliInProcess([command, 'note.md'], folder), stderr, what);
          // Run in this process, the function would write into this process's folder.
          for (const where of [folder, process.cwd()]) assert.equal(existsSync(join(where, 'function-ran')), false, where);
        });
      }
    }
  });
});
