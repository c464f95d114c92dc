/**
 * The extension-host side: @vscode/test-electron (or the code-server
 * stand-in) loads this file and calls run(). Mocha runs the *.e2e.js files
 * beside it; each result is printed with the "[e2e] " marker (the stand-in
 * copies those lines to its stdout) and the counts are written to a JSON file
 * for test/e2e/run.ts.
 */
import * as fs from "fs";
import * as path from "path";
import Mocha from "mocha";

const MARKER = "[e2e] ";

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", timeout: 60_000, color: false, reporter: MarkerReporter as unknown as Mocha.ReporterConstructor });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith(".e2e.js")).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}

class MarkerReporter {
  constructor(runner: Mocha.Runner) {
    const log = (s: string) => console.log(MARKER + s);
    const failures: { title: string; error: string }[] = [];
    let passed = 0;
    runner.on("suite", (s) => s.title && log(`  ${s.title}`));
    runner.on("pass", (t) => {
      passed++;
      log(`    ✔ ${t.title} (${t.duration ?? 0} ms)`);
    });
    runner.on("fail", (t, err) => {
      failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
      log(`    ✗ ${t.title}`);
      log(`      ${String(err?.message ?? err).split("\n").join("\n" + MARKER + "      ")}`);
    });
    runner.once("end", () => {
      log(`extension host: ${passed} passed, ${failures.length} failed`);
      const out = process.env.LECTERN_E2E_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
    });
  }
}
