// What a user does in the workbench, done through Playwright the same way: the keys and
// the widgets, not the extension's API. For the package test and the screenshots.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Opens a file of the workspace with Quick Open (Ctrl+P), its name, Enter. */
export async function openWithQuickOpen(page, name) {
  await pickInQuickInput(page, 'Control+P', name);
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

/** Runs a command from the Command Palette (F1) by its title, as it is listed there. */
export async function runCommand(page, title) {
  await pickInQuickInput(page, 'F1', title);
}

/**
 * Opens the quick input with a key, types, and takes the entry that shows the text once it
 * is the selected one: the list filters as it is typed, and Enter on a row still showing
 * an earlier result (a recently opened file) opens that instead.
 */
async function pickInQuickInput(page, key, text) {
  await page.keyboard.press(key);
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(text);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** After a failure: a picture of the workbench as it was, beside the server's logs in runDir. */
async function keepFailurePicture(page, runDir) {
  await page.screenshot({ path: join(runDir, 'failure.png') }).catch(() => {});
  console.error(`A screenshot of the workbench and the server's logs are kept in ${runDir}`);
}

/**
 * Ends a run that drove the workbench, whatever happened: a failure is told, with a
 * picture of the workbench kept beside the server's logs in runDir; the browser is closed
 * and the server stopped; runDir goes after a success; the process exits with the outcome.
 */
export async function endWorkbenchRun({ what, failure, browser, server, runDir }) {
  if (failure) {
    console.error(`${what} failed: ${failure instanceof Error ? failure.message : failure}`);
    const page = browser?.contexts()[0]?.pages()[0];
    if (page) await keepFailurePicture(page, runDir);
  }
  await browser?.close().catch(() => {});
  await server?.stop();
  if (!failure) rmSync(runDir, { recursive: true, force: true });
  process.exit(failure ? 1 : 0);
}
