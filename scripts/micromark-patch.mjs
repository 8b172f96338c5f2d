// An esbuild plugin that makes micromark's EditMap.consume cost what it changes, not the
// whole document. micromark (through remark-parse) calls it each time a list or block
// quote closes, and as published (micromark-util-edit-map 1.0.0) it copies every event
// parsed so far into a new array and back, so parsing grows with the square of the
// number of lists: 64 KB of short list items between paragraphs took about 25 s, a frozen
// extension host. The events before the first edit never move, so they are left where
// they are; the result is the same array. The build fails when the published code no
// longer reads as expected, so that a new version is looked at rather than silently
// left unpatched. test/unit/core/note/parse-limits.test.ts times the slowest input.
import { readFile } from 'node:fs/promises';

const QUADRATIC_HEAD_COPY = /\n[ \t]*vecs\.push\(events\.slice\(\)\);?\n[ \t]*events\.length = 0;?\n/g;

/** @type {import('esbuild').Plugin} */
export const linearMicromarkEditMap = {
  name: 'linear-micromark-edit-map',
  setup(build) {
    build.onLoad({ filter: /[\\/]micromark-util-edit-map[\\/](?:dev[\\/])?index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const matches = source.match(QUADRATIC_HEAD_COPY)?.length ?? 0;
      if (matches !== 1) {
        throw new Error(`${path}: expected the head copy in EditMap.consume once, found it ${matches} times; check whether the patch is still needed.`);
      }
      return { contents: source.replace(QUADRATIC_HEAD_COPY, '\n'), loader: 'js' };
    });
  },
};
