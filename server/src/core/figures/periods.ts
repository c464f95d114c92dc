/**
 * The period a figure is for. Its own paragraph's period words come first
 * (the last ones before it); what they leave open — no period at all, only a
 * part of the year (上半年), or 全年 — is taken from the scope above it: the
 * nearest heading that names a period (一、上半年经济运行情况, 2024年工作回顾),
 * or a lead-in paragraph that ends with a colon (1—9月，主要指标完成情况如下：)
 * or is a short line without punctuation standing as a part title, until
 * another is named. A draft's title sets only a part of the year
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
    // 在2024年…的基础上，力争…: past 基础上 the year is the base of what follows, not its period.
    if (p.until !== undefined && at >= p.until) {
      if (p.clause === clause) baseYear = p.year;
      continue;
    }
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
  // 全年, 上半年 with no year named anywhere above: this year's.
  if (!scope) return own?.whole ? { ...own, relative: 0 } : own?.part && own.part !== "以来" ? { ...own, relative: 0, inherited: true } : own;
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

/** A short line that is, or ends with, a full date: 2025年8月6日, （2025年8月6日）, 市生态环境局 2025年8月6日. */
const DATE_LINE = /^[^。；;，,]{0,30}[0-9０-９〇零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日[）)]?$/;

const PART_TITLE = /工作回顾|回顾$|工作安排$|目标任务$|运行情况$|完成情况$/;

/** A heading or lead-in that announces goals: 今年主要目标任务, 下半年工作安排, 2025年工作打算. */
const GOAL_TITLE = /目标|预期|工作安排|工作打算|工作计划|工作思路/;
const REVIEW_TITLE = /回顾|完成情况|运行情况|进展|成效|总结/;

export interface Scope {
  /** The period the headings and lead-ins above name. */
  period?: Period;
  /** True under a heading or lead-in that announces goals. */
  goal: boolean;
  /** True under one that reviews results (2024年工作回顾): 稳定在 there states a result. */
  review?: boolean;
}

/** One list of scopes a model: the figures and the anniversary check both read it. */
const scopesOf = new WeakMap<DocumentModel, Scope[]>();

/** The scope of each paragraph: the period its headings and lead-ins name, and whether they announce goals. */
export function periodScopes(model: DocumentModel): Scope[] {
  let scopes = scopesOf.get(model);
  if (!scopes) scopesOf.set(model, (scopes = readScopes(model)));
  return scopes;
}

