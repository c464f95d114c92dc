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

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a table row `| a | b |`, trimmed, with their offsets in the document. */
export function cellsOf(text: string, base: number): Cell[] | undefined {
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

export const SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** The cells of a tab-separated line (指标\t单位\t2024年), trimmed, with their offsets; undefined with fewer than three. */
function tabCellsOf(text: string, base: number): Cell[] | undefined {
  if (!text.includes("\t")) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\t") continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    cells.push({ text: text.slice(s, e), start: base + s, end: base + e });
    from = i + 1;
  }
  return cells.length >= 3 ? cells : undefined;
}

export interface TableBlock {
  /** The paragraph index of the header row. */
  at: number;
  header: Cell[];
  rows: { cells: Cell[]; paragraph: number }[];
}

/**
 * The draft's tables: Markdown pipe tables (a header, a separator line, rows), and runs of two or more
 * tab-separated lines with the same number of cells (as an office pastes a table into plain text), the
 * first of them the header.
 */
export function tablesOf(model: DocumentModel): TableBlock[] {
  let tables = tablesByModel.get(model);
  if (!tables) tablesByModel.set(model, (tables = readTables(model)));
  return tables;
}

/** One reading of a model's tables: its figures and its own arithmetic both use it. */
const tablesByModel = new WeakMap<DocumentModel, TableBlock[]>();

function readTables(model: DocumentModel): TableBlock[] {
  const out: TableBlock[] = [];
  const ps = model.paragraphs;
  for (let k = 0; k + 1 < ps.length; k++) {
    const piped = ps[k].text.startsWith("|") && SEPARATOR.test(ps[k + 1].text.trim());
    const header = piped ? cellsOf(ps[k].text, ps[k].span.start) : tabCellsOf(ps[k].text, ps[k].span.start);
    if (!header || header.length < 2) continue;
    const rows: { cells: Cell[]; paragraph: number }[] = [];
    let r = piped ? k + 2 : k + 1;
    for (; r < ps.length; r++) {
      const cells = piped ? cellsOf(ps[r].text, ps[r].span.start) : tabCellsOf(ps[r].text, ps[r].span.start);
      if (!cells || (!piped && cells.length !== header.length)) break;
      rows.push({ cells, paragraph: r });
    }
    if (!piped && rows.length < 1) continue;
    out.push({ at: k, header, rows });
    k = r - 1;
  }
  return out;
}
export const GROWTH_HEADER = /增长|增速|增幅|增减|比上年|同比|比去年/;
const PART_HEADER = /上半年|下半年|前三季度|[一二三四]季度|[0-9０-９]{1,2}[—–\-~至][0-9０-９]{1,2}月/;
const GOAL_HEADER = /目标|计划|预期/;
/** 上年同期 | 本期: the old and the new column of a period the table's lead-in names. */
const PREVIOUS_HEADER = /^(?:上年同期|去年同期|上年|去年|上期|上年度)(?:[（(][^）)]*[）)])?$/;
const CURRENT_HEADER = /^(?:本期|当期|本年|今年|本年度|本年累计|今年以来)(?:[（(][^）)]*[）)])?$/;
/** 2025年1—10月，公司主要经营指标见下表: the lead-in's year and part of the year. */
const LEAD_PERIOD = /(?<![0-9])((?:19|20)[0-9]{2})年((?:[0-9０-９]{1,2}[—–\-~至到][0-9０-９]{1,2}月)|上半年|下半年|前三季度|[一二三四]季度)?/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A unit in a header: 金额（亿元）, 增长（%）, (万人). */
const HEADER_UNIT = /[（(]\s*([^（）()]{1,6})\s*[）)]\s*$/;

/** A first column that lists bodies or places, not indicators: the indicators are then the other columns' names. */
const ENTITY_HEADER = /^(?:企业|企业名称|单位|单位名称|地区|区县|县区|县（市、区）|县\(市、区\)|部门|学校|医院|乡镇|镇街|镇（街道）|街道|名称|公司|集团)$/;

