/** Runs the built CLI (dist/cli.js) as a user would, and makes temporary folders that go when the run ends. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");

export function runCli(args: string[], cwd = os.tmpdir(), input?: string | Buffer, env?: NodeJS.ProcessEnv): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, input, env: env ? { ...process.env, ...env } : undefined });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tempDirs: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-cli-"));
  tempDirs.push(dir);
  return dir;
}
// A root-level hook: the CLI tests' folders go when the run ends.
after(() => {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** An environment whose PATH finds no program (no LibreOffice): the CLI itself runs from process.execPath. */
export function withoutPrograms(): NodeJS.ProcessEnv {
  return { PATH: tempDir() };
}
