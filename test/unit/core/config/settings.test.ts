import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../../../src/core/config/config';
import { RECAP_SETTING_KEYS, settingsLayers, type EditorSettings, type SettingScopes } from '../../../../src/core/config/settings';

/** The settings VS Code would hold: per key (`recap.from`), the value at each scope written, and the manifest's defaults. */
function editorSettings(scopes: Record<string, SettingScopes>): EditorSettings {
  const defaults: Record<string, unknown> = Object.fromEntries(
    RECAP_SETTING_KEYS.flatMap((key) => ['recap', 'summary'].map((name) => [`${name}.${key}`, key === 'includeSections' ? [] : key === 'tone' ? {} : ''])),
  );
  return {
    get: (key) => {
      const set = scopes[key];
      return set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue ?? defaults[key];
    },
    inspect: (key) => ({ ...scopes[key] }),
  };
}

const recapOf = (scopes: Record<string, SettingScopes>) => resolveConfig(...settingsLayers(editorSettings(scopes))).recap;

describe("the editor's settings, clientNotes.recap.* and their former names clientNotes.summary.*", () => {
  const values: Record<(typeof RECAP_SETTING_KEYS)[number], [old: unknown, current: unknown]> = {
    signature: ['Old regards', 'New regards'],
    includeSections: [['Facts'], ['Options discussed']],
    from: ['Old <old@example.com>', 'New <new@example.com>'],
    myName: ['Old Name', 'New Name'],
    tone: [{ default: { opening: 'Old opening' } }, { default: { opening: 'New opening' } }],
  };
  for (const key of RECAP_SETTING_KEYS) {
    const [old, current] = values[key];
    it(`reads clientNotes.recap.${key} and clientNotes.summary.${key}, the new name winning where both are set`, () => {
      assert.deepEqual(recapOf({ [`recap.${key}`]: { globalValue: current } })[key], current, 'the new name alone');
      assert.deepEqual(recapOf({ [`summary.${key}`]: { globalValue: old } })[key], old, 'the former name alone, not hidden by the default of the new');
      assert.deepEqual(recapOf({ [`summary.${key}`]: { workspaceValue: old }, [`recap.${key}`]: { workspaceValue: current } })[key], current, 'both, in one scope');
    });
  }

  it('lets a more specific scope win whatever the name: a workspace set by the former name over the user settings by the new one', () => {
    assert.equal(recapOf({ 'summary.from': { workspaceValue: 'Team <team@example.com>' }, 'recap.from': { globalValue: 'Me <me@example.com>' } }).from, 'Team <team@example.com>');
    assert.equal(recapOf({ 'summary.from': { globalValue: 'Me <me@example.com>' }, 'recap.from': { workspaceFolderValue: 'Folder <f@example.com>' } }).from, 'Folder <f@example.com>');
  });

  it('leaves the config file above the settings, under either name', () => {
    const settings = settingsLayers(editorSettings({ 'recap.myName': { globalValue: 'Settings' } }));
    assert.equal(resolveConfig(...settings, { summary: { myName: 'File' } }).recap.myName, 'File');
    assert.equal(resolveConfig(...settings).recap.myName, 'Settings');
  });

  it('reads the other settings as VS Code gives them', () => {
    const settings: EditorSettings = { get: (key) => ({ 'followUp.days': 5, noteLanguage: 'de', strictKeys: true })[key], inspect: () => undefined };
    const config = resolveConfig(...settingsLayers(settings));
    assert.deepEqual([config.followUpDays, config.language, config.strictKeys, config.recap.myName], [5, 'de', true, '']);
  });
});
