// Findings in the reader's language (issue 30): every English message and quick-fix title
// has a German and a French translation with the same parts to fill in; the command line
// words its findings by --locale, else CLIENT_NOTES_LOCALE, else in English; rule ids, the
// JSON and the SARIF shapes are the same in every language.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../../../src/core/config/config';
import { MESSAGE_CATALOGS, messageCatalog } from '../../../../src/core/lang/messages';
import { en } from '../../../../src/core/lang/messages/en';
import { lint } from '../../../../src/core/lint/engine';
import { runCliInProcess } from '../../cliRunner';
import { FIXED_NOW } from '../../support';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  for (const [language, catalog] of Object.entries(MESSAGE_CATALOGS).filter(([language]) => language !== 'en')) {
    it(`${language} translates every English message and quick-fix title, with the same parts to fill in`, () => {
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(en).sort());
      for (const [key, english] of Object.entries(en) as Array<[keyof typeof en, string]>) {
        const translated = catalog[key];
        assert.ok(translated.trim().length > 0, `${language} ${key} is empty`);
        assert.notEqual(translated, english, `${language} ${key} is the English`);
        assert.deepEqual(placeholders(translated), placeholders(english), `${language} ${key} fills in other parts than the English`);
      }
    });
  }

  it('chooses the catalog by the primary language of a tag, English for any other', () => {
    assert.equal(messageCatalog('de-AT').language, 'de');
    assert.equal(messageCatalog('fr_CA.UTF-8').language, 'fr');
    assert.equal(messageCatalog('es').language, 'en');
    assert.equal(messageCatalog(undefined).language, 'en');
  });

  const NOTE = '---\ntype: client-conversation\nclient: Acme\ndate: 2026-11-20\nscenario: scope-change\ntopic: New pages\n---\n\n## Facts\n\n- You failed to send the copy.\n';

  it('words the findings of one note in the reader’s language, at the same places, with the same rule ids', () => {
    const config = resolveConfig();
    const shape = (locale?: string) => lint(NOTE, { config, now: FIXED_NOW, locale }).messages.map(({ ruleId, severity, start, end, fix }) => ({ ruleId, severity, start, end, fix: fix && { edits: fix.edits, safe: fix.safe } }));
    const words = (locale?: string) => lint(NOTE, { config, now: FIXED_NOW, locale }).messages.map((message) => [message.message, message.fix?.title]);
    assert.deepEqual(shape('de'), shape());
    assert.deepEqual(shape('fr'), shape());
    assert.ok(words('de').some(([message]) => message === 'Der Abschnitt „Boundaries“ (oder „Limits“, „What I can and cannot do“, …) fehlt.'), JSON.stringify(words('de')));
    assert.ok(words('de').some(([, title]) => title === 'Abschnitt „Boundaries“ einfügen'), JSON.stringify(words('de')));
    assert.ok(words('fr').some(([message]) => message === '« You failed » sonne comme un reproche. Un message en « je » garde le client à l’écoute : « J’ai remarqué… », « Je comprends qu’il y a eu un retard… ».'));
    assert.ok(words().some(([message]) => message === 'Missing section "Boundaries" (or "Limits", "What I can and cannot do", …).'));
  });
});

describe('a YAML mistake in the reader’s language', () => {
  const folder = join('test', 'fixtures', 'frontmatter-syntax');
  const broken = readdirSync(folder).filter((name) => name.startsWith('bad-') && name.endsWith('.md'));
  const yamlFindings = (text: string, locale?: string) =>
    lint(text, { config: resolveConfig(), now: FIXED_NOW, locale }).messages.filter((message) => message.ruleId === 'frontmatter-syntax');

  it('words each kind of broken frontmatter in German and French, at the places the English names', () => {
    assert.ok(broken.length >= 15, broken.join(', '));
    for (const name of broken) {
      const text = readFileSync(join(folder, name), 'utf8');
      const english = yamlFindings(text);
      assert.ok(english.length > 0, name);
      // Each kind in words of its own: never the YAML library's English after "Invalid YAML".
      assert.ok(!english.some((finding) => finding.message.startsWith('Invalid YAML')), `${name}: ${english.map((finding) => finding.message).join(' ')}`);
      for (const locale of ['de', 'fr']) {
        const translated = yamlFindings(text, locale);
        assert.deepEqual(translated.map(({ start, end }) => [start, end]), english.map(({ start, end }) => [start, end]), `${name} ${locale}`);
        translated.forEach((finding, index) => assert.notEqual(finding.message, english[index].message, `${name} ${locale}: ${finding.message}`));
      }
    }
  });
});

describe('client-notes lint --locale', () => {
  it('prints German findings with --locale de, French ones by CLIENT_NOTES_LOCALE, English by default', async () => {
    const german = await runCliInProcess(['lint', 'notes', '--locale', 'de']);
    assert.match(german.stdout, /Der Abschnitt „Boundaries“ \(oder „Limits“/u);
    const french = await runCliInProcess(['lint', 'notes'], undefined, undefined, { env: { CLIENT_NOTES_LOCALE: 'fr_FR.UTF-8' } });
    assert.match(french.stdout, /Il manque la section « Boundaries » \(ou « Limits »/u);
    const english = await runCliInProcess(['lint', 'notes'], undefined, undefined, { env: { CLIENT_NOTES_LOCALE: '' } });
    assert.match(english.stdout, /Missing section "Boundaries" \(or "Limits"/u);
    assert.equal(german.code, english.code);
  });

  it('keeps the JSON and SARIF shapes and the rule ids in every language', async () => {
    const outline = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(outline) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, outline(entry)])) : typeof value;
    for (const format of ['json', 'sarif']) {
      const english = JSON.parse((await runCliInProcess(['lint', 'notes', '--format', format])).stdout) as unknown;
      const german = JSON.parse((await runCliInProcess(['lint', 'notes', '--format', format, '--locale', 'de'])).stdout) as unknown;
      assert.deepEqual(outline(german), outline(english), format);
      const ruleIds = (report: unknown) => JSON.stringify(report).match(/"ruleId":"[^"]+"/gu);
      assert.deepEqual(ruleIds(german), ruleIds(english), format);
    }
  });

  it('refuses a language there is no catalog of, in one line', async () => {
    const { code, stderr } = await runCliInProcess(['lint', 'notes', '--locale', 'es']);
    assert.equal(code, 2);
    assert.match(stderr, /--locale takes en, de or fr/u);
  });
});
