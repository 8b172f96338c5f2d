// A note that cannot be read (deleted by a sync client while the run goes, no permission)
// costs the run that note only: every other note is reported, the one is named on stderr,
// and the run ends, with exit code 2. Runs over many notes lint in worker threads, which
// must stop too: each such run here is awaited to its exit, bounded by the test's timeout
// only. The runs over two notes on the main thread, a case of each format, run in this
// process (runCliInProcess).
import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { cliFixtures, runCliInProcess, ScratchFolders, startCli, userDeniedByFileModes, type CliRun, type RunAs } from '../cliRunner';

/** A note with one finding (its Boundaries section is missing), so that every format names it. */
const NOTE = join(cliFixtures, 'fix', 'missing-boundaries.md');
/** A note with open next steps. */
const STEPS_NOTE = join(cliFixtures, 'next-steps', 'acme.md');

describe('client-notes: a note that cannot be read costs only itself', function () {
  // Hundreds of notes in worker threads, on a machine that may be busy: the bound is this timeout, never an assertion on time.
  this.timeout(180000);
  const scratch = new ScratchFolders();
  const running = new Set<ChildProcessWithoutNullStreams>();
  after(() => scratch.removeAll());
  // A run that never ends fails its test by the timeout; it must not keep mocha running too.
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });

  /** Runs the binary to its exit. */
  async function run(args: string[], cwd: string, user?: RunAs): Promise<CliRun> {
    const child = startCli(args, cwd, {}, undefined, user);
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    running.delete(child);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    return { code, stdout, stderr };
  }

  /** Runs the command line in this process, on the main thread. */
  async function runHere(args: string[], cwd: string): Promise<CliRun> {
    const result = await runCliInProcess(args, cwd);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    return result;
  }

  /**
   * A folder of `count` copies of `note` (note-0.md…) and `unread.md`, which the system will
   * not read whoever runs the binary: a link through a file ("not a directory"), an error of
   * the same kind as a note deleted since the folder was searched.
   */
  function notesWithOneUnread(count: number, note = NOTE): string {
    const folder = copiesOf(count, note);
    symlinkSync(join('note-0.md', 'gone.md'), join(folder, 'unread.md'));
    return folder;
  }

  function copiesOf(count: number, note = NOTE): string {
    const folder = scratch.create();
    for (let index = 0; index < count; index++) copyFileSync(note, join(folder, `note-${index}.md`));
    return folder;
  }

  const UNREAD = 'client-notes: Cannot read unread.md: not a directory\n';

  describe('lint', () => {
    it('over 450 notes in worker threads reports the 450, names the one, and exits 2', async () => {
      const folder = notesWithOneUnread(450);
      for (const threads of [[], ['--threads', '2']]) {
        const linted = await run(['lint', '.', '--format', 'json', ...threads], folder);
        assert.equal(linted.stderr, UNREAD, threads.join(' '));
        assert.equal(linted.code, 2, threads.join(' '));
        assert.equal((JSON.parse(linted.stdout) as unknown[]).length, 450, threads.join(' '));
      }
    });

    it('in every format, and with --fix, reports every readable note, names the one, and exits 2', async () => {
      const folder = notesWithOneUnread(2);
      const stylish = await runHere(['lint', '.'], folder);
      assert.deepEqual([stylish.code, stylish.stderr], [2, UNREAD]);
      assert.deepEqual(
        stylish.stdout.split('\n').filter((line) => line.endsWith('.md')),
        ['note-0.md', 'note-1.md'],
      );
      const json = await runHere(['lint', '.', '--format', 'json'], folder);
      assert.deepEqual([json.code, json.stderr], [2, UNREAD]);
      assert.deepEqual(
        (JSON.parse(json.stdout) as Array<{ file: string }>).map((report) => report.file),
        ['note-0.md', 'note-1.md'],
      );
      const sarif = await runHere(['lint', '.', '--format', 'sarif'], folder);
      assert.deepEqual([sarif.code, sarif.stderr], [2, UNREAD]);
      const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }).runs[0].results;
      assert.deepEqual(
        results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri),
        ['note-0.md', 'note-1.md'],
      );
      const fixed = await runHere(['lint', '.', '--fix', '--format', 'json'], folder);
      assert.deepEqual([fixed.code, fixed.stderr], [2, UNREAD]);
      assert.deepEqual(
        (JSON.parse(fixed.stdout) as Array<{ file: string }>).map((report) => report.file),
        ['note-0.md', 'note-1.md'],
      );
      for (const name of ['note-0.md', 'note-1.md']) assert.match(readFileSync(join(folder, name), 'utf8'), /^## Boundaries$/m, `${name} is fixed`);
    });

    it('with mode 000 on one of 450 notes, in worker threads, names it and ends with exit 2', async function () {
      const denied = userDeniedByFileModes();
      if (!denied) {
        this.test!.title += ' (skipped: running as root, and the user "nobody" cannot read this checkout)';
        this.skip();
      }
      const folder = copiesOf(450);
      copyFileSync(NOTE, join(folder, 'unread.md'));
      chmodSync(join(folder, 'unread.md'), 0o000);
      chmodSync(folder, 0o777);
      const linted = await run(['lint', '.', '--format', 'json', '--threads', '2'], folder, denied.user);
      assert.equal(linted.stderr, 'client-notes: Cannot read unread.md: permission denied\n');
      assert.equal(linted.code, 2);
      assert.equal((JSON.parse(linted.stdout) as unknown[]).length, 450);
    });

    it('a broken config file beside some of 450 notes stops a run in worker threads with its message, and the run ends', async () => {
      const folder = copiesOf(450);
      // Last in the run's order: the threads are busy with the others by then.
      mkdirSync(join(folder, 'z-broken'));
      copyFileSync(NOTE, join(folder, 'z-broken', 'note.md'));
      writeFileSync(join(folder, 'z-broken', '.clientnotesrc.json'), '{ not json');
      const linted = await run(['lint', '.', '--threads', '2'], folder);
      assert.equal(linted.code, 2);
      assert.match(linted.stderr, /^z-broken\/\.clientnotesrc\.json: /m);
    });
  });

  describe('next-steps', () => {
    it('in every format lists the steps of every readable note, names the one, and exits 2', async () => {
      const folder = notesWithOneUnread(2, STEPS_NOTE);
      const table = await runHere(['next-steps', '.'], folder);
      assert.deepEqual([table.code, table.stderr], [2, UNREAD]);
      assert.match(table.stdout, /note-0\.md:\d+/);
      assert.match(table.stdout, /note-1\.md:\d+/);
      const json = await runHere(['next-steps', '.', '--format', 'json'], folder);
      assert.deepEqual([json.code, json.stderr], [2, UNREAD]);
      assert.deepEqual([...new Set((JSON.parse(json.stdout) as Array<{ file: string }>).map((step) => step.file))].sort(), ['note-0.md', 'note-1.md']);
      const ics = await runHere(['next-steps', '.', '--format', 'ics'], folder);
      assert.deepEqual([ics.code, ics.stderr], [2, UNREAD]);
      assert.match(ics.stdout, /^BEGIN:VCALENDAR/);
      assert.ok((ics.stdout.match(/BEGIN:VTODO/g) ?? []).length >= 2, ics.stdout);
    });
  });
});
