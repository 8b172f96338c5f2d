import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lint } from '../../../../src/core/lint/engine';
import { readFrontmatter } from '../../../../src/core/note/frontmatter';
import { parseNote } from '../../../../src/core/note/parseNote';
import { hasPlaceholder, PLACEHOLDER } from '../../../../src/core/note/placeholders';
import { SCENARIOS } from '../../../../src/core/note/scenarios';
import { DEFAULT_REQUIRED_SECTIONS, KNOWN_SECTIONS } from '../../../../src/core/note/sections';
import { buildRecapModel } from '../../../../src/core/recap';
import { BUILT_IN_TEMPLATES, BUNDLED_TEMPLATE_TEXTS } from '../../../../src/core/scaffold/bundledTemplates';
import { builtInTemplatePath, builtInTemplates, CONTACT_PROMPT, findTemplate, listTemplates, renderTemplate, TEMPLATE_LANGUAGES, templateLanguage, type TemplateVariables } from '../../../../src/core/scaffold/templates';
import { packFor } from '../../../../src/core/lang/packs';
import type { SectionKey } from '../../../../src/core/lang/pack';
import { expandSnippet, FIXED_NOW } from '../../support';

/** Values that break naive YAML or snippets: quotes, a comment sign, a leading dash, `$`, `}`, `\`. */
const AWKWARD: Omit<TemplateVariables, 'scenario'> = {
  client: 'Acme: "Ltd" #1',
  contact: "- O'Brien, Seán <sean@acme.example>",
  date: '2026-11-20',
  topic: 'Budget $5k {phase} 2 \\ cut: yes? [draft] & *more*',
};

function frontmatterOf(text: string): Record<string, unknown> {
  const frontmatter = readFrontmatter(text);
  assert.ok(frontmatter?.data, 'the rendered note has readable frontmatter');
  return frontmatter.data;
}

/**
 * What the guidance says to prepare and record, the line label that asks for it, and the
 * section it belongs in: private (Preparation, Client's perspective, Private notes) or
 * client-facing (Options discussed).
 */
