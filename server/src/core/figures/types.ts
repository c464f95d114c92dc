/** What a figure is, once read: value, unit, qualifier, period and metric. */
import type { Span } from "../document/text";
import type { Dimension } from "./units";

export type FigureKind = "amount" | "percent" | "points" | "multiple" | "doubling" | "duration";

/**
 * How the written value bounds the true one: `exact` (within rounding),
 * `approx` (约, 左右), `near` (近: a little under), `lower` (超过, 突破, 以上),
 * `more` (多, 余: above, within the next unit), `upper` (以内, 不超过).
 */
export type Bound = "exact" | "approx" | "near" | "lower" | "more" | "upper";

export interface Period {
  /** The words that set it, as written (今年, 到2025年, “十四五”时期). */
  label: string;
  /** The year the figure is for, when known (resolved from 今年 with the document year). */
  year?: number;
  /** 今年 = 0, 明年 = 1, 去年 = -1; kept when the document year is unknown. */
  relative?: number;
  /** A target year (到2025年). */
  target?: boolean;
  /** A span of years (十四五 = 2021–2025, 从2020年到2035年). */
  from?: number;
  to?: number;
  /** A part of the year (一季度, 上半年, 1—9月). */
  part?: string;
  /** 全年: the whole year in force, whichever it is. */
  whole?: boolean;
  /** Taken from a heading or a lead-in above the figure, not from its own paragraph. */
  inherited?: boolean;
  /** The year a reviewing draft's title names (关于2024年度…工作情况的报告): as good as written. */
  titled?: boolean;
}

/** What a figure says, as read from the text: shared by the scan and the final figure. */
export interface FigureMeasure {
  numberText: string;
  /** The number times its written multiplier (52.3亿 → 5.23e9), before the unit's own scale. */
  written: number;
  /** The unit as written with its multiplier (亿元, 万人, %, 个百分点, 倍, 番). */
  unit: string;
  kind: FigureKind;
  dimension: Dimension | "none";
  /** In the dimension's base unit (元, 人, 平方米, %); 翻两番 = 4 (倍). */
  value: number;
  /** Half of one unit in the last written digit, in base units: how far rounding as written can go. */
  tolerance: number;
  bound: Bound;
  /** The qualifier words as written (约, 左右, 突破, 多, 力争). */
  qualifiers: string[];
  /** 力争, 确保, 争取: a goal rather than a result. */
  goal: boolean;
  /** A change (增长5%, 增加1.1万亿元) or a level (达到66.2%); direction -1 for 下降/减少. */
  aspect: "level" | "change";
  direction: 1 | -1;
  /** 从A增长到B: A is `from`, B is `to`. */
  role?: "from" | "to";
  /** 年均: an average over a span. */
  average: boolean;
  /**
   * What the figure is stated against: `progress` toward a goal (完成全年目标任务的62.5%),
   * the `gap` to another figure (高于全省平均水平1.2个百分点), or a figure named only
   * to be `compared` with the one before it (与年初确定的增长8%的目标相比).
   */
  relation?: "progress" | "gap" | "compared";
  /** A result restated as the base of a goal (在2024年粮食产量56.2万吨的基础上，力争…): never a goal itself. */
  baseResult?: boolean;
}

export interface Figure extends FigureMeasure {
  /** The whole figure: qualifiers, number and unit (约52.3亿元左右). */
  span: Span;
  text: string;
  /** Where the number as written is. */
  numberSpan: Span;
  period?: Period;
  /** The base year of a comparison (在2020年的基础上). */
  baseYear?: number;
  /** The noun phrase measured, normalised (地区生产总值), and where it was read. */
  metric?: string;
  metricText?: string;
  metricSpan?: Span;
  /** 0-based line. */
  line: number;
}
