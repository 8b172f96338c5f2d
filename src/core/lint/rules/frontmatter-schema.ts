import { keyRangeOf, NOTE_TYPE, rangeOf, type Frontmatter } from '../../note/frontmatter';
import type { Report, Rule, RuleContext } from '../rule';
import { parseContacts } from '../../note/contact';
import { closestMatch, typoDistance } from '../../base/editDistance';
import { hasPlaceholder } from '../../note/placeholders';
import type { TextEdit } from '../../base/types';
import { noteSchema, parentSchemaOf, validateNoteFrontmatter, type ErrorObject } from '../../note/validator';
import { YamlEditor } from '../../edit/yamlEdit';

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description:
    'Frontmatter that breaks the note schema: a missing required key, a wrong type, an unknown value (with "did you mean"), an impossible date.',
  defaultSeverity: 'error',
  fixable: true,
  check({ note, config, say, report }) {
    const frontmatter = note.frontmatter;
    if (!frontmatter) {
      const firstLineEnd = note.text.search(/\r?\n|$/);
      report({
        message: say('frontmatter-schema.none'),
        start: 0,
        end: firstLineEnd,
        fix: {
          title: say('frontmatter-schema.insertFrontmatter', { type: NOTE_TYPE }),
          edits: [{ start: 0, end: 0, text: `---${note.eol}type: ${NOTE_TYPE}${note.eol}---${note.eol}` }],
          safe: false,
        },
      });
      return;
    }
    // Broken YAML is frontmatter-syntax's to report; the data cannot be judged yet.
    if (!frontmatter.data) return;
    const errors = validateNoteFrontmatter(frontmatter.data);
    // A value of the wrong type also fails its enum or format: the type is what to fix.
    const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
    const yaml = new YamlEditor(note.text, frontmatter.contentStart, frontmatter.document!);
    for (const error of errors) {
      if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
      // `contact: {{contact}}` reads as a mapping: the prompt is unfilled-placeholder's to report, once.
      if (error.keyword !== 'required' && error.keyword !== 'additionalProperties' && holdsPrompt(note.text, frontmatter, pathOf(error))) continue;
      const finding = describe(error, frontmatter, yaml, config.strictKeys, say);
      if (finding) report({ ...finding, ...firstLine(note.text, finding) });
    }
  },
};

type Path = Array<string | number>;

/** A block value runs over several lines, up to the next key: its first line is enough to underline. */
function firstLine(text: string, range: { start: number; end: number }): { start: number; end: number } {
  const lineBreak = text.slice(range.start, range.end).search(/\r?\n|\r/);
  return lineBreak < 0 ? range : { start: range.start, end: range.start + lineBreak };
}

