import { readFrontmatter } from './frontmatter';
import { splitBom } from '../base/lines';

/** Where a cursor sits in the frontmatter, for completion and hover. */
export interface FrontmatterContext {
  /** Keys of the enclosing mappings, outermost first, e.g. `['next_steps']` inside a step. */
  parents: string[];
  /** `key` when typing a key, `value` after `key:`. */
  position: 'key' | 'value';
  /** The key of the line, when the cursor is on or after it. */
  key: string | undefined;
  /** Offsets of the key on this line, when there is one. */
  keyStart: number | undefined;
  keyEnd: number | undefined;
  /** Keys already present beside the cursor's key, so completion can leave them out. */
  siblings: string[];
}

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(.*)$/;

/** Reads the YAML lines around an offset; undefined outside the frontmatter. Never throws. */
export function frontmatterContextAt(text: string, offset: number): FrontmatterContext | undefined {
  const { source: body, bomLength: shift } = splitBom(text);
  const frontmatter = readFrontmatter(body);
  const at = offset - shift;
  if (!frontmatter || at < frontmatter.contentStart || at > frontmatter.contentEnd) return undefined;

  const lines = body.slice(frontmatter.contentStart, frontmatter.contentEnd).split(/\r?\n/);
  let lineStart = frontmatter.contentStart;
  let lineIndex = 0;
  while (lineIndex < lines.length - 1 && lineStart + lines[lineIndex].length < at) {
    lineStart += lines[lineIndex].length + (body[lineStart + lines[lineIndex].length] === '\r' ? 2 : 1);
    lineIndex++;
  }
  const line = lines[lineIndex] ?? '';
  const column = at - lineStart;
  const indent = indentOf(line);
  const match = KEY_LINE.exec(line);
  const colon = match ? line.indexOf(':', line.indexOf(match[2]) + match[2].length) : -1;
  const position = match && column > colon ? 'value' : 'key';
  const key = match?.[2];
  const keyStart = match ? lineStart + line.indexOf(match[2]) + shift : undefined;

  const parents: string[] = [];
  let level = keyIndent(line, indent);
  for (let index = lineIndex - 1; index >= 0 && level > 0; index--) {
    const candidate = lines[index];
    if (candidate.trim() === '' || candidate.trim().startsWith('#')) continue;
    const candidateIndent = indentOf(candidate);
    if (candidateIndent < level) {
      const parent = KEY_LINE.exec(candidate);
      if (parent && parent[3].trim() === '') {
        parents.unshift(parent[2]);
        level = candidateIndent;
      } else if (/^\s*-\s*$/.test(candidate)) {
        level = candidateIndent;
      }
    }
  }
  return {
    parents,
    position,
    key,
    keyStart,
    keyEnd: keyStart !== undefined && key ? keyStart + key.length : undefined,
    siblings: siblingKeys(lines, lineIndex, keyIndent(line, indent)),
  };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A `- key:` line's key sits after the dash; that is the indentation its siblings share. */
function keyIndent(line: string, indent: number): number {
  const dash = /^(\s*)-\s+/.exec(line);
  return dash ? dash[0].length : indent;
}

function siblingKeys(lines: string[], lineIndex: number, level: number): string[] {
  const keys: string[] = [];
  const collect = (index: number) => {
    const line = lines[index];
    const match = KEY_LINE.exec(line);
    if (match && keyIndent(line, indentOf(line)) === level && index !== lineIndex) keys.push(match[2]);
  };
  for (let index = lineIndex - 1; index >= 0; index--) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (keyIndent(line, indentOf(line)) < level) break;
    collect(index);
    if (/^\s*-\s/.test(line) && keyIndent(line, indentOf(line)) === level) break;
  }
  for (let index = lineIndex + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (keyIndent(line, indentOf(line)) < level || (/^\s*-\s/.test(line) && level > 0)) break;
    collect(index);
  }
  return keys;
}
