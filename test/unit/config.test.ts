import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config';
import { parseConfigFile } from '../../src/core/configFile';

describe('configuration', () => {
  it('fills in the defaults', () => {
    const config = resolveConfig();
    assert.equal(config.followUpDays, 2);
    assert.deepEqual(
      config.requiredSections.map((section) => section.title),
      ['Facts', 'Boundaries', 'Agreed next steps'],
    );
  });

  it('lets later layers override earlier ones, merging rule options', () => {
    const config = resolveConfig(
      { rules: { 'accusatory-language': { severity: 'warning', phrases: ['you again'] } }, followUp: { days: 5 } },
      { rules: { 'accusatory-language': 'error' }, requiredSections: [{ title: 'Decision' }] },
    );
    assert.deepEqual(config.rules['accusatory-language'], { severity: 'error', options: { phrases: ['you again'] } });
    assert.equal(config.followUpDays, 5);
    assert.deepEqual(config.requiredSections, [{ title: 'Decision', aliases: [] }]);
  });

  it('reads JSON and YAML config files', () => {
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', '{"rules":{"date-order":"off"}}'), {
      config: { rules: { 'date-order': 'off' } },
      problems: [],
    });
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'followUp:\n  days: 3\n').config, { followUp: { days: 3 } });
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', '').config, {});
  });

  it('names the file and the problem for a bad config', () => {
    assert.match(parseConfigFile('.clientnotesrc.json', '{"rules":').problems[0], /^\.clientnotesrc\.json: cannot be parsed/);
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', '{"rules":{"date-order":"loud"}}').problems, [
      '.clientnotesrc.json: rules.date-order must be a severity ("off", "info", "warning", "error") or an object with "severity" and the rule\'s options',
    ]);
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', '{"rules":{"date-ordre":"off"}}').problems, [
      '.clientnotesrc.json: rules has an unknown key "date-ordre"; did you mean "date-order"?',
    ]);
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'rules:\n  date-order:\n    severity: loud\n').problems, [
      '.clientnotesrc.yaml: rules.date-order.severity must be one of "off", "info", "warning", "error"',
    ]);
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'followUp:\n  days: -1\n').problems, [
      '.clientnotesrc.yaml: followUp.days must be >= 0',
    ]);
  });
});
