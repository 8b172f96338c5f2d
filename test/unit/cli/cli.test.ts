import * as assert from 'node:assert/strict';
import { appendFileSync, chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { docsUrl } from '../../../src/core/lint/engine';
import { rules } from '../../../src/core/lint/rules';
import { cliFixtures, NOBODY, runCli, runCliInProcess, ScratchFolders, startCli, type CliRun } from '../cliRunner';

const scratch = new ScratchFolders();

/** A scratch copy of a fixture folder, for runs that write files. */
function copyOf(fixture: string): string {
  return scratch.create(join(cliFixtures, fixture));
}

const GOOD = 'notes/acme/2026-11-20-launch-moves.md';
const BAD = 'notes/globex/2026-11-18-rates-for-2027.md';

interface JsonReport {
  file: string;
  messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

describe('client-notes lint', function () {
  this.timeout(30000);
  after(() => scratch.removeAll());

  describe('output formats', () => {
    it('stylish: the file, aligned rows, a summary; nothing about clean notes or the README', async () => {
      const { code, stdout, stderr } = await runCliInProcess(['lint', 'notes']);
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const lines = stdout.split('\n');
      assert.equal(lines[0], BAD);
      assert.match(lines[1], /^ {3}7:11 {2}error {4}Unknown scenario "price-increese"\. Did you mean "price-increase"\?.* {2}frontmatter-schema$/);
      assert.match(lines[2], /^ {2}13:1 {3}warning {2}Missing section "Boundaries".* {2}required-sections$/);
      assert.equal(lines[1].indexOf('frontmatter-schema'), lines[2].indexOf('required-sections'), 'the rule ids line up');
      assert.deepEqual(lines.slice(3), ['', '✖ 2 problems (1 error, 1 warning, 0 infos)', '']);
      assert.doesNotMatch(stdout, /README|acme/);
    });

    it('json: exactly the documented shape, 1-based, notes only (clean ones with no messages)', async () => {
      const { code, stdout } = await runCliInProcess(['lint', 'notes', '--format', 'json']);
      assert.equal(code, 1);
      const reports = JSON.parse(stdout) as JsonReport[];
      assert.deepEqual(
        reports.map((report) => report.file),
        [GOOD, BAD],
      );
      for (const report of reports) assert.deepEqual(Object.keys(report), ['file', 'messages']);
      assert.deepEqual(reports[0].messages, []);
      const [schema, section] = reports[1].messages;
      assert.deepEqual(Object.keys(schema), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.deepEqual(
        { ...schema, message: schema.message.slice(0, 35) },
        { ruleId: 'frontmatter-schema', severity: 'error', message: 'Unknown scenario "price-increese". ', line: 7, column: 11, endLine: 7, endColumn: 25 },
      );
      assert.deepEqual([section.ruleId, section.severity, section.line, section.column], ['required-sections', 'warning', 13, 1]);
      assert.equal(reports[1].messages.length, 2);
    });

    it('sarif: 2.1.0 with the rule registry, levels, and relative locations', async () => {
      const { code, stdout } = await runCliInProcess(['lint', 'notes', '--format', 'sarif']);
      assert.equal(code, 1);
      const log = JSON.parse(stdout);
      assert.equal(log.version, '2.1.0');
      const { driver } = log.runs[0].tool;
      assert.equal(driver.name, 'client-notes');
      assert.equal(driver.version, version);
      assert.deepEqual(
        driver.rules.map((rule: { id: string }) => rule.id),
        rules.map((rule) => rule.id),
      );
      const followUp = driver.rules.find((rule: { id: string }) => rule.id === 'next-step-overdue');
      assert.equal(followUp.helpUri, docsUrl('next-step-overdue'));
      assert.equal(followUp.defaultConfiguration.level, 'note');
      assert.ok(followUp.shortDescription.text.length > 0);
      const results = log.runs[0].results;
      assert.deepEqual(
        results.map((result: { ruleId: string; level: string }) => [result.ruleId, result.level]),
        [
          ['frontmatter-schema', 'error'],
          ['required-sections', 'warning'],
        ],
      );
      assert.match(results[0].message.text, /^Unknown scenario "price-increese"/);
      assert.deepEqual(results[0].locations[0].physicalLocation, {
        artifactLocation: { uri: BAD, uriBaseId: '%SRCROOT%' },
        region: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 25 },
      });
      assert.equal(driver.rules[results[0].ruleIndex].id, 'frontmatter-schema');
    });
  });

  describe('exit codes', () => {
    it('0 and no output on a clean folder; 0 on the current folder by default', async () => {
      assert.deepEqual(await runCliInProcess(['lint', 'clean']), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual(await runCliInProcess(['lint'], join(cliFixtures, 'clean')), { code: 0, stdout: '', stderr: '' });
    });

    it('1 when there is an error-level finding, 0 with warnings only: the exit code of the binary', () => {
      assert.equal(runCli(['lint', BAD]).code, 1);
      assert.equal(runCli(['lint', 'fix']).code, 0);
    });

    it('2 with a usage message on an unknown flag, command or format', async () => {
      const flag = await runCliInProcess(['lint', '--bogus']);
      assert.equal(flag.code, 2);
      assert.match(flag.stderr, /Unknown option '--bogus'/);
      assert.match(flag.stderr, /Usage: client-notes lint/);
      assert.equal(flag.stdout, '');
      const command = await runCliInProcess(['frobnicate']);
      assert.equal(command.code, 2);
      assert.match(command.stderr, /Unknown command "frobnicate"/);
      const format = await runCliInProcess(['lint', 'notes', '--format', 'xml']);
      assert.equal(format.code, 2);
      assert.match(format.stderr, /Unknown format "xml"; expected stylish, json, sarif/);
      const threads = await runCliInProcess(['lint', 'notes', '--threads', '0']);
      assert.equal(threads.code, 2);
      assert.match(threads.stderr, /--threads takes a whole number from 1 up, not "0"/);
      assert.equal((await runCliInProcess([])).code, 2);
    });

    it('2 on a path that does not exist, naming it', async () => {
      const missing = await runCliInProcess(['lint', 'notes', 'nowhere']);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'client-notes: No such file or folder: nowhere\n');
      assert.equal(missing.stdout, '');
    });

    it('2 on a bad config file, naming the file, without a stack trace', async () => {
      const bad = await runCliInProcess(['lint', 'bad-config']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^bad-config\/\.clientnotesrc\.json: rules\.date-order must be a severity/);
      assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(bad.stdout, '');
    });
  });

  it('--threads: worker threads give the same output, in the same order, as the main thread', () => {
    const mainThread = runCli(['lint', 'notes', 'include', 'glob', '--format', 'json', '--threads', '1']);
    const workers = runCli(['lint', 'notes', 'include', 'glob', '--format', 'json', '--threads', '3']);
    assert.equal(workers.stderr, '');
    assert.deepEqual(workers, mainThread);
    assert.ok((JSON.parse(workers.stdout) as JsonReport[]).length >= 3);
  });

  it('--help and --version', async () => {
    const help = await runCliInProcess(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /lint +lint client conversation notes/);
    assert.match(help.stdout, /\n {2}next-steps {2,}list the open next steps/, 'a long command name is set off from its summary');
    const lintHelp = await runCliInProcess(['lint', '--help']);
    assert.equal(lintHelp.code, 0);
    assert.match(lintHelp.stdout, /--format FORMAT/);
    assert.match(lintHelp.stdout, /CLIENT_NOTES_NOW +for testing/);
    assert.deepEqual(await runCliInProcess(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  describe('configuration', () => {
    it('finds the nearest config file above each note', async () => {
      const folder = copyOf('notes');
      writeFileSync(join(folder, 'globex', '.clientnotesrc.yaml'), 'rules:\n  frontmatter-schema: warning\n  required-sections: off\n');
      const { code, stdout } = await runCliInProcess(['lint', '.', '--format', 'json'], folder);
      assert.equal(code, 0);
      const reports = JSON.parse(stdout) as JsonReport[];
      assert.deepEqual(
        reports[1].messages.map((message) => [message.ruleId, message.severity]),
        [['frontmatter-schema', 'warning']],
      );
    });

    it('--config FILE replaces discovery; its problems name it', async () => {
      const folder = copyOf('notes');
      writeFileSync(join(folder, 'globex', '.clientnotesrc.json'), '{"rules":{"frontmatter-schema":"off"}}');
      assert.equal((await runCliInProcess(['lint', '.'], folder)).code, 0, 'the unknown scenario is off in globex');
      writeFileSync(join(folder, 'strict.json'), '{"rules":{"required-sections":"error"}}');
      const strict = await runCliInProcess(['lint', '.', '--config', 'strict.json', '--format', 'json'], folder);
      assert.equal(strict.code, 1);
      const globex = (JSON.parse(strict.stdout) as JsonReport[]).find((report) => report.file.startsWith('globex'))!;
      assert.deepEqual(
        globex.messages.map((message) => [message.ruleId, message.severity]),
        [
          ['frontmatter-schema', 'error'],
          ['required-sections', 'error'],
        ],
        'globex/.clientnotesrc.json is not read',
      );

      writeFileSync(join(folder, 'broken.yaml'), 'rules: [');
      const broken = await runCliInProcess(['lint', '.', '--config', 'broken.yaml'], folder);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /^broken\.yaml: cannot be parsed/);
      const missing = await runCliInProcess(['lint', '.', '--config', 'absent.json'], folder);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'absent.json: cannot be read: no such file or directory\n');
    });

    it('lints files matched by include globs, relative to the config file, and only those', async () => {
      const expected = [['include/clients/acme/call.md', 'frontmatter-schema', 'error']];
      const fromAbove = JSON.parse((await runCliInProcess(['lint', 'include', '--format', 'json'])).stdout) as JsonReport[];
      assert.deepEqual(
        fromAbove.map((report) => [report.file, report.messages[0].ruleId, report.messages[0].severity]),
        expected,
      );
      const fromInside = await runCliInProcess(['lint', '.', '../other', '--format', 'json'], join(cliFixtures, 'include', 'clients'));
      assert.equal(fromInside.code, 1);
      assert.deepEqual(
        (JSON.parse(fromInside.stdout) as JsonReport[]).map((report) => report.file),
        ['acme/call.md'],
      );
    });
  });

  it('accepts globs, which match Markdown files only; a glob matching nothing is an error', async () => {
    const all = await runCliInProcess(['lint', 'glob/**/*.md', '--format', 'json']);
    assert.equal(all.code, 1);
    assert.deepEqual(
      (JSON.parse(all.stdout) as JsonReport[]).map((report) => report.file),
      ['glob/2025/b.md', 'glob/2026/a.md'],
    );
    assert.deepEqual(await runCliInProcess(['lint', 'glob/2026/*']), { code: 0, stdout: '', stderr: '' });
    const none = await runCliInProcess(['lint', 'glob/*/none-*.md']);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'client-notes: No Markdown file matches: glob/*/none-*.md\n');
    // A file named on the command line is read whatever its extension.
    assert.deepEqual(
      (JSON.parse((await runCliInProcess(['lint', 'glob/2026/notes.txt', '--format', 'json'])).stdout) as JsonReport[]).map((report) => report.file),
      ['glob/2026/notes.txt'],
    );
  });

  describe('--fix', () => {
    it('inserts a missing section in place, keeping CRLF and the BOM, then reports what remains', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      const original = `\uFEFF${readFileSync(note, 'utf8').replace(/\n/g, '\r\n')}`;
      writeFileSync(note, original);
      const before = readdirSync(folder).sort();

      const { code, stdout } = await runCliInProcess(['lint', '.', '--fix', '--format', 'json'], folder);
      assert.equal(code, 0);
      const fixed = readFileSync(note, 'utf8');
      assert.ok(fixed.startsWith('\uFEFF---\r\ntype: client-conversation\r\n'), 'BOM and CRLF kept at the start');
      assert.match(fixed, /\r\n## Boundaries\r\n/);
      assert.equal(/(^|[^\r])\n/.test(fixed), false, 'no bare LF');
      const [head, tail] = original.split('## Agreed next steps');
      assert.ok(fixed.startsWith(head) && fixed.endsWith(`## Agreed next steps${tail}`), 'only an insertion');
      assert.deepEqual(readdirSync(folder).sort(), before, 'no temporary file left behind');
      const remaining = (JSON.parse(stdout) as JsonReport[]).find((report) => report.file === 'missing-boundaries.md')!;
      assert.ok(remaining.messages.length > 0);
      assert.ok(remaining.messages.every((message) => message.ruleId !== 'required-sections'));
    });

    it('writes atomically: a temporary file with the same mode renamed over the note, nothing left beside it', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      chmodSync(note, 0o640);
      const before = statSync(note);
      await runCliInProcess(['lint', '.', '--fix'], folder);
      const after = statSync(note);
      // A write in place would keep the inode; only a new file renamed over the old one has another.
      assert.notEqual(after.ino, before.ino);
      assert.equal(after.mode, before.mode);
      assert.match(readFileSync(note, 'utf8'), /\n## Boundaries\n/);
      assert.deepEqual(readdirSync(folder).sort(), ['clean.md', 'missing-boundaries.md']);
    });

    it('does not rewrite a file with nothing to fix', async () => {
      const folder = copyOf('fix');
      const past = new Date('2020-01-01T00:00:00Z');
      const clean = join(folder, 'clean.md');
      const ordinary = join(folder, 'README.md');
      writeFileSync(ordinary, '# Read me\n\nNo sections at all.\n');
      for (const file of [clean, ordinary]) utimesSync(file, past, past);
      await runCliInProcess(['lint', '.', '--fix'], folder);
      for (const file of [clean, ordinary]) assert.equal(statSync(file).mtimeMs, past.getTime(), file);
      // A second run finds nothing left to fix in the fixed note either.
      const fixedNote = join(folder, 'missing-boundaries.md');
      utimesSync(fixedNote, past, past);
      await runCliInProcess(['lint', '.', '--fix'], folder);
      assert.equal(statSync(fixedNote).mtimeMs, past.getTime());
    });

    it('keeps CR line endings (classic Mac OS)', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      writeFileSync(note, readFileSync(note, 'utf8').replace(/\n/g, '\r'));
      await runCliInProcess(['lint', '.', '--fix'], folder);
      const fixed = readFileSync(note, 'utf8');
      assert.match(fixed, /\r## Boundaries\r/);
      assert.equal(fixed.includes('\n'), false, 'no LF');
    });

    /**
     * Runs `lint --fix` on the folder, paused (by the test-only CLIENT_NOTES_TEST_PAUSE)
     * between reading the one note to fix and writing it back, and calls `meanwhile` then.
     */
    function fixWhilePaused(folder: string, meanwhile: () => void): Promise<CliRun> {
      const child = startCli(['lint', '.', '--fix'], folder, { CLIENT_NOTES_TEST_PAUSE: 'before-fix-write' });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('test pause before writing') && child.stdin.writable) {
          meanwhile();
          child.stdin.end('\n');
        }
      });
      return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
    }

    it('never writes over an edit saved while it runs: the note is skipped, with exit code 1', async () => {
      for (const hardLinked of [false, true]) {
        const folder = copyOf('fix');
        const note = join(folder, 'missing-boundaries.md');
        if (hardLinked) linkSync(note, join(scratch.create(), 'link.md'));
        const edit = '\nA line the user saved meanwhile.\n';
        const { code, stderr } = await fixWhilePaused(folder, () => appendFileSync(note, edit));
        const what = hardLinked ? 'a hard-linked note' : 'a note';
        assert.equal(code, 1, `${what}: ${stderr}`);
        assert.match(stderr, /missing-boundaries\.md changed while fixing; skipped, run again\./, what);
        const text = readFileSync(note, 'utf8');
        assert.ok(text.endsWith(edit), `${what}: the edit is kept`);
        assert.doesNotMatch(text, /## Boundaries/, `${what}: nothing written over it`);
        assert.deepEqual(readdirSync(folder).sort(), ['clean.md', 'missing-boundaries.md'], `${what}: no temporary file left`);
      }
      // Paused with nothing changed, the fix goes through.
      const folder = copyOf('fix');
      const { code } = await fixWhilePaused(folder, () => undefined);
      assert.equal(code, 0);
      assert.match(readFileSync(join(folder, 'missing-boundaries.md'), 'utf8'), /## Boundaries/);
    });

    it('keeps the owner and group of a note it fixes (run as root)', async function () {
      if (process.getuid?.() !== 0) {
        this.test!.title += ' (skipped: only root can give a file to another user)';
        this.skip();
      }
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      chownSync(note, NOBODY.uid, NOBODY.gid);
      chmodSync(note, 0o640);
      await runCliInProcess(['lint', '.', '--fix'], folder);
      const after = statSync(note);
      assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [NOBODY.uid, NOBODY.gid, 0o640]);
      assert.match(readFileSync(note, 'utf8'), /## Boundaries/);
    });

    it('leaves a read-only note as it is, and says so', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      const original = readFileSync(note);
      chmodSync(note, 0o444);
      const { stderr } = await runCliInProcess(['lint', '.', '--fix'], folder);
      assert.match(stderr, /missing-boundaries\.md is read-only; not fixed\./);
      assert.ok(readFileSync(note).equals(original));
      assert.equal(statSync(note).mode & 0o7777, 0o444);
    });

    it('writes a note with other hard links in place, so that every link shows the fix', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      const elsewhere = join(scratch.create(), 'same-note.md');
      linkSync(note, elsewhere);
      const before = statSync(note);
      await runCliInProcess(['lint', '.', '--fix'], folder);
      assert.equal(statSync(note).ino, before.ino);
      assert.match(readFileSync(elsewhere, 'utf8'), /## Boundaries/);
      assert.deepEqual(readdirSync(folder).sort(), ['clean.md', 'missing-boundaries.md']);
    });

    it('leaves a note that is not valid UTF-8 as it is, and says so', async () => {
      const folder = copyOf('fix');
      const note = join(folder, 'missing-boundaries.md');
      const latin1 = Buffer.concat([readFileSync(note), Buffer.from('\nCaf\xe9 meeting.\n', 'latin1')]);
      writeFileSync(note, latin1);
      const { stderr } = await runCliInProcess(['lint', '.', '--fix'], folder);
      assert.match(stderr, /missing-boundaries\.md is not valid UTF-8: line \d+ has bytes that are not text\.\n[^]*missing-boundaries\.md was not fixed/);
      assert.ok(readFileSync(note).equals(latin1));
    });
  });
});

describe('client-notes, the binary', function () {
  this.timeout(30000);

  it('gives what the tests run in this process get: the same exit code, stdout and stderr, and no process warning', async () => {
    const runs: Array<[string[], string?]> = [
      [['lint', 'notes']],
      [['lint', 'notes', 'nowhere']],
      [['lint', 'bad-config', '--format', 'sarif']],
      [['recap', GOOD, '--format', 'eml']],
      [['summary', GOOD, '--format', 'eml']],
      [['next-steps', '--format', 'ics'], join(cliFixtures, 'next-steps')],
      [['new', '--help']],
      [['frobnicate']],
      [['--version']],
    ];
    for (const [args, cwd] of runs) assert.deepEqual(runCli(args, cwd), await runCliInProcess(args, cwd), args.join(' '));
  });
});
