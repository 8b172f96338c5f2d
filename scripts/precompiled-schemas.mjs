// An esbuild plugin that compiles the note's and .clientnotesrc's JSON schemas to validation
// code when bundling (ajv's standalone code), as the `schema-validators` module. The bundles
// carry the two validators rather than ajv's compiler and its URI library, and no schema is
// compiled in the editor, the CLI's workers or the browser when they first lint a note. The
// errors are ajv's own, as a compiled schema reports them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = resolve(import.meta.dirname, '..');
const SCHEMAS = {
  validateNote: resolve(root, 'schemas', 'client-note.schema.json'),
  validateConfig: resolve(root, 'schemas', 'clientnotesrc.schema.json'),
};
// Where the compiled code finds the formats the schemas name when it runs: src/core/note/schemaFormats.ts.
const FORMATS_DIR = resolve(root, 'src', 'core', 'note');
// What a schema says to a reader (hover and completion read the schemas whole) is no part of
// the validation: left in, the compiled code would carry each description once more.
const ANNOTATIONS = new Set(['description', 'markdownDescription', 'title', 'examples', 'default', 'deprecationMessage']);
// The keywords whose values are schemas by name, where a name is no keyword.
const SCHEMAS_BY_NAME = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, SCHEMAS_BY_NAME.has(key) ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)])) : withoutAnnotations(value)]),
  );
}

function validatorsModule() {
  const ajv = new Ajv.default({
    allErrors: true,
    // Every error is worded from its keyword and params, in the reader's language (frontmatter-schema.ts,
    // configFile.ts): ajv's English sentences would only be carried, 6 KB of them in every bundle.
    messages: false,
    strict: false,
    code: { source: true, formats: Ajv._`require("./schemaFormats").schemaFormats` },
  });
  // Only their kind matters here: what a date or a contact is, is schemaFormats's to say.
  for (const format of ['date', 'contact']) ajv.addFormat(format, { type: 'string', validate: () => true });
  for (const [name, path] of Object.entries(SCHEMAS)) ajv.addSchema(withoutAnnotations(JSON.parse(readFileSync(path, 'utf8'))), name);
  return standaloneCode(ajv, Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, name])));
}

/** @type {import('esbuild').Plugin} */
export const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onResolve({ filter: /^schema-validators$/ }, () => ({ path: 'schema-validators', namespace: 'schema-validators' }));
    build.onLoad({ filter: /.*/, namespace: 'schema-validators' }, () => ({
      contents: validatorsModule(),
      resolveDir: FORMATS_DIR,
      loader: 'js',
      watchFiles: Object.values(SCHEMAS),
    }));
    // The config file's schema is read in the bundles for its keys alone (which keys a place allows, for "did you mean"); the
    // editor's JSON and YAML support reads the file itself, descriptions and all. Bundled without them: 6 KB less in every bundle.
    build.onLoad({ filter: /clientnotesrc\.schema\.json$/ }, ({ path }) => ({
      contents: JSON.stringify(withoutAnnotations(JSON.parse(readFileSync(path, 'utf8')))),
      loader: 'json',
    }));
  },
};
