// The command line gets the parse limits through the core: a note of megabytes is linted
// from its frontmatter in the time of a small one, and --fix corrects the frontmatter
// without touching a byte of the body it did not read. A run that never ends is failed by
// mocha's timeout: no time on the test machine is asserted.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { endUnfinishedRuns, runCliToEnd, ScratchFolders } from '../cliRunner';

interface JsonReport {
  file: string;
  messages: Array<{ ruleId: string; line: number }>;
}

const FRONTMATTER = ['---', 'type: client-conversation', 'client: Acme Ltd', 'date: 2026-11-20', 'scenario: mised-deadline', 'topic: Launch moves', 'follow_up:', '  sent: 2026-11-20', '---', ''].join('\n');
const BODY = `# Launch moves\n\n${'## Facts\n\nYou failed to send {{the files}}.\n\n- [ ] '.repeat(100000)}\n`;

describe('client-notes on a note of megabytes', function () {
  // A guard against a run that never ends, not a bound on speed: each run takes well under a second.
  this.timeout(5 * 60_000);
  const scratch = new ScratchFolders();
  afterEach(endUnfinishedRuns);
  after(() => scratch.removeAll());

  it('lint reports the frontmatter and note-too-large, and --fix corrects the frontmatter alone', async () => {
    const folder = scratch.create();
    const note = join(folder, 'huge.md');
    writeFileSync(note, `${FRONTMATTER}${BODY}`);
    assert.ok(BODY.length > 5_000_000);

    const linted = await runCliToEnd(['lint', '.', '--format', 'json'], folder);
    assert.equal(linted.code, 1, linted.stderr);
    const [report] = JSON.parse(linted.stdout) as JsonReport[];
    assert.deepEqual(
      report.messages.map((message) => `${message.line} ${message.ruleId}`),
      ['1 note-too-large', '5 frontmatter-schema'],
    );

    const fixed = await runCliToEnd(['lint', '.', '--fix', '--format', 'json'], folder);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(readFileSync(note, 'utf8'), `${FRONTMATTER.replace('mised-deadline', 'missed-deadline')}${BODY}`);
  });
});
