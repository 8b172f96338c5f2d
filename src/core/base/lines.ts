// Lines and their endings, and the byte order mark: where a note's offsets come from.

/** Maps 0-based offsets to 0-based lines and UTF-16 columns, and back. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (code === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: clamped - this.lineStarts[low] };
  }

  offsetAt(line: number, column: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + Math.max(0, column), this.text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** A line ending, as CommonMark knows them: LF, CRLF, or CR alone (classic Mac OS). */
export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending a fix should use: the one the document's first line ends with (LF when there is none). */
export function detectEol(text: string): LineEnding {
  const first = /\r\n?|\n/.exec(text);
  return (first?.[0] as LineEnding | undefined) ?? '\n';
}

/** Every kind of line ending a text uses, in the order they first appear: none, one, or a mix. */
export function lineEndingsIn(text: string): LineEnding[] {
  const found = new Set<LineEnding>();
  for (const match of text.matchAll(/\r\n?|\n/g)) {
    found.add(match[0] as LineEnding);
    if (found.size === 3) break;
  }
  return [...found];
}

/** The text with every line ending an LF, as the recap's own text is written. */
export function withLfEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export const BOM = '\uFEFF';

/**
 * A text without its byte order mark, and the mark's length (0 or 1), which turns an offset
 * of `source` back into one of the text. The one place a BOM is taken off: a second would
 * shift offsets its own way.
 */
export function splitBom(text: string): { source: string; bomLength: number } {
  const bomLength = text.startsWith(BOM) ? BOM.length : 0;
  return { source: bomLength ? text.slice(bomLength) : text, bomLength };
}
