// The VS Code test entry point of the desktop (Node) extension host: the workbench loads
// this module and awaits run(). The same module serves @vscode/test-electron and the
// offline harness in scripts/vscode-offline/. The web worker host has its own, web/index.ts.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { MOCHA_OPTIONS, runMocha } from './runMocha';

export async function run(): Promise<void> {
  // Both launchers read this line to report which VS Code the suite ran in.
  console.log(`VS Code ${vscode.version}`);
  const mocha = new Mocha(MOCHA_OPTIONS);
  const grep = process.env.CLIENT_NOTES_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  await runMocha(mocha);
}
