import type { Formatter } from './report';

/** `[{ file, messages: [{ ruleId, severity, message, line, column, endLine, endColumn }] }]`, one note per entry. */
export const json: Formatter = (reports) =>
  `${JSON.stringify(
    reports.map(({ file, messages }) => ({
      file,
      messages: messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })),
    })),
  )}\n`;
