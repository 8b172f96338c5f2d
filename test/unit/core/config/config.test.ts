import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAMES, resolveConfig } from '../../../../src/core/config/config';
import { configFileEdits, parseConfigFile } from '../../../../src/core/config/configFile';
import { applyEdits, fixAll } from '../../../../src/core/lint/engine';

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

  describe('a setting written into a config file, as typed by hand (Set Your Name for Recaps)', () => {
    const setName = (fileName: string, text: string, name = 'Sam Lee') => {
      const edits = configFileEdits(fileName, text, ['summary'], [['myName', { text: name }]]);
      if (!edits) return undefined;
      const after = applyEdits(text, edits).text;
      assert.deepEqual(parseConfigFile(fileName, after).problems, [], after);
      return after;
    };

    it('makes a whole file of an empty one, in its notation', () => {
      assert.equal(setName('.clientnotesrc.yaml', ''), 'summary:\n  myName: Sam Lee\n');
      assert.equal(setName('.clientnotesrc.json', ''), '{ "summary": { "myName": "Sam Lee" } }\n');
    });

    it('keeps the comments, order and layout of a YAML file', () => {
      const yaml = '# shared with the team\nfollowUp:\n  days: 3 # a working week\nsummary:\n  from: Sam Lee <sam@lee.example>\n  myName: Old   # me\nrules:\n  date-order: off\n';
      assert.equal(setName('.clientnotesrc.yaml', yaml), yaml.replace('myName: Old   # me', 'myName: Sam Lee # me'));
      assert.equal(setName('.clientnotesrc.yml', 'followUp:\n  days: 3\n'), 'followUp:\n  days: 3\nsummary:\n  myName: Sam Lee\n');
    });

    it('keeps a JSON file JSON, as its formatter wrote it', () => {
      const json = `${JSON.stringify({ rules: { 'date-order': 'off' }, followUp: { days: 3 } }, null, 2)}\n`;
      const written = setName('.clientnotesrc.json', json, 'Sam "Design" Lee')!;
      assert.equal(written, json.replace('"days": 3\n  }', '"days": 3\n  },\n  "summary": { "myName": "Sam \\"Design\\" Lee" }'));
      assert.deepEqual(JSON.parse(written), { rules: { 'date-order': 'off' }, followUp: { days: 3 }, summary: { myName: 'Sam "Design" Lee' } });
      const named = setName('.clientnotesrc.json', '{"summary":{"myName":"Old","from":"x"}}')!;
      assert.deepEqual(JSON.parse(named), { summary: { myName: 'Sam Lee', from: 'x' } });
      assert.deepEqual(JSON.parse(setName('.clientnotesrc.json', '{"summary":{}}')!), { summary: { myName: 'Sam Lee' } });
    });

    it('keeps a BOM; offers nothing for a file that does not parse or is not a mapping', () => {
      assert.equal(setName('.clientnotesrc.yaml', '\uFEFFfollowUp:\n  days: 3\n'), '\uFEFFfollowUp:\n  days: 3\nsummary:\n  myName: Sam Lee\n');
      assert.equal(setName('.clientnotesrc.json', '{"summary":'), undefined);
      assert.equal(setName('.clientnotesrc.yaml', '- a\n'), undefined);
    });
  });

  it('names the file and the problem for a bad config', () => {
    assert.match(parseConfigFile('.clientnotesrc.json', '{"rules":').problems[0], /^\.clientnotesrc\.json: cannot be parsed/);
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', '{"rules":{"date-order":"loud"}}').problems, [
      '.clientnotesrc.json: rules.date-order must be a severity ("off", "info", "warning", "error") or an object with "severity" and the rule\'s options',
    ]);
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', '{"rules":{"date-ordre":"off"}}').problems, [
      '.clientnotesrc.json: rules has an unknown key "date-ordre"; did you mean "date-order"?',
    ]);
    // A key one level down or more, inside a rule's setting the rules share, a rule's own options or a section of settings.
    assert.deepEqual(
      parseConfigFile('.clientnotesrc.json', '{"rules":{"date-order":{"sevrity":"off"},"judgemental-facts":{"wrds":[]}},"recap":{"myNme":"x"},"history":{"signals":{"escalatin":2}}}').problems,
      [
        '.clientnotesrc.json: rules.judgemental-facts has an unknown key "wrds"; did you mean "words"?',
        '.clientnotesrc.json: rules.date-order has an unknown key "sevrity"; did you mean "severity"?',
        '.clientnotesrc.json: recap has an unknown key "myNme"; did you mean "myName"?',
        '.clientnotesrc.json: history.signals has an unknown key "escalatin"; did you mean "escalation"?',
      ],
    );
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'rules:\n  date-order:\n    severity: loud\n').problems, [
      '.clientnotesrc.yaml: rules.date-order.severity must be one of "off", "info", "warning", "error"',
    ]);
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'followUp:\n  days: -1\n').problems, [
      '.clientnotesrc.yaml: followUp.days must be at least 0',
    ]);
    // Each keyword is worded here, not by ajv (whose sentences are not bundled).
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'language: english\nrecap:\n  tone:\n    bogus: {}\nrequiredSections: [Facts]\nhistory:\n  signals:\n    escalation: soon\n').problems, [
      '.clientnotesrc.yaml: requiredSections.0 must be object',
      '.clientnotesrc.yaml: language must be a language notes are read in: en, de or fr, with a region if you like (de-CH, fr-CA)',
      '.clientnotesrc.yaml: recap.tone must be one of "scope-change", "missed-deadline", "price-increase", "budget-constraints", "unrealistic-expectations", "quality-complaint", "invoice-dispute", "miscommunication", "contract-termination", "other", "default"',
      '.clientnotesrc.yaml: recap.tone has an unknown key "bogus"',
      '.clientnotesrc.yaml: history.signals.escalation must be a whole number from 1 up, or "off"',
    ]);
  });

  it('refuses a required section no heading can hold (`---`, `#`, blanks, a line break), which Fix All would insert for ever', () => {
    for (const title of ['---', '#', '   ', 'Facts\nMore', '*', '\r']) {
      const { config, problems } = parseConfigFile('.clientnotesrc.json', JSON.stringify({ requiredSections: [{ title }] }));
      assert.equal(config, undefined, JSON.stringify(title));
      assert.deepEqual(problems, ['.clientnotesrc.json: requiredSections.0.title must hold a letter or a digit, on one line: a heading can hold it and be found by it'], JSON.stringify(title));
    }
    assert.deepEqual(parseConfigFile('.clientnotesrc.json', JSON.stringify({ requiredSections: [{ title: '1. Décision' }, { title: '📅 2026' }] })).problems, []);
    // The editor's settings are not held to the schema: such titles are passed over, and Fix All ends.
    const resolved = resolveConfig({ requiredSections: [{ title: '---' }, { title: 'Decision', aliases: ['#', 'Choice'] }] });
    assert.deepEqual(resolved.requiredSections, [{ title: 'Decision', aliases: ['Choice'] }]);
    const note = '---\ntype: client-conversation\nclient: A\ndate: 2026-11-20\n---\n\n# Talk\n';
    const once = fixAll(note, { config: resolveConfig({ requiredSections: [{ title: '---' }, { title: 'Decision' }] }) }).text;
    assert.equal(fixAll(once, { config: resolveConfig({ requiredSections: [{ title: '---' }, { title: 'Decision' }] }) }).text, once, 'a second Fix All changes nothing');
    assert.equal(once.match(/^## /gm)?.length, 1);
  });

  it('reads config only from JSON and YAML files, never from a script', () => {
    // A .js or .cjs config would have to be run to be read.
    assert.deepEqual(CONFIG_FILE_NAMES, ['.clientnotesrc.json', '.clientnotesrc.yaml', '.clientnotesrc.yml']);
  });

  it('reads a YAML config as plain data: a !!js/function, !!binary or custom tag is refused, naming it, and never run', () => {
    const refusal = (tag: string, line: number) =>
      `.clientnotesrc.yaml: the tag ${tag} on line ${line} is not allowed: a config file holds plain data (text, numbers, true/false, lists and maps), never code or custom types`;
    const cases: Array<[string, string, number]> = [
      ['rules:\n  date-order: !!js/function "function () { return \'off\' }"\n', '!!js/function', 2],
      ['summary:\n  signature: !vault signatures/sam\n', '!vault', 2],
      // A YAML 1.1 tag yaml knows: it would otherwise become a Buffer.
      ['followUp: !!binary aGVsbG8=\n', '!!binary', 1],
      ['%TAG !x! tag:example.com,2000:\n---\nfollowUp: !x!days 3\n', '!x!days', 3],
    ];
    for (const [text, tag, line] of cases) {
      assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', text), { config: undefined, problems: [refusal(tag, line)] }, tag);
    }
  });

  it("keeps the YAML core schema's own tags (!!str, !!int) as the values they name", () => {
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'followUp:\n  days: !!int "3"\nsummary:\n  signature: !!str 42\n'), {
      config: { followUp: { days: 3 }, summary: { signature: '42' } },
      problems: [],
    });
  });

  it('reports a YAML syntax error on one line, with its position', () => {
    assert.deepEqual(parseConfigFile('.clientnotesrc.yaml', 'rules: [\n').problems, [
      '.clientnotesrc.yaml: cannot be parsed: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1',
    ]);
  });
});

