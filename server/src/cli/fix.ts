/** Applies safe fixes to a text, repeating until nothing more changes (a fix may reveal another). */
import { analyze, parseDocument, type AnalysisContext } from "../core";
import { combinedFixes } from "../service/fixes";

const MAX_PASSES = 5;

export function applySafeFixes(text: string, ctx: AnalysisContext): { text: string; applied: { line: number; title: string }[] } {
  const applied: { line: number; title: string }[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const model = parseDocument(current);
    const findings = analyze(model, ctx);
    const { edits, titles } = combinedFixes(findings, true);
    if (!edits.length) break;
    for (const t of titles) applied.push({ line: model.index.lineAt(t.at), title: t.title });
    let out = current;
    for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
    if (out === current) break;
    current = out;
  }
  return { text: current, applied };
}
