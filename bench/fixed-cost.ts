/**
 * What one `lectern check` costs as a pre-commit hook or an editor-save task
 * runs it: a fresh process on one draft, measured in rounds that run every
 * command once each (so load on the machine falls on all of them alike), beside
 * `node -e 0` (the floor of any Node tool) and autocorrect-node, a Rust linter
 * for Chinese text, on the same draft.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCliCheck, type CliRun } from "./cli";
import { summarize, type Summary } from "./stats";

/**
 * The reference peer is installed by hand (`npm install --no-save autocorrect-node`), not a
 * devDependency: its per-platform binaries for other systems are missing from the registry this
 * project installs from, so `npm ci` refuses a lock file that names it. Without it the row is NaN.
 */
const AUTOCORRECT = path.resolve(__dirname, "../node_modules/autocorrect-node/cli.js");
const HAS_AUTOCORRECT = fs.existsSync(AUTOCORRECT);

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
export async function measureFixedCost(files: { speech: string; report: string; unique: string; uniqueBytes: number }, rounds: number): Promise<FixedCost> {
  const node: number[] = [];
  const speech: CliRun[] = [];
  const report: CliRun[] = [];
  const autocorrect: number[] = [];
  const unique: CliRun[] = [];
  for (let i = 0; i <= rounds; i++) {
    const n = await timeProcess(["-e", "0"]);
    const s = await runCliCheck(files.speech);
    const r = await runCliCheck(files.report);
    const a = HAS_AUTOCORRECT ? await timeProcess([AUTOCORRECT, "--lint", files.report]) : NaN;
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
