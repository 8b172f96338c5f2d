// The VS Code test entry point of the web worker extension host (the one of vscode.dev and
// github.dev), which loads one CommonJS module with no Node: mocha's browser build, and
// the suites bundled in by scripts/build.mjs (the `integration-suites` module).
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { desktopOnlySuites, loadSuites } from 'integration-suites';
import { MOCHA_OPTIONS, runMocha } from '../runMocha';

export async function run(): Promise<void> {
  // The launcher reads this line to report which VS Code the suite ran in.
  console.log(`VS Code ${vscode.version} (web worker extension host)`);
  if (desktopOnlySuites.length > 0) {
    console.log(`Not run here, they need Node's file system (symbolic links, folders outside the workspace): ${desktopOnlySuites.join(', ')}`);
  }
  mocha.setup(MOCHA_OPTIONS);
  loadSuites();
  await runMocha(mocha);
}
