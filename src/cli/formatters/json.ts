import type { Formatter } from './report';

/** `[{ file, messages: [{ ruleId, severity, message, line, column, endLine, endColumn }] }]`, one note per entry, each written as it comes. */
export const json: Formatter = () => {
  let written = 0;
  return {
    file: ({ file, messages }) =>
      (written++ === 0 ? '[' : ',') +
      JSON.stringify({ file, messages: messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })) }),
    end: () => (written === 0 ? '[]\n' : ']\n'),
  };
};
