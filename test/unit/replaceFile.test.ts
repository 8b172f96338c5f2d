// The one way the command line writes over a user's file (lint --fix, summary --out, the
// lint cache): what it promises whatever the caller, tested on the function itself.
import * as assert from 'node:assert/strict';
import { appendFileSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../../src/node/replaceFile';
import { ScratchFolders } from './cliRunner';

describe('replaceFile', () => {
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  const unchangedFrom = (bytes: Buffer) => (current: Buffer | undefined) => current?.equals(bytes) === true;

  it('replaces a file only while it holds what the caller expects, and leaves no temporary file either way', async () => {
    for (const hardLinked of [false, true]) {
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n');
      if (hardLinked) linkSync(path, join(scratch.create(), 'link.md'));
      const read = readFileSync(path);
      appendFileSync(path, 'saved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(read)), 'unexpected');
      assert.equal(readFileSync(path, 'utf8'), 'as read\nsaved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path))), 'replaced');
      assert.equal(readFileSync(path, 'utf8'), 'fixed\n');
      assert.deepEqual(readdirSync(folder), ['note.md']);
    }
  });

  it('creates a missing file, but never over one made between the check and the write', async () => {
    const folder = scratch.create();
    const path = join(folder, 'recap.md');
    assert.equal(await replaceFile(path, 'recap\n', (current) => current === undefined), 'replaced');
    assert.equal(readFileSync(path, 'utf8'), 'recap\n');
    const racing = join(folder, 'raced.md');
    const outcome = await replaceFile(racing, 'recap\n', (current) => {
      // Another program creates the file right after the check.
      writeFileSync(racing, 'theirs\n');
      return current === undefined;
    });
    assert.equal(outcome, 'unexpected');
    assert.equal(readFileSync(racing, 'utf8'), 'theirs\n');
    assert.deepEqual(readdirSync(folder).sort(), ['raced.md', 'recap.md']);
  });

  it('writes through a symlink to its target, and refuses a folder', async () => {
    const folder = scratch.create();
    writeFileSync(join(folder, 'target.md'), 'old\n');
    symlinkSync('target.md', join(folder, 'link.md'));
    assert.equal(await replaceFile(join(folder, 'link.md'), 'new\n', () => true), 'replaced');
    assert.equal(readFileSync(join(folder, 'target.md'), 'utf8'), 'new\n');
    mkdirSync(join(folder, 'folder'));
    assert.equal(await replaceFile(join(folder, 'folder'), 'new\n', () => true), 'not-a-file');
  });
});
