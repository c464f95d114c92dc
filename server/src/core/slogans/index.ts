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
import type { DocumentModel } from "../document/model";
import { completeSlogans } from "./complete";
import { hoverSlogan } from "./hover";
import { BUILTIN_PACK, builtinSloganIndex, mergePacks, SloganIndex } from "./pack";
import { collocationFinding, laterListMissingPart, deprecatedFinding, partsBeforeFindings, partsFindings, partsOrderBefore, SLOGAN_TYPO, swappedClauseWords, swappedRunParts, TRUNCATED_BY, unnamedPartTypos, unnamedPartsOrder, truncationFinding, typoFinding } from "./rules";
import { scanSlogans, type SloganMatch } from "./scan";
import { detach, LruCache, shiftFinding } from "../document/line-cache";
import { documentDate, parsePackDate, surelyOnOrAfter, type DocumentDate } from "../document/date";
import { isSegmenterLoaded } from "../segmenter";
import { type Pack, PackSchema } from "./schema";
import { findQuotedTypos, findRepeatedWords, findTypos } from "./typo";
import { DATE, datedBefore } from "./dated";
import { findWording } from "./wording";
import { ownPhraseTypos } from "./own-phrases";

export { PackSchema } from "./schema";
export { SloganIndex, mergePacks, builtinSloganIndex } from "./pack";

export const SLOGANS_ID = "slogans";

/** The loaded pack set, or the built-in pack when no pack files were given. */
export function sloganIndexOf(ctx: AnalysisContext | undefined): SloganIndex {
  const v = ctx?.data?.[SLOGANS_ID];
  return v instanceof SloganIndex ? v : builtinSloganIndex();
}

/** A line's findings and matches, offsets relative to the line. */
interface LineResult {
  matches: SloganMatch[];
  findings: Finding[];
}

/** Per pack set: line text → result. Every check is line-local, so an edit re-reads one line. */
const lineResults = new WeakMap<SloganIndex, LruCache<LineResult>>();

/**
 * The retirement behind each slogan.deprecated finding: whether it applies
 * depends on the draft's own date, which a line does not know, so it is
 * decided per document over the cached line results.
 */
const RETIREMENT = new WeakMap<Finding, NonNullable<SloganMatch["form"]["slogan"]["deprecated"]>>();

/**
 * 完整、准确、全面贯彻新发展理念，即创新、…: a longer formulation that ends in one with parts
 * enumerates that one's parts.
 */
function withParts(line: string, index: SloganIndex, m: SloganMatch): SloganMatch {
  if (m.form.slogan.parts) return m;
  for (let k = m.start + 1; k <= m.end - 2; k++) {
    const slogan = index.get(line.slice(k, m.end));
    if (slogan?.parts) return { start: k, end: m.end, form: { form: line.slice(k, m.end), slogan, needsQuotes: false } };
  }
  return m;
}

/** The findings of one line's text on its own (offsets from 0). */
export function checkSloganLine(line: string, index: SloganIndex, canSegment = true): LineResult {
  const matches = scanSlogans(line, index);
  const findings: Finding[] = [];
  for (const m of matches) {
    if (m.form.slogan.deprecated) {
      if (!stillCurrentHere(line, m)) {
        const f = deprecatedFinding(m);
        RETIREMENT.set(f, m.form.slogan.deprecated);
        findings.push(f);
      }
      continue;
    }
    const truncated = truncationFinding(line, m);
    if (truncated) findings.push(truncated);
    const coll = collocationFinding(line, index, m, 0);
    if (coll) findings.push(coll);
    const listed = partsFindings(line, withParts(line, index, m), line.length);
    for (const f of listed) findings.push(f);
    // (“六大保护”格局…。…统筹推进家庭保护、…和司法保护: the list later in the paragraph, one part short.)
    const later = listed.length ? undefined : laterListMissingPart(line, m, line.length);
    if (later) findings.push(later);
    const order = partsOrderBefore(line, m, 0);
    if (order) findings.push(order);
    else for (const f of partsBeforeFindings(line, m, 0)) findings.push(f);
  }
  // The parts listed without the formulation's name; a list next to its name was read above.
  for (const f of unnamedPartsOrder(line, index.slogans)) if (!findings.some((g) => g.code === f.code && g.span.start < f.span.end && f.span.start < g.span.end)) findings.push(f);
  const typos = findTypos(line, index, matches, 0, line.length, canSegment);
  for (const q of [...findQuotedTypos(line, index), ...findRepeatedWords(line, index)]) if (!typos.some((t) => t.start < q.end && q.start < t.end)) typos.push(q);
  // Two one-character parts exchanged (德智体劳美) are parts out of order, reported as such rather than as a slip.
  const runs = [...swappedRunParts(line, index.slogans), ...swappedClauseWords(line, index.slogans)];
  for (const f of runs) findings.push(f);
  for (const t of typos) if (!runs.some((f) => f.span.start < t.end && t.start < f.span.end)) findings.push(typoFinding(line, t));
  // A part's slip in a list of parts without their name, unless a formulation that is the list itself reads it whole.
  for (const f of unnamedPartTypos(line, index.slogans)) if (!findings.some((g) => g.code === SLOGAN_TYPO.code && g.span.start < f.span.end && f.span.start < g.span.end)) findings.push(f);
  for (const { finding, wording } of findWording(line, index)) {
    // Wrong from its date on: a draft dated before it keeps the old words, as for a retired formulation.
    RETIREMENT.set(finding, { since: wording.date, note: wording.note });
    findings.push(finding);
  }
  findings.sort((a, b) => a.span.start - b.span.start);
  return { matches, findings: oneFindingPerSlip(findings) };
}

