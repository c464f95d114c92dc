/**
 * `npm run test:e2e`: Lectern in real editors.
 *   1. the extension-host suite (mocha against the vscode API) via @vscode/test-electron;
 *   2. the packaged VSIX installed in code-server, checked from the browser page;
 *   3. the language server in headless Neovim 0.7.
 * Ends with "N passed, N failed" and exits non-zero when anything failed.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { missingTools, ROOT } from "./code-server";
import { runExtensionHostSuite, type StageResult } from "./extension-host";
import { runNeovimChecks } from "./neovim";
import { runVsixChecks } from "./vsix";

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status}`);
}

async function main(): Promise<number> {
  if (missingTools().length) {
    console.log(`e2e: missing ${missingTools().join(", ")}; running scripts/e2e-setup.sh`);
    sh("bash", [path.join(ROOT, "scripts", "e2e-setup.sh")]);
  }
  sh("npm", ["run", "--silent", "build"]);
  const only = process.env.LECTERN_E2E_ONLY?.split(",");
  const stages: [string, () => Promise<StageResult>][] = [
    ["extension-host", runExtensionHostSuite],
    ["vsix", runVsixChecks],
    ["neovim", runNeovimChecks],
  ];
  const results: StageResult[] = [];
  for (const [name, stage] of stages) {
    if (only && !only.includes(name)) continue;
    try {
      results.push(await stage());
    } catch (e) {
      results.push({ passed: 0, failed: 1, failures: [`${name}: ${(e as Error).stack ?? e}`] });
    }
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const failures = results.flatMap((r) => r.failures);
  if (failures.length) console.log(`\nFailures:\n${failures.map((f) => `  - ${f.split("\n")[0]}`).join("\n")}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

void main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
