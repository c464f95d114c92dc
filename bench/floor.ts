/** The segmentation floor against the full analysis, each sample a fresh process (see floor-worker.ts). */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { summarize, type Summary } from "./stats";

const WORKER = path.join(__dirname, "floor-worker.ts");

export interface Floor {
  bytes: number;
  segmentMs: Summary;
  analysisMs: Summary;
  parseMs: Summary;
  analyzeMs: Summary;
  /** analysis / segmentation, per run, then summarised */
  ratio: Summary;
  /** UTF-8 megabytes a second through jieba-wasm alone */
  segmentMBps: number;
  findings: number;
}

export function measureFloor(file: string, runs: number): Floor {
  const rows: { segmentMs: number; analysisMs: number; parseMs: number; analyzeMs: number; findings: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["--import", "tsx", WORKER, file], { encoding: "utf8", cwd: path.join(__dirname, ".."), maxBuffer: 1 << 24 });
    rows.push(JSON.parse(out.trim().split("\n").at(-1)!));
  }
  const bytes = fs.statSync(file).size;
  const segmentMs = summarize(rows.map((r) => r.segmentMs));
  return {
    bytes,
    segmentMs,
    analysisMs: summarize(rows.map((r) => r.analysisMs)),
    parseMs: summarize(rows.map((r) => r.parseMs)),
    analyzeMs: summarize(rows.map((r) => r.analyzeMs)),
    ratio: summarize(rows.map((r) => r.analysisMs / r.segmentMs)),
    segmentMBps: bytes / 2 ** 20 / (segmentMs.median / 1000),
    findings: rows[0]?.findings ?? 0,
  };
}
