import { isCollection, parseDocument, stringify, visit } from 'yaml';
import { readFrontmatter } from '../note/frontmatter';
import { hasPlaceholder, PLACEHOLDER } from '../note/placeholders';
import { SCENARIOS, type ScenarioId } from '../note/scenarios';
import { splitBom } from '../base/lines';
import { packFor } from '../lang/packs';

/** The languages the built-in templates are written in: every language pack's. */
export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The template language a language tag names (`de`, `de-CH`, `FR`), English for any other. */
export function templateLanguage(tag: string | undefined): TemplateLanguage {
  const code = packFor(tag)?.code;
  return TEMPLATE_LANGUAGES.find((language) => language === code) ?? 'en';
}

/** A note template, as a picker offers it. */
export interface NoteTemplate {
  /** What selects it: a scenario id, or a user template's file name without `.md`. */
  name: string;
  label: string;
  /**
   * The line its author wrote for it (a `<!-- description: … -->` comment); undefined for a
   * built-in and for a user template without one, which the picker describes itself.
   */
  description?: string;
  /** What `{{scenario}}` becomes: the template's own scenario, `other` for a template a user added. */
  scenario: ScenarioId;
  /** `user` for a file from the templates folder, whether it replaces a built-in or adds a choice. */
  origin: 'built-in' | 'user';
  /** The template, placeholders and all, without its description comment. */
  text: string;
}

/** A file read from the user's templates folder: its name (`retainer-renewal.md`) and its text. */
export interface TemplateFile {
  name: string;
  text: string;
}

/** A language's built-in templates: the text of each scenario's. */
export type BuiltInTexts = Readonly<Record<ScenarioId, string>>;

/**
 * Where a built-in template is, relative to the package's root: `templates/` for English,
 * `templates/<language>/` for another language (a new language adds its folder, CONTRIBUTING.md).
 * The editor reads them from the extension's folder when it needs them, so that its bundle
 * does not carry them (`vscode/scaffold/builtInTemplates.ts`); the command line has them
 * bundled (`scaffold/bundledTemplates.ts`).
 */
export function builtInTemplatePath(language: TemplateLanguage, scenario: ScenarioId): string {
  return language === 'en' ? `templates/${scenario}.md` : `templates/${language}/${scenario}.md`;
}

/** The built-in templates of one language, in scenario order. */
export function builtInTemplates(texts: BuiltInTexts): NoteTemplate[] {
  return SCENARIOS.map((scenario) => ({
    name: scenario.id,
    label: scenario.label,
    scenario: scenario.id,
    origin: 'built-in',
    text: texts[scenario.id],
  }));
}

const TEMPLATE_FILE = /\.md$/i;

/** Whether a file in a templates folder is a template: its name ends in `.md`. */
export function isTemplateFile(name: string): boolean {
  return TEMPLATE_FILE.test(name);
}

// A user template may start with `<!-- description: … -->`, its line in the picker. It
// is taken off, since a note must start with its frontmatter.
const DESCRIPTION_COMMENT = /^[ \t]*<!--[ \t]*description:[ \t]*([\s\S]*?)[ \t]*-->[ \t]*(?:\r\n|\n|\r)?/i;

/**
 * The templates to offer: the built-in ones (of one language) in scenario order, a user file named after a
 * scenario (`missed-deadline.md`) in place of its built-in, then the user's other `.md`
 * files in name order as new choices. Names compare case-insensitively; files that do not
 * end in `.md` are ignored.
 */
export function listTemplates(builtIn: BuiltInTexts, userFiles: readonly TemplateFile[] = []): NoteTemplate[] {
  const byName = new Map<string, NoteTemplate>(builtInTemplates(builtIn).map((template) => [template.name, template]));
  const added: NoteTemplate[] = [];
  const seen = new Set<string>();
  const files = userFiles.filter((file) => typeof file?.name === 'string' && isTemplateFile(file.name));
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const name = file.name.replace(TEMPLATE_FILE, '');
    const key = name.toLowerCase();
    if (name.trim().length === 0 || seen.has(key)) continue;
    seen.add(key);
    const { description, text } = splitDescription(String(file.text ?? ''));
    const builtIn = byName.get(key);
    if (builtIn) {
      byName.set(key, { ...builtIn, description, origin: 'user', text });
    } else {
      added.push({ name, label: labelOf(name), description, scenario: 'other', origin: 'user', text });
    }
  }
  return [...byName.values(), ...added];
}

