// One home for each concept of the editor: a second one drifts, and then two features
// disagree in front of the user. Found by parsing the editor's sources, so that a new
// file is held to it without being listed here.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from '../generate/manifestNls';

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourcesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

function editorSources(): string[] {
  return [...sourcesUnder(join(repoRoot, 'src', 'vscode')), join(repoRoot, 'src', 'extension.ts'), join(repoRoot, 'src', 'extension.web.ts')];
}

/** `file:line text` of every node `matches` finds, outside the concept's home. */
function foundOutside(home: string, matches: (node: ts.Node) => boolean, files = editorSources()): string[] {
  const found: string[] = [];
  for (const file of files) {
    const path = relative(repoRoot, file);
    if (path === home) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (matches(node)) found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * `new Date(…)` and `Date.now()`: the time now, read from the system, or a `Date` made in the
 * editor, where one made of a day (`core/base/days.ts` `utcMidnight`) is all it needs besides the clock's.
 */
const readsTheTime = (node: ts.Node): boolean =>
  (ts.isNewExpression(node) && node.expression.getText() === 'Date') || (ts.isCallExpression(node) && node.expression.getText() === 'Date.now');

/** `new TextDecoder(…)` and `workspace.fs.readFile(…)`: a user's file read and decoded. */
const decodesAFile = (node: ts.Node): boolean =>
  (ts.isNewExpression(node) && node.expression.getText() === 'TextDecoder') || (ts.isCallExpression(node) && /\bfs\.readFile$/.test(node.expression.getText()));

const opensAnOutputChannel = (node: ts.Node): boolean => ts.isCallExpression(node) && /\.createOutputChannel$/.test(node.expression.getText());

/** `workspace.getConfiguration(…)`: a setting read. */
const readsASetting = (node: ts.Node): boolean => ts.isCallExpression(node) && /\.getConfiguration$/.test(node.expression.getText());

describe('one home for each concept of the editor', () => {
  it('reads the time from the one clock, src/vscode/clock.ts, which tests can pin', () => {
    assert.deepEqual(foundOutside('src/vscode/clock.ts', readsTheTime), []);
  });

  it("reads and decodes a user's file in one place, src/vscode/noteSource.ts, as the command line decodes it", () => {
    assert.deepEqual(foundOutside('src/vscode/noteSource.ts', decodesAFile), []);
  });

  it('writes to the one log, src/vscode/log.ts', () => {
    assert.deepEqual(foundOutside('src/vscode/log.ts', opensAnOutputChannel), []);
  });

  it('reads the settings in one place, src/vscode/configuration.ts, which merges them with the config files', () => {
    assert.deepEqual(foundOutside('src/vscode/configuration.ts', readsASetting), []);
  });

  it('finds a second home where there is one', () => {
    const source = ts.createSourceFile('sample.ts', 'const a = new Date(); const b = Date.now(); const c = new Date(0); vscode.window.createOutputChannel("x"); new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)); vscode.workspace.getConfiguration("clientNotes");', ts.ScriptTarget.Latest, true);
    const hits: string[] = [];
    const visit = (node: ts.Node): void => {
      if (readsTheTime(node) || opensAnOutputChannel(node) || decodesAFile(node) || readsASetting(node)) hits.push(node.getText());
      ts.forEachChild(node, visit);
    };
    visit(source);
    assert.deepEqual(hits, ['new Date()', 'Date.now()', 'new Date(0)', 'vscode.window.createOutputChannel("x")', 'new TextDecoder()', 'vscode.workspace.fs.readFile(uri)', 'vscode.workspace.getConfiguration("clientNotes")']);
  });
});

/** `text.startsWith(BOM)` or `'\uFEFF'`: a byte order mark looked for, to be taken off. */
const looksForABom = (node: ts.Node): boolean =>
  ts.isCallExpression(node) &&
  /\.startsWith$/.test(node.expression.getText()) &&
  node.arguments.length > 0 &&
  (node.arguments[0].getText() === 'BOM' || (ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text === '\uFEFF'));

/** `parseNote(…)`: a note's Markdown parsed. */
const parsesANote = (node: ts.Node): boolean => ts.isCallExpression(node) && node.expression.getText() === 'parseNote';

describe('one home for each concept of the core and the hosts', () => {
  const everySource = () => sourcesUnder(join(repoRoot, 'src'));

  it("takes a text's byte order mark off in one place, splitBom in src/core/base/lines.ts", () => {
    assert.deepEqual(foundOutside('src/core/base/lines.ts', looksForABom, everySource()), []);
  });

  it('parses a note in one place, the opened note of src/core/note/openNote.ts, which parses it once', () => {
    assert.deepEqual(foundOutside('src/core/note/openNote.ts', parsesANote, everySource()), []);
  });

  it('reads the settings in one place, src/vscode/configuration.ts, which merges them with the config files', () => {
    assert.deepEqual(foundOutside('src/vscode/configuration.ts', readsASetting), []);
  });

  it('finds a second home where there is one', () => {
    const source = ts.createSourceFile('sample.ts', "const a = text.startsWith(BOM); const b = text.startsWith('\\uFEFF'); const c = text.startsWith('-'); const d = parseNote(text, []);", ts.ScriptTarget.Latest, true);
    const hits: string[] = [];
    const visit = (node: ts.Node): void => {
      if (looksForABom(node) || parsesANote(node)) hits.push(node.getText());
      ts.forEachChild(node, visit);
    };
    visit(source);
    assert.deepEqual(hits, ['text.startsWith(BOM)', "text.startsWith('\\uFEFF')", 'parseNote(text, [])']);
  });
});
