/** `lectern figures` and `lectern check --targets`. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const runCli = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

describe("CLI: figures and --targets", () => {
  let dir: string;
  const draft = "\uFEFF同志们：\r\n今年，全县地区生产总值完成55亿元，增长6.1%。\r\n“十四五”期间，工业投资年均增长10%以上。\r\n";
  const table = { targets: [{ metric: "地区生产总值", value: 52.3, unit: "亿元", year: 2023, source: "统计公报" }] };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-figures-cli-"));
    fs.writeFileSync(path.join(dir, "a.speech"), draft);
    fs.writeFileSync(path.join(dir, "t.json"), JSON.stringify(table));
    fs.writeFileSync(path.join(dir, "bad.json"), '{ "targets": [ { "metric": "x", "value": 1 } ] }');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("figures --format json: every figure with metric, value, unit, period, line and LSP range", () => {
    const r = runCli(["figures", "a.speech", "--format", "json", "--year", "2023", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.path, "a.speech");
    const rows = out.figures as { text: string; metric: string; value: number; unit: string; year: number | null; range: unknown; change: string; qualifier: string; period: string }[];
    assert.deepStrictEqual(rows.map((x) => x.text), ["55亿元", "6.1%", "10%以上"]);
    assert.deepStrictEqual([rows[0].metric, rows[0].value, rows[0].unit, rows[0].year], ["地区生产总值", 5.5e9, "亿元", 2023]);
    // JSON counts as LSP does: no 1-based line or column beside the range.
    assert.ok(!("line" in rows[0]) && !("column" in rows[0]), JSON.stringify(rows[0]));
    // The BOM is not counted: 今年，全县地区生产总值完成 is 13 units.
    assert.deepStrictEqual(rows[0].range, { start: { line: 1, character: 13 }, end: { line: 1, character: 17 } });
    assert.strictEqual(rows[1].change, "增");
    assert.strictEqual(rows[2].qualifier, "以上");
    assert.ok(rows[2].period.includes("2021—2025"), rows[2].period);
  });

  it("--year changes the period of 今年", () => {
    const r = runCli(["figures", "a.speech", "--format", "json", "--year", "2024", "--no-workspace"], dir);
    assert.strictEqual(JSON.parse(r.stdout).figures[0].year, 2024);
  });

  it("figures --format csv: a header row and one quoted-as-needed row per figure", () => {
    const r = runCli(["figures", "a.speech", "--format", "csv", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split(/\r?\n/);
    assert.strictEqual(lines[0], "line,column,text,metric,number,unit,value,baseUnit,qualifier,change,period,year,target");
    assert.strictEqual(lines.length, 4);
    assert.ok(lines[1].startsWith("2,14,55亿元,地区生产总值,55,亿元,5500000000,元,"), lines[1]);
  });

  it("figures with --targets shows the matching target; pretty lists file:line:column", () => {
    const r = runCli(["figures", "a.speech", "--targets", "t.json", "--year", "2023", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes("a.speech:2:14: 地区生产总值 55亿元"), r.stdout);
    assert.ok(r.stdout.includes("统计公报"), r.stdout);
    assert.ok(r.stdout.includes("a.speech: 3 figure(s)"), r.stdout);
  });

  it("figures on a draft without figures names the file", () => {
    fs.writeFileSync(path.join(dir, "plain.speech"), "同志们：\n今天我们召开会议，研究部署下一步工作。\n");
    const r = runCli(["figures", "plain.speech", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout.trim(), "plain.speech: no figures");
  });

  it("check --targets reports figure.target; a different year is not compared", () => {
    const r = runCli(["check", "a.speech", "--targets", "t.json", "--year", "2023", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const ds = JSON.parse(r.stdout).files[0].diagnostics as { code: string; range: unknown }[];
    assert.deepStrictEqual(ds.map((d) => d.code), ["figure.target"]);
    assert.deepStrictEqual(ds[0].range, { start: { line: 1, character: 13 }, end: { line: 1, character: 17 } });
    const other = runCli(["check", "a.speech", "--targets", "t.json", "--year", "2022", "--format", "json", "--no-workspace"], dir);
    assert.deepStrictEqual(JSON.parse(other.stdout).files[0].diagnostics, []);
  });

  it("an invalid target table is reported at its JSON path (exit 2) and the figures are still listed", () => {
    const r = runCli(["figures", "a.speech", "--targets", "bad.json", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 2);
    assert.ok(r.stderr.includes("bad.json:1:16: targets[0].unit"), r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).figures.length, 3);
  });

  it("bad usage exits 2", () => {
    assert.strictEqual(runCli(["figures"], dir).status, 2);
    assert.strictEqual(runCli(["figures", "a.speech", "--format", "xml"], dir).status, 2);
  });
});
