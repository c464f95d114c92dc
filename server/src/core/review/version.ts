/** One version of a draft as the review reads it: the model, its figures, formulations and findings. */
import { analyze, parseDocument, type AnalysisContext, type DocumentModel, type Span } from "..";
import { figuresFor, type Figure } from "../figures";
import type { Finding } from "../findings";
import { documentMatches, sloganIndexOf } from "../slogans";
import type { SloganMatch } from "../slogans/scan";
import type { Place } from "./types";

export interface Version {
  text: string;
  model: DocumentModel;
  figures: Figure[];
  formulations: SloganMatch[];
  findings: Finding[];
}

export function readVersion(text: string, ctx: AnalysisContext): Version {
  const model = parseDocument(text);
  return { text, model, figures: figuresFor(model, ctx), formulations: documentMatches(model, sloganIndexOf(ctx)), findings: analyze(model, ctx) };
}

/** The paragraph an offset is in, or -1 on a blank line. */
export function paragraphAt(v: Version, offset: number): number {
  return v.model.paragraphOfLine[v.model.index.lineAt(offset)];
}

export function placeOf(v: Version, span: Span): Place {
  return { range: v.model.index.range(span), text: v.text.slice(span.start, span.end) };
}

/** A paragraph's place: its range, and its text cut to a readable length. */
export function paragraphPlace(v: Version, paragraph: number): Place {
  const p = v.model.paragraphs[paragraph];
  return { range: v.model.index.range(p.span), text: p.text };
}

export function excerpt(text: string, max = 24): string {
  return text.length <= max ? text : text.slice(0, max) + "…";
}
