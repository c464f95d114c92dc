/** fact.* through the built CLI: anniversaries against --year, the 落款 and team events, weekdays. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";

type Diag = { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string };
const facts = (stdout: string): Diag[] => (JSON.parse(stdout).files[0].diagnostics as Diag[]).filter((d) => d.code.startsWith("fact."));

describe("CLI: fact.date", () => {
  const draft = "同志们：\n今天，我们隆重集会，热烈庆祝建党103周年和建县68周年。\n会议定于2025年3月5日（星期四）召开。\n";

  it("counts anniversaries from --year, and team events from --pack", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), draft);
    fs.writeFileSync(path.join(dir, "county.pack.json"), JSON.stringify({ name: "county", version: "1", events: [{ name: "XX县建县", aliases: ["建县"], date: "1956-03", source: "《XX县志》" }] }));
    const r = runCli(["check", "a.speech", "--format", "json", "--no-workspace", "--year", "2025", "--pack", "county.pack.json"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const ds = facts(r.stdout);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
      ["fact.date", 1, 14, 21],
      ["fact.date", 1, 22, 28],
      ["fact.date", 2, 4, 18],
    ]);
    assert.ok(ds[0].message.includes("104周年"), ds[0].message);
    assert.ok(ds[1].message.includes("69周年"), ds[1].message);
    assert.ok(ds[2].message.includes("星期三"), ds[2].message);
    // In 2024 the Party's anniversary was the 103rd; without the team pack 建县 is unknown.
    const y2024 = facts(runCli(["check", "a.speech", "--format", "json", "--no-workspace", "--year", "2024"], dir).stdout);
    assert.deepStrictEqual(y2024.map((d) => d.range.start.line), [2]);
  });

  it("takes the draft's year from its 落款 when --year is not given", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "b.speech"), "同志们：\n热烈庆祝建党103周年。\nXX县委\n2025年7月1日\n");
    const ds = facts(runCli(["check", "b.speech", "--format", "json", "--no-workspace"], dir).stdout);
    assert.deepStrictEqual(ds.map((d) => d.code), ["fact.date"]);
    assert.ok(ds[0].message.includes("2025年是104周年"), ds[0].message);
  });
});

describe("CLI: fact.place", () => {
  it("reports a place under the wrong province with the divisions data inside the bundle, and nothing on a correct hierarchy", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "c.speech"), "同志们：\n考察组先后赴湖南省宜昌市、广西省南宁市和湖北省宜昌市长阳土家族自治县调研。\n");
    const r = runCli(["check", "c.speech", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const ds = facts(r.stdout);
    assert.deepStrictEqual(ds.map((d) => [d.code, d.range.start.character, d.range.end.character]), [
      ["fact.place", 6, 12],
      ["fact.place", 13, 16],
    ]);
    assert.ok(ds[0].message.includes("湖北省宜昌市"), ds[0].message);
    assert.ok(ds[1].message.includes("广西壮族自治区"), ds[1].message);
  });
});
