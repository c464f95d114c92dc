/**
 * `lectern check` as CI runs it: a fresh process per run, wall time and peak
 * RSS. Peak RSS comes from /usr/bin/time -v where it exists, else from a
 * preloaded hook that prints the process's own maxRSS at exit.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { summarize, type Summary } from "./stats";

const CLI_JS = path.resolve(__dirname, "../dist/cli.js");
const TIME = "/usr/bin/time";
const MARK = "LECTERN_BENCH_MAXRSS_KB=";

export interface CliRun {
  wallMs: number;
  /** user + system CPU time: less sensitive than wall time to other work on a shared machine */
  cpuMs: number;
  peakRssMB: number;
  exitCode: number;
}

let preload: string | undefined;
function maxRssPreload(): string {
  if (!preload) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bench-rss-"));
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    preload = path.join(dir, "max-rss.cjs");
    fs.writeFileSync(preload, `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeSync(2, "\\n${MARK}" + u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) / 1000 + "\\n"); });\n`);
  }
  return preload;
}

export function runCliCheck(file: string): Promise<CliRun> {
  const args = ["check", "--no-workspace", file];
  const useTime = fs.existsSync(TIME) && !process.env.LECTERN_BENCH_NO_TIME;
  const [cmd, argv] = useTime ? [TIME, ["-v", process.execPath, CLI_JS, ...args]] : [process.execPath, ["--require", maxRssPreload(), CLI_JS, ...args]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      const hook = new RegExp(`${MARK}(\\d+) ([\\d.]+)`).exec(stderr);
      const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
      const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : hook?.[1];
      const cpuMs = useTime ? (seconds("User") + seconds("System")) * 1000 : Number(hook?.[2]);
      // 0 clean, 1 error findings: both are complete runs. 2/3 are failures.
      if ((code !== 0 && code !== 1) || !kb) return reject(new Error(`lectern check ${file} exited ${code}: ${stderr.slice(-2000)}`));
      resolve({ wallMs, cpuMs, peakRssMB: Number(kb) / 1024, exitCode: code });
    });
  });
}

export interface CliMeasure {
  files: number;
  bytes: number;
  chars: number;
  wallMs: Summary;
  cpuMs: Summary;
  peakRssMB: Summary;
  exitCode: number;
}

export async function measureCli(file: string, warmups: number, runs: number): Promise<CliMeasure> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  let exitCode = 0;
  for (let i = 0; i < warmups + runs; i++) {
    const r = await runCliCheck(file);
    exitCode = r.exitCode;
    if (i < warmups) continue;
    wall.push(r.wallMs);
    cpu.push(r.cpuMs);
    rss.push(r.peakRssMB);
  }
  // A folder counts as all the drafts in it.
  const files = fs.statSync(file).isDirectory() ? fs.readdirSync(file).map((f) => path.join(file, f)) : [file];
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const chars = files.reduce((n, f) => n + fs.readFileSync(f, "utf8").length, 0);
  return { files: files.length, bytes, chars, wallMs: summarize(wall), cpuMs: summarize(cpu), peakRssMB: summarize(rss), exitCode };
}
