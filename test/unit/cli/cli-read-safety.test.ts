// What the command line reads of a user's files: only regular files, of a bounded size,
// decoded with a word for anything that is not plain UTF-8, and templates only from
// inside their folder; and what it prints of them cannot drive the terminal. The failure
// these tests guard against is a run that never ends: each run that meets a special file
// (a FIFO, a device, a link a glob could follow round) runs the binary and is awaited to its exit, so
// that mocha's timeout fails such a run (and endUnfinishedRuns ends it); a read that
// blocked this process would hold mocha's timeout too. The runs on regular files with odd
// bytes or names run in this process (runCliInProcess).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stylish } from '../../../src/cli/formatters/stylish';
import { decodeUserFile } from '../../../src/node/userFile';
import { cliFixtures, endUnfinishedRuns, runCliInProcess, runCliToEnd, ScratchFolders, type CliRun } from '../cliRunner';

/** A note that lints cleanly on the runner's day. */
const CLEAN_NOTE = join(cliFixtures, 'notes', 'acme', '2026-11-20-launch-moves.md');
/** A note with one fixable finding: its Boundaries section is missing. */
const FIXABLE_NOTE = join(cliFixtures, 'fix', 'missing-boundaries.md');

/** Any control character (C0, DEL, C1) but the line feed. */
const CONTROL_CHARACTER = /[^\P{Cc}\n]/u;

interface JsonReport {
  file: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
}

/** How a case runs the command line: the binary, awaited to its end, or in this process. */
type Runner = (args: string[], cwd: string) => Promise<CliRun>;

/** Runs the binary (a special file is met), with no stack trace printed. */
async function run(args: string[], cwd: string, runner: Runner = runCliToEnd): Promise<CliRun> {
  const result = await runner(args, cwd);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  return result;
}

/** `run` in this process, for regular files only. */
const runHere = (args: string[], cwd: string) => run(args, cwd, runCliInProcess);

async function lintJson(args: string[], cwd: string, runner: Runner = runCliToEnd): Promise<{ reports: JsonReport[]; stderr: string; code: number | null }> {
  const result = await run(['lint', ...args, '--format', 'json'], cwd, runner);
  return { reports: JSON.parse(result.stdout) as JsonReport[], stderr: result.stderr, code: result.code };
}

