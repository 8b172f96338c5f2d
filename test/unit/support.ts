import { LineIndex } from '../../src/core/text';
import type { LintMessage } from '../../src/core/types';

/** Every test judges dates against the same local moment: 23 November 2026, noon. */
export const FIXED_NOW = new Date(2026, 10, 23, 12, 0, 0);

/** One readable line per finding: `9:1-9:12 warning required-sections Missing section "Boundaries"`. */
export function formatFindings(text: string, messages: readonly LintMessage[]): string[] {
  const lines = new LineIndex(text);
  return messages.map((message) => {
    const start = lines.positionAt(message.start);
    const end = lines.positionAt(message.end);
    return `${start.line + 1}:${start.column + 1}-${end.line + 1}:${end.column + 1} ${message.severity} ${message.ruleId} ${message.message}`;
  });
}
