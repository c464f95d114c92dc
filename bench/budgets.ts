/** The performance budgets, each read off the results and marked PASS or MISS. */
import type { Summary } from "./stats";

export interface Budget {
  id: string;
  /** what is compared, e.g. "median", "p95", "ratio" */
  statistic: string;
  limit: string;
  value: number;
  pass: boolean;
}

export const atMost = (id: string, statistic: string, value: number, limit: number, unit: string): Budget => ({
  id,
  statistic,
  limit: `≤ ${limit} ${unit}`.trim(),
  value,
  pass: Number.isFinite(value) && value <= limit,
});

export const within = (id: string, value: number, reference: number, tolerance: number): Budget => {
  const change = value / reference - 1;
  return { id, statistic: "change", limit: `±${tolerance * 100}%`, value: change, pass: Number.isFinite(change) && Math.abs(change) <= tolerance };
};

export const median = (s: Summary) => s.median;
export const p95 = (s: Summary) => s.p95;
