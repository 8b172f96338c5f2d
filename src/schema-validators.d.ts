// The schemas' validators, compiled when bundling: see scripts/precompiled-schemas.mjs.
declare module 'schema-validators' {
  import type { ValidateFunction } from 'ajv';
  export const validateNote: ValidateFunction;
  export const validateConfig: ValidateFunction;
}
