// Bundles the extension, the CLI and both test suites with esbuild.
// unified/remark are ESM-only; bundling to CommonJS lets the extension host,
// the CLI and mocha load them without any loader tricks.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { linearMicromarkEditMap } from './micromark-patch.mjs';

const production = process.argv.includes('--production');

function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, suffix);
    return full.endsWith(suffix) ? [full] : [];
  });
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // yaml and ajv ship both module formats; prefer the CommonJS entry points.
  mainFields: ['module', 'main'],
  // The note templates are imported as text, so the core reads no file at run time.
  loader: { '.md': 'text' },
  plugins: [linearMicromarkEditMap],
};

rmSync('out', { recursive: true, force: true });

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    // tinyglobby's fdir reads import.meta.url, which a CommonJS bundle must supply.
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': 'importMetaUrl' },
  }),
  // The CLI's worker threads for large runs, loaded by dist/cli.js from beside it.
  build({ ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js' }),
  build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: filesUnder('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    // commonmark-spec reads its spec.txt from beside itself when loaded, which a bundle
    // would break; the TypeScript compiler, which a test parses the core with, is large.
    external: ['commonmark-spec', 'typescript'],
  }),
  build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/index.ts', ...filesUnder('test/integration', '.test.ts')],
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
  }),
]);
