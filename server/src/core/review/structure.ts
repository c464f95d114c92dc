/**
 * Structure changes: headings added, removed, renamed, moved or renumbered
 * (matched through the paragraph alignment), and announced counts (以下三个方面)
 * whose number changed.
 */
import type { Heading } from "..";
import { announcedCounts } from "../numbering";
import type { Alignment } from "./align";
import { sortEntries } from "./figures";
import type { ReviewEntry } from "./types";
import { placeOf, type Version } from "./version";

/** The heading's words without its number token: what renaming changes. */
function title(v: Version, h: Heading): string {
  const start = h.token ? h.token.span.end : h.nameSpan.start;
  return v.text.slice(start, h.nameSpan.end).replace(/^[\s\u3000]+/, "");
}

function headingsByParagraph(v: Version): Map<number, Heading> {
  const m = new Map<number, Heading>();
  for (const h of v.model.headings) m.set(v.model.paragraphOfLine[h.line], h);
  return m;
}

export function structureChanges(a: Version, b: Version, alignment: Alignment): ReviewEntry[] {
  const oldHeadings = headingsByParagraph(a);
  const newHeadings = headingsByParagraph(b);
  const entries: { at: number; entry: ReviewEntry }[] = [];
  const matchedNew = new Set<number>();
  for (const [p, h] of oldHeadings) {
    const pair = alignment.oldToNew.get(p);
    const n = pair && newHeadings.get(pair.new);
    if (!pair || !n) {
      entries.push({ at: -1, entry: { kind: "removed", summary: `删去标题“${h.name}”`, old: placeOf(a, h.nameSpan) } });
      continue;
    }
    matchedNew.add(pair.new);
    if (pair.same && !pair.moved) continue;
    const both = { old: placeOf(a, h.nameSpan), new: placeOf(b, n.nameSpan) };
    const at = n.nameSpan.start;
    if (pair.moved) entries.push({ at, entry: { kind: "moved", summary: `标题“${n.name}”移动：第${h.line + 1}行 → 第${n.line + 1}行`, ...both } });
    const oldToken = h.token?.text ?? "";
    const newToken = n.token?.text ?? "";
    if (oldToken !== newToken) entries.push({ at, entry: { kind: "renumbered", summary: `标题编号 ${oldToken || "（无）"} → ${newToken || "（无）"}：${title(b, n)}`, ...both } });
    if (title(a, h) !== title(b, n)) entries.push({ at, entry: { kind: "renamed", summary: `标题改为“${n.name}”（原“${h.name}”）`, ...both } });
  }
  for (const [p, n] of newHeadings) {
    if (!matchedNew.has(p)) entries.push({ at: n.nameSpan.start, entry: { kind: "added", summary: `新增标题“${n.name}”`, new: placeOf(b, n.nameSpan) } });
  }
  // Announced counts, matched in paired paragraphs in order.
  const oldCounts = announcedCounts(a.model);
  const newCounts = announcedCounts(b.model);
  for (const pair of alignment.pairs) {
    if (pair.same) continue;
    const os = oldCounts.filter((c) => c.paragraph === pair.old);
    const ns = newCounts.filter((c) => c.paragraph === pair.new);
    for (let k = 0; k < Math.min(os.length, ns.length); k++) {
      if (os[k].count === ns[k].count) continue;
      entries.push({ at: ns[k].span.start, entry: { kind: "count", summary: `总述数目 “${a.text.slice(os[k].span.start, os[k].span.end)}” → “${b.text.slice(ns[k].span.start, ns[k].span.end)}”`, old: placeOf(a, os[k].span), new: placeOf(b, ns[k].span) } });
    }
  }
  return sortEntries(entries);
}
