import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { resolveConfig } from '../../../src/core/config/config';
import { digestNote, type FileToDigest } from '../../../src/core/digest/noteDigest';
import { digestFilesOnDisk } from '../../../src/node/diskDigests';
import { repo } from '../cliRunner';

const WORKER = join(repo, 'dist', 'digestWorker.js');

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('digesting files in worker threads (the editor’s first scan)', function () {
  this.timeout(60000);
  let scratch: string;
  beforeEach(() => (scratch = mkdtempSync(join(tmpdir(), 'client-notes-disk-digests-'))));
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives, file for file and in their order, the record digestNote gives each note, across several jobs and configs', async () => {
    // How deep YAML may nest before the parser's stack runs out differs from thread to thread.
    const notes = [...markdownUnder(join(repo, 'test', 'workspace')), ...markdownUnder(join(repo, 'examples')), ...markdownUnder(join(repo, 'test', 'fixtures'))].filter(
      (path) => !basename(path).startsWith('bad-deep-'),
    );
    assert.ok(notes.length > 150, `${notes.length} notes`);
    const plain = resolveConfig();
    // Every file of `notes/` counts as a note under this one, whatever its frontmatter says.
    const included = resolveConfig({ include: ['notes/**'], followUp: { days: 5 } });
    const files: FileToDigest[] = notes.map((path, index) => ({ path, config: index % 3 === 0 ? included : plain, relativePath: relative(join(repo, 'test', 'workspace'), path) }));
    const digests = await digestFilesOnDisk(WORKER)!(files);
    assert.equal(digests.length, files.length);
    files.forEach((file, index) => {
      const expected = digestNote(readFileSync(file.path, 'utf8'), file.config, file.relativePath) ?? null;
      assert.deepEqual(digests[index], JSON.parse(JSON.stringify(expected)), file.path);
    });
    assert.ok(digests.filter((digest) => digest !== null).length > 100);
  });

  it('says which files it could not read, without waiting on a named pipe', async () => {
    const note = join(scratch, 'note.md');
    writeFileSync(note, readFileSync(join(repo, 'test', 'workspace', 'notes', 'acme', '2026-11-20-launch-moves.md')));
    mkdirSync(join(scratch, 'folder.md'));
    const paths = [note, join(scratch, 'folder.md'), join(scratch, 'gone.md')];
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(scratch, 'pipe.md')]);
      paths.push(join(scratch, 'pipe.md'));
    }
    const config = resolveConfig();
    const digests = await digestFilesOnDisk(WORKER)!(paths.map((path) => ({ path, config, relativePath: undefined })));
    assert.notEqual(digests[0], null);
    assert.notEqual(digests[0], 'unread');
    assert.deepEqual(digests.slice(1), paths.slice(1).map(() => 'unread'));
  });

  it('digests every readable note of a scan over several jobs when some are gone or unreadable, each of those alone unread', async () => {
    const source = readFileSync(join(repo, 'test', 'workspace', 'notes', 'acme', '2026-11-20-launch-moves.md'));
    const paths = Array.from({ length: 200 }, (_, index) => join(scratch, `note-${index}.md`));
    for (const path of paths) writeFileSync(path, source);
    // Gone since the scan listed them (a sync client, a checkout), and one the system will not read (a link through a file).
    const unread = new Set([paths[3], paths[100], paths[199]]);
    rmSync(paths[3]);
    rmSync(paths[100]);
    rmSync(paths[199]);
    symlinkSync(join(paths[0], 'gone.md'), join(scratch, 'through-a-file.md'));
    paths.push(join(scratch, 'through-a-file.md'));
    unread.add(paths[200]);
    const config = resolveConfig();
    const digests = await digestFilesOnDisk(WORKER)!(paths.map((path) => ({ path, config, relativePath: undefined })));
    const expected = JSON.parse(JSON.stringify(digestNote(source.toString('utf8'), config, undefined)));
    paths.forEach((path, index) => assert.deepEqual(digests[index], unread.has(path) ? 'unread' : expected, path));
  });

  it('fails, for the caller to read the files itself, when the worker script cannot start', async () => {
    const config = resolveConfig();
    await assert.rejects(digestFilesOnDisk(join(scratch, 'missing.js'))!([{ path: join(scratch, 'x.md'), config, relativePath: undefined }]));
  });
});
