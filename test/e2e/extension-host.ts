/**
 * Stage 1: the extension-host suite through @vscode/test-electron's runTests.
 * Wherever desktop VS Code is installed (LECTERN_VSCODE=/path/to/code) it runs
 * there; otherwise the code-server stand-in (test/e2e/bin/code) plays VS Code.
 */
import { runTests } from "@vscode/test-electron";
import * as fs from "fs";
import * as path from "path";
import { buildSuite } from "./build-suite";
import { ROOT, scratchDir } from "./code-server";
import { writeWorkspace } from "./fixtures";

export interface StageResult {
  passed: number;
  failed: number;
  failures: string[];
}

export async function runExtensionHostSuite(): Promise<StageResult> {
  console.log("\n  Extension host (mocha, vscode API)");
  const testsPath = await buildSuite();
  const workspace = scratchDir("workspace");
  writeWorkspace(workspace);
  const resultsFile = path.join(scratchDir("results"), "extension-host.json");
  const executable = process.env.LECTERN_VSCODE ?? path.join(ROOT, "test", "e2e", "bin", "code");
  let exitError: string | undefined;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, `--user-data-dir=${scratchDir("user-data")}`, `--extensions-dir=${scratchDir("extensions")}`, "--disable-extensions"],
      extensionTestsEnv: { LECTERN_E2E_RESULTS: resultsFile },
    });
  } catch (e) {
    exitError = (e as Error).message;
  }
  if (!fs.existsSync(resultsFile)) {
    // The suite never reported: the editor did not start, or the extension did not load.
    return { passed: 0, failed: 1, failures: [`extension host: no results (${exitError ?? "exit 0"})`] };
  }
  const r = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as { passed: number; failed: number; failures: { title: string; error: string }[] };
  return { passed: r.passed, failed: r.failed, failures: r.failures.map((f) => `extension host › ${f.title}`) };
}
