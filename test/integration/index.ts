// The VS Code test entry point: the workbench loads this module in the extension
// host and awaits run(). The same module serves @vscode/test-electron and the
// offline harness in scripts/vscode-offline/.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // Both launchers read this line to report which VS Code the suite ran in.
  console.log(`VS Code ${vscode.version}`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  const grep = process.env.CLIENT_NOTES_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
