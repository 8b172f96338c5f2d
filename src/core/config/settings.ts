import type { ConfigInput, RecapInput } from './config';

// The editor's `clientNotes.*` settings as layers of configuration, read here for the
// editor (`vscode/configuration.ts` hands VS Code's settings in) so that the names of the
// settings and what each one sets have one home beside the config file's.

/** The recap's settings, `clientNotes.recap.<key>`, each also read under its former name, `clientNotes.summary.<key>`. */
export const RECAP_SETTING_KEYS = ['signature', 'includeSections', 'from', 'myName', 'tone'] as const;
export type RecapSettingKey = (typeof RECAP_SETTING_KEYS)[number];

/** The values a setting has at each scope a user writes it in (VS Code's `inspect`); a scope without the setting has none. */
export interface SettingScopes {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** The `clientNotes` settings of one resource, as VS Code's `WorkspaceConfiguration` reads them. */
export interface EditorSettings {
  /** The value in force: the most specific scope's, else the default. */
  get(key: string): unknown;
  inspect(key: string): SettingScopes | undefined;
}

/** The scopes of the settings, the user's first: a later one wins. */
const SCOPES = ['globalValue', 'workspaceValue', 'workspaceFolderValue'] as const;

/**
 * The settings as layers for `resolveConfig`, lowest first. The recap's are read at each
 * scope under both names, never from a default: at one scope `recap.*` wins over
 * `summary.*` (as in a config file), and a more specific scope wins over a broader one
 * whatever the name, so that a workspace still set by its former name is not overruled by
 * the user's new one, nor a former name set anywhere hidden by the new name's default.
 */
export function settingsLayers(settings: EditorSettings): ConfigInput[] {
  const get = <T>(key: string) => settings.get(key) as T | undefined;
  const shared: ConfigInput = {
    rules: get('rules'),
    requiredSections: get('requiredSections'),
    privateSections: get('privateSections'),
    strictKeys: get('strictKeys'),
    language: get('noteLanguage'),
    include: get('include'),
    followUp: { days: get('followUp.days') },
    history: { signals: get('history.signals') },
  };
  return [shared, ...SCOPES.map((scope) => ({ summary: recapAt(settings, 'summary', scope), recap: recapAt(settings, 'recap', scope) }))];
}

function recapAt(settings: EditorSettings, name: 'recap' | 'summary', scope: (typeof SCOPES)[number]): RecapInput {
  return Object.fromEntries(RECAP_SETTING_KEYS.map((key) => [key, settings.inspect(`${name}.${key}`)?.[scope]])) as RecapInput;
}
