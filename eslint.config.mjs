import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A browser build shares src/core/ and src/vscode/ (files through FileAccess): Node's
// modules and globals belong in src/node/ and src/cli/ only.
const nodeOnly = (name) => ({ name, message: `${name} is Node-only; use FileAccess, vscode.Uri or a core helper.` });
const NODE_MODULES = builtinModules.filter((name) => !name.startsWith('_')).map(nodeOnly);
const NODE_PREFIXED_MODULES = [{ group: ['node:*'], message: 'Node modules are for src/node/ and src/cli/ only.' }];
const NODE_GLOBALS = ['Buffer', 'process', 'global', '__dirname', '__filename'].map(nodeOnly);

// The floors of the core, lowest first (ARCHITECTURE.md draws them): a folder of src/core/
// imports only itself and the folders below it, never one above, and never a host. A new
// folder of src/core/ needs its floor here, or the lint fails. Circles within a folder,
// which no import pattern sees, fail test/unit/importFloors.test.ts.
const CORE_FLOORS = ['base', 'lang', 'note', 'edit', 'config', 'digest', 'lint', 'recap', 'scaffold'];
// The editor's floors, lowest first: one folder per feature of src/vscode/, each with its
// own activation, above the editor's shared modules (the files at the top of src/vscode/:
// the clock, the log, the note source, the configuration…), which import no feature. A
// feature imports the shared modules, itself and the features below it (a command's id, a
// view's item), never one above. src/vscode/activate.ts and testApi.ts, which gather every
// feature, stand on top of them all. A new folder of src/vscode/ needs its floor here.
const EDITOR_FLOORS = ['digest', 'recap', 'nextSteps', 'clients', 'history', 'reminders', 'lint', 'completion', 'scaffold'];
const EDITOR_TOP = ['src/vscode/activate.ts', 'src/vscode/testApi.ts'];
for (const [root, floors, list] of [['src/core/', CORE_FLOORS, 'CORE_FLOORS'], ['src/vscode/', EDITOR_FLOORS, 'EDITOR_FLOORS']]) {
  const unplaced = readdirSync(new URL(root, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !floors.includes(entry.name))
    .map((entry) => `${root}${entry.name}/`);
  if (unplaced.length > 0) throw new Error(`${unplaced.join(', ')} has no floor: add it to ${list} in eslint.config.mjs.`);
}
const CORE_PATHS = [{ name: 'vscode', message: 'src/core/ must not depend on vscode.' }, ...NODE_MODULES];
const CORE_PATTERNS = [
  ...NODE_PREFIXED_MODULES,
  { regex: '^(\\.\\./)+(vscode|node|cli|extension(\\.web)?)(/|$)', message: 'src/core/ never imports a host: the hosts import the core.' },
];
/**
 * The pattern of the imports that run up from `floor` into the folders `above` it: from a
 * folder of the floors, `../` up to them (the default `from`); from the files at the top
 * of src/vscode/, `./` into them.
 */
const upward = (floor, above, from = '(\\.\\./)+') => above.length === 0 ? [] : [{
  regex: `^${from}(${above.join('|')})(/|$)`,
  message: `${floor} is below ${above.map((name) => `${name}/`).join(', ')}: move what it needs from there down to ${floor} or a floor below.`,
}];
const coreFloor = (floor, level) => ({
  files: [`src/core/${floor}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: [...CORE_PATTERNS, ...upward(`${floor}/`, CORE_FLOORS.slice(level + 1))] }] },
});
const EDITOR_RULES = { paths: NODE_MODULES, patterns: NODE_PREFIXED_MODULES };
const editorFloor = (floor, level) => ({
  files: [`src/vscode/${floor}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { ...EDITOR_RULES, patterns: [...EDITOR_RULES.patterns, ...upward(`${floor}/`, EDITOR_FLOORS.slice(level + 1))] }] },
});
const editorShared = {
  files: ['src/vscode/*.ts'],
  ignores: EDITOR_TOP,
  rules: { 'no-restricted-imports': ['error', { ...EDITOR_RULES, patterns: [...EDITOR_RULES.patterns, ...upward('src/vscode/*.ts', EDITOR_FLOORS, '\\./')] }] },
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.vscode-test/', 'node_modules/', 'bench/.corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/vscode/**/*.ts', 'src/extension.ts', 'src/extension.web.ts'],
    rules: {
      'no-restricted-imports': ['error', EDITOR_RULES],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  {
    // The core is shared by the extension, the CLI and the tests: it must never need VS Code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: CORE_PATTERNS }],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  // Each floor's own restrictions replace the core's (the editor's) above, and hold them too.
  ...CORE_FLOORS.map(coreFloor),
  editorShared,
  ...EDITOR_FLOORS.map(editorFloor),
);
