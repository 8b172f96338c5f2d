// Bundles the extension (for Node and for the browser), the CLI and both test suites with esbuild.
// unified/remark are ESM-only; bundling to CommonJS lets the extension host, the CLI
// and the integration tests load them without any loader tricks (the unit suites are ES modules).
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeBundle } from './bundling.mjs';

const production = process.argv.includes('--production');

function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, suffix);
    return full.endsWith(suffix) ? [full] : [];
  });
}

const common = nodeBundle({ production });

// tinyglobby's fdir reads import.meta.url, which a CommonJS bundle of the CLI must supply.
const importMetaUrl = {
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': 'importMetaUrl' },
};

// The web build, for VS Code's web worker extension host (vscode.dev, github.dev): the
// same sources as CommonJS, which that host loads, with no Node built-ins to fall back on.
// A worker has no DOM: the `worker` condition picks the entry points written for one
// (decode-named-character-reference's `browser` entry decodes through a DOM element).
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['worker', 'module'],
};

// The web worker host loads one test module, which this plugin makes whole:
// - the `integration-suites` module bundles every suite that runs there and loads them
//   (loadSuites) once mocha has defined describe and it; a suite that needs Node's file
//   system is named *.node.test.ts and runs in the desktop host only;
// - node:assert/strict, which the suites import, is Node's: the same assertions come from
//   test/integration/web/assert.ts there;
// - mocha's browser build is a UMD script in a package of `type: module`, so esbuild would
//   bundle it as ESM, where `module` is the test module's own and the script would replace
//   its exports: with `module`, `exports` and `define` shadowed it sets globalThis.mocha.
const integrationSuites = filesUnder('test/integration', '.test.ts');
const webSuites = integrationSuites.filter((file) => !file.endsWith('.node.test.ts'));
const webIntegrationTests = {
  name: 'web-integration-tests',
  setup(build) {
    build.onResolve({ filter: /^integration-suites$/ }, () => ({ path: 'integration-suites', namespace: 'integration-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'integration-suites' }, () => ({
      resolveDir: 'test/integration',
      contents: [
        'export function loadSuites() {',
        ...webSuites.map((file) => `  require(${JSON.stringify(`./${basename(file)}`)});`),
        '}',
        `export const desktopOnlySuites = ${JSON.stringify(integrationSuites.filter((file) => !webSuites.includes(file)).map((file) => basename(file)))};`,
      ].join('\n'),
    }));
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: join(process.cwd(), 'test', 'integration', 'web', 'assert.ts') }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, ({ path }) => ({
      contents: `var module, exports, define;\n${readFileSync(path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

// The unit suites are ES modules that share chunks of what they import: each worker process
// of mocha loads the core once for all the suites it runs, rather than a copy in each suite's
// bundle. This gives every module of them (a suite or a chunk) what CommonJS gave it: its own
// `require` (for the externals and a deferred require() in the core), `__filename` and `__dirname`.
const UNIT_TEST_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join(' ');

rmSync('out', { recursive: true, force: true });

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...browser, entryPoints: ['src/extension.web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl.banner.js}` },
    define: importMetaUrl.define,
  }),
  // The CLI's worker threads for large runs, loaded by dist/cli.js from beside it.
  build({ ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js' }),
  // The editor's worker threads for its first scan of the notes, loaded by dist/extension.js.
  build({ ...common, entryPoints: ['src/node/digestWorker.ts'], outfile: 'dist/digestWorker.js' }),
  build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: filesUnder('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    // The tests run the CLI in this process too (import.meta.url is an ES module's own).
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    banner: { js: UNIT_TEST_BANNER },
    // commonmark-spec reads its spec.txt from beside itself when loaded, which a bundle
    // would break; the TypeScript compiler, which a test parses the core with, is large.
    external: ['commonmark-spec', 'typescript'],
  }),
  build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/index.ts', ...integrationSuites],
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
  }),
  build({
    ...browser,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: 'out/test/integration-web/index.js',
    external: ['vscode'],
    plugins: [...browser.plugins, webIntegrationTests],
  }),
]);
