// `lint --format sarif` as GitHub code scanning takes it in: valid against the SARIF 2.1.0
// schema, and within the rules of its ingestion (described rules with help, results with
// partial fingerprints that survive moved lines, URIs relative to the repository root).
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { docsUrl } from '../../../../src/core/lint/engine';
import { rules } from '../../../../src/core/lint/rules';
import { repo, runCliInProcess, ScratchFolders } from '../../cliRunner';

interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown?: string };
  helpUri?: string;
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
  partialFingerprints?: Record<string, string>;
}

interface SarifLog {
  runs: Array<{ tool: { driver: { rules: SarifRule[] } }; originalUriBaseIds?: Record<string, unknown>; results: SarifResult[] }>;
}

/**
 * The OASIS schema of SARIF 2.1.0 (errata 01), copied unchanged into test/schemas/. It
 * declares draft-04, whose only keyword here that later drafts spell differently is `id`:
 * ajv's default draft reads it with `$id`, the same schema otherwise.
 */
function sarifValidator() {
  const { $schema: draft04, id, ...schema } = JSON.parse(readFileSync(join(repo, 'test', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
  assert.equal(draft04, 'http://json-schema.org/draft-04/schema#');
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  return ajv.compile({ ...schema, $id: id });
}

/** A note with two identical findings: "You failed" twice in the Facts. */
const NOTE = readFileSync(join(repo, 'test', 'fixtures', 'accusatory-language', 'bad-body.md'), 'utf8').replace('You never answered', 'You failed to answer');

describe('client-notes lint --format sarif', function () {
  this.timeout(30000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  /** The SARIF log of linting `text`, saved as `name` in a scratch folder. */
  async function sarifOf(text: string, name = 'call notes.md'): Promise<SarifLog> {
    const folder = scratch.create();
    writeFileSync(join(folder, name), text);
    const { code, stdout, stderr } = await runCliInProcess(['lint', '--format', 'sarif'], folder);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    return JSON.parse(stdout) as SarifLog;
  }

  it('is valid SARIF 2.1.0 by the OASIS schema', async () => {
    const validate = sarifValidator();
    const log = await sarifOf(NOTE);
    assert.ok(log.runs[0].results.length > 0);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const empty = JSON.parse((await runCliInProcess(['lint', 'clean', '--format', 'sarif'])).stdout);
    assert.ok(validate(empty), JSON.stringify(validate.errors, null, 2));
    // The validator is no rubber stamp.
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
  });

  it('describes every rule with id, short and full descriptions, help in text and Markdown, and its page', async () => {
    const described = (await sarifOf(NOTE)).runs[0].tool.driver.rules;
    assert.deepEqual(
      described.map((rule) => rule.id),
      rules.map((rule) => rule.id),
    );
    for (const rule of described) {
      assert.ok(rule.shortDescription?.text, `${rule.id} shortDescription`);
      assert.ok(rule.fullDescription?.text, `${rule.id} fullDescription`);
      assert.ok(rule.help?.text.includes(docsUrl(rule.id)), `${rule.id} help text`);
      assert.ok(rule.help?.markdown?.includes(`](${docsUrl(rule.id)})`), `${rule.id} help markdown`);
      assert.equal(rule.helpUri, docsUrl(rule.id));
    }
  });

  it('gives URIs relative to the source root, whose absolute path stays on the machine', async () => {
    const log = await sarifOf(NOTE);
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'call%20notes.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(Object.keys(log.runs[0].originalUriBaseIds ?? {}), ['%SRCROOT%']);
    assert.doesNotMatch(JSON.stringify(log), /client-notes-cli-|file:/);
  });

  it('fingerprints every result by rule, file and message: the same after lines move, distinct for identical findings', async () => {
    const before = (await sarifOf(NOTE)).runs[0].results;
    const after = (await sarifOf(NOTE.replace('## Facts\n', '## Facts\n\nAs agreed on the phone:\n'))).runs[0].results;
    const youFailed = (results: SarifResult[]) => results.filter((result) => result.message.text.startsWith('"You failed"'));
    assert.equal(youFailed(before).length, 2);
    assert.equal(youFailed(before)[0].message.text, youFailed(before)[1].message.text);
    const fingerprints = (results: SarifResult[]) => results.map((result) => result.partialFingerprints?.['findingHash/v1']);
    for (const fingerprint of fingerprints(before)) assert.match(fingerprint ?? '', /^[0-9a-f]{32}:\d+$/);
    assert.equal(new Set(fingerprints(youFailed(before))).size, 2, 'identical findings are told apart');
    assert.deepEqual(fingerprints(after), fingerprints(before));
    assert.notDeepEqual(
      after.map((result) => result.locations[0].physicalLocation.region.startLine),
      before.map((result) => result.locations[0].physicalLocation.region.startLine),
    );
  });
});
