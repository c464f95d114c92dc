/** Sources through the built CLI: lectern sources list, --sources FILE|DIR|PACKAGE, .lectern/sources/, Word sources, fact.quote findings and exit codes. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";
import { readCorpus } from "../support/corpus";
import { p, rawDocx } from "../support/docx-raw";
import { REPORT_META } from "../support/sources";

type Diag = { code: string; severity: string; range: { start: { line: number; character: number } }; message: string };
const quoteFindings = (stdout: string): Diag[] => (JSON.parse(stdout).files[0].diagnostics as Diag[]).filter((d) => d.code === "fact.quote");
const EXAMPLE_PACK = path.resolve(__dirname, "../../examples/source-pack");

describe("CLI: sources", () => {
  const misquote = "同志们：\n党的二十大报告指出：“高质量发展是建设社会主义现代化国家的首要任务。”\n";

  function workspace(): string {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".lectern", "sources"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".lectern", "sources", "report.txt"), readCorpus("20th-congress-report-2022.txt"));
    fs.writeFileSync(path.join(dir, ".lectern", "sources", "report.json"), JSON.stringify(REPORT_META));
    fs.writeFileSync(path.join(dir, "a.speech"), misquote);
    return dir;
  }

  it("check reads .lectern/sources/: a misquotation is an error (exit 1) with the original passage", () => {
    const dir = workspace();
    const r = runCli(["check", "a.speech", "--format", "json"], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    const ds = quoteFindings(r.stdout);
    assert.deepStrictEqual(ds.map((d) => [d.severity, d.range.start.line, d.range.start.character]), [["error", 1, 11]]);
    assert.ok(ds[0].message.includes("原文：“高质量发展是全面建设社会主义现代化国家的首要任务”"), ds[0].message);
    // --no-workspace: no sources, no finding.
    assert.deepStrictEqual(quoteFindings(runCli(["check", "a.speech", "--format", "json", "--no-workspace"], dir).stdout), []);
  });

  it("a formulation slip inside a misquotation is the misquotation: one fact.quote finding, whose fix restores both", () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, "b.speech"), "同志们：\n党的二十大报告指出：“高质量发展是全面建设社会主义现代化国加的首要任务。”\n");
    const ds = (JSON.parse(runCli(["check", "b.speech", "--format", "json"], dir).stdout).files[0].diagnostics as Diag[]).filter((d) => /^(fact|slogan)\./.test(d.code));
    assert.deepStrictEqual(ds.map((d) => d.code), ["fact.quote"]);
    // Without the source, the formulation slip is still reported.
    const alone = (JSON.parse(runCli(["check", "b.speech", "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics as Diag[]).map((d) => d.code);
    assert.deepStrictEqual(alone, ["slogan.typo"]);
  });

  it("sources list prints each source with its names, kind and index time; --sources takes a folder", () => {
    const dir = workspace();
    const r = runCli(["sources", "list", "--format", "json"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const [s] = JSON.parse(r.stdout).sources;
    assert.deepStrictEqual([s.path, s.title, s.kind, s.date, s.speaker, s.names.includes("党的二十大报告")], [path.join(".lectern", "sources", "report.txt"), REPORT_META.title, "speech", "2022-10-16", "习近平", true]);
    assert.ok(s.chars > 30000 && s.indexMs >= 0 && s.indexMs < 200, JSON.stringify(s));
    const other = tempDir();
    fs.mkdirSync(path.join(other, "texts"));
    fs.writeFileSync(path.join(other, "texts", "gov.txt"), readCorpus("government-work-report-2024.txt"));
    fs.writeFileSync(path.join(other, "texts", "notes.csv"), "not a source");
    const l = runCli(["sources", "list", "--sources", "texts", "--no-workspace"], other);
    assert.strictEqual(l.status, 0, l.stderr);
    assert.match(l.stdout, /texts\/gov\.txt: 《gov》 document/);
    assert.match(l.stdout, /1 source\(s\)/);
  });

  it("--sources names a source package (examples/source-pack): its sidecar comes with its text", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "package.json"), '{"name":"drafts","private":true}');
    fs.cpSync(EXAMPLE_PACK, path.join(dir, "node_modules", "@county", "lectern-sources"), { recursive: true });
    fs.writeFileSync(path.join(dir, "a.speech"), "县委全会报告强调：“把项目建设作为经济工作的生命线，把优化营商环境作为推动发展的关键一招。”\n县委全会报告指出：“全县各级党组织要把抓落实作为最重要的工作方法”。\n");
    const r = runCli(["check", "a.speech", "--format", "json", "--sources", "@county/lectern-sources"], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    const ds = quoteFindings(r.stdout);
    assert.deepStrictEqual(ds.map((d) => d.range.start.line), [0]);
    assert.ok(ds[0].message.includes("《在中共XX县委十五届六次全会上的报告》") && ds[0].message.includes("推动发展的先手棋”"), ds[0].message);
  });

  it("a Word source is read as its reader sees it", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".lectern", "sources"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".lectern", "sources", "纪要.docx"), rawDocx(p("会议纪要") + p("会议要求，各乡镇要把防汛救灾作为当前压倒一切的重要任务来抓，确保人民群众生命财产安全。")));
    fs.writeFileSync(path.join(dir, "a.speech"), "纪要要求：“各乡镇要把防汛救灾作为当前压倒一切的任务来抓”。\n");
    const r = runCli(["check", "a.speech", "--format", "json"], dir);
    const ds = quoteFindings(r.stdout);
    assert.deepStrictEqual(ds.map((d) => d.severity), ["error"], r.stdout + r.stderr);
    assert.ok(ds[0].message.includes("《纪要》") && ds[0].message.includes("重要任务"), ds[0].message);
  });

  it("a bad sidecar is reported at its JSON path (exit 2); the source still applies under its file name", () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, ".lectern", "sources", "report.json"), '{\n  "title": "报告",\n  "kind": "law"\n}');
    const r = runCli(["sources", "list"], dir);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /report\.json:3:\d+: kind: /);
    assert.match(r.stdout, /《report》/);
  });

  it("the official reports, each a source for itself and the other, give no fact finding", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "src"));
    for (const f of ["20th-congress-report-2022.txt", "government-work-report-2024.txt"]) {
      fs.writeFileSync(path.join(dir, "src", f), readCorpus(f));
      fs.writeFileSync(path.join(dir, f), readCorpus(f));
    }
    const r = runCli(["check", "20th-congress-report-2022.txt", "government-work-report-2024.txt", "--format", "json", "--sources", "src", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    for (const f of JSON.parse(r.stdout).files) assert.deepStrictEqual(f.diagnostics.filter((d: Diag) => d.code.startsWith("fact.")), [], f.path);
  });
});

describe("CLI: a statistics source and targets extract", () => {
  const BULLETIN = path.resolve(__dirname, "../drafts/figures/statistical-bulletin.txt");
  const TITLE = "某市2024年国民经济和社会发展统计公报";

  it("targets extract prints the bulletin as a valid target table, and -o writes it", () => {
    const dir = tempDir();
    const r = runCli(["targets", "extract", BULLETIN], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const table = JSON.parse(r.stdout);
    const gdp = table.targets.find((t: { metric: string }) => t.metric === "地区生产总值");
    assert.deepStrictEqual([gdp.value, gdp.unit, gdp.year], [2856.3, "亿元", 2024]);
    assert.ok(gdp.source.startsWith(`《${TITLE}》：`), gdp.source);
    const w = runCli(["targets", "extract", BULLETIN, "-o", "targets.json"], dir);
    assert.strictEqual(w.status, 0, w.stderr);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, "targets.json"), "utf8")), table);
    // The written table is a target table the check takes.
    fs.writeFileSync(path.join(dir, "a.speech"), "2024年全市地区生产总值2865.3亿元。\n");
    const c = runCli(["check", "a.speech", "--targets", "targets.json", "--format", "json", "--no-workspace"], dir);
    assert.deepStrictEqual(JSON.parse(c.stdout).files[0].diagnostics.map((d: Diag) => d.code), ["figure.target"]);
  });

  it("a statistics source in .lectern/sources/ gives figure.target with the bulletin's sentence", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".lectern", "sources"), { recursive: true });
    fs.copyFileSync(BULLETIN, path.join(dir, ".lectern", "sources", "bulletin.txt"));
    fs.writeFileSync(path.join(dir, ".lectern", "sources", "bulletin.json"), JSON.stringify({ title: TITLE, kind: "statistics" }));
    fs.writeFileSync(path.join(dir, "a.speech"), "同志们：\n2024年，全市地区生产总值2865.3亿元，增长5.6%。\n");
    const r = runCli(["check", "a.speech", "--format", "json"], dir);
    const ds = (JSON.parse(r.stdout).files[0].diagnostics as Diag[]).filter((d) => d.code === "figure.target");
    assert.deepStrictEqual(ds.map((d) => d.range.start.character), [14]);
    assert.ok(ds[0].message.includes(`《${TITLE}》：初步核算`), ds[0].message);
  });
});
