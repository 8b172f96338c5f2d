import { DEFAULT_PRIVATE_SECTIONS } from '../note/privacy';
import { DEFAULT_REQUIRED_SECTIONS, type RequiredSection } from '../note/sections';
import type { Severity, SeveritySetting } from '../base/types';
import { HISTORY_SIGNALS, withSignalThresholds, type SignalThresholds } from './historySignals';

/** The user's own opening and closing lines of the recap (`recap.tone`), per scenario id or `default`; either line may be left out. */
export type ToneOverrides = Readonly<Record<string, { opening?: string; closing?: string } | undefined>>;

/** A rule's entry in a config file or the settings: a severity, or options with one. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** One layer of configuration as written by a user (settings or a config file). */
export interface ConfigInput {
  rules?: Record<string, RuleSetting>;
  requiredSections?: Array<{ title: string; aliases?: string[] }>;
  privateSections?: string[];
  strictKeys?: boolean;
  /** The language of notes that do not say theirs in `lang`: `de`, `fr-CA`. */
  language?: string;
  include?: string[];
  followUp?: { days?: number };
  recap?: RecapInput;
  /** The old name of `recap`, still read; where a layer has both, `recap`'s keys win. */
  summary?: RecapInput;
  history?: { signals?: Record<string, unknown> };
}

/** The recap's settings as a user writes them. */
export interface RecapInput {
  signature?: string;
  includeSections?: string[];
  from?: string;
  myName?: string;
  tone?: ToneOverrides;
}

export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** Configuration with every default filled in, as the engine uses it. */
export interface ResolvedConfig {
  /** Per rule id; rules not listed run at their default severity. */
  rules: Record<string, RuleConfig>;
  requiredSections: RequiredSection[];
  /** Headings private besides Preparation, Client's perspective and Private notes (see privacy.ts). */
  privateSections: string[];
  /** Every frontmatter key the note schema does not know is an error, not only a near typo of one. */
  strictKeys: boolean;
  /** The language of notes that do not say theirs in `lang` (`noteLanguage.ts`); empty: read from their headings. */
  language: string;
  include: string[];
  followUpDays: number;
  /** The follow-up recap: closing signature, body sections to include, sender for the .eml, the freelancer's own name, tone lines per scenario. */
  recap: { signature: string; includeSections: string[]; from: string; myName: string; tone: ToneOverrides };
  /** A client's history: the threshold of each signal (`config/historySignals.ts`). */
  historySignals: SignalThresholds;
}

export const DEFAULT_FOLLOW_UP_DAYS = 2;

/** Later layers win: defaults, then VS Code settings, then the workspace config file. */
export function resolveConfig(...layers: Array<ConfigInput | undefined>): ResolvedConfig {
  const resolved: ResolvedConfig = {
    rules: {},
    requiredSections: DEFAULT_REQUIRED_SECTIONS.map((section) => ({ title: section.title, aliases: [...section.aliases] })),
    privateSections: [...DEFAULT_PRIVATE_SECTIONS],
    strictKeys: false,
    language: '',
    include: [],
    followUpDays: DEFAULT_FOLLOW_UP_DAYS,
    recap: { signature: '', includeSections: [], from: '', myName: '', tone: {} },
    historySignals: { ...HISTORY_SIGNALS },
  };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const previous = resolved.rules[id] ?? { severity: undefined, options: {} };
      if (typeof setting === 'string') {
        resolved.rules[id] = { severity: setting, options: previous.options };
      } else if (setting && typeof setting === 'object') {
        const { severity, ...options } = setting;
        resolved.rules[id] = {
          severity: severity ?? previous.severity,
          options: { ...previous.options, ...options },
        } as RuleConfig;
      }
    }
    if (Array.isArray(layer.requiredSections)) {
      // The schema refuses a title no heading can hold (the editor's settings are not validated
      // by it): `---` or `#` would be inserted and never found, a fix for ever.
      resolved.requiredSections = layer.requiredSections
        .filter((section) => isHeadingName(section.title))
        .map((section) => ({ title: section.title, aliases: (section.aliases ?? []).filter(isHeadingName) }));
    }
    if (Array.isArray(layer.privateSections)) resolved.privateSections = [...layer.privateSections];
    if (typeof layer.strictKeys === 'boolean') resolved.strictKeys = layer.strictKeys;
    if (typeof layer.language === 'string') resolved.language = layer.language;
    if (Array.isArray(layer.include)) resolved.include = [...layer.include];
    if (typeof layer.followUp?.days === 'number') resolved.followUpDays = layer.followUp.days;
    // The old name first, so that the new one wins.
    for (const recap of [layer.summary, layer.recap]) {
      if (typeof recap?.signature === 'string') resolved.recap.signature = recap.signature;
      if (Array.isArray(recap?.includeSections)) resolved.recap.includeSections = [...recap.includeSections];
      if (typeof recap?.from === 'string') resolved.recap.from = recap.from;
      if (typeof recap?.myName === 'string') resolved.recap.myName = recap.myName;
      // Per scenario: a later layer's lines for a scenario replace an earlier one's, other scenarios are kept.
      const tone = recap?.tone;
      if (tone && typeof tone === 'object' && !Array.isArray(tone)) resolved.recap.tone = { ...resolved.recap.tone, ...tone };
    }
    resolved.historySignals = withSignalThresholds(resolved.historySignals, layer.history?.signals);
  }
  return resolved;
}

/** The severity a rule runs at: configured, or its default. */
export function severityOf(config: ResolvedConfig, ruleId: string, defaultSeverity: Severity): SeveritySetting {
  return config.rules[ruleId]?.severity ?? defaultSeverity;
}

export const CONFIG_FILE_NAMES = ['.clientnotesrc.json', '.clientnotesrc.yaml', '.clientnotesrc.yml'] as const;

/** The config file a command creates where none applies yet: YAML holds comments and a signature of several lines as written. */
export const NEW_CONFIG_FILE_NAME = '.clientnotesrc.yaml';

/** A name a heading can hold and be found by: a letter or a digit, on one line (the config schema's `pattern`). */
function isHeadingName(name: unknown): name is string {
  return typeof name === 'string' && /[\p{L}\p{N}]/u.test(name) && !/[\r\n]/.test(name);
}
