/**
 * Slogans (规范提法): packs of formulations, their completion, hover and marks,
 * and the checks slogan.typo / collocation / deprecated / parts.
 */
import { defineRule } from "../findings";
import type { AnalysisContext, Check } from "../check";
import type { DataFile, DataLoadResult, DataSource } from "../data-sources";
import type { Feature, Mark } from "../features";
import type { Finding } from "../findings";
import { validateJson } from "../json-data";
import type { DocumentModel } from "../model";
import { completeSlogans } from "./complete";
import { hoverSlogan } from "./hover";
import { BUILTIN_PACK, builtinSloganIndex, mergePacks, SloganIndex } from "./pack";
import { collocationFinding, deprecatedFinding, partsFindings, typoFinding } from "./rules";
import { documentMatches } from "./scan";
import { type Pack, PackSchema } from "./schema";
import { findTypos } from "./typo";

export { PackSchema } from "./schema";
export { SloganIndex, mergePacks, builtinSloganIndex } from "./pack";

export const SLOGANS_ID = "slogans";

/** The loaded pack set, or the built-in pack when no pack files were given. */
export function sloganIndexOf(ctx: AnalysisContext | undefined): SloganIndex {
  const v = ctx?.data?.[SLOGANS_ID];
  return v instanceof SloganIndex ? v : builtinSloganIndex();
}

export function checkSlogans(model: DocumentModel, index: SloganIndex): Finding[] {
  const text = model.text;
  const exact = documentMatches(model, index);
  const findings: Finding[] = [];
  for (const m of exact) {
    if (m.form.slogan.deprecated) {
      findings.push(deprecatedFinding(m));
      continue;
    }
    const line = model.index.lines[model.index.lineAt(m.start)];
    const coll = collocationFinding(text, index, m, line.start);
    if (coll) findings.push(coll);
    findings.push(...partsFindings(text, m, line.end));
  }
  for (const t of findTypos(text, index, exact)) findings.push(typoFinding(text, t));
  return findings;
}

export const sloganCheck: Check = {
  id: SLOGANS_ID,
  // A fast check: only a rare candidate (a form's first or last character missing next to another
  // ideograph) asks the segmenter, which then loads on the spot (once, about 0.3 s); results never
  // depend on whether it had loaded before.
  needsSegmenter: false,
  run(model, ctx) {
    return checkSlogans(model, sloganIndexOf(ctx));
  },
};

export const sloganFeature: Feature = {
  id: SLOGANS_ID,
  hover(model, offset, ctx) {
    return hoverSlogan(model, offset, sloganIndexOf(ctx));
  },
  complete(model, offset, ctx) {
    return completeSlogans(model, offset, sloganIndexOf(ctx));
  },
  marks(model, ctx): Mark[] {
    return documentMatches(model, sloganIndexOf(ctx)).map((m) => ({ span: { start: m.start, end: m.end }, type: m.form.slogan.deprecated ? "deprecatedSlogan" : "slogan" }));
  },
};

let lastLoad: { key: string; result: DataLoadResult } | undefined;

/** Validates each pack file; bad files are reported and skipped, good ones merged over the built-in pack in order. */
export function loadPacks(files: DataFile[]): DataLoadResult {
  const key = JSON.stringify(files.map((f) => [f.path, f.text]));
  if (lastLoad?.key === key) return lastLoad.result;
  const packs: Pack[] = [BUILTIN_PACK];
  const problems: DataLoadResult["problems"] = [];
  for (const file of files) {
    const r = validateJson(file.text, PackSchema);
    if (r.ok) packs.push(r.value);
    else problems.push({ path: file.path, problems: r.problems });
  }
  const value = packs.length === 1 ? builtinSloganIndex() : mergePacks(packs);
  const result = { value, problems };
  lastLoad = { key, result };
  return result;
}

export const PACK_INVALID = defineRule("pack.invalid", "error", "A slogan/snippet pack that fails validation, reported at its JSON path in the pack file.");

export const sloganSource: DataSource = {
  id: SLOGANS_ID,
  problemCode: PACK_INVALID.code,
  workspaceGlobs: [".lectern/*.pack.json"],
  setting: "lectern.packs",
  cliOption: "--pack",
  load: (files) => loadPacks(files),
};
