// `npm run screenshots`: the README's pictures, taken from the real workbench. It serves
// VS Code with the working tree installed (as `npm start` does), opens a copy of
// examples/ (a quick fix is applied: the examples themselves stay as they are), drives
// the workbench with Playwright as a user would, with keys and clicks, and writes each
// picture into media/. Regenerate them with this script, never by hand; `npm run build`
// first (the npm script does).
//
// The editor judges dates against the real today, so "3 days late" in the Next Steps
// view reads differently from one day to the next; everything else is stable.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { browserExecutable, launchBrowser } from './vscode-offline/browser.mjs';
import { ensureServer, folderUrl, repoRoot, startServer } from './vscode-offline/server.mjs';
import { installWorkingTree, SHOWCASE_SETTINGS } from './vscode-offline/showcase.mjs';
import { endWorkbenchRun, openWithQuickOpen, runCommand } from './vscode-offline/workbench.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const MEDIA = join(repoRoot, 'media');
// Generous: the workbench and the extension host share the machine with the script.
const TIMEOUT_MS = 60_000;
const PICTURE_SETTINGS = {
  ...SHOWCASE_SETTINGS,
  // Room for the note and the panels in 1280 pixels.
  'editor.minimap.enabled': false,
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
  // A sender set, as a user would have it, so the recap is signed and no offer covers it.
  'clientNotes.recap.from': 'Maya Ortiz <maya@ortiz.example>',
};

const runDir = mkdtempSync(join(tmpdir(), 'client-notes-screenshots-'));
const workspace = join(runDir, 'examples');
cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
const dataDir = join(runDir, 'data');

let server;
let browser;
let page;
let failure;
try {
  await ensureServer();
  installWorkingTree(join(dataDir, 'extensions'));
  server = await startServer({ dataDir, settings: PICTURE_SETTINGS, developmentPayload: false });
  browser = await launchBrowser(await browserExecutable());
  page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(TIMEOUT_MS);
  mkdirSync(MEDIA, { recursive: true });

  await page.goto(folderUrl(server, workspace, join(workspace, 'acme', '2025-03-10-extra-pages.md')));
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.tab.active', { hasText: 'extra-pages' }).waitFor();
  await problemsWithLightbulb();
  await quickFixApplied();
  await recapBesideNote();
  await reminderBesideNote();
  await historyPage();
  await newNoteQuickPick();
  await snippetsAsYouType();
  await nextStepsView();
} catch (error) {
  failure = error;
}
await endWorkbenchRun({ what: 'The screenshots', failure, browser, server, runDir });

/** The Problems panel with the note's findings, the cursor on the missing section and its quick fixes open. */
async function problemsWithLightbulb() {
  await page.keyboard.press('Control+Shift+M');
  const finding = page.locator('.markers-panel .monaco-list-row', { hasText: 'Boundaries' });
  await finding.first().waitFor();
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'accusatory-language' }).first().waitFor();
  await clearNotifications();
  // Enter on the finding puts the cursor on it, in the editor; the lightbulb opens its quick fixes.
  await finding.first().click();
  await page.keyboard.press('Enter');
  await focusEditor();
  await page.keyboard.press('End');
  await page.locator('.monaco-editor .lightBulbWidget').first().click();
  await page.locator('.action-widget .monaco-list-row', { hasText: 'Boundaries' }).first().waitFor();
  await settle();
  await shoot('problems.png');
}

/** The missing section inserted by its quick fix, its prompt now reported where it is. */
async function quickFixApplied() {
  await page.locator('.action-widget .monaco-list-row', { hasText: 'Boundaries' }).first().click();
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'Missing section' }).first().waitFor({ state: 'detached' });
  // Scrolled to the new section, found as a user would find it.
  await page.keyboard.press('Control+F');
  await page.keyboard.type('## Boundaries');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('.view-lines', { hasText: '## Boundaries' }).waitFor();
  await page.keyboard.press('Control+S');
  await settle();
  await shoot('quick-fix.png');
}

/** The recap of the note whose recap was never sent, beside it, with its actions. */
async function recapBesideNote() {
  await page.keyboard.press('Control+J'); // the panel away: room for both editors
  await openWithQuickOpen(page, '2025-06-02-invoice-147.md');
  await runCommand(page, 'Client Notes: Generate Follow-up Summary');
  await page.locator('.view-lines', { hasText: 'Follow-up: Invoice 2025-147 questioned' }).waitFor();
  await page.locator('.notification-toast', { hasText: /Copy/ }).waitFor();
  await settle();
  await shoot('recap.png');
  await clearNotifications();
  await runCommand(page, 'View: Revert and Close Editor');
}

/** A reminder of the client's overdue step, beside its note, with its actions. */
async function reminderBesideNote() {
  await openWithQuickOpen(page, '2025-01-15-rates-2025.md');
  await runCommand(page, 'Client Notes: Draft Reminder');
  await page.locator('.view-lines', { hasText: 'Sign the updated rate card, by' }).waitFor();
  await page.locator('.notification-toast', { hasText: /Copy/ }).waitFor();
  await settle();
  await shoot('reminder.png');
  await clearNotifications();
  await runCommand(page, 'View: Revert and Close Editor');
  await runCommand(page, 'View: Close All Editors');
}

/** A client's History page, picked from the Command Palette as from the Clients view. */
async function historyPage() {
  await runCommand(page, 'Client Notes: Show Client History');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Globex GmbH' }).first().waitFor();
  await page.keyboard.type('Globex');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Globex GmbH' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The page lives in the webview's frames.
  await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('h2', { hasText: 'Next steps' }).waitFor();
  await settle();
  await shoot('history.png');
  await runCommand(page, 'View: Close All Editors');
}

/** New Conversation Note's first question: the scenario, each with what it is for. */
async function newNoteQuickPick() {
  await runCommand(page, 'Client Notes: New Conversation Note');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Missed deadline' }).first().waitFor();
  await settle();
  await shoot('new-note.png');
  await page.keyboard.press('Escape');
}

/** The cn- snippets, up as soon as `cn-` is typed. */
async function snippetsAsYouType() {
  await openWithQuickOpen(page, '2025-01-15-rates-2025.md');
  // Typed keys go to the editor once it shows the note and has the focus.
  const text = page.locator('.editor-group-container.active .view-lines', { hasText: 'Day rate for 2025' });
  await text.waitFor();
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('cn-', { delay: 80 });
  await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'cn-note' }).first().waitFor();
  await settle();
  await shoot('snippets.png');
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Revert and Close Editor');
}

/** The Next Steps view: the overdue step and the unsent recap first, the step with no date; the status bar's count. */
async function nextStepsView() {
  // The status bar's count shows the view.
  await page.locator('.statusbar-item', { hasText: 'overdue' }).first().click();
  await page.locator('.pane-body .monaco-list-row', { hasText: 'Sign the updated rate card' }).first().waitFor();
  await settle();
  await shoot('next-steps.png');
}

async function focusEditor() {
  await page.keyboard.press('Control+1');
}

async function clearNotifications() {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Lets animations and a last repaint finish, so that a picture shows a still workbench. */
async function settle() {
  await page.waitForTimeout(800);
}

async function shoot(name) {
  const path = join(MEDIA, name);
  await page.screenshot({ path });
  console.log(`Wrote ${relative(repoRoot, path)}`);
}
