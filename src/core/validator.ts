import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import configSchema from '../../schemas/clientnotesrc.schema.json';
import noteSchema from '../../schemas/client-note.schema.json';

export type { ErrorObject };

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

// Compiled on first use, not at load: activation stays quick for files that are not notes.
function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }), ['date']);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export function validateNoteFrontmatter(data: unknown): ErrorObject[] {
  const validate = validatorFor(noteSchema);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

export function validateConfig(data: unknown): ErrorObject[] {
  const validate = validatorFor(configSchema);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

export { configSchema, noteSchema };
