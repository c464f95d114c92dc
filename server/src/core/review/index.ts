/**
 * Version review (`lectern diff`, Compare with… in the editor): what changed
 * between two versions of a draft that a reviewer must re-check. Pure: two
 * texts and an analysis context in, a Review out.
 */
import { diffChars } from "diff";
import type { AnalysisContext } from "../check";
import type { Span } from "..";
import { alignParagraphs, type Alignment } from "./align";
import { figureChanges, sortEntries } from "./figures";
import { formulationChanges } from "./formulations";
import { structureChanges } from "./structure";
import type { Review, ReviewEntry } from "./types";
import { excerpt, paragraphAt, paragraphPlace, placeOf, readVersion, type Version } from "./version";
import type { Finding } from "../findings";

export * from "./types";
export { alignParagraphs, similarity } from "./align";

export function reviewChanges(oldText: string, newText: string, ctx: AnalysisContext): Review {
  const a = readVersion(oldText, ctx);
  const b = readVersion(newText, ctx);
  const alignment = alignParagraphs(
    a.model.paragraphs.map((p) => p.text),
    b.model.paragraphs.map((p) => p.text),
  );
  const figures = figureChanges(a, b, alignment);
  const structure = structureChanges(a, b, alignment);
  const { findings, resolved } = findingChanges(a, b);
  const formulations = correctedSlips(a, b, alignment, formulationChanges(a, b, alignment), resolved);
  const explained = explainedSpans([...figures, ...formulations, ...structure, ...findings, ...resolved.map((r) => r.entry)], a, b);
  return { findings, resolved: resolved.map((r) => r.entry), figures, formulations, structure, paragraphs: paragraphChanges(a, b, alignment, explained) };
}

/**
 * A formulation that appears where the old version had a slip the new one no longer has
 * (四个自性 → 四个自信) is the slip corrected: the formulation was there all along, misspelt.
 * It is listed once, as the resolved finding, with the corrected place; not as a new formulation.
 * The test: applying the finding's first fix to the old text writes the formulation there,
 * in a paragraph the new version's paragraph is paired with.
 */
function correctedSlips(a: Version, b: Version, alignment: Alignment, formulations: ReviewEntry[], resolved: { finding: Finding; entry: ReviewEntry }[]): ReviewEntry[] {
  const pairedWith = new Map(alignment.pairs.map((p) => [p.new, p.old]));
  return formulations.filter((e) => {
    if (e.kind !== "added" || !e.new) return true;
    const start = b.model.index.offset(e.new.range.start);
    const written = e.new.text;
    const oldParagraph = pairedWith.get(paragraphAt(b, start));
    if (oldParagraph === undefined) return true;
    const slip = resolved.find(({ finding, entry }) => {
      const fix = finding.fixes?.[0];
      if (entry.new || !fix?.edits.length || paragraphAt(a, finding.span.start) !== oldParagraph) return false;
      const p = a.model.paragraphs[oldParagraph].span;
      const lo = Math.max(p.start, Math.min(finding.span.start, ...fix.edits.map((x) => x.span.start)) - written.length);
      const hi = Math.min(p.end, Math.max(finding.span.end, ...fix.edits.map((x) => x.span.end)) + written.length);
      let fixed = a.text.slice(lo, hi);
      for (const x of [...fix.edits].sort((m, n) => n.span.start - m.span.start)) {
        if (x.span.start < lo || x.span.end > hi) return false;
        fixed = fixed.slice(0, x.span.start - lo) + x.newText + fixed.slice(x.span.end - lo);
      }
      return fixed.includes(written) && !a.text.slice(lo, hi).includes(written);
    });
    if (!slip) return true;
    slip.entry.new = e.new;
    slip.entry.summary = `已改正 ${slip.finding.code}：“${slip.entry.old!.text}” → “${written}”`;
    return false;
  });
}

/** Where the entries above already account for a change, per version, by paragraph. */
function explainedSpans(entries: ReviewEntry[], a: Version, b: Version): [Span[], Span[]] {
  const spans: [Span[], Span[]] = [[], []];
  for (const e of entries) {
    if (e.old) spans[0].push({ start: a.model.index.offset(e.old.range.start), end: a.model.index.offset(e.old.range.end) });
    if (e.new) spans[1].push({ start: b.model.index.offset(e.new.range.start), end: b.model.index.offset(e.new.range.end) });
  }
  return spans;
}

const within = (spans: Span[], start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);

