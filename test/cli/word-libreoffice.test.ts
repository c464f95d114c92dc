/**
 * LibreOffice as the reference reader and as a writer other than Lectern:
 * it converts documents the test writes (ODT, HTML) to .docx for Lectern to
 * read, and every .docx Lectern writes back to PDF. soffice is slow, so each
 * direction is one soffice call for all files. Without soffice these tests
 * are skipped, counted and said why in the run's closing lines (bash
 * scripts/word-setup.sh installs it); under LECTERN_REQUIRE_OFFICE=1 (CI) they fail.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "./cli.test";
import { packageProblems } from "../support/docx-check";
import { NUMBERED_SPEECH, placesDocx, richDocx, wordDocx } from "../support/word-fixtures";
import { withoutPrograms } from "../support/cli";
import { needOffice } from "../support/office";

function soffice(dir: string, format: string, files: string[]): void {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("LibreOffice (soffice) is missing: run `bash scripts/word-setup.sh`; the Word tests need it as the reference reader");
  // A profile of its own: another soffice running on the machine does not get in the way.
  const profile = path.join(dir, ".lo-profile");
  const r = spawnSync(found, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", dir, ...files], { cwd: dir, encoding: "utf8", timeout: 240000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

// LibreOffice's own Chinese list numbering (一, 二, 三, ... with 、 and （…）), a Heading 1, a tracked-change-free body.
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/></office:styles>
<office:automatic-styles><text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
</text:list-style></office:automatic-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">工作回顾</text:h>
<text:p>今年重点抓了三个方面的工作。</text:p>
<text:list text:style-name="L1">
<text:list-item><text:p>提高政治站位</text:p><text:list><text:list-item><text:p>加强组织领导</text:p></text:list-item><text:list-item><text:p>压实工作责任</text:p></text:list-item></text:list></text:list-item>
<text:list-item><text:p>狠抓工作落实</text:p></text:list-item>
</text:list>
<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell><table:table-cell><text:p>约52万人左右</text:p></table:table-cell></table:table-row></table:table>
<text:p>最后，要确保各项任务落到实处。</text:p>
</office:text></office:body></office:document>`;

const TYPED = ["工作回顾", "今年重点抓了三个方面的工作。", "一、提高政治站位", "（一）加强组织领导", "（二）压实工作责任", "二、狠抓工作落实", "指标", "约52万人左右", "最后，要确保各项任务落到实处。"].join("\n");

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汇报</title></head><body>
<h1>工作汇报</h1><p>主要做了以下工作。</p><ol><li>抓好项目建设。</li><li>抓好民生保障。</li><li>抓好安全生产。</li></ol><p>超过50亿元以上。</p></body></html>`;

describe("Word documents made by LibreOffice, and every .docx Lectern writes opened by LibreOffice", function () {
  this.timeout(600000);
  let dir: string;
  before(async function () {
    needOffice(this);
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "lists.fodt"), FODT);
    fs.writeFileSync(path.join(dir, "report.html"), HTML);
    fs.writeFileSync(path.join(dir, "lists.txt"), TYPED);
    soffice(dir, "docx:MS Word 2007 XML", ["lists.fodt", "report.html"]);
  });

  it("reads LibreOffice's Chinese list numbering and Heading 1 as typed by hand: same text, outline and findings", () => {
    const outline = (f: string) => JSON.parse(runCli(["outline", f, "--format", "json"], dir).stdout).outline;
    const names = (s: { name: string; children: unknown[] }[]): unknown[] => s.map((x) => [x.name, names(x.children as never)]);
    assert.deepStrictEqual(names(outline("lists.docx")), [["工作回顾", [["一、提高政治站位", [["（一）加强组织领导", []], ["（二）压实工作责任", []]]], ["二、狠抓工作落实", [["最后，要确保各项任务落到实处。", []]]]]]]);
    const check = (f: string) => JSON.parse(runCli(["check", f, "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics.map(({ location: _, ...d }: { location?: unknown }) => d);
    const typed = check("lists.txt");
    assert.ok(typed.some((d: { code: string }) => d.code === "figure.usage"));
    // The Heading 1 makes 工作回顾 a heading in the .docx, where the typed text has no mark for it.
    assert.deepStrictEqual(check("lists.docx").filter((d: { code: string }) => d.code !== "structure.emptySection"), typed.filter((d: { code: string }) => d.code !== "structure.emptySection"));
  });

  it("reads an HTML page converted by LibreOffice: its <ol> numbers 1. 2. 3. are text and the <h1> heads the outline", () => {
    const outline = JSON.parse(runCli(["outline", "report.docx", "--format", "json"], dir).stdout).outline;
    assert.strictEqual(outline[0].name, "工作汇报");
    assert.deepStrictEqual(outline[0].children.map((c: { name: string }) => c.name), ["1.抓好项目建设。", "2.抓好民生保障。", "3.抓好安全生产。"]);
  });

  it("every reviewed copy (comments, tracked changes, of Word-style, LibreOffice and docx-library files) passes the package check and converts to PDF", async () => {
    fs.writeFileSync(path.join(dir, "speech.docx"), await wordDocx(NUMBERED_SPEECH));
    fs.writeFileSync(path.join(dir, "rich.docx"), (await richDocx()).bytes);
    const outputs: string[] = [];
    for (const [src, extra] of [["lists.docx", []], ["report.docx", ["--track-changes"]], ["speech.docx", ["--track-changes"]], ["rich.docx", ["--track-changes"]]] as [string, string[]][]) {
      const out = src.replace(".docx", "-reviewed.docx");
      const r = runCli(["review", src, "-o", out, "--no-workspace", ...extra], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.deepStrictEqual(packageProblems(fs.readFileSync(path.join(dir, out))), [], out);
      outputs.push(out);
    }
    soffice(dir, "pdf", outputs);
    for (const out of outputs) {
      const pdf = path.join(dir, out.replace(".docx", ".pdf"));
      assert.ok(fs.existsSync(pdf) && fs.statSync(pdf).size > 1000, `${pdf} written`);
      const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
      assert.ok(text.replace(/\s/g, "").length > 10, `${out} renders text`);
    }
    // LibreOffice reads the comments Lectern wrote: its PDF export of comments in the margin is off, so read them back from an ODT.
    soffice(dir, "odt", ["rich-reviewed.docx"]);
    const odt = fs.readFileSync(path.join(dir, "rich-reviewed.odt"));
    const { unzipSync, strFromU8 } = await import("fflate");
    const content = strFromU8(unzipSync(odt)["content.xml"]);
    const annotations = [...content.matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) => m[0]);
    assert.strictEqual(annotations.filter((a) => a.includes("<dc:creator>Lectern</dc:creator>")).length, 2, "both Lectern comments survive the round trip");
    assert.ok(annotations.some((a) => a.includes("<dc:creator>审稿人</dc:creator>")), "and the reviewer's own");
    assert.match(content, /<text:changed-region/, "the tracked changes are tracked changes in LibreOffice");
  });

  it(".doc and .wps: with LibreOffice on PATH, check and review convert them to .docx first and say so; without it, the clear refusal", async () => {
    fs.writeFileSync(path.join(dir, "places.docx"), await placesDocx());
    soffice(dir, "doc:MS Word 97", ["places.docx"]);
    // A WPS file is Word's binary format inside an OLE container, as .doc is.
    fs.copyFileSync(path.join(dir, "places.doc"), path.join(dir, "places.wps"));
    const r = runCli(["check", "places.doc", "places.wps", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files as { path: string; convertedFrom: string; diagnostics: { code: string; message: string }[] }[];
    assert.deepStrictEqual(files.map((f) => [f.path, f.convertedFrom]), [["places.doc", ".doc"], ["places.wps", ".wps"]]);
    for (const f of files) {
      assert.match(f.diagnostics.find((d) => d.code === "figure.conflict")?.message ?? "", /前文为“520亿元”（第2段）/, f.path);
      assert.ok(f.diagnostics.some((d) => d.code === "figure.usage"), f.path);
    }
    assert.match(runCli(["check", "places.doc", "--no-workspace"], dir).stdout, /^places\.doc: converted from \.doc to \.docx with LibreOffice$/m);
    const review = runCli(["review", "places.wps", "--no-workspace"], dir);
    assert.match(review.stdout, /^places\.wps: converted from \.wps to \.docx with LibreOffice\nplaces\.reviewed\.docx: \d+ comment\(s\)/, review.stdout + review.stderr);
    assert.deepStrictEqual(packageProblems(fs.readFileSync(path.join(dir, "places.reviewed.docx"))), []);
    // Without LibreOffice on PATH: one line each saying what to do, exit 2.
    const none = runCli(["check", "places.doc", "places.wps", "--no-workspace"], dir, undefined, withoutPrograms());
    assert.strictEqual(none.status, 2);
    assert.deepStrictEqual(none.stderr.trim().split("\n"), [
      "lectern check: places.doc: Word 97–2003 document (.doc): open it in Word or WPS and 另存为 .docx",
      "lectern check: places.wps: WPS document (.wps): open it in WPS and 另存为 .docx",
    ]);
  });
});
