/**
 * fact.quote: a passage in “…” after a verb of saying (指出, 强调, 要求, 提出, 讲, 说,
 * 明确), looked up in the source its sentence names, or in every source when it
 * names none the workspace knows.
 *
 * - verbatim (punctuation aside; it may start and stop anywhere, and pieces
 *   joined by …… are each looked up): no finding; the hover says where;
 * - a near match (a word dropped, added, changed or swapped against one
 *   passage): an error with the original passage and a fix that restores it;
 * - not found in a source the sentence names: information;
 * - not found when no known source is named: nothing (it may quote anything).
 */
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { DocumentModel } from "../document/model";
import type { Span } from "../document/text";
import type { Source, SourceSet } from "./load";
import { normalise } from "./text-index";

export const FACT_QUOTE = defineRule("fact.quote", "error", "A quotation (“…” after 指出, 强调, 要求 …) that differs from its source by a word dropped, added, changed or swapped; or, as information, one not found in the source its sentence names.");

/** A verb of saying, then at most a particle and a colon or comma, then the opening quote. */
const QUOTE = /(指出|强调|要求|提出|讲|说|明确|写道|宣示|宣告|阐明|阐述)(?:了|过|到|的)?[：:，,]?\s*“([^“”]+)”/g;
/** Quotations shorter than this (normalised) are formulations, not quotations (“四个意识”). */
const MIN_QUOTE = 10;

export interface QuoteResult {
  /** The quotation's text inside the marks. */
  span: Span;
  /** Each piece between …… with its result. */
  pieces: PieceResult[];
  named?: Source;
}

export interface PieceResult {
  span: Span;
  kind: "verbatim" | "near" | "missing";
  source?: Source;
  /** Original offsets in the source of the passage (verbatim or near). */
  passage?: Span;
  distance?: number;
}

/** Which source the sentence names before the quotation, or an earlier sentence of the paragraph did (党的二十大报告…。报告指出). */
function namedSource(paragraph: string, quoteAt: number, set: SourceSet): Source | undefined {
  let s = quoteAt;
  while (s > 0 && !"。！？；".includes(paragraph[s - 1])) s--;
  const sentence = paragraph.slice(s, quoteAt);
  for (const { name, source } of set.names) if (sentence.includes(name)) return source;
  // A short name (报告) in the sentence refers to a source named in full earlier in the paragraph.
  const before = paragraph.slice(0, s);
  for (const { name, source } of set.names) {
    if (before.includes(name) && source.allNames.some((n) => sentence.includes(n))) return source;
  }
  return undefined;
}

function paragraphOf(text: string, offset: number): number {
  let n = 0;
  let inPara = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === "\n") inPara = false;
    else if (!inPara && c.trim()) {
      inPara = true;
      n++;
    }
  }
  return Math.max(1, n + (inPara ? 0 : 1));
}

/** “…” pieces split at …… (or ...), with their spans. */
function pieces(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  const re = /…+|\.{3,}|⋯+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end });
  return out;
}

function lookUp(q: string, sources: Source[]): Omit<PieceResult, "span"> {
  for (const s of sources) {
    const at = s.index.find(q);
    if (at >= 0) return { kind: "verbatim", source: s, passage: { start: s.index.at[at], end: s.index.at[at + q.length - 1] + 1 } };
  }
  let best: Omit<PieceResult, "span"> | undefined;
  for (const s of sources) {
    const a = s.index.align(q);
    if (!a || a.distance === 0) continue;
    // A near match: at most one edit in five characters (a word dropped, added, changed or swapped), at most eight.
    const limit = Math.min(8, Math.max(2, Math.floor(q.length / 5)));
    if (a.distance > limit || a.end - a.start < MIN_QUOTE) continue;
    if (!best || a.distance < best.distance!) best = { kind: "near", source: s, passage: { start: s.index.at[a.start], end: s.index.at[a.end - 1] + 1 }, distance: a.distance };
  }
  return best ?? { kind: "missing" };
}

const cache = new WeakMap<SourceSet, Map<string, Omit<PieceResult, "span">>>();

function cachedLookUp(q: string, named: Source | undefined, set: SourceSet): Omit<PieceResult, "span"> {
  let m = cache.get(set);
  if (!m) cache.set(set, (m = new Map()));
  const key = `${named?.path ?? ""}\u0000${q}`;
  let r = m.get(key);
  if (!r) {
    r = lookUp(q, named ? [named] : set.sources);
    if (m.size > 5000) m.clear();
    m.set(key, r);
  }
  return r;
}

