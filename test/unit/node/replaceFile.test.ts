// The one way the command line writes over a user's file (lint --fix, summary --out, the
// lint cache, new): what it promises whatever the caller, tested on the function itself.
import * as assert from 'node:assert/strict';
// The very object replaceFile's own calls go through (node:fs/promises), so a test can stand in for one of them.
import { appendFileSync, promises as fsPromises, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { replaceFile } from '../../../src/node/replaceFile';
import { createNewFile } from '../../../src/node/createNewFile';
import { ScratchFolders } from '../cliRunner';

const unchangedFrom = (bytes: Buffer) => (current: Buffer | undefined) => current?.equals(bytes) === true;

describe('replaceFile', () => {
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());


  it('replaces a file only while it holds what the caller expects, and leaves no temporary file either way', async () => {
    for (const hardLinked of [false, true]) {
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n');
      if (hardLinked) linkSync(path, join(scratch.create(), 'link.md'));
      const read = readFileSync(path);
      appendFileSync(path, 'saved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(read), 'follow'), 'unexpected');
      assert.equal(readFileSync(path, 'utf8'), 'as read\nsaved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path)), 'follow'), 'replaced');
      assert.equal(readFileSync(path, 'utf8'), 'fixed\n');
      assert.deepEqual(readdirSync(folder), ['note.md']);
    }
  });

  it('creates a missing file, but never over one made between the check and the write', async () => {
    const folder = scratch.create();
    const path = join(folder, 'recap.md');
    assert.equal(await replaceFile(path, 'recap\n', (current) => current === undefined, 'refuse'), 'replaced');
    assert.equal(readFileSync(path, 'utf8'), 'recap\n');
    const racing = join(folder, 'raced.md');
    const outcome = await replaceFile(racing, 'recap\n', (current) => {
      // Another program creates the file right after the check.
      writeFileSync(racing, 'theirs\n');
      return current === undefined;
    }, 'refuse');
    assert.equal(outcome, 'unexpected');
    assert.equal(readFileSync(racing, 'utf8'), 'theirs\n');
    assert.deepEqual(readdirSync(folder).sort(), ['raced.md', 'recap.md']);
  });

  it("writes through a symlink to its target when following (a user's linked note), and refuses a folder", async () => {
    const folder = scratch.create();
    writeFileSync(join(folder, 'target.md'), 'old\n');
    symlinkSync('target.md', join(folder, 'link.md'));
    assert.equal(await replaceFile(join(folder, 'link.md'), 'new\n', () => true, 'follow'), 'replaced');
    assert.equal(readFileSync(join(folder, 'target.md'), 'utf8'), 'new\n');
    mkdirSync(join(folder, 'folder'));
    assert.equal(await replaceFile(join(folder, 'folder'), 'new\n', () => true, 'follow'), 'not-a-file');
  });

  it('an output file is never written through a symlink: to a file, hard-linked or not, or to nowhere, the link and its target are left as they are', async () => {
    for (const hardLinked of [false, true]) {
      const folder = scratch.create();
      const elsewhere = join(scratch.create(), 'passwd');
      writeFileSync(elsewhere, 'root:x:0:0\n');
      if (hardLinked) linkSync(elsewhere, `${elsewhere}-hard`);
      symlinkSync(elsewhere, join(folder, 'recap.md'));
      symlinkSync(join(folder, 'nowhere'), join(folder, 'dangling.md'));
      assert.equal(await replaceFile(join(folder, 'recap.md'), 'recap\n', () => true, 'refuse'), 'symlink');
      assert.equal(await replaceFile(join(folder, 'dangling.md'), 'recap\n', () => true, 'refuse'), 'symlink');
      assert.equal(readFileSync(elsewhere, 'utf8'), 'root:x:0:0\n');
      assert.equal(readlinkSync(join(folder, 'recap.md')), elsewhere);
      assert.deepEqual(readdirSync(folder).sort(), ['dangling.md', 'recap.md'], 'nowhere is not created, and no temporary file is left');
    }
  });

  it('an output file is never written through a symlink planted between the check and the write: the new file takes the link’s place', async () => {
    const folder = scratch.create();
    const elsewhere = join(scratch.create(), 'passwd');
    writeFileSync(elsewhere, 'root:x:0:0\n');
    const path = join(folder, 'recap.md');
    writeFileSync(path, 'old recap\n');
    let planted = false;
    // The check runs again on what the rename displaced: the link is planted once, after the first.
    const outcome = await replaceFile(path, 'recap\n', () => {
      if (!planted) {
        rmSync(path);
        symlinkSync(elsewhere, path);
        planted = true;
      }
      return true;
    }, 'refuse');
    assert.equal(outcome, 'replaced');
    assert.equal(readFileSync(elsewhere, 'utf8'), 'root:x:0:0\n');
    assert.ok(!lstatSync(path).isSymbolicLink());
    assert.equal(readFileSync(path, 'utf8'), 'recap\n');
  });
});

describe('createNewFile', () => {
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  const diskFull = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));

  it('takes the next name past a symlink, and never writes through it', async () => {
    const folder = scratch.create();
    const elsewhere = join(scratch.create(), 'passwd');
    symlinkSync(elsewhere, join(folder, 'note.md'));
    assert.equal(await createNewFile(join(folder, 'note.md'), 'note\n'), join(folder, 'note-2.md'));
    assert.deepEqual(readdirSync(join(elsewhere, '..')), [], 'nothing created at the link’s target');
  });

  it('a write that fails (a full disk) removes the folders it made, and only those, and only while empty', async () => {
    const notes = join(scratch.create(), 'notes');
    mkdirSync(notes);
    await assert.rejects(createNewFile(join(notes, 'acme', 'q1', 'note.md'), 'note\n', diskFull), /ENOSPC/);
    assert.deepEqual(readdirSync(notes), [], 'acme and acme/q1 are removed; notes, which was there, is kept');

    // Another run writes its note into the folder meanwhile: that folder, and the ones above it, stay.
    const other = join(notes, 'globex', 'other.md');
    const writtenMeanwhile = () => {
      writeFileSync(other, 'theirs\n');
      return diskFull();
    };
    await assert.rejects(createNewFile(join(notes, 'globex', 'note.md'), 'note\n', writtenMeanwhile), /ENOSPC/);
    assert.equal(readFileSync(other, 'utf8'), 'theirs\n');
  });

  describe('an editor that saves in place between the check and the rename', () => {
    type Rename = typeof fsPromises.rename;
    const realRename = fsPromises.rename;
    const realLink = fsPromises.link;
    /**
     * Puts `calls` in place of node:fs/promises's own. The suites are ES modules, which
     * hold a built-in's exports as bindings of its own: they follow the object's only once synced.
     */
    function standIn(calls: Partial<typeof fsPromises>): void {
      Object.assign(fsPromises, calls);
      syncBuiltinESMExports();
    }
    afterEach(() => standIn({ rename: realRename, link: realLink }));

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
      standIn({ rename });
    }

    it('puts the saved text back, same file and mode, and says the note changed', async () => {
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n', { mode: 0o640 });
      const { ino } = statSync(path);
      editorSavesBeforeRename(() => 'saved by the editor\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path)), 'follow'), 'unexpected');
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
      const outcomes = await Promise.all(paths.map((path, index) => replaceFile(path, `note ${index} fixed\n`, unchangedFrom(readFileSync(path)), 'follow')));
      paths.forEach((path, index) => {
        const expected = editorSaves(path) ? ['unexpected', `note ${index} as read\nsaved by the editor\n`] : ['replaced', `note ${index} fixed\n`];
        assert.deepEqual([outcomes[index], readFileSync(path, 'utf8')], expected, path);
      });
      assert.equal(readdirSync(folder).length, 300, 'no temporary file or link left');
    });

    it('where hard links are refused, still replaces a note, and the check still refuses one changed since read', async () => {
      let refused = 0;
      const link: typeof fsPromises.link = async () => {
        refused++;
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      };
      standIn({ link });
      const folder = scratch.create();
      const path = join(folder, 'note.md');
      writeFileSync(path, 'as read\n');
      const read = readFileSync(path);
      appendFileSync(path, 'saved meanwhile\n');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(read), 'follow'), 'unexpected');
      assert.equal(await replaceFile(path, 'fixed\n', unchangedFrom(readFileSync(path)), 'follow'), 'replaced');
      assert.equal(readFileSync(path, 'utf8'), 'fixed\n');
      assert.deepEqual(readdirSync(folder), ['note.md']);
      assert.ok(refused > 0, 'no hard link was tried');
    });
  });
});
