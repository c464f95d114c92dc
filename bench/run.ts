/**
 * `npm run bench`: Lectern's performance through its real paths (the built
 * server over stdio, the built CLI as a process, the core in-process for the
 * floor), one table on stdout and bench/results.json. `--quick` runs a few
 * repetitions only, to try the benchmark itself.
 */
import * as fs from "fs";
import * as path from "path";
import { atMost, within, median, p95, type Budget } from "./budgets";
import { measureCli, type CliMeasure } from "./cli";
import { measureFixedCost } from "./fixed-cost";
import { measureFloor, type Floor } from "./floor";
import { describeMachine } from "./machine";
import { measureSegmenter } from "./segmenter";
import { COUNTY, REPORT, measureColdStart, measureEditSession } from "./server";
import { round, roundSummary, type Summary } from "./stats";
import { writeSyntheticDrafts } from "./synthetic";
import { measureWord } from "./word";
import { measureScaling } from "./scaling";
import { measureSources } from "./sources";
import { CORPUS_DIR } from "../test/support/corpus";
import { readSettings } from "../server/src/core/settings";

const DEFAULT_MAX_SIZE = readSettings({}).settings["lectern.maxDocumentSize"];

const quick = process.argv.includes("--quick");
const MB = 2 ** 20;
const reps = {
  segmenter: quick ? 1 : 3,
  cold: quick ? 2 : 10,
  // The quiet window after which no further publication for a version is expected (the segmenter loads in ~0.3 s).
  quietMs: 1500,
  edits: { warmupEdits: 20, measuredEdits: quick ? 50 : 200, totalEdits: quick ? 100 : 1000, requestRuns: quick ? 50 : 200, quietMs: 1500 },
  cli1: quick ? 1 : 5,
  cli10: quick ? 1 : 3,
  word: quick ? 1 : 5,
  sources: quick ? 2 : 7,
  floor: quick ? 1 : 9,
  fixedCost: quick ? 2 : 9,
};

type Row = [string, string, string, string, string, string, string];
const rows: Row[] = [];
const budgets: Budget[] = [];
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0) : "—");
const mb = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toFixed(0) + " MB" : "—");

const verdict = (b?: Budget) => (b ? (b.pass ? "PASS" : "MISS") : "");
function row(label: string, s: Summary | undefined, budget?: Budget, format: (x: number) => string = ms, note = ""): void {
  rows.push([label, s ? format(s.median) : "—", s ? format(s.p95) : "", s ? String(s.n) : "", budget ? `${budget.statistic} ${budget.limit}` : "", verdict(budget), note]);
  if (budget) budgets.push(budget);
}
function single(label: string, value: string, budget?: Budget, note = ""): void {
  rows.push([label, value, "", "", budget ? `${budget.statistic} ${budget.limit}` : "", verdict(budget), note]);
  if (budget) budgets.push(budget);
}
function section(title: string): void {
  rows.push([title, "", "", "", "", "", ""]);
}

