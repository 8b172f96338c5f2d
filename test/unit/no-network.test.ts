// Client notes are confidential: neither the CLI nor the extension opens a network
// connection or sends telemetry (PRODUCT.md §7). The built bundles run under
// test/no-network/recordNetwork.cjs, which records and refuses every network API of
// Node, doing what users do with them; and the bundles are read for any module or call
// that could reach out, so that code these runs do not reach is covered too.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFixtures, endUnfinishedRuns, repo, runCli, runNodeToEnd, ScratchFolders } from './cliRunner';

const noNetwork = join(repo, 'test', 'no-network');
const recorder = join(noNetwork, 'recordNetwork.cjs');
const bundles = ['extension.js', 'web/extension.js', 'cli.js', 'lintWorker.js'].map((name) => join(repo, 'dist', name));

/** A note with something to fix (no Boundaries section) and a contact to address the recap to. */
const NOTE = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
channel: video-call
scenario: missed-deadline
topic: Launch moves
agreements:
  - The launch moves to 5 December.
follow_up:
  sent: 2026-11-20
private:
  mood: tense
---

# Launch moves

## Facts

Two blocking bugs were found on 18 November.

## Agreed next steps

- Send the revised timeline (owner: me, due: 2026-11-21)
`;

/** Node's modules that reach another machine, or start a program that could. */
const NETWORK_MODULES = ['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'child_process', 'cluster', 'undici'];

interface Attempt {
  api: string;
  caller: string;
}

describe('no network, no telemetry', function () {
  // A guard against a run that never ends, not a bound on speed.
  this.timeout(5 * 60_000);
  const scratch = new ScratchFolders();
  afterEach(endUnfinishedRuns);
  after(() => scratch.removeAll());

  /**
   * A folder for one test's runs, and the environment that preloads the recorder into
   * every Node process and worker thread started with it, recording into the folder.
   */
  function recordingFolder(): { folder: string; env: Record<string, string>; attempts: () => Attempt[] } {
    const folder = scratch.create();
    const log = join(folder, '.network-attempts.jsonl');
    return {
      folder,
      env: { CLIENT_NOTES_NETWORK_LOG: log, NODE_OPTIONS: `--require ${JSON.stringify(recorder)}` },
      attempts: () => (existsSync(log) ? (readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)) as Attempt[]) : []),
    };
  }

  it('the recorder catches every way out Node offers (else the tests below would prove nothing)', async () => {
    const { env } = recordingFolder();
    const run = await runNodeToEnd([join(noNetwork, 'reachOut.cjs')], { env: { ...process.env, ...env } });
    assert.equal(run.code, 0, run.stderr);
    const caught = JSON.parse(run.stdout) as Record<string, string[]>;
    assert.ok(Object.keys(caught).length >= 17, `ways tried: ${Object.keys(caught).join(', ')}`);
    const missed = Object.entries(caught).filter(([, apis]) => apis.length === 0);
    assert.deepEqual(missed, [], 'ways out the recorder did not record');
  });

  it('client-notes lint (with --fix, --cache and worker threads), summary in every format and new open no connection', () => {
    const { folder, env, attempts } = recordingFolder();
    writeFileSync(join(folder, 'note.md'), NOTE);
    const expectations: Array<[string[], number]> = [
      [['lint', join(cliFixtures, 'notes'), '--format', 'json', '--threads', '2'], 1],
      [['lint', '.', '--fix', '--cache', '--format', 'sarif'], 0],
      [['summary', 'note.md'], 0],
      [['summary', 'note.md', '--format', 'text'], 0],
      [['summary', 'note.md', '--format', 'mailto'], 0],
      [['summary', 'note.md', '--format', 'eml', '--out', 'recap.eml'], 0],
      [['new', '--client', 'Globex', '--scenario', 'price-increase', '--topic', 'Rates for 2027'], 0],
    ];
    for (const [args, code] of expectations) {
      const run = runCli(args, folder, undefined, { env });
      assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
      assert.ok(run.stdout.length > 0, `${args.join(' ')} did its work`);
    }
    assert.match(readFileSync(join(folder, 'note.md'), 'utf8'), /\n## Boundaries\n/, '--fix ran');
    assert.ok(existsSync(join(folder, 'recap.eml')));
    assert.deepEqual(attempts(), []);
  });

  it('the extension activates, lints, completes, hovers, fixes and writes recaps, and opens no connection', async () => {
    const { folder, env, attempts } = recordingFolder();
    writeFileSync(join(folder, 'note.md'), NOTE);
    const run = await runNodeToEnd([join(noNetwork, 'runExtension.cjs'), bundles[0], join(folder, 'note.md')], { env: { ...process.env, ...env } });
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.ok(result.commands.includes('clientNotes.fixAll') && result.commands.length >= 6, `commands: ${result.commands}`);
    assert.ok(result.diagnostics.length > 0 && result.diagnostics[0] > 0, 'the note was linted into diagnostics');
    assert.ok(result.completions > 0, 'completion answered');
    assert.equal(result.hover, true);
    assert.deepEqual([result.fixed, result.editsApplied], [true, 1], 'Fix All applied its edit');
    assert.match(result.recaps.markdown, /^# Follow-up: Launch moves/);
    assert.match(result.recaps.text, /^Subject: Follow-up: Launch moves/);
    assert.match(result.recaps.eml, /\r\nTo: Jane Doe <jane@acme\.example>\r\n/);
    assert.match(result.recaps.mailto, /^mailto:jane@acme\.example\?subject=/);
    assert.deepEqual(attempts(), []);
  });

  describe('the bundles, read as text', () => {
    let sources: Array<{ name: string; source: string }>;
    before(() => {
      sources = bundles.map((path) => ({ name: path.slice(repo.length + 1), source: readFileSync(path, 'utf8') }));
    });
    // `__require` is esbuild's wrapper for a require it leaves to run time; `function
    // __require()` is the name of its module wrapper, not a call.
    const REQUIRE = /(?<!function\s+)(?<![\w$.])(?:__)?require\s*\(/g;
    const LITERAL_REQUIRE = /(?<![\w$.])(?:__)?require\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g;

    it('load no module that reaches the network or starts a program, and load nothing by a computed name', () => {
      for (const { name, source } of sources) {
        const modules = [...source.matchAll(LITERAL_REQUIRE)].map((match) => match[2].replace(/^node:/, ''));
        assert.ok(modules.length > 0, `${name}: the pattern finds its requires`);
        assert.deepEqual(
          modules.filter((module) => NETWORK_MODULES.includes(module.split('/')[0])),
          [],
          name,
        );
        // A name computed at run time could be any of them.
        assert.equal([...source.matchAll(REQUIRE)].length, modules.length, `${name}: every require names its module`);
      }
    });

    it('call no network API of the runtime and hold no telemetry client', () => {
      const forbidden = [
        /\bfetch\s*\(/,
        /\b(?:XMLHttpRequest|WebSocket|EventSource)\b/,
        /\bsendBeacon\b/,
        /applicationinsights|extension-telemetry|createTelemetryLogger|TelemetryReporter/i,
      ];
      for (const { name, source } of sources) {
        for (const pattern of forbidden) assert.doesNotMatch(source, pattern, name);
      }
    });

    it("hand nothing to another program but the recap's mailto: link, when the user asks", () => {
      const extension = sources.find(({ name }) => name.endsWith('extension.js'))!.source;
      assert.equal([...extension.matchAll(/\.openExternal\(/g)].length, 1, 'one openExternal call: Open in Mail App');
      assert.match(extension, /\.openExternal\(mailtoTarget\(/);
    });
  });
});
