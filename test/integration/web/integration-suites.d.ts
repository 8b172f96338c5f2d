// The module scripts/build.mjs writes into the web worker host's test bundle.
declare module 'integration-suites' {
  /** Loads every suite that runs in the web worker host; mocha's globals must be set up first. */
  export function loadSuites(): void;
  /** The file names of the suites left out (`*.node.test.ts`). */
  export const desktopOnlySuites: string[];
}
