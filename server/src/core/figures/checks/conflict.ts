/** figure.conflict: one indicator and period stated twice with values that cannot both be true. */
import { defineRule, type Finding } from "../../findings";
import { periodKey } from "../extract";
import type { Figure } from "../types";
import { describePeriod, finding, interval, overlaps, sentenceBefore } from "./shared";

export const CONFLICT = defineRule("figure.conflict", "warning", "One metric and period stated with values that cannot both be true.");

/**
 * Time and comparison words the period reader does not resolve (5月份, 全年,
 * 前三季度, 累计, 每年, 同比/环比): two figures are only the same statement when
 * their sentences say the same of these.
 */
const TIME_WORDS = /[0-9０-９一二三四五六七八九十]+(?:[—–\-~～至到][0-9０-９一二三四五六七八九十]+)?月份?|前?[一二三四1-4]季度|[上下]半年|全年|年初|年末|年底|同期|同比|环比|比上年|比年初|比上月|累计|每年|期间|以来/g;
/** A figure after these in its sentence is a part (其中), one of several (分别) or a share of something (占…比重). */
const NOT_A_RESTATEMENT = /其中|分别|占|比重|之比|比例/;

/**
 * figure.conflict: one indicator, one period, two values. Only for indicators
 * Lexicon knows (the built-in list and the target table's names): a metric
 * read from free text (出生人口 → 人口, 年度目标) is too often a different thing.
 */
export function checkConflicts(figures: Figure[], text: string, isKnownMetric: (metric: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Figure[]>();
  for (const f of figures) {
    const period = periodKey(f.period);
    // Both ends of 从A增长到B are skipped: a period named before A (由2019年的A增加到目前的B) is A's, not B's.
    if (!f.metric || !period || f.role || f.kind === "doubling" || f.dimension === "none" || !isKnownMetric(f.metric)) continue;
    const before = sentenceBefore(text, f.span.start);
    if (NOT_A_RESTATEMENT.test(before)) continue;
    const when = [...new Set(before.match(TIME_WORDS) ?? [])].sort().join(",");
    const key = [f.metric, f.aspect, f.direction, f.average, f.goal, f.kind, f.dimension, period, when].join("|");
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [f]);
      continue;
    }
    const other = earlier.find((e) => !overlaps(interval(e), interval(f)));
    if (other) {
      out.push(finding(CONFLICT, f, `${describePeriod(f)}“${f.metric}”前后不一致：此处为“${f.text}”，前文为“${other.text}”（第${other.line + 1}行）。`, {
        related: [{ span: other.span, message: `前文：“${other.text}”` }],
      }));
    }
    earlier.push(f);
  }
  return out;
}
