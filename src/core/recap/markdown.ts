import { composeBody, markdownSubjectOf, type Block } from './compose';
import { escapeMarkdown } from './inline';
import type { RecapModel } from './model';

/** The recap as Markdown: the subject as its title, then the message. */
export function renderMarkdown(model: RecapModel): string {
  return messageMarkdown(markdownSubjectOf(model), composeBody(model));
}

/** A message as Markdown: its subject (inline Markdown) as the title, then its blocks. */
export function messageMarkdown(subject: string, blocks: readonly Block[]): string {
  return `# ${subject}\n\n${blocks.map(blockMarkdown).join('\n\n')}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `## ${block.text}`;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'markdown':
      return block.source;
    case 'lines':
      // Two trailing spaces: a hard line break that keeps each signature line on its own.
      return block.lines.map((line, index) => escapeMarkdown(line) + (index < block.lines.length - 1 && line ? '  ' : '')).join('\n');
  }
}