function printTable(): void {
  const header: Row = ["measurement", "median", "p95", "n", "budget", "", "what was measured"];
  const all = [header, ...rows];
  // CJK characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const isSection = (r: Row) => !r[1] && !r[4] && !r[6];
  const widths = header.map((_, i) => Math.max(...all.filter((r) => !isSection(r)).map((r) => width(r[i]))));
  const pad = (s: string, w: number, right: boolean) => (right ? " ".repeat(w - width(s)) + s : s + " ".repeat(w - width(s)));
  for (const [i, r] of all.entries()) {
    if (i > 0 && isSection(r)) {
      console.log(`\n${r[0]}`);
      continue;
    }
    console.log(r.map((c, j) => (j === r.length - 1 ? c : pad(c, widths[j], j >= 1 && j <= 3))).join("  ").trimEnd());
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(__dirname, "../dist/server.js"))) throw new Error("dist/ is missing: run `npm run bench` (it builds first)");
  const started = performance.now();
  const machine = describeMachine();
  const results: Record<string, unknown> = { machine, quick };
  const log = (s: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${s}\n`);

  for (const engine of ["wasm", "native"] as const) {
    log(`segmenter (${engine}) alone`);
    const seg = measureSegmenter(reps.segmenter, engine);
    results[`segmenter-${engine}`] = seg;
    section(`segmenter: ${engine === "wasm" ? "jieba-wasm" : "@node-rs/jieba"} alone, fresh process`);
    row("load (require + first cut), ms", seg.loadMs);
    row("RSS after load", seg.rssAfterLoadMB, undefined, mb);
    row("throughput, MB/s (corpus, line by line)", seg.throughputMBps, undefined, (x) => x.toFixed(1));
  }

  log(`server cold start ×${reps.cold} (+1 warm-up) on ${COUNTY}`);
  const cold = await measureColdStart(reps.cold, 1, reps.quietMs);
  results.coldStart = cold;
  section(`server cold start (spawn → …), ${COUNTY}`);
  row("initialize answered, ms", cold.initialize);
  row("first publishDiagnostics, ms", cold.firstDiagnostics, atMost("cold start → first diagnostics", "median", median(cold.firstDiagnostics), 300, "ms"));
  row("  server CPU at first publication, ms", cold.firstDiagnosticsCpuMs, undefined, ms, "user + sys from /proc: what load on the machine does not inflate");
  row("complete diagnostics, ms", cold.completeDiagnostics, atMost("cold start → all diagnostics of version 1", "median", median(cold.completeDiagnostics), 700, "ms"), ms, `first publication equal to the CLI's ${cold.completeFindingCount} findings`);
  row("last publication for version 1, ms", cold.lastPublication, undefined, ms, `none followed within ${reps.quietMs} ms; publications per start: ${[...new Set(cold.publicationsPerStart)].join("/")}`);
  if (cold.incompleteRuns) single("runs never reaching the CLI's findings", String(cold.incompleteRuns));

  log(`editing ${REPORT}: requests, ${reps.edits.totalEdits} edits, RSS`);
  const ed = await measureEditSession(reps.edits);
  results.editSession = ed;
  section(`server on ${REPORT} (98 KB), lectern.diagnostics.delay 0`);
  row("edit → publishDiagnostics, ms", ed.edits, atMost("edit → diagnostics p50", "median", median(ed.edits), 10, "ms"), ms, `${ed.edits.n} characters typed mid-paragraph after ${reps.edits.warmupEdits} warm-up`);
  budgets.push(atMost("edit → diagnostics p95", "p95", p95(ed.edits), 25, "ms"));
  rows.at(-1)![4] += `, p95 ≤ 25 ms`;
  rows.at(-1)![5] = budgets.slice(-2).every((b) => b.pass) ? "PASS" : "MISS";
  single("  server CPU per edit, ms", ms(ed.editCpuMs), undefined, "mean over the measured edits, from /proc");
  row("  all edits after warm-up, ms", ed.editsAll, undefined, ms, `${ed.editsAll.n} edits`);
  row("documentSymbol, ms", ed.documentSymbol, atMost("documentSymbol", "median", median(ed.documentSymbol), 3, "ms"), ms, ed.documentSymbol.result);
  row("completion, ms", ed.completion, atMost("completion p95", "p95", p95(ed.completion), 5, "ms"), ms, ed.completion.result);
  row("hover, ms", ed.hover, atMost("hover", "median", median(ed.hover), 2, "ms"), ms, ed.hover.result);
  row("codeAction, ms", ed.codeAction, undefined, ms, ed.codeAction.result);
  single("server RSS, corpus open", mb(ed.openRssMB?.rss), atMost("server RSS, corpus open", "RSS", ed.openRssMB?.rss ?? NaN, 200, "MB"), "VmRSS from /proc, all 4 corpus drafts open and analysed");
  const rssChange = ((ed.afterEditsRssMB?.rss ?? NaN) / (ed.openRssMB?.rss ?? NaN) - 1) * 100;
  single(`server RSS, ${ed.editCount} edits later`, `${mb(ed.afterEditsRssMB?.rss)} (${rssChange >= 0 ? "+" : ""}${rssChange.toFixed(0)}%)`, within(`server RSS flat after ${ed.editCount} edits`, ed.afterEditsRssMB?.rss ?? NaN, ed.openRssMB?.rss ?? NaN, 0.1), `every 100 edits: ${ed.rssSeriesMB.join(" ")} MB`);
  const half = ed.rssSeriesMB.length >> 1;
  if (half) {
    const lateChange = (ed.rssSeriesMB.at(-1)! / ed.rssSeriesMB[half - 1] - 1) * 100;
    single(`  server RSS change over the last ${ed.rssSeriesMB.length - half}00 edits`, `${lateChange >= 0 ? "+" : ""}${lateChange.toFixed(0)}%`, undefined, "the second half deletes what the first typed");
  }
  single("  server JS heap in use, open → after edits", `${ed.openHeapMB} → ${ed.afterEditsHeapMB} MB`, undefined, "lectern/memory heapUsed; a retained document version per edit would add 64 KB each");

  const UNIQUE_BYTES = 1.9 * 1e6;
  const synthetic = writeSyntheticDrafts({ "1MB": MB, "10MB": 10 * MB }, 10, { "1.9MB": UNIQUE_BYTES });
  try {
    log(`one draft, fresh process: ${reps.fixedCost} rounds of node -e 0, check ${COUNTY}, check ${REPORT}, autocorrect ${REPORT}, check 1.9 MB`);
    const fc = await measureFixedCost({ speech: path.join(CORPUS_DIR, COUNTY), report: path.join(CORPUS_DIR, REPORT), unique: synthetic.files["1.9MB"], uniqueBytes: UNIQUE_BYTES }, reps.fixedCost, log);
    results.fixedCost = fc;
    const nodeMs = median(fc.nodeMs);
    section("one draft, fresh process (`lectern check`; rounds run every command once, so load falls on all alike)");
    row("node -e 0, ms", fc.nodeMs, undefined, ms, "the floor of any Node tool");
    row(`${COUNTY} (13 KB), ms`, fc.speech.wallMs, atMost(`check ${COUNTY}`, "median", median(fc.speech.wallMs), 500, "ms"), ms, `CPU ${ms(median(fc.speech.cpuMs))} ms; peak RSS ${mb(median(fc.speech.peakRssMB))}`);
    const speechRatio = median(fc.speech.wallMs) / nodeMs;
    single(`  / node -e 0`, speechRatio.toFixed(2), atMost(`check ${COUNTY} / node -e 0`, "ratio", speechRatio, 4.5, "×"));
    row(`${REPORT} (98 KB), ms`, fc.report.wallMs, atMost(`check ${REPORT}`, "median", median(fc.report.wallMs), 600, "ms"), ms, `CPU ${ms(median(fc.report.cpuMs))} ms`);
    row(`  peak RSS`, fc.report.peakRssMB, atMost(`check ${REPORT} peak RSS`, "median", median(fc.report.peakRssMB), 150, "MB"), mb);
    row(`autocorrect --lint ${REPORT}, ms`, fc.autocorrectMs, undefined, ms, "autocorrect-node (Rust), the same draft, same rounds");
    const peerRatio = median(fc.report.wallMs) / median(fc.autocorrectMs);
    single(`  Lectern / autocorrect`, peerRatio.toFixed(2), atMost(`check ${REPORT} / autocorrect`, "ratio", peerRatio, 3, "×"));
    row("1.9 MB, every line unique, ms", fc.unique.wallMs, atMost("check 1.9 MB of unique lines", "median", median(fc.unique.wallMs), 1200, "ms"), ms, `CPU ${ms(median(fc.unique.cpuMs))} ms; peak RSS ${mb(median(fc.unique.peakRssMB))}`);

    log(`CLI check on 1 MB ×${reps.cli1}, 10 MB ×${reps.cli10}, 10 MB as 10 files ×${reps.cli10}, 13 KB ×${reps.cli1}`);
    const cli1: CliMeasure = await measureCli(synthetic.files["1MB"], 1, reps.cli1);
    const cli10: CliMeasure = await measureCli(synthetic.files["10MB"], 0, reps.cli10);
    const cliSplit: CliMeasure = await measureCli(synthetic.splitDir, 0, reps.cli10);
    const cliSmall: CliMeasure = await measureCli(path.join(CORPUS_DIR, COUNTY), 1, reps.cli1);
    results.cli = { "1MB": cli1, "10MB": cli10, "10MB in 10 files": cliSplit, county: cliSmall };
    section("CLI `lectern check` (fresh process, synthetic drafts of concatenated, renumbered corpus text)");
    row("1 MB, wall ms", cli1.wallMs, atMost("CLI 1 MB wall time", "median", median(cli1.wallMs), 1000, "ms"), ms, `${cli1.chars.toLocaleString("en")} chars; exit ${cli1.exitCode}`);
    row("1 MB, CPU ms (user + sys)", cli1.cpuMs);
    row("1 MB, peak RSS", cli1.peakRssMB, undefined, mb);
    const tooLarge = (c: CliMeasure) => (c.chars > DEFAULT_MAX_SIZE ? ` > lectern.maxDocumentSize ${DEFAULT_MAX_SIZE.toLocaleString("en")}: only outline and numbering checks run` : "");
    row("10 MB, wall ms", cli10.wallMs, undefined, ms, `${cli10.chars.toLocaleString("en")} chars${tooLarge(cli10)}; exit ${cli10.exitCode}`);
    row("10 MB, CPU ms (user + sys)", cli10.cpuMs);
    row("10 MB, peak RSS", cli10.peakRssMB, atMost("CLI 10 MB peak RSS", "median", median(cli10.peakRssMB), 300, "MB"), mb);
    row("10 MB as 10 files of 1 MB, wall ms", cliSplit.wallMs, undefined, ms, `one process; every file fully analysed; CPU ${ms(median(cliSplit.cpuMs))} ms; ratio to 1 MB ${(median(cliSplit.wallMs) / median(cli1.wallMs)).toFixed(2)}`);
    row("10 MB as 10 files, peak RSS", cliSplit.peakRssMB, undefined, mb);
    row(`fixed cost: ${COUNTY} (13 KB), wall ms`, cliSmall.wallMs, undefined, ms, `node start, the bundle from its code cache, the words of the dictionary the draft needs; CPU ${ms(median(cliSmall.cpuMs))} ms`);
    const ratio = median(cli10.wallMs) / median(cli1.wallMs);
    results.cliRatio = ratio;
    single("10 MB / 1 MB wall-time ratio", ratio.toFixed(2), atMost("CLI 10 MB / 1 MB ratio", "ratio", ratio, 11, ""), `CPU-time ratio ${(median(cli10.cpuMs) / median(cli1.cpuMs)).toFixed(2)}`);

    log(`floor: segmentation vs full analysis ×${reps.floor}`);
    const floors: Record<string, Floor> = {
      [REPORT]: measureFloor(path.join(CORPUS_DIR, REPORT), reps.floor),
      "1 MB synthetic": measureFloor(synthetic.files["1MB"], reps.floor),
    };
    results.floor = floors;
    section("floor: jieba-wasm cut line by line vs parseDocument + analyze(full), same process");
    for (const [name, f] of Object.entries(floors)) {
      row(`${name}: segmentation alone, ms`, f.segmentMs, undefined, ms, `${f.segmentMBps.toFixed(1)} MB/s`);
      row(`${name}: full analysis, ms`, f.analysisMs, undefined, ms, `parse ${ms(f.parseMs.median)} + analyze ${ms(f.analyzeMs.median)} ms; ${f.findings} findings`);
      row(`${name}: analysis / segmentation`, f.ratio, atMost(`full analysis / segmentation floor (${name})`, "median", median(f.ratio), 1.5, "×"), (x) => x.toFixed(2));
    }
  } finally {
    synthetic.dispose();
  }

  log(`Word: check and review of a 100-page .docx ×${reps.word}`);
  const word = await measureWord(reps.word);
  results.word = word;
  section(`Word (.docx): ${word.file.pages} A4 pages (${word.file.chars.toLocaleString("en")} characters, ${word.file.paragraphs} paragraphs, ${(word.file.bytes / 1024).toFixed(0)} KB), fresh process`);
  row("lectern check draft.docx, wall ms", word.check, atMost("CLI check 100-page .docx", "median", median(word.check), 1000, "ms"), ms, `unzip, read XML, materialise numbering, full analysis; CPU ${ms(median(word.checkCpu))} ms`);
  row("lectern review --track-changes, wall ms", word.review, atMost("CLI review 100-page .docx", "median", median(word.review), 2000, "ms"), ms, `check + a comment per finding + safe fixes as revisions + zip written; CPU ${ms(median(word.reviewCpu))} ms`);
  row("  reading alone (readDocx), ms", word.readMs, undefined, ms, "in-process");
  row("  mammoth.extractRawText, ms", word.mammothMs, undefined, ms, `not used: ${word.mammothKeepsNumbers ? "keeps" : "loses"} the automatic numbers of ${word.numberedParagraphs} numbered paragraphs; no map back to runs`);

  log("scaling: headings, findings, nesting, attributes, footnote references, list items at n and 8n");
  const scaling = measureScaling(quick ? 2 : 5);
  results.scaling = scaling;
  section("scaling: the same input at n and 8n, in process (fast phase; fastest of rounds of ≥ 50 ms); linear is 8×, quadratic 64×");
  for (const c of scaling) {
    single(`${c.name}: 8n / n (n = ${c.n.toLocaleString("en")})`, c.ratio.toFixed(2), atMost(`scaling ${c.name}`, "ratio", c.ratio, 16, "×"), `${ms(c.msN)} → ${ms(c.ms8n)} ms; ${c.what}`);
  }
  log(`sources: a 1 MB source indexed ×${reps.sources}; check in a workspace with two sources ×${reps.sources}`);
  const src = measureSources(reps.sources);
  results.sources = src;
  section(`sources and facts: a 1 MB source (${src.sourceChars.toLocaleString("en")} characters), the two corpus reports as sources`);
  row("1 MB source indexed, fresh process, ms", src.indexFreshProcessMs, atMost("1 MB source indexed", "median", median(src.indexFreshProcessMs), 200, "ms"), ms, "as `lectern sources list` reports it");
  row("  in process, ms", src.indexInProcessMs);
  row(`check ${COUNTY}, two sources, ms`, src.speech.withSources, atMost(`check ${COUNTY} with two sources`, "median", median(src.speech.withSources), 500, "ms"), ms, `CPU ${ms(median(src.speech.cpuWithSources))} ms; without sources ${ms(median(src.speech.without))} ms wall, CPU ${ms(median(src.speech.cpuWithout))} ms`);
  row(`check ${REPORT}, two sources, ms`, src.report.withSources, atMost(`check ${REPORT} with two sources`, "median", median(src.report.withSources), 600, "ms"), ms, `CPU ${ms(median(src.report.cpuWithSources))} ms; without sources ${ms(median(src.report.without))} ms wall, CPU ${ms(median(src.report.cpuWithout))} ms`);
  single("divisions table loaded for a draft naming no place", String(src.divisionsLoadedWithoutPlaces), undefined, "0: it loads only when a paragraph may name a place");

  results.budgets = budgets.map((b) => ({ ...b, value: round(b.value, 3) }));
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  const file = path.join(__dirname, "results.json");
  fs.writeFileSync(file, JSON.stringify(results, (_k, v) => (v && typeof v === "object" && "median" in v && "p95" in v && "n" in v ? roundSummary(v as Summary, 3) : v), 2) + "\n");

  console.log(`Lectern benchmark — ${machine.date.slice(0, 10)}, ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, load average ${machine.loadAverage.join(" ")} at start${quick ? " — QUICK RUN, few repetitions" : ""}\n`);
  printTable();
  const missed = budgets.filter((b) => !b.pass);
  console.log(`\nbudgets: ${budgets.length - missed.length}/${budgets.length} met${missed.length ? `; missed: ${missed.map((b) => b.id).join("; ")}` : ""}`);
  console.log(`results: ${path.relative(process.cwd(), file)} (${results.totalSeconds} s)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
