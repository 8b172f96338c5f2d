import * as assert from 'node:assert/strict';
import { ConfigLookup, type ConfigFileRead } from '../../../../src/core/config/lookup';
import { locationIn, parentLocation, type FileAccess, type FileKind } from '../../../../src/core/base/fileAccess';

/** Marks a pipe (neither file nor folder), and a file that cannot be read. */
const PIPE = Symbol('pipe');
const UNREADABLE = Symbol('unreadable');

/**
 * Files held in memory, by location: a folder exists when something lies under it. The
 * folders listed are recorded, so that a test can tell which the lookup looked at.
 */
class MemoryFiles implements FileAccess {
  readonly listed: string[] = [];

  constructor(private readonly entries: Record<string, string | typeof PIPE | typeof UNREADABLE>) {}

  async readFile(location: string): Promise<string> {
    const entry = this.entries[location];
    if (typeof entry !== 'string') throw new Error('permission denied');
    return entry;
  }

  async stat(location: string): Promise<FileKind> {
    const entry = this.entries[location];
    if (entry !== undefined) return entry === PIPE ? 'other' : 'file';
    if (Object.keys(this.entries).some((path) => path.startsWith(`${location}/`))) return 'folder';
    throw new Error('no such file or directory');
  }

  async listFolder(location: string): Promise<string[]> {
    this.listed.push(location);
    const prefix = location.endsWith('/') ? location : `${location}/`;
    const names = Object.keys(this.entries)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length).split('/')[0]);
    return [...new Set(names)];
  }
}

/** A lookup that answers with the file it found, its config and its problems. */
function lookupOver(files: FileAccess, displayName?: (location: string) => string): ConfigLookup<ConfigFileRead> {
  return new ConfigLookup(files, { displayName, load: (file) => file });
}

const FOLLOW_UP = (days: number) => JSON.stringify({ followUp: { days } });

