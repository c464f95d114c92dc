/**
 * Runs the whole core, features included, over one long line of real text
 * (`argv[2]` characters) and prints the milliseconds each part took as JSON.
 * Run in a child process so a test can time it out instead of hanging.
 */
import { readCorpus } from "../support/corpus";
import { contextFor, runCore } from "./core-run";

const size = Number(process.argv[2]);
const para = readCorpus("government-work-report-2024.txt").replace(/\s+/g, "");
const text = "一、" + para.repeat(Math.ceil(size / para.length)).slice(0, size);
const t = Date.now();
const run = runCore(text, contextFor(), [0, text.length >> 1, text.length]);
process.stdout.write(JSON.stringify({ ms: Date.now() - t, findings: run.full.length, marks: run.marks.reduce((n, m) => n + m.marks.length, 0) }));
