import { isMap, type Node } from 'yaml';
import { keyRangeOf, rangeOf, type Frontmatter } from '../frontmatter';
import type { Note } from '../note';
import type { Report, Rule } from '../rule';
import { parseContacts } from '../summary/contact';
import { closestMatch } from '../text';
import type { TextEdit } from '../types';
import { noteSchema, validateNoteFrontmatter, type ErrorObject } from '../validator';

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description:
    'Frontmatter that breaks the note schema: a missing required key, a wrong type, an unknown value (with "did you mean"), an impossible date.',
  defaultSeverity: 'error',
  fixable: true,
  check({ note, report }) {
    const frontmatter = note.frontmatter;
    if (!frontmatter) {
      const firstLineEnd = note.text.search(/\r?\n|$/);
      report({
        message: 'This note has no frontmatter: start it with a `---` block holding type, client, date, scenario and topic.',
        start: 0,
        end: firstLineEnd,
        fix: {
          title: 'Insert frontmatter with `type: client-conversation`',
          edits: [{ start: 0, end: 0, text: `---${note.eol}type: client-conversation${note.eol}---${note.eol}` }],
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
    for (const error of errors) {
      if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
      const finding = describe(error, frontmatter, note);
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

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a set of `key: value` lines',
  boolean: '`true` or `false`',
  integer: 'a whole number',
  number: 'a number',
};

function describe(error: ErrorObject, frontmatter: Frontmatter, note: Note): Report | undefined {
  const path = pathOf(error);
  const name = keyName(path);
  const value = valueAt(frontmatter.data, path);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const range = path.length === 0 ? { start: frontmatter.start, end: frontmatter.start + 3 } : keyRangeOf(frontmatter, path);
      const where = path.length === 0 ? '' : ` in ${name}`;
      const report: Report = { message: `Missing required key "${missing}"${where}.`, ...range };
      const typeLine = missing === 'type' && path.length === 0 ? addTypeLine(frontmatter, note) : undefined;
      if (typeLine) report.fix = { title: 'Add `type: client-conversation`', edits: [typeLine], safe: true };
      return report;
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(propertiesAt(path));
      const suggestion = closestMatch(key, known);
      const range = keyRangeOf(frontmatter, [...path, key]);
      // Renaming onto a key that is already there would only trade one error for another.
      const parent = valueAt(frontmatter.data, path) as Record<string, unknown> | undefined;
      const renamable = suggestion !== undefined && !(parent && suggestion in parent);
      const where = path.length === 0 ? '' : ` in ${name}`;
      return {
        message: `Unknown key "${key}"${where}.${suggestion ? ` Did you mean "${suggestion}"?` : ` Known keys: ${known.join(', ')}.`}`,
        ...range,
        ...(renamable ? { fix: { title: `Rename to "${suggestion}"`, edits: [{ ...range, text: suggestion }], safe: true } } : {}),
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const range = rangeOf(frontmatter, path);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      return {
        message: `Unknown ${name} "${String(value)}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Expected one of: ${allowed.join(', ')}.`,
        ...range,
        ...(suggestion ? { fix: { title: `Change to "${suggestion}"`, edits: [{ ...range, text: suggestion }], safe: true } } : {}),
      };
    }
    case 'const': {
      const expected = String((error.params as { allowedValue: unknown }).allowedValue);
      const range = rangeOf(frontmatter, path);
      return {
        message: `"${name}" must be "${expected}".`,
        ...range,
        fix: { title: `Change to "${expected}"`, edits: [{ ...range, text: expected }], safe: false },
      };
    }
    case 'format': {
      const text = String(value);
      const range = rangeOf(frontmatter, path);
      const contact = (error.params as { format: string }).format === 'contact' ? parseContacts(text) : undefined;
      if (contact && !contact.ok) return { message: contact.problem, ...range };
      const orFalse = acceptedTypes(error).includes('boolean') ? ' (or `false`)' : '';
      const message = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? `"${name}" is ${text}, which is not a real date.`
        : `"${name}" must be a date written YYYY-MM-DD${orFalse}, not "${text}".`;
      return { message, ...range };
    }
    case 'type': {
      if (value === null) return { message: `"${name}" is empty: give it a value or remove the key.`, ...keyRangeOf(frontmatter, path) };
      const isDate = (error.parentSchema as { format?: string } | undefined)?.format === 'date';
      const expected = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      const words = expected.map((type) => (type === 'string' && isDate ? 'a date written YYYY-MM-DD' : (TYPE_WORDS[type] ?? type))).join(' or ');
      return { message: `"${name}" must be ${words}.`, ...rangeOf(frontmatter, path) };
    }
    case 'minLength':
      return { message: `"${name}" must not be empty.`, ...(value === '' ? keyRangeOf(frontmatter, path) : rangeOf(frontmatter, path)) };
    default:
      return { message: `"${name || 'frontmatter'}" ${error.message ?? 'is not valid'}.`, ...rangeOf(frontmatter, path) };
  }
}

/**
 * `type: client-conversation` as the first key, indented like the keys already there: a
 * line at another indentation would break the YAML. None for a `{ … }` mapping, or a key
 * with more than spaces before it.
 */
function addTypeLine(frontmatter: Frontmatter, note: Note): TextEdit | undefined {
  const root = frontmatter.document?.contents;
  if (isMap(root) && root.flow) return undefined;
  const firstKey = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
  if (!firstKey?.range) return { start: frontmatter.contentStart, end: frontmatter.contentStart, text: `type: client-conversation${note.eol}` };
  const at = frontmatter.contentStart + firstKey.range[0];
  const lineStart = Math.max(note.text.lastIndexOf('\n', at - 1), note.text.lastIndexOf('\r', at - 1)) + 1;
  const indentation = note.text.slice(lineStart, at);
  // Anything but blanks before the key (`? key`) is YAML too rare to edit blind.
  if (!/^[ ]*$/.test(indentation)) return undefined;
  return { start: at, end: at, text: `type: client-conversation${note.eol}${indentation}` };
}

function acceptedTypes(error: ErrorObject): string[] {
  return ([] as string[]).concat((error.parentSchema as { type?: string | string[] } | undefined)?.type ?? []);
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
