/** The built CLI on the seeded figure drafts: `lectern check --targets` reports exactly their expected figure findings. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const DIR = path.resolve(__dirname, "../drafts/figures");

interface Diagnostic {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe("CLI: check on the seeded figure drafts", () => {
  const drafts = fs.readdirSync(DIR).filter((f) => /^[a-z-]+\.txt$/.test(f) && !f.endsWith(".expected.txt"));
  for (const name of drafts) {
    it(name, () => {
      const targets = name.replace(/\.txt$/, ".targets.json");
      const args = [CLI_JS, "check", "--no-workspace", "--format", "json", ...(fs.existsSync(path.join(DIR, targets)) ? ["--targets", targets] : []), name];
      const r = spawnSync(process.execPath, args, { cwd: DIR, encoding: "utf8" });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const lines = fs.readFileSync(path.join(DIR, name), "utf8").split("\n");
      const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as Diagnostic[];
      const got = diagnostics
        .filter((d) => d.code.startsWith("figure."))
        .map((d) => `${d.code} ${lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`);
      const expected = fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".expected.txt")), "utf8").split("\n").filter(Boolean);
      assert.deepStrictEqual(got.sort(), expected.sort());
    });
  }
});
