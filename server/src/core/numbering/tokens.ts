/** Rendering heading tokens with another number or shape, as minimal edits. */
import type { TextEditSpan } from "../findings";
import type { Heading, HeadingToken } from "../document/model";
import { formatArabic, formatChineseNumeral, formatCircled } from "../numerals";
import type { Span } from "../document/text";
import { matchHeading } from "../document/headings";

/** The numeral for `n` in the heading's own style, or undefined when the style cannot write it (㉑). */
export function headingNumeral(h: Heading, n: number): string | undefined {
  const t = h.token!;
  switch (h.tokenStyle ?? h.style) {
    case "cn-dun":
    case "cn-paren":
      return n >= 1 && n < 10000 ? formatChineseNumeral(n) : undefined;
    case "arabic-dot":
    case "arabic-paren":
    case "decimal":
      return n >= 1 ? formatArabic(n, t.fullWidthDigits) : undefined;
    case "circled":
      return n >= 1 && n <= 20 ? formatCircled(n) : undefined;
    case "chapter":
    case "section":
    case "article":
      // 第一章 or 第1章: as the heading writes it.
      if (n < 1) return undefined;
      return /^[0-9０-９]/.test(t.numeral) ? formatArabic(n, t.fullWidthDigits) : n < 10000 ? formatChineseNumeral(n) : undefined;
    default:
      return undefined;
  }
}

/** The token as it would read with number `n`, keeping its shape (for messages). */
export function tokenWithNumber(h: Heading, n: number): string {
  const numeral = headingNumeral(h, n) ?? String(n);
  return h.token!.shape.replace("N", numeral);
}

/**
 * The edit that gives a heading number `n`; undefined when nothing changes, null when it
 * cannot be written, or would stop the line reading as this heading (二、三是… reads as the
 * pair 二、三 in body text, so 三、三是… is never renumbered to 二、).
 */
export function renumberEdit(h: Heading, n: number): TextEditSpan | undefined | null {
  const t = h.token!;
  if (t.number === n) return undefined;
  const numeral = headingNumeral(h, n);
  if (numeral === undefined) return null;
  const token = t.shape.replace("N", numeral);
  const again = matchHeading(token + h.name.slice(t.text.length), 0);
  if (again?.style !== (h.tokenStyle ?? h.style) || again.token?.number !== n) return null;
  return { span: t.numeralSpan, newText: numeral };
}

/** The shape split around its N: `（N）、` → ["（", "）、"]. */
function splitShape(shape: string): [string, string] {
  const i = shape.indexOf("N");
  return [shape.slice(0, i), shape.slice(i + 1)];
}

/** One edit turning text `from` at `span` into `to`, trimmed to the part that differs. */
function minimalEdit(span: Span, from: string, to: string): TextEditSpan | undefined {
  if (from === to) return undefined;
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { span: { start: span.start + head, end: span.end - tail }, newText: to.slice(head, to.length - tail) };
}

/** Edits that give a token another shape, touching only the characters around its numeral. */
export function reshapeEdits(t: HeadingToken, shape: string): TextEditSpan[] {
  const [fromPre, fromPost] = splitShape(t.shape);
  const [toPre, toPost] = splitShape(shape);
  const edits: TextEditSpan[] = [];
  const pre = minimalEdit({ start: t.span.start, end: t.numeralSpan.start }, fromPre, toPre);
  const post = minimalEdit({ start: t.numeralSpan.end, end: t.span.end }, fromPost, toPost);
  if (pre) edits.push(pre);
  if (post) edits.push(post);
  return edits;
}
