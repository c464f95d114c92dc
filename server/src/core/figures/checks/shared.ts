/** What the figure checks share: the values a figure allows, sentence reading, and the finding shape. */
import type { Finding } from "../../findings";
import type { Figure } from "../types";

/** The values a figure allows, in base units. */
export function interval(f: { value: number; tolerance: number; bound: Figure["bound"] }): [number, number] {
  const v = f.value;
  const t = f.tolerance;
  switch (f.bound) {
    case "exact":
      return [v - t, v + t];
    case "approx":
      return [v - Math.abs(v) * 0.1 - t, v + Math.abs(v) * 0.1 + t];
    case "near":
      return [v - Math.abs(v) * 0.1 - t, v + t];
    case "lower":
      // 突破19亿元, 6000人以上: a threshold, not a rounded measure: at least the number itself.
      return [v, Infinity];
    case "more":
      return [v, v + 2 * t];
    case "upper":
      return [-Infinity, v + t];
  }
}

export const EPS = 1e-9;
export const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] * (1 + EPS) + EPS && b[0] <= a[1] * (1 + EPS) + EPS;

export function finding(rule: { code: string; severity: Finding["severity"] }, f: { span: Finding["span"] }, message: string, extra: Partial<Finding> = {}): Finding {
  return { code: rule.code, severity: rule.severity, span: f.span, message, ...extra };
}

export function describePeriod(f: Figure): string {
  if (!f.period) return "";
  if (f.period.year !== undefined) return `${f.period.year}年${f.period.part ?? ""}`;
  return f.period.label;
}

/** What ends a sentence for the figure checks, looking forwards (findSentenceEnd) or back (sentenceBefore). */
export const SENTENCE_BREAKS = "。；;！？!?\n\r";

/** Where the sentence holding `at` starts when a semicolon does not end it (…增长21.4%；其中…). */
export function wholeSentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !"。！？!?\n".includes(text[i - 1])) i--;
  return i;
}

/** Every character of `short` stands in `long`, in order (分公司案件 in 分公司理赔案件). */
export function charsInOrder(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

export function sentenceBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !SENTENCE_BREAKS.includes(text[i - 1])) i--;
  return text.slice(i, at);
}

export function findSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (SENTENCE_BREAKS.includes(text[i])) return i;
  return text.length;
}

/** Three significant digits, for computed values in messages. */
export function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** Builds a finding on a figure, with the figure it was computed from. */
export type Report = (f: Figure, message: string, other?: Figure) => Finding;

/** Two figures that count the same kind of thing: one dimension, and for counts one classifier (14项 and 3千项, not 14项 and 3家). */
export const sameUnit = (a: Figure, b: Figure): boolean => a.dimension === b.dimension && (a.dimension !== "count" || a.unit.replace(/^[十百千万亿]+/, "") === b.unit.replace(/^[十百千万亿]+/, ""));

/** 男性1043名、女性243名, 市级136件、县（市、区）292件: `next` follows `prev` in a list, joined by 、, 和 or 及, with only its own name (which may carry a bracketed note) between. */
export function listedNext(text: string, prev: Figure, next: Figure): boolean {
  return /^[、和及]$/.test(text.slice(prev.span.end, next.span.start).replace(/(?:[\u4e00-\u9fff]|（[^（）]{0,8}）)+$/, ""));
}
