import { parseDocument } from 'yaml';
import type { ConfigInput } from './config';
import { MAX_ALIAS_COUNT } from '../note/frontmatter';
import { closestMatch } from '../base/editDistance';
import { splitBom } from '../base/lines';
import { configSchema, keysAllowedAt, validateConfig, type ErrorObject } from '../note/validator';
import { YamlEditor, type YamlValue } from '../edit/yamlEdit';
import type { TextEdit } from '../base/types';

export interface ConfigFileResult {
  config: ConfigInput | undefined;
  /** Human-readable problems, each naming the file; empty when the file is fine. */
  problems: string[];
}

/** Parses and validates a `.clientnotesrc.json` / `.clientnotesrc.yaml` text. */
export function parseConfigFile(fileName: string, text: string): ConfigFileResult {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    if (!isYamlFile(fileName)) {
      data = JSON.parse(source);
    } else {
      const yaml = readYamlData(source);
      if ('refused' in yaml) return { config: undefined, problems: yaml.refused.map((problem) => `${fileName}: ${problem}`) };
      data = yaml.data;
    }
  } catch (error) {
    // yaml's first line ends with a colon that introduced the excerpt after it.
    const reason = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error);
    return { config: undefined, problems: [`${fileName}: cannot be parsed: ${reason}`] };
  }
  if (data === null || data === undefined) return { config: {}, problems: [] };
  const errors = relevantErrors(validateConfig(data), data);
  if (errors.length > 0) {
    return { config: undefined, problems: errors.map((error) => `${fileName}: ${describeConfigError(error)}`) };
  }
  return { config: data as ConfigInput, problems: [] };
}

/**
 * The edits that set `entries` in the mapping at `mapPath` of a config file (`['recap']`),
 * as typed by hand: comments, key order, quoting and layout stay as written, and a
 * `.json` file stays JSON. An empty text gets the whole file. Undefined when the text is
 * not a mapping to add them to (it does not parse, or holds a list).
 */
export function configFileEdits(fileName: string, text: string, mapPath: readonly string[], entries: ReadonlyArray<readonly [string, YamlValue]>): TextEdit[] | undefined {
  // The edits are made on the text after a BOM, which would otherwise stand before the first key on its line.
  const bom = splitBom(text).bomLength;
  const source = text.slice(bom);
  const document = parseDocument(source, { resolveKnownTags: false, logLevel: 'error' });
  if (document.errors.length > 0) return undefined;
  const edits = new YamlEditor(source, 0, document, isYamlFile(fileName) ? 'yaml' : 'json').setKeys(mapPath, entries);
  return edits?.map((edit) => ({ ...edit, start: edit.start + bom, end: edit.end + bom }));
}

function isYamlFile(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

/**
 * A YAML config as plain data, in the YAML core schema only: text, numbers, booleans,
 * null, lists and maps. A tag outside it (`!!js/function`, `!!binary`, `!custom`…) could
 * only ask for code or a type that is not data, so the file is refused, naming each tag,
 * rather than read with the tag ignored. Throws the first syntax error.
 */
function readYamlData(source: string): { data: unknown } | { refused: string[] } {
  // resolveKnownTags off: yaml would otherwise build a Buffer, Set or Date for YAML 1.1 tags.
  // logLevel 'error': problems come back in the document, none is printed as a process warning.
  const document = parseDocument(source, { resolveKnownTags: false, logLevel: 'error' });
  if (document.errors.length > 0) throw document.errors[0];
  const refused = document.warnings
    .filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')
    .map((warning) => {
      const line = warning.linePos?.[0].line;
      const written = source.slice(warning.pos[0], warning.pos[1]);
      return `the tag ${written}${line === undefined ? '' : ` on line ${line}`} is not allowed: a config file holds plain data (text, numbers, true/false, lists and maps), never code or custom types`;
    });
  if (refused.length > 0) return { refused };
  // The frontmatter's bound on alias expansion, the classic YAML bomb.
  return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
}

/**
 * A rule's setting is a severity or an object; ajv reports the failure of both shapes.
 * Keep only what applies to the shape the user wrote.
 */
function relevantErrors(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  return errors.filter((error) => {
    if (!alternatives.has(error.instancePath)) return true;
    const value = valueAt(data, error.instancePath.split('/').slice(1));
    const wroteObject = value !== null && typeof value === 'object';
    // For a severity, one message covers both shapes; for an object, only its own keys matter.
    if (!wroteObject) return error.keyword === 'anyOf';
    return error.keyword === 'additionalProperties';
  });
}

function valueAt(data: unknown, path: string[]): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function describeConfigError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the configuration';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = keysAllowedAt(configSchema, error.instancePath);
      const suggestion = closestMatch(key, known);
      return `${where} has an unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => `"${String(value)}"`).join(', ')}`;
    case 'pattern':
      // `language` and the headings are the patterned values.
      return where === 'language'
        ? `${where} must be a language notes are read in: en, de or fr, with a region if you like (de-CH, fr-CA)`
        : `${where} must hold a letter or a digit, on one line: a heading can hold it and be found by it`;
    case 'anyOf':
      // A rule's setting, or a history signal's threshold: the two places with two shapes.
      return where.startsWith('rules.')
        ? `${where} must be a severity ("off", "info", "warning", "error") or an object with "severity" and the rule's options`
        : `${where} must be a whole number from 1 up, or "off"`;
    case 'type':
      return `${where} must be ${([] as string[]).concat((error.params as { type: string | string[] }).type).join(' or ')}`;
    case 'minimum':
      return `${where} must be at least ${(error.params as { limit: number }).limit}`;
    case 'propertyNames':
      return `${where} has an unknown key "${(error.params as { propertyName: string }).propertyName}"`;
    case 'minLength':
      return `${where} must not be empty`;
    case 'required':
      return `${where} is missing "${(error.params as { missingProperty: string }).missingProperty}"`;
    default:
      return `${where} is not valid`;
  }
}
