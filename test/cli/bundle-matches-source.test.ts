/**
 * The bundle the CLI and the server run is built from the sources the unit tests run. A difference that
 * only the build makes (esbuild writes non-ASCII as escapes, so a RegExp's `source` is no fixed string
 * there) would pass every unit test and still change what users see: the built CLI and the in-process
 * analysis must give the same findings, code, range and message, on every blind draft.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const BLIND = path.resolve(__dirname, "../blind");

describe("CLI: the bundle gives the findings of the sources", function () {
  this.timeout(120000);
  it("on every draft of the blind rounds (code, range and message)", () => {
    const files = fs
      .readdirSync(BLIND)
      .filter((d) => /^round\d+$/.test(d) && !fs.existsSync(path.join(BLIND, d, "check-args.json")))
      .flatMap((d) => fs.readdirSync(path.join(BLIND, d)).filter((f) => f.endsWith(".txt")).map((f) => path.join(BLIND, d, f)));
    assert.ok(files.length > 500, `${files.length} drafts`);
    const r = spawnSync(process.execPath, [CLI_JS, "check", "--no-workspace", "--format", "json", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const byFile = new Map<string, string[]>();
    for (const f of JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[]) {
      byFile.set(path.resolve(f.path), f.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).sort());
    }
    const differ: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const doc = parseDocument(text);
      const own = analyze(doc, { settings: DEFAULT_SETTINGS, data: {} }).map((f) => {
        const a = doc.index.position(f.span.start);
        const b = doc.index.position(f.span.end);
        return `${a.line}:${a.character}-${b.line}:${b.character} ${f.code} ${f.message}`;
      }).sort();
      const built = byFile.get(path.resolve(file)) ?? [];
      if (JSON.stringify(own) !== JSON.stringify(built)) differ.push(`${path.relative(BLIND, file)}\n  source: ${own.filter((x) => !built.includes(x)).join("\n          ")}\n  bundle: ${built.filter((x) => !own.includes(x)).join("\n          ")}`);
    }
    assert.deepStrictEqual(differ, []);
  });
});
