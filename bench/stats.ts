/** Summaries of repeated measurements: median and p95 (nearest rank). */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function nearestRank(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: number[]): Summary {
  if (!samples.length) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: sorted.length, median, p95: nearestRank(sorted, 95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Rounds for display and JSON: three significant decimals are noise at this scale. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function roundSummary(s: Summary, digits = 2): Summary {
  return { n: s.n, median: round(s.median, digits), p95: round(s.p95, digits), min: round(s.min, digits), max: round(s.max, digits) };
}
