import { LineIndex, splitBom } from '../../core/base/lines';
import type { LintMessage, Severity } from '../../core/base/types';

/** A finding with 1-based lines and 1-based UTF-16 columns; the end is exclusive. */
export interface LocatedMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The findings of one note; `file` is the path as shown to the user (relative to the working folder). */
export interface FileReport {
  file: string;
  messages: LocatedMessage[];
}

export interface FormatOptions {
  color: boolean;
}

/**
 * What a format prints on stdout, written as the run goes: each file's part as soon as the
 * file is linted (in the order of the files), then the end, so that a run holds no file's
 * findings once they are printed.
 */
export interface FormatWriter {
  file(report: FileReport): string;
  end(): string;
}

/** An output format of `lint --format`: a writer for one run. */
export type Formatter = (options: FormatOptions) => FormatWriter;

/**
 * Lines and columns of the core's offsets. A BOM is not part of what an editor shows,
 * so it does not count as a column on the first line.
 */
export function withLineColumns(text: string, messages: readonly LintMessage[]): LocatedMessage[] {
  if (messages.length === 0) return [];
  const { bomLength } = splitBom(text);
  const lines = new LineIndex(bomLength ? text.slice(bomLength) : text);
  return messages.map((message) => {
    const start = lines.positionAt(message.start - bomLength);
    const end = lines.positionAt(message.end - bomLength);
    return {
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
    };
  });
}
