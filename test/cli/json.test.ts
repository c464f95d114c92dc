/** Every `--format json` has the shape the README's JSON table documents, with path, LSP positions and rounded minutes. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";

type Shape = { [key: string]: Shape | null };

/** Reads the README's sketch of a JSON object (`{"path","files":[{"range",…}]}`) as a tree of keys; `…` and type names are skipped. */
function readSketch(text: string): Shape {
  let i = 0;
  const object = (): Shape => {
    const out: Shape = {};
    i++; // {
    while (i < text.length && text[i] !== "}") {
      const m = /^"(\w+)"/.exec(text.slice(i));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      out[m[1]] = null;
      if (text[i] === ":") {
        i++;
        if (text[i] === "{") out[m[1]] = object();
        else if (text[i] === "[") {
          i++;
          if (text[i] === "{") out[m[1]] = object();
          let depth = 1;
          for (; i < text.length && depth; i++) depth += text[i] === "[" ? 1 : text[i] === "]" ? -1 : 0;
        }
      }
    }
    i++; // }
    return out;
  };
  return object();
}

/** The same tree from a real value: objects by their keys, arrays by their first element. */
function shapeOf(value: unknown, sketch: Shape | null): Shape | null {
  if (sketch === null) return null;
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || typeof v !== "object") return null;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, shapeOf(x, sketch[k] ?? null)]));
}

describe("CLI: JSON output as documented", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const rows = new Map([...readme.matchAll(/^\| `(\w+)` \| `(\{.*?\})`/gm)].map((m) => [m[1], m[2]]));
  let dir: string;
  before(() => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), "\uFEFF一、提高认识\r\n二、加强领导\r\n今年，全县地区生产总值完成55亿元，增长6.1%。\r\n四、狠抓落实\r\n正文。\r\n");
    fs.writeFileSync(path.join(dir, "bad.json"), '{ "targets": [ { "metric": "x", "value": 1 } ] }');
  });

  for (const [command, args] of [
    // --fix writes 三、 for 四、; the empty 一、 section stays reported; the bad table fills dataFiles.
    ["check", ["--fix", "--targets", "bad.json"]],
    ["outline", []],
    ["stats", []],
    ["figures", ["--year", "2024"]],
    ["diff", ["a.speech"]],
  ] as [string, string[]][]) {
    it(`${command} --format json has the README's keys, and path`, () => {
      const sketch = rows.get(command);
      assert.ok(sketch, `README's JSON table lacks ${command}`);
      const r = runCli([command, "a.speech", "-f", "json", ...args, ...(command === "outline" || command === "stats" || command === "diff" ? [] : ["--no-workspace"])], dir);
      // check exits 2 for the bad table it was given; the others must not fail.
      if (command !== "check") assert.strictEqual(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      const expected = readSketch(sketch!);
      // Keys the sketch details are compared in depth; the rest (e.g. DocumentSymbol) at the top only.
      assert.deepStrictEqual(shapeOf(out, expected), expected);
      assert.strictEqual(out.path ?? out.files[0].path, "a.speech");
    });
  }

  it("positions are LSP's in every command: 0-based lines, UTF-16 characters, no BOM", () => {
    const f = path.join(dir, "b.speech");
    fs.writeFileSync(f, "\uFEFF一、😀甲\r\n正文，增长6.1%。\r\n二、乙\r\n正文。\r\n");
    const outline = JSON.parse(runCli(["outline", f, "-f", "json"]).stdout).outline;
    assert.deepStrictEqual(outline[1].selectionRange.start, { line: 2, character: 0 });
    const stats = JSON.parse(runCli(["stats", f, "-f", "json"]).stdout);
    assert.deepStrictEqual(stats.bySection.map((s: { line: number }) => s.line), [0, 2]);
    const figures = JSON.parse(runCli(["figures", f, "-f", "json", "--no-workspace"]).stdout).figures;
    assert.deepStrictEqual(figures[0].range, { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } });
  });

  it("minutes are rounded to one decimal", () => {
    const f = path.join(dir, "c.speech");
    fs.writeFileSync(f, `一、甲\n${"正文。".repeat(100)}\n二、乙\n${"正文。".repeat(37)}\n`);
    const stats = JSON.parse(runCli(["stats", f, "-f", "json"]).stdout);
    for (const m of [stats.minutes, ...stats.bySection.map((s: { minutes: number }) => s.minutes)]) assert.strictEqual(m, Math.round(m * 10) / 10);
    assert.strictEqual(stats.minutes, Math.round((stats.chars / 220) * 10) / 10);
  });
});
