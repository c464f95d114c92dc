/**
 * The period a figure is for. Its own paragraph's period words come first
 * (the last ones before it); what they leave open — no period at all, only a
 * part of the year (上半年), or 全年 — is taken from the scope above it: the
 * nearest heading that names a period (一、上半年经济运行情况, 2024年工作回顾),
 * or a lead-in paragraph that ends with a colon (1—9月，主要指标完成情况如下：),
 * until another is named. A draft's title sets only a part of the year
 * (2025年上半年工作总结): a title's year alone is the document's date.
 */
import type { DocumentModel } from "../document/model";
import { readPeriodMarks, type PeriodMark } from "./scan";
import type { Period } from "./types";

/** The period in force at `at` in a paragraph (the last period words before it), and a base year in its clause. */
export function periodAt(marks: PeriodMark[], at: number, clause: number): { period?: Period; baseYear?: number } {
  let period: Period | undefined;
  let baseYear: number | undefined;
  for (const p of marks) {
    if (p.start >= at) break;
    if (p.clauseOnly && p.clause !== clause) continue;
    switch (p.kind) {
      case "year":
        period = { label: p.label, year: p.year, target: p.target || undefined, part: p.part };
        break;
      case "relative":
        period = { label: p.label, relative: p.relative, part: p.part };
        break;
      case "span":
        period = { label: p.label, from: p.from, to: p.to };
        break;
      case "part":
        period = period ? { ...period, label: period.label + p.label, part: p.part, whole: undefined } : { label: p.label, part: p.part };
        break;
      case "whole":
        period = period && hasYear(period) ? { ...period, label: period.label + p.label, part: undefined, whole: true } : { label: p.label, whole: true };
        break;
      case "base":
        if (p.clause === clause) baseYear = p.year;
        break;
    }
  }
  return { period, baseYear };
}

const hasYear = (p: Period) => p.year !== undefined || p.relative !== undefined || p.from !== undefined;

/** A figure's own period completed by the scope it stands in. */
export function withScope(own: Period | undefined, scope: Period | undefined): Period | undefined {
  if (own && hasYear(own)) return own;
  if (!scope) return own?.whole ? { ...own, relative: 0 } : own;
  const year = { year: scope.year, relative: scope.relative, from: scope.from, to: scope.to };
  if (!own) return { ...scope, inherited: true };
  if (own.whole) return hasYear(scope) ? { ...year, label: own.label, whole: true, inherited: true } : { ...own, relative: 0 };
  return { ...year, label: scope.label.endsWith(own.label) ? scope.label : scope.label + own.label, part: own.part, inherited: true };
}

/** The period a line names on its own, completed by the scope above it; undefined when it names none. */
function namedPeriod(text: string, above: Period | undefined, partOnly = false): Period | undefined {
  const marks = readPeriodMarks(text).filter((m) => m.kind !== "base" && m.kind !== "span");
  if (!marks.length) return undefined;
  const { period } = periodAt(marks, text.length, -1);
  if (!period || (partOnly && !period.part)) return undefined;
  return withScope(period, above);
}

/** The scope of each paragraph: the period its headings and lead-ins name (undefined where none does). */
export function periodScopes(model: DocumentModel): (Period | undefined)[] {
  const headingAt = new Map(model.headings.map((h) => [h.line, h]));
  const titles = new Set(model.titleLines);
  const stack: { level: number; period: Period | undefined }[] = [];
  let lead: Period | undefined;
  const current = () => lead ?? [...stack].reverse().find((s) => s.period)?.period;
  const out: (Period | undefined)[] = [];
  for (const p of model.paragraphs) {
    const heading = headingAt.get(p.line);
    if (titles.has(p.line) && !heading) {
      const named = namedPeriod(p.text, undefined, true);
      if (named) stack.splice(0, stack.length, { level: 0, period: named });
      out.push(undefined);
      continue;
    }
    if (heading) {
      while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
      lead = undefined;
      const named = namedPeriod(heading.name, current());
      stack.push({ level: heading.level, period: named });
      // A run-in heading's body reads in its own scope.
      out.push(current());
      continue;
    }
    out.push(current());
    // 上半年，全市主要指标完成情况如下： sets the period of the paragraphs that follow.
    if (/[：:]$/.test(p.text)) {
      const named = namedPeriod(p.text, [...stack].reverse().find((s) => s.period)?.period);
      if (named) lead = named;
    }
  }
  return out;
}

/** 2025年全县工作要点, 实施方案, 行动计划: a draft whose every figure is a goal. */
const PLAN_TITLE = /工作要点|工作计划|工作安排|实施方案|行动方案|行动计划|发展规划|[^总]规划$/;

/**
 * What a draft's title says of its figures: a plan's figures are all goals, and
 * the title's year is the year of its goals (a 2024年政府工作报告 reviews
 * 2023 but sets its goals for 2024).
 */
export function titleFacts(model: DocumentModel): { plan: boolean; goalYear?: Period } {
  const text = model.titleLines.map((l) => model.paragraphs[model.paragraphOfLine[l]]?.text ?? "").join("");
  if (!text) return { plan: false };
  const year = readPeriodMarks(text).find((m) => m.kind === "year" && !m.part);
  return { plan: PLAN_TITLE.test(text), goalYear: year ? { label: year.label, year: year.year, inherited: true } : undefined };
}

/** Resolves 今年, 去年 and unscoped 全年 with the document year. */
export function resolvePeriod(period: Period | undefined, year: number | undefined): Period | undefined {
  if (!period || period.relative === undefined || year === undefined) return period;
  return { ...period, year: year + period.relative };
}

/** A short key for a period, equal when two periods are the same. */
export function periodKey(p: Period | undefined): string | undefined {
  if (!p) return undefined;
  const part = p.part ?? "";
  if (p.year !== undefined) return `${p.year}${part}`;
  if (p.relative !== undefined) return `rel${p.relative}${part}`;
  if (p.from !== undefined) return `${p.from}-${p.to}`;
  return undefined;
}

/** True when the figure's own paragraph writes its year (2027年, 到2027年), not a heading above it or 今年. */
export function hasWrittenYear(p: Period | undefined): boolean {
  return !!p && !p.inherited && p.year !== undefined && p.relative === undefined && /[0-9０-９]{4}|[〇零一二三四五六七八九]{4}/.test(p.label);
}
