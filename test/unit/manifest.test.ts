// The manifest's generated parts come from the rule registry: a test fails on drift, and
// UPDATE_MANIFEST=1 npm run test:unit rewrites them after an intended change. Its strings
// are read as VS Code shows them in English, through package.nls.json.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FOLLOW_UP_DAYS } from '../../src/core/config/config';
import { docsUrl } from '../../src/core/lint/engine';
import { DEFAULT_PRIVATE_SECTIONS } from '../../src/core/note/privacy';
import { rules } from '../../src/core/lint/rules';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/core/note/sections';
import { externalizeManifest, readNls, readManifest as readRawManifest, repoRoot, resolveManifest, writeManifest } from './manifestNls';

const readmePath = resolve(repoRoot, 'README.md');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is JSON, read field by field
const readManifest = (): any => resolveManifest(readRawManifest(), readNls());

const severity = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

// A letter or a digit, on one line: what a heading can hold and be found by.
const HEADING_NAME = '^[^\\r\\n\\p{L}\\p{N}]*[\\p{L}\\p{N}][^\\r\\n]*$';

function expectedSettings(): Record<string, unknown> {
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
    'clientNotes.followUp.days': {
      type: 'integer',
      scope: 'resource',
      minimum: 0,
      default: DEFAULT_FOLLOW_UP_DAYS,
      markdownDescription: 'Days after the conversation by which the recap should be sent (`follow-up-overdue`).',
    },
  };
}

function expectedRulesTable(): string {
  const rows = rules.map(
    (rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${rule.description} |`,
  );
  return ['| Rule | Default | Fix | What it reports |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('manifest', () => {
  it('contributes the settings generated from the rule registry', () => {
    const manifest = readManifest();
    const properties = manifest.contributes.configuration.properties;
    const expected = expectedSettings();
    if (process.env.UPDATE_MANIFEST === '1') {
      manifest.contributes.configuration.properties = { ...properties, ...expected };
      writeManifest(manifest);
    }
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(readManifest().contributes.configuration.properties[key], value, key);
  });

  it('holds every string it shows in package.nls.json, under a key named by its place', () => {
    const raw = readRawManifest();
    const { manifest, strings } = externalizeManifest(resolveManifest(raw, readNls()));
    if (process.env.UPDATE_MANIFEST === '1') writeManifest(resolveManifest(raw, readNls()));
    assert.deepEqual(readRawManifest(), manifest, 'package.json has a literal string where a %key% belongs: UPDATE_MANIFEST=1 moves it');
    assert.deepEqual(readNls(), strings, 'package.nls.json is not the strings of package.json');
  });

  it('declares every command with the Client Notes category', () => {
    for (const command of readManifest().contributes.commands) {
      assert.match(command.command, /^clientNotes\.[a-zA-Z]+$/);
      assert.equal(command.category, 'Client Notes', command.command);
      assert.ok(command.title.length > 0);
    }
  });

  it("shows the recap's actions in the title bar of the recap's documents (their in-memory scheme, RECAP_SCHEME) and of nothing else", () => {
    const recapActions = ['clientNotes.copyRecap', 'clientNotes.saveRecapAsEml', 'clientNotes.openRecapInMailApp', 'clientNotes.markFollowUpSent'];
    const menu = (readManifest().contributes.menus as Record<string, Array<{ command: string; when?: string }>>)['editor/title'];
    const shown = menu.filter((item) => item.when === 'resourceScheme == client-notes-recap && resourcePath in clientNotes.recapDocuments').map((item) => item.command);
    assert.deepEqual(shown, recapActions);
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
    const table = /(<!-- rules-table:start -->\n)([\s\S]*?)(\n<!-- rules-table:end -->)/;
    const readme = readFileSync(readmePath, 'utf8');
    if (process.env.UPDATE_MANIFEST === '1') writeFileSync(readmePath, readme.replace(table, `$1${expectedRulesTable()}$3`));
    assert.equal(table.exec(readFileSync(readmePath, 'utf8'))?.[2], expectedRulesTable());
  });
});
