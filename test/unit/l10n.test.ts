// Localization holds: every string the editor shows goes through vscode.l10n.t, the
// committed bundle is what `npm run l10n:export` makes of the sources, and every
// translation has exactly the keys and placeholders of its English original.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { readNls, repoRoot, type Strings } from './manifestNls';
import { CHANNELS, SCENARIOS } from '../../src/core/note/scenarios';
import { noteSchema } from '../../src/core/note/validator';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const l10nDir = join(repoRoot, 'l10n');
const readJson = (path: string): Strings => JSON.parse(readFileSync(path, 'utf8'));
const readBundle = (locale?: string): Strings => readJson(join(l10nDir, locale ? `bundle.l10n.${locale}.json` : 'bundle.l10n.json'));

/** The locales translated, from the file names of the code's bundles. */
const LOCALES = readdirSync(l10nDir).flatMap((name) => /^bundle\.l10n\.([a-z]{2}(?:-[a-z]+)?)\.json$/.exec(name)?.[1] ?? []);

/** Where a literal reaches the user: the fields of quick-pick items, tree items, status bar items, input boxes, dialogs. */
const SHOWN_PROPERTIES = new Set(['label', 'description', 'detail', 'tooltip', 'title', 'placeHolder', 'placeholder', 'prompt', 'text', 'name', 'saveLabel', 'message', 'openLabel']);
const MESSAGE_CALLS = /^show(Information|Warning|Error)Message$/;
const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
/** Two words in a row: prose, whoever reads it. */
const PROSE = /[A-Za-z]{2,}[,:;]? +[A-Za-z]{2,}/;

function sourcesOfTheEditor(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? under(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  return [...under(join(repoRoot, 'src', 'vscode')), join(repoRoot, 'src', 'extension.ts'), join(repoRoot, 'src', 'extension.web.ts')];
}

/** The text a literal shows, icons such as `$(checklist)` left out. */
function shownText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text.replace(/\$\([a-z-]+\)/g, '');
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ').replace(/\$\([a-z-]+\)/g, '');
  return undefined;
}

const isL10nCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't' && /\bl10n$/.test(node.expression.expression.getText());

