import { composeBody, subjectOf, type Block } from './compose';
import { inlineToPlain, markdownToPlain } from './inline';
import type { RecapModel } from './model';
import { ENGLISH, packFor } from '../lang/packs';

/** The recap as plain text, without any Markdown: a `Subject:` line, then the message. */
export function renderText(model: RecapModel): string {
  return `Subject: ${subjectOf(model)}\n\n${renderTextBody(model)}`;
}

/** The message alone, as it goes into a mail's body (`\n` line ends, ending with one). */
export function renderTextBody(model: RecapModel): string {
  return blocksText(composeBody(model), (packFor(model.language) ?? ENGLISH).recap.colon);
}

/** Blocks as a mail's plain-text body (`\n` line ends, ending with one); a heading ends with `colon` (French sets a space before it). */
export function blocksText(blocks: readonly Block[], colon = ENGLISH.recap.colon): string {
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += blocks[index - 1].kind === 'heading' ? '\n' : '\n\n';
    text += blockText(block, colon);
  });
  return `${text}\n`;
}

function blockText(block: Block, colon: string): string {
  switch (block.kind) {
    case 'paragraph':
      return inlineToPlain(block.text);
    case 'heading': {
      const title = inlineToPlain(block.text);
      return /[.!?:…]$/.test(title) ? title : `${title}${colon}`;
    }
    case 'list':
      return block.items.map((item) => `• ${inlineToPlain(item)}`).join('\n');
    case 'markdown':
      return markdownToPlain(block.source);
    case 'lines':
      return block.lines.join('\n');
  }
}
