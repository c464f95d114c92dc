/** Combining the fixes of many findings into one set of non-overlapping edits. */
import type { Finding, TextEditSpan } from "../core";

export interface CombinedFixes {
  edits: TextEditSpan[];
  /** One entry per finding the edits fix, with where it was. */
  titles: { at: number; title: string }[];
  count: number;
  /** The findings whose fix was taken. */
  fixed: Finding[];
}

/** Takes the first (safe) fix of each finding, skipping any that overlaps one already taken. */
export function combinedFixes(findings: Finding[], safeOnly = false): CombinedFixes {
  const edits: TextEditSpan[] = [];
  const titles: { at: number; title: string }[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    const fix = (f.fixes ?? []).find((x) => !safeOnly || x.safe);
    if (!fix) continue;
    // Identical edits (one renumbering fixes several findings) are taken once.
    const fresh = fix.edits.filter((e) => !edits.some((x) => x.span.start === e.span.start && x.span.end === e.span.end && x.newText === e.newText));
    if (fresh.some((e) => edits.some((t) => e.span.start < t.span.end && t.span.start < e.span.end || (e.span.start === e.span.end && e.span.start === t.span.start)))) continue;
    edits.push(...fresh);
    titles.push({ at: f.span.start, title: fix.title });
    fixed.push(f);
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  return { edits, titles, count: titles.length, fixed };
}
