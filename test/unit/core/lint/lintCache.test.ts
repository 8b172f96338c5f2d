import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../../../src/core/config/config';
import { lint } from '../../../../src/core/lint/engine';
import { LintResultCache } from '../../../../src/core/lint/cache';
import { rules } from '../../../../src/core/lint/rules';
import { endUnfinishedRuns, runCliInProcess, runCliToEnd } from '../../cliRunner';
import { FIXED_NOW } from '../../support';

const repo = resolve(__dirname, '../../../../..');

const OVERDUE_NOTE = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'date: 2026-11-20',
  'channel: phone',
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
  '## Boundaries',
  '',
  'Pages beyond the agreed twelve are quoted separately.',
  '',
  '## Agreed next steps',
  '',
  '- Send the timeline (owner: me, due: 2026-11-21)',
  '',
].join('\n');

const NEXT_WEEK = new Date(2026, 10, 30, 12, 0, 0);

describe('LintResultCache (Lint Workspace)', () => {
  const config = resolveConfig();

  it('answers unchanged text with the stored result, without linting again', () => {
    const cache = new LintResultCache();
    const first = cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW });
    assert.equal(cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW }), first);
    assert.deepEqual(first, lint(OVERDUE_NOTE, { config, now: FIXED_NOW }));
  });

  it('lints again when the text changes', () => {
    const cache = new LintResultCache();
    const first = cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW });
    const changed = OVERDUE_NOTE.replace('due: 2026-11-21', 'due: 2026-12-21');
    const second = cache.lint('a.md', changed, { config, now: FIXED_NOW });
    assert.notEqual(second, first);
    assert.ok(first.messages.some((message) => message.ruleId === 'next-step-overdue'));
    assert.ok(!second.messages.some((message) => message.ruleId === 'next-step-overdue'));
  });

  it('lints again under another configuration, even an equal one built anew', () => {
    const cache = new LintResultCache();
    const first = cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW });
    assert.equal(cache.lint('a.md', OVERDUE_NOTE, { config: resolveConfig(), now: FIXED_NOW }), first);
    const quiet = resolveConfig({ rules: { 'next-step-overdue': 'off' } });
    const second = cache.lint('a.md', OVERDUE_NOTE, { config: quiet, now: FIXED_NOW });
    assert.ok(!second.messages.some((message) => message.ruleId === 'next-step-overdue'));
  });

  it('lints again on another day while a rule reads today, and not when none is on', () => {
    const cache = new LintResultCache();
    const earlier = new Date(2026, 10, 20, 12, 0, 0);
    const before = cache.lint('a.md', OVERDUE_NOTE, { config, now: earlier });
    assert.ok(!before.messages.some((message) => message.ruleId === 'next-step-overdue'));
    const after = cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW });
    assert.ok(after.messages.some((message) => message.ruleId === 'next-step-overdue'));

    const dateRulesOff = resolveConfig({
      rules: Object.fromEntries(rules.filter((rule) => rule.readsToday).map((rule) => [rule.id, 'off' as const])),
    });
    const today = cache.lint('b.md', OVERDUE_NOTE, { config: dateRulesOff, now: FIXED_NOW });
    assert.equal(cache.lint('b.md', OVERDUE_NOTE, { config: dateRulesOff, now: NEXT_WEEK }), today);
  });

  it('forgets a document', () => {
    const cache = new LintResultCache();
    const first = cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW });
    cache.forget('a.md');
    assert.notEqual(cache.lint('a.md', OVERDUE_NOTE, { config, now: FIXED_NOW }), first);
  });

  // The cache keys on the day only for rules that declare `readsToday`: a rule whose
  // findings move with the day without saying so would be served stale results.
  it('every rule whose findings change with the day declares readsToday', () => {
    const fixtures = join(repo, 'test', 'fixtures');
    const days = [new Date(2020, 0, 1, 12), FIXED_NOW, new Date(2035, 0, 1, 12)];
    for (const rule of rules) {
      for (const name of readdirSync(join(fixtures, rule.id)).filter((file) => file.endsWith('.md') && !file.endsWith('.fixed.md'))) {
        const text = readFileSync(join(fixtures, rule.id, name), 'utf8');
        const outcomes = new Set(days.map((now) => JSON.stringify(lint(text, { config, now, rules: [rule] }).messages)));
        if (outcomes.size > 1) assert.ok(rule.readsToday, `${rule.id} changes with the day on ${name} but does not declare readsToday`);
      }
    }
  });
});

