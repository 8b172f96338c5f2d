import { MAX_NESTING_DEPTH, MAX_PARSED_NOTE_LENGTH } from '../parseLimits';
import type { Rule } from '../rule';

export const noteTooLarge: Rule = {
  id: 'note-too-large',
  description: `A note over ${MAX_PARSED_NOTE_LENGTH / 1024} KB, or nested or marked up too densely to parse in good time: only its frontmatter is linted.`,
  defaultSeverity: 'info',
  fixable: false,
  check({ note, report }) {
    const skipped = note.skippedBody;
    if (!skipped) return;
    const linted = 'so only its frontmatter was linted';
    const { reason } = skipped;
    switch (reason.kind) {
      case 'length':
        // On the opening fence, where the part still linted begins; a note without one has nothing else to underline.
        report({
          message: `This note is ${size(skipped.end)}; Client Notes checks the Markdown of notes up to ${MAX_PARSED_NOTE_LENGTH / 1024} KB, ${linted}. Move long pasted text (email threads, transcripts) into a file of its own.`,
          start: 0,
          end: note.frontmatter ? 3 : 0,
        });
        return;
      case 'nesting':
        report({
          message: `This line opens lists or quotes more than ${MAX_NESTING_DEPTH} deep, which Client Notes cannot parse in good time, ${linted}.`,
          ...reason.line,
        });
        return;
      case 'markers':
        report({
          message: `Up to this line, the note has thousands of \`*\`, \`_\`, \`[\` and \`]\` with no blank line between them, which Client Notes cannot parse in good time, ${linted}. Separate paragraphs with blank lines, or move pasted data into a file of its own.`,
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
