import { MAX_NESTING_DEPTH, MAX_PARSED_LINES, MAX_PARSED_NOTE_SIZE } from '../../note/parseLimits';
import type { Rule } from '../rule';
import { formatCount } from '../../base/text';

const MOVE_PASTED_TEXT = 'Move long pasted text (email threads, transcripts) into a file of its own.';

export const noteTooLarge: Rule = {
  id: 'note-too-large',
  description: `A note over ${MAX_PARSED_NOTE_SIZE} or ${formatCount(MAX_PARSED_LINES)} lines, or nested or marked up too densely to parse in good time: only its frontmatter is linted.`,
  defaultSeverity: 'info',
  fixable: false,
  check({ note, report }) {
    const skipped = note.skippedBody;
    if (!skipped) return;
    const linted = 'so only its frontmatter was linted';
    const { reason } = skipped;
    // Where the part still linted begins; a note without a frontmatter has nothing else to underline.
    const openingFence = { start: 0, end: note.frontmatter ? 3 : 0 };
    switch (reason.kind) {
      case 'length':
        report({
          message: `This note is ${size(skipped.end)}; Client Notes checks the Markdown of notes up to ${MAX_PARSED_NOTE_SIZE}, ${linted}. ${MOVE_PASTED_TEXT}`,
          ...openingFence,
        });
        return;
      case 'lines':
        report({
          message: `This note has ${formatCount(reason.lines)} lines of Markdown; Client Notes checks notes of up to ${formatCount(MAX_PARSED_LINES)}, ${linted}. ${MOVE_PASTED_TEXT}`,
          ...openingFence,
        });
        return;
      case 'nesting':
        report({
          message: `This line opens lists or quotes more than ${MAX_NESTING_DEPTH} deep, which Client Notes cannot parse in good time, ${linted}.`,
          ...reason.line,
        });
        return;
      case 'nestingWork':
        report({
          message: `Up to this line, the note opens or continues so many deeply nested lists and quotes that Client Notes cannot parse it in good time, ${linted}.`,
          ...reason.line,
        });
        return;
      case 'markers':
        report({
          message: `Up to this line, the note has thousands of \`*\`, \`_\`, \`[\` and \`]\` with no blank line between them, which Client Notes cannot parse in good time, ${linted}. Separate paragraphs with blank lines, or move pasted data into a file of its own.`,
          ...reason.line,
        });
        return;
      case 'codeSpans':
        report({
          message: `Up to this line, the note has runs of backticks (\`) that close no code span, in stretches of text so long that Client Notes cannot parse it in good time, ${linted}. Separate paragraphs with blank lines, or move pasted code into a file of its own.`,
          ...reason.line,
        });
        return;
    }
  },
};

function size(length: number): string {
  const kilobytes = length / 1024;
  return kilobytes < 1024 ? `${Math.ceil(kilobytes)} KB` : `${(kilobytes / 1024).toFixed(1)} MB`;
}
