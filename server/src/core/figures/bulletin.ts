/**
 * A statistics source (a 统计公报) read as a target table: its figures, read by
 * the same extractor as a draft's, become targets with the bulletin's sentence
 * as their source. Only what a bulletin states plainly is taken: a known
 * indicator (the built-in list), a whole year, a result (not a goal), a level
 * or a growth rate, exact or approximate; an indicator stated twice for one
 * year with two values is left out (one of them is a part misread as the whole).
 */
import { parseDocument } from "../document/parse";
import { extractFigures } from "./extract";
import { BUILTIN_INDICATORS } from "./metrics";
import type { TargetEntry } from "./targets-schema";
import { parseUnit } from "./units";

const KNOWN = new Set(BUILTIN_INDICATORS.map((names) => names[0]));
const CLAUSE_END = "。；！？\n";

/** The sentence a figure is in (for the target's source). */
function sentenceOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !CLAUSE_END.includes(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.includes(text[e])) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

/** The year a bulletin is about: the first year its title names (2024年国民经济和社会发展统计公报). */
function titleYear(title: string, text: string): number | undefined {
  const m = /((?:19|20)\d{2})年/.exec(title) ?? /((?:19|20)\d{2})年/.exec(text.split("\n").find((l) => l.trim()) ?? "");
  return m ? Number(m[1]) : undefined;
}

/** Target entries read from a statistics text, in text order. */
export function targetsFromText(text: string, title: string): TargetEntry[] {
  const model = parseDocument(text);
  const year = titleYear(title, text);
  const figures = extractFigures(model, { documentYear: year ?? null });
  const byKey = new Map<string, TargetEntry | null>();
  for (const f of figures) {
    if (!f.metric || !KNOWN.has(f.metric) || f.goal || f.relation || f.role === "from" || f.average || f.baseYear !== undefined) continue;
    if (f.kind === "doubling" || f.kind === "duration" || (f.bound !== "exact" && f.bound !== "approx")) continue;
    if (f.period?.part || f.period?.from !== undefined || f.period?.target) continue;
    const y = f.period?.year ?? year;
    if (y === undefined) continue;
    const unit = parseUnit(f.unit);
    if (!unit) continue;
    let metric = f.metric;
    if (f.aspect === "change") {
      // A growth rate: 增长5.6% is the indicator's 增速; an absolute change (增加2.1万人) is not a target.
      if (unit.dimension !== "percent" || f.unit !== "%") continue;
      metric = `${f.metric}增速`;
    }
    const value = Math.round((f.value / unit.scale) * f.direction * 1e6) / 1e6;
    const key = `${metric}|${y}`;
    const entry: TargetEntry = { metric, value, unit: f.unit, year: y, source: `《${title}》：${sentenceOf(text, f.span.start, f.span.end)}` };
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, entry);
    else if (had && had.value !== entry.value) byKey.set(key, null);
  }
  return [...byKey.values()].filter((e): e is TargetEntry => e !== null);
}
