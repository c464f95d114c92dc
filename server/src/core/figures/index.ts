/**
 * Target figures: every figure of a draft read as value, unit, qualifier,
 * period and metric, and checked against itself, its stated relations, the
 * target table and number usage (GB/T 15835).
 */
import type { AnalysisContext, Check } from "../check";
import type { Feature, HoverResult } from "../features";
import { placeOfLine, type DocumentModel } from "../document/model";
import { checkArithmetic, checkConflicts, checkTableRows, checkTargets, checkTransposed, checkUsage, describeTarget } from "./checks";
import { extractFigures as extractAll, type ExtractOptions } from "./extract";
import { buildTargets, matchTarget, type TargetData } from "./targets";
import { targetsFromText } from "./bulletin";
import { sourcesOf, type SourceSet } from "../sources";
import type { TargetEntry } from "./targets-schema";
import type { Figure } from "./types";
import { formatBase } from "./units";
import { BUILTIN_INDICATORS } from "./metrics";

export type { Figure, Period, Bound, FigureKind } from "./types";
export { CONFLICT, TARGET, ARITHMETIC, USAGE } from "./checks";
export { targetSource, type TargetData } from "./targets";
export { TargetTableSchema } from "./targets-schema";
export { inferDocumentYear } from "./extract";
export { targetsFromText } from "./bulletin";

const bulletinEntries = new WeakMap<SourceSet, { path: string; entries: TargetEntry[] }[]>();
const merged = new WeakMap<SourceSet, WeakMap<object, TargetData>>();
const NO_TABLE = {};

/**
 * The targets a context checks against: the statistics sources' figures (each
 * bulletin read once per source set), then the target tables, which override
 * them for the same metric and year.
 */
export function targetsOf(ctx: AnalysisContext | undefined): TargetData | undefined {
  const table = ctx?.data?.targets as TargetData | undefined;
  const set = sourcesOf(ctx);
  const stats = set.sources.filter((s) => s.kind === "statistics");
  if (!stats.length) return table;
  let files = bulletinEntries.get(set);
  if (!files) bulletinEntries.set(set, (files = stats.map((s) => ({ path: s.path, entries: targetsFromText(s.text, s.title) }))));
  let byTable = merged.get(set);
  if (!byTable) merged.set(set, (byTable = new WeakMap()));
  const key = table ?? NO_TABLE;
  let data = byTable.get(key);
  if (!data) {
    const tableFiles = new Map<string, TargetEntry[]>();
    for (const t of table?.targets ?? []) tableFiles.set(t.file, [...(tableFiles.get(t.file) ?? []), t.entry]);
    data = buildTargets([...files, ...[...tableFiles].map(([path, entries]) => ({ path, entries }))]).data;
    byTable.set(key, data);
  }
  return data;
}

export interface FigureOptions extends ExtractOptions {
  /** The loaded target table (`ctx.data.targets`): its names and aliases help read metrics. */
  targets?: TargetData;
}

/** Every figure in the draft, in text order (for `lectern figures` and List Figures). */
export function extractFigures(model: DocumentModel, options: FigureOptions = {}): Figure[] {
  return extractAll(model, { documentYear: options.documentYear, lexicon: options.lexicon ?? options.targets?.lexicon });
}

const lastRun = new WeakMap<DocumentModel, { key: string; figures: Figure[] }>();

/** Figures for a context, computed once per model and context (the check and hovers share them). */
export function figuresFor(model: DocumentModel, ctx: AnalysisContext): Figure[] {
  const targets = targetsOf(ctx);
  const year = ctx.settings["lectern.documentYear"];
  const key = `${year}|${targets?.lexicon.key ?? ""}`;
  const hit = lastRun.get(model);
  if (hit && hit.key === key) return hit.figures;
  const figures = extractFigures(model, { documentYear: year, targets });
  lastRun.set(model, { key, figures });
  return figures;
}

/** Indicator names the conflict check trusts: the built-in list and the target table's metrics. */
function knownMetrics(targets: TargetData | undefined): (metric: string) => boolean {
  const lexicon = targets?.lexicon;
  return (metric) => BUILTIN_NAMES.has(metric) || (!!lexicon && [...lexicon.exact.values()].includes(metric));
}
const BUILTIN_NAMES = new Set(BUILTIN_INDICATORS.map((names) => names[0]));