/** Every quotation of the draft with what the sources say of it. */
export function quotations(model: DocumentModel, set: SourceSet): QuoteResult[] {
  const out: QuoteResult[] = [];
  if (!set.sources.length) return out;
  for (const p of model.paragraphs) {
    const text = p.text;
    if (!text.includes("“")) continue;
    for (const m of text.matchAll(QUOTE)) {
      const open = m.index! + m[0].lastIndexOf("“") + 1;
      const close = open + m[2].length;
      if (normalise(m[2]).norm.length < MIN_QUOTE) continue;
      const named = namedSource(text, m.index!, set);
      const results: PieceResult[] = [];
      for (const piece of pieces(text, open, close)) {
        const q = normalise(text.slice(piece.start, piece.end)).norm;
        if (!q) continue;
        // A short piece between …… is checked verbatim only.
        const r = q.length < MIN_QUOTE ? shortPiece(q, named, set) : cachedLookUp(q, named, set);
        results.push({ span: { start: p.span.start + piece.start, end: p.span.start + piece.end }, ...r });
      }
      out.push({ span: { start: p.span.start + open, end: p.span.start + close }, pieces: results, named });
    }
  }
  return out;
}

function shortPiece(q: string, named: Source | undefined, set: SourceSet): Omit<PieceResult, "span"> {
  for (const s of named ? [named] : set.sources) {
    const at = s.index.find(q);
    if (at >= 0) return { kind: "verbatim", source: s, passage: { start: s.index.at[at], end: s.index.at[at + q.length - 1] + 1 } };
  }
  return { kind: "missing" };
}

/** The piece's own text without the punctuation at its ends (what a fix replaces). */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  return { start, end };
}

export function checkQuotes(model: DocumentModel, set: SourceSet): Finding[] {
  const out: Finding[] = [];
  for (const q of quotations(model, set)) {
    for (const piece of q.pieces) {
      if (piece.kind === "near") {
        const s = piece.source!;
        const original = s.text.slice(piece.passage!.start, piece.passage!.end);
        const span = trimmed(model.text, piece.span);
        out.push({
          code: FACT_QUOTE.code,
          severity: FACT_QUOTE.severity,
          span,
          message: `引文与《${s.title}》原文不符（第${paragraphOf(s.text, piece.passage!.start)}段）。原文：“${original}”`,
          fixes: [{ title: `恢复原文“${original.length > 24 ? original.slice(0, 24) + "…" : original}”`, edits: [{ span, newText: original }], safe: false }],
        });
      } else if (piece.kind === "missing" && q.named && normalise(model.text.slice(piece.span.start, piece.span.end)).norm.length >= MIN_QUOTE) {
        out.push({
          code: FACT_QUOTE.code,
          severity: "information",
          span: trimmed(model.text, piece.span),
          message: `未在《${q.named.title}》中找到此引文。`,
        });
      }
    }
  }
  return out;
}

/** The hover over a quotation found in a source: where it is. */
export function hoverQuote(model: DocumentModel, offset: number, set: SourceSet): { span: Span; contents: string } | undefined {
  for (const q of quotations(model, set)) {
    if (offset < q.span.start || offset > q.span.end) continue;
    const lines = q.pieces
      .filter((p) => p.kind !== "missing")
      .map((p) => {
        const s = p.source!;
        const para = paragraphOf(s.text, p.passage!.start);
        const where = `《${s.title}》第${para}段`;
        return p.kind === "verbatim" ? `引自 ${where}` : `与 ${where} 不符，原文：“${s.text.slice(p.passage!.start, p.passage!.end)}”`;
      });
    if (!lines.length) return undefined;
    const first = q.pieces.find((p) => p.source)!;
    const s = first.source!;
    const line = s.lineOffset + s.text.slice(0, first.passage!.start).split("\n").length;
    const who = [s.speaker, s.date].filter(Boolean).join("，");
    return { span: q.span, contents: [...new Set(lines)].join("\n\n") + `\n\n${who ? who + "　" : ""}[转到来源](${fileLink(s.path)}#L${line})` };
  }
  return undefined;
}

/** A link an editor opens at a line: file:///… for a path (the server and the CLI pass absolute paths). */
function fileLink(p: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return p;
  const slashed = p.replace(/\\/g, "/");
  return "file://" + (slashed.startsWith("/") ? "" : "/") + encodeURI(slashed).replace(/#/g, "%23").replace(/\?/g, "%3F");
}
