/** Export to Word: what each paragraph becomes (blocks), the page arithmetic (layout), the generated parts. */
import * as assert from "assert";
import { DEFAULT_SETTINGS, parseDocument, readSettings } from "../../server/src/core";
import { strToU8, zipSync } from "fflate";
import { draftBlocks, exportDocx, layoutFrom, type Block } from "../../server/src/export";
import { textWidth } from "../../server/src/export/blocks";
import { breakTitle } from "../../server/src/export/title";
import { fontTableXml, stylesXml } from "../../server/src/export/styles";
import { openDocx, packageProblems } from "../support/ooxml";

const blocks = (text: string) => draftBlocks(parseDocument(text));
const summary = (b: Block) => `${b.kind}${b.level ? b.level : ""}:${b.runs.map((r) => `${r.role}=${r.text}`).join("|")}`;

describe("export: paragraphs to blocks", () => {
  it("reads the title, a blank line under it, the salutation, headings by GB/T 9704 level and body text from the model", () => {
    const out = blocks(["在全县工作会议上的讲话", "同志们：", "今天召开会议。", "一、统一思想", "正文。", "（一）加强学习", "1.抓好宣讲", "（1）组织宣讲团", "正文。"].join("\n"));
    assert.deepStrictEqual(out.map(summary), [
      "title:title=在全县工作会议上的讲话",
      "blank:",
      "salutation:body=同志们：",
      "body:body=今天召开会议。",
      "heading1:heading1=一、统一思想",
      "body:body=正文。",
      "heading2:heading2=（一）加强学习",
      "heading3:heading3=1.抓好宣讲",
      "heading4:heading4=（1）组织宣讲团",
      "body:body=正文。",
    ]);
    assert.deepStrictEqual(
      out.map((b) => `${b.align}/${b.indent}`),
      ["center/false", "left/false", "left/false", "justify/true", "justify/true", "justify/true", "justify/true", "justify/true", "justify/true", "justify/true"],
    );
  });

  it("a run-in heading keeps its heading sentence in the heading font and the rest in the body font", () => {
    const out = blocks(["标题", "同志们：", "（一）加强理论学习。各级党组织要抓好学习，二是要抓好宣讲。", "（二）抓好落实", "正文。"].join("\n"));
    const runIn = out.find((b) => b.line === 2)!;
    assert.strictEqual(runIn.runIn, true);
    assert.deepStrictEqual(runIn.runs, [
      { text: "（一）加强理论学习。", role: "heading2" },
      { text: "各级党组织要抓好学习，二是要抓好宣讲。", role: "body" },
    ]);
    const plain = out.find((b) => b.line === 3)!;
    assert.strictEqual(plain.runIn, false);
    assert.deepStrictEqual(plain.runs, [{ text: "（二）抓好落实", role: "heading2" }]);
  });

  it("the 落款: a date as the last paragraph and the short lines above it are right-aligned, after a blank line", () => {
    const out = blocks(["关于做好防汛工作的通知", "各乡镇：", "现将有关事项通知如下。", "请认真贯彻执行。", "XX县人民政府办公室", "2024年6月5日"].join("\n"));
    assert.deepStrictEqual(out.slice(-4).map((b) => `${b.kind}:${b.align}:${b.runs.map((r) => r.text).join("")}`), [
      "body:justify:请认真贯彻执行。",
      "blank:left:",
      "signature:right:XX县人民政府办公室",
      "date:right:2024年6月5日",
    ]);
    assert.strictEqual(blocks("一、工作\n正文写到这里。\n二〇二四年六月五日").at(-1)!.kind, "date");
    // Without a date, a last short line is body text: nothing is guessed.
    assert.strictEqual(blocks("标题\n同志们：\n正文。\nXX县人民政府").at(-1)!.kind, "body");
    // GB/T 9704: the 附件说明 list opens the 落款 as body text; an attachment after the date is not part of it.
    const withList = blocks(["关于印发工作方案的通知", "各乡镇：", "现将工作方案印发给你们，请认真贯彻执行。", "附件：1.工作方案", "2.任务分工表", "XX县人民政府", "2024年6月5日", "附件1", "工作方案正文。"].join("\n"));
    assert.deepStrictEqual(withList.slice(2).map((b) => `${b.kind}:${b.align}`), ["addressee:left", "body:justify", "blank:left", "body:justify", "body:justify", "blank:left", "signature:right", "date:right", "heading:justify", "body:justify"]);
    // The end of the body, the 附件说明 and the 落款 keep together; the date 右空四字, the unit centred over it; 2. under 1.
    assert.deepStrictEqual(withList.slice(3, 9).map((b) => b.keepNext ?? false), [true, true, true, true, true, true]);
    assert.strictEqual(withList[9].keepNext, undefined);
    assert.strictEqual(withList[9].rightChars, 4);
    assert.strictEqual(withList[8].rightChars, 4 + (textWidth("2024年6月5日") - textWidth("XX县人民政府")) / 2);
    // A character 1, a half-width letter or digit ½, ¼ where Latin meets CJK.
    assert.deepStrictEqual([textWidth("2024年6月5日"), textWidth("XX县人民政府"), textWidth("某县人民政府")], [7.25, 6.25, 6]);
    assert.strictEqual(withList[6].firstLineChars, 5);
        // A sentence above the date is not a signature.
    assert.deepStrictEqual(blocks("标题\n同志们：\n请认真贯彻执行。\n2024年6月5日").slice(-3).map((b) => b.kind), ["body", "blank", "date"]);
  });

  it("lines under the title that are its subtitle, speaker or date are set as subtitles", () => {
    const out = blocks(["坚定信心 真抓实干", "——在全县经济工作会议上的讲话", "张  三", "（2024年1月5日）", "同志们：", "正文。"].join("\n"));
    assert.deepStrictEqual(out.slice(0, 5).map((b) => b.kind), ["title", "subtitle", "subtitle", "subtitle", "blank"]);
  });

  it("chapters are centred headings, an attachment mark is flush left, Markdown headings lose their marks and # opens as the title", () => {
    const chapters = blocks(["XX县“十四五”规划", "第一章 发展基础", "正文。", "第一节 发展成就", "正文。", "附件1", "正文。"].join("\n"));
    assert.deepStrictEqual(chapters.filter((b) => b.kind === "heading").map((b) => `${b.level}:${b.align}:${b.indent}`), ["1:center:false", "1:center:false", "1:justify:false"]);
    const md = blocks(["# 关于2024年工作的报告", "", "各位代表：", "", "## 一、工作回顾", "", "过去一年，**经济**稳中有进。", "", "### （一）产业发展", "正文。"].join("\n"));
    assert.deepStrictEqual(md.map(summary), [
      "title:title=关于2024年工作的报告",
      "blank:",
      "salutation:body=各位代表：",
      "heading2:heading2=一、工作回顾",
      "body:body=过去一年，经济稳中有进。",
      "heading3:heading3=（一）产业发展",
      "body:body=正文。",
    ]);
  });

  it("a draft with no title block starts with its first paragraph, and an empty draft gives no blocks", () => {
    assert.strictEqual(blocks("一、工作\n正文。")[0].kind, "heading");
    assert.deepStrictEqual(blocks(""), []);
    assert.deepStrictEqual(blocks("\n\n  \n"), []);
  });
});

