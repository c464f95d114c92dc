/** The outline: headings and, under them, enumerated items, with length and speaking time. */
import type { DocumentModel, Enumerator, Section } from "./model";
import type { Range } from "./text";
import { countChars } from "./text";
import { formatDuration } from "./duration";
import { charsWithout, closingOf, endWithout, openingOf, signOffOf, type Passage } from "./speaking-parts";

/**
 * Mirrors LSP's SymbolKind numbers so the server can pass symbols through unchanged.
 * Headings and the speech's parts are `String`, as VS Code's Markdown outline gives
 * its headings (an "abc" mark, not a namespace's `{}`); 一是/二是 items are `EnumMember`.
 */
export const SYMBOL_KIND = { String: 15, EnumMember: 22 } as const;

/** The outline names of the parts before the first heading, after the last section's text, and the sign-off. */
export const OPENING_NAME = "开场";
export const CLOSING_NAME = "结尾";
export const SIGN_OFF_NAME = "落款";

/** What a part of the speech is: the stats' and the timing view's `part`. */
export type PartKind = "opening" | "heading" | "item" | "closing" | "signOff";

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

export interface OutlinePart extends Omit<OutlineSymbol, "detail" | "children"> {
  /** Characters spoken (padding excluded); the top-level parts add up to the document's. */
  chars: number;
  part: PartKind;
  children: OutlinePart[];
}

/** "1234字 · 约5分36秒" at the given rate (characters a minute). */
export function formatLength(chars: number, rate: number): string {
  return `${chars}字 · 约${formatDuration(chars / rate)}`;
}

/** Decimal minutes ("5.6分钟"), for the command line's statistics. */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))}秒`;
  return `${minutes < 10 ? minutes.toFixed(1) : Math.round(minutes)}分钟`;
}

/** The outline with each node's characters (the timing view's tree); buildOutline words them. */
export function outlineParts(model: DocumentModel): OutlinePart[] {
  const { index } = model;
  const opening = openingOf(model);
  const closing = closingOf(model);
  // The closing is its own node: the sections it sat in end before it.
  const cut = closing ? lastEndBefore(model, closing) : Infinity;
  const end = (span: { start: number; end: number }) => (span.start < cut ? Math.min(span.end, cut) : span.end);
  const item = (e: Enumerator): OutlinePart => {
    const span = { start: e.itemSpan.start, end: Math.max(e.nameSpan.end, end(e.itemSpan)) };
    const chars = countChars(model.text.slice(span.start, span.end));
    return {
      name: e.name,
      chars: chars,
      part: "item",
      kind: SYMBOL_KIND.EnumMember,
      range: index.range(span),
      selectionRange: index.range(e.nameSpan),
      children: [],
    };
  };
  const section = (s: Section): OutlinePart => {
    const h = s.heading!;
    return {
      name: h.name,
      chars: charsWithout(model, s, closing),
      part: "heading",
      kind: SYMBOL_KIND.String,
      range: index.range({ start: s.span.start, end: Math.max(h.nameSpan.end, endWithout(model, s, closing)) }),
      selectionRange: index.range(h.nameSpan),
      children: children(s),
    };
  };
  const children = (s: Section): OutlinePart[] => {
    const out: { at: number; sym: OutlinePart }[] = [];
    for (const c of s.children) out.push({ at: c.span.start, sym: section(c) });
    for (const e of s.items) if (!closing || e.span.start < closing.span.start) out.push({ at: e.span.start, sym: item(e) });
    return out.sort((a, b) => a.at - b.at).map((x) => x.sym);
  };
  const part = (name: string, kind: PartKind, p: Passage, inside: OutlinePart[]): OutlinePart => {
    const firstLine = index.lines[p.line];
    return {
      name,
      chars: p.chars,
      part: kind,
      kind: SYMBOL_KIND.String,
      range: index.range(p.span),
      selectionRange: index.range({ start: p.span.start, end: Math.min(p.span.end, firstLine.end) }),
      children: inside,
    };
  };
  const top = children(model.root);
  // The closing and the 落款 go where they are: the 落款 before any attachment after it.
  const tail: { at: number; sym: OutlinePart }[] = [];
  if (closing) tail.push({ at: closing.span.start, sym: part(CLOSING_NAME, "closing", closing, []) });
  const signOff = model.root.children.length ? signOffOf(model) : undefined;
  if (signOff) tail.push({ at: signOff.span.start, sym: part(SIGN_OFF_NAME, "signOff", signOff, []) });
  const place = (parts: OutlinePart[]): OutlinePart[] => {
    const out = parts.map((sym) => ({ at: index.offset(sym.range.start), sym }));
    return [...out, ...tail].sort((a, b) => a.at - b.at).map((x) => x.sym);
  };
  if (!opening) return place(top);
  // Items (一是…) before the first heading belong to the opening.
  const openingEnd = index.range(opening.span).end;
  const before = (sym: OutlinePart) => sym.range.start.line < openingEnd.line || (sym.range.start.line === openingEnd.line && sym.range.start.character < openingEnd.character);
  return [part(OPENING_NAME, "opening", opening, top.filter(before)), ...place(top.filter((x) => !before(x)))];
}

/** Every node of the outline, depth first, with its depth (1 for the top-level parts). */
export function flattenParts(parts: OutlinePart[], level = 1): { part: OutlinePart; level: number }[] {
  return parts.flatMap((p) => [{ part: p, level }, ...flattenParts(p.children, level + 1)]);
}

export function buildOutline(model: DocumentModel, readingRate: number): OutlineSymbol[] {
  const word = (p: OutlinePart): OutlineSymbol => ({ name: p.name, detail: formatLength(p.chars, readingRate), kind: p.kind, range: p.range, selectionRange: p.selectionRange, children: p.children.map(word) });
  return outlineParts(model).map(word);
}

/** The end of the last paragraph before the closing. */
function lastEndBefore(model: DocumentModel, closing: Passage): number {
  let end = 0;
  for (const p of model.paragraphs) if (p.span.end <= closing.span.start) end = p.span.end;
  return end;
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
