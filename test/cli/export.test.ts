/**
 * `lectern export` through the built CLI: the package it writes, the GB/T 9704
 * page set in its XML, and the page as LibreOffice renders it (one soffice run
 * for every file this suite writes).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { openDocx, packageProblems, type DocxPackage } from "../support/ooxml";
import { boxedLines, boxedWords, convertToPdf, layoutLines, MM, needOffice, officeMissing, pdfInfo } from "../support/office";
import { runCli, tempDir } from "../support/cli";
import { noticeDraft } from "../support/notice";
import { loadSegmenter, segment } from "../../server/src/core";

const EXAMPLE = path.resolve(__dirname, "../../examples/mobilization-draft.speech");

const SENTENCES = [
  "各级党组织要把学习贯彻党的二十大精神作为首要政治任务，引导党员干部切实把思想和行动统一到中央的决策部署上来。",
  "要坚持问题导向，聚焦群众急难愁盼，一件一件抓落实，一年接着一年干。",
  "全县上下要锚定全年目标任务，倒排工期、挂图作战，确保各项工作落地见效。",
  "要加强统筹协调，形成工作合力，以钉钉子精神推动重点任务落细落实。",
];

/** A draft long enough for several full pages of body text under a title, a salutation, headings and a 落款. */
function longDraft(): string {
  const lines = ["在全县重点工作推进会上的讲话", "同志们：", "今天召开全县重点工作推进会，主要任务是部署第四季度重点工作。下面，我讲三点意见。"];
  const headings = ["一、提高政治站位，统一思想认识", "二、聚焦目标任务，狠抓工作落实", "三、加强组织领导，强化作风保障"];
  for (const [i, h] of headings.entries()) {
    lines.push(h);
    lines.push(`（一）加强理论学习。${SENTENCES[i]}${SENTENCES[i + 1]}`);
    for (let p = 0; p < 8; p++) lines.push(SENTENCES.slice(p % 4).concat(SENTENCES.slice(0, p % 4)).join(""));
    lines.push(`1.抓好宣传宣讲。${SENTENCES[3]}`);
  }
  lines.push("同志们，让我们勠力同心、真抓实干，确保圆满完成全年各项目标任务！", "中共XX县委办公室", "2024年10月8日");
  return lines.join("\n") + "\n";
}

interface Exported {
  draft: string;
  docx: string;
  pkg: DocxPackage;
  pdf?: string;
}

