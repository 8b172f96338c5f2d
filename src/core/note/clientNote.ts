import picomatch from 'picomatch';
import { splitBom } from '../base/lines';
import { NOTE_TYPE, readFrontmatter } from './frontmatter';

// When the YAML is broken the type cannot be read properly; a line that says it still
// makes the file a note, so that the syntax error is reported instead of silence. The
// line may be mis-indented or written as a list item: those are the errors to report.
const TYPE_LINE = /^[ \t]*(?:-[ \t]+)?type:[ \t]*(["']?)([^\s"'#]+)\1[ \t]*(?:#.*)?$/gm;

/**
 * Whether a text is a client note: by its frontmatter type, or by the include globs (the
 * `include` of the resolved config, which is what `config` is everywhere it is called).
 */
export function isClientNote(text: string, config: { include: string[] }, relativePath?: string, frontmatter = readFrontmatter(splitBom(text).source)): boolean {
  if (frontmatter) {
    if (frontmatter.data?.type === NOTE_TYPE) return true;
    if (!frontmatter.data) {
      const source = splitBom(text).source.slice(frontmatter.contentStart, frontmatter.contentEnd);
      for (const [, , type] of source.matchAll(TYPE_LINE)) if (type === NOTE_TYPE) return true;
    }
  }
  return relativePath !== undefined && matchesInclude(config, relativePath);
}

const includeMatchers = new WeakMap<object, (path: string) => boolean>();

function matchesInclude(config: { include: string[] }, relativePath: string): boolean {
  if (config.include.length === 0) return false;
  let matcher = includeMatchers.get(config);
  if (!matcher) {
    matcher = picomatch(config.include, { dot: true });
    includeMatchers.set(config, matcher);
  }
  return matcher(relativePath);
}