/** The template a name selects, ignoring case. */
export function findTemplate(templates: readonly NoteTemplate[], name: string): NoteTemplate | undefined {
  const key = name.trim().toLowerCase();
  return templates.find((template) => template.name.toLowerCase() === key);
}

function splitDescription(text: string): { description: string | undefined; text: string } {
  const { source } = splitBom(text);
  const match = DESCRIPTION_COMMENT.exec(source);
  if (!match) return { description: undefined, text: source };
  const description = match[1].replace(/\s+/g, ' ').trim();
  return { description: description || undefined, text: source.slice(match[0].length) };
}

/** `retainer-renewal` → `Retainer renewal`. */
function labelOf(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim() || name;
  return words[0].toUpperCase() + words.slice(1);
}

/** What a new note is about; each value is made one line (line breaks become spaces) and trimmed. */
export interface TemplateVariables {
  client: string;
  /** Unknown at creation: the note then asks for it with a placeholder. */
  contact?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  topic: string;
  scenario: string;
}

const VARIABLE_NAMES = ['client', 'contact', 'date', 'topic', 'scenario'] as const;
type VariableName = (typeof VARIABLE_NAMES)[number];

/** Stands in for a contact not known yet; a placeholder, so that the note says it is missing. */
export const CONTACT_PROMPT = '{{Name <email>}}';

export interface RenderedTemplate {
  /** The note, other placeholders left as they are: for a file written in one go. */
  text: string;
  /**
   * The same note in VS Code's snippet syntax: each other placeholder a tab stop whose
   * default keeps its braces, so that a field skipped is still reported as unfilled.
   */
  snippet: string;
}

/**
 * Fills in `{{client}}`, `{{contact}}`, `{{date}}`, `{{topic}}` and `{{scenario}}`: in the
 * body as plain text; in the frontmatter by rewriting each YAML value that holds one as a
 * whole, quoted by the yaml library for where it stands, so that `Acme: "Ltd" #1` stays
 * that exact string in `client: {{client}}`, in `[{{client}}, Sam]` and in
 * `topic: Call with {{client}}` alike.
 */
export function renderTemplate(templateText: string, variables: TemplateVariables): RenderedTemplate {
  const template = String(templateText ?? '');
  const values = variableValues(variables);
  const frontmatter = readFrontmatter(template);
  const inFrontmatter = (offset: number) => frontmatter !== undefined && offset >= frontmatter.contentStart && offset < frontmatter.contentEnd;
  const valuesHolding = frontmatter ? yamlValuesHoldingVariables(template, frontmatter.contentStart, frontmatter.contentEnd) : [];
  /** A variable's value, or the prompt that asks for it. */
  const fill = (name: VariableName) => values[name] ?? CONTACT_PROMPT;

  let text = '';
  let snippet = '';
  let tabStop = 0;
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start < last) continue;
    const yamlValue = valuesHolding.find((candidate) => start >= candidate.start && start < candidate.end);
    const from = yamlValue?.start ?? start;
    const between = template.slice(last, from);
    text += between;
    snippet += escapeSnippet(between);

    if (yamlValue) {
      last = yamlValue.end;
      const filled = yamlValue.value.replace(PLACEHOLDER, (placeholder) => {
        const name = placeholder.slice(2, -2).trim();
        return isVariable(name) ? fill(name) : placeholder;
      });
      const written = yamlValue.inFlow ? flowYamlScalar(filled) : yamlScalar(filled);
      text += written;
      // A value still asking for something is a tab stop whole: a quote cannot be split.
      snippet += hasPlaceholder(filled) ? `\${${++tabStop}:${escapeSnippet(written)}}` : escapeSnippet(written);
      continue;
    }
    last = start + match[0].length;
    const name = match[0].slice(2, -2).trim();
    const value = isVariable(name) ? values[name] : undefined;
    const yaml = inFrontmatter(start);
    if (value === undefined) {
      // A prompt, or the contact not known yet.
      const prompt = isVariable(name) ? CONTACT_PROMPT : match[0];
      const written = yaml && isVariable(name) ? yamlScalar(prompt) : prompt;
      text += written;
      snippet += `\${${++tabStop}:${escapeSnippet(written)}}`;
    } else {
      const written = yaml ? yamlScalar(value) : value;
      text += written;
      snippet += escapeSnippet(written);
    }
  }
  const rest = template.slice(last);
  text += rest;
  snippet += `${escapeSnippet(rest)}$0`;
  return { text, snippet };
}