describe('config lookup (core, shared by the CLI and the editor)', () => {
  it('takes the nearest config file from the note’s folder upward; files do not merge', async () => {
    const files = new MemoryFiles({
      '/home/me/.clientnotesrc.json': FOLLOW_UP(9),
      '/home/me/notes/.clientnotesrc.json': FOLLOW_UP(4),
      '/home/me/notes/acme/2026/note.md': '',
      '/home/me/notes/globex/.clientnotesrc.yaml': 'rules:\n  date-order: off\n',
    });
    const lookup = lookupOver(files);
    const acme = await lookup.nearest('/home/me/notes/acme/2026');
    assert.equal(acme?.location, '/home/me/notes/.clientnotesrc.json');
    assert.deepEqual(acme?.input, { followUp: { days: 4 } });
    const globex = await lookup.nearest('/home/me/notes/globex');
    assert.deepEqual(globex?.input, { rules: { 'date-order': 'off' } });
  });

  it('in one folder, prefers .clientnotesrc.json, then .yaml, then .yml, and refuses a folder or a pipe by those names, naming it, without reading it', async () => {
    const lookup = lookupOver(
      new MemoryFiles({
        '/a/.clientnotesrc.json': FOLLOW_UP(1),
        '/a/.clientnotesrc.yaml': 'followUp:\n  days: 2\n',
        '/a/.clientnotesrc.yml': 'followUp:\n  days: 3\n',
        '/b/.clientnotesrc.yaml': 'followUp:\n  days: 2\n',
        '/b/.clientnotesrc.yml': 'followUp:\n  days: 3\n',
        '/c/.clientnotesrc.json/inside': '',
        '/c/.clientnotesrc.yml': 'followUp:\n  days: 3\n',
        '/d/.clientnotesrc.json': PIPE,
      }),
    );
    assert.deepEqual((await lookup.nearest('/a'))?.input, { followUp: { days: 1 } });
    assert.deepEqual((await lookup.nearest('/b'))?.input, { followUp: { days: 2 } });
    // Skipped, they would leave the notes to the defaults without a word, their private sections sent.
    const folder = await lookup.nearest('/c');
    assert.deepEqual([folder?.input, folder?.problems], [undefined, ['.clientnotesrc.json: is a folder, not a file; its settings cannot apply: replace it with a file, or remove it.']]);
    const pipe = await lookup.nearest('/d');
    assert.deepEqual([pipe?.input, pipe?.problems], [undefined, ['.clientnotesrc.json: is not a regular file (a pipe, a socket or a device); its settings cannot apply: replace it with a file, or remove it.']]);
  });

  it('stops at the folder holding .git (a folder, or a file in a worktree), whose own config file counts', async () => {
    const files = new MemoryFiles({
      '/home/me/.clientnotesrc.json': FOLLOW_UP(9),
      '/home/me/repo/.git/HEAD': 'ref: refs/heads/main',
      '/home/me/repo/notes/note.md': '',
      '/home/me/worktree/.git': 'gitdir: /home/me/repo/.git/worktrees/x',
      '/home/me/worktree/notes/note.md': '',
      '/home/me/configured/.git/HEAD': 'ref: refs/heads/main',
      '/home/me/configured/.clientnotesrc.json': FOLLOW_UP(5),
      '/home/me/configured/notes/note.md': '',
    });
    const lookup = lookupOver(files);
    assert.equal(await lookup.nearest('/home/me/repo/notes'), undefined);
    assert.equal(await lookup.nearest('/home/me/worktree/notes'), undefined);
    assert.deepEqual((await lookup.nearest('/home/me/configured/notes'))?.input, { followUp: { days: 5 } });
    assert.ok(!files.listed.includes('/home/me'), `looked above a repository: ${files.listed.join(', ')}`);
    assert.deepEqual((await lookup.nearest('/home/me/elsewhere'))?.input, { followUp: { days: 9 } }, 'outside a repository, up to the root');
  });

  it('stops at the workspace folder', async () => {
    const files = new MemoryFiles({
      'file:///home/me/.clientnotesrc.json': FOLLOW_UP(9),
      'file:///home/me/work/.clientnotesrc.json': FOLLOW_UP(3),
      'file:///home/me/work/notes/acme/note.md': '',
    });
    const lookup = lookupOver(files);
    assert.deepEqual((await lookup.nearest('file:///home/me/work/notes/acme', 'file:///home/me/work'))?.input, { followUp: { days: 3 } }, 'the workspace folder’s own file counts');
    assert.equal(await lookup.nearest('file:///home/me/work/notes/acme', 'file:///home/me/work/notes'), undefined);
    assert.ok(!files.listed.includes('file:///home/me'));
  });

  it('looks at each folder once until told to forget; a folder without a file answers with its parent’s', async () => {
    const files = new MemoryFiles({ '/n/.clientnotesrc.json': FOLLOW_UP(4), '/n/a/x.md': '', '/n/b/y.md': '' });
    const lookup = lookupOver(files);
    const first = await lookup.nearest('/n/a');
    assert.equal(await lookup.nearest('/n/a'), first);
    assert.equal(await lookup.nearest('/n/b'), first, 'the same answer, loaded once');
    assert.deepEqual(files.listed.sort(), ['/n', '/n/a', '/n/b']);
    lookup.forget();
    await lookup.nearest('/n/a');
    assert.equal(files.listed.length, 5);
  });

  it('names the file as asked in its problems; a bad nearest file is not passed over', async () => {
    const files = new MemoryFiles({
      '/n/.clientnotesrc.json': FOLLOW_UP(4),
      '/n/bad/.clientnotesrc.json': '{"rules":{"date-order":"loud"}}',
      '/n/locked/.clientnotesrc.yml': UNREADABLE,
    });
    const lookup = lookupOver(files, (location) => location.slice('/n/'.length));
    const bad = await lookup.nearest('/n/bad');
    assert.equal(bad?.input, undefined);
    assert.match(bad?.problems[0] ?? '', /^bad\/\.clientnotesrc\.json: rules\.date-order must be a severity/);
    assert.deepEqual((await lookup.nearest('/n/locked'))?.problems, ['locked/.clientnotesrc.yml: cannot be read: permission denied']);
    assert.deepEqual((await lookupOver(files).nearest('/n/bad'))?.problems[0].split(':')[0], '.clientnotesrc.json', 'by its name when not told');
  });

  it('puts a new config file where the walk ends: the workspace folder, the folder holding .git, else the root', async () => {
    const files = new MemoryFiles({
      'file:///w/notes/acme/note.md': '',
      'file:///w/clients/.git/HEAD': '',
      'file:///w/clients/globex/note.md': '',
      '/home/me/notes/note.md': '',
    });
    const lookup = lookupOver(files);
    assert.equal(await lookup.topFolder('file:///w/notes/acme', 'file:///w'), 'file:///w');
    assert.equal(await lookup.topFolder('file:///w', 'file:///w'), 'file:///w');
    assert.equal(await lookup.topFolder('file:///w/clients/globex', 'file:///w'), 'file:///w/clients', 'a nested repository stops the walk before the workspace folder');
    assert.equal(await lookup.topFolder('/home/me/notes'), '/');
  });

  it('walks paths, Windows paths and URIs up to their root', () => {
    const walk = (location: string) => {
      const seen = [location];
      for (let parent = parentLocation(location); parent !== undefined; parent = parentLocation(parent)) seen.push(parent);
      return seen;
    };
    assert.deepEqual(walk('/home/me'), ['/home/me', '/home', '/']);
    assert.deepEqual(walk('C:/Users/me'), ['C:/Users/me', 'C:/Users', 'C:/']);
    assert.deepEqual(walk('file:///c%3A/notes'), ['file:///c%3A/notes', 'file:///c%3A', 'file:///']);
    assert.deepEqual(walk('vscode-vfs://github/me/notes'), ['vscode-vfs://github/me/notes', 'vscode-vfs://github/me', 'vscode-vfs://github', 'vscode-vfs://']);
    assert.equal(locationIn('/', '.git'), '/.git');
    assert.equal(locationIn('file:///home', '.git'), 'file:///home/.git');
  });
});
