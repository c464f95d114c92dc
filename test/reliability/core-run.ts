/**
 * Everything the editor asks of the core for one text, in one call, over
 * whatever checks, features and data sources are registered — so the
 * reliability properties cover features added later without being edited.
 */
import {
  analyze,
  buildOutline,
  CHECKS,
  DATA_SOURCES,
  DEFAULT_SETTINGS,
  documentStats,
  FEATURES,
  foldingRegions,
  parseDocument,
  type AnalysisContext,
  type CompletionCandidate,
  type DocumentModel,
  type Finding,
  type FoldingRegion,
  type HoverResult,
  type Mark,
  type OutlineSymbol,
  type Settings,
  type Span,
} from "../../server/src/core";

/** What a data source gives when the workspace has no files for it: the server's starting point. */
export function emptyData(settings: Settings = DEFAULT_SETTINGS): Record<string, unknown> {
  return Object.fromEntries(DATA_SOURCES.map((s) => [s.id, s.load([], settings).value]));
}

export function contextFor(settings: Partial<Settings> = {}): AnalysisContext {
  const full = { ...DEFAULT_SETTINGS, ...settings } as Settings;
  return { settings: full, data: emptyData(full) };
}

export interface CoreRun {
  model: DocumentModel;
  fast: Finding[];
  full: Finding[];
  outline: OutlineSymbol[];
  folding: FoldingRegion[];
  stats: ReturnType<typeof documentStats>;
  marks: { feature: string; marks: Mark[] }[];
  hovers: { feature: string; offset: number; hover: HoverResult | undefined }[];
  completions: { feature: string; offset: number; items: CompletionCandidate[] }[];
}

/**
 * Parses and analyses `text`, and asks every feature for its marks, and for hover and
 * completion at `offsets`; over the size limit features are not asked, as in the server.
 */
export function runCore(text: string, ctx: AnalysisContext, offsets: number[]): CoreRun {
  const model = parseDocument(text);
  const run: CoreRun = {
    model,
    fast: analyze(model, ctx, { phase: "fast" }),
    full: analyze(model, ctx, { phase: "full" }),
    outline: buildOutline(model, ctx.settings["lectern.readingRate"]),
    folding: foldingRegions(model),
    stats: documentStats(model, ctx.settings["lectern.readingRate"]),
    marks: [],
    hovers: [],
    completions: [],
  };
  const tooLarge = text.length > ctx.settings["lectern.maxDocumentSize"];
  for (const f of tooLarge ? [] : FEATURES) {
    if (f.marks) run.marks.push({ feature: f.id, marks: f.marks(model, ctx) });
    for (const offset of offsets) {
      if (f.hover) run.hovers.push({ feature: f.id, offset, hover: f.hover(model, offset, ctx) });
      if (f.complete) run.completions.push({ feature: f.id, offset, items: f.complete(model, offset, ctx) });
    }
  }
  return run;
}

/** Every span the run produced, labelled for failure messages. */
export function allSpans(run: CoreRun): { what: string; span: Span }[] {
  const out: { what: string; span: Span }[] = [];
  const m = run.model;
  for (const p of m.paragraphs) out.push({ what: "paragraph", span: p.span });
  for (const s of m.sentences) out.push({ what: "sentence", span: s.span });
  for (const h of m.headings) {
    out.push({ what: "heading.nameSpan", span: h.nameSpan });
    if (h.token) out.push({ what: "heading.token", span: h.token.span }, { what: "heading.numeral", span: h.token.numeralSpan });
  }
  for (const e of m.enumerators) {
    out.push({ what: "enumerator", span: e.span }, { what: "enumerator.numeral", span: e.numeralSpan }, { what: "enumerator.name", span: e.nameSpan }, { what: "enumerator.item", span: e.itemSpan });
  }
  const visit = (s: typeof m.root) => {
    out.push({ what: "section", span: s.span });
    s.children.forEach(visit);
  };
  visit(m.root);
  for (const f of [...run.fast, ...run.full]) {
    out.push({ what: `finding ${f.code}`, span: f.span });
    for (const r of f.related ?? []) out.push({ what: `finding ${f.code} related`, span: r.span });
    for (const fix of f.fixes ?? []) for (const e of fix.edits) out.push({ what: `finding ${f.code} fix "${fix.title}"`, span: e.span });
  }
  for (const { feature, marks } of run.marks) for (const k of marks) out.push({ what: `${feature} mark`, span: k.span });
  for (const { feature, hover } of run.hovers) if (hover) out.push({ what: `${feature} hover`, span: hover.span });
  for (const { feature, items } of run.completions) for (const c of items) out.push({ what: `${feature} completion`, span: c.replace });
  return out;
}

/** The part of a run that must be identical for identical input (the model holds a class and cycles). */
export function observable(run: CoreRun): unknown {
  const { model, ...rest } = run;
  return { ...rest, headings: model.headings, enumerators: model.enumerators, runs: model.enumeratorRuns.map((r) => r.map((e) => e.span.start)), styles: model.styles };
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: { span: Span; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Where an offset of the old text lands after the edits: shifted past them, or at the start of the edit it fell in. */
export function mapOffset(offset: number, edits: { span: Span; newText: string }[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.end <= offset && !(e.span.start === e.span.end && e.span.start === offset)) delta += e.newText.length - (e.span.end - e.span.start);
    else if (e.span.start < offset) return e.span.start + delta;
  }
  return offset + delta;
}

export { CHECKS, FEATURES };
