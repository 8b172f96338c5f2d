// The manifest's generated parts come from the rule registry (test/generate/manifest.ts):
// a test fails on drift, and npm run generate rewrites them after an intended change. Its
// strings are read as VS Code shows them in English, through package.nls.json.
import * as assert from 'node:assert/strict';
import { committed, RUN_GENERATE } from '../generate/generated';
import { expectedRulesTable, expectedSettings, README_RULES_TABLE } from '../generate/manifest';
import { externalizeManifest, readNls, readManifest as readRawManifest, resolveManifest } from '../generate/manifestNls';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is JSON, read field by field
const readManifest = (): any => resolveManifest(readRawManifest(), readNls());

describe('manifest', () => {
  it('contributes the settings generated from the rule registry', () => {
    const properties = readManifest().contributes.configuration.properties;
    for (const [key, value] of Object.entries(expectedSettings())) assert.deepEqual(properties[key], value, `${key}: ${RUN_GENERATE}`);
  });

  it('holds every string it shows in package.nls.json, under a key named by its place', () => {
    const raw = readRawManifest();
    const { manifest, strings } = externalizeManifest(resolveManifest(raw, readNls()));
    assert.deepEqual(raw, manifest, `package.json has a literal string where a %key% belongs: ${RUN_GENERATE}, which moves it`);
    assert.deepEqual(readNls(), strings, `package.nls.json is not the strings of package.json: ${RUN_GENERATE}`);
  });

  it('declares every command with the Client Notes category', () => {
    for (const command of readManifest().contributes.commands) {
      assert.match(command.command, /^clientNotes\.[a-zA-Z]+$/);
      assert.equal(command.category, 'Client Notes', command.command);
      assert.ok(command.title.length > 0);
    }
  });

  it("shows the drafts' actions in the title bar of the drafts (their in-memory scheme, RECAP_SCHEME), Mark Follow-up as Sent over recaps alone, and of nothing else", () => {
    const menu = (readManifest().contributes.menus as Record<string, Array<{ command: string; when?: string }>>)['editor/title'];
    const shownWhen = (when: string) => menu.filter((item) => item.when === when).map((item) => item.command);
    assert.deepEqual(shownWhen('resourceScheme == client-notes-recap && resourcePath in clientNotes.recapDocuments'), ['clientNotes.copyRecap', 'clientNotes.saveRecapAsEml', 'clientNotes.openRecapInMailApp']);
    assert.deepEqual(shownWhen('resourceScheme == client-notes-recap && resourcePath in clientNotes.recaps'), ['clientNotes.markFollowUpSent']);
    assert.ok(menu.every((item) => !/markFollowUpSent|copyRecap|saveRecapAsEml|openRecapInMailApp/u.test(item.command) || item.when?.includes('client-notes-recap')));
  });

  it('validates the config file with its schema in the editor', () => {
    const { jsonValidation, yamlValidation } = readManifest().contributes;
    assert.deepEqual(jsonValidation, [{ fileMatch: '.clientnotesrc.json', url: './schemas/clientnotesrc.schema.json' }]);
    assert.deepEqual(yamlValidation, [{ fileMatch: ['.clientnotesrc.yaml', '.clientnotesrc.yml'], url: './schemas/clientnotesrc.schema.json' }]);
  });

  it('declares full support for untrusted workspaces, as it runs no code from them (and for virtual workspaces)', () => {
    const { capabilities } = readManifest();
    // `true`, not "limited": nothing is switched off in Restricted Mode, as nothing needs trust.
    assert.equal(capabilities.untrustedWorkspaces.supported, true);
    assert.equal(capabilities.virtualWorkspaces.supported, true);
  });

  it('contributes nothing that runs workspace code: commands, menus, keybindings, a walkthrough, settings, snippets, schemas and views only', () => {
    // A new kind of contribution (tasks, debuggers, terminal profiles…) must be checked
    // against the untrusted-workspace promise before it joins this list.
    assert.deepEqual(Object.keys(readManifest().contributes).sort(), ['commands', 'configuration', 'jsonValidation', 'keybindings', 'menus', 'snippets', 'views', 'viewsContainers', 'viewsWelcome', 'walkthroughs', 'yamlValidation']);
  });

  it('lists every rule in the README', () => {
    const table = README_RULES_TABLE.exec(committed('README.md') ?? '');
    assert.ok(table, 'README.md has the rules-table markers');
    assert.equal(table[2], expectedRulesTable(), `the README's rules table: ${RUN_GENERATE}`);
  });
});
