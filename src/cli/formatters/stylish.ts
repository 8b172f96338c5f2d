import type { Severity } from '../../core/base/types';
import { printable } from '../printable';
import type { Formatter } from './report';

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

/**
 * ESLint's default look: the file, then one aligned row per finding
 * (`  12:1   warning  Missing section "Boundaries"  required-sections`), then a summary.
 * Prints nothing when there is nothing to report. Each file's rows are printed as soon as it
 * is linted, the summary at the end.
 */
export const stylish: Formatter = ({ color }) => {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  return {
    file(report) {
      if (report.messages.length === 0) return '';
      // File names and messages (which quote the note) come from others: no control character reaches the terminal.
      const file = printable(report.file);
      const messages = report.messages.map((message) => ({ ...message, message: printable(message.message) }));
      const widest = (values: Array<string | number>) => Math.max(...values.map((value) => String(value).length));
      const lineWidth = widest(messages.map((message) => message.line));
      const columnWidth = widest(messages.map((message) => message.column));
      const severityWidth = widest(messages.map((message) => message.severity));
      const messageWidth = widest(messages.map((message) => message.message));
      let output = `${paint(4, file)}\n`;
      for (const message of messages) {
        counts[message.severity]++;
        const position = `${String(message.line).padStart(lineWidth)}:${String(message.column).padEnd(columnWidth)}`;
        const severity = paint(SEVERITY_COLOR[message.severity], message.severity.padEnd(severityWidth));
        output += `  ${position}  ${severity}  ${message.message.padEnd(messageWidth)}  ${paint(2, message.ruleId)}\n`;
      }
      return `${output}\n`;
    },
    end() {
      const total = counts.error + counts.warning + counts.info;
      if (total === 0) return '';
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      const summary = `✖ ${count(total, 'problem')} (${count(counts.error, 'error')}, ${count(counts.warning, 'warning')}, ${count(counts.info, 'info')})`;
      return `${paint(1, paint(counts.error > 0 ? 31 : counts.warning > 0 ? 33 : 36, summary))}\n`;
    },
  };
};
