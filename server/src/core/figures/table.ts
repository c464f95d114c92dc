/** Figures as rows for reviewers: the CLI `figures` command and the editor's List Figures. */
import type { DocumentModel } from "../document/model";
import type { Range } from "../document/text";
import { describeTarget } from "./checks";
import { matchTarget, type TargetData } from "./targets";
import type { Figure } from "./types";
import { BASE_UNIT } from "./units";

export interface FigureRow {
  /** 1-based line and column (UTF-16), as reviewers count. */
  line: number;
  column: number;
  /** LSP range: 0-based, UTF-16. */
  range: Range;
  text: string;
  metric: string;
  /** The number and unit as written (52.3, 亿元). */
  number: string;
  unit: string;
  /** The value in the base unit (5230000000, 元). */
  value: number;
  baseUnit: string;
  qualifier: string;
  bound: Figure["bound"];
  change: "" | "增" | "减";
  period: string;
  year: number | null;
  target: string;
}

function periodText(f: Figure): string {
  const p = f.period;
  if (!p) return "";
  if (p.from !== undefined) return `${p.label}（${p.from}—${p.to}）`;
  if (p.year !== undefined && !p.label.includes(String(p.year))) return `${p.label}（${p.year}）`;
  return p.label;
}

export function figureRows(model: DocumentModel, figures: Figure[], targets?: TargetData): FigureRow[] {
  return figures.map((f) => {
    const range = model.index.range(f.span);
    const t = matchTarget(f, targets);
    return {
      line: range.start.line + 1,
      column: range.start.character + 1,
      range,
      text: f.text,
      metric: f.metric ?? "",
      number: f.kind === "doubling" ? `翻${f.numberText}番` : f.numberText,
      unit: f.unit,
      value: f.value,
      baseUnit: f.dimension === "none" ? "" : BASE_UNIT[f.dimension],
      qualifier: f.qualifiers.join(" "),
      bound: f.bound,
      change: f.aspect === "change" ? (f.direction < 0 ? "减" : "增") : "",
      period: periodText(f),
      year: f.period?.year ?? null,
      target: t ? describeTarget(t) : "",
    };
  });
}

const CSV_COLUMNS: (keyof FigureRow)[] = ["line", "column", "text", "metric", "number", "unit", "value", "baseUnit", "qualifier", "change", "period", "year", "target"];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row. */
export function figuresCsv(rows: FigureRow[]): string {
  return [CSV_COLUMNS.join(","), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(","))].join("\r\n") + "\r\n";
}