interface Column {
  /** The indicator the column names when the rows are bodies or places (营业收入 of 营业收入（亿元）). */
  name?: string;
  index: number;
  growth: boolean;
  goal: boolean;
  unit?: string;
  year?: number;
  /** A part of the year the header names (上半年完成, 1—5月). */
  part?: string;
  /** 上年同期 (-1) or 本期 (0): the period the lead-in names, a year back or as it is. */
  shift?: number;
}

function columnsOf(header: Cell[]): { columns: Column[]; unitColumn: number } {
  const unitColumn = header.findIndex((c) => UNIT_HEADER.test(c.text));
  const entities = ENTITY_HEADER.test(header[0]?.text.replace(/[*_`\s]/g, "") ?? "");
  const columns: Column[] = [];
  let named: string | undefined;
  header.forEach((c, index) => {
    if (index === 0 || index === unitColumn) return;
    const year = /([0-9]{4})年/.exec(c.text);
    const unit = HEADER_UNIT.exec(c.text)?.[1].replace("％", "%");
    const part = PART_HEADER.exec(c.text)?.[0];
    const growth = GROWTH_HEADER.test(c.text);
    // | 企业 | 营业收入（亿元） | 同比增长（%） |: a growth column is the growth of the indicator before it.
    if (entities && !growth) named = /^[\u4e00-\u9fff]{2,12}$/.test(c.text.replace(HEADER_UNIT, "").trim()) && !year ? c.text.replace(HEADER_UNIT, "").trim() : undefined;
    const bare = c.text.replace(/[*_`\s]/g, "");
    const shift = PREVIOUS_HEADER.test(bare) ? -1 : CURRENT_HEADER.test(bare) ? 0 : undefined;
    columns.push({ index, growth, goal: GOAL_HEADER.test(c.text), unit, year: year ? Number(year[1]) : undefined, part, name: entities ? named : undefined, shift });
  });
  return { columns, unitColumn };
}

