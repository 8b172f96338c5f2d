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
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'src/core/ must not depend on vscode.' }, ...NODE_MODULES], patterns: NODE_PREFIXED_MODULES },
      ],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
);
