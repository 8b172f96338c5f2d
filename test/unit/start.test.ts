// `npm start` lets a user try the extension on the example notes without touching the
// tracked examples/, which the tests read: it opens a copy, made once and kept.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../../..');
const FIRST_NOTE = join('acme', '2025-03-10-extra-pages.md');

describe('npm start', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'client-notes-start-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function exampleWorkspace(): Promise<string> {
    const showcase = (await import(pathToFileURL(join(root, 'scripts', 'vscode-offline', 'showcase.mjs')).href)) as { exampleWorkspace(dataDir: string): string };
    return showcase.exampleWorkspace(dataDir);
  }

  it('opens a copy of examples/, so that what the user does there leaves examples/ as it is', async () => {
    const workspace = await exampleWorkspace();
    assert.ok(workspace.startsWith(dataDir));
    const tracked = readFileSync(join(root, 'examples', FIRST_NOTE), 'utf8');
    assert.equal(readFileSync(join(workspace, FIRST_NOTE), 'utf8'), tracked);
    writeFileSync(join(workspace, FIRST_NOTE), 'edited while trying the extension\n');
    assert.equal(readFileSync(join(root, 'examples', FIRST_NOTE), 'utf8'), tracked);
  });

  it('keeps the copy and the user\'s edits from one start to the next', async () => {
    const workspace = await exampleWorkspace();
    writeFileSync(join(workspace, FIRST_NOTE), 'edited while trying the extension\n');
    assert.equal(await exampleWorkspace(), workspace);
    assert.equal(readFileSync(join(workspace, FIRST_NOTE), 'utf8'), 'edited while trying the extension\n');
  });

  describe('the display language', () => {
    async function prepareDisplayLanguages(locale?: string): Promise<void> {
      const server = (await import(pathToFileURL(join(root, 'scripts', 'vscode-offline', 'server.mjs')).href)) as { prepareDisplayLanguages(userDataDir: string, locale?: string): void };
      server.prepareDisplayLanguages(dataDir, locale);
    }
    const read = (path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as Record<string, { label: string; translations: { vscode: string } }>;

    it("offers each of the extension's languages to Configure Display Language, named in itself, with no download", async () => {
      await prepareDisplayLanguages();
      const packs = read('languagepacks.json');
      assert.deepEqual(Object.fromEntries(Object.entries(packs).map(([locale, pack]) => [locale, pack.label])), { de: 'Deutsch', fr: 'Français' });
      assert.deepEqual(JSON.parse(readFileSync(packs.de.translations.vscode, 'utf8')), { version: '1.0.0', contents: {} }, "VS Code's own strings stay English");
    });

    it('chooses the language asked for where Configure Display Language writes it, keeping the rest of argv.json; without one, the last choice stays', async () => {
      mkdirSync(join(dataDir, 'User'));
      writeFileSync(join(dataDir, 'User', 'argv.json'), JSON.stringify({ 'enable-crash-reporter': false, locale: 'fr' }));
      await prepareDisplayLanguages();
      assert.deepEqual(read('User/argv.json'), { 'enable-crash-reporter': false, locale: 'fr' });
      await prepareDisplayLanguages('de');
      assert.deepEqual(read('User/argv.json'), { 'enable-crash-reporter': false, locale: 'de' });
    });
  });
});
