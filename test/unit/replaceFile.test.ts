// The one way the command line writes over a user's file (lint --fix, summary --out, the
// lint cache): what it promises whatever the caller, tested on the function itself.
import * as assert from 'node:assert/strict';
// The very object replaceFile's own calls go through (node:fs/promises), so a test can stand in for one of them.
import { appendFileSync, promises as fsPromises, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

  describe('an editor that saves in place between the check and the rename', () => {
    type Rename = typeof fsPromises.rename;
    const realRename = fsPromises.rename;
    const realLink = fsPromises.link;
    afterEach(() => Object.assign(fsPromises, { rename: realRename, link: realLink }));

    /**
     * Makes every rename of a temporary file over `path` (for a path `saveInPlace` picks)
     * first write `saved` into that file in place, as an editor does: right after the
     * check, the last moment before the rename.
     */
    function editorSavesBeforeRename(saveInPlace: (path: string) => string | undefined): void {
      const rename: Rename = async (from, to) => {
        const saved = String(from).endsWith('.tmp') ? saveInPlace(String(to)) : undefined;
        if (saved !== undefined) writeFileSync(to, saved);
        return realRename(from, to);
      };
      Object.assign(fsPromises, { rename });
    }

    it('puts the saved text back, same file and mode, and says the note changed', async () => {
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n', { mode: 0o640 });
      const { ino } = statSync(path);
      editorSavesBeforeRename(() => 'saved by the editor\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path))), 'unexpected');
      assert.equal(readFileSync(path, 'utf8'), 'saved by the editor\n');
      assert.deepEqual([statSync(path).ino, statSync(path).mode & 0o777], [ino, 0o640]);
      assert.deepEqual(readdirSync(folder), ['note.md']);
    });

    it('loses none of 300 notes fixed at once while an editor saves every third', async () => {
      const folder = scratch.create();
      const paths = Array.from({ length: 300 }, (_, index) => join(folder, `note-${index}.md`));
      paths.forEach((path, index) => writeFileSync(path, `note ${index} as read\n`));
      const editorSaves = (path: string) => paths.indexOf(path) % 3 === 0;
      editorSavesBeforeRename((path) => (editorSaves(path) ? `${readFileSync(path, 'utf8')}saved by the editor\n` : undefined));
      const outcomes = await Promise.all(paths.map((path, index) => replaceFile(path, `note ${index} fixed\n`, unchangedFrom(readFileSync(path)))));
      paths.forEach((path, index) => {
        const expected = editorSaves(path) ? ['unexpected', `note ${index} as read\nsaved by the editor\n`] : ['replaced', `note ${index} fixed\n`];
        assert.deepEqual([outcomes[index], readFileSync(path, 'utf8')], expected, path);
      });
      assert.equal(readdirSync(folder).length, 300, 'no temporary file or link left');
    });

    it('where hard links are refused, still replaces a note, and the check still refuses one changed since read', async () => {
      const link: typeof fsPromises.link = async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      };
      Object.assign(fsPromises, { link });
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n');
      const read = readFileSync(path);
      appendFileSync(path, 'saved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(read)), 'unexpected');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path))), 'replaced');
      assert.equal(readFileSync(path, 'utf8'), 'fixed\n');
      assert.deepEqual(readdirSync(folder), ['note.md']);
    });
  });
});
