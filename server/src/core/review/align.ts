/**
 * Aligns two versions paragraph by paragraph: the `diff` package finds the
 * longest common run of identical paragraphs; within each replaced block,
 * paragraphs are paired by similarity (an edited paragraph); what is left is
 * paired across the whole document when similar enough (a moved paragraph).
 */
import { diffArrays } from "diff";

export interface ParagraphPair {
  old: number;
  new: number;
  /** Identical text. */
  same: boolean;
  /** Found elsewhere than in its place: the paragraph moved. */
  moved: boolean;
}

export interface Alignment {
  pairs: ParagraphPair[];
  /** Old paragraph → its pair; new paragraph → its pair. */
  oldToNew: Map<number, ParagraphPair>;
  newToOld: Map<number, ParagraphPair>;
  removed: number[];
  added: number[];
}

/** Edited in place when at least this similar (bigram Dice); moved when at least MOVE_SIMILARITY. */
const EDIT_SIMILARITY = 0.5;
const MOVE_SIMILARITY = 0.8;

function bigrams(s: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const k = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character bigrams: 1 for identical texts, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const [k, n] of x) common += Math.min(n, y.get(k) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

export function alignParagraphs(oldTexts: string[], newTexts: string[]): Alignment {
  const pairs: ParagraphPair[] = [];
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  const parts = diffArrays(oldTexts, newTexts);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let x = 0; x < n; x++) pairs.push({ old: i + x, new: j + x, same: true, moved: false });
      i += n;
      j += n;
      continue;
    }
    // A replaced block: removed then added (or the reverse) side by side.
    const next = parts[k + 1];
    const replaced = next && ((part.removed && next.added) || (part.added && next.removed));
    const olds = part.removed ? range(i, n) : replaced ? range(i, next.count ?? next.value.length) : [];
    const news = part.added ? range(j, n) : replaced ? range(j, next.count ?? next.value.length) : [];
    if (replaced) k++;
    i += olds.length;
    j += news.length;
    let from = 0;
    for (const o of olds) {
      let best = -1;
      let bestScore = EDIT_SIMILARITY;
      for (let x = from; x < news.length; x++) {
        const s = similarity(oldTexts[o], newTexts[news[x]]);
        if (s >= bestScore) [best, bestScore] = [x, s];
      }
      if (best < 0) {
        removed.push(o);
        continue;
      }
      for (let x = from; x < best; x++) added.push(news[x]);
      pairs.push({ old: o, new: news[best], same: oldTexts[o] === newTexts[news[best]], moved: false });
      from = best + 1;
    }
    for (let x = from; x < news.length; x++) added.push(news[x]);
  }
  // What is left on both sides and alike is a paragraph moved (and maybe edited too).
  for (const o of [...removed]) {
    let best = -1;
    let bestScore = MOVE_SIMILARITY;
    for (const a of added) {
      const s = similarity(oldTexts[o], newTexts[a]);
      if (s >= bestScore) [best, bestScore] = [a, s];
    }
    if (best < 0) continue;
    removed.splice(removed.indexOf(o), 1);
    added.splice(added.indexOf(best), 1);
    pairs.push({ old: o, new: best, same: oldTexts[o] === newTexts[best], moved: true });
  }
  pairs.sort((a, b) => a.new - b.new);
  removed.sort((a, b) => a - b);
  added.sort((a, b) => a - b);
  return { pairs, oldToNew: new Map(pairs.map((p) => [p.old, p])), newToOld: new Map(pairs.map((p) => [p.new, p])), removed, added };
}

function range(start: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => start + k);
}
