/**
 * Sources and facts: a 1 MB source indexed (in process, and as `lectern sources
 * list` reports it in a fresh process), `lectern check` on the county speech and
 * the 98 KB report in a workspace with two sources against the same drafts with
 * none, and whether the divisions table loads for a draft that names no place.
 * Run alone with `npx tsx bench/sources.ts [--quick]` (after `node esbuild.js`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TextIndex } from "../server/src/core/sources";
import { summarize, type Summary } from "./stats";
import { CORPUS_DIR } from "../test/support/corpus";
import { REPORT_META, GOVERNMENT_META } from "../test/support/sources";

const CLI_JS = path.resolve(__dirname, "../dist/cli.js");
const REPORTS = ["20th-congress-report-2022.txt", "government-work-report-2024.txt"];

export interface SourcesMeasure {
  sourceBytes: number;
  sourceChars: number;
  indexInProcessMs: Summary;
  indexFreshProcessMs: Summary;
  speech: { withSources: Summary; without: Summary; cpuWithSources: Summary; cpuWithout: Summary };
  report: { withSources: Summary; without: Summary; cpuWithSources: Summary; cpuWithout: Summary };
  divisionsLoadedWithoutPlaces: number;
}

/** 1,000,000 bytes of report text (UTF-8), cut at a character. */
export function oneMegabyteSource(): string {
  const parts = REPORTS.map((f) => fs.readFileSync(path.join(CORPUS_DIR, f), "utf8"));
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < 1_000_000; i++) text += parts[i % 2] + "\n";
  return Buffer.from(text).subarray(0, 1_000_000).toString("utf8").replace(/\uFFFD+$/, "");
}

const HOOK = path.join(os.tmpdir(), `lectern-bench-cpu-${process.pid}.cjs`);
const MARK = "LECTERN_BENCH_CPU_MS=";

/** Wall and CPU (user + system, from the process itself) of one `lectern` run. */
function run(args: string[], cwd: string): { wall: number; cpu: number } {
  if (!fs.existsSync(HOOK)) fs.writeFileSync(HOOK, `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeSync(2, "\\n${MARK}" + (u.userCPUTime + u.systemCPUTime) / 1000 + "\\n"); });\n`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", HOOK, CLI_JS, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`lectern ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(new RegExp(`${MARK}([\\d.]+)`).exec(r.stderr)?.[1]) };
}

export function measureSources(reps: number): SourcesMeasure {
  const big = oneMegabyteSource();
  new TextIndex(big.slice(0, 50_000)); // warm-up of the code paths, not of this text
  const inProcess: number[] = [];
  for (let i = 0; i < reps; i++) {
    const text = big + String(i); // a new string each time
    const t0 = performance.now();
    new TextIndex(text);
    inProcess.push(performance.now() - t0);
  }

  const ws = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bench-sources-"));
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bench-bare-"));
  try {
    // A workspace with the two reports as sources, and one with the 1 MB source alone.
    const dir = path.join(ws, ".lectern", "sources");
    fs.mkdirSync(dir, { recursive: true });
    REPORTS.forEach((f, i) => {
      fs.copyFileSync(path.join(CORPUS_DIR, f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, f.replace(/\.txt$/, ".json")), JSON.stringify(i === 0 ? REPORT_META : GOVERNMENT_META));
    });
    const megaDir = path.join(bare, "mega");
    fs.mkdirSync(megaDir);
    fs.writeFileSync(path.join(megaDir, "one-megabyte.txt"), big);
    const fresh: number[] = [];
    for (let i = 0; i < reps; i++) {
      const r = spawnSync(process.execPath, [CLI_JS, "sources", "list", "--sources", "mega", "--no-workspace", "-f", "json"], { cwd: bare, encoding: "utf8" });
      fresh.push(JSON.parse(r.stdout).sources[0].indexMs);
    }
    for (const d of [ws, bare]) for (const f of ["county-mobilization-speech.txt", "20th-congress-report-2022.txt"]) fs.copyFileSync(path.join(CORPUS_DIR, f), path.join(d, f));
    // Rounds alternate, so load on the machine falls on both alike.
    const t: Record<string, { wall: number; cpu: number }[]> = { sw: [], so: [], rw: [], ro: [] };
    run(["check", "county-mobilization-speech.txt"], ws);
    for (let i = 0; i < reps; i++) {
      t.sw.push(run(["check", "county-mobilization-speech.txt"], ws));
      t.so.push(run(["check", "county-mobilization-speech.txt"], bare));
      t.rw.push(run(["check", "20th-congress-report-2022.txt"], ws));
      t.ro.push(run(["check", "20th-congress-report-2022.txt"], bare));
    }
    const w = (k: string) => summarize(t[k].map((x) => x.wall));
    const c = (k: string) => summarize(t[k].map((x) => x.cpu));
    const probe = spawnSync(
      process.execPath,
      ["--require", "tsx/cjs", "-e", 'const {parseDocument}=require("./server/src/core");const {checkPlaces}=require("./server/src/core/facts");const {divisionLoads}=require("./server/src/core/facts/divisions");checkPlaces(parseDocument("同志们：\\n今天的会议很重要，大家要认真落实。\\n"),{year:2025});console.log(divisionLoads())'],
      { cwd: path.resolve(__dirname, ".."), encoding: "utf8" },
    );
    return {
      sourceBytes: Buffer.byteLength(big),
      sourceChars: big.length,
      indexInProcessMs: summarize(inProcess),
      indexFreshProcessMs: summarize(fresh),
      speech: { withSources: w("sw"), without: w("so"), cpuWithSources: c("sw"), cpuWithout: c("so") },
      report: { withSources: w("rw"), without: w("ro"), cpuWithSources: c("rw"), cpuWithout: c("ro") },
      divisionsLoadedWithoutPlaces: Number(probe.stdout.trim()),
    };
  } finally {
    fs.rmSync(HOOK, { force: true });
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(bare, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const m = measureSources(process.argv.includes("--quick") ? 2 : 7);
  const f = (s: Summary) => `${s.median.toFixed(1)} ms (p95 ${s.p95.toFixed(1)}, n ${s.n})`;
  console.log(`1 MB source: ${m.sourceBytes.toLocaleString("en")} bytes, ${m.sourceChars.toLocaleString("en")} characters`);
  console.log(`  index, in process: ${f(m.indexInProcessMs)}`);
  console.log(`  index, fresh process (lectern sources list): ${f(m.indexFreshProcessMs)}`);
  console.log(`check county speech (13 KB): two sources ${f(m.speech.withSources)}, CPU ${f(m.speech.cpuWithSources)}; none ${f(m.speech.without)}, CPU ${f(m.speech.cpuWithout)}`);
  console.log(`check 20th-congress report (98 KB): two sources ${f(m.report.withSources)}, CPU ${f(m.report.cpuWithSources)}; none ${f(m.report.without)}, CPU ${f(m.report.cpuWithout)}`);
  console.log(`divisions table loads for a draft naming no place: ${m.divisionsLoadedWithoutPlaces}`);
}
