/** Runs the checks over a model. Pure: text and context in, findings out. */
import type { AnalysisContext, Check } from "./check";
import { CHECKS } from "./registry";
import type { Finding } from "./findings";
import { applyRuleLevels, defineRule } from "./findings";
import type { DocumentModel } from "./document/model";
import { withoutAccepted, type Accepted } from "./accepted";

export const TOO_LARGE = defineRule("document.tooLarge", "information", "The document is over lectern.maxDocumentSize; only outline and numbering checks ran.");

export type Phase = "fast" | "full";

/** Over `lectern.maxDocumentSize` only outline and numbering run: no slogan or figure checks, segmenter, hovers, completions or marks. */
export function isOverSizeLimit(model: DocumentModel, settings: AnalysisContext["settings"]): boolean {
  return model.text.length > settings["lectern.maxDocumentSize"];
}

export interface AnalyzeOptions {
  /** "fast" runs only checks that do not need the segmenter (published first); "full" runs all. */
  phase?: Phase;
  checks?: Check[];
}

export function analyze(model: DocumentModel, ctx: AnalysisContext, options: AnalyzeOptions = {}): Finding[] {
  const phase = options.phase ?? "full";
  const tooLarge = isOverSizeLimit(model, ctx.settings);
  const findings: Finding[] = [];
  for (const check of options.checks ?? CHECKS) {
    if (phase === "fast" && check.needsSegmenter) continue;
    if (tooLarge && !check.runsOnLargeDocuments) continue;
    if (ctx.isCancelled?.()) break;
    findings.push(...check.run(model, ctx.phase === phase ? ctx : { ...ctx, phase }));
  }
  if (tooLarge) {
    findings.push({
      code: TOO_LARGE.code,
      severity: TOO_LARGE.severity,
      span: { start: 0, end: 0 },
      message: `文档超过 ${ctx.settings["lectern.maxDocumentSize"]} 字符（lectern.maxDocumentSize），只检查结构和编号，未检查提法和数字。`,
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  // What the team accepted in .lectern/accepted.json (occurrences ignored, words accepted) is not reported.
  return withoutAccepted(applyRuleLevels(findings, ctx.settings["lectern.rules"]), model, ctx.data.accepted as Accepted | undefined);
}