/** Every figure in the draft's tables. */
export function tableFigures(model: DocumentModel, lexicon: MetricLexicon, scopes: Scope[], year: number | undefined): Figure[] {
  const out: Figure[] = [];
  const ps = model.paragraphs;
  for (const table of tablesOf(model)) {
    const k = table.at;
    const header = table.header;
    const { columns, unitColumn } = columnsOf(header);
    // 2024年，…主要企业经营情况见下表。: the sentence that shows the table to the reader names its year.
    const shownBy = k > 0 ? ps[k - 1].text : "";
    const years = /下表|如下/.test(shownBy) ? new Set([...shownBy.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年(?![0-9—–\-至到])/g)].map((m) => Number(m[1]))) : new Set<number>();
    const leadYear = years.size === 1 && !PART_HEADER.test(shownBy) ? [...years][0] : undefined;
    // (2025年1—10月，…见下表 over | 上年同期 | 本期 |: 本期 is 2025年1—10月, 上年同期 the same months of 2024.)
    const leadYears = new Set([...shownBy.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年/g)].map((m) => m[1]));
    const lead = /下表|如下/.test(shownBy) && leadYears.size === 1 ? LEAD_PERIOD.exec(shownBy) : null;
    for (const { cells: row, paragraph: r } of table.rows) {
      // 地区生产总值（亿元）: the row's unit may stand in its name.
      const raw = row[0]?.text.replace(/[*_`]/g, "") ?? "";
      const rowUnit = HEADER_UNIT.exec(raw)?.[1].replace("％", "%");
      const name = rowUnit ? raw.replace(HEADER_UNIT, "") : raw;
      if (!name || !/[\u4e00-\u9fff]/.test(name)) continue;
      for (const col of columns) {
        // 市产投集团 under 营业收入（亿元）: the body's indicator.
        const metric = normalizeMetric(col.name ? name + col.name : name, lexicon).metric;
        const cell = row[col.index];
        const f = cell && figureOf(cell, col, col.growth ? "%" : col.unit ?? (unitColumn >= 0 ? row[unitColumn]?.text : undefined) ?? rowUnit, name);
        if (!f) continue;
        // A year's column names its year, a part's column its part of the year (上半年完成); otherwise the table
        // is for what the heading or lead-in above it names (1—5月), else the whole year.
        const scope = scopes[r]?.period;
        // (The growth column of such a table is the growth of the current period.)
        const shift = col.shift ?? (col.growth && columns.some((c) => c.shift !== undefined) ? 0 : undefined);
        const shifted = shift !== undefined && lead ? { label: `${Number(lead[1]) + shift}年${lead[2] ?? ""}`, year: Number(lead[1]) + shift, part: lead[2], whole: lead[2] ? undefined : true } : undefined;
        const period = shifted ?? (col.year !== undefined ? { label: `${col.year}年`, year: col.year } : col.part ? withScope({ label: col.part, part: col.part }, scope) : leadYear !== undefined ? { label: `${leadYear}年`, year: leadYear } : scope ? withScope(undefined, scope) : withScope({ label: "全年", whole: true }, undefined));
        out.push({ ...f, metric, metricText: col.name ? name + col.name : name, metricSpan: { start: row[0].start, end: row[0].end }, goal: col.goal, period: resolvePeriod(period, year), line: ps[r].line });
      }
    }
  }
  return out;
}

/** A number cell (286.4, -3.2, 5.6) read in its column's unit; undefined for text, dashes and empty cells. */
function figureOf(cell: Cell, col: Column, unit: string | undefined, rowName = ""): Omit<Figure, "line" | "metric" | "metricText" | "metricSpan" | "period" | "goal"> | undefined {
  // 5.6, -3.2, +15.2%, +1.7个百分点, 增长7.8%, 下降1.7个百分点: a sign or a word of direction, the number, and
  // the cell's own unit if it writes one; 3.38万 under a row named 出院人次 is 3.38万人次.
  const m = /^([-−－+＋]|增长|提高|上升|上涨|增加|下降|降低|减少|回落)?([0-9０-９][0-9０-９,，.．]*)\s*(%|％|个百分点|万|亿)?$/.exec(cell.text);
  if (m?.[3] === "万" || m?.[3] === "亿") {
    const named = unit ?? /(人次|人|户|件|个|家|吨|亩|元|辆|台|套|起|次)$/.exec(rowName)?.[1];
    unit = named ? m[3] + named : undefined;
  } else if (m?.[3]) unit = m[3] === "％" ? "%" : m[3];
  if (!m || !unit) return undefined;
  const n = parseArabic(m[2].replace(/，/g, ","));
  const u = unit.trim() === "%" || unit.trim() === "％" ? { dimension: "percent" as const, scale: 1, unit: "%" } : unit === "个百分点" ? { dimension: "points" as const, scale: 1, unit } : parseUnit(unit);
  if (!n || !u) return undefined;
  const negative = /[-−－]|下降|降低|减少|回落/.test(m[1] ?? "");
  const percent = u.dimension === "percent";
  return {
    span: { start: cell.start, end: cell.end },
    text: m[3] === "万" || m[3] === "亿" ? cell.text + u.unit.slice(1) : m[3] ? cell.text : cell.text + (percent ? "%" : u.unit),
    numberSpan: { start: cell.start + (m[1] ?? "").length, end: cell.start + (m[1] ?? "").length + m[2].length },
    numberText: m[2],
    written: n.value,
    unit: percent ? "%" : u.unit,
    kind: percent ? "percent" : u.dimension === "points" ? "points" : "amount",
    dimension: u.dimension,
    value: n.value * u.scale,
    tolerance: (n.place / 2) * u.scale,
    bound: "exact",
    qualifiers: [],
    aspect: col.growth || u.dimension === "points" ? "change" : "level",
    direction: negative ? -1 : 1,
    average: false,
  };
}