/** Whether the literal is where the user sees it: a message's argument, a shown field, or the label of a new TreeItem or CodeAction. */
function inShownPlace(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isL10nCall(parent)) return false;
    // Compared or tested, a literal is a value, not text: `owner === 'me' ? … : …`.
    if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return false;
    if (ts.isConditionalExpression(parent) && parent.condition === child) return false;
    if (ts.isPropertyAssignment(parent) && parent.initializer === child) return SHOWN_PROPERTIES.has(parent.name.getText());
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === child) {
      return ts.isPropertyAccessExpression(parent.left) && SHOWN_PROPERTIES.has(parent.left.name.text);
    }
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && MESSAGE_CALLS.test(parent.expression.name.text)) return true;
    if (ts.isNewExpression(parent) && /\b(TreeItem|CodeAction|CompletionItem)$/.test(parent.expression.getText()) && parent.arguments?.[0] === child) return true;
    if (ts.isVariableDeclaration(parent) || ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** `log.warn(…)` and its kind (`vscode/log.ts`): the log is for bug reports, in English as VS Code's own. */
const isLogCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^log$/.test(node.expression.expression.getText());

function insideL10nCall(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (isL10nCall(parent) || isLogCall(parent)) return true;
  return false;
}

/** `file:line "text"` for every literal the user would read in English whatever their language. */
function bypassingLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const shown = shownText(node);
    if (shown !== undefined) {
      if (!insideL10nCall(node) && (PROSE.test(shown) || (/[A-Za-z]/.test(shown) && inShownPlace(node)))) {
        found.push(`${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`);
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

describe('localization', () => {
  it('sends every string the editor shows through vscode.l10n.t', () => {
    const found = sourcesOfTheEditor().flatMap((file) => bypassingLiterals(file, readFileSync(file, 'utf8')));
    assert.deepEqual(found, [], `wrap these in vscode.l10n.t(…), then run npm run l10n:export:\n${found.join('\n')}`);
  });

  it('flags a message, a quick-pick label and a tree item written inline, and not their l10n.t form', () => {
    const inline = [
      "vscode.window.showInformationMessage('Saved.');",
      "const items = [{ label: 'Mine', owner: 'me' }];",
      'const item = new vscode.TreeItem(`Recap to ${client} not sent`);',
      "status.tooltip = done ? 'All done' : '';",
      "pick.placeholder = owner === 'me' ? 'Yours' : '';",
    ].join('\n');
    assert.equal(bypassingLiterals('sample.ts', inline).length, 5, bypassingLiterals('sample.ts', inline).join('\n'));
    const wrapped = [
      "vscode.window.showInformationMessage(vscode.l10n.t('Saved.'));",
      "const items = [{ label: vscode.l10n.t('Mine'), owner: 'me' }];",
      "const item = new vscode.TreeItem(vscode.l10n.t('Recap to {0} not sent', client));",
      "status.tooltip = done ? vscode.l10n.t('All done') : '';",
      "void vscode.commands.executeCommand('setContext', 'clientNotes.hasNotes', true);",
    ].join('\n');
    assert.deepEqual(bypassingLiterals('sample.ts', wrapped), []);
  });

  it('commits the bundle that npm run l10n:export makes of the sources', function () {
    this.timeout(60_000);
    const outDir = mkdtempSync(join(tmpdir(), 'client-notes-l10n-'));
    try {
      const cli = join(repoRoot, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
      const run = spawnSync(process.execPath, [cli, 'export', '--outDir', outDir, join(repoRoot, 'src')], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(readBundle(), readJson(join(outDir, 'bundle.l10n.json')), 'l10n/bundle.l10n.json is out of date: run npm run l10n:export');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("holds every scenario's name and line, every channel's and every frontmatter key's line to a key of the bundle", () => {
    // The editor shows these through noteVocabulary.ts, which writes each English original
    // out again for the export to find; a reworded original is caught here.
    const bundle = readBundle();
    const keyLines: string[] = [];
    const collect = (node: SchemaNode): void => {
      for (const property of Object.values(node.properties ?? {})) {
        if (property.description) keyLines.push(property.description);
        collect(property.items ?? property);
      }
    };
    collect(noteSchema as SchemaNode);
    const originals = [...SCENARIOS.flatMap((scenario) => [scenario.label, scenario.description]), ...CHANNELS.map((channel) => channel.description), ...keyLines];
    assert.ok(keyLines.length >= 20, `${keyLines.length} key lines`);
    assert.deepEqual(originals.filter((original) => !(original in bundle)), []);
  });

  it('translates into German and French at least', () => {
    assert.deepEqual(LOCALES.filter((locale) => ['de', 'fr'].includes(locale)).sort(), ['de', 'fr']);
  });

  for (const locale of LOCALES) {
    it(`has each page of the walkthrough in ${locale} (NAME.nls.${locale}.md, which VS Code shows in that language), with its commands and keys`, () => {
      const folder = join(repoRoot, 'media', 'walkthrough');
      const pages = readdirSync(folder).filter((name) => /^[a-z-]+\.md$/.test(name));
      assert.ok(pages.length >= 4);
      for (const page of pages) {
        const translated = readFileSync(join(folder, page.replace(/\.md$/, `.nls.${locale}.md`)), 'utf8');
        // The same code spans (a file name, a key, a snippet prefix) in the same order: the page says the same.
        const codeSpans = (text: string) => text.match(/`[^`]+`/g) ?? [];
        assert.deepEqual(codeSpans(translated), codeSpans(readFileSync(join(folder, page), 'utf8')), page);
      }
    });

    for (const [name, english, translated] of [
      ['l10n/bundle.l10n', () => readBundle(), () => readBundle(locale)],
      ['package.nls', () => readNls(), () => readNls(locale)],
    ] as const) {
      it(`${name}.${locale}.json has every key of ${name}.json and no other, with the same placeholders`, () => {
        const original = english();
        const translation = translated();
        assert.deepEqual(Object.keys(translation).sort(), Object.keys(original).sort());
        for (const [key, text] of Object.entries(original)) {
          assert.ok(translation[key].trim().length > 0, `${key}: empty`);
          assert.deepEqual(placeholders(translation[key]), placeholders(text), `${key}: placeholders`);
        }
      });
    }
  }
});
