/**
 * Figures in a Markdown table (| 指标 | 单位 | 绝对数 | 比上年增长（%） |): each number
 * cell of a data row is a figure of the row's first cell, in the row's unit (a
 * 单位 column, or a unit in the column's header: 金额（亿元）, 增长（%）). A column
 * whose header speaks of growth (增长, 增速, 比上年) holds growth rates; one that
 * names a year (2024年) gives its figures that year; one that names a goal
 * (目标, 计划) holds goals. Other rows take the period of a 全年 statement where
 * they stand, so a bulletin's table and its text are compared like two sentences.
 */
import type { DocumentModel } from "../document/model";
import { normalizeMetric, type MetricLexicon } from "./metrics";
import { parseArabic } from "./numbers";
import { resolvePeriod, withScope, type Scope } from "./periods";
import type { Figure } from "./types";
import { parseUnit } from "./units";

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a table row `| a | b |`, trimmed, with their offsets in the document. */
function cellsOf(text: string, base: number): Cell[] | undefined {
  const t = text.trimEnd();
  if (!t.startsWith("|") || !t.endsWith("|") || t.length < 3) return undefined;
  const cells: Cell[] = [];
  let from = 1;
  for (let i = 1; i < t.length; i++) {
    if (t[i] !== "|") continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(t[s])) s++;
    while (e > s && /\s/.test(t[e - 1])) e--;
    cells.push({ text: t.slice(s, e), start: base + s, end: base + e });
    from = i + 1;
  }
  return cells;
}

const SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const GROWTH_HEADER = /增长|增速|增幅|增减|比上年|同比|比去年/;
const GOAL_HEADER = /目标|计划|预期/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A unit in a header: 金额（亿元）, 增长（%）, (万人). */
const HEADER_UNIT = /[（(]\s*([^（）()]{1,6})\s*[）)]\s*$/;

interface Column {
  index: number;
  growth: boolean;
  goal: boolean;
  unit?: string;
  year?: number;
}

function columnsOf(header: Cell[]): { columns: Column[]; unitColumn: number } {
  const unitColumn = header.findIndex((c) => UNIT_HEADER.test(c.text));
  const columns: Column[] = [];
  header.forEach((c, index) => {
    if (index === 0 || index === unitColumn) return;
    const year = /([0-9]{4})年/.exec(c.text);
    const unit = HEADER_UNIT.exec(c.text)?.[1].replace("％", "%");
    columns.push({ index, growth: GROWTH_HEADER.test(c.text), goal: GOAL_HEADER.test(c.text), unit, year: year ? Number(year[1]) : undefined });
  });
  return { columns, unitColumn };
}

/** Every figure in the draft's Markdown tables. */
export function tableFigures(model: DocumentModel, lexicon: MetricLexicon, scopes: Scope[], year: number | undefined): Figure[] {
  const out: Figure[] = [];
  const ps = model.paragraphs;
  for (let k = 0; k + 1 < ps.length; k++) {
    if (!ps[k].text.startsWith("|") || !SEPARATOR.test(ps[k + 1].text.trim())) continue;
    const header = cellsOf(ps[k].text, ps[k].span.start);
    if (!header || header.length < 2) continue;
    const { columns, unitColumn } = columnsOf(header);
    let r = k + 2;
    for (; r < ps.length; r++) {
      const row = cellsOf(ps[r].text, ps[r].span.start);
      if (!row) break;
      const name = row[0]?.text.replace(/[*_`]/g, "");
      if (!name || !/[\u4e00-\u9fff]/.test(name)) continue;
      const metric = normalizeMetric(name, lexicon).metric;
      for (const col of columns) {
        const cell = row[col.index];
        const f = cell && figureOf(cell, col, col.growth ? "%" : col.unit ?? (unitColumn >= 0 ? row[unitColumn]?.text : undefined));
        if (!f) continue;
        // A year's column names its year; otherwise the table is for what the heading or lead-in above it names (1—5月), else the whole year.
        const scope = scopes[r]?.period;
        const period = col.year !== undefined ? { label: `${col.year}年`, year: col.year } : scope ? withScope(undefined, scope) : withScope({ label: "全年", whole: true }, undefined);
        out.push({ ...f, metric, metricText: name, metricSpan: { start: row[0].start, end: row[0].end }, goal: col.goal, period: resolvePeriod(period, year), line: ps[r].line });
      }
    }
    k = r - 1;
  }
  return out;
}

/** A number cell (286.4, -3.2, 5.6) read in its column's unit; undefined for text, dashes and empty cells. */
function figureOf(cell: Cell, col: Column, unit: string | undefined): Omit<Figure, "line" | "metric" | "metricText" | "metricSpan" | "period" | "goal"> | undefined {
  const m = /^([-−－]?)([0-9０-９][0-9０-９,，.．]*)$/.exec(cell.text);
  if (!m || !unit) return undefined;
  const n = parseArabic(m[2].replace(/，/g, ","));
  const u = unit.trim() === "%" || unit.trim() === "％" ? { dimension: "percent" as const, scale: 1, unit: "%" } : parseUnit(unit);
  if (!n || !u) return undefined;
  const negative = !!m[1];
  const percent = u.dimension === "percent";
  return {
    span: { start: cell.start, end: cell.end },
    text: cell.text + (percent ? "%" : u.unit),
    numberSpan: { start: cell.start + m[1].length, end: cell.end },
    numberText: m[2],
    written: n.value,
    unit: percent ? "%" : u.unit,
    kind: percent ? "percent" : "amount",
    dimension: u.dimension,
    value: n.value * u.scale,
    tolerance: (n.place / 2) * u.scale,
    bound: "exact",
    qualifiers: [],
    aspect: col.growth ? "change" : "level",
    direction: negative ? -1 : 1,
    average: false,
  };
}
