// The manifest's generated parts: the settings of the rules (and the other settings the
// core defines the defaults of) in package.json, every string it shows moved into
// package.nls.json under a key named by its place, and the README's rules table.
import { DEFAULT_FOLLOW_UP_DAYS } from '../../src/core/config/config';
import { HISTORY_SIGNALS, HISTORY_SIGNAL_DESCRIPTIONS, HISTORY_SIGNAL_IDS } from '../../src/core/config/historySignals';
import { docsUrl } from '../../src/core/lint/engine';
import { rules } from '../../src/core/lint/rules';
import { DEFAULT_PRIVATE_SECTIONS } from '../../src/core/note/privacy';
import { SCENARIOS } from '../../src/core/note/scenarios';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/core/note/sections';
import { RECAP_SETTING_KEYS, type RecapSettingKey } from '../../src/core/config/settings';
import { committed, replaceBetween, type Generated } from './generated';
import { externalizeManifest, readManifest, readNls, resolveManifest, type Json } from './manifestNls';
import { snippetContributions } from './snippets';

const severity = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

// A letter or a digit, on one line: what a heading can hold and be found by.
const HEADING_NAME = '^[^\\r\\n\\p{L}\\p{N}]*[\\p{L}\\p{N}][^\\r\\n]*$';

/** The README's rules table, between its markers. */
export const README_RULES_TABLE = /(<!-- rules-table:start -->\n)([\s\S]*?)(\n<!-- rules-table:end -->)/;

/** The settings of `contributes.configuration.properties` that come from the core, as VS Code shows them. */
export function expectedSettings(): Record<string, unknown> {
  return {
    'clientNotes.rules': {
      type: 'object',
      scope: 'resource',
      default: {},
      markdownDescription:
        'Severity (`off`, `info`, `warning`, `error`) or options per rule, by rule id. A `.clientnotesrc.json` or `.clientnotesrc.yaml` file in the workspace takes precedence.',
      additionalProperties: false,
      properties: Object.fromEntries(
        rules.map((rule) => [
          rule.id,
          {
            markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`. [Documentation](${docsUrl(rule.id)})`,
            anyOf: [
              severity,
              {
                type: 'object',
                additionalProperties: false,
                properties: { severity, ...(rule.options ?? {}) },
              },
            ],
          },
        ]),
      ),
    },
    'clientNotes.requiredSections': {
      type: 'array',
      scope: 'resource',
      default: DEFAULT_REQUIRED_SECTIONS,
      markdownDescription:
        'The sections every note must have, matched by heading text (any level, case- and punctuation-insensitive) or one of the aliases.',
      items: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', minLength: 1, pattern: HEADING_NAME, description: 'The heading inserted when the section is missing.' },
          aliases: { type: 'array', items: { type: 'string', minLength: 1, pattern: HEADING_NAME }, description: 'Other headings that count as this section.' },
        },
      },
    },
    'clientNotes.privateSections': {
      type: 'array',
      scope: 'resource',
      default: DEFAULT_PRIVATE_SECTIONS,
      items: { type: 'string', minLength: 1 },
      markdownDescription:
        "Headings that are private besides `Preparation`, `Client's perspective` and `Private notes` (and their aliases), which always are. A heading that starts with one of them or says private or confidential is private too, with everything nested under it: it never reaches the follow-up recap and is not checked as client-facing text.",
    },
    'clientNotes.strictKeys': {
      type: 'boolean',
      scope: 'resource',
      default: false,
      markdownDescription:
        'Report every frontmatter key the note schema does not know as an error. Off by default: keys other tools write (`title`, `aliases`, `status`, `created`, `cssclasses`…) are left alone, and only a key one or two edits from a known one is reported, with "did you mean".',
    },
    'clientNotes.noteLanguage': {
      type: 'string',
      scope: 'resource',
      default: '',
      enum: ['', 'en', 'de', 'fr'],
      markdownDescription:
        'The language notes are written in when their frontmatter does not say it in `lang`: its section names, step words and tone phrases are read in it. Empty: recognised from the section headings of each note, else English.',
    },
    'clientNotes.include': {
      type: 'array',
      scope: 'resource',
      default: [],
      items: { type: 'string' },
      markdownDescription:
        'Globs, relative to the workspace folder, of Markdown files to lint as notes even without `type: client-conversation` in their frontmatter.',
    },
    'clientNotes.lintOnType': {
      type: 'boolean',
      scope: 'resource',
      default: true,
      markdownDescription: 'Lint notes as you type. When off, notes are linted when opened and saved.',
    },
    'clientNotes.statusBar.overdue': {
      type: 'boolean',
      scope: 'window',
      default: true,
      markdownDescription: 'Show `$(checklist) 3 overdue` in the status bar while next steps or recaps are overdue.',
    },
    'clientNotes.reminders.dailyNotification': {
      type: 'boolean',
      scope: 'window',
      default: true,
      markdownDescription: 'Once a day, say which next steps fell due since the day before, with a button to the Next Steps view.',
    },
    'clientNotes.followUp.days': {
      type: 'integer',
      scope: 'resource',
      minimum: 0,
      default: DEFAULT_FOLLOW_UP_DAYS,
      markdownDescription: 'Days after the conversation by which the recap should be sent (`follow-up-overdue`).',
    },
    'clientNotes.history.signals': {
      type: 'object',
      scope: 'resource',
      default: {},
      markdownDescription:
        "When a client's History shows each signal: how many notes or steps make it, or `off`. A `.clientnotesrc.json` or `.clientnotesrc.yaml` file in the workspace takes precedence.",
      additionalProperties: false,
      properties: Object.fromEntries(
        HISTORY_SIGNAL_IDS.map((id) => [
          id,
          { markdownDescription: `${HISTORY_SIGNAL_DESCRIPTIONS[id]} Default: \`${HISTORY_SIGNALS[id]}\`.`, anyOf: [{ type: 'integer', minimum: 1 }, { const: 'off' }] },
        ]),
      ),
    },
    ...recapSettings(),
  };
}

