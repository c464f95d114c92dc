/**
 * A table's own arithmetic (Markdown or tab-separated), row by row and column by column:
 *
 * - a row with the old and the new value (two year columns, 2023年 | 2024年, or 上年同期 | 本期)
 *   and a growth column (同比增长, 增长（%）): the growth is the new over the old, as written
 *   within the rounding of all three;
 * - a 合计 or 总计 row: each value column's other rows add up to it, within their rounding.
 *
 * Only plain numbers are read (a unit is not needed for a ratio or a sum); a cell with words, a dash
 * or a percentage of its own in a value column leaves its row or column alone.
 */
import type { DocumentModel } from "../../document/model";
import type { Finding } from "../../findings";
import { GROWTH_HEADER, tablesOf, type Cell } from "../md-table";
import { unitInfo } from "../units";
import { parseArabic } from "../numbers";
import { ARITHMETIC } from "./arithmetic";
import { round } from "./shared";

/** The column of the earlier period, and of the later one, by their headers. */
const PREVIOUS = /^(?:上年同期|去年同期|上年|去年|上期|上年度)(?:[（(][^）)]*[）)])?$/;
const CURRENT = /^(?:本期|本年|今年|当期|本年度|本期数|今年同期)(?:[（(][^）)]*[）)])?$/;
const TOTAL_ROW = /^(?:合\s*计|总\s*计|合计数)$/;
const GOAL_WORDS = /目标|计划|预期|任务/;

interface Value {
  value: number;
  /** Half the last written place: the rounding a written value may carry. */
  half: number;
}

