/**
 * Text positions. Everything in the core is measured in UTF-16 code units of the
 * text exactly as given (a leading BOM, CR and LF included), which is what LSP
 * positions count, so a JS string index is already the right unit.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextLine {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  endWithBreak: number;
  text: string;
}

export const BOM = "\uFEFF";

/** Splits text into lines on CRLF, LF or a lone CR, as LSP does. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      lines.push({ index: lines.length, start, end, endWithBreak: i + 1, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, endWithBreak: n, text: text.slice(start, n) });
  return lines;
}

/** Converts between offsets and LSP positions for one text. */
export class LineIndex {
  readonly lines: TextLine[];
  constructor(readonly text: string, lines?: TextLine[]) {
    this.lines = lines ?? splitLines(text);
  }

  lineAt(offset: number): number {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    const l = this.lines[line];
    // An offset inside a CRLF pair maps to the end of the line.
    return { line, character: Math.min(o, l.end) - l.start };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const l = this.lines[pos.line];
    return Math.max(l.start, Math.min(l.start + Math.max(0, pos.character), l.end));
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

/** Number of characters a reader would count: code points, no whitespace or BOM. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xfeff || c === 0xa0) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Whitespace that writers pad lines with: ASCII, full-width and no-break spaces, and a BOM. */
export function isPadding(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

export function skipPadding(text: string, from: number, to = text.length): number {
  let i = from;
  while (i < to && isPadding(text.charCodeAt(i))) i++;
  return i;
}

export function trimPaddingEnd(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && isPadding(text.charCodeAt(j - 1))) j--;
  return j;
}
