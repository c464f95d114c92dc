/** The outline: headings and, under them, enumerated items, with length and speaking time. */
import type { DocumentModel, Enumerator, Section } from "./model";
import type { Range } from "./text";
import { countChars } from "./text";

/** Mirrors LSP's SymbolKind numbers so the server can pass symbols through unchanged. */
export const SYMBOL_KIND = { String: 15, Namespace: 3, EnumMember: 22, Key: 20 } as const;

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** "1,234字 · 约5.6分钟" at the given rate (characters a minute). */
export function formatLength(chars: number, rate: number): string {
  return `${chars}字 · 约${formatMinutes(chars / rate)}`;
}

export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))}秒`;
  return `${minutes < 10 ? minutes.toFixed(1) : Math.round(minutes)}分钟`;
}

export function buildOutline(model: DocumentModel, readingRate: number): OutlineSymbol[] {
  const { index } = model;
  const item = (e: Enumerator): OutlineSymbol => {
    const chars = countChars(model.text.slice(e.itemSpan.start, e.itemSpan.end));
    return {
      name: e.name,
      detail: formatLength(chars, readingRate),
      kind: SYMBOL_KIND.EnumMember,
      range: index.range(e.itemSpan),
      selectionRange: index.range(e.nameSpan),
      children: [],
    };
  };
  const section = (s: Section): OutlineSymbol => {
    const h = s.heading!;
    return {
      name: h.name,
      detail: formatLength(s.chars, readingRate),
      kind: h.style === "markdown" ? SYMBOL_KIND.String : SYMBOL_KIND.Namespace,
      range: index.range(s.span),
      selectionRange: index.range(h.nameSpan),
      children: children(s),
    };
  };
  const children = (s: Section): OutlineSymbol[] => {
    const out: { at: number; sym: OutlineSymbol }[] = [];
    for (const c of s.children) out.push({ at: c.span.start, sym: section(c) });
    for (const e of s.items) out.push({ at: e.span.start, sym: item(e) });
    return out.sort((a, b) => a.at - b.at).map((x) => x.sym);
  };
  return children(model.root);
}

export interface FoldingRegion {
  startLine: number;
  endLine: number;
}

/** Every section folds from its heading line to its last line; multi-line items fold too. */
export function foldingRegions(model: DocumentModel): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  const visit = (s: Section) => {
    if (s.heading) {
      const endLine = model.index.lineAt(s.span.end);
      if (endLine > s.heading.line) out.push({ startLine: s.heading.line, endLine });
    }
    s.children.forEach(visit);
  };
  visit(model.root);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