/** A plain number cell: 46500, 2,856.3, -3.2, 12.6% (the sign and % allowed where `percent`). */
function valueOf(cell: Cell | undefined, percent: boolean): Value | undefined {
  if (!cell) return undefined;
  // A rate may carry its direction in words (增长7.8%, 下降1.7%); a value its magnitude (3.38万), the same in a column.
  const m = (percent ? /^([-−－+＋]|增长|提高|上升|上涨|增加|下降|降低|减少|回落)?([0-9０-９][0-9０-９,，.．]*)\s*[%％]?$/ : /^()([0-9０-９][0-9０-９,，.．]*)\s*(万|亿)?$/).exec(cell.text.replace(/[*_`]/g, ""));
  const n = m && parseArabic(m[2].replace(/，/g, ","));
  if (!n) return undefined;
  const scale = m[3] === "亿" ? 1e8 : m[3] === "万" ? 1e4 : 1;
  return { value: (/[-−－]|下降|降低|减少|回落/.test(m[1] ?? "") ? -n.value : n.value) * scale, half: (n.place / 2) * scale };
}

/** A value read as exact: its rounding half set to nothing (a whole count). */
function exactCount(v: Value | undefined, exact: boolean): Value | undefined {
  return v && exact && Number.isInteger(v.value) ? { value: v.value, half: 0 } : v;
}

export function checkTableRows(model: DocumentModel): Finding[] {
  const out: Finding[] = [];
  for (const { header, rows: block } of tablesOf(model)) {
    // (| 院区 | 门急诊人次（万人次） | … | 合计 | 95.2 |: a table of one column of values has its total too.)
    if (header.length < 2) continue;
    const rows = block.map((r) => r.cells);
    const growth = header.map((c, i) => (i > 0 && GROWTH_HEADER.test(c.text) ? i : -1)).filter((i) => i >= 0);
    const values = header.map((_, i) => i).filter((i) => i > 0 && !growth.includes(i) && !/单位|占比|比重|%|％|排名|位次|备注/.test(header[i].text));
    if (header.length >= 3) out.push(...growthFindings(header, rows, values, growth));
    out.push(...totalFindings(rows, values));
  }
  return out;
}

/** The old and the new column: two years, or 上年同期 and 本期, each named once. */
function periodColumns(header: Cell[], values: number[]): [number, number] | undefined {
  // (2024年同期（亿元） | 2025年活动期间（亿元）: a year and the stretch of it, not a goal.)
  const years = values.map((i) => ({ i, y: GOAL_WORDS.test(header[i].text) ? undefined : /^((?:19|20)[0-9]{2})年?(?:[\u4e00-\u9fff0-9—–\-]{0,8})?(?:[（(][^）)]*[）)])?$/.exec(header[i].text)?.[1] })).filter((c) => c.y);
  // The two must cover the same stretch: 2024年 | 2025年1—9月 with 同比增长 compares with 2024年1—9月, not shown.
  const stretch = (i: number) => header[i].text.replace(/[（(][^）)]*[）)]/g, "").replace(/^(?:19|20)[0-9]{2}年?/, "");
  if (years.length === 2 && years[0].y !== years[1].y) {
    const [a, b] = Number(years[0].y) < Number(years[1].y) ? [years[0].i, years[1].i] : [years[1].i, years[0].i];
    return stretch(a) === stretch(b) || /同期/.test(stretch(a)) ? [a, b] : undefined;
  }
  const previous = values.filter((i) => PREVIOUS.test(header[i].text));
  const current = values.filter((i) => CURRENT.test(header[i].text));
  return previous.length === 1 && current.length === 1 ? [previous[0], current[0]] : undefined;
}

function growthFindings(header: Cell[], rows: Cell[][], values: number[], growth: number[]): Finding[] {
  const pair = periodColumns(header, values);
  if (!pair || growth.length !== 1) return [];
  const out: Finding[] = [];
  const unitColumn = header.findIndex((c) => /^(?:计量)?单位$/.test(c.text.trim()));
  for (const row of rows) {
    // | 强降雨过程 | 次 | 6 | 9 |: a count of a counting unit, written without 万 or 亿, is exact, as in running text.
    const exact = unitColumn > 0 && ["count", "people", "households", "personTimes"].includes(unitInfo(row[unitColumn]?.text.trim() ?? "")?.dimension ?? "");
    const old = exactCount(valueOf(row[pair[0]], false), exact);
    const now = exactCount(valueOf(row[pair[1]], false), exact);
    // A rate says so, in its cell or its header (增长（%）): +4.2 in an 增减 column is a difference.
    const rate = /[%％]/.test(row[growth[0]]?.text ?? "") || /[%％]/.test(header[growth[0]].text) ? valueOf(row[growth[0]], true) : undefined;
    if (!old || !now || !rate || old.value - old.half <= 0) continue;
    // The widest growth the rounded values allow, against the rounded rate.
    const low = ((now.value - now.half) / (old.value + old.half) - 1) * 100;
    const high = ((now.value + now.half) / (old.value - old.half) - 1) * 100;
    const computed = (now.value / old.value - 1) * 100;
    // 6 → 9 written 33.3: the change over the new value, the classic slip, whatever the rounding allows.
    const overNew = Math.abs(Math.abs((now.value - old.value) / now.value) * 100 - Math.abs(rate.value)) <= rate.half + 1e-9 && Math.abs(Math.abs(computed) - Math.abs(rate.value)) > rate.half + 1e-9;
    if (rate.value + rate.half >= low - 1e-9 && rate.value - rate.half <= high + 1e-9 && !overNew) continue;
    const cell = row[growth[0]];
    out.push({
      code: ARITHMETIC.code,
      severity: ARITHMETIC.severity,
      span: { start: cell.start, end: cell.end },
      message: `从${row[pair[0]].text}到${row[pair[1]].text}，${computed < 0 ? "下降" : "增长"}应为${round(Math.abs(computed))}%，此处为“${cell.text}”。`,
      related: [{ span: { start: row[pair[0]].start, end: row[pair[0]].end }, message: `${header[pair[0]].text}：“${row[pair[0]].text}”` }],
    });
  }
  return out;
}

function totalFindings(rows: Cell[][], values: number[]): Finding[] {
  const t = rows.findIndex((row) => TOTAL_ROW.test(row[0]?.text.replace(/[*_`]/g, "") ?? ""));
  // The total row last, after two rows or more, each of the same width.
  if (t < 2 || t !== rows.length - 1 || rows.some((row) => row.length !== rows[t].length)) return [];
  const out: Finding[] = [];
  for (const i of values) {
    const total = valueOf(rows[t][i], false);
    // 其中：流行性感冒: a part of the row above, not one more part of the total.
    const parts = rows.slice(0, t).filter((row) => !/^其中/.test(row[0]?.text ?? "")).map((row) => valueOf(row[i], false));
    if (!total || parts.some((p) => !p)) continue;
    const sum = parts.reduce((s, p) => s + p!.value, 0);
    const slack = parts.reduce((s, p) => s + p!.half, 0) + total.half;
    if (Math.abs(sum - total.value) <= slack + 1e-9 * Math.max(1, Math.abs(sum))) continue;
    const cell = rows[t][i];
    out.push({
      code: ARITHMETIC.code,
      severity: ARITHMETIC.severity,
      span: { start: cell.start, end: cell.end },
      message: `上面各行合计${Number(sum.toPrecision(12))}，此处为“${cell.text}”。`,
    });
  }
  return out;
}