describe('the recap settings, recap.* and their old name summary.*', () => {
  const cases = [
    { key: 'signature', old: 'Old Sig', current: 'New Sig', expected: 'New Sig' },
    { key: 'includeSections', old: ['Facts'], current: ['Timeline'], expected: ['Timeline'] },
    { key: 'from', old: 'Old <old@example.com>', current: 'New <new@example.com>', expected: 'New <new@example.com>' },
    { key: 'myName', old: 'Old Name', current: 'New Name', expected: 'New Name' },
    { key: 'tone', old: { default: { opening: 'Old.' } }, current: { default: { opening: 'New.' } }, expected: { default: { opening: 'New.' } } },
  ] as const;
  const read = (file: Record<string, unknown>) => {
    const { config, problems } = parseConfigFile('.clientnotesrc.json', JSON.stringify(file));
    assert.deepEqual(problems, []);
    return resolveConfig(config).recap;
  };
  for (const { key, old, current, expected } of cases) {
    it(`reads recap.${key} and summary.${key} from a config file, recap.${key} winning over summary.${key}`, () => {
      assert.deepEqual(read({ recap: { [key]: current } })[key], expected);
      assert.deepEqual(read({ summary: { [key]: old } })[key], old);
      assert.deepEqual(read({ summary: { [key]: old }, recap: { [key]: current } })[key], expected);
      assert.deepEqual(read({ recap: { [key]: current }, summary: { [key]: old } })[key], expected, 'whatever the order they are written in');
    });
  }

  it('takes a later layer over an earlier one, whichever name either uses', () => {
    assert.equal(resolveConfig({ recap: { myName: 'Settings' } }, { summary: { myName: 'File' } }).recap.myName, 'File');
  });
});