describe('client-notes lint --cache', function () {
  // A guard against a run that never ends, not a bound on speed.
  this.timeout(5 * 60_000);
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'client-notes-cache-'));
    cpSync(join(repo, 'test', 'cli-fixtures', 'fix'), folder, { recursive: true });
    writeFileSync(join(folder, 'overdue.md'), OVERDUE_NOTE);
  });
  afterEach(endUnfinishedRuns);
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs `client-notes lint --format json` in this process; `inOwnProcess` runs the binary, awaited to its exit, so that a read that would wait forever (a FIFO) is failed by mocha's timeout. */
  async function run(args: string[], day = '2026-11-23', { inOwnProcess = false } = {}) {
    const result = await (inOwnProcess ? runCliToEnd : runCliInProcess)(['lint', '--format', 'json', ...args], folder, day);
    return { code: result.code, stderr: result.stderr, reports: JSON.parse(result.stdout || 'null') as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }> };
  }
  const cacheFile = () => join(folder, '.clientnotescache');
  /** Marks every cached message, so that a result served from the cache shows it. */
  function markCachedMessages() {
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values<{ value: { messages: Array<{ message: string }> } }>(stored.entries)) {
      for (const message of entry.value.messages) message.message = `cached: ${message.message}`;
    }
    writeFileSync(cacheFile(), JSON.stringify(stored));
  }
  const messagesOf = (reports: Awaited<ReturnType<typeof run>>['reports'], file: string) => reports.find((report) => report.file === file)?.messages ?? [];

  it('gives the same output with and without the cache, and serves unchanged notes from it', async () => {
    const uncached = await run(['.']);
    const first = await run(['--cache', '.']);
    assert.deepEqual(first, uncached);
    markCachedMessages();
    const second = await run(['--cache', '.']);
    assert.equal(second.code, uncached.code);
    assert.ok(messagesOf(second.reports, 'overdue.md').every((message) => message.message.startsWith('cached: ')));
  });

  it('lints a note again when its content changes', async () => {
    await run(['--cache', '.']);
    markCachedMessages();
    writeFileSync(join(folder, 'overdue.md'), OVERDUE_NOTE.replace('due: 2026-11-21', 'due: 2026-12-21'));
    const { reports } = await run(['--cache', '.']);
    assert.deepEqual(messagesOf(reports, 'overdue.md'), []);
    assert.ok(messagesOf(reports, 'missing-boundaries.md').every((message) => message.message.startsWith('cached: ')));
  });

  it('lints again when the config file changes', async () => {
    await run(['--cache', '.']);
    markCachedMessages();
    writeFileSync(join(folder, '.clientnotesrc.json'), JSON.stringify({ rules: { 'required-sections': 'error' } }));
    const { reports, code } = await run(['--cache', '.']);
    assert.equal(code, 1);
    assert.ok(reports.every((report) => report.messages.every((message) => !message.message.startsWith('cached: '))));
  });

  it('lints again on another day, while date rules are on', async () => {
    assert.deepEqual(messagesOf((await run(['--cache', '.'], '2026-11-20')).reports, 'overdue.md'), []);
    const { reports } = await run(['--cache', '.'], '2026-11-23');
    assert.deepEqual(messagesOf(reports, 'overdue.md').map((message) => message.ruleId), ['next-step-overdue']);
  });

  it('ignores a corrupt cache file, or one of another format, and writes a sound one', async () => {
    const expected = await run(['.']);
    for (const corrupt of ['{"signature":"client-notes lint cache","format":2,"entries":{"x": nul', '{"signature":"client-notes lint cache","format":1,"entries":{}}', '']) {
      writeFileSync(cacheFile(), corrupt);
      const { stderr, ...rest } = await run(['--cache', '.']);
      assert.equal(stderr, '', corrupt);
      assert.deepEqual({ ...rest, stderr }, expected, corrupt);
      assert.doesNotThrow(() => JSON.parse(readFileSync(cacheFile(), 'utf8')), corrupt);
    }
  });

  it('refuses a --cache-location that holds a note, a folder or a FIFO: exit 2, a message, and nothing written', async () => {
    const note = join(folder, 'missing-boundaries.md');
    const original = readFileSync(note);
    mkdirSync(join(folder, 'folder'));
    assert.equal(spawnSync('mkfifo', [join(folder, 'fifo')]).status, 0, 'mkfifo');
    for (const [location, why] of [
      ['missing-boundaries.md', 'it is not a client-notes cache file'],
      ['folder', 'it is not a regular file'],
      ['fifo', 'it is not a regular file'],
    ]) {
      const refused = await run(['--cache-location', location, '--fix', '.'], undefined, { inOwnProcess: location === 'fifo' });
      assert.deepEqual([refused.code, refused.stderr], [2, `client-notes: Cannot use ${location} as the cache: ${why}; it was left as it is.\n`], location);
      assert.ok(readFileSync(note).equals(original), `${location}: the note is neither fixed nor replaced`);
    }
    assert.deepEqual(readdirSync(join(folder, 'folder')), []);
  });

  it('refuses a --cache-location that is a symbolic link, to a cache file, an empty file or nowhere: exit 2, and nothing written through it', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'client-notes-elsewhere-'));
    try {
      await run(['--cache-location', join(elsewhere, 'cache'), '.']);
      const theirCache = readFileSync(join(elsewhere, 'cache'));
      writeFileSync(join(elsewhere, 'empty'), '');
      for (const target of ['cache', 'empty', 'nowhere']) {
        const location = `link-to-${target}`;
        symlinkSync(join(elsewhere, target), join(folder, location));
        const refused = await run(['--cache-location', location, '.']);
        assert.deepEqual(
          [refused.code, refused.stderr],
          [2, `client-notes: Cannot use ${location} as the cache: it is a symbolic link, and the cache is never written through one; it was left as it is.\n`],
          location,
        );
        assert.ok(lstatSync(join(folder, location)).isSymbolicLink(), `${location} is still a link`);
      }
      assert.ok(readFileSync(join(elsewhere, 'cache')).equals(theirCache));
      assert.equal(readFileSync(join(elsewhere, 'empty'), 'utf8'), '');
      assert.deepEqual(readdirSync(elsewhere).sort(), ['cache', 'empty']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('--fix still fixes a note whose result was cached without --fix, and --cache-location picks the file', async () => {
    const location = join('cache', 'lint.json');
    rmSync(cacheFile(), { force: true });
    mkdirSync(join(folder, 'cache'));
    assert.ok(messagesOf((await run(['--cache-location', location, '.'])).reports, 'missing-boundaries.md').some((message) => message.ruleId === 'required-sections'));
    const fixed = await run(['--cache-location', location, '--fix', '.']);
    assert.deepEqual(messagesOf(fixed.reports, 'missing-boundaries.md').map((message) => message.ruleId), ['empty-section']);
    assert.match(readFileSync(join(folder, 'missing-boundaries.md'), 'utf8'), /## Boundaries/);
    assert.deepEqual(await run(['--cache-location', location, '.']), fixed);
  });
});
