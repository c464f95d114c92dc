/**
 * Editor features beyond diagnostics, in core terms (offsets): hover,
 * completion and marks (semantic tokens). The LSP layer converts them.
 */
import type { AnalysisContext } from "./check";
import type { DocumentModel } from "./document/model";
import type { Span } from "./document/text";

export interface HoverResult {
  span: Span;
  /** Markdown. */
  contents: string;
}

export interface CompletionCandidate {
  label: string;
  /** The text that replaces `replace`; VS Code snippet syntax when `snippet` is set. */
  insertText: string;
  replace: Span;
  kind: "slogan" | "verb" | "snippet";
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  filterText?: string;
  sortText?: string;
}

export type MarkType = "slogan" | "deprecatedSlogan" | "figure" | "heading" | "enumerator";

export interface Mark {
  span: Span;
  type: MarkType;
}

export interface Feature {
  id: string;
  hover?(model: DocumentModel, offset: number, ctx: AnalysisContext): HoverResult | undefined;
  complete?(model: DocumentModel, offset: number, ctx: AnalysisContext): CompletionCandidate[];
  marks?(model: DocumentModel, ctx: AnalysisContext): Mark[];
}
