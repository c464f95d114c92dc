/**
 * One floor measurement in a fresh process (so no content cache of the
 * analysis can have seen the text): jieba-wasm `cut` line by line, then
 * `parseDocument` + `analyze` (phase "full") of the same text. Warms up (JIT,
 * segmenter) on the other corpus drafts, six times over, each pass with its
 * lines marked differently so every warm-up pass misses the line caches as the
 * measured one does (a repeated pass would only warm the cache hits); the
 * measured pass is the first one over this text. Synthetic drafts are made of corpus
 * text, so for them a content cache could hit; the 98 KB report is clean.
 * Usage: tsx bench/floor-worker.ts FILE   → one JSON line on stdout.
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS_FILES, readCorpus } from "../test/support/corpus";
import { analyze, loadSegmenter, parseDocument, readSettings, type AnalysisContext } from "../server/src/core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jieba = require("jieba-wasm") as { cut(text: string, hmm?: boolean): string[] };

function segmentLines(text: string): number {
  let words = 0;
  for (const line of text.split(/\r?\n/)) if (line) words += jieba.cut(line, true).length;
  return words;
}

function fullAnalysis(text: string, ctx: AnalysisContext): { parseMs: number; analyzeMs: number; findings: number } {
  const t0 = performance.now();
  const model = parseDocument(text);
  const t1 = performance.now();
  const findings = analyze(model, ctx, { phase: "full" });
  return { parseMs: t1 - t0, analyzeMs: performance.now() - t1, findings: findings.length };
}

const text = fs.readFileSync(process.argv[2], "utf8");
const ctx: AnalysisContext = { settings: readSettings({}).settings, data: {} };
loadSegmenter();
const warmups = CORPUS_FILES.filter((f) => f !== path.basename(process.argv[2])).map(readCorpus);
for (const mark of "甲乙丙丁戊己") {
  for (const draft of warmups) {
    const warm = draft.replace(/(?<=\S)(?=\r?\n)/g, mark);
    segmentLines(warm);
    fullAnalysis(warm, ctx);
  }
}

const t0 = performance.now();
const words = segmentLines(text);
const segmentMs = performance.now() - t0;
const analysis = fullAnalysis(text, ctx);
process.stdout.write(JSON.stringify({ segmentMs, words, ...analysis, analysisMs: analysis.parseMs + analysis.analyzeMs }) + "\n");
