// The command line gets the parse limits through the core: a note of megabytes is linted
// from its frontmatter in the time of a small one, and --fix corrects the frontmatter
// without touching a byte of the body it did not read.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScratchFolders, runCli } from './cliRunner';
import { within } from './support';

interface JsonReport {
  file: string;
  messages: Array<{ ruleId: string; line: number }>;
}

// Starting Node and reading 5 MB takes well under a second; the bound allows for a busy machine.
const CLI_BOUND_MS = 10000;

const FRONTMATTER = ['---', 'type: client-conversation', 'client: Acme Ltd', 'date: 2026-11-20', 'scenario: mised-deadline', 'topic: Launch moves', 'follow_up:', '  sent: 2026-11-20', '---', ''].join('\n');
const BODY = `# Launch moves\n\n${'## Facts\n\nYou failed to send {{the files}}.\n\n- [ ] '.repeat(100000)}\n`;

describe('client-notes on a note of megabytes', function () {
  this.timeout(4 * CLI_BOUND_MS);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  it('lint reports the frontmatter and note-too-large, and --fix corrects the frontmatter alone', () => {
    const folder = scratch.create();
    const note = join(folder, 'huge.md');
    writeFileSync(note, `${FRONTMATTER}${BODY}`);
    assert.ok(BODY.length > 5_000_000);

    const linted = within(CLI_BOUND_MS, 'client-notes lint', () => runCli(['lint', '.', '--format', 'json'], folder));
    assert.equal(linted.code, 1, linted.stderr);
    const [report] = JSON.parse(linted.stdout) as JsonReport[];
    assert.deepEqual(
      report.messages.map((message) => `${message.line} ${message.ruleId}`),
      ['1 note-too-large', '5 frontmatter-schema'],
    );

    const fixed = within(CLI_BOUND_MS, 'client-notes lint --fix', () => runCli(['lint', '.', '--fix', '--format', 'json'], folder));
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(readFileSync(note, 'utf8'), `${FRONTMATTER.replace('mised-deadline', 'missed-deadline')}${BODY}`);
  });
});
