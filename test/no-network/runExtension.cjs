// Runs the extension bundle outside VS Code for test/unit/no-network.test.ts: loads it
// with a stand-in `vscode` module, activates it, and does with one note what a user
// does: open it (diagnostics), complete and hover in its frontmatter, Fix All, and
// Generate Follow-up in every format. Prints what came back as JSON, so that the test
// can tell the extension did its work; recordNetwork.cjs, preloaded with --require,
// records any network attempt meanwhile.
// Usage: node --require recordNetwork.cjs runExtension.cjs EXTENSION_JS NOTE_MD
'use strict';
const { readFileSync } = require('node:fs');
const { standIn, provideVscode } = require('../stand-ins/vscode.cjs');

const [extensionPath, notePath] = process.argv.slice(2);
const text = readFileSync(notePath, 'utf8');

const uri = standIn({ scheme: 'file', path: notePath, toString: () => `file://${notePath}` });
/** Positions are plain offsets here: the stand-in's ranges never read them. */
const note = {
  uri,
  languageId: 'markdown',
  isClosed: false,
  version: 1,
  getText: () => text,
  positionAt: (offset) => ({ offset }),
  offsetAt: (position) => position.offset,
  getWordRangeAtPosition: () => undefined,
};

const openListeners = [];
const commands = new Map();
const providers = {};
const diagnosticsShown = [];
/** Resolved when the extension first shows diagnostics: what the run waits for, however long it takes. */
let diagnosticsFirstShown;
const firstDiagnostics = new Promise((resolve) => {
  diagnosticsFirstShown = resolve;
});
const editsApplied = [];
const registered = (what, value) => {
  providers[what] = value;
  return standIn();
};

provideVscode(
  standIn({
    workspace: standIn({
      textDocuments: [],
      onDidOpenTextDocument: (listener) => {
        openListeners.push(listener);
        return standIn();
      },
      // Outside any workspace folder: no config file to look for, the settings' defaults.
      getWorkspaceFolder: () => undefined,
      getConfiguration: () => ({ get: (_key, fallback) => fallback, inspect: () => undefined }),
      findFiles: async () => [],
      openTextDocument: async () => note,
      applyEdit: async (edit) => {
        editsApplied.push(edit);
        return true;
      },
    }),
    languages: standIn({
      createDiagnosticCollection: (name) =>
        standIn({
          set: (_uri, diagnostics) => {
            diagnosticsShown.push({ name, count: diagnostics.length });
            diagnosticsFirstShown();
          },
        }),
      // The frontmatter's completion (triggered by `:`), not the snippets' (by the `-` of `cn-`).
      registerCompletionItemProvider: (_selector, provider, ...triggerCharacters) => registered(triggerCharacters.includes(':') ? 'completion' : 'snippetCompletion', provider),
      registerHoverProvider: (_selector, provider) => registered('hover', provider),
    }),
    commands: standIn({
      registerCommand: (id, handler) => {
        commands.set(id, handler);
        return standIn();
      },
    }),
  }),
);

async function main() {
  const extension = require(require('node:path').resolve(extensionPath));
  // A fresh profile: nothing remembered yet (the one-time offer of a signature shows).
  const context = { subscriptions: [], extensionUri: standIn(), globalState: { get: () => undefined, update: async () => undefined } };
  extension.activate(context);

  for (const listener of openListeners) listener(note);
  // Linting on open is asynchronous (it first looks up the configuration): the run waits
  // for its diagnostics, and the test's timeout ends a run that never shows any.
  await firstDiagnostics;

  const afterScenario = text.indexOf('scenario: ') + 'scenario: '.length;
  const completions = await providers.completion.provideCompletionItems(note, { offset: afterScenario });
  const hover = providers.hover.provideHover(note, { offset: text.indexOf('topic:') + 1 });
  const fixed = await commands.get('clientNotes.fixAll')({ uri });
  const recaps = {};
  for (const format of ['markdown', 'text', 'eml', 'mailto']) recaps[format] = await commands.get('clientNotes.generateFollowUp')({ uri, format });

  process.stdout.write(
    JSON.stringify({
      commands: [...commands.keys()].sort(),
      diagnostics: diagnosticsShown.filter((shown) => shown.name === 'client-notes').map((shown) => shown.count),
      completions: completions.length,
      hover: hover !== undefined,
      fixed,
      editsApplied: editsApplied.length,
      recaps,
    }),
  );
  // As VS Code does when the extension host stops: timers and watchers end, and so does the process.
  for (const subscription of context.subscriptions) subscription.dispose();
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
