/** figure.target: a figure against the team's target table. */
import { defineRule, type Finding } from "../../findings";
import { matchTarget, type Target, type TargetData } from "../targets";
import type { Figure } from "../types";
import { finding, interval, overlaps } from "./shared";

export const TARGET = defineRule("figure.target", "warning", "A figure that contradicts the target table (.lectern/targets.json).");

export function describeTarget(t: Target): string {
  const year = t.entry.year !== undefined ? `${t.entry.year}年` : "";
  return `${year}${t.entry.metric} ${t.entry.value}${t.entry.unit}${t.entry.source ? `（${t.entry.source}）` : ""}`;
}

export function checkTargets(figures: Figure[], data: TargetData | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    const t = matchTarget(f, data);
    if (!t) continue;
    const value = f.direction === -1 && t.value > 0 && f.aspect === "change" ? t.value : Math.abs(t.value);
    if (overlaps(interval(f), [value - t.tolerance, value + t.tolerance])) continue;
    const how = f.bound === "lower" || f.bound === "more" ? "（下限）" : f.bound === "upper" ? "（上限）" : "";
    out.push(finding(TARGET, f, `与目标表不符：“${f.text}”${how}，目标表为 ${describeTarget(t)}。`));
  }
  return out;
}