const GUIDANCE_ASKS: ReadonlyArray<{ ask: string; label: RegExp; section: string; only?: readonly string[] }> = [
  { ask: 'the outcome I want', label: /^- The outcome I want: \{\{/m, section: 'Preparation' },
  { ask: 'the questions to ask', label: /^- Questions to ask: \{\{/m, section: 'Preparation' },
  { ask: 'a private, unhurried time and place', label: /^- When and where: \{\{/m, section: 'Preparation' },
  { ask: 'a break if it gets heated', label: /^- If it gets heated: \{\{/m, section: 'Preparation' },
  { ask: 'the outcome the client wants', label: /^- The outcome they want: \{\{/m, section: "Client's perspective" },
  { ask: 'what I heard back', label: /^- What I heard: \{\{/m, section: "Client's perspective" },
  { ask: 'the questions still open', label: /^- Open questions: \{\{/m, section: 'Options discussed' },
  { ask: 'lessons learned', label: /^- Lessons learned: \{\{/m, section: 'Private notes' },
  {
    ask: 'a walk-away point',
    label: /^- My walk-away point: \{\{/m,
    section: 'Private notes',
    only: ['price-increase', 'budget-constraints', 'unrealistic-expectations', 'invoice-dispute', 'contract-termination', 'scope-change', 'other'],
  },
];

/** The scenario's own asks from the guidance, by client-facing section: what the recap can carry. */
const SCENARIO_ASKS: Partial<Record<string, Record<string, readonly string[]>>> = {
  'missed-deadline': { Facts: ['My part'], 'Options discussed': ['Revised timeline', 'To prevent a repeat'] },
  'price-increase': { Facts: ['Context', 'What the client gains'], 'Options discussed': ['Their concerns'] },
  'scope-change': { Boundaries: ['In scope', 'Out of scope'], 'Options discussed': ['Cost of the change', 'Time of the change'] },
  'invoice-dispute': { Facts: ['What I checked', 'The figures'] },
  'quality-complaint': { Facts: ['What fell short'], 'Options discussed': ['The fix'] },
};

/** Where each scenario asks what changes to prevent a repeat, in a client-facing section. */
const PREVENT_A_REPEAT = /^- (?:To prevent a repeat|From now on): \{\{/m;

describe('note templates', () => {
  it('has one built-in template per scenario, in scenario order', () => {
    assert.deepEqual(
      BUILT_IN_TEMPLATES.map((template) => template.name),
      SCENARIOS.map((scenario) => scenario.id),
    );
  });

  for (const template of BUILT_IN_TEMPLATES) {
    describe(template.name, () => {
      const rendered = renderTemplate(template.text, { ...AWKWARD, scenario: template.scenario });

      it('renders to a valid note with the values exactly as given', () => {
        const data = frontmatterOf(rendered.text);
        assert.deepEqual(
          { type: data.type, client: data.client, contact: data.contact, date: data.date, scenario: data.scenario, topic: data.topic },
          { type: 'client-conversation', ...AWKWARD, scenario: template.name },
        );
        assert.equal(data.channel, 'video-call', 'a live channel by default');
        // The body's Agreements, Boundaries and Agreed next steps sections are where these are
        // written: an empty list beside them would ask for each twice.
        assert.deepEqual(['agreements', 'boundaries', 'next_steps'].filter((key) => key in data), []);
        assert.deepEqual(data.follow_up, { sent: false });
        assert.ok(rendered.text.includes(`\n# ${AWKWARD.topic}\n`), 'the topic is the title');
      });

      it('lints with no frontmatter or section findings, only the prompts left to fill', () => {
        const findings = lint(rendered.text, { now: FIXED_NOW }).messages.filter((message) => message.ruleId !== 'follow-up-overdue');
        const rules = new Set(findings.map((message) => message.ruleId));
        assert.ok(rules.has('unfilled-placeholder'));
        for (const rule of rules) assert.ok(['unfilled-placeholder', 'empty-section'].includes(rule), `${rule}: ${findings.find((m) => m.ruleId === rule)?.message}`);
      });

      it('before the conversation, shows its prompts as one info per section and nothing as a warning', () => {
        const onTheDay = renderTemplate(template.text, { ...AWKWARD, date: '2026-11-23', scenario: template.scenario });
        const findings = lint(onTheDay.text, { now: FIXED_NOW }).messages;
        assert.deepEqual(
          findings.map((message) => `${message.severity} ${message.ruleId}`),
          findings.map(() => 'info unfilled-placeholder'),
        );
        assert.ok(findings.length > 0 && findings.length <= KNOWN_SECTIONS.length, `${findings.length} findings`);
      });

      it('has every known section once, in canonical order, each with a prompt', () => {
        const note = parseNote(rendered.text, DEFAULT_REQUIRED_SECTIONS);
        const sections = note.sections.filter((section) => section.depth === 2);
        assert.deepEqual(
          sections.map((section) => section.title),
          KNOWN_SECTIONS.map((section) => section.title),
        );
        for (const section of sections) {
          assert.ok(hasPlaceholder(rendered.text.slice(section.contentStart, section.contentEnd)), `${section.title} asks for something`);
        }
      });

      it('asks for what the guidance says to prepare and record, each in its own section', () => {
        const note = parseNote(rendered.text, DEFAULT_REQUIRED_SECTIONS);
        const sectionText = (title: string): string => {
          const section = note.sections.find((candidate) => candidate.title === title);
          assert.ok(section, title);
          return rendered.text.slice(section.contentStart, section.contentEnd);
        };
        for (const { ask, label, section, only } of GUIDANCE_ASKS) {
          const asked = label.test(rendered.text);
          assert.equal(asked, !only || only.includes(template.name), `${ask}${asked ? '' : ' is not asked for'}`);
          if (asked) assert.match(sectionText(section), label, `${ask} belongs in ${section}`);
        }
        if (template.name !== 'contract-termination') assert.match(sectionText('Options discussed'), PREVENT_A_REPEAT, 'what changes to prevent a repeat');
        assert.match(sectionText('Agreements'), /^- \{\{/m, 'an agreement to write');
        for (const [section, labels] of Object.entries(SCENARIO_ASKS[template.name] ?? {})) {
          for (const label of labels) assert.ok(sectionText(section).includes(`\n- ${label}: {{`), `${label} in ${section}`);
        }
      });

      it('keeps its guidance in comments: no placeholder inside them, none in the recap', () => {
        for (const comment of template.text.match(/<!--[\s\S]*?-->/g) ?? []) assert.ok(!hasPlaceholder(comment), comment);
        const recap = buildRecapModel(rendered.text, { includeSections: ['Facts', 'Boundaries', 'Options discussed', 'Agreed next steps'] });
        assert.ok(recap.ok, recap.ok ? '' : recap.problems.join('\n'));
        assert.doesNotMatch(JSON.stringify(recap.model), /<!--|For your eyes only/);
      });

      it('as a snippet: the same note once every field keeps its default, each prompt a tab stop in order', () => {
        const expanded = expandSnippet(rendered.snippet);
        assert.equal(expanded.text, rendered.text);
        const prompts = rendered.text.match(PLACEHOLDER) ?? [];
        assert.deepEqual(
          expanded.tabStops,
          [...prompts.map((_, index) => index + 1), 0],
        );
        assert.ok(rendered.snippet.endsWith('$0'));
      });
    });
  }

  for (const language of ['de', 'fr'] as const) {
    const pack = packFor(language)!;
    describe(`in ${language}`, () => {
      it('has one built-in template per scenario, in scenario order', () => {
        assert.deepEqual(
          builtInTemplates(BUNDLED_TEMPLATE_TEXTS[language]).map((template) => template.name),
          SCENARIOS.map((scenario) => scenario.id),
        );
      });

      for (const template of builtInTemplates(BUNDLED_TEMPLATE_TEXTS[language])) {
        describe(template.name, () => {
          const rendered = renderTemplate(template.text, { ...AWKWARD, scenario: template.scenario });

          it('renders to a valid note in its language, the frontmatter keys in English', () => {
            const data = frontmatterOf(rendered.text);
            assert.deepEqual(
              { type: data.type, lang: data.lang, client: data.client, contact: data.contact, date: data.date, scenario: data.scenario, topic: data.topic, channel: data.channel },
              { type: 'client-conversation', lang: language, ...AWKWARD, scenario: template.name, channel: 'video-call' },
            );
            assert.deepEqual(data.follow_up, { sent: false });
          });

          it('lints like the English template: only the prompts left to fill', () => {
            const findings = lint(rendered.text, { now: FIXED_NOW }).messages.filter((message) => message.ruleId !== 'follow-up-overdue');
            const rules = new Set(findings.map((message) => message.ruleId));
            assert.ok(rules.has('unfilled-placeholder'));
            for (const rule of rules) assert.ok(['unfilled-placeholder', 'empty-section'].includes(rule), `${rule}: ${findings.find((m) => m.ruleId === rule)?.message}`);
            const english = findTemplate(BUILT_IN_TEMPLATES, template.name)!;
            const englishFindings = lint(renderTemplate(english.text, { ...AWKWARD, scenario: english.scenario }).text, { now: FIXED_NOW }).messages;
            assert.equal(lint(rendered.text, { now: FIXED_NOW }).messages.length, englishFindings.length, 'as many findings as the English template');
          });

          it('before the conversation, shows its prompts as one info per section and nothing as a warning', () => {
            const onTheDay = renderTemplate(template.text, { ...AWKWARD, date: '2026-11-23', scenario: template.scenario });
            const findings = lint(onTheDay.text, { now: FIXED_NOW }).messages;
            assert.deepEqual(
              findings.map((message) => `${message.severity} ${message.ruleId}`),
              KNOWN_SECTIONS.map(() => 'info unfilled-placeholder'),
            );
          });

          it("has every known section once, in canonical order, under its pack's title, each with a prompt", () => {
            const note = parseNote(rendered.text, DEFAULT_REQUIRED_SECTIONS);
            assert.equal(note.language.code, language);
            const sections = note.sections.filter((section) => section.depth === 2);
            assert.deepEqual(
              sections.map((section) => section.title),
              KNOWN_SECTIONS.map((section) => pack.sections[section.key as SectionKey][0]),
            );
            for (const section of sections) {
              assert.ok(hasPlaceholder(rendered.text.slice(section.contentStart, section.contentEnd)), `${section.title} asks for something`);
            }
          });

          it('keeps its guidance in comments, and its recap in the language without them', () => {
            for (const comment of template.text.match(/<!--[\s\S]*?-->/g) ?? []) assert.ok(!hasPlaceholder(comment), comment);
            const filled = rendered.text.replace(PLACEHOLDER, 'x');
            const recap = buildRecapModel(filled, {});
            assert.ok(recap.ok, recap.ok ? '' : recap.problems.join('\n'));
            assert.doesNotMatch(JSON.stringify(recap.model), /<!--|Nur für Sie|Pour vous seul/);
          });

          it('as a snippet: the same note once every field keeps its default', () => {
            assert.equal(expandSnippet(rendered.snippet).text, rendered.text);
          });

          if (language === 'fr') {
            it('writes French typography: a narrow no-break space before : ; ? ! and inside « »', () => {
              const body = template.text.slice(readFrontmatter(template.text)!.contentEnd);
              assert.doesNotMatch(body, /[ \t][:;?!»]|«[ \t]/);
              assert.doesNotMatch(body.replace(/<!--|-->/g, ''), /\S[:;?!]/u);
            });
          }
        });
      }
    });
  }

  it('bundles for the command line the files the editor reads from the extension\'s folder', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const { id } of SCENARIOS) assert.equal(BUNDLED_TEMPLATE_TEXTS[language][id], readFileSync(builtInTemplatePath(language, id), 'utf8'), `${language} ${id}`);
    }
  });

  it('picks the templates of a language tag, English for any other', () => {
    assert.deepEqual(['de', 'de-CH', 'FR', 'fr_CA', 'en', 'es', undefined].map(templateLanguage), ['de', 'de', 'fr', 'fr', 'en', 'en', 'en']);
    assert.match(findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.de), 'other')!.text, /^## Vorbereitung$/m);
    assert.match(findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.fr, [{ name: 'other.md', text: 'mine' }]), 'other')!.text, /^mine$/);
  });

  describe('renderTemplate', () => {
    const template = findTemplate(BUILT_IN_TEMPLATES, 'missed-deadline')!.text;

    it('asks for an unknown contact with a placeholder that is still a valid note, a tab stop in the snippet', () => {
      for (const contact of [undefined, '', '  ']) {
        const rendered = renderTemplate(template, { ...AWKWARD, contact, scenario: 'missed-deadline' });
        assert.equal(frontmatterOf(rendered.text).contact, CONTACT_PROMPT);
        assert.ok(!lint(rendered.text, { now: FIXED_NOW }).messages.some((message) => message.ruleId.startsWith('frontmatter-')));
        assert.match(rendered.snippet, /\ncontact: \$\{1:"\{\{Name <email>\\\}\\\}"\}\n/);
      }
    });

    it('puts values in the body as plain text, escaped for the snippet, and never treats them as placeholders', () => {
      const rendered = renderTemplate('---\ntopic: {{topic}}\n---\n\n# {{topic}}\n\n{{Prompt}} costs $9 {{client}}\n', {
        client: '{{not a prompt}} $HOME',
        date: '2026-11-20',
        topic: 'x }} ${1:y} \\',
        scenario: 'other',
      });
      assert.equal(rendered.text, '---\ntopic: x }} ${1:y} \\\n---\n\n# x }} ${1:y} \\\n\n{{Prompt}} costs $9 {{not a prompt}} $HOME\n');
      assert.equal(
        rendered.snippet,
        '---\ntopic: x \\}\\} \\${1:y\\} \\\\\n---\n\n# x \\}\\} \\${1:y\\} \\\\\n\n${1:{{Prompt\\}\\}} costs \\$9 {{not a prompt\\}\\} \\$HOME\n$0',
      );
      assert.deepEqual(expandSnippet(rendered.snippet), { text: rendered.text, tabStops: [1, 0] });
    });

    it('quotes a value for where it stands: in a [list], in a {mapping}, or inside a longer value', () => {
      const custom = [
        '---',
        'type: client-conversation',
        'client: {{client}}',
        'attendees: [{{client}}, Sam Lee]',
        'follow_up: {due: {{date}}}',
        'topic: Call with {{client}} about {{topic}}',
        'agreements:',
        '  - "{{client}} pays {{topic}}"',
        '  - {{client}} and {{contact}}',
        '---',
        '',
        '# {{topic}}',
        '',
      ].join('\n');
      for (const client of ['a, b]', 'x}, y: {z', 'Acme: "Ltd" #1', "it's [1]"]) {
        const rendered = renderTemplate(custom, { client, topic: 'c, d] #e', date: '2026-11-20', scenario: 'other' });
        const data = frontmatterOf(rendered.text);
        assert.equal(data.client, client);
        assert.deepEqual(data.attendees, [client, 'Sam Lee']);
        assert.deepEqual(data.follow_up, { due: '2026-11-20' });
        assert.equal(data.topic, `Call with ${client} about c, d] #e`);
        assert.deepEqual(data.agreements, [`${client} pays c, d] #e`, `${client} and ${CONTACT_PROMPT}`]);
        // The contact not known is a tab stop, the whole value it stands in.
        const expanded = expandSnippet(rendered.snippet);
        assert.equal(expanded.text, rendered.text);
        assert.deepEqual(expanded.tabStops, [1, 0]);
      }
    });

    it('makes each value one line, so that the title stays a heading', () => {
      const rendered = renderTemplate(template, { ...AWKWARD, topic: ' Two\r\nlines\u2028here ', scenario: 'missed-deadline' });
      assert.equal(frontmatterOf(rendered.text).topic, 'Two lines here');
      assert.ok(rendered.text.includes('\n# Two lines here\n'));
    });

    it('never throws, and any one-line value comes back exactly from the YAML', () => {
      const oneLine = fc.string({ unit: 'binary' }).map((value) => value.replace(/[\r\n\u0085\u2028\u2029]/g, ' ').trim());
      fc.assert(
        fc.property(oneLine.filter((value) => value.length > 0), oneLine, (client, topic) => {
          const rendered = renderTemplate(template, { client, topic, date: '2026-11-20', scenario: 'missed-deadline' });
          const data = frontmatterOf(rendered.text);
          assert.equal(data.client, client);
          assert.equal(data.topic, topic);
          assert.equal(expandSnippet(rendered.snippet).text, rendered.text);
        }),
      );
    });
  });

  describe('user templates', () => {
    const scopeChange = '---\ntype: client-conversation\nclient: {{client}}\n---\n\n# Mine\n';

    it('a file named after a scenario replaces the built-in in place; its description comment is taken off', () => {
      const templates = listTemplates(BUNDLED_TEMPLATE_TEXTS.en, [{ name: 'Scope-Change.md', text: `\uFEFF<!-- description: Our agency's scope talk -->\n${scopeChange}` }]);
      assert.deepEqual(
        templates.map((template) => template.name),
        SCENARIOS.map((scenario) => scenario.id),
      );
      const replaced = findTemplate(templates, 'scope-change')!;
      assert.deepEqual(
        { ...replaced },
        { name: 'scope-change', label: 'Scope change', description: "Our agency's scope talk", scenario: 'scope-change', origin: 'user', text: scopeChange },
      );
      // Without a comment, the editor's picker describes it as it describes the built-in.
      assert.equal(findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.en, [{ name: 'scope-change.md', text: scopeChange }]), 'scope-change')!.description, undefined);
    });

    it('other .md files are new choices after the built-ins, by name, for scenario other; other files are ignored', () => {
      const templates = listTemplates(BUNDLED_TEMPLATE_TEXTS.en, [
        { name: 'retainer_renewal.md', text: scopeChange },
        { name: 'annual-review.MD', text: '<!--description:\n  Once a year,\n  with the numbers -->\n---\n' },
        { name: 'notes.txt', text: 'not a template' },
        { name: '.md', text: 'no name' },
      ]);
      assert.deepEqual(
        templates.slice(SCENARIOS.length).map(({ name, label, description, scenario, origin }) => ({ name, label, description, scenario, origin })),
        [
          { name: 'annual-review', label: 'Annual review', description: 'Once a year, with the numbers', scenario: 'other', origin: 'user' },
          { name: 'retainer_renewal', label: 'Retainer renewal', description: undefined, scenario: 'other', origin: 'user' },
        ],
      );
      assert.equal(templates[SCENARIOS.length].text, '---\n');
      assert.equal(findTemplate(templates, 'ANNUAL-review')?.name, 'annual-review');
    });
  });
});
