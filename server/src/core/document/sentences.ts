/** Sentence splitting that keeps quotations whole. */
import type { Span } from "./text";
import { isPadding } from "./text";

// Character classes by code: 1 opens a quotation, 2 closes one, 4 ends a sentence
// (with ；), 8 ends a sentence only in the strict sense (。！？), 16 may trail a terminator.
const OPEN = 1;
const CLOSE = 2;
const END = 4;
const STRICT_END = 8;
const TRAIL = 16;
// One byte a UTF-16 unit: the split reads every character of a draft, and an array read is cheaper than a map's.
const CLASS = new Uint8Array(65536);
const mark = (chars: string, bits: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] |= bits;
};
mark("“‘「『", OPEN);
mark("”’」』", CLOSE | TRAIL);
mark("。！？!?", END | STRICT_END | TRAIL);
mark("；…", END | TRAIL);
mark("）)】》", TRAIL);

const classOf = (code: number): number => (code < 0x21 ? 0 : CLASS[code]);

/**
 * Splits `text[from, to)` into sentences on 。！？；… outside quotation marks
 * (only on 。！？ when `strict`). A terminator inside “…” does not end the
 * sentence that holds the quotation. `limit` stops after that many sentences.
 */
export function splitSentences(text: string, from: number, to: number, strict = false, limit = Infinity): Span[] {
  const out: Span[] = [];
  const endBit = strict ? STRICT_END : END;
  let start = from;
  let depth = 0;
  for (let i = from; i < to && out.length < limit; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === 0) continue;
    if (c & OPEN) depth++;
    else if (c & CLOSE) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && c & endBit) {
      let j = i + 1;
      for (let t = classOf(text.charCodeAt(j)); j < to && t & TRAIL; t = classOf(text.charCodeAt(++j))) {
        if (t & CLOSE && depth > 0) depth--;
      }
      push(text, out, start, j);
      start = j;
      i = j - 1;
    }
  }
  if (out.length < limit) push(text, out, start, to);
  return out;
}

function push(text: string, out: Span[], start: number, end: number): void {
  let s = start;
  while (s < end && isPadding(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isPadding(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The end of the first sentence in `text[from, to)` that ends with 。！？ (not ；), quotes kept whole. */
export function firstSentenceEnd(text: string, from: number, to: number): number {
  const spans = splitSentences(text, from, to, true, 1);
  return spans.length ? spans[0].end : to;
}
