import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../src/core/lint/engine';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { hasPlaceholder } from '../../src/core/note/placeholders';
import { localDay } from '../../src/core/base/days';
import { expandSnippet, FIXED_NOW } from './support';
import { openNote } from '../../src/core/note/openNote';
import { nextStepsOf } from '../../src/core/note/nextSteps';
import { resolveConfig } from '../../src/core/config/config';
import { packFor } from '../../src/core/lang/packs';
import { assertGenerated } from '../generate/generated';
import { languageSnippets, snippetContributions, snippetFiles, SNIPPET_LANGUAGES } from '../generate/snippets';
import { PHRASING_NAMES } from '../generate/phrasingSnippets';

const repo = resolve(__dirname, '../../..');

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(resolve(repo, 'snippets/markdown.json'), 'utf8')) as Record<string, Snippet>;
const [year, month, date] = localDay(FIXED_NOW).split('-');
const today = { CURRENT_YEAR: year, CURRENT_MONTH: month, CURRENT_DATE: date };

function byPrefix(prefix: string): Snippet {
  const snippet = Object.values(snippets).find((candidate) => candidate.prefix === prefix);
  assert.ok(snippet, prefix);
  return snippet;
}

describe('snippets', () => {
  it('are contributed for Markdown', () => {
    const manifest = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, snippetContributions());
    assert.deepEqual(
      snippetContributions().map((contribution) => contribution.path),
      ['./snippets/markdown.json', './snippets/markdown.de.json', './snippets/markdown.fr.json'],
    );
  });

  it('have unique cn- prefixes and a description each; what §4 asks for is there', () => {
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
    assert.ok(prefixes.length >= 10);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const snippet of Object.values(snippets)) {
      assert.match(snippet.prefix, /^cn-[a-z-]+$/);
      assert.ok(snippet.description.length > 10, snippet.prefix);
      assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string'), snippet.prefix);
    }
    const wanted = ['note', 'frontmatter', 'preparation', 'facts', 'perspective', 'boundaries', 'options', 'next-steps', 'private', 'step', 'i', 'empathy'];
    for (const name of [...wanted, 'missed-deadline', 'price-increase', 'scope-change']) assert.ok(prefixes.includes(`cn-${name}`), name);
  });

  for (const snippet of Object.values(snippets)) {
    it(`${snippet.prefix}: follows the snippet grammar, and a field left at its default is still reported`, () => {
      const { text, tabStops } = expandSnippet(snippet.body.join('\n'), today);
      assert.ok(tabStops.some((n) => n > 0) && tabStops.includes(0), 'has tab stops and a final $0');
      assert.ok(hasPlaceholder(text), 'defaults are placeholders that unfilled-placeholder reports');
    });
  }

  it('cn-note with every default is a valid note with all required sections, dated today', () => {
    const { text } = expandSnippet(byPrefix('cn-note').body.join('\n'), today);
    const findings = lint(text, { now: FIXED_NOW }).messages;
    assert.deepEqual(
      findings.filter((message) => message.ruleId.startsWith('frontmatter-') || message.ruleId === 'required-sections'),
      [],
    );
    assert.equal(readFrontmatter(text)?.data?.date, '2026-11-23');
    // Written in the body's sections, as in the templates: no empty lists in the frontmatter.
    assert.match(text, /\n## Agreements\n\n- \{\{What we agreed\}\}\n/);
    for (const prefix of ['cn-note', 'cn-frontmatter']) {
      const data = readFrontmatter(expandSnippet(byPrefix(prefix).body.join('\n'), today).text)?.data ?? {};
      assert.deepEqual(['agreements', 'boundaries', 'next_steps'].filter((key) => key in data), [], prefix);
    }
    assert.match(text, /\n# \{\{One line on what it is about\}\}\n/);
  });

  it('cn-note: the title mirrors the topic, without the YAML quotes', () => {
    const body = byPrefix('cn-note').body.join('\n').replace('${6:"{{One line on what it is about\\}\\}"}', '${6:Launch moves}');
    assert.match(expandSnippet(body, today).text, /\ntopic: Launch moves\n[\s\S]*\n# Launch moves\n/);
  });

  it('cn-step: a next step with owner and due date, today by default', () => {
    const { text } = expandSnippet(byPrefix('cn-step').body.join('\n'), today);
    assert.equal(text, '- {{What}} (owner: me, due: 2026-11-23)');
  });
});

describe('snippets in German and French', () => {
  it('are what the templates and the language packs make of them', () => {
    for (const file of snippetFiles()) assertGenerated(file);
  });

  for (const language of SNIPPET_LANGUAGES) {
    const pack = packFor(language)!;
    const snippets = Object.values(languageSnippets(language));
    const prefixed = (name: string) => {
      const snippet = snippets.find((candidate) => candidate.prefix === `cn-${language}-${name}`);
      assert.ok(snippet, `cn-${language}-${name}`);
      return expandSnippet(snippet.body.join('\n'), today);
    };

    it(`cn-${language}-: a prefix and a description each, the snippet grammar, and defaults still reported`, () => {
      assert.equal(new Set(snippets.map((snippet) => snippet.prefix)).size, snippets.length);
      for (const snippet of snippets) {
        assert.match(snippet.prefix, new RegExp(`^cn-${language}-[a-z-]+$`));
        assert.ok(snippet.description.length > 10, snippet.prefix);
        const { text, tabStops } = expandSnippet(snippet.body.join('\n'), today);
        assert.ok(tabStops.some((n) => n > 0) && tabStops.includes(0), snippet.prefix);
        assert.ok(hasPlaceholder(text), snippet.prefix);
      }
    });

    it(`cn-${language}-note is a note in ${language} with every required section under the pack's titles, dated today`, () => {
      const { text } = prefixed('note');
      const findings = lint(text, { now: FIXED_NOW }).messages;
      assert.deepEqual(findings.filter((message) => message.ruleId.startsWith('frontmatter-') || message.ruleId === 'required-sections'), []);
      const { note } = openNote(text, resolveConfig());
      assert.equal(note.language.code, language);
      assert.equal(readFrontmatter(text)?.data?.date, '2026-11-23');
      for (const key of Object.keys(pack.sections) as Array<keyof typeof pack.sections>) assert.match(text, new RegExp(`\\n## ${pack.sections[key][0]}\\n`), key);
    });

    it(`cn-${language}-i, cn-${language}-empathy and the scenario ones: each English phrasing snippet, with its tab stops, saying nothing a tone rule reports`, () => {
      for (const name of PHRASING_NAMES) {
        const original = expandSnippet(byPrefix(`cn-${name}`).body.join('\n'), today);
        const translated = prefixed(name);
        assert.deepEqual(translated.tabStops, original.tabStops, `cn-${language}-${name}`);
        // Filled in with its own prompts, as a freelancer might leave them, it is still an I-statement, never blame or a judgement.
        const said = translated.text.replace(/\{\{|\}\}/gu, '');
        const note = `---\ntype: client-conversation\nlang: ${language}\n---\n\n## ${pack.sections.facts[0]}\n\n${said}\n`;
        const tone = lint(note, { now: FIXED_NOW }).messages.filter((message) => ['accusatory-language', 'judgemental-facts'].includes(message.ruleId));
        assert.deepEqual(tone, [], `cn-${language}-${name}: ${said}`);
      }
    });

    it(`cn-${language}-step: a step the note's notation reads, owned by me and due today`, () => {
      const { text } = prefixed('step');
      // Its what filled in with words of the writer's (a word that asks what to write, alone, is a prompt still, no step).
      const note = openNote(`---\ntype: client-conversation\nlang: ${language}\n---\n\n## ${pack.sections.nextSteps[0]}\n\n${text.replace(/\{\{[^{}]*\}\}/u, 'Angebot schicken')}\n`, resolveConfig()).note;
      const [step] = nextStepsOf(note);
      assert.ok(step, text);
      assert.equal(step.due, '2026-11-23', text);
      assert.equal(step.owner, pack.steps.me[0], text);
    });
  }
});