describe("lectern export (built dist/cli.js)", function () {
  this.timeout(240_000);
  let dir: string;
  const out: Record<"example" | "long" | "markdown" | "styled" | "notice" | "title", Exported> = {} as never;

  before(() => {
    dir = tempDir();
    const write = (name: string, text: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      return f;
    };
    const exportOne = (draft: string, args: string[] = [], cwd = dir): Exported => {
      const r = runCli(["export", draft, ...args], cwd);
      assert.strictEqual(r.status, 0, r.stderr);
      const docx = path.resolve(cwd, args[args.indexOf("-o") + 1] ?? "x");
      const written = args.includes("-o") ? docx : path.resolve(cwd, draft).replace(/\.[^.]+$/, ".docx");
      assert.strictEqual(r.stdout.trim(), `wrote ${args.includes("-o") ? args[args.indexOf("-o") + 1] : draft.replace(/\.[^.]+$/, ".docx")}`);
      return { draft, docx: written, pkg: openDocx(fs.readFileSync(written)) };
    };
    fs.copyFileSync(EXAMPLE, path.join(dir, "example.speech"));
    out.example = exportOne("example.speech");
    out.long = exportOne(write("long.txt", longDraft()), ["-o", path.join(dir, "long-draft.docx")]);
    out.notice = exportOne(write("notice.txt", noticeDraft()));
    out.title = exportOne(write("title.txt", "关于印发《某县2025年安全生产大检查工作实施方案》的通知\n各乡镇人民政府：\n现将实施方案印发给你们，请认真贯彻执行。\n"));
    out.markdown = exportOne(write("report.md", "# 关于2024年工作的报告\n\n各位代表：\n\n## 一、工作回顾\n\n过去一年，**经济**稳中有进。\n"));
    // A unit's house style in the workspace's VS Code settings, as the CLI reads it.
    const ws = path.join(dir, "ws");
    fs.mkdirSync(path.join(ws, ".vscode"), { recursive: true });
    fs.writeFileSync(
      path.join(ws, ".vscode", "settings.json"),
      `{\n  // house style\n  "editor.fontSize": 14,\n  "lectern.export.title.size": "小二",\n  "lectern": { "export": { "body.font": "仿宋" } },\n  "lectern.export.heading3.bold": true,\n}\n`,
    );
    fs.copyFileSync(EXAMPLE, path.join(ws, "styled.speech"));
    out.styled = exportOne("styled.speech", [], ws);
    // The rendered pages need LibreOffice; the tests that read them skip (or fail in CI) without it.
    if (officeMissing() && process.env.LECTERN_REQUIRE_OFFICE !== "1") return;
    const pdfs = convertToPdf(
      Object.values(out).map((e) => e.docx),
      path.join(dir, "pdf"),
    );
    for (const e of Object.values(out)) e.pdf = pdfs.get(e.docx);
  });

  it("writes a well-formed package: content types, relationships, ids and styles all resolve", () => {
    for (const [name, e] of Object.entries(out)) {
      assert.deepStrictEqual(packageProblems(e.pkg), [], name);
      assert.match(e.pkg.text("[Content_Types].xml"), /PartName="\/word\/document\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"|ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml" PartName="\/word\/document\.xml"/);
      assert.match(e.pkg.text("_rels/.rels"), /Target="word\/document\.xml"/);
    }
  });

  it("sets the GB/T 9704 page: A4, margins 37/35/28/26 mm, a 22-line 28-character grid, odd and even footers", () => {
    const doc = out.example.pkg.text("word/document.xml");
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(doc)![0];
    const mm = (mm: number) => String(Math.round((mm * 1440) / 25.4));
    assert.match(sect, new RegExp(`<w:pgSz w:w="${mm(210)}" w:h="${mm(297)}"`));
    assert.match(sect, new RegExp(`<w:pgMar w:top="${mm(37)}" w:right="${mm(26)}" w:bottom="${mm(35)}" w:left="${mm(28)}"`));
    assert.match(sect, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"\/>/);
    assert.match(sect, /<w:footerReference w:type="default" r:id="[^"]+"\/><w:footerReference w:type="even" r:id="[^"]+"\/>/);
    assert.match(out.example.pkg.text("word/settings.xml"), /<w:evenAndOddHeaders\/>/);
    const styles = out.example.pkg.text("word/styles.xml");
    assert.match(styles, /w:styleId="Normal" w:default="1">.*?<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
    const footers = [out.example.pkg.text("word/footer1.xml"), out.example.pkg.text("word/footer2.xml")];
    for (const f of footers) assert.match(f, /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/);
    assert.deepStrictEqual(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort(), ["left", "right"]);
  });

  it("gives each role its font with the East Asian name: 方正小标宋简体 2号 title, 仿宋_GB2312 3号 body, 黑体/楷体/仿宋 headings, 4号 宋体 page numbers", () => {
    const styles = out.example.pkg.text("word/styles.xml");
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? "";
    const font = (id: string) => /w:eastAsia="([^"]+)"/.exec(style(id))?.[1];
    const size = (id: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(style(id))?.[1]) / 2;
    assert.deepStrictEqual(
      ["Title", "Normal", "Heading1", "Heading2", "Heading3", "Heading4", "Footer"].map((id) => `${id} ${font(id)} ${size(id)}`),
      ["Title 方正小标宋简体 22", "Normal 仿宋_GB2312 16", "Heading1 黑体 16", "Heading2 楷体_GB2312 16", "Heading3 仿宋_GB2312 16", "Heading4 仿宋_GB2312 16", "Footer 宋体 14"],
    );
    assert.match(style("Title"), /<w:jc w:val="center"\/>/);
    for (const id of ["Normal", "Title", "Heading1", "Footer"]) assert.match(style(id), /<w:rFonts w:ascii="[^"]+" w:hAnsi="[^"]+" w:eastAsia="[^"]+" w:cs="[^"]+"/, id);

    const doc = out.example.pkg.text("word/document.xml");
    const paragraphs = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1], runs: [...m[1].matchAll(/<w:r>(.*?)<\/w:r>/g)].map((r) => ({ style: /<w:rStyle w:val="([^"]+)"/.exec(r[1])?.[1], text: /<w:t[^>]*>([^<]*)/.exec(r[1])?.[1] })) }));
    const byText = (start: string) => paragraphs.find((p) => p.runs[0]?.text?.startsWith(start))!;
    assert.strictEqual(byText("在全县重点工作推进会上的讲话").style, "Title");
    assert.strictEqual(byText("同志们：").style, "Salutation");
    assert.strictEqual(byText("一、提高政治站位").style, "Heading1");
    assert.strictEqual(byText("今天召开").style, "Normal");
    // 1.稳住经济基本盘。今年… is a run-in heading: the heading sentence in 1. heading type, the rest in the body's.
    assert.deepStrictEqual(byText("1.稳住经济基本盘").runs, [
      { style: "RunInHeading3", text: "1.稳住经济基本盘。" },
      { style: undefined, text: "今年全县地区生产总值增长6.5%，固定资产投资完成52.3亿元。今年全县地区生产总值增长7.2%，第四季度要冲刺全年目标。" },
    ]);
    assert.match(styles, /w:styleId="RunInHeading3".*?w:eastAsia="仿宋_GB2312"/);
    assert.match(styles, /w:styleId="Salutation">.*?<w:ind w:firstLine="0" w:firstLineChars="0"\/><w:jc w:val="left"\/>/);

    const long = out.long.pkg.text("word/document.xml");
    assert.match(long, /<w:pStyle w:val="Signature"\/>.*?中共XX县委办公室/);
    assert.match(long, /<w:pStyle w:val="Date"\/>.*?2024年10月8日/);
    assert.match(out.long.pkg.text("word/styles.xml"), /w:styleId="Date">.*?<w:jc w:val="right"\/>/);
  });

  it("reads lectern.export.* from the workspace's .vscode/settings.json (comments, nesting and all)", () => {
    const styles = out.styled.pkg.text("word/styles.xml");
    assert.match(styles, /w:styleId="Title">.*?<w:sz w:val="36"\/>/);
    assert.match(styles, /w:styleId="Normal" w:default="1">.*?w:eastAsia="仿宋"/);
    assert.match(styles, /w:styleId="Heading3">.*?<w:b w:val="1"\/>/);
    assert.match(out.styled.pkg.text("word/fontTable.xml"), /<w:font w:name="仿宋">/);
  });

  it("--settings FILE applies over the workspace, --no-workspace ignores it; a bad value is reported and its default used", () => {
    const ws = path.join(dir, "ws");
    fs.writeFileSync(path.join(dir, "unit.json"), JSON.stringify({ "lectern.export.heading1.font": "方正黑体_GBK", "lectern.export.body.size": "大号" }));
    const r = runCli(["export", "styled.speech", "-o", "with-file.docx", "--settings", path.join(dir, "unit.json")], ws);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /invalid value for "lectern\.export\.body\.size".*the default is used/);
    const styles = openDocx(fs.readFileSync(path.join(ws, "with-file.docx"))).text("word/styles.xml");
    assert.match(styles, /w:styleId="Heading1">.*?w:eastAsia="方正黑体_GBK"/);
    assert.match(styles, /w:styleId="Title">.*?<w:sz w:val="36"\/>/, "the workspace still applies");
    assert.match(styles, /w:styleId="Normal" w:default="1">.*?<w:sz w:val="32"\/>/);
    const plain = runCli(["export", "styled.speech", "-o", "plain.docx", "--no-workspace"], ws);
    assert.strictEqual(plain.status, 0, plain.stderr);
    assert.match(openDocx(fs.readFileSync(path.join(ws, "plain.docx"))).text("word/styles.xml"), /w:styleId="Title">.*?<w:sz w:val="44"\/>/);
  });

  it("reads standard input with -o; refuses a Word file, a missing draft, an output that is not .docx or is the draft, and a broken settings file", () => {
    const r = runCli(["export", "-", "-o", "stdin.docx"], dir, "一、工作\n正文。\n");
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(openDocx(fs.readFileSync(path.join(dir, "stdin.docx"))).text("word/document.xml"), /一、工作/);
    const cases: [string[], RegExp][] = [
      [["export", "-"], /standard input needs -o/],
      [["export", "example.docx"], /already a Word file/],
      [["export", "missing.speech"], /missing\.speech: no such file or directory/],
      [["export", "example.speech", "-o", "out.pdf"], /must end in \.docx/],
      [["export", "example.speech", "-o", "nowhere/out.docx"], /nowhere\/out\.docx: no such folder/],
      [["export", "a.speech", "b.speech"], /exactly one draft/],
      [["export", "example.speech", "--settings", "missing.json"], /--settings missing\.json: no such file/],
    ];
    for (const [args, message] of cases) {
      const bad = runCli(args, dir);
      assert.strictEqual(bad.status, 2, args.join(" "));
      assert.match(bad.stderr, message, args.join(" "));
    }
    fs.writeFileSync(path.join(dir, "broken.json"), "{ \"lectern.export.body.font\": ");
    const broken = runCli(["export", "example.speech", "-o", "x.docx", "--settings", "broken.json"], dir);
    assert.strictEqual(broken.status, 2);
    assert.match(broken.stderr, /broken\.json: not valid JSON/);
    assert.ok(!fs.existsSync(path.join(dir, "x.docx")), "nothing written after an error");
  });

  it("every exported file opens in LibreOffice and converts to PDF on A4 pages", function () {
    needOffice(this);
    for (const [name, e] of Object.entries(out)) {
      assert.ok(e.pdf && fs.existsSync(e.pdf), `${name}: LibreOffice wrote no PDF`);
      const info = pdfInfo(e.pdf);
      assert.ok(Math.abs(info.width - 210 * MM) < 1 && Math.abs(info.height - 297 * MM) < 1, `${name}: ${info.width} x ${info.height} pt`);
      assert.ok(info.pages >= 1);
    }
    assert.ok(pdfInfo(out.long.pdf!).pages >= 3, "the long draft fills several pages");
  });

  it("a full page of body text in LibreOffice: 22 lines of 28 characters, inside the 37/35/28/26 mm margins", function () {
    needOffice(this);
    const pdf = out.long.pdf!;
    const text = layoutLines(pdf, 2);
    const pageNumber = text.pop()!;
    assert.match(pageNumber.trim(), /^—\s*2\s*—$/);
    assert.strictEqual(text.length, 22, text.join("\n"));

    const lines = boxedLines(pdf, 2).filter((l) => !/—/.test(l.text));
    assert.strictEqual(lines.length, 22);
    const top = 37 * MM;
    const bottom = (297 - 35) * MM;
    const left = 28 * MM;
    const right = (210 - 26) * MM;
    // The first line's box starts at the top margin; its glyphs sit inside the 28.95 pt line.
    assert.ok(lines[0].yMin >= top - 1 && lines[0].yMin < top + 10, `first line at ${lines[0].yMin / MM} mm`);
    assert.ok(lines[21].yMax <= bottom + 1 && lines[21].yMax > bottom - 579 / 20, `last line ends at ${lines[21].yMax / MM} mm`);
    const pitches = lines.slice(1).map((l, i) => l.yMin - lines[i].yMin);
    for (const p of pitches) assert.ok(Math.abs(p - 579 / 20) < 0.3, `line pitch ${p} pt`);
    const flush = lines.filter((l) => l.xMin < left + 10);
    assert.ok(flush.length > 10);
    for (const l of flush) assert.ok(Math.abs(l.xMin - left) < 2, `left edge at ${l.xMin / MM} mm`);
    // Lines that run the full width: 28 characters ending at the right margin (a closing mark may hang past it).
    const full = lines.filter((l) => l.xMin < left + 10 && !/[，。、；：！？”]$/.test(l.text) && l.xMax > right - 20);
    assert.ok(full.length >= 10, `${full.length} full lines`);
    for (const l of full) {
      assert.strictEqual([...l.text].length, 28, l.text);
      assert.ok(Math.abs(l.xMax - right) < 3, `right edge at ${l.xMax / MM} mm`);
    }
  });

  it("page numbers — N — sit 7 mm under the text block, one character in: odd pages right, even pages left", function () {
    needOffice(this);
    const pdf = out.long.pdf!;
    const oneChar = 14;
    for (const page of [1, 2, 3]) {
      const number = boxedLines(pdf, page).find((l) => /—/.test(l.text))!;
      assert.strictEqual(number.text.replace(/\s/g, ""), `—${page}—`);
      assert.ok(Math.abs(number.yMin - (297 - 35 + 7) * MM) < 4, `page ${page}: number at ${number.yMin / MM} mm`);
      if (page % 2) assert.ok(Math.abs(number.xMax - ((210 - 26) * MM - oneChar)) < 2, `odd page ${page}: right edge ${number.xMax}`);
      else assert.ok(Math.abs(number.xMin - (28 * MM + oneChar)) < 2, `even page ${page}: left edge ${number.xMin}`);
    }
  });

  it("the title is centred on one line in 2号 type, off the character grid; the date ends four characters from the right margin, the unit centred over it", function () {
    needOffice(this);
    const lines = boxedLines(out.example.pdf!, 1);
    const title = lines[0];
    assert.strictEqual(title.text, "在全县重点工作推进会上的讲话");
    const centre = (28 * MM + (210 - 26) * MM) / 2;
    assert.ok(Math.abs((title.xMin + title.xMax) / 2 - centre) < 3, `title centred at ${(title.xMin + title.xMax) / 2} pt`);
    // 14 characters at 22 pt (98 % wide), not spread over two grid cells each.
    assert.ok(Math.abs(title.xMax - title.xMin - 14 * 22 * 0.98) < 8, `title ${title.xMax - title.xMin} pt wide`);
    const pages = pdfInfo(out.long.pdf!).pages;
    const last = boxedLines(out.long.pdf!, pages).filter((l) => !/—/.test(l.text));
    const [signature, date] = last.slice(-2);
    assert.deepStrictEqual([signature.text, date.text], ["中共XX县委办公室", "2024年10月8日"]);
    // GB/T 9704 without a seal: the date 右空四字, the unit centred over it.
    assert.ok(Math.abs(date.xMax - ((210 - 26) * MM - 4 * 15.8)) < 3, `${date.text} ends at ${date.xMax / MM} mm`);
    assert.ok(Math.abs((signature.xMin + signature.xMax) / 2 - (date.xMin + date.xMax) / 2) < 4, `${signature.text} centred over the date`);
  });

  it("a notice as GB/T 9704 sets it (LibreOffice): 主送机关 at the left margin, a blank line before 附件说明 and before the 落款, the 落款 on a page with body text, the date 4 characters from the right margin, the unit centred over it", function () {
    needOffice(this);
    const pdf = out.notice.pdf!;
    const left = 28 * MM;
    const right = (210 - 26) * MM;
    const pitch = 579 / 20;
    const char = (right - left) / 28;
    const page1 = boxedLines(pdf, 1);
    const addressee = page1.find((l) => l.text === "各乡镇人民政府，县直各部门：")!;
    assert.ok(addressee, page1.map((l) => l.text).join("\n"));
    assert.ok(Math.abs(addressee.xMin - left) < 2, `主送机关 starts at ${addressee.xMin / MM} mm`);
    const body = page1[page1.indexOf(addressee) + 1];
    assert.ok(Math.abs(body.xMin - (left + 2 * char)) < 2, `the body below it is indented two characters (${body.xMin / MM} mm)`);
    // The body fills page 1 to its last line: without keep-with-next the 落款 would start page 2 alone.
    const pages = pdfInfo(pdf).pages;
    assert.strictEqual(pages, 2);
    const last = boxedLines(pdf, pages).filter((l) => !/—/.test(l.text));
    const at = (start: string) => last.findIndex((l) => l.text.startsWith(start));
    const note = at("附件：1.");
    const date = last[at("2025年2月20日")];
    const unit = last[at("某县人民政府办公室")];
    assert.ok(note > 0 && date && unit, last.map((l) => l.text).join("\n"));
    assert.ok(/隐患排查治理|人民群众/.test(last[0].text), `the 落款's page opens with body text: ${last[0].text}`);
    // A blank line before the 附件说明, and between it and the 落款.
    assert.ok(Math.abs(last[note].yMin - last[note - 1].yMin - 2 * pitch) < 1, `blank before 附件说明: ${last[note].yMin - last[note - 1].yMin} pt`);
    assert.ok(Math.abs(unit.yMin - last[at("2.隐患整改台账")].yMin - 2 * pitch) < 1, "blank before the 落款");
    // 2.… under 1.…
    assert.ok(Math.abs(last[at("2.隐患整改台账")].xMin - (left + 5 * char)) < 2);
    // The date 右空四字; the unit centred over it.
    assert.ok(Math.abs(date.xMax - (right - 4 * char)) < 3, `date ends ${(right - date.xMax) / char} characters from the right margin`);
    const centre = (l: { xMin: number; xMax: number }) => (l.xMin + l.xMax) / 2;
    assert.ok(Math.abs(centre(unit) - centre(date)) < 4, `unit centred at ${centre(unit)}, date at ${centre(date)}`);
  });

  it("Latin letters and digits keep their own width in LibreOffice (2025年, （1）): no grid cell's gap inside a number or before 年", function () {
    needOffice(this);
    const words = boxedWords(out.notice.pdf!, 1);
    // pdftotext splits a word where glyphs leave a gap; LibreOffice's space between Latin and CJK (about ¼ em, as Word's) is all there is.
    const year = words.findIndex((w, i) => w.text.endsWith("2025") && words[i + 1]?.text.startsWith("年") && Math.abs(words[i + 1].yMin - w.yMin) < 1 && w.yMin > 150);
    assert.ok(year >= 0, words.map((w) => w.text).join(" "));
    const gap = words[year + 1].xMin - words[year].xMax;
    assert.ok(gap < 5, `gap between 2025 and 年: ${gap} pt (a grid cell is ${(156 * MM) / 28} pt)`);
    const digits = words[year].xMax - words[year].xMin - (words[year].text.length - 4) * 15.68;
    assert.ok(digits < 4 * 16 * 0.6, `2025 set ${digits} pt wide`);
    assert.ok(words.some((w) => w.text.includes("（1）")), "（1） in one piece: " + words.filter((w) => w.text.includes("1")).map((w) => w.text).join(" "));
  });

  it("a title too long for one line breaks between words (the segmenter's) into a trapezoid, each line centred (LibreOffice)", function () {
    needOffice(this);
    const title = "关于印发《某县2025年安全生产大检查工作实施方案》的通知";
    assert.match(out.title.pkg.text("word/document.xml"), /<w:pStyle w:val="Title"\/>.*?<w:t xml:space="preserve">关于印发《某县2025年安全生产<\/w:t>.*?<w:br\/>.*?大检查工作实施方案》的通知/);
    const lines = boxedLines(out.title.pdf!, 1).slice(0, 2);
    assert.deepStrictEqual(lines.map((l) => l.text), ["关于印发《某县2025年安全生产", "大检查工作实施方案》的通知"]);
    loadSegmenter();
    const seams = new Set(segment(title).map((w) => w.start));
    assert.ok(seams.has(lines[0].text.length), "the break falls between two words");
    const centre = (28 * MM + (210 - 26) * MM) / 2;
    for (const l of lines) assert.ok(Math.abs((l.xMin + l.xMax) / 2 - centre) < 3, `${l.text} centred at ${(l.xMin + l.xMax) / 2}`);
    const widths = lines.map((l) => l.xMax - l.xMin);
    assert.ok(widths[0] - widths[1] > 15, `a trapezoid: ${widths.join(" over ")} pt`);
  });
});
