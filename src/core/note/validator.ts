import type { ErrorObject, ValidateFunction } from 'ajv';
import { validateConfig as configValidator, validateNote } from 'schema-validators';
import configSchema from '../../../schemas/clientnotesrc.schema.json';
import noteSchema from '../../../schemas/client-note.schema.json';

export type { ErrorObject };

/**
 * The errors of each frontmatter's data already judged: a frontmatter read again unchanged
 * gives the same frozen data (`readFrontmatter`), so a keystroke in the body does not
 * validate it again. Each call gets an array of its own.
 */
const noteErrors = new WeakMap<object, readonly ErrorObject[]>();

export function validateNoteFrontmatter(data: unknown): ErrorObject[] {
  const remembered = typeof data === 'object' && data !== null && Object.isFrozen(data) ? data : undefined;
  let errors = remembered && noteErrors.get(remembered);
  if (!errors) {
    errors = errorsOf(validateNote, data);
    if (remembered) noteErrors.set(remembered, errors);
  }
  return [...errors];
}

export function validateConfig(data: unknown): ErrorObject[] {
  return errorsOf(configValidator, data);
}

function errorsOf(validate: ValidateFunction, data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** A part of a JSON schema, read as data. */
type SchemaPart = { readonly [keyword: string]: unknown };

/**
 * The part of the note's schema that holds the keyword an error broke (`{ "type": "string",
 * "format": "date" }` for a date's format), found by the error's schema path: what its message
 * can say of the value wanted, as the types it may be. The path is the schema's own where the
 * schema refers to no other part of itself, as the note's does not.
 */
export function parentSchemaOf(error: ErrorObject, schema: object): SchemaPart | undefined {
  const part = error.schemaPath
    .split('/')
    .slice(1, -1)
    .reduce<unknown>((at, step) => (typeof at === 'object' && at !== null ? (at as SchemaPart)[pointerStep(decodeURIComponent(step))] : undefined), schema);
  return isPart(part) ? part : undefined;
}

/**
 * The keys a schema allows in the object at a path of the data (an error's `instancePath`,
 * `/rules/next-step-incomplete`), for a "did you mean" on a key it does not know. A local
 * `$ref`, or an `allOf` of one, is followed, and the branches of an `anyOf` (a severity or an
 * object with `severity`): the compiled code's schema paths start again at each part referred to.
 */
export function keysAllowedAt(schema: object, instancePath: string): string[] {
  const root = schema as SchemaPart;
  let current = followed(root, root);
  for (const step of instancePath.split('/').slice(1).map(pointerStep)) {
    if (!current) return [];
    const holder = [current, ...branchesOf(root, current)].find((part) => isPart(part.properties) && step in part.properties);
    const next = holder ? (holder.properties as SchemaPart)[step] : /^\d+$/u.test(step) ? current.items : undefined;
    current = isPart(next) ? followed(root, next) : undefined;
  }
  if (!current) return [];
  return [current, ...branchesOf(root, current)].flatMap((part) => (isPart(part.properties) ? Object.keys(part.properties) : []));
}

/** A step of a JSON pointer as the key it stands for: `~1` is a slash, `~0` a tilde (a schema path is a URI fragment too, decoded first). */
function pointerStep(step: string): string {
  return step.replace(/~1/gu, '/').replace(/~0/gu, '~');
}

function followed(root: SchemaPart, part: SchemaPart): SchemaPart | undefined {
  let current: SchemaPart | undefined = part;
  // A bound, so that a schema whose references go round in a circle cannot hang it.
  for (let hops = 0; current && hops < 8; hops++) {
    const single = Array.isArray(current.allOf) && current.allOf.length === 1 && isPart(current.allOf[0]) ? current.allOf[0] : current;
    const ref = single.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (isPart(at) ? at[key] : undefined), root) as SchemaPart | undefined;
    if (!isPart(current)) return undefined;
  }
  return current;
}

function branchesOf(root: SchemaPart, part: SchemaPart): SchemaPart[] {
  const branches: unknown[] = Array.isArray(part.anyOf) ? part.anyOf : [];
  return branches.flatMap((branch): SchemaPart[] => {
    const read = isPart(branch) ? followed(root, branch) : undefined;
    return read ? [read] : [];
  });
}

function isPart(value: unknown): value is SchemaPart {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { configSchema, noteSchema };
