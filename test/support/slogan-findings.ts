/** The slogan.* findings of a text through the core analysis (every rule, as the editor runs it), and a fix applied. */
import { analyze, DEFAULT_SETTINGS, parseDocument, type Finding } from "../../server/src/core";
import "../../server/src/core/registry";

export const sloganFindings = (text: string): Finding[] =>
  analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => f.code.startsWith("slogan."));

/** The text with the first edit of a finding's first fix applied. */
export function applyFirstFix(text: string, f: Finding): string {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
}