/** The first change in a paired paragraph that no figure, formulation, heading or new finding explains. */
function unexplainedEdit(a: Version, b: Version, oldIndex: number, newIndex: number, explained: [Span[], Span[]]): { old: Span; new: Span } | undefined {
  const op = a.model.paragraphs[oldIndex];
  const np = b.model.paragraphs[newIndex];
  let i = op.span.start;
  let j = np.span.start;
  for (const part of diffChars(op.text, np.text)) {
    const n = part.value.length;
    if (part.removed) {
      if (!within(explained[0], i, i + n)) return { old: { start: i, end: i + n }, new: { start: j, end: j } };
      i += n;
    } else if (part.added) {
      if (!within(explained[1], j, j + n)) return { old: { start: i, end: i }, new: { start: j, end: j + n } };
      j += n;
    } else {
      i += n;
      j += n;
    }
  }
  return undefined;
}

function paragraphChanges(a: Version, b: Version, alignment: Alignment, explained: [Span[], Span[]]): ReviewEntry[] {
  const entries: { at: number; entry: ReviewEntry }[] = [];
  const isHeading = (v: Version, p: number) => v.model.paragraphs[p].kind === "heading";
  for (const pair of alignment.pairs) {
    const at = b.model.paragraphs[pair.new].span.start;
    const both = { old: paragraphPlace(a, pair.old), new: paragraphPlace(b, pair.new) };
    // A heading's move is reported under structure.
    if (pair.moved && !isHeading(b, pair.new)) {
      entries.push({ at, entry: { kind: "moved", summary: `段落移动：第${both.old.range.start.line + 1}行 → 第${both.new.range.start.line + 1}行“${excerpt(both.new.text)}”`, ...both } });
    }
    if (pair.same) continue;
    const edit = unexplainedEdit(a, b, pair.old, pair.new, explained);
    if (!edit) continue;
    const was = a.text.slice(edit.old.start, edit.old.end);
    const now = b.text.slice(edit.new.start, edit.new.end);
    const what = was && now ? `“${excerpt(was, 16)}”改为“${excerpt(now, 16)}”` : was ? `删去“${excerpt(was, 16)}”` : `加入“${excerpt(now, 16)}”`;
    entries.push({ at, entry: { kind: "edited", summary: `第${both.new.range.start.line + 1}行段落修改：${what}`, old: placeOf(a, edit.old), new: placeOf(b, edit.new) } });
  }
  for (const p of alignment.removed) if (!isHeading(a, p)) entries.push({ at: -1, entry: { kind: "removed", summary: `删去段落“${excerpt(a.model.paragraphs[p].text)}”`, old: paragraphPlace(a, p) } });
  for (const p of alignment.added) if (!isHeading(b, p)) entries.push({ at: b.model.paragraphs[p].span.start, entry: { kind: "added", summary: `新增段落“${excerpt(b.model.paragraphs[p].text)}”`, new: paragraphPlace(b, p) } });
  return sortEntries(entries);
}

/** Findings matched by code and the words they are about, not by position: moving text creates none. */
function findingChanges(a: Version, b: Version): { findings: ReviewEntry[]; resolved: { finding: Finding; entry: ReviewEntry }[] } {
  const key = (v: Version, f: Version["findings"][number]) => `${f.code}\u0000${v.text.slice(f.span.start, f.span.end)}`;
  const count = (v: Version) => {
    const m = new Map<string, number>();
    for (const f of v.findings) m.set(key(v, f), (m.get(key(v, f)) ?? 0) + 1);
    return m;
  };
  const before = count(a);
  const after = count(b);
  const entries: { at: number; entry: ReviewEntry }[] = [];
  const resolved: { finding: Finding; entry: ReviewEntry }[] = [];
  const seen = new Map<string, number>();
  for (const f of b.findings) {
    const k = key(b, f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > (before.get(k) ?? 0)) entries.push({ at: f.span.start, entry: { kind: "new", code: f.code, summary: `${f.code}: ${f.message}`, new: placeOf(b, f.span) } });
  }
  seen.clear();
  for (const f of a.findings) {
    const k = key(a, f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > (after.get(k) ?? 0)) resolved.push({ finding: f, entry: { kind: "resolved", code: f.code, summary: `已解决 ${f.code}: ${f.message}`, old: placeOf(a, f.span) } });
  }
  return { findings: sortEntries(entries), resolved };
}

/** True when nothing changed that a reviewer must re-check. */
export function isEmptyReview(r: Review): boolean {
  return !r.figures.length && !r.formulations.length && !r.structure.length && !r.paragraphs.length && !r.findings.length && !r.resolved.length;
}

export { paragraphAt };
