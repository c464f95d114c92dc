/** Bundles the extension-host suite (test/e2e/suite) into out/e2e/suite, one file per entry. */
import * as esbuild from "esbuild";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./code-server";

export const SUITE_OUT = path.join(ROOT, "out", "e2e", "suite");

export async function buildSuite(): Promise<string> {
  const dir = path.join(ROOT, "test", "e2e", "suite");
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = fs.readdirSync(dir).filter((f) => f === "index.ts" || f.endsWith(".e2e.ts")).map((f) => path.join(dir, f));
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "inline",
    // vscode is the host's; mocha is loaded from the repository's node_modules at run time.
    external: ["vscode", "mocha"],
    logLevel: "warning",
  });
  return path.join(SUITE_OUT, "index.js");
}
