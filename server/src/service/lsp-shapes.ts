/**
 * Core findings and outline as plain LSP-shaped objects, shared by the server
 * and the CLI (whose JSON must equal what the server sends). No LSP imports.
 */
import type { DocumentModel, Finding, LineIndex, Severity } from "../core";

export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const SEVERITY_NAME: Record<number, Severity> = { 1: "error", 2: "warning", 3: "information", 4: "hint" };

export interface PlainDiagnostic {
  range: ReturnType<LineIndex["range"]>;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: "lectern";
  message: string;
  relatedInformation?: { location: { uri: string; range: ReturnType<LineIndex["range"]> }; message: string }[];
}

export function toDiagnostic(f: Finding, model: DocumentModel, uri: string): PlainDiagnostic {
  const d: PlainDiagnostic = {
    range: model.index.range(f.span),
    severity: SEVERITY_NUMBER[f.severity],
    code: f.code,
    source: "lectern",
    message: f.message,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: model.index.range(r.span) }, message: r.message }));
  }
  return d;
}

/** The CLI's JSON diagnostic: LSP's range, severity by name. */
export function toCliDiagnostic(f: Finding, model: DocumentModel) {
  return { range: model.index.range(f.span), severity: f.severity, code: f.code, source: "lectern" as const, message: f.message };
}