function pathOf(error: ErrorObject): Path {
  if (!error.instancePath) return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/** `next_steps[0].due`: how a key is named in a message. */
function keyName(path: Path): string {
  return path.reduce<string>((name, step) => (typeof step === 'number' ? `${name}[${step}]` : name ? `${name}.${step}` : step), '');
}

/** The JSON types a value's expected type is worded for (`frontmatter-schema.type.*` in the message catalogs). */
type TypeWord = 'string' | 'array' | 'object' | 'boolean' | 'integer' | 'number';
const TYPE_WORDS: ReadonlySet<string> = new Set<TypeWord>(['string', 'array', 'object', 'boolean', 'integer', 'number']);

/** Whether the value at a path is written as, or holds, a template prompt. */
function holdsPrompt(text: string, frontmatter: Frontmatter, path: Path): boolean {
  if (path.length === 0) return false;
  const range = rangeOf(frontmatter, path);
  return hasPlaceholder(text.slice(range.start, range.end));
}

/**
 * Keys other tools write beside ours (Obsidian's `aliases` and `cssclasses`, Front Matter
 * CMS's `draft`, Dendron's `id`…) are theirs: out of strict mode, only a key this close
 * to one of ours is taken for a typo of it.
 */
const TYPO_REACH = 2;

/** Keys of other tools one edit from ours, which are no typo of them: Obsidian's and Anytype's `tag`, their word for `tags`. */
const OTHER_TOOLS_KEYS_NEAR_OURS: ReadonlySet<string> = new Set(['tag']);

function describe(error: ErrorObject, frontmatter: Frontmatter, yaml: YamlEditor, strictKeys: boolean, say: RuleContext['say']): Report | undefined {
  const path = pathOf(error);
  const name = keyName(path);
  const value = valueAt(frontmatter.data, path);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const range = path.length === 0 ? { start: frontmatter.start, end: frontmatter.start + 3 } : keyRangeOf(frontmatter, path);
      const message = path.length === 0 ? say('frontmatter-schema.missingKey', { key: missing }) : say('frontmatter-schema.missingKeyIn', { key: missing, parent: name });
      const report: Report = { message, ...range };
      // The type goes first, as the template has it.
      const typeLine = missing === 'type' && path.length === 0 ? yaml.setKeys([], [['type', NOTE_TYPE]], 'first') : undefined;
      if (typeLine) report.fix = { title: say('frontmatter-schema.addType', { type: NOTE_TYPE }), edits: typeLine, safe: true };
      return report;
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(propertiesAt(path));
      const suggestion = closestMatch(key, known);
      const parent = valueAt(frontmatter.data, path) as Record<string, unknown> | undefined;
      // Renaming onto a key that is already there would only trade one error for another.
      const renamable = suggestion !== undefined && !(parent && suggestion in parent);
      // Only the top level is shared with other tools: next_steps and follow_up hold our keys alone. There, a
      // key near one of ours is a typo; beside ours, only a slip that keeps its first letter and is one edit
      // from it (`clinet` beside `client`, a leftover), as typing slips nearly always are: beside `date`, `rate`
      // is the writer's own key, and beside `contact`, `contrat` (French's contract) is.
      const distance = suggestion === undefined ? Infinity : typoDistance(key.toLowerCase(), suggestion.toLowerCase());
      const nearTypo =
        suggestion !== undefined &&
        !(path.length === 0 && OTHER_TOOLS_KEYS_NEAR_OURS.has(key)) &&
        (renamable ? distance <= TYPO_REACH : distance <= 1 && key[0].toLowerCase() === suggestion[0].toLowerCase());
      if (!strictKeys && path.length === 0 && !nearTypo) return undefined;
      const range = keyRangeOf(frontmatter, [...path, key]);
      const unknown = path.length === 0 ? say('frontmatter-schema.unknownKey', { key }) : say('frontmatter-schema.unknownKeyIn', { key, parent: name });
      return {
        message: unknown + (suggestion ? say('frontmatter-schema.didYouMean', { suggestion }) : say('frontmatter-schema.knownKeys', { keys: known.join(', ') })),
        ...range,
        ...(renamable ? { fix: { title: say('frontmatter-schema.rename', { key: suggestion }), edits: [{ ...range, text: suggestion }], safe: true } } : {}),
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const range = rangeOf(frontmatter, path);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const edits = suggestion ? setValue(yaml, path, suggestion) : undefined;
      return {
        message:
          say('frontmatter-schema.unknownValue', { key: name, value: String(value) }) +
          (suggestion ? say('frontmatter-schema.didYouMean', { suggestion }) : '') +
          say('frontmatter-schema.expectedOneOf', { values: allowed.join(', ') }),
        ...range,
        ...(edits && suggestion ? { fix: { title: say('frontmatter-schema.change', { value: suggestion }), edits, safe: true } } : {}),
      };
    }
    case 'const': {
      const expected = String((error.params as { allowedValue: unknown }).allowedValue);
      const edits = setValue(yaml, path, expected);
      return {
        message: say('frontmatter-schema.mustBe', { key: name, value: expected }),
        ...rangeOf(frontmatter, path),
        ...(edits ? { fix: { title: say('frontmatter-schema.change', { value: expected }), edits, safe: false } } : {}),
      };
    }
    case 'format': {
      const text = String(value);
      const range = rangeOf(frontmatter, path);
      const contact = (error.params as { format: string }).format === 'contact' ? parseContacts(text, 'contact', say) : undefined;
      if (contact && !contact.ok) return { message: contact.problem, ...range };
      const notDate = acceptedTypes(error).includes('boolean') ? 'frontmatter-schema.notDateOrFalse' : 'frontmatter-schema.notDate';
      const message = say(/^\d{4}-\d{2}-\d{2}$/.test(text) ? 'frontmatter-schema.notRealDate' : notDate, { key: name, value: text });
      return { message, ...range };
    }
    case 'type': {
      if (value === null) return { message: say('frontmatter-schema.emptyValue', { key: name }), ...keyRangeOf(frontmatter, path) };
      const isDate = parentSchemaOf(error, noteSchema)?.format === 'date';
      const expected = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      const words = expected
        .map((type) => (type === 'string' && isDate ? say('frontmatter-schema.type.date') : TYPE_WORDS.has(type) ? say(`frontmatter-schema.type.${type as TypeWord}`) : type))
        .reduce((all, word) => say('frontmatter-schema.or', { first: all, second: word }));
      return { message: say('frontmatter-schema.wrongType', { key: name, types: words }), ...rangeOf(frontmatter, path) };
    }
    case 'minLength':
      return { message: say('frontmatter-schema.mustNotBeEmpty', { key: name }), ...(value === '' ? keyRangeOf(frontmatter, path) : rangeOf(frontmatter, path)) };
    case 'pattern':
      // `lang` is the note schema's one pattern.
      return { message: say('frontmatter-schema.notLanguage', { key: name, value: String(value) }), ...rangeOf(frontmatter, path) };
    default:
      return { message: say('frontmatter-schema.notValid', { key: name || 'frontmatter' }), ...rangeOf(frontmatter, path) };
  }
}

/** The value at a key's path replaced, in its quotes. */
function setValue(yaml: YamlEditor, path: Path, value: string): TextEdit[] | undefined {
  const key = path[path.length - 1];
  return typeof key === 'string' ? yaml.setKeys(path.slice(0, -1), [[key, value]]) : undefined;
}

function acceptedTypes(error: ErrorObject): string[] {
  return ([] as string[]).concat((parentSchemaOf(error, noteSchema)?.type as string | string[] | undefined) ?? []);
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The schema properties allowed at a path, for "did you mean" on unknown keys. */
function propertiesAt(path: Path): Record<string, SchemaNode> {
  let node: SchemaNode | undefined = noteSchema as SchemaNode;
  for (const step of path) node = typeof step === 'number' ? node?.items : node?.properties?.[step];
  return node?.properties ?? {};
}
