/** Sentence splitting that keeps quotations whole. */
import type { Span } from "./text";
import { isPadding } from "./text";

const OPEN_QUOTES = "“‘「『";
const CLOSE_QUOTES = "”’」』";
const TERMINATORS = "。！？；!?…";
// Characters that stay with the sentence they follow: more terminators, closing quotes and brackets.
const TRAILERS = "。！？；!?…”’」』）)】》";

/**
 * Splits `text[from, to)` into sentences on 。！？；… outside quotation marks.
 * A terminator inside “…” does not end the sentence that holds the quotation.
 */
export function splitSentences(text: string, from: number, to: number, terminators = TERMINATORS): Span[] {
  const out: Span[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && terminators.includes(ch)) {
      let j = i + 1;
      while (j < to && TRAILERS.includes(text[j])) {
        if (CLOSE_QUOTES.includes(text[j]) && depth > 0) depth--;
        j++;
      }
      push(text, out, start, j);
      start = j;
      i = j - 1;
    }
  }
  push(text, out, start, to);
  return out;
}

function push(text: string, out: Span[], start: number, end: number): void {
  let s = start;
  while (s < end && isPadding(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isPadding(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The first sentence in `text[from, to)` that ends with 。！？ (not ；), quotes kept whole. */
export function firstSentenceEnd(text: string, from: number, to: number): number {
  const spans = splitSentences(text, from, to, "。！？!?");
  return spans.length ? spans[0].end : to;
}
