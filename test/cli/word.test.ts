import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "./cli.test";
import { withoutPrograms } from "../support/cli";
import { p as rawP, rawDocx } from "../support/docx-raw";
import * as docx from "docx";
import { NUMBERED_SPEECH, YEAR_ITEMS, formattedDocx, placesDocx, richDocx, typedText, wordDocx } from "../support/word-fixtures";
import { packageProblems, unzipDocx } from "../support/docx-check";
import { readDocx } from "../../server/src/word";
import { formatChineseNumeral } from "../../server/src/core/numerals";

describe("CLI on Word documents (.docx written by the docx library as Word writes them)", () => {
  let dir: string;
  before(async () => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "speech.docx"), await wordDocx(NUMBERED_SPEECH));
    fs.writeFileSync(path.join(dir, "typed.txt"), typedText(NUMBERED_SPEECH));
    fs.writeFileSync(path.join(dir, "rich.docx"), (await richDocx()).bytes);
  });

  it("a draft numbered by Word's automatic lists gets the same outline and findings as the same text typed by hand", () => {
    const word = JSON.parse(runCli(["check", "speech.docx", "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics;
    const typed = JSON.parse(runCli(["check", "typed.txt", "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics;
    const strip = (ds: { location?: unknown }[]) => ds.map(({ location: _, ...rest }) => rest);
    assert.ok(typed.some((x: { code: string }) => x.code === "numbering.sequence"), "the restarted list is a numbering.sequence finding");
    assert.ok(typed.some((x: { code: string }) => x.code === "numbering.enumerator"), "the 一是…四是 gap is found");
    assert.deepStrictEqual(strip(word), typed);
    const outline = (f: string) => JSON.parse(runCli(["outline", f, "--format", "json"], dir).stdout).outline;
    assert.deepStrictEqual(outline("speech.docx"), outline("typed.txt"));
    // The same figures; only the path and how the file was read differ.
    const stats = (f: string) => ({ ...JSON.parse(runCli(["stats", f, "--format", "json"], dir).stdout), path: "", encoding: "" });
    assert.deepStrictEqual(stats("speech.docx"), stats("typed.txt"));
  });

  it("an automatic 1. followed by a year (1. then 2024年…) is the item's number, whatever w:suff says: same outline and findings as the text typed with a tab after 1.", async () => {
    // Typed by hand: a tab after each 1. that a year follows (1.2024年 would be the number 1.2024).
    const typed = typedText(YEAR_ITEMS).replace(/^([0-9]+\.)(?=[0-9])/gm, "$1\t");
    fs.writeFileSync(path.join(dir, "years.txt"), typed);
    const diags = (f: string) => JSON.parse(runCli(["check", f, "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics.map(({ location: _, ...rest }: { location?: unknown }) => rest);
    const outline = (f: string) => JSON.parse(runCli(["outline", f, "--format", "json"], dir).stdout).outline;
    const typedOutline = outline("years.txt");
    const names = (o: { name: string; children?: unknown[] }[]): string[] => o.flatMap((x) => [x.name, ...names((x.children ?? []) as never)]);
    assert.ok(names(typedOutline).some((n) => /^1\.\t2024年主要工作成效/.test(n)), JSON.stringify(typedOutline));
    assert.deepStrictEqual(diags("years.txt"), [], "typed with a tab, 1. to 4. count in order");
    for (const [name, suffix] of [["tab", undefined], ["nothing", docx.LevelSuffix.NOTHING], ["space", docx.LevelSuffix.SPACE]] as const) {
      fs.writeFileSync(path.join(dir, `years-${name}.docx`), await wordDocx(YEAR_ITEMS, { suffix }));
      const word = readDocx(new Uint8Array(fs.readFileSync(path.join(dir, `years-${name}.docx`)))).text;
      // The separator is read only where a digit follows: 2.存在的问题 stays as typed by hand.
      assert.strictEqual(word, name === "space" ? typed.replace(/\t/g, " ") : typed, name);
      assert.deepStrictEqual(diags(`years-${name}.docx`), [], `${name}: ${runCli(["check", `years-${name}.docx`], dir).stdout}`);
      if (name !== "space") assert.deepStrictEqual(outline(`years-${name}.docx`), typedOutline, name);
      else assert.deepStrictEqual(names(outline(`years-${name}.docx`)), names(typedOutline).map((n) => n.replace(/\t/g, " ")));
    }
  });

  it("a 规章 with 130 articles gives no finding (第一百一十一条 … 第一百三十条), typed or numbered by Word (chineseCountingThousand 一百一十一、)", async () => {
    const lines = ["某市城市管理办法"];
    for (let n = 1; n <= 130; n++) {
      if (n % 20 === 1) lines.push(`第${formatChineseNumeral((n - 1) / 20 + 1)}章　第${formatChineseNumeral((n - 1) / 20 + 1)}部分规定`);
      lines.push(`第${formatChineseNumeral(n)}条　本条规定第${n}项管理事项。`);
    }
    fs.writeFileSync(path.join(dir, "rules.txt"), lines.join("\n"));
    const r = runCli(["check", "rules.txt", "--format", "json", "--no-workspace"], dir);
    assert.deepStrictEqual(JSON.parse(r.stdout).files[0].diagnostics, [], r.stdout.slice(0, 400));
    const articles = (JSON.parse(runCli(["outline", "rules.txt", "--format", "json"], dir).stdout).outline as { children?: { name: string }[] }[]).flatMap((c) => c.children ?? []);
    assert.strictEqual(articles.length, 130);
    assert.match(articles[110].name, /^第一百一十一条/);
    // Word's chineseCountingThousand lists: 一百一十一、 is a heading like 一百一十、.
    const items = Array.from({ length: 119 }, (_, i) => `第${i + 1}项工作要求`);
    const doc = new docx.Document({
      numbering: { config: [{ reference: "big", levels: [{ level: 0, format: docx.LevelFormat.CHINESE_COUNTING_THOUSAND, text: "%1、", start: 1 }] }] },
      sections: [{ children: [new docx.Paragraph("工作要点"), ...items.map((t) => new docx.Paragraph({ text: t, numbering: { reference: "big", level: 0 } }))] }],
    });
    fs.writeFileSync(path.join(dir, "big.docx"), await docx.Packer.toBuffer(doc));
    const word = readDocx(new Uint8Array(fs.readFileSync(path.join(dir, "big.docx")))).text.split("\n");
    assert.strictEqual(word[111], "一百一十一、第111项工作要求");
    assert.deepStrictEqual(JSON.parse(runCli(["check", "big.docx", "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics, []);
    const outline = JSON.parse(runCli(["outline", "big.docx", "--format", "json"], dir).stdout).outline as { name: string }[];
    assert.ok(outline.some((h) => h.name.startsWith("一百一十九、")), JSON.stringify(outline.slice(-2)));
  });

  it("json findings carry location {paragraph, quote} beside the range; pretty output prints ¶paragraph:character and a quote to search for", () => {
    const r = runCli(["check", "rich.docx", "--format", "json", "--no-workspace"], dir);
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    const usage = diags.filter((x: { code: string }) => x.code === "figure.usage");
    assert.strictEqual(usage.length, 2, r.stdout);
    // 约52万人左右 in paragraph 2 (after the title), character 9; 超过50亿元以上 in the table's last cell, paragraph 8.
    assert.deepStrictEqual(usage.map((x: { location: { paragraph: number } }) => x.location.paragraph), [2, 8]);
    assert.deepStrictEqual(usage[0].range.start, { line: 1, character: 10 });
    assert.strictEqual(usage[0].location.character, 10);
    assert.ok(usage[0].location.quote.startsWith("约52万人左右"), usage[0].location.quote);
    assert.deepStrictEqual(Object.keys(usage[0]), ["range", "severity", "code", "source", "message", "location"]);
    const pretty = runCli(["check", "rich.docx", "--no-workspace"], dir).stdout;
    assert.match(pretty, /rich\.docx:¶2:11: warning figure\.usage: .*「约52万人左右。」/);
    assert.match(pretty, /rich\.docx:¶8:1: warning figure\.usage: .*「超过50亿元以上」/);
  });

  it("folders include .docx (not Word's ~$ lock files); .doc, .wps, encrypted and corrupt files get one line saying 另存为 .docx, exit 2, the rest still checked", () => {
    const sub = tempDir();
    fs.copyFileSync(path.join(dir, "rich.docx"), path.join(sub, "rich.docx"));
    fs.writeFileSync(path.join(sub, "~$rich.docx"), Buffer.alloc(162, 1));
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    fs.writeFileSync(path.join(sub, "old.doc"), ole);
    fs.writeFileSync(path.join(sub, "old.wps"), ole);
    fs.writeFileSync(path.join(sub, "broken.docx"), fs.readFileSync(path.join(dir, "rich.docx")).subarray(0, 400));
    // Without LibreOffice on PATH: nothing converts them (test/cli/word-libreoffice.test.ts converts them with it).
    const r = runCli(["check", ".", "old.doc", "old.wps", "--format", "json", "--no-workspace"], sub, undefined, withoutPrograms());
    assert.strictEqual(r.status, 2);
    const files = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepStrictEqual(files, ["rich.docx"]);
    const errors = r.stderr.trim().split("\n");
    assert.strictEqual(errors.length, 3, r.stderr);
    assert.match(errors[0], /^lectern check: broken\.docx: damaged \.docx .*另存为 \.docx$/);
    assert.match(errors[1], /^lectern check: old\.doc: Word 97–2003 document \(\.doc\).*另存为 \.docx$/);
    assert.match(errors[2], /^lectern check: old\.wps: WPS document.*另存为 \.docx$/);
  });

  it("check --fix refuses a .docx, pointing to review --track-changes, and leaves it unchanged", () => {
    const file = path.join(dir, "rich.docx");
    const before = fs.readFileSync(file);
    const r = runCli(["check", "--fix", "rich.docx"], dir);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /never a Word document.*lectern review FILE\.docx --track-changes/);
    assert.ok(fs.readFileSync(file).equals(before));
  });

  it("a .docx on standard input is read as a Word document; review refuses standard input", () => {
    const r = runCli(["check", "-", "--format", "json", "--no-workspace"], dir, fs.readFileSync(path.join(dir, "rich.docx")));
    const file = JSON.parse(r.stdout).files[0];
    assert.strictEqual(file.path, "<stdin>");
    assert.deepStrictEqual(file.diagnostics.map((d: { location: { paragraph: number } }) => d.location.paragraph), [2, 8]);
    const review = runCli(["review", "-"], dir);
    assert.strictEqual(review.status, 2);
    assert.match(review.stderr, /review writes a reviewed copy of a Word document/);
  });

  it("figures and outline locate a Word document by paragraph", () => {
    const figures = JSON.parse(runCli(["figures", "rich.docx", "--format", "json"], dir).stdout).figures;
    assert.ok(figures.length >= 2);
    assert.strictEqual(figures[0].location.paragraph, 2);
    assert.match(runCli(["outline", "speech.docx"], dir).stdout, /二、突出工作重点，全面排查隐患 {2}\[.*第6段\]/);
  });
});

describe("lectern review (built CLI) on a Word document with tracked changes, a comment, a footnote and a table", () => {
  let dir: string;
  let original: Buffer;
  before(async () => {
    dir = tempDir();
    original = (await richDocx()).bytes;
    fs.writeFileSync(path.join(dir, "rich.docx"), original);
  });
  const check = (file: string) => JSON.parse(runCli(["check", file, "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics;
  const entries = (file: string) => unzipDocx(fs.readFileSync(path.join(dir, file)));

  it("writes rich.reviewed.docx with one Lectern comment per finding on its exact text, the original untouched, every other part byte for byte", () => {
    const r = runCli(["review", "rich.docx", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const findings = check("rich.docx");
    assert.strictEqual(findings.length, 2, JSON.stringify(findings));
    assert.match(r.stdout, new RegExp(`rich\\.reviewed\\.docx: ${findings.length} comment\\(s\\)`));
    assert.ok(fs.readFileSync(path.join(dir, "rich.docx")).equals(original), "the original is never written");
    const out = fs.readFileSync(path.join(dir, "rich.reviewed.docx"));
    assert.deepStrictEqual(packageProblems(out), []);
    const before = unzipDocx(original);
    const after = unzipDocx(out);
    const touched = ["word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"];
    assert.deepStrictEqual(Object.keys(after).sort(), Object.keys(before).sort());
    for (const name of Object.keys(before)) if (!touched.includes(name)) assert.ok(Buffer.from(after[name]).equals(Buffer.from(before[name])), `${name} kept byte for byte`);
    const comments = new TextDecoder().decode(after["word/comments.xml"]);
    // The reviewer's own comment is still there, and one per finding by Lectern, with message, code and fix.
    assert.match(comments, /w:author="审稿人"/);
    assert.strictEqual(comments.match(/w:author="Lectern"/g)?.length, findings.length);
    for (const f of findings) assert.ok(comments.includes(f.message.replace(/&/g, "&amp;").replace(/</g, "&lt;")) && comments.includes(`[${f.code}]`), f.code);
    assert.match(comments, /建议：删去“左右”/);
    // Each comment is anchored on exactly the text of its finding.
    const lines = readDocx(new Uint8Array(original)).text.split("\n");
    const anchored = anchoredText(new TextDecoder().decode(after["word/document.xml"]));
    const wanted = findings.map((f: { range: { start: { line: number; character: number }; end: { character: number } } }) => lines[f.range.start.line].slice(f.range.start.character, f.range.end.character));
    // (and the reviewer's own comment keeps its anchor)
    assert.deepStrictEqual([...anchored].sort(), [...wanted, "要增强“四个意识”。"].sort());
    assert.ok(anchored.includes("约52万人左右"), JSON.stringify(anchored));
  });

  it("the reviewed copy checks the same (comments are not text); -o names it; it never replaces the original", () => {
    assert.strictEqual(runCli(["review", "rich.docx", "-o", "copy.docx", "--no-workspace"], dir).status, 0);
    assert.deepStrictEqual(check("copy.docx"), check("rich.docx"));
    const same = runCli(["review", "rich.docx", "-o", "./rich.docx"], dir);
    assert.strictEqual(same.status, 2);
    assert.match(same.stderr, /must not replace the original/);
    // A second review of a reviewed copy adds comments whose ids collide with none.
    assert.strictEqual(runCli(["review", "copy.docx", "-o", "twice.docx", "--no-workspace"], dir).status, 0);
    assert.deepStrictEqual(packageProblems(fs.readFileSync(path.join(dir, "twice.docx"))), []);
  });

  it("--track-changes writes the safe fixes as w:del/w:ins by Lectern; accepted, the text is what check --fix makes of it and no fixed finding remains", () => {
    const r = runCli(["review", "rich.docx", "--track-changes", "-o", "tracked.docx", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /tracked\.docx: \d+ comment\(s\), 2 tracked change\(s\)/);
    const out = fs.readFileSync(path.join(dir, "tracked.docx"));
    assert.deepStrictEqual(packageProblems(out), []);
    const xml = new TextDecoder().decode(unzipDocx(out)["word/document.xml"]);
    assert.match(xml, /<w:del w:id="\d+" w:author="Lectern" w:date="[0-9T:-]+Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">左右<\/w:delText>/);
    assert.match(xml, /<w:del [^>]*w:author="Lectern"[^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">以上<\/w:delText>/);
    // The reader reads tracked changes as accepted: the text is what check --fix makes of the original's text.
    fs.writeFileSync(path.join(dir, "rich.txt"), readDocx(new Uint8Array(original)).text);
    assert.strictEqual(runCli(["check", "--fix", "rich.txt", "--no-workspace"], dir).status, 0);
    assert.strictEqual(readDocx(new Uint8Array(out)).text, fs.readFileSync(path.join(dir, "rich.txt"), "utf8"));
    const accepted = check("tracked.docx");
    assert.ok(!accepted.some((f: { code: string; message: string }) => f.code === "figure.usage"), JSON.stringify(accepted));
    assert.strictEqual(accepted.length, check("rich.docx").length - 2);
  });
});

describe("lectern review --track-changes (built CLI): comments on exactly the finding's words, unique revision ids", () => {
  it("each Lectern comment spans the finding's words (its deleted text included, Lectern's insertion beside it too), with or without tracked changes; every revision id is unique where another author's w:rPrChange runs are split", async () => {
    const dir = tempDir();
    const original = await formattedDocx();
    fs.writeFileSync(path.join(dir, "fmt.docx"), original);
    const findings = JSON.parse(runCli(["check", "fmt.docx", "--format", "json", "--no-workspace"], dir).stdout).files[0].diagnostics as { code: string; range: { start: { line: number; character: number }; end: { character: number } } }[];
    const lines = readDocx(new Uint8Array(original)).text.split("\n");
    const words = findings.map((f) => lines[f.range.start.line].slice(f.range.start.character, f.range.end.character));
    for (const w of ["四是", "约52万人左右", "以人民为心中的发展思想", "超过50亿元以上"]) assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`);
    for (const tracked of [false, true]) {
      const out = tracked ? "tracked.docx" : "plain.docx";
      const r = runCli(["review", "fmt.docx", "-o", out, "--no-workspace", ...(tracked ? ["--track-changes"] : [])], dir);
      assert.strictEqual(r.status, 1, r.stderr); // exit codes as check: the slogan.typo is an error
      if (tracked) assert.match(r.stdout, /4 tracked change\(s\)/);
      const bytes = fs.readFileSync(path.join(dir, out));
      assert.deepStrictEqual(packageProblems(bytes), [], out);
      const xml = new TextDecoder().decode(unzipDocx(bytes)["word/document.xml"]);
      const ranges = commentRanges(xml);
      assert.strictEqual(ranges.length, findings.length);
      // The original's words inside each range (typed and deleted text, not Lectern's insertions) are the finding's words.
      assert.deepStrictEqual(ranges.map((x) => x.original).sort(), [...words].sort(), out);
      // Accepted, each range reads as the fixed words: the insertion is inside its comment.
      if (tracked) {
        const accepted = ranges.map((x) => x.accepted);
        for (const w of ["三是", "约52万人", "以人民为中心的发展思想", "超过50亿元"]) assert.ok(accepted.includes(w), `${w} in ${JSON.stringify(accepted)}`);
      }
      // The other author's property changes were copied into split runs, each with an id of its own.
      const changes = [...xml.matchAll(/<w:rPrChange w:id="(\d+)"/g)].map((m) => m[1]);
      if (tracked) assert.ok(changes.length > 2, `${changes.length} w:rPrChange`);
      assert.strictEqual(new Set(changes).size, changes.length, JSON.stringify(changes));
    }
  });
});

describe("lectern review on text boxes (built CLI)", () => {
  it("a fix and a comment inside a text box are made in its VML fallback copy too (the revision under an id of its own, no second comment anchor); an untouched box's copy stays as it was", () => {
    const dir = tempDir();
    const box = (text: string) =>
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${rawP(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${rawP(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const commentOnly = "要深刻领会新时代中国特色社会主义思想。";
    fs.writeFileSync(path.join(dir, "boxes.docx"), rawDocx(rawP("关于全县人口情况的说明") + box("全县常住人口约52万人左右。") + box("框内的说明文字。") + box(commentOnly) + rawP("正文到此结束。")));
    assert.strictEqual(readDocx(new Uint8Array(fs.readFileSync(path.join(dir, "boxes.docx")))).text.split("\n").filter((l) => l.includes("约52万人左右")).length, 1, "each box read once");
    const r = runCli(["review", "boxes.docx", "--track-changes", "--no-workspace"], dir);
    assert.match(r.stdout, /2 comment\(s\), 1 tracked change\(s\)/, r.stdout + r.stderr);
    const out = fs.readFileSync(path.join(dir, "boxes.reviewed.docx"));
    assert.deepStrictEqual(packageProblems(out), []);
    const xml = new TextDecoder().decode(unzipDocx(out)["word/document.xml"]);
    const part = (tag: string) => [...xml.matchAll(new RegExp(`<mc:${tag}[^>]*>[\\s\\S]*?<\\/mc:${tag}>`, "g"))].map((m) => m[0]);
    const [choices, fallbacks] = [part("Choice"), part("Fallback")];
    assert.strictEqual(fallbacks.length, 3, "every box keeps its fallback copy");
    // The VML copy shows what the box shows: the same runs, deletion and insertion included, without the comment's anchors.
    const shown = (x: string) => x.slice(x.indexOf("<w:txbxContent>"), x.indexOf("</w:txbxContent>")).replace(/<w:commentRange(Start|End) w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, "").replace(/ w:id="\d+"/g, "");
    for (let i = 0; i < 3; i++) assert.strictEqual(shown(fallbacks[i]), shown(choices[i]), `box ${i + 1}`);
    assert.match(fallbacks[0], /<w:delText xml:space="preserve">左右<\/w:delText>/);
    assert.doesNotMatch(fallbacks.join(""), /comment(RangeStart|RangeEnd|Reference)/);
    assert.strictEqual(fallbacks[1], `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${rawP("框内的说明文字。")}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`, "an untouched box's copy is left as it was");
    assert.match(choices[2], /commentRangeStart/);
    assert.ok(readDocx(new Uint8Array(out)).text.split("\n").includes("全县常住人口约52万人。"));
  });
});

describe("Word messages speak of paragraphs (built CLI)", () => {
  it("a reference to another place says 第N段 in check output and review comments (a line break makes lines and paragraphs differ); the summary says why fixes stayed comments", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "places.docx"), await placesDocx());
    const r = runCli(["check", "places.docx", "--format", "json", "--no-workspace"], dir);
    const diags = JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string }[];
    const conflict = diags.find((x) => x.code === "figure.conflict");
    // 520亿元 is on the third line of the text but in the second paragraph of the document.
    assert.match(conflict?.message ?? "", /前文为“520亿元”（第2段）/, r.stdout);
    for (const x of diags) assert.doesNotMatch(x.message, /第\d+行/);
    assert.match(runCli(["check", "places.docx", "--no-workspace"], dir).stdout, /（第2段）/);
    // The same text as plain text still counts lines.
    fs.writeFileSync(path.join(dir, "places.txt"), readDocx(new Uint8Array(fs.readFileSync(path.join(dir, "places.docx")))).text);
    assert.match(runCli(["check", "places.txt", "--no-workspace"], dir).stdout, /（第3行）/);
    const review = runCli(["review", "places.docx", "--track-changes", "--no-workspace"], dir);
    assert.match(review.stdout, /places\.reviewed\.docx: 3 comment\(s\), 0 tracked change\(s\) \(2 fix\(es\) left to the comments: 1 in a footnote or endnote, 1 on automatic numbering\)/, review.stdout);
    const comments = new TextDecoder().decode(unzipDocx(fs.readFileSync(path.join(dir, "places.reviewed.docx")))["word/comments.xml"]);
    assert.match(comments, /（第2段）/);
    assert.doesNotMatch(comments, /第\d+行/);
  });
});

/** Each comment range of a document.xml: the original's text inside (w:t and w:delText outside Lectern's w:ins) and the accepted text (w:t). */
function commentRanges(xml: string): { original: string; accepted: string }[] {
  const out: { original: string; accepted: string }[] = [];
  const re = /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g;
  const texts = (s: string, tag: string) => [...s.matchAll(new RegExp(`<w:${tag}(?: [^>]*)?>([^<]*)</w:${tag}>`, "g"))].map((x) => x[1]).join("");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const inside = m[2];
    const withoutOwnIns = inside.replace(/<w:ins [^>]*w:author="Lectern"[^>]*>[\s\S]*?<\/w:ins>/g, "");
    out.push({ original: texts(withoutOwnIns.replace(/<w:delText/g, "<w:t").replace(/<\/w:delText>/g, "</w:t>"), "t"), accepted: texts(inside, "t") });
  }
  return out;
}

/** The text inside each commentRangeStart … commentRangeEnd of a document.xml. */
function anchoredText(xml: string): string[] {
  const out: string[] = [];
  const re = /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push([...m[2].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(""));
  return out;
}
