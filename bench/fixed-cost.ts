/**
 * What one `lectern check` costs as a pre-commit hook or an editor-save task
 * runs it: a fresh process on one draft, measured in rounds that run every
 * command once each (so load on the machine falls on all of them alike), beside
 * `node -e 0` (the floor of any Node tool) and autocorrect-node, a Rust linter
 * for Chinese text, on the same draft.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCliCheck, type CliRun } from "./cli";
import { summarize, type Summary } from "./stats";

/**
 * The reference peer is not a devDependency: its per-platform binaries for other systems are
 * missing from the registry this project installs from, so `npm ci` refuses a lock file that
 * names it. The bench installs the pinned version into its own cache folder on first use (one
 * `npm install`, about a second); offline, the row stays empty and says so.
 */
const AUTOCORRECT_VERSION = "2.14.0";
const AUTOCORRECT_PREFIX = path.resolve(__dirname, `../node_modules/.cache/lectern-bench/autocorrect-${AUTOCORRECT_VERSION}`);
const AUTOCORRECT = path.join(AUTOCORRECT_PREFIX, "node_modules/autocorrect-node/cli.js");

/** Installs autocorrect-node into the bench's cache folder when it is not there; true when it can run. */
export function ensureAutocorrect(log: (s: string) => void): boolean {
  if (fs.existsSync(AUTOCORRECT)) return true;
  log(`installing the reference peer autocorrect-node@${AUTOCORRECT_VERSION} into ${path.relative(process.cwd(), AUTOCORRECT_PREFIX)}`);
  fs.mkdirSync(AUTOCORRECT_PREFIX, { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", AUTOCORRECT_PREFIX, `autocorrect-node@${AUTOCORRECT_VERSION}`], { stdio: "ignore", shell: process.platform === "win32" });
  if (r.status !== 0 || !fs.existsSync(AUTOCORRECT)) {
    log("autocorrect-node could not be installed (offline?): its row stays empty");
    return false;
  }
  return true;
}

function timeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    child.on("error", reject);
    // autocorrect --lint exits 1 when it has something to say; any exit is a complete run here.
    child.on("close", (code) => (code === null ? reject(new Error(`${args.join(" ")} was killed`)) : resolve(performance.now() - t0)));
  });
}

export interface FixedCost {
  nodeMs: Summary;
  speech: { wallMs: Summary; cpuMs: Summary; peakRssMB: Summary };
  report: { wallMs: Summary; cpuMs: Summary; peakRssMB: Summary };
  autocorrectMs: Summary;
  unique: { wallMs: Summary; cpuMs: Summary; peakRssMB: Summary; bytes: number };
}

const summarizeRuns = (runs: CliRun[]) => ({ wallMs: summarize(runs.map((r) => r.wallMs)), cpuMs: summarize(runs.map((r) => r.cpuMs)), peakRssMB: summarize(runs.map((r) => r.peakRssMB)) });

/** `rounds` rounds (after one warm-up round) of: node -e 0, check speech, check report, autocorrect report, check the unique-lines draft. */
export async function measureFixedCost(files: { speech: string; report: string; unique: string; uniqueBytes: number }, rounds: number, log: (s: string) => void): Promise<FixedCost> {
  const hasAutocorrect = ensureAutocorrect(log);
  const node: number[] = [];
  const speech: CliRun[] = [];
  const report: CliRun[] = [];
  const autocorrect: number[] = [];
  const unique: CliRun[] = [];
  for (let i = 0; i <= rounds; i++) {
    const n = await timeProcess(["-e", "0"]);
    const s = await runCliCheck(files.speech);
    const r = await runCliCheck(files.report);
    const a = hasAutocorrect ? await timeProcess([AUTOCORRECT, "--lint", files.report]) : NaN;
    const u = await runCliCheck(files.unique);
    if (i === 0) continue;
    node.push(n);
    speech.push(s);
    report.push(r);
    autocorrect.push(a);
    unique.push(u);
  }
  return { nodeMs: summarize(node), speech: summarizeRuns(speech), report: summarizeRuns(report), autocorrectMs: summarize(autocorrect), unique: { ...summarizeRuns(unique), bytes: files.uniqueBytes } };
}
