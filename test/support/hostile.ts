/**
 * Small hostile inputs, generated (never committed binaries): Word packages whose
 * cost grows with nesting, references and repetition, and a bounded runner that
 * executes the built CLI as a user would, with a heap cap and a wall clock.
 */
import { spawnSync } from "child_process";
import { CLI_JS } from "./cli";

export * from "./hostile-docx";

export interface BoundedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node --max-old-space-size=1024 dist/cli.js ARGS`, killed after `killMs`. */
export function runBounded(args: string[], cwd: string, input?: string | Buffer, killMs = 60_000): BoundedRun {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", CLI_JS, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, input, timeout: killMs });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - t0 };
}

/** Within the wall budget, exit 0/1/2, no stack trace, no internal error. */
export function assertBounded(r: BoundedRun, budgetMs = 10_000): void {
  const what = `exit ${r.status} signal ${r.signal} after ${r.ms} ms\n${r.stderr.slice(0, 2000)}`;
  if (r.ms > budgetMs) throw new Error(`over ${budgetMs} ms: ${what}`);
  if (r.status === null || ![0, 1, 2].includes(r.status)) throw new Error(`exit code not 0/1/2: ${what}`);
  if (/\n\s+at .*[:(]/.test(r.stderr) || /internal error|heap out of memory|Maximum call stack/i.test(r.stderr)) throw new Error(`stack trace or internal error: ${what}`);
}

