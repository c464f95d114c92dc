/**
 * jieba-wasm on its own, in a fresh plain Node process (no tsx, nothing else
 * loaded): load time (require + first cut, which builds the dictionary), the
 * RSS it adds, and throughput over the corpus after warm-up. These are the
 * figures the README's segmenter choice quotes.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { CORPUS_DIR, CORPUS_FILES } from "../test/support/corpus";
import { summarize, type Summary } from "./stats";

const LOADERS = {
  wasm: `const jieba = require("jieba-wasm");`,
  native: `const { Jieba } = require("@node-rs/jieba"); const jieba = Jieba.withDict(fs.readFileSync(path.join(path.dirname(require.resolve("@node-rs/jieba")), "dict.txt")));`,
};

const probe = (engine: keyof typeof LOADERS) => `
const fs = require("fs"), path = require("path");
const texts = ${JSON.stringify(CORPUS_FILES)}.map((f) => fs.readFileSync(path.join(${JSON.stringify(CORPUS_DIR)}, f), "utf8"));
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
${LOADERS[engine]}
jieba.cut("学习贯彻党的二十大精神", true);
const loadMs = performance.now() - t0;
const rss1 = process.memoryUsage().rss;
const lines = texts.flatMap((t) => t.split(/\\r?\\n/).filter(Boolean));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const l of lines) jieba.cut(l, true);
let ms = Infinity;
for (let i = 0; i < 3; i++) { const t = performance.now(); for (const l of lines) jieba.cut(l, true); ms = Math.min(ms, performance.now() - t); }
process.stdout.write(JSON.stringify({ loadMs, rssBeforeMB: rss0 / 2 ** 20, rssAfterLoadMB: rss1 / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024, MBps: bytes / 2 ** 20 / (ms / 1000) }));
`;

export interface SegmenterFigures {
  loadMs: Summary;
  addedRssMB: Summary;
  rssAfterLoadMB: Summary;
  throughputMBps: Summary;
}

export function measureSegmenter(runs: number, engine: keyof typeof LOADERS = "wasm"): SegmenterFigures {
  const rows: { loadMs: number; rssBeforeMB: number; rssAfterLoadMB: number; MBps: number }[] = [];
  for (let i = 0; i < runs; i++) {
    rows.push(JSON.parse(execFileSync(process.execPath, ["-e", probe(engine)], { encoding: "utf8", cwd: path.join(__dirname, "..") })));
  }
  return {
    loadMs: summarize(rows.map((r) => r.loadMs)),
    addedRssMB: summarize(rows.map((r) => r.rssAfterLoadMB - r.rssBeforeMB)),
    rssAfterLoadMB: summarize(rows.map((r) => r.rssAfterLoadMB)),
    throughputMBps: summarize(rows.map((r) => r.MBps)),
  };
}