describe("export: the GB/T 9704 page", () => {
  it("fixes the line pitch so 22 lines fill the 225 mm text block and the grid gives 28 characters over 156 mm", () => {
    const l = layoutFrom(DEFAULT_SETTINGS);
    const blockTwips = (225 / 25.4) * 1440;
    assert.strictEqual(l.linePitch, 579);
    assert.ok(22 * l.linePitch <= blockTwips && 23 * l.linePitch > blockTwips);
    const pitchPt = 16 + l.charSpace / 4096;
    const widthPt = (156 / 25.4) * 72;
    assert.ok(28 * pitchPt <= widthPt && 29 * pitchPt > widthPt, `${pitchPt} pt a character`);
    assert.strictEqual(l.charSpace, -848);
  });

  it("takes fonts and sizes from the settings, in points or Chinese size names", () => {
    const { settings, problems } = readSettings({ lectern: { export: { "title.size": "小二", "body.font": "仿宋", "heading3.bold": true, linesPerPage: 20, charsPerLine: 26 } } });
    assert.deepStrictEqual(problems, []);
    const l = layoutFrom(settings);
    assert.strictEqual(l.fonts.title.size, 18);
    assert.strictEqual(l.fonts.body.name, "仿宋");
    assert.strictEqual(l.fonts.heading3.bold, true);
    assert.strictEqual(l.linesPerPage, 20);
    assert.strictEqual(l.linePitch, Math.floor(((225 / 25.4) * 1440) / 20));
    assert.ok(26 * (16 + l.charSpace / 4096) <= (156 / 25.4) * 72);
    const bad = readSettings({ "lectern.export.body.size": "大三", "lectern.export.title.font": "" });
    assert.deepStrictEqual(bad.problems.map((p) => p.key), ["lectern.export.body.size", "lectern.export.title.font"]);
    assert.strictEqual(layoutFrom(bad.settings).fonts.body.size, 16);
  });

  it("writes every role's font with its East Asian name into the styles, escaped, and lists them in the font table", () => {
    const { settings } = readSettings({ "lectern.export.heading1.font": "A&B<黑体>" });
    const xml = stylesXml(layoutFrom(settings));
    assert.match(xml, /w:styleId="Heading1">.*?w:eastAsia="A&amp;B&lt;黑体&gt;"/);
    assert.match(xml, /w:styleId="Title">.*?<w:snapToGrid w:val="0"\/>.*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/);
    assert.match(xml, /w:styleId="Heading2">.*?w:eastAsia="楷体_GB2312"/);
    assert.match(fontTableXml(layoutFrom(settings)), /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
  });
});

describe("export: the written package", () => {
  it("passes the structural check, and the check finds a missing part, a dangling relationship and an undefined style", async () => {
    const bytes = await exportDocx("标题\n同志们：\n一、工作\n（一）加强学习。正文。\n", DEFAULT_SETTINGS);
    const pkg = openDocx(bytes);
    assert.deepStrictEqual(packageProblems(pkg), []);
    const files = { ...pkg.files };
    delete files["word/footer2.xml"];
    files["word/document.xml"] = strToU8(pkg.text("word/document.xml").replace('w:val="Salutation"', 'w:val="NoSuchStyle"'));
    const broken = packageProblems(openDocx(zipSync(files)));
    assert.deepStrictEqual(broken.sort(), [
      "content type for missing part /word/footer2.xml",
      "word/_rels/document.xml.rels: rId7 points at missing word/footer2.xml",
      "word/document.xml names style NoSuchStyle, which styles.xml does not define",
    ]);
  });

  it("a long title breaks between words into a trapezoid or a diamond, at 关于 when it can; a title that fits stays one line", () => {
    assert.deepStrictEqual(breakTitle("关于做好防汛工作的通知", 20), ["关于做好防汛工作的通知"]);
    const shapes = [
      "关于印发《某县2025年安全生产大检查工作实施方案》的通知",
      "中共某某县委办公室某某县人民政府办公室关于进一步加强和改进新时代基层宣传思想文化工作的实施意见",
      "某某县人民政府关于进一步做好当前和今后一个时期稳就业保民生促发展工作的实施意见",
    ];
    for (const title of shapes) {
      const lines = breakTitle(title, 20);
      assert.strictEqual(lines.join(""), title);
      assert.ok(lines.length >= 2 && lines.every((l) => textWidth(l) <= 20), JSON.stringify(lines));
      const w = lines.map(textWidth);
      const monotone = w.every((x, i) => i === 0 || x > w[i - 1]) || w.every((x, i) => i === 0 || x < w[i - 1]);
      const diamond = w.length === 3 && w[1] > w[0] && w[1] > w[2];
      assert.ok(monotone || diamond, `${JSON.stringify(lines)}: ${w}`);
    }
    assert.ok(breakTitle(shapes[1], 20)[1].startsWith("关于"));
  });
});