export const figureCheck: Check = {
  id: "figures",
  needsSegmenter: true,
  run(model, ctx) {
    const figures = figuresFor(model, ctx);
    if (ctx.isCancelled?.()) return [];
    const targets = targetsOf(ctx);
    const conflicts = checkConflicts(figures, model.text, knownMetrics(targets), (line) => placeOfLine(model, line));
    // Two digits swapped is said only where the statements were not already found to conflict.
    const conflicting = new Set(conflicts.map((f) => f.span.start));
    const transposed = checkTransposed(figures, model.text, knownMetrics(targets)).filter((f) => !conflicting.has(f.span.start));
    const arithmetic = checkArithmetic(model, figures);
    // A table's rows and columns are judged on their own; a cell another reading already judged is said once.
    // A row whose value conflicts with the text (5.28 in the table, 5.82 in the text) has that one slip, not two.
    const judged = new Set(arithmetic.map((f) => f.span.start));
    const conflictLines = new Set([...conflicts, ...transposed].map((f) => model.index.lineAt(f.span.start)));
    const tables = model.text.includes("|") || model.text.includes("\t") ? checkTableRows(model).filter((f) => !judged.has(f.span.start) && !conflictLines.has(model.index.lineAt(f.span.start))) : [];
    return [...conflicts, ...transposed, ...checkTargets(figures, targets), ...arithmetic, ...tables, ...checkUsage(model, figures)];
  },
};

const BOUND_LABEL: Record<Figure["bound"], string> = {
  exact: "确数", approx: "约数", near: "接近，略低于此数", lower: "下限，不低于此数", more: "略多于此数，不足下一单位", upper: "上限，不高于此数",
};

function formatPeriod(f: Figure): string {
  const p = f.period;
  if (!p) return "未注明";
  const parts = [p.label];
  if (p.year !== undefined && !p.label.includes(String(p.year))) parts.push(`${p.year}年${p.part ?? ""}`);
  if (p.from !== undefined) parts.push(`${p.from}—${p.to}年`);
  if (p.target) parts.push("目标年");
  return parts.join("，");
}

export function hoverText(f: Figure, targets: TargetData | undefined, others: Figure[] = []): string {
  const lines = [`**数字** \`${f.text}\``, ""];
  const written = f.kind === "doubling" ? `翻${f.numberText}番` : `${f.numberText}${f.unit}`;
  const base = f.kind === "doubling" ? `${f.value}倍` : f.dimension === "none" ? String(f.written) : formatBase(f.value, f.dimension);
  // 150亿元 = 150亿元 says nothing: the base value is shown only when it reads differently.
  lines.push(`- 数值：${written}${base !== written ? ` = ${base}` : ""}`);
  if (f.unit) lines.push(`- 单位：${f.unit}`);
  const words = f.qualifiers.length ? `；原文“${f.qualifiers.join("”“")}”` : "";
  lines.push(`- 限定：${BOUND_LABEL[f.bound]}${words}${f.goal ? "；目标值" : ""}${f.average ? "；年均" : ""}`);
  lines.push(`- 时期：${formatPeriod(f)}${f.baseYear ? `；基数年 ${f.baseYear}年` : ""}`);
  const aspect = f.aspect === "change" ? (f.direction < 0 ? "（减少/下降）" : "（增长/增加）") : "（总量/水平）";
  lines.push(`- 指标：${f.metric ?? "未识别"}${f.metric ? aspect : ""}${f.role === "from" ? "；起点值" : f.role === "to" ? "；终点值" : ""}`);
  const t = matchTarget(f, targets);
  if (t) lines.push(`- 目标：${describeTarget(t)}`);
  const same = f.metric ? others.filter((o) => o !== f && o.metric === f.metric) : [];
  if (same.length) {
    lines.push("", `**同一指标的其他表述**（${same.length} 处）`);
    for (const o of same.slice(0, MAX_OTHERS)) {
      const kind = o.aspect === "change" ? "增速/增量" : "总量/水平";
      lines.push(`- 第${o.line + 1}行：\`${o.text}\`（${o.period?.label ?? "未注明时期"}，${kind}）`);
    }
    if (same.length > MAX_OTHERS) lines.push(`- ……另有 ${same.length - MAX_OTHERS} 处`);
  }
  return lines.join("\n");
}
const MAX_OTHERS = 8;

export const figureFeature: Feature = {
  id: "figures",
  hover(model, offset, ctx): HoverResult | undefined {
    const line = model.index.lineAt(offset);
    if (model.paragraphOfLine[line] < 0) return undefined;
    const f = figuresFor(model, ctx).find((x) => x.span.start <= offset && offset < x.span.end);
    if (!f) return undefined;
    return { span: f.span, contents: hoverText(f, targetsOf(ctx), figuresFor(model, ctx)) };
  },
  marks(model, ctx) {
    return figuresFor(model, ctx).map((f) => ({ span: f.span, type: "figure" as const }));
  },
};
export { figureRows, figuresCsv, type FigureRow } from "./table";
