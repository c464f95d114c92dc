/** `lectern diff OLD NEW`: the changes a reviewer must re-check, and nothing else. */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readCorpus } from "../support/corpus";
import { editReport } from "../support/report-edits";
import { runCli, tempDir } from "./cli.test";

interface Entry {
  kind: string;
  summary: string;
  code?: string;
  old?: { range: { start: { line: number; character: number } }; text: string };
  new?: { range: { start: { line: number; character: number } }; text: string };
}
type Review = Record<"figures" | "formulations" | "structure" | "paragraphs" | "findings" | "resolved", Entry[]>;
const brief = (e: Entry) => [e.kind, e.old?.range.start.line ?? null, e.new?.range.start.line ?? null, e.old?.text ?? null, e.new?.text ?? null];

describe("CLI: lectern diff", () => {
  const report = readCorpus("government-work-report-2024.txt");
  let dir: string;
  before(() => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "v1.txt"), report);
    fs.writeFileSync(path.join(dir, "v2.txt"), editReport(report));
  });

  it("reports exactly the edits made to the 2024 government work report: figures, the moved paragraph, the renumbered heading, the altered formulation", () => {
    const r = runCli(["diff", "v1.txt", "v2.txt", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const review = JSON.parse(r.stdout) as Review & { old: string; new: string };
    assert.strictEqual(review.old, "v1.txt");
    assert.strictEqual((review as unknown as { path: string }).path, review.new);
    assert.deepStrictEqual(review.figures.map(brief), [
      ["changed", 5, 5, "5.2%", "5.3%"],
      ["changed", 5, 5, "1244万人", "1250万人"],
      ["changed", 27, 27, "5.5%左右", "5.3%左右"],
    ]);
    assert.deepStrictEqual(review.figures.map((e) => e.summary), ["国内生产总值 增 2023年 5.2% → 5.3%", "城镇新增就业 2023年 1244万人 → 1250万人", "城镇调查失业率 今年 5.5%左右 → 5.3%左右"]);
    assert.deepStrictEqual(review.formulations.map(brief), [["changed", 17, 17, "美丽中国建设", "健康中国建设"]]);
    assert.deepStrictEqual(review.structure.map((e) => [e.kind, e.summary]), [["renumbered", "标题编号 （十） → （十一）：切实保障和改善民生，加强和创新社会治理。"]]);
    assert.deepStrictEqual(review.paragraphs.map((e) => [e.kind, e.old?.range.start.line, e.new?.range.start.line]), [["moved", 9, 11]]);
    assert.ok(review.paragraphs[0].new!.text.startsWith("——安全发展基础巩固夯实。"));
    // The one finding the edits introduce: the skipped number the renumbering made.
    assert.deepStrictEqual(review.findings.map((e) => [e.kind, e.code, e.new?.range.start.line]), [["new", "numbering.sequence", 71]]);
  });

  it("the same version against itself reports nothing, in every format", () => {
    const json = JSON.parse(runCli(["diff", "v2.txt", "v2.txt", "--format", "json", "--no-workspace"], dir).stdout) as Review;
    for (const g of ["figures", "formulations", "structure", "paragraphs", "findings", "resolved"] as const) assert.deepStrictEqual(json[g], [], g);
    const pretty = runCli(["diff", "v2.txt", "v2.txt", "--no-workspace"], dir);
    assert.strictEqual(pretty.status, 0);
    assert.strictEqual(pretty.stdout, "v2.txt → v2.txt\n\nno changes to review\n");
    assert.match(runCli(["diff", "v2.txt", "v2.txt", "--format", "markdown", "--no-workspace"], dir).stdout, /No changes to review\.\n$/);
  });

  it("pretty and markdown group by what the reviewer does (new findings, then figures, formulations, structure), each change with its old and new line", () => {
    const pretty = runCli(["diff", "v1.txt", "v2.txt", "--no-workspace"], dir).stdout;
    const at = (s: string) => pretty.indexOf(s);
    assert.ok(at("新问题 (1)") >= 0 && at("新问题 (1)") < at("改动的数字 (3)") && at("改动的数字 (3)") < at("改动的提法 (1)") && at("改动的提法 (1)") < at("结构变化 (1)"), pretty);
    assert.match(pretty, /^ {2}6→6 +国内生产总值 增 2023年 5\.2% → 5\.3%$/m);
    assert.match(pretty, /^ {2}10→12 +段落移动/m);
    assert.match(pretty, /7 change\(s\) to review\n$/);
    const md = runCli(["diff", "v1.txt", "v2.txt", "--format", "markdown", "--no-workspace"], dir).stdout;
    assert.match(md, /^## Lectern review: `v1\.txt` → `v2\.txt`$/m);
    assert.match(md, /^### 改动的数字 \(3\)\n\n- 国内生产总值 增 2023年 5\.2% → 5\.3% _\(第6行 → 第6行\)_$/m);
  });

  it("git:REV:PATH reads a version from git; a bad revision is a clear error (exit 2)", () => {
    const repo = tempDir();
    const git = (...args: string[]) => {
      const r = spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
      assert.strictEqual(r.status, 0, r.stderr);
    };
    git("init", "-q");
    fs.writeFileSync(path.join(repo, "report.txt"), report);
    git("add", "report.txt");
    git("commit", "-qm", "v1");
    fs.writeFileSync(path.join(repo, "report.txt"), editReport(report));
    const r = runCli(["diff", "git:HEAD:report.txt", "report.txt", "--format", "json", "--no-workspace"], repo);
    assert.strictEqual(r.status, 0, r.stderr);
    const review = JSON.parse(r.stdout) as Review;
    assert.strictEqual(review.figures.length, 3);
    assert.strictEqual(review.paragraphs[0].kind, "moved");
    const bad = runCli(["diff", "git:nosuchrev:report.txt", "report.txt"], repo);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /git:nosuchrev:report\.txt: git show nosuchrev:report\.txt failed/);
    assert.strictEqual(runCli(["diff", "report.txt"], repo).status, 2);
  });
});