interface YamlValueSlot {
  /** Offsets of the value in the template. */
  start: number;
  end: number;
  /** The value as YAML reads it, variables still written `{{client}}`. */
  value: string;
  /** Inside `[…]` or `{…}`, where `,`, `]` and `}` end a plain value. */
  inFlow: boolean;
}

/** Stands for `{{client}}` while the frontmatter is parsed: letters only, a plain YAML word anywhere. */
const PLACEHOLDER_STAND_IN = (index: number) => `ClientNotesVariable${String.fromCharCode(65 + (index % 26)).repeat(1 + Math.floor(index / 26))}Z`;

/**
 * The frontmatter's scalar values that hold a variable, found by parsing the frontmatter
 * with each variable replaced by a plain word (`{{client}}` alone would read as a mapping).
 * None when the frontmatter does not parse: each variable is then written as a value alone.
 */
function yamlValuesHoldingVariables(template: string, contentStart: number, contentEnd: number): YamlValueSlot[] {
  const standIns: Array<{ standIn: string; placeholder: string; start: number; length: number; variable: boolean }> = [];
  let source = '';
  let last = contentStart;
  // Prompts (`{{What}}`) stand in too, so that they do not stop the frontmatter from parsing.
  for (const match of template.slice(contentStart, contentEnd).matchAll(PLACEHOLDER)) {
    const start = contentStart + (match.index ?? 0);
    const standIn = PLACEHOLDER_STAND_IN(standIns.length);
    source += template.slice(last, start) + standIn;
    standIns.push({ standIn, placeholder: match[0], start, length: match[0].length, variable: isVariable(match[0].slice(2, -2).trim()) });
    last = start + match[0].length;
  }
  if (!standIns.some((standIn) => standIn.variable)) return [];
  source += template.slice(last, contentEnd);
  const document = parseDocument(source, { logLevel: 'silent' });
  if (document.errors.length > 0) return [];
  /** Where an offset of the parsed source falls in the template. */
  const templateOffset = (offset: number) => {
    let shift = 0;
    for (const standIn of standIns) {
      const at = standIn.start - contentStart + shift;
      if (at >= offset) break;
      shift += standIn.standIn.length - standIn.length;
    }
    return contentStart + offset - shift;
  };
  const slots: YamlValueSlot[] = [];
  visit(document, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string' || !node.range || !standIns.some(({ standIn, variable }) => variable && (node.value as string).includes(standIn))) return;
      const value = standIns.reduce((text, { standIn, placeholder }) => text.split(standIn).join(placeholder), node.value);
      const inFlow = path.some((ancestor) => isCollection(ancestor) && ancestor.flow === true);
      slots.push({ start: templateOffset(node.range[0]), end: templateOffset(node.range[1]), value, inFlow });
    },
  });
  return slots;
}

function isVariable(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/** The variables' values, one line each; an empty contact counts as unknown. */
function variableValues(variables: TemplateVariables): Record<VariableName, string | undefined> {
  const oneLineOf = (value: unknown) => (value === undefined || value === null ? undefined : oneLine(String(value)));
  const contact = oneLineOf(variables?.contact);
  return {
    client: oneLineOf(variables?.client) ?? '',
    contact: contact ? contact : undefined,
    date: oneLineOf(variables?.date) ?? '',
    topic: oneLineOf(variables?.topic) ?? '',
    scenario: oneLineOf(variables?.scenario) ?? '',
  };
}

function oneLine(value: string): string {
  return value.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').trim();
}

/** A YAML scalar for a value, quoted only when it has to be; never folded over lines. */
function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** The same, as an item of a `[…]` list, where `,` and `]` need quotes too. */
function flowYamlScalar(value: string): string {
  return stringify([value], { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).replace(/\n$/, '').slice(1, -1);
}

/** Text that a snippet inserts as written: `$`, `}` and `\` escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
