/**
 * Per-paragraph memoisation. Drafts are one paragraph a line and an edit
 * touches one line, so results computed from a line's text alone (with
 * offsets relative to the line) are reused for every other line.
 */
import type { Finding } from "../findings";
import type { Span } from "./text";

/**
 * A least-recently-used map from line text to what was computed from it,
 * bounded by the characters of its keys (plus a per-entry allowance) rather
 * than by a count: each keystroke in a paragraph leaves one stale entry the
 * size of that paragraph, and a count bound let typing in a long paragraph
 * fill memory. The default holds the lines of a dozen 100 KB drafts.
 */
export class LruCache<V> {
  // Each entry keeps its own key: re-inserting a hit under the caller's string
  // would swap a detached key for a slice of the caller's whole document.
  private readonly map = new Map<string, { key: string; value: V }>();
  private chars = 0;
  constructor(private readonly maxChars = 512 * 1024) {}

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    this.map.delete(key);
    this.map.set(e.key, e);
    return e.value;
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) this.delete(key);
    this.map.set(key, { key, value });
    this.chars += weight(key);
    // The newest entry always stays, even when it alone is over the bound.
    while (this.chars > this.maxChars && this.map.size > 1) this.delete(this.map.keys().next().value as string);
  }

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }

  /** Characters held, with the per-entry allowance: what the bound is on. */
  get weight(): number {
    return this.chars;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  private delete(key: string): void {
    this.map.delete(key);
    this.chars -= weight(key);
  }
}

/** An entry's own objects (spans, findings) cost about as much as this many characters of key. */
const ENTRY_ALLOWANCE = 64;
const weight = (key: string) => key.length + ENTRY_ALLOWANCE;

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8
 * keeps a slice of 13 or more characters as a view of its parent, so a cached
 * line (or any name sliced from it) would keep its whole document version
 * alive: 64 KB an edit on the 98 KB report. Compute cached results from the
 * detached text, and key the cache by it.
 */
export function detach(s: string): string {
  // Slicing a concatenation makes V8 copy it flat first: the result is a view of
  // that one-character-longer copy, not of the document (a tenth of the cost of
  // a JSON round trip; the reliability tests watch the heap for a regression).
  return s.length < 13 ? s : (" " + s).slice(1);
}

export function shiftSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

/** A finding computed on a line's own text, moved to where the line starts. */
export function shiftFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  return {
    ...f,
    span: shiftSpan(f.span, delta),
    related: f.related?.map((r) => ({ ...r, span: shiftSpan(r.span, delta) })),
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: shiftSpan(e.span, delta) })) })),
  };
}
