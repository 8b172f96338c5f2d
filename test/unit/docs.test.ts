// Every rule in the registry has a docs page, the docs index lists exactly the registry's
// rules, and the config file schema knows exactly the registry's rules and options.
// npm run generate rewrites the index table after an intended change.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/lint/rules';
import { committed, inRepo, RUN_GENERATE } from '../generate/generated';
import { DOCS_INDEX, expectedIndexTable, INDEX_TABLE } from '../generate/ruleDocs';

const docsFolder = inRepo('docs/rules');
// The file the editor validates .clientnotesrc with, descriptions and all (the bundles carry its keys alone).
const configSchema: unknown = JSON.parse(readFileSync(inRepo('schemas/clientnotesrc.schema.json'), 'utf8'));

interface RuleSchema {
  description?: string;
  anyOf?: Array<{ properties?: Record<string, unknown> }>;
  allOf?: Array<{ $ref?: string }>;
}

describe('docs', () => {
  for (const rule of rules) {
    it(`documents ${rule.id}`, () => {
      const path = join(docsFolder, `${rule.id}.md`);
      assert.ok(existsSync(path), `docs/rules/${rule.id}.md is missing`);
      const page = readFileSync(path, 'utf8');
      assert.equal(page.split('\n')[0], `# ${rule.id}`, 'the title is the rule id');
      assert.ok(page.includes(`Default severity: \`${rule.defaultSeverity}\``), `states the default severity ${rule.defaultSeverity}`);
      for (const heading of ['### Bad', '### Good', '## Turning it off']) assert.ok(page.includes(`\n${heading}\n`), heading);
      for (const option of Object.keys(rule.options ?? {})) assert.ok(page.includes(`\`${option}\``), `explains the option ${option}`);
    });
  }

  it("gives every Node version the README names as package.json's engines do", () => {
    const oldest = /\^(\d+\.\d+)/.exec(JSON.parse(readFileSync(inRepo('package.json'), 'utf8')).engines.node)?.[1];
    const named = [...readFileSync(inRepo('README.md'), 'utf8').matchAll(/Node\s+(\d+\.\d+) or later/g)].map((match) => match[1]);
    assert.ok(named.length >= 2, named.join(', '));
    assert.deepEqual([...new Set(named)], [oldest]);
  });

  it('has no page for a rule that is not in the registry', () => {
    const pages = readdirSync(docsFolder).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.deepEqual(pages.map((name) => name.replace(/\.md$/, '')).sort(), rules.map((rule) => rule.id).sort());
  });

  it('lists every rule with its default severity in the docs index', () => {
    const table = INDEX_TABLE.exec(committed(DOCS_INDEX) ?? '');
    assert.ok(table, 'docs/rules/README.md has the rules-table markers');
    assert.equal(table[2], expectedIndexTable(), `the index table: ${RUN_GENERATE}`);
  });

  it('configures exactly the registry rules and their options in the config file schema', () => {
    const ruleSchemas = (configSchema as { properties: { rules: { properties: Record<string, RuleSchema> } } }).properties.rules.properties;
    const definitions = (configSchema as unknown as { definitions: Record<string, RuleSchema> }).definitions;
    assert.deepEqual(Object.keys(ruleSchemas).sort(), rules.map((rule) => rule.id).sort());
    for (const rule of rules) {
      const schema = ruleSchemas[rule.id];
      // A rule with no options shares the one setting of a severity alone.
      const branches = schema.anyOf ?? (schema.allOf?.[0]?.$ref === '#/definitions/ruleSeverity' ? definitions.ruleSeverity.anyOf : undefined) ?? [];
      const settings = branches.find((branch) => branch.properties)?.properties ?? {};
      assert.deepEqual(settings, { severity: { $ref: '#/definitions/severity' }, ...(rule.options ?? {}) }, `${rule.id} options`);
      assert.ok(schema.description?.endsWith(`Default: \`${rule.defaultSeverity}\`.`), `${rule.id} description names its default severity`);
    }
  });
});

describe('ARCHITECTURE.md and CONTRIBUTING.md, held to the code', () => {
  const read = (doc: string) => readFileSync(inRepo(doc), 'utf8');
  const coreFolders = readdirSync(inRepo('src/core'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it("draw the folders of src/core/ as they are, in ARCHITECTURE's box and CONTRIBUTING's tree", () => {
    const boxed = [...read('ARCHITECTURE.md').matchAll(/^\s*│ (\w+)\/ /gmu)].map((match) => match[1]);
    const contributing = read('CONTRIBUTING.md');
    const tree = contributing.slice(contributing.indexOf('\nsrc/core/'), contributing.indexOf('\nsrc/vscode/'));
    const listed = [...tree.matchAll(/^ {2}(\w+)\/ /gmu)].map((match) => match[1]);
    assert.deepEqual([...boxed].sort(), coreFolders);
    assert.deepEqual([...listed].sort(), coreFolders);
  });

  it("draw the feature folders of src/vscode/ as they are, in ARCHITECTURE's activation and CONTRIBUTING's tree", () => {
    const features = readdirSync(inRepo('src/vscode'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const feature of features) assert.ok(existsSync(inRepo(`src/vscode/${feature}/activate.ts`)), `src/vscode/${feature}/ has its activate.ts`);
    const activated = [...read('ARCHITECTURE.md').matchAll(/^ {2}(\w+)\/activate\.ts +activate\w+ /gmu)].map((match) => match[1]);
    const contributing = read('CONTRIBUTING.md');
    const tree = contributing.slice(contributing.indexOf('\nsrc/vscode/'), contributing.indexOf('\nsrc/node/'));
    const listed = [...tree.matchAll(/^ {2}(\w+)\/ /gmu)].map((match) => match[1]);
    assert.deepEqual([...activated].sort(), features);
    assert.deepEqual([...listed].sort(), features);
  });

  it('name only files that are there (from the repository, src/, src/core/ or test/)', () => {
    const missing: string[] = [];
    for (const doc of ['ARCHITECTURE.md', 'CONTRIBUTING.md']) {
      for (const [, path] of read(doc).matchAll(/`([\w.@/-]+\/[\w.-]+\.(?:ts|mjs|json|md|js))`/gu)) {
        // NAME stands for any page of the walkthrough.
        if (path.includes('NAME')) continue;
        if (!['', 'src', 'src/core', 'test'].some((base) => existsSync(inRepo(join(base, path))))) missing.push(`${doc}: ${path}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
