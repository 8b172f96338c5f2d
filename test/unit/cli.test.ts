import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
const cli = join(repo, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CLIENT_NOTES_NOW: '2026-11-23' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspaceCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'client-notes-cli-'));
  cpSync(join(repo, 'test', 'workspace'), folder, { recursive: true });
  return folder;
}

const NOTE_WITHOUT_BOUNDARIES = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'date: 2026-11-20',
  'scenario: missed-deadline',
  'topic: Launch moves',
  'follow_up:',
  '  sent: 2026-11-20',
  '---',
  '',
  '# Launch moves',
  '',
  '## Facts',
  '',
  'Two blocking bugs were found on 18 November.',
  '',
  '## Agreed next steps',
  '',
  '- Send the timeline (owner: me, due: 2026-12-01)',
  '',
].join('\r\n');

describe('client-notes lint', () => {
  it('prints JSON for notes only, with 1-based positions, and exits 1 on an error', () => {
    const folder = workspaceCopy();
    const { code, stdout } = run(['lint', '.', '--format', 'json'], folder);
    assert.equal(code, 1);
    const results = JSON.parse(stdout) as Array<{ file: string; messages: Array<Record<string, unknown>> }>;
    assert.ok(!results.some((result) => result.file === 'README.md'), 'the README is not a note');
    const closed = results.find((result) => result.file.endsWith('2026-11-20-closed-note.md'));
    assert.deepEqual(Object.keys(closed!.messages[0]), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual(
      closed!.messages.map((message) => [message.ruleId, message.line, message.column]),
      [
        ['frontmatter-schema', 6, 11],
        ['required-sections', 12, 1],
        ['required-sections', 12, 1],
      ],
    );
  });

  it('prints stylish output and SARIF', () => {
    const folder = workspaceCopy();
    const stylish = run(['lint', 'notes/initech'], folder);
    assert.match(stylish.stdout, /6:11 +error +Unknown scenario "scope-chnage"\. Did you mean "scope-change"\?.* frontmatter-schema/);
    assert.match(stylish.stdout, /✖ 3 problems \(1 errors, 2 warnings, 0 infos\)/);
    const sarif = JSON.parse(run(['lint', 'notes/initech', '--format', 'sarif'], folder).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results[0].level, 'error');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 6);
  });

  it('exits 0 on notes without errors, and accepts globs', () => {
    const folder = workspaceCopy();
    assert.equal(run(['lint', 'notes/globex/*.md'], folder).code, 0);
  });

  it('exits 2 on bad usage, a missing path and a bad config, naming the problem', () => {
    const folder = workspaceCopy();
    assert.equal(run(['lint', '--bogus'], folder).code, 2);
    const missing = run(['lint', 'nowhere'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file, folder or matching glob: nowhere/);
    writeFileSync(join(folder, '.clientnotesrc.json'), '{"rules":{"date-order":"loud"}}');
    const bad = run(['lint', '.'], folder);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\.clientnotesrc\.json: rules\.date-order must be a severity/);
    assert.doesNotMatch(bad.stderr, /at .*\.js:\d+/, 'no stack trace');
  });

  it('reads the config file, and --config', () => {
    const folder = workspaceCopy();
    writeFileSync(join(folder, '.clientnotesrc.json'), '{"rules":{"frontmatter-schema":"warning"}}');
    assert.equal(run(['lint', 'notes/initech'], folder).code, 0);
    writeFileSync(join(folder, 'strict.json'), '{"rules":{"required-sections":"error"}}');
    assert.equal(run(['lint', 'notes/globex', '--config', 'strict.json'], folder).code, 1);
  });

  it('--fix applies safe fixes in place, keeping CRLF and the BOM, and leaves clean files alone', () => {
    const folder = workspaceCopy();
    const note = join(folder, 'notes', 'acme', 'crlf.md');
    writeFileSync(note, `\uFEFF${NOTE_WITHOUT_BOUNDARIES}`);
    const untouched = join(folder, 'notes', 'initech', '2026-11-19-invoice-42.md');
    const before = statSync(untouched).mtimeMs;
    run(['lint', '.', '--fix'], folder);
    const fixed = readFileSync(note, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF---\r\n'));
    assert.match(fixed, /\r\n## Boundaries\r\n/);
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(statSync(untouched).mtimeMs, before);
  });
});
