import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import configSchema from '../../../schemas/clientnotesrc.schema.json';
import noteSchema from '../../../schemas/client-note.schema.json';
import { hasPlaceholder } from './placeholders';
import { parseContacts } from './contact';

export type { ErrorObject };

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

// ajv and its formats are over a quarter of the bundle: they are loaded and the schemas
// compiled on the first validation, not when the bundle loads, so activation skips them.
function createAjv(): Ajv {
  /* eslint-disable @typescript-eslint/no-require-imports -- a require() where it is needed is what defers loading in a CommonJS bundle */
  const { default: AjvClass } = require('ajv') as typeof import('ajv');
  const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ajv = addFormats(new AjvClass({ allErrors: true, strict: false, verbose: true }), ['date']);
  // The recap addresses the contact: it is held to the same reading as there. A template's
  // `{{Name <email>}}` is unfilled-placeholder's to report.
  return ajv.addFormat('contact', { type: 'string', validate: (value: string) => hasPlaceholder(value) || parseContacts(value).ok });
}

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

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
    const validate = validatorFor(noteSchema);
    errors = validate(data) ? [] : [...(validate.errors ?? [])];
    if (remembered) noteErrors.set(remembered, errors);
  }
  return [...errors];
}

export function validateConfig(data: unknown): ErrorObject[] {
  const validate = validatorFor(configSchema);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

export { configSchema, noteSchema };
