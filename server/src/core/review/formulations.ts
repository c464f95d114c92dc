/**
 * Formulation changes: the pack formulations of each paired paragraph are
 * compared as lists; one that gave way to another in the same paragraph is a
 * change, the rest were added or removed. Moved paragraphs change nothing.
 */
import type { SloganMatch } from "../slogans/scan";
import type { Alignment } from "./align";
import { sortEntries } from "./figures";
import type { ReviewEntry } from "./types";
import { paragraphAt, placeOf, type Version } from "./version";

function byParagraph(v: Version): Map<number, SloganMatch[]> {
  const m = new Map<number, SloganMatch[]>();
  for (const x of v.formulations) {
    const p = paragraphAt(v, x.start);
    if (!m.has(p)) m.set(p, []);
    m.get(p)!.push(x);
  }
  return m;
}

/** Removes from each list the formulations found in the other (as written), in order. */
function unmatched(olds: SloganMatch[], news: SloganMatch[], text: (m: SloganMatch, side: 0 | 1) => string): [SloganMatch[], SloganMatch[]] {
  const left = [...news];
  const gone: SloganMatch[] = [];
  for (const o of olds) {
    const k = left.findIndex((n) => text(n, 1) === text(o, 0));
    if (k >= 0) left.splice(k, 1);
    else gone.push(o);
  }
  return [gone, left];
}

export function formulationChanges(a: Version, b: Version, alignment: Alignment): ReviewEntry[] {
  const oldBy = byParagraph(a);
  const newBy = byParagraph(b);
  const written = (m: SloganMatch, side: 0 | 1) => (side ? b : a).text.slice(m.start, m.end);
  const entries: { at: number; entry: ReviewEntry }[] = [];
  const name = (m: SloganMatch, v: Version) => `“${v.text.slice(m.start, m.end)}”`;
  const removed = (o: SloganMatch) => entries.push({ at: -1, entry: { kind: "removed", summary: `删去提法 ${name(o, a)}`, old: placeOf(a, o) } });
  const added = (n: SloganMatch) => entries.push({ at: n.start, entry: { kind: "added", summary: `新增提法 ${name(n, b)}`, new: placeOf(b, n) } });
  for (const pair of alignment.pairs) {
    if (pair.same) continue;
    const [gone, come] = unmatched(oldBy.get(pair.old) ?? [], newBy.get(pair.new) ?? [], written);
    const k = Math.min(gone.length, come.length);
    for (let x = 0; x < k; x++) {
      entries.push({ at: come[x].start, entry: { kind: "changed", summary: `提法 ${name(gone[x], a)} → ${name(come[x], b)}`, old: placeOf(a, gone[x]), new: placeOf(b, come[x]) } });
    }
    gone.slice(k).forEach(removed);
    come.slice(k).forEach(added);
  }
  for (const p of alignment.removed) (oldBy.get(p) ?? []).forEach(removed);
  for (const p of alignment.added) (newBy.get(p) ?? []).forEach(added);
  return sortEntries(entries);
}
