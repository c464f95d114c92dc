/**
 * A source's text, indexed for quotation look-up.
 *
 * The text is normalised (only ideographs, letters and digits are kept, so
 * punctuation variants and line breaks do not matter) and every position of it
 * is put in a hash chain keyed by the three characters starting there (an
 * n-gram index in two typed arrays, as zlib keeps its match chains). Why
 * n-grams and not a suffix structure: a misquotation is not a substring of its
 * source, and what finds it is the trigrams it still shares with the passage
 * (they vote for the alignment, then an edit distance decides); a suffix array
 * answers exact substrings, which `indexOf` over the normalised text already
 * does, and costs O(n log n) to build. The chains build in linear time: a 1 MB
 * source is indexed in a few tens of milliseconds.
 */

const K = 3;
const BITS = 18;
const MASK = (1 << BITS) - 1;
/** A trigram seen more often than this says nothing about where a quotation is. */
const MAX_GRAM_COUNT = 48;

function isKept(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0x3007;
}

function fold(code: number): number {
  if (code >= 0xff10 && code <= 0xff5a) code -= 0xfee0; // full-width digits and letters
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

/** The normalised text and, for each of its characters, the offset in the original. */
export function normalise(text: string): { norm: string; at: Int32Array } {
  const codes = new Uint16Array(text.length);
  const at = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isKept(c)) continue;
    codes[n] = fold(c);
    at[n++] = i;
  }
  return { norm: UTF16.decode(codes.subarray(0, n)), at: at.slice(0, n) };
}

const UTF16 = new TextDecoder("utf-16le");

function gram(s: string, i: number): number {
  let h = Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d);
  h ^= h >>> 15;
  return h & MASK;
}

export interface Alignment {
  /** Normalised offsets in the source. */
  start: number;
  end: number;
  /** Edits between the quotation and the passage. */
  distance: number;
}

export class TextIndex {
  readonly norm: string;
  /** Original offset of each normalised character. */
  readonly at: Int32Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly count: Uint16Array;

  constructor(text: string) {
    const { norm, at } = normalise(text);
    this.norm = norm;
    this.at = at;
    this.head = new Int32Array(1 << BITS).fill(-1);
    this.next = new Int32Array(Math.max(0, norm.length - K + 1));
    this.count = new Uint16Array(1 << BITS);
    for (let i = 0; i + K <= norm.length; i++) {
      const h = gram(norm, i);
      this.next[i] = this.head[h];
      this.head[h] = i;
      if (this.count[h] < 65535) this.count[h]++;
    }
  }

  /** Where a normalised passage occurs verbatim, or -1. */
  find(passage: string): number {
    return passage ? this.norm.indexOf(passage) : -1;
  }

  /**
   * The passage that best lines up with a normalised quotation that is not
   * verbatim: trigrams vote for a diagonal, then a semi-global edit distance
   * over a window around it gives the passage and the number of edits.
   */
  align(q: string): Alignment | undefined {
    if (q.length < K) return undefined;
    const votes = new Map<number, number>();
    for (let i = 0; i + K <= q.length; i++) {
      const h = gram(q, i);
      if (this.count[h] === 0 || this.count[h] > MAX_GRAM_COUNT) continue;
      for (let j = this.head[h]; j >= 0; j = this.next[j]) {
        if (this.norm.charCodeAt(j) !== q.charCodeAt(i) || this.norm.charCodeAt(j + 1) !== q.charCodeAt(i + 1) || this.norm.charCodeAt(j + 2) !== q.charCodeAt(i + 2)) continue;
        const d = (j - i) >> 2; // nearby diagonals (a dropped or added word) vote together
        votes.set(d, (votes.get(d) ?? 0) + 1);
      }
    }
    let best = -1;
    let bestVotes = 0;
    for (const [d, v] of votes) if (v > bestVotes || (v === bestVotes && d < best)) [best, bestVotes] = [d, v];
    if (bestVotes < Math.max(2, Math.floor((q.length - K + 1) * 0.3))) return undefined;
    const slack = Math.max(8, Math.ceil(q.length * 0.3));
    const from = Math.max(0, best * 4 - slack);
    const to = Math.min(this.norm.length, best * 4 + q.length + slack + 4);
    // A clause ends where the original has something the normalised text dropped (punctuation, a line break).
    return semiGlobal(q, this.norm, from, to, (end) => end >= this.norm.length || (end > 0 && this.at[end] > this.at[end - 1] + 1));
  }
}

/** Edit distance of `q` against the best substring of text[from, to), with that substring. */
function semiGlobal(q: string, text: string, from: number, to: number, isBoundary?: (end: number) => boolean): Alignment | undefined {
  const m = q.length;
  const w = to - from;
  if (w <= 0) return undefined;
  const cols = w + 1;
  const D = new Uint16Array((m + 1) * cols);
  // Start row is free (the passage may start anywhere in the window).
  for (let i = 1; i <= m; i++) {
    D[i * cols] = i;
    const qc = q.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const sub = D[(i - 1) * cols + j - 1] + (qc === text.charCodeAt(from + j - 1) ? 0 : 1);
      const del = D[(i - 1) * cols + j] + 1;
      const ins = D[i * cols + j - 1] + 1;
      D[i * cols + j] = Math.min(sub, del, ins);
    }
  }
  let endJ = 0;
  // Of equally good ends, one where the source's clause ends (punctuation follows): a changed last
  // word (关键一招 for 先手棋) is replaced whole, neither cut off nor run into the next clause.
  let min = D[m * cols];
  for (let j = 1; j <= w; j++) min = Math.min(min, D[m * cols + j]);
  let boundary = -1;
  for (let j = 0; j <= w; j++) {
    if (D[m * cols + j] !== min) continue;
    if (endJ === 0 && D[m * cols] !== min) endJ = j;
    if (boundary < 0 && isBoundary?.(from + j)) boundary = j;
  }
  if (boundary >= 0) endJ = boundary;
  // Trace back to where the passage starts.
  let i = m;
  let j = endJ;
  while (i > 0) {
    const here = D[i * cols + j];
    if (j > 0 && here === D[(i - 1) * cols + j - 1] + (q.charCodeAt(i - 1) === text.charCodeAt(from + j - 1) ? 0 : 1)) {
      i--;
      j--;
    } else if (here === D[(i - 1) * cols + j] + 1) i--;
    else if (j > 0) j--;
    else i--;
  }
  return { start: from + j, end: from + endJ, distance: D[m * cols + endJ] };
}
