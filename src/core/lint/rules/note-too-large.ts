import { MAX_NESTING_DEPTH, MAX_PARSED_LINES, MAX_PARSED_NOTE_SIZE } from '../../note/parseLimits';
import type { Rule } from '../rule';
import { formatCount } from '../../base/text';

export const noteTooLarge: Rule = {
  id: 'note-too-large',
  description: `A note over ${MAX_PARSED_NOTE_SIZE} or ${formatCount(MAX_PARSED_LINES)} lines, or nested or marked up too densely to parse in good time: only its frontmatter is linted.`,
  defaultSeverity: 'info',
  fixable: false,
  check({ note, say, report }) {
    const skipped = note.skippedBody;
    if (!skipped) return;
    const { reason } = skipped;
    // Where the part still linted begins; a note without a frontmatter has nothing else to underline.
    const openingFence = { start: 0, end: note.frontmatter ? 3 : 0 };
    switch (reason.kind) {
      case 'length':
        report({
          message: say('note-too-large.length', { size: size(skipped.end), limit: MAX_PARSED_NOTE_SIZE }),
          ...openingFence,
        });
        return;
      case 'lines':
        report({
          message: say('note-too-large.lines', { lines: formatCount(reason.lines), limit: formatCount(MAX_PARSED_LINES) }),
          ...openingFence,
        });
        return;
      case 'nesting':
        report({
          message: say('note-too-large.nesting', { depth: MAX_NESTING_DEPTH }),
          ...reason.line,
        });
        return;
      case 'nestingWork':
        report({
          message: say('note-too-large.nestingWork'),
          ...reason.line,
        });
        return;
      case 'markers':
        report({
          message: say('note-too-large.markers'),
          ...reason.line,
        });
        return;
      case 'codeSpans':
        report({
          message: say('note-too-large.codeSpans'),
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
