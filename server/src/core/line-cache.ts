/**
 * Per-paragraph memoisation. Drafts are one paragraph a line and an edit
 * touches one line, so results computed from a line's text alone (with
 * offsets relative to the line) are reused for every other line.
 */
import type { Finding } from "./findings";
import type { Span } from "./text";

/** A bounded least-recently-used map. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max = 4096) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
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
