/** Loads target tables and matches figures to their targets. */
import { defineRule } from "../findings";
import type { DataSource } from "../data-sources";
import { validateJson } from "../json-data";
import { buildLexicon, normalizeMetric, DEFAULT_LEXICON, type MetricLexicon } from "./metrics";
import { TargetTableSchema, type TargetEntry } from "./targets-schema";
import type { Figure } from "./types";
import { parseUnit, type Dimension } from "./units";

export interface Target {
  entry: TargetEntry;
  /** Where the entry came from: its file. */
  file: string;
  metric: string;
  /** The metric is a growth rate (…增速, …增长). */
  growth: boolean;
  dimension: Dimension;
  /** In base units. */
  value: number;
  tolerance: number;
}

export interface TargetData {
  targets: Target[];
  lexicon: MetricLexicon;
}

export const EMPTY_TARGETS: TargetData = { targets: [], lexicon: DEFAULT_LEXICON };

/** Half a unit in the last written digit of a JSON number. */
function roundingOf(value: number): number {
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 || /e/i.test(s) ? 0.5 : Math.pow(10, -(s.length - dot - 1)) / 2;
}

export function buildTargets(files: { path: string; entries: TargetEntry[] }[]): { data: TargetData; unknownUnits: { path: string; index: number; unit: string }[] } {
  const byKey = new Map<string, Target>();
  const unknownUnits: { path: string; index: number; unit: string }[] = [];
  const names: { metric: string; aliases?: string[] }[] = [];
  for (const file of files) {
    file.entries.forEach((entry, index) => {
      const unit = parseUnit(entry.unit);
      if (!unit) {
        unknownUnits.push({ path: file.path, index, unit: entry.unit });
        return;
      }
      names.push(entry);
      const { metric, growth } = normalizeMetric(entry.metric, DEFAULT_LEXICON);
      // Later files override earlier ones for the same metric and year.
      byKey.set(`${metric}|${growth}|${entry.year ?? ""}`, {
        entry, file: file.path, metric, growth, dimension: unit.dimension,
        value: entry.value * unit.scale, tolerance: roundingOf(entry.value) * unit.scale,
      });
    });
  }
  return { data: { targets: [...byKey.values()], lexicon: buildLexicon(names) }, unknownUnits };
}

export const TARGETS_INVALID = defineRule("targets.invalid", "error", "A target table that fails validation, reported at its JSON path in the table file.");

export const targetSource: DataSource = {
  id: "targets",
  problemCode: TARGETS_INVALID.code,
  workspaceGlobs: [".lectern/targets.json"],
  setting: "lectern.targets",
  cliOption: "--targets",
  load(files) {
    const problems: { path: string; problems: { path: string; message: string; span: { start: number; end: number } }[] }[] = [];
    const good: { path: string; entries: TargetEntry[] }[] = [];
    for (const file of files) {
      const r = validateJson(file.text, TargetTableSchema);
      if (!r.ok) {
        problems.push({ path: file.path, problems: r.problems });
        continue;
      }
      good.push({ path: file.path, entries: r.value.targets });
    }
    const { data, unknownUnits } = buildTargets(good);
    for (const u of unknownUnits) {
      const file = files.find((f) => f.path === u.path)!;
      // Point at the unit's value in the file.
      const at = nthUnitOffset(file.text, u.index, u.unit);
      let entry = problems.find((p) => p.path === u.path);
      if (!entry) problems.push((entry = { path: u.path, problems: [] }));
      entry.problems.push({ path: `targets[${u.index}].unit`, message: `unknown unit "${u.unit}"; use 元/万元/亿元, 人/万人, 亩/公顷, 吨/万吨, 千瓦/万千瓦, %, 个百分点, 个/项/家…`, span: at });
    }
    return { value: data, problems };
  },
};

function nthUnitOffset(text: string, index: number, unit: string): { start: number; end: number } {
  let from = 0;
  let found = -1;
  for (let k = 0; k <= index; k++) {
    const at = text.indexOf('"unit"', from);
    if (at < 0) break;
    found = at;
    from = at + 6;
  }
  if (found < 0) return { start: 0, end: 1 };
  const v = text.indexOf(JSON.stringify(unit), found);
  return v < 0 ? { start: found, end: found + 6 } : { start: v, end: v + JSON.stringify(unit).length };
}

/** Verbs that open a count's phrase without changing what it counts (新建高标准农田 = 高标准农田). */
const ACTION_PREFIX = /^(新建|新增|建成|完成|实现|累计|改造|建设|引进|培育|打造|新改建|改扩建|新培育|新引进)/;

function sameMetric(figure: string, target: string): boolean {
  return figure === target || figure.replace(ACTION_PREFIX, "") === target;
}

const RATE = /(率|比重|占比|份额|比例)$/;

/** The target a figure states, if the table has one for its metric, unit and year. */
export function matchTarget(f: Figure, data: TargetData | undefined): Target | undefined {
  if (!data || !data.targets.length || !f.metric || f.role === "from" || f.kind === "doubling" || f.kind === "duration") return undefined;
  // Progress toward a goal (完成全年目标的62.5%) and a gap to another figure are not the metric's value.
  if (f.relation === "progress" || f.relation === "gap") return undefined;
  if (f.period?.part && !/^(底|末)$/.test(f.period.part)) return undefined; // a quarter is not the year's figure
  const figureGrowth = f.aspect === "change";
  for (const t of data.targets) {
    if (!sameMetric(f.metric, t.metric) || t.dimension !== f.dimension) continue;
    const growthMatches = t.growth === figureGrowth || (figureGrowth && !t.growth && t.dimension === "percent" && !RATE.test(t.metric));
    if (!growthMatches) continue;
    const year = f.period?.from === undefined ? f.period?.year : undefined;
    if (t.entry.year !== undefined && year !== undefined && t.entry.year !== year) continue;
    if (t.entry.year !== undefined && f.period?.from !== undefined) continue;
    return t;
  }
  return undefined;
}