describe('client-notes reads only what it can read safely', function () {
  // A guard against a run that never ends, not a bound on speed.
  this.timeout(5 * 60_000);
  const scratch = new ScratchFolders();
  afterEach(endUnfinishedRuns);
  after(() => scratch.removeAll());

  function folderWithNote(): string {
    const folder = scratch.create();
    copyFileSync(CLEAN_NOTE, join(folder, 'note.md'));
    return folder;
  }

  describe('special files', () => {
    it('lint and recap skip a named pipe, saying so, instead of waiting for a writer', async () => {
      const folder = folderWithNote();
      execFileSync('mkfifo', [join(folder, 'pipe.md')]);
      const named = await run(['lint', 'pipe.md'], folder);
      assert.equal(named.code, 0);
      assert.equal(named.stderr, 'client-notes: skipped pipe.md: it is a named pipe (FIFO), not a regular file\n');

      const walked = await lintJson(['.'], folder);
      assert.deepEqual(
        walked.reports.map((report) => report.file),
        ['note.md'],
      );
      assert.equal(walked.stderr, 'client-notes: skipped pipe.md: it is a named pipe (FIFO), not a regular file\n');

      const summary = await run(['recap', 'pipe.md'], folder);
      assert.equal(summary.code, 2);
      assert.equal(summary.stderr, 'client-notes: Cannot read pipe.md: it is a named pipe (FIFO), not a regular file\n');
    });

    it('--config naming a named pipe is refused, not waited on', async () => {
      const folder = folderWithNote();
      execFileSync('mkfifo', [join(folder, 'config.json')]);
      for (const command of ['lint', 'recap']) {
        const refused = await run([command, 'note.md', '--config', 'config.json'], folder);
        assert.equal(refused.code, 2, command);
        assert.equal(refused.stderr, 'config.json: cannot be read: it is a named pipe (FIFO), not a regular file\n', command);
      }
    });

    it('a glob matching a link to /dev/zero skips it instead of reading without end', async () => {
      const folder = folderWithNote();
      symlinkSync('/dev/zero', join(folder, 'zero.md'));
      const { reports, stderr } = await lintJson(['*.md'], folder);
      assert.deepEqual(
        reports.map((report) => report.file),
        ['note.md'],
      );
      assert.equal(stderr, 'client-notes: skipped zero.md: it is a device, not a regular file\n');
    });
  });

  describe('a file of a gigabyte (sparse: no disk used)', () => {
    it('is skipped by lint and refused by recap with one line, never a stack trace', async () => {
      const folder = folderWithNote();
      const huge = join(folder, 'huge.md');
      writeFileSync(huge, readFileSync(CLEAN_NOTE));
      truncateSync(huge, 1024 ** 3);
      const linted = await lintJson(['.'], folder);
      assert.equal(linted.code, 0);
      assert.deepEqual(
        linted.reports.map((report) => report.file),
        ['note.md'],
      );
      assert.equal(linted.stderr, 'client-notes: skipped huge.md: it is 1 GB; Client Notes reads files of up to 16 MB\n');

      const summary = await run(['recap', 'huge.md'], folder);
      assert.equal(summary.code, 2);
      assert.equal(summary.stderr, 'client-notes: Cannot read huge.md: it is 1 GB; Client Notes reads files of up to 16 MB\n');
    });
  });

  describe('symbolic links', () => {
    it('a link to itself, named, is called what it is, not a missing file', async () => {
      const folder = folderWithNote();
      symlinkSync('self.md', join(folder, 'self.md'));
      const named = await runHere(['lint', 'self.md', 'note.md'], folder);
      assert.equal(named.code, 0);
      assert.equal(named.stderr, 'client-notes: skipped self.md: it is a symbolic link that leads back to itself\n');
      const summary = await runHere(['recap', 'self.md'], folder);
      assert.equal(summary.code, 2);
      assert.equal(summary.stderr, 'client-notes: Cannot read self.md: it is a symbolic link that leads back to itself\n');
    });

    it('a path the system will not look up is named with the system\'s reason, not called missing', async () => {
      const folder = folderWithNote();
      const tooLong = `${'n'.repeat(300)}.md`;
      const refused = await runHere(['lint', tooLong], folder);
      assert.equal(refused.code, 2);
      assert.equal(refused.stderr, `client-notes: Cannot read ${tooLong}: name too long\n`);
    });

    it('a glob through a link back up the tree lints each note once', async () => {
      const folder = scratch.create();
      mkdirSync(join(folder, 'notes'));
      copyFileSync(FIXABLE_NOTE, join(folder, 'notes', 'note.md'));
      symlinkSync('..', join(folder, 'notes', 'loop'));
      const { reports } = await lintJson(['notes/**/*.md'], folder);
      assert.deepEqual(
        reports.map((report) => report.file),
        [join('notes', 'note.md')],
      );
    });
  });

  describe('encodings', () => {
    const utf8 = readFileSync(FIXABLE_NOTE);
    let expected: JsonReport[];
    before(async () => {
      const folder = scratch.create();
      writeFileSync(join(folder, 'note.md'), utf8);
      expected = (await lintJson(['note.md'], folder, runCliInProcess)).reports;
    });

    async function lintBytes(bytes: Buffer, extra: string[] = []): Promise<{ reports: JsonReport[]; stderr: string; folder: string }> {
      const folder = scratch.create();
      writeFileSync(join(folder, 'note.md'), bytes);
      return { ...(await lintJson(['note.md', ...extra], folder, runCliInProcess)), folder };
    }

    it('a UTF-16 note (with its byte order mark) is linted as its UTF-8 twin, and --fix leaves it as it is, saying why', async () => {
      const text = utf8.toString('utf8');
      const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const bigEndian = Buffer.from(littleEndian).swap16();
      for (const bytes of [littleEndian, bigEndian]) {
        const linted = await lintBytes(bytes);
        assert.deepEqual(linted.reports, expected);
        assert.equal(linted.stderr, 'client-notes: warning: note.md is encoded in UTF-16, not UTF-8.\n');
      }
      const fixed = await lintBytes(littleEndian, ['--fix']);
      assert.deepEqual(fixed.reports, expected);
      assert.match(fixed.stderr, /note\.md was not fixed: only files in plain UTF-8 are\./);
      assert.ok(readFileSync(join(fixed.folder, 'note.md')).equals(littleEndian));
    });

    it('bytes that are not UTF-8 are named, with their line', async () => {
      const lines = utf8.toString('utf8').split('\n');
      const latin1 = Buffer.concat([utf8, Buffer.from('Caf\xe9 meeting.\n', 'latin1')]);
      const { stderr } = await lintBytes(latin1);
      assert.equal(stderr, `client-notes: warning: note.md is not valid UTF-8: line ${lines.length} has bytes that are not text.\n`);
      const folder = scratch.create();
      writeFileSync(join(folder, 'note.md'), latin1);
      const summary = await runHere(['recap', 'note.md'], folder);
      assert.match(summary.stderr, new RegExp(`^client-notes: warning: note\\.md is not valid UTF-8: line ${lines.length} has bytes that are not text\\.\n`));
    });

    it('a second byte order mark does not hide the frontmatter: the findings of one, and a warning', async () => {
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      const once = await lintBytes(Buffer.concat([bom, utf8]));
      const twice = await lintBytes(Buffer.concat([bom, bom, utf8]));
      assert.deepEqual(twice.reports, once.reports);
      assert.equal(twice.stderr, 'client-notes: warning: note.md starts with 2 byte order marks; all but the first were ignored.\n');
    });

    it('a config file whose bytes are not UTF-8 is refused, naming the line', async () => {
      const folder = folderWithNote();
      writeFileSync(join(folder, '.clientnotesrc.json'), Buffer.from('{\n  "summary": { "signature": "Ren\xe9" }\n}\n', 'latin1'));
      const refused = await runHere(['lint', 'note.md'], folder);
      assert.equal(refused.code, 2);
      assert.equal(refused.stderr, '.clientnotesrc.json: cannot be read: it is not valid UTF-8: line 2 has bytes that are not text\n');
    });

    it('decodes UTF-16 of either byte order, keeping the byte order mark as the text\'s first character', () => {
      const le = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
      const be = Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a]);
      for (const bytes of [le, be]) assert.deepEqual({ ...decodeUserFile(bytes), bytes: undefined }, { bytes: undefined, text: '\uFEFFA\n', lossy: false, notPlainUtf8: 'is encoded in UTF-16, not UTF-8' });
      const unpaired = Buffer.from([0xff, 0xfe, 0x0a, 0x00, 0x00, 0xd8, 0x41, 0x00]);
      assert.deepEqual({ ...decodeUserFile(unpaired), bytes: undefined }, { bytes: undefined, text: '\uFEFF\n\uFFFDA', lossy: true, notPlainUtf8: 'is not valid UTF-16: line 2 has bytes that are not text' });
    });
  });

  describe('templates', () => {
    it('--templates reads only regular files inside the folder: a link out of it is skipped, saying so, and never copied', async () => {
      const folder = scratch.create();
      const secret = join(folder, 'secret.txt');
      writeFileSync(secret, 'root:$6$hash:19000:0:99999:7:::\n');
      mkdirSync(join(folder, 'templates'));
      writeFileSync(join(folder, 'templates', 'own.md'), '---\ntype: client-conversation\nclient: {{client}}\n---\n# {{topic}}\n');
      symlinkSync(secret, join(folder, 'templates', 'shadow.md'));
      symlinkSync('own.md', join(folder, 'templates', 'alias.md'));
      execFileSync('mkfifo', [join(folder, 'templates', 'pipe.md')]);
      const newNote = (scenario: string) => run(['new', '--client', 'Acme', '--scenario', scenario, '--topic', 'Launch', '--templates', 'templates'], folder);
      const skipped = [
        `client-notes: skipped the template ${join('templates', 'pipe.md')}: it is a named pipe (FIFO), not a regular file`,
        `client-notes: skipped the template ${join('templates', 'shadow.md')}: it is a link to a file outside the templates folder`,
      ];

      const refused = await newNote('shadow');
      assert.equal(refused.code, 2);
      assert.deepEqual(refused.stderr.split('\n').filter((line) => line.includes('skipped')).sort(), skipped);
      assert.match(refused.stderr, /Unknown scenario "shadow"/);
      assert.equal(existsSync(join(folder, 'notes')), false);

      const created = await newNote('alias');
      assert.equal(created.code, 0, created.stderr);
      assert.match(readFileSync(join(folder, created.stdout.trim()), 'utf8'), /^---\ntype: client-conversation\nclient: Acme\n/);
    });
  });

  describe('what is printed', () => {
    it('stylish prints the control characters of file names and messages escaped, as JSON does', () => {
      const writer = stylish({ color: false });
      const output =
        writer.file({
          file: 'notes/\u001b]0;owned\u0007.md',
          messages: [{ ruleId: 'next-step-overdue', severity: 'warning', message: 'Next step "\u001b[2J\u009b31mpay\r\n" is overdue.', line: 1, column: 1, endLine: 1, endColumn: 2 }],
        }) + writer.end();
      assert.doesNotMatch(output, CONTROL_CHARACTER);
      assert.ok(output.includes('notes/\\u001b]0;owned\\u0007.md\n'), output);
      assert.ok(output.includes('Next step "\\u001b[2J\\u009b31mpay\\r\\n" is overdue.'), output);
    });

    it('lint prints a file name with an escape sequence escaped, in findings and in messages', async () => {
      const folder = scratch.create();
      const name = 'title\u001b]0;owned\u0007.md';
      copyFileSync(FIXABLE_NOTE, join(folder, name));
      execFileSync('mkfifo', [join(folder, 'pipe\u001b[2J.md')]);
      const linted = await run(['lint', '.'], folder);
      assert.doesNotMatch(linted.stdout, CONTROL_CHARACTER);
      assert.doesNotMatch(linted.stderr, CONTROL_CHARACTER);
      assert.ok(linted.stdout.startsWith('title\\u001b]0;owned\\u0007.md\n'), linted.stdout);
      assert.equal(linted.stderr, 'client-notes: skipped pipe\\u001b[2J.md: it is a named pipe (FIFO), not a regular file\n');
    });
  });
});
