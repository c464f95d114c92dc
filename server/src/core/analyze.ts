/** Runs the checks over a model. Pure: text and context in, findings out. */
import type { AnalysisContext, Check } from "./check";
import { CHECKS } from "./registry";
import type { Finding } from "./findings";
import { applyRuleLevels, defineRule } from "./findings";
import type { DocumentModel } from "./document/model";
import { MAX_PARSED_SIZE } from "./document/parse";
import { withoutAccepted, type Accepted } from "./accepted";

export const TOO_LARGE = defineRule("document.tooLarge", "information", "The document is over lectern.maxDocumentSize; only outline and numbering checks ran (over 10,000,000 characters, none).");

export const TOO_MANY_FINDINGS = defineRule("document.tooManyFindings", "information", "The document has more findings than are reported; the first ones (errors first) are kept.");

/** Findings reported per document at most: more is a pasted list or generated text, not a draft to review line by line. */
export const MAX_FINDINGS = 5000;

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
  if (model.unparsed) {
    return applyRuleLevels(
      [{ code: TOO_LARGE.code, severity: TOO_LARGE.severity, span: { start: 0, end: 0 }, message: `文档超过 ${MAX_PARSED_SIZE} 字符，不是一份文稿：未做任何检查，也没有大纲。` }],
      ctx.settings["lectern.rules"],
    );
  }
  for (const check of options.checks ?? CHECKS) {
    if (phase === "fast" && check.needsSegmenter) continue;
    if (tooLarge && !check.runsOnLargeDocuments) continue;
    if (ctx.isCancelled?.()) break;
    // One by one: spreading a list of 100,000 findings into push() overflows the stack.
    for (const f of check.run(model, ctx.phase === phase ? ctx : { ...ctx, phase })) findings.push(f);
  }
  const notes: Finding[] = [];
  if (tooLarge) {
    notes.push({
      code: TOO_LARGE.code,
      severity: TOO_LARGE.severity,
      span: { start: 0, end: 0 },
      message: `文档超过 ${ctx.settings["lectern.maxDocumentSize"]} 字符（lectern.maxDocumentSize），只检查结构和编号，未检查提法和数字。`,
    });
  }
  const byPosition = (a: Finding, b: Finding) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
  findings.sort(byPosition);
  // What the team accepted in .lectern/accepted.json (occurrences ignored, words accepted) is not reported.
  const reported = withoutAccepted(applyRuleLevels(findings, ctx.settings["lectern.rules"]), model, ctx.data.accepted as Accepted | undefined);
  const capped = capFindings(oneFindingPerSlip(withoutSlipsInsideMisquotes(reported)), byPosition, ctx.settings["lectern.rules"]);
  // The document's own notes (document.tooLarge) are never left out.
  return notes.length ? [...applyRuleLevels(notes, ctx.settings["lectern.rules"]), ...capped].sort(byPosition) : capped;
}

/**
 * A quotation found to differ from its source (fact.quote, with the original as its fix) is
 * the one finding for what is wrong inside it: a formulation slip there is the misquotation
 * itself, and the quote's fix restores both.
 */
function withoutSlipsInsideMisquotes(findings: Finding[]): Finding[] {
  const quotes = findings.filter((f) => f.code === "fact.quote" && f.fixes?.length);
  if (!quotes.length) return findings;
  return findings.filter((f) => !(f.code.startsWith("slogan.") && quotes.some((q) => q.span.start <= f.span.start && f.span.end <= q.span.end)));
}

/**
 * One slip, one finding: two checks that find the same words and would write the same
 * correction (广西省 → 广西壮族自治区 as a place and as wording) say it once, the first
 * in code order, with the correction safe when either check calls it safe. Findings
 * arrive sorted by position, so twins are neighbours.
 */
function oneFindingPerSlip(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const correction = (f: Finding) => (f.fixes?.[0] ? JSON.stringify(f.fixes[0].edits.map((e) => [e.span.start, e.span.end, e.newText])) : undefined);
  for (const f of findings) {
    const twin = out.length ? out[out.length - 1] : undefined;
    if (twin && twin.code !== f.code && twin.span.start === f.span.start && twin.span.end === f.span.end && correction(f) !== undefined && correction(f) === correction(twin)) {
      // The correction is as safe as the more confident of the two checks says.
      if (f.fixes![0].safe && !twin.fixes![0].safe) out[out.length - 1] = { ...twin, fixes: [{ ...twin.fixes![0], safe: true }, ...twin.fixes!.slice(1)] };
      continue;
    }
    out.push(f);
  }
  return out;
}

const SEVERITY_RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** At most MAX_FINDINGS, the most severe first (then in document order), and one note saying how many were left out. */
function capFindings(findings: Finding[], byPosition: (a: Finding, b: Finding) => number, levels: AnalysisContext["settings"]["lectern.rules"]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const kept = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .slice(0, MAX_FINDINGS)
    .map((x) => x.f)
    .sort(byPosition);
  const note: Finding = {
    code: TOO_MANY_FINDINGS.code,
    severity: TOO_MANY_FINDINGS.severity,
    span: { start: 0, end: 0 },
    message: `本文档有 ${findings.length} 处问题，只报告前 ${MAX_FINDINGS} 处（先报错误），另有 ${findings.length - MAX_FINDINGS} 处未列出。`,
  };
  return [...applyRuleLevels([note], levels), ...kept];
}