function readScopes(model: DocumentModel): Scope[] {
  const headingAt = new Map(model.headings.map((h) => [h.line, h]));
  const titles = new Set(model.titleLines);
  const stack: { level: number; period: Period | undefined; goal?: boolean }[] = [];
  let lead: { period?: Period; goal?: boolean } | undefined;
  const stacked = () => [...stack].reverse().find((s) => s.period)?.period;
  const announced = () => lead?.goal ?? [...stack].reverse().find((s) => s.goal !== undefined)?.goal;
  const current = (): Scope => ({ period: lead?.period ?? stacked(), goal: announced() ?? false, review: announced() === false || undefined });
  const announces = (text: string) => (GOAL_TITLE.test(text) && !REVIEW_TITLE.test(text) ? true : REVIEW_TITLE.test(text) ? false : undefined);
  const out: Scope[] = [];
  for (const p of model.paragraphs) {
    const heading = headingAt.get(p.line);
    // A date line ((2025年8月6日), 落款) dates the draft; it names no period for what follows.
    if (!heading && DATE_LINE.test(p.text)) {
      out.push(current());
      continue;
    }
    if (titles.has(p.line) && !heading) {
      // A part title in the title block (2024年工作回顾) scopes what follows like a heading;
      // the draft's own title (2024年政府工作报告) only by its part of the year.
      const partTitle = PART_TITLE.test(p.text);
      const named = namedPeriod(p.text, undefined, !partTitle);
      if (named || partTitle) stack.splice(0, stack.length, { level: 0, period: named, goal: partTitle ? announces(p.text) : undefined });
      out.push({ goal: false });
      continue;
    }
    if (heading) {
      while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
      lead = undefined;
      stack.push({ level: heading.level, period: namedPeriod(heading.name, stacked()), goal: announces(heading.name) });
      // A run-in heading's body reads in its own scope.
      out.push(current());
      continue;
    }
    out.push(current());
    // 上半年，全市主要指标完成情况如下： sets the scope of the paragraphs that follow, and so
    // does a short line standing as a part title (2024年工作回顾, 今年主要目标任务).
    if (/[：:]$/.test(p.text) || (p.text.length <= 24 && !/[。；;！？!?，,]/.test(p.text))) {
      const named = namedPeriod(p.text, stacked());
      const goal = announces(p.text);
      if (named || goal !== undefined) lead = { period: named ?? lead?.period, goal: goal ?? lead?.goal };
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
/** A title that reviews a year: 工作总结, 工作情况的报告, 述职报告, 年度报告, 统计公报. */
const REVIEWING_TITLE = /总结|情况的报告|情况报告|工作报告|述职|年度报告|年报|统计公报|工作回顾/;

export function titleFacts(model: DocumentModel): { plan: boolean; bulletin?: boolean; reviews?: boolean; goalYear?: Period } {
  let text = model.titleLines.map((l) => model.paragraphs[model.paragraphOfLine[l]]?.text ?? "").join("");
  // A Markdown draft's title is its first line, a # heading.
  if (!text && model.paragraphs[0]?.text.startsWith("#")) text = model.paragraphs[0].text;
  if (!text) return { plan: false };
  // 二0二四年 (a slip figure.usage reports) still names 2024.
  const year = readPeriodMarks(text).find((m) => m.kind === "year" && !m.part) ?? readPeriodMarks(text.replace(/(?<=[〇零一二三四五六七八九])[0０](?=[〇零一二三四五六七八九0０]*年)|[0０](?=[〇零一二三四五六七八九]+年)/g, "〇")).find((m) => m.kind === "year" && !m.part);
  // 回眸2025｜…, 2025 · 年终盘点: a WeChat title may write its year bare, before a separator.
  const bare = year ? undefined : /(?<![0-9０-９])((?:19|20)[0-9]{2})(?=\s*[｜|丨·•]|\s)/.exec(text);
  const goalYear = year ? { label: year.label, year: year.year, inherited: true } : bare ? { label: `${bare[1]}年`, year: Number(bare[1]), inherited: true } : undefined;
  return { plan: PLAN_TITLE.test(text), bulletin: /统计公报/.test(text), reviews: REVIEWING_TITLE.test(text) || (!!bare && /回眸|盘点|回顾|年终|年度/.test(text)), goalYear };
}

/** Resolves 今年, 去年 and unscoped 全年 with the document year. */
export function resolvePeriod(period: Period | undefined, year: number | undefined): Period | undefined {
  if (!period || period.relative === undefined || year === undefined) return period;
  return { ...period, year: year + period.relative };
}

/** A short key for a period, equal when two periods are the same. */
/** A stock (贷款余额, 汽车保有量) is measured at a moment: the half-year's is the one at 6月末. */
const STOCK = /余额|存量|保有量/;
const MOMENT_OF_PART: Record<string, string> = { H1: "6月末", Q1: "3月末", "Q1-3": "9月末" };

export function periodKey(p: Period | undefined, metric?: string): string | undefined {
  if (!p) return undefined;
  const read = samePart(p.part ?? "", /^(?:截至|截止|到)/.test(p.label));
  const part = metric && STOCK.test(metric) ? (MOMENT_OF_PART[read] ?? read) : read;
  if (p.year !== undefined) return `${p.year}${part}`;
  if (p.relative !== undefined) return `rel${p.relative}${part}`;
  if (p.from !== undefined) return `${p.from}-${p.to}`;
  return undefined;
}

/** 1—6月 is 上半年, 1—3月 一季度, 1—9月 前三季度, 截至12月 the year's end: one part of the year, written several ways. */
function samePart(part: string, upTo: boolean): string {
  const p = part.replace(/份$/, "").replace(/^第/, "").replace(/[－\-–~～至到]/g, "—").replace(/１/g, "1");
  const months = /^(?:1|一)—(\d{1,2}|[一二三四五六七八九十]{1,2})月$/.exec(p);
  const last = months ? ("一二三四五六七八九".indexOf(months[1]) + 1 || (months[1] === "十" ? 10 : months[1] === "十一" ? 11 : months[1] === "十二" ? 12 : Number(months[1]))) : undefined;
  if (last === 6 || p === "上半年") return "H1";
  if (last === 3 || p === "一季度") return "Q1";
  if (last === 9 || p === "前三季度") return "Q1-3";
  if (last === 12 || p === "全年") return "";
  // A stock at the year's end is the year's (截至2024年底…312.6万人 and 在2024年321.6万人的基础上).
  if (/^(?:底|末|年底|年末)$/.test(p) || (upTo && /^(?:12|十二)月(?:底|末)?$/.test(p)) || /^(?:12|十二)月(?:底|末)$/.test(p)) return "";
  // 6月末 and 6月底, 截至6月 are one moment.
  const end = /^(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)$/.exec(p) ?? (upTo ? /^(\d{1,2}|[一二三四五六七八九十]{1,2})月$/.exec(p) : null);
  if (end) return `${end[1]}月末`;
  return part;
}

/** True when the figure's own paragraph writes its year (2027年, 到2027年), not a heading above it or 今年. */
export function hasWrittenYear(p: Period | undefined): boolean {
  return !!p && (p.titled === true || (!p.inherited && p.year !== undefined && p.relative === undefined && /[0-9０-９]{4}|[〇零一二三四五六七八九]{4}/.test(p.label)));
}