/** The recap's settings, `clientNotes.recap.<key>`, as VS Code shows them. */
const RECAP_SETTINGS: Record<RecapSettingKey, Record<string, unknown>> = {
  signature: {
    type: 'string',
    scope: 'resource',
    default: '',
    editPresentation: 'multilineText',
    markdownDescription:
      'The closing of the follow-up recap: your name and details, several lines allowed. A first line ending with a comma (`Kind regards,`) replaces the default `Best regards,`. `client-notes recap` reads only `.clientnotesrc` (its `recap` key, which wins over this setting here too): write it there to sign alike in the editor and on the command line.',
  },
  includeSections: {
    type: 'array',
    scope: 'resource',
    default: [],
    items: { type: 'string', minLength: 1 },
    markdownDescription:
      "Titles of body sections (such as `Facts` or `Options discussed`) to add to the follow-up recap. Private sections (`Preparation`, `Client's perspective`, `Private notes`) are never included.",
  },
  from: {
    type: 'string',
    scope: 'resource',
    default: '',
    markdownDescription:
      'Your `Name <email>`, for the `From` of a recap saved as `.eml`. Empty: your mail program fills it in. `client-notes recap` reads only `.clientnotesrc` (its `recap` key, which wins over this setting here too): write it there for the editor and the command line alike.',
  },
  myName: {
    type: 'string',
    scope: 'resource',
    default: '',
    markdownDescription:
      'Your own name, as you write it in notes. A next step owned by it (like one owned by `me`) is listed under "What I will do" in the recap, and it signs the recap when no `#clientNotes.recap.signature#` is set. Empty: the name in `#clientNotes.recap.from#`. **Client Notes: Set Your Name for Recaps** writes it into `.clientnotesrc` (its `recap` key, which wins over this setting), where `client-notes recap` reads it too.',
  },
  tone: {
    type: 'object',
    scope: 'resource',
    default: {},
    propertyNames: { enum: [...SCENARIOS.map((scenario) => scenario.id), 'default'] },
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: {
        opening: { type: 'string', description: 'The line after the thanks for the conversation.' },
        closing: { type: 'string', description: 'The line before the signature.' },
      },
    },
    markdownDescription:
      'Your own opening and closing lines for the recap, per scenario id (`missed-deadline`, `quality-complaint`…) or `default` for every scenario, each `{ "opening": …, "closing": … }`; a line left out keeps the built-in one. The opening follows the thanks for the conversation; the closing comes before the signature.',
  },
};

/**
 * The recap's settings under their names, `clientNotes.recap.*`, and under their former
 * names, `clientNotes.summary.*`: still read (the new name wins, `core/config/settings.ts`),
 * deprecated, which also keeps them out of the Settings editor unless they are set.
 */
function recapSettings(): Record<string, unknown> {
  return Object.fromEntries(
    RECAP_SETTING_KEYS.flatMap((key) => [
      [`clientNotes.recap.${key}`, RECAP_SETTINGS[key]],
      [
        `clientNotes.summary.${key}`,
        {
          ...RECAP_SETTINGS[key],
          markdownDescription: `The former name of \`#clientNotes.recap.${key}#\`.`,
          deprecationMessage: `Renamed clientNotes.recap.${key}, which wins where both are set; this name is still read.`,
          markdownDeprecationMessage: `Renamed \`#clientNotes.recap.${key}#\`, which wins where both are set; this name is still read.`,
        },
      ],
    ]),
  );
}

/** The README's table of the rules, from the registry. */
export function expectedRulesTable(): string {
  const rows = rules.map(
    (rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${rule.description} |`,
  );
  return ['| Rule | Default | Fix | What it reports |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const json = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * package.json with the generated settings and a `%key%` for every string it shows,
 * package.nls.json with those strings, and the README with the registry's rules table.
 */
export function manifestFiles(): Generated[] {
  const resolved = resolveManifest(readManifest(), readNls());
  const contributes = resolved.contributes as { configuration: { properties: Record<string, Json> }; snippets: Json };
  contributes.configuration.properties = { ...contributes.configuration.properties, ...(expectedSettings() as Record<string, Json>) };
  contributes.snippets = snippetContributions();
  const { manifest, strings } = externalizeManifest(resolved);
  const readme = committed('README.md') ?? '';
  return [
    { path: 'package.json', text: json(manifest) },
    { path: 'package.nls.json', text: json(strings) },
    { path: 'README.md', text: replaceBetween(readme, README_RULES_TABLE, expectedRulesTable()) },
  ];
}
