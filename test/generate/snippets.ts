// The `cn-de-`, `cn-fr-`… snippets of each language with templates but English, as
// snippets/markdown.<language>.json, made from that language's `other` template (its
// section titles are the pack's, its prompts the language's) and its pack's step words, so
// that the snippets never say other than the templates do, then its phrasing snippets
// (phrasingSnippets.ts, written by hand); and the manifest's snippet contributions, one
// file per language. English's own snippets, snippets/markdown.json, are written by hand.
import { PLACEHOLDER } from '../../src/core/note/placeholders';
import { SCENARIOS } from '../../src/core/note/scenarios';
import { packFor } from '../../src/core/lang/packs';
import type { LanguagePack, SectionKey } from '../../src/core/lang/pack';
import { BUNDLED_TEMPLATE_TEXTS } from '../../src/core/scaffold/bundledTemplates';
import { builtInTemplates, CONTACT_PROMPT, escapeSnippet, TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../src/core/scaffold/templates';
import type { Generated } from './generated';
import { PHRASING_SNIPPETS } from './phrasingSnippets';

/** The languages with snippets made from their templates: every template language but English. */
export const SNIPPET_LANGUAGES = TEMPLATE_LANGUAGES.filter((language) => language !== 'en');

/** The snippet file of a language; English's is `snippets/markdown.json`. */
export function snippetsPath(language: TemplateLanguage): string {
  return language === 'en' ? 'snippets/markdown.json' : `snippets/markdown.${language}.json`;
}

/** The manifest's `contributes.snippets`: each language's file, for Markdown. */
export function snippetContributions(): Array<{ language: string; path: string }> {
  return TEMPLATE_LANGUAGES.map((language) => ({ language: 'markdown', path: `./${snippetsPath(language)}` }));
}

/** A snippet as VS Code reads it from a snippets file. */
export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/** Each section's snippet: its name after `cn-<language>-`, and its name in the file, as English's are named. */
const SECTION_SNIPPETS: ReadonlyArray<{ key: SectionKey; name: string; title: string }> = [
  { key: 'preparation', name: 'preparation', title: 'Preparation section' },
  { key: 'facts', name: 'facts', title: 'Facts section' },
  { key: 'clientPerspective', name: 'perspective', title: "Client's perspective section" },
  { key: 'boundaries', name: 'boundaries', title: 'Boundaries section' },
  { key: 'options', name: 'options', title: 'Options discussed section' },
  { key: 'agreements', name: 'agreements', title: 'Agreements section' },
  { key: 'nextSteps', name: 'next-steps', title: 'Agreed next steps section' },
  { key: 'privateNotes', name: 'private', title: 'Private notes section' },
];

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
/** A date prompt in any language: `{{YYYY-MM-DD}}`, `{{JJJJ-MM-TT}}`, `{{AAAA-MM-JJ}}`. */
const DATE_PROMPT = /^\{\{(\p{Lu})\1{3}-(\p{Lu})\2-(\p{Lu})\3\}\}$/u;
const HTML_COMMENT_LINE = /^<!--.*-->$/u;
/** The frontmatter variable standing alone as a value: `client: {{client}}`. */
const VARIABLE_VALUE = /^(\w+): \{\{(client|contact|date|scenario|topic)\}\}$/u;

/** The snippet files of the languages but English. */
export function snippetFiles(): Generated[] {
  return SNIPPET_LANGUAGES.map((language) => ({ path: snippetsPath(language), text: `${JSON.stringify(languageSnippets(language), null, 2)}\n` }));
}

/** A language's snippets by name: the note, its frontmatter, each section, a step, then the phrasing ones. */
export function languageSnippets(language: TemplateLanguage): Record<string, SnippetDefinition> {
  const pack = packFor(language)!;
  const endonym = new Intl.DisplayNames([language], { type: 'language' }).of(language)!;
  const named = (title: string) => `${title} (${endonym[0].toLocaleUpperCase(language)}${endonym.slice(1)})`;
  const template = builtInTemplates(BUNDLED_TEMPLATE_TEXTS[language]).find((candidate) => candidate.scenario === 'other')!.text;
  const { frontmatter, sections } = templateParts(template, pack);
  const step = sections.get('nextSteps')!.find((line) => ownerPrompt(line, pack) !== undefined);
  if (!step) throw new Error(`templates/${language}/other.md has no step with an owner prompt under its next steps.`);

  const snippets: Record<string, SnippetDefinition> = {};
  const headings = SECTION_SNIPPETS.map(({ key }) => pack.sections[key][0]);
  const note = new TabStops(pack);
  const frontmatterBody = note.frontmatter(frontmatter);
  const noteBody = [...frontmatterBody, '', `# \${${note.topic}/^"(.*)"$/$1/}`];
  for (const { key } of SECTION_SNIPPETS) noteBody.push('', `## ${escapeSnippet(pack.sections[key][0])}`, '', ...note.lines(sections.get(key)!));
  snippets[named('Client note')] = { prefix: `cn-${language}-note`, description: [`lang: ${language}`, ...headings].join(' · '), body: [...noteBody, '$0'] };
  snippets[named('Client note frontmatter')] = {
    prefix: `cn-${language}-frontmatter`,
    description: frontmatter.map((line) => line.split(':')[0]).filter((key) => /^\w+$/u.test(key)).join(', '),
    body: [...new TabStops(pack).frontmatter(frontmatter), '$0'],
  };
  for (const { key, name, title } of SECTION_SNIPPETS) {
    const heading = pack.sections[key][0];
    const guidance = sections.get(`${key}:guidance`)?.[0];
    snippets[named(title)] = {
      prefix: `cn-${language}-${name}`,
      description: guidance ? `${heading}: ${guidance}` : heading,
      body: [`## ${escapeSnippet(heading)}`, '', ...new TabStops(pack).lines(sections.get(key)!), '$0'],
    };
  }
  snippets[named('Next step')] = { prefix: `cn-${language}-step`, description: step.replace(/^- /u, ''), body: [`${new TabStops(pack).lines([step])[0]}$0`] };
  const phrasing = PHRASING_SNIPPETS[language];
  if (!phrasing) throw new Error(`test/generate/phrasingSnippets.ts has no phrasing snippets in ${language}.`);
  for (const { name, title, description, body } of phrasing) snippets[named(title)] = { prefix: `cn-${language}-${name}`, description, body };
  return snippets;
}

/** The template's frontmatter lines (with its `---`) and each known section's lines, its guidance comment apart (`KEY:guidance`). */
function templateParts(template: string, pack: LanguagePack): { frontmatter: string[]; sections: Map<string, string[]> } {
  const lines = template.replace(/\r\n?/gu, '\n').split('\n');
  const end = lines.indexOf('---', 1);
  const sections = new Map<string, string[]>();
  let current: SectionKey | undefined;
  for (const line of lines.slice(end + 1)) {
    const heading = /^## (.+)$/u.exec(line)?.[1];
    if (heading !== undefined) {
      current = SECTION_SNIPPETS.find(({ key }) => pack.sections[key][0] === heading)?.key;
      if (!current) throw new Error(`The ${pack.code} template's heading "${heading}" is no section title of its pack.`);
      sections.set(current, []);
    } else if (current && HTML_COMMENT_LINE.test(line)) {
      sections.set(`${current}:guidance`, [line.slice(4, -3).trim()]);
    } else if (current && (line.trim() !== '' || sections.get(current)!.length > 0)) {
      sections.get(current)!.push(line);
    }
  }
  for (const section of sections.values()) while (section.at(-1)?.trim() === '') section.pop();
  for (const { key } of SECTION_SNIPPETS) if (!sections.has(key)) throw new Error(`The ${pack.code} template has no "${pack.sections[key][0]}" section.`);
  return { frontmatter: lines.slice(0, end + 1), sections };
}

/** The owner prompt of a step line (`Verantwortlich: {{ich oder Kunde}}`): where it starts, else undefined. */
function ownerPrompt(line: string, pack: LanguagePack): number | undefined {
  for (const match of line.matchAll(PLACEHOLDER)) {
    const before = line.slice(0, match.index).trimEnd();
    if (before.endsWith(':') && pack.steps.ownerKeys.some((key) => before.slice(0, -1).trimEnd().toLowerCase().endsWith(key.toLowerCase()))) return match.index;
  }
  return undefined;
}

/** Numbers the tab stops of one snippet, in order, as its lines are made. */
class TabStops {
  private last = 0;
  /** The tab stop of the topic, which the note's title mirrors. */
  topic = 0;

  constructor(private readonly pack: LanguagePack) {}

  private next(): number {
    return ++this.last;
  }

  /** The frontmatter as written in the template, each variable a tab stop: today for the date, the scenarios to choose from. */
  frontmatter(lines: readonly string[]): string[] {
    return lines.map((line) => {
      const match = VARIABLE_VALUE.exec(line);
      if (!match) return escapeSnippet(line);
      const [, key, variable] = match;
      const stop = this.next();
      if (variable === 'topic') this.topic = stop;
      if (variable === 'date') return `${key}: \${${stop}:${TODAY}}`;
      if (variable === 'scenario') return `${key}: \${${stop}|${SCENARIOS.map((scenario) => scenario.id).join(',')}|}`;
      const prompt = variable === 'contact' ? CONTACT_PROMPT : `{{${variable}}}`;
      return `${key}: \${${stop}:${escapeSnippet(`"${prompt}"`)}}`;
    });
  }

  /** Lines with each prompt a tab stop: an owner prompt a choice of me and the client, a date prompt today. */
  lines(lines: readonly string[]): string[] {
    return lines.map((line) => {
      const owner = ownerPrompt(line, this.pack);
      let written = '';
      let last = 0;
      for (const match of line.matchAll(PLACEHOLDER)) {
        written += escapeSnippet(line.slice(last, match.index));
        last = match.index + match[0].length;
        const stop = this.next();
        if (match.index === owner) written += `\${${stop}|${[this.pack.steps.me[0], this.pack.steps.client[0]].map(escapeChoice).join(',')}|}`;
        else if (DATE_PROMPT.test(match[0])) written += `\${${stop}:${TODAY}}`;
        else written += `\${${stop}:${escapeSnippet(match[0])}}`;
      }
      return written + escapeSnippet(line.slice(last));
    });
  }
}

/** A choice of a snippet, its `,` `|` and `\` escaped. */
function escapeChoice(text: string): string {
  return text.replace(/[,|\\]/gu, '\\$&');
}
