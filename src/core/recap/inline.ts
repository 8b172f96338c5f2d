import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { oneLine } from '../base/text';

// The recap holds what the freelancer wrote (Markdown) and plain values such as names.
// These helpers keep the two apart: plain values are escaped on their way into Markdown,
// and Markdown is flattened to words for the plain-text, .eml and mailto formats.

const parser = unified().use(remarkParse);

const AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/i;

/**
 * Stops a line's start from reading as a heading, list item, quote, code fence or HTML
 * block when the words are placed at the start of a line or of a list item.
 */
export function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  if (/^(?:#{1,6}(?=\s|$)|[-+*](?=\s|$)|>|`{3,}|~{3,}|=+\s*$|-+\s*$|_{3,}\s*$)/.test(line)) return `\\${line}`;
  // A tag or comment would start an HTML block; an autolink (`<https://…>`) is fine.
  if (line.startsWith('<') && !AUTOLINK.test(line)) return `\\${line}`;
  return line;
}

/** A plain value (a name, a signature line) written so that Markdown shows it as is. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&'));
}

const INLINE_SYNTAX = /[\\`*_[\]<>&!~|]/;

/** The words of one line of inline Markdown, without its syntax. */
export function inlineToPlain(markdown: string): string {
  const line = oneLine(markdown);
  // Words with none of inline Markdown's syntax characters read as they are written; the
  // parser is skipped for them, which a recap of thousands of section titles notices.
  if (!INLINE_SYNTAX.test(line)) return line;
  const tree = parser.parse(escapeLineStart(line)) as Root;
  return oneLine(tree.children.map((node) => inlinePlain(node)).join(' '));
}

/** Markdown blocks as plain text: lists get bullets, code is indented, syntax goes. */
export function markdownToPlain(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  return blocksPlain(tree.children);
}

function blocksPlain(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => blockPlain(node))
    .filter((text) => text.trim().length > 0)
    .join('\n\n');
}

function blockPlain(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlinePlain(node).trim();
    case 'list':
      return listPlain(node);
    case 'blockquote':
      return indent(blocksPlain(node.children), '  ');
    case 'code':
      return indent(node.value, '    ');
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return '';
    default:
      return 'children' in node ? blocksPlain(node.children as RootContent[]) : 'value' in node ? String(node.value) : '';
  }
}

function listPlain(list: List): string {
  const start = list.start ?? 1;
  return list.children
    .map((item: ListItem, index) => {
      const bullet = list.ordered ? `${start + index}. ` : '• ';
      const text = taskPlain(blocksPlain(item.children));
      return bullet + indent(text, ' '.repeat(bullet.length)).slice(bullet.length);
    })
    .join(list.spread ? '\n\n' : '\n');
}

// remark without GFM leaves `[ ]` and `[x]` in the item's words.
function taskPlain(text: string): string {
  const task = /^\[([ xX])\][ \t]+/.exec(text);
  if (!task) return text;
  const words = text.slice(task[0].length);
  return task[1] === ' ' ? words : `${words} (done)`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? prefix + line : line))
    .join('\n');
}

function inlinePlain(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return '';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'link': {
      const label = node.children.map((child) => inlinePlain(child)).join('');
      const url = node.url;
      if (!url || url === label || url === `mailto:${label}`) return label;
      return `${label} (${url})`;
    }
    default:
      if ('children' in node) return (node.children as Nodes[]).map((child) => inlinePlain(child)).join('');
      return 'value' in node ? String(node.value) : '';
  }
}
