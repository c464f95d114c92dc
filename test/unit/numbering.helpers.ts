/** Shared helpers for the numbering tests: run the check, apply fixes the way an editor would. */
import * as assert from "assert";
import { DEFAULT_SETTINGS, parseDocument, type Finding, type Settings, type TextEditSpan } from "../../server/src/core";
import { numberingCheck } from "../../server/src/core/numbering";

export function check(text: string, settings: Partial<Settings> = {}): Finding[] {
  return numberingCheck.run(parseDocument(text), { settings: { ...DEFAULT_SETTINGS, ...settings }, data: {} });
}

export function codes(text: string, settings: Partial<Settings> = {}): string[] {
  return check(text, settings).map((f) => f.code);
}

/** The text each finding points at. */
export function flagged(text: string, code?: string, settings: Partial<Settings> = {}): string[] {
  return check(text, settings)
    .filter((f) => !code || f.code === code)
    .map((f) => text.slice(f.span.start, f.span.end));
}

/** Applies edits from the end backwards; fails if any two overlap. */
export function applyEdits(text: string, edits: TextEditSpan[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].span.end <= sorted[i - 1].span.start, `overlapping edits at ${sorted[i].span.start}-${sorted[i].span.end} and ${sorted[i - 1].span.start}-${sorted[i - 1].span.end}`);
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Applies the first fix of every finding (optionally only safe ones): "fix all". */
export function applyAllFixes(text: string, findings: Finding[], safeOnly = false): string {
  const edits: TextEditSpan[] = [];
  for (const f of findings) {
    const fix = (f.fixes ?? []).find((x) => !safeOnly || x.safe);
    if (fix) edits.push(...fix.edits);
  }
  return applyEdits(text, edits);
}

export const lines = (...ls: string[]) => ls.join("\n");
