// The esbuild options every Node bundle of this project shares: scripts/build.mjs's, and
// the generator's that scripts/generate.mjs makes.
import { linearMicromarkEditMap } from './micromark-patch.mjs';
import { precompiledSchemas } from './precompiled-schemas.mjs';

/** The plugins every bundle of the core needs: micromark's edit map made linear, the schemas compiled. */
export const bundlePlugins = [linearMicromarkEditMap, precompiledSchemas];

/** Options for a CommonJS bundle run by Node; `production` minifies and drops source maps. */
export function nodeBundle({ production = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    // The packs' words and patterns hold accents, glyphs and emoji: written as UTF-8 (which Node reads, and a worker's script
    // is always decoded as) rather than escaped, each takes two to four bytes rather than six to twelve.
    charset: 'utf8',
    logLevel: 'warning',
    // yaml and ajv ship both module formats; prefer the CommonJS entry points.
    mainFields: ['module', 'main'],
    // The command line's built-in templates are imported as text (core/scaffold/bundledTemplates.ts).
    loader: { '.md': 'text' },
    plugins: bundlePlugins,
  };
}
