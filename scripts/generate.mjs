// npm run generate: writes every file generated from the code — package.json's settings
// and package.nls.json, the README's and docs/rules/'s rule tables and the findings under
// the rule pages' examples, l10n/bundle.l10n.json, the rule fixtures' .expected and
// .fixed.md files, and the recap's golden files — from test/generate/, the functions the
// tests check those files with. `npm run generate -- --check` writes nothing and exits 1,
// naming them, when a committed file differs (npm test runs it).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { nodeBundle } from './bundling.mjs';

process.chdir(resolve(import.meta.dirname, '..'));
const outfile = resolve('out/generate/index.js');
await build({ ...nodeBundle(), sourcemap: 'inline', entryPoints: ['test/generate/index.ts'], outfile });
process.exitCode = createRequire(import.meta.url)(outfile).generate({ check: process.argv.includes('--check') });