/**
 * 以筑牢中华民族共同体意识为主线: the verb's slip is found inside the longer formulation and inside the
 * shorter one it governs. One slip, one finding: a typo inside another typo's span, and a collocation
 * on words a typo already corrects, are left out.
 */
function oneFindingPerSlip(findings: Finding[]): Finding[] {
  const typos = findings.filter((f) => f.code === SLOGAN_TYPO.code);
  if (typos.length < 1) return findings;
  return findings.filter((f) => {
    if (f.code === SLOGAN_TYPO.code) return !typos.some((g) => g !== f && g.span.start <= f.span.start && f.span.end <= g.span.end && g.span.end - g.span.start > f.span.end - f.span.start);
    if (f.code === "slogan.collocation") return !typos.some((g) => g.span.start < f.span.end && f.span.start < g.span.end);
    return true;
  });
}

/**
 * Where a retired formulation is still the right words: after 原 (原国家工商行政管理总局
 * names the former body), in a title (《抗击新冠肺炎疫情的中国行动》), in a long
 * quotation, in a sentence dated before it was retired (2015年…全面建成小康社会), or
 * outside the context it was retired in (欠薪问题动态清零).
 */
function stillCurrentHere(line: string, m: SloganMatch): boolean {
  const d = m.form.slogan.deprecated!;
  if (d.context && !d.context.some((w) => line.includes(w))) return true;
  if (/[原前]$/.test(line.slice(0, m.start).replace(/[“"‘]$/, ""))) return true;
  // A local body after its place name: 原XX县农业局.
  if (d.local && /原[^，。；、：！？\s]{0,12}$/.test(line.slice(0, m.start))) return true;
  let titles = 0;
  let quoteAt = -1;
  for (let i = 0; i < m.start; i++) {
    const ch = line[i];
    if (ch === "《") titles++;
    else if (ch === "》" && titles > 0) titles--;
    else if (ch === "“") quoteAt = i;
    else if (ch === "”") quoteAt = -1;
  }
  if (titles > 0) return true;
  if (quoteAt >= 0) {
    const close = line.indexOf("”", m.end);
    if ((close < 0 ? line.length : close) - quoteAt - 1 > 20) return true;
  }
  const sentenceStart = Math.max(...["。", "！", "？", "；"].map((c) => line.lastIndexOf(c, m.start - 1))) + 1;
  const ends = ["。", "！", "？", "；"].map((c) => line.indexOf(c, m.end)).filter((x) => x >= 0);
  const sentence = line.slice(sentenceStart, ends.length ? Math.min(...ends) : line.length);
  // The sentence sets the old words against the new (当时使用“新冠肺炎”，现统一为“新冠病毒感染”). The new
  // words merely beside the old (以…思想为指导，深入贯彻…系列重要讲话精神) are the copy-paste slip itself.
  if (d.replacement && sentence.includes(d.replacement) && CONTRAST.test(sentence)) return true;
  // The sentence tells of the retirement itself (国家旅游局不再保留, …等部门撤销后, 不再保留国家工商行政管理总局、…):
  // the old name is the only right one there, with or without the new one beside it.
  const clauseStart = Math.max(sentenceStart, ...["，", "："].map((c) => line.lastIndexOf(c, m.start - 1) + 1));
  if (/不再保留|不再设立/.test(line.slice(clauseStart, m.start)) || RETIRED_HERE.test(line.slice(m.end, sentenceStart + sentence.length))) return true;
  if (datedBefore(sentence, d.since)) return true;
  // A sentence that points back to a year named earlier in its paragraph (2021年是建党百年。这一年，全面贯彻…)
  // is dated by that year, when it names none of its own.
  if (BACK_TO_YEAR.test(sentence) && !new RegExp(DATE.source).test(sentence)) {
    const earlier = [...line.slice(0, sentenceStart).matchAll(DATE)].pop();
    if (earlier) return datedBefore(earlier[0], d.since);
  }
  return false;
}

/** Words that point back to a year already named: 这一年, 那一年, 当年, 同年, 是年. */
const BACK_TO_YEAR = /这一年|那一年|这年|那年|当年|同年|是年/;

/** Right after an old name, the words that retire it: 不再保留, 不再设立, (等部门)撤销, 撤并, (于2018年)撤销, at the end of its clause or with 后. */
const RETIRED_HERE = /^”?(?:等[^，。；！？“”]{0,12})?(?:于[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?)?(?:被|已|已经|均|也|相继)?(?:撤销|撤并|不再保留|不再设立)(?:了)?(?:后|以后|之后)?(?=[，。；！？、]|$)/;

/** Words that set old against new: 由…改为…, 原…现…, 从…到…, 改称, 更名, 统一为, a body's reorganisation (重组为, 组建, 并入, 划入), and an example of the correction (… → …). */
const CONTRAST = /由[^。；]*(?:改为|调整为|变为)|原[^。；]*现|从[^。；]*到|改称|更名|统一为|改为|调整为|现称|现为|当时|过去称|曾称|重组为|整合为|组建|并入|划入|→/;

function lineResult(line: string, index: SloganIndex, canSegment: boolean): LineResult {
  let cache = lineResults.get(index);
  if (!cache) lineResults.set(index, (cache = new LruCache()));
  // Results computed without the segmenter may lack an edge typo: cache only complete ones.
  const hit = cache.get(line);
  if (hit) return hit;
  if (!canSegment) return checkSloganLine(line, index, false);
  const own = detach(line);
  const r = checkSloganLine(own, index, true);
  cache.set(own, r);
  return r;
}

/** Runs `each` over every non-blank line's result with its start offset. */
function forEachLine(model: DocumentModel, index: SloganIndex, canSegment: boolean, each: (r: LineResult, start: number) => void): void {
  for (const p of model.paragraphs) {
    const line = model.index.lines[p.line];
    each(lineResult(line.text, index, canSegment), line.start);
  }
}

/**
 * A retired formulation is a slip only in a draft written after it was retired:
 * with the draft's own date known, one dated before (or possibly before) the
 * retirement keeps it; without a date it is reported, unless the pack says the
 * old words are too common in older texts (datedDraftsOnly).
 */
function retiredWhenWritten(f: Finding, date: DocumentDate | undefined): boolean {
  const d = RETIREMENT.get(f);
  if (!d) return true;
  if (!date) return !d.datedDraftsOnly;
  return surelyOnOrAfter(date, parsePackDate(d.since));
}

export function checkSlogans(model: DocumentModel, index: SloganIndex, canSegment = true, documentYear?: number | null): Finding[] {
  const findings: Finding[] = [];
  const known: { start: number; end: number }[] = [];
  let date: DocumentDate | undefined | null = null;
  let titleBlock: string | undefined;
  forEachLine(model, index, canSegment, (r, start) => {
    for (const m of r.matches) known.push({ start: m.start + start, end: m.end + start });
    for (const f of r.findings) {
      if (RETIREMENT.has(f)) {
        if (date === null) date = documentDate(model, documentYear);
        if (!retiredWhenWritten(f, date)) continue;
      }
      const lacking = TRUNCATED_BY.get(f);
      if (lacking) {
        titleBlock ??= model.titleLines.map((l) => model.index.lines[l].text).join("\n");
        if (lacking.some((w) => titleBlock!.includes(w))) continue;
      }
      findings.push(shiftFinding(f, start));
    }
  });
  // The draft's own fixed phrases, written once right and once with a homophone.
  for (const f of ownPhraseTypos(model, findings.map((f) => f.span), known)) findings.push(f);
  return findings;
}

/** Every formulation in the document (for marks). */
export function documentMatches(model: DocumentModel, index: SloganIndex): SloganMatch[] {
  const out: SloganMatch[] = [];
  forEachLine(model, index, isSegmenterLoaded(), (r, start) => {
    for (const m of r.matches) out.push({ ...m, start: m.start + start, end: m.end + start });
  });
  return out;
}

export const sloganCheck: Check = {
  id: SLOGANS_ID,
  // A fast check. Only a rare typo candidate (a form's first or last character missing next to
  // another ideograph) needs the segmenter; before it has loaded such candidates wait for the
  // full phase, so the first diagnostics never wait for jieba.
  needsSegmenter: false,
  run(model, ctx) {
    return checkSlogans(model, sloganIndexOf(ctx), ctx.phase !== "fast" || isSegmenterLoaded(), ctx.settings["lectern.documentYear"]);
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

export const PACK_PACKAGE = defineRule("pack.package", "error", "A pack package named in lectern.packs or --pack that is not installed, names no pack files, or whose installed version does not fit the range asked for or the running Lectern.");

export const sloganSource: DataSource = {
  id: SLOGANS_ID,
  problemCode: PACK_INVALID.code,
  workspaceGlobs: [".lectern/*.pack.json"],
  setting: "lectern.packs",
  cliOption: "--pack",
  packages: { field: "packs", problemCode: PACK_PACKAGE.code },
  load: (files) => loadPacks(files),
};
