// The manifest's user-facing strings live in package.nls.json (English) and its
// translations, package.json refers to them as `%key%`: VS Code substitutes them in the
// display language. These helpers read the manifest as VS Code shows it, and name the
// keys after the place of each string for npm run generate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './generated';

export { repoRoot };
const manifestPath = resolve(repoRoot, 'package.json');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Strings = Record<string, string>;

/** The fields of a contribution VS Code shows to the user, and so localizes. */
const SHOWN_FIELDS = new Set(['title', 'category', 'name', 'contextualTitle', 'contents', 'description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions', 'altText']);
/** Values, not words for the user: a setting's default is data (section titles…). */
const DATA_FIELDS = new Set(['default', 'examples', 'enum']);
/** Path segments that only nest: they add nothing to a key. */
const NESTING = new Set(['contributes', 'properties', 'items', 'anyOf', 'steps']);

export const readManifest = (): { [key: string]: Json } => JSON.parse(readFileSync(manifestPath, 'utf8'));
export const readNls = (locale?: string): Strings => JSON.parse(readFileSync(resolve(repoRoot, locale ? `package.nls.${locale}.json` : 'package.nls.json'), 'utf8'));

/** The manifest as VS Code shows it: every `%key%` replaced by its string. */
export function resolveManifest<T extends Json>(value: T, strings: Strings): T {
  if (typeof value === 'string') {
    const key = /^%([^%]+)%$/.exec(value)?.[1];
    if (key === undefined) return value;
    if (!(key in strings)) throw new Error(`package.json refers to %${key}%, which package.nls.json lacks.`);
    return strings[key] as T;
  }
  if (Array.isArray(value)) return value.map((item) => resolveManifest(item, strings)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveManifest(item, strings)])) as T;
  return value;
}

/**
 * Moves every string VS Code shows out of the `contributes` of a manifest into strings
 * keyed by their place (`commands.newNote.title`, `configuration.rules.date-order.markdownDescription`);
 * every command's category shares the key `category`.
 */
export function externalizeManifest(manifest: { [key: string]: Json }): { manifest: { [key: string]: Json }; strings: Strings } {
  const strings: Strings = {};
  const place = (key: string, text: string): string => {
    if (key in strings && strings[key] !== text) throw new Error(`Two manifest strings would share the key ${key}.`);
    strings[key] = text;
    return `%${key}%`;
  };
  const keyOf = (path: string[], field: string) => (path[0] === 'commands' && field === 'category' ? 'category' : [...path, field].join('.'));
  const walk = (value: Json, path: string[]): Json => {
    if (Array.isArray(value)) {
      return value.map((item) => {
        const name = item && typeof item === 'object' && !Array.isArray(item) ? identifier(item) : undefined;
        return walk(item, name ? [...path, name] : path);
      });
    }
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([field, item]) => {
      if (DATA_FIELDS.has(field)) return [field, item];
      if (SHOWN_FIELDS.has(field) && typeof item === 'string') return [field, place(keyOf(path, field), item)];
      if (SHOWN_FIELDS.has(field) && Array.isArray(item) && item.every((text) => typeof text === 'string')) {
        return [field, item.map((text, index) => place(`${keyOf(path, field)}.${index}`, text as string))];
      }
      return [field, walk(item, NESTING.has(field) ? path : [...path, field.replace(/^clientNotes\./, '')])];
    }));
  };
  const contributes = walk(manifest.contributes, []);
  return { manifest: { ...manifest, contributes }, strings };
}

function identifier(item: { [key: string]: Json }): string | undefined {
  const id = item.command ?? item.id ?? item.view;
  return typeof id === 'string' ? id.replace(/^clientNotes\./, '') : undefined;
}
