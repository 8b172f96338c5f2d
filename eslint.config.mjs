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
// which no import pattern sees, fail test/unit/core/coreFloors.test.ts.
const CORE_FLOORS = ['base', 'lang', 'note', 'edit', 'config', 'digest', 'lint', 'recap', 'scaffold'];
const unplaced = readdirSync(new URL('src/core/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !CORE_FLOORS.includes(entry.name))
  .map((entry) => `src/core/${entry.name}/`);
if (unplaced.length > 0) throw new Error(`${unplaced.join(', ')} has no floor: add it to CORE_FLOORS in eslint.config.mjs.`);
const CORE_PATHS = [{ name: 'vscode', message: 'src/core/ must not depend on vscode.' }, ...NODE_MODULES];
const CORE_PATTERNS = [
  ...NODE_PREFIXED_MODULES,
  { regex: '^(\\.\\./)+(vscode|node|cli|extension(\\.web)?)(/|$)', message: 'src/core/ never imports a host: the hosts import the core.' },
];
const coreFloor = (floor, level) => {
  const above = CORE_FLOORS.slice(level + 1);
  const up = above.length === 0 ? [] : [{
    regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
    message: `${floor}/ is below ${above.map((name) => `${name}/`).join(', ')}: move what it needs from there down to ${floor}/ or a floor below.`,
  }];
  return {
    files: [`src/core/${floor}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: CORE_PATHS, patterns: [...CORE_PATTERNS, ...up] }] },
  };
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
      'no-restricted-imports': ['error', { paths: NODE_MODULES, patterns: NODE_PREFIXED_MODULES }],
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
  // Each floor's own restrictions replace the core's above, and hold them too.
  ...CORE_FLOORS.map(coreFloor),
);
