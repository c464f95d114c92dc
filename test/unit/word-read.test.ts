import * as assert from "assert";
import { strToU8, zipSync } from "fflate";
import { buildOutline, parseDocument } from "../../server/src/core";
import { formatNumber, locate, readDocx, WordError } from "../../server/src/word";
import { lvl, numPr, p, rawDocx, W } from "../support/docx-raw";

const read = (body: string, parts = {}) => readDocx(rawDocx(body, parts));
const lines = (body: string, parts = {}) => read(body, parts).text.split("\n");
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = "") => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const CN_LIST = abstract(0, lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") + lvl(4, "decimalEnclosedCircle", "%5"));

describe("word reader: automatic numbering", () => {
  it("writes out 一、（一）1.（1）① with counters per level, deeper levels restarting under a new parent", () => {
    const body = [p("总体要求", numPr(1, 0)), p("加强领导", numPr(1, 1)), p("正文。"), p("压实责任", numPr(1, 1)), p("细化", numPr(1, 2)), p("分解", numPr(1, 3)), p("第一", numPr(1, 4)), p("第二", numPr(1, 4)), p("主要任务", numPr(1, 0)), p("抓好", numPr(1, 1))].join("");
    assert.deepStrictEqual(lines(body, { numbering: CN_LIST + num(1, 0) }), ["一、总体要求", "（一）加强领导", "正文。", "（二）压实责任", "1.细化", "（1）分解", "①第一", "②第二", "二、主要任务", "（一）抓好"]);
  });

  it("continues a list across w:num instances of one abstract list; startOverride restarts it; numId 0 and bullets show nothing", () => {
    const numbering = abstract(0, lvl(0, "decimal", "%1.")) + abstract(1, lvl(0, "bullet", "●")) + num(1, 0) + num(2, 0) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') + num(4, 1);
    const body = [p("甲", numPr(1)), p("乙", numPr(2)), p("丙", numPr(3)), p("丁", numPr(3)), p("无", numPr(0)), p("点", numPr(4))].join("");
    assert.deepStrictEqual(lines(body, { numbering }), ["1.甲", "2.乙", "1.丙", "2.丁", "无", "点"]);
  });

  it("honours w:start, lvlText with several levels, isLgl (legal numbering in Arabic digits), and the tab suffix only where no punctuation ends the label", () => {
    const numbering = abstract(0, lvl(0, "chineseCountingThousand", "第%1章", 11) + lvl(1, "decimal", "%1.%2", 1, "<w:isLgl/>")) + num(1, 0);
    assert.deepStrictEqual(lines([p("总则", numPr(1, 0)), p("目的", numPr(1, 1))].join(""), { numbering }), ["第十一章 总则", "11.1 目的"]);
  });

  it("formats every common numFmt as Word displays it", () => {
    const cases: [string, number, string][] = [
      ["chineseCounting", 1, "一"], ["chineseCounting", 10, "十"], ["chineseCounting", 11, "十一"], ["chineseCounting", 20, "二十"], ["chineseCounting", 101, "一〇一"],
      ["chineseCountingThousand", 105, "一百零五"], ["chineseCountingThousand", 1234, "一千二百三十四"], ["ideographTraditional", 3, "丙"], ["ideographZodiac", 2, "丑"],
      ["decimal", 7, "7"], ["decimalFullWidth", 12, "１２"], ["decimalEnclosedCircle", 4, "④"], ["decimalEnclosedCircleChinese", 20, "⑳"], ["decimalEnclosedParen", 2, "⑵"],
      ["decimalZero", 3, "03"], ["upperRoman", 14, "XIV"], ["lowerLetter", 28, "bb"], ["chineseLegalSimplified", 12, "拾贰"], ["ideographDigital", 205, "二〇五"],
    ];
    for (const [fmt, n, want] of cases) assert.strictEqual(formatNumber(n, fmt), want, `${fmt} ${n}`);
  });

  it("takes the numbering of a paragraph style (Word's numbered heading styles) through basedOn", () => {
    const styles = `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr>${numPr(1, 0)}<w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="My"><w:name w:val="我的标题"/><w:basedOn w:val="H1"/></w:style>`;
    const doc = read([p("总体要求", '<w:pStyle w:val="H1"/>'), p("正文。"), p("主要任务", '<w:pStyle w:val="My"/>')].join(""), { styles, numbering: CN_LIST + num(1, 0) });
    assert.deepStrictEqual(doc.text.split("\n"), ["一、总体要求", "正文。", "二、主要任务"]);
    assert.deepStrictEqual(doc.headingLevels, [1, undefined, 1]);
  });
});

describe("word reader: what is text", () => {
  it("reads tracked changes as accepted: w:ins in, w:del and w:moveFrom out, a deleted paragraph mark joins the next paragraph", () => {
    const body =
      `<w:p><w:r><w:t>今年</w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>全县</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>全市</w:delText></w:r></w:del><w:moveFrom w:id="3" w:author="A"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:r><w:t>增长5%。</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A"/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>` +
      p("后半句。");
    assert.deepStrictEqual(lines(body), ["今年全县增长5%。", "前半句，后半句。"]);
  });

  it("leaves out field codes (keeping the result), comments and hidden text; keeps text explicitly not hidden", () => {
    const body =
      `<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>` +
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>可见</w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年</w:t></w:r></w:fldSimple></w:p>`;
    assert.deepStrictEqual(lines(body), ["见第3页", "正文可见2024年"]);
    // A page break is layout; Shift+Enter's break starts a line.
    assert.deepStrictEqual(lines(`<w:p><w:r><w:br w:type="page"/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>`), ["甲", "乙"]);
  });

  it("reads Insert > Symbol (w:sym) as its character; a symbol font's own glyph as one placeholder character", () => {
    const body =
      `<w:p><w:r><w:t>第</w:t><w:sym w:font="宋体" w:char="2460"/><w:t>条，5</w:t><w:sym w:font="宋体" w:char="00D7"/><w:t>3</w:t></w:r></w:p>` +
      `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0D8"/><w:t>要点</w:t><w:sym w:font="Symbol" w:char="zz"/></w:r></w:p>`;
    assert.deepStrictEqual(lines(body), ["第①条，5×3", "\uFFFC要点\uFFFC"]);
  });

  it("reads table cells, text boxes (once, not their VML fallback) and footnotes as paragraphs in reading order", () => {
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p("框内文字")}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p("框内文字")}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body =
      `<w:p><w:r><w:t>前文</w:t></w:r>${box}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc>${p("甲")}</w:tc><w:tc>${p("乙")}${p("丙")}</w:tc></w:tr></w:tbl>` +
      p("后文");
    const footnotes = `<w:footnote w:id="1">${p("注释内容。")}</w:footnote>`;
    const doc = read(body, { footnotes });
    assert.deepStrictEqual(doc.text.split("\n"), ["前文", "框内文字", "注释内容。", "甲", "乙", "丙", "后文"]);
    assert.deepStrictEqual(doc.paragraphs.map((x) => x.part), ["body", "textbox", "footnote", "table", "table", "table", "body"]);
  });
});

describe("word reader: headings for the outline", () => {
  const styles =
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="T2"><w:name w:val="标题 2"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Lvl"><w:name w:val="小标题"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Based"><w:name w:val="派生"/><w:basedOn w:val="T2"/></w:style>`;

  it("takes levels from Heading N / 标题 N names, w:outlineLvl in a style or a paragraph, and basedOn; an empty heading paragraph is not one", () => {
    const body = [p("工作回顾", '<w:pStyle w:val="1"/>'), p("主要成绩", '<w:pStyle w:val="T2"/>'), p("细节", '<w:pStyle w:val="Lvl"/>'), p("派生标题", '<w:pStyle w:val="Based"/>'), p("段落级", '<w:outlineLvl w:val="0"/>'), p("", '<w:pStyle w:val="1"/>'), p("正文。")].join("");
    assert.deepStrictEqual(read(body, { styles }).headingLevels, [1, 2, 3, 2, 1, undefined, undefined]);
  });

  it("feeds unnumbered styled headings to the outline; numbered lines keep their token's style; plain text parses as before", () => {
    const body = [p("工作回顾", '<w:pStyle w:val="1"/>'), p("一、主要成绩", '<w:pStyle w:val="T2"/>'), p("成绩很大。"), p("二、存在问题", '<w:pStyle w:val="T2"/>'), p("专栏", '<w:pStyle w:val="T2"/>'), p("工作安排", '<w:pStyle w:val="1"/>'), p("一、目标", '<w:pStyle w:val="T2"/>'), p("目标明确。")].join("");
    const doc = read(body, { styles });
    const model = parseDocument(doc.text, { headingLevels: doc.headingLevels });
    const tree = (s: ReturnType<typeof buildOutline>): unknown[] => s.map((x) => (x.children.length ? [x.name, tree(x.children)] : x.name));
    assert.deepStrictEqual(tree(buildOutline(model, 220)), [["工作回顾", ["一、主要成绩", "二、存在问题", "专栏"]], ["工作安排", ["一、目标"]]]);
    assert.deepStrictEqual(model.headings.map((h) => h.style), ["outline", "cn-dun", "cn-dun", "outline", "outline", "cn-dun"]);
    // Without the levels the same text has only its numbered headings.
    assert.deepStrictEqual(parseDocument(doc.text).headings.map((h) => h.name), ["一、主要成绩", "二、存在问题", "一、目标"]);
  });
});

describe("word reader: locations", () => {
  it("gives the 1-based paragraph, the character inside it and a quote of typed text only (Find does not see automatic numbers)", () => {
    const doc = read([p("开头。"), p("加强组织领导工作", numPr(1, 0))].join(""), { numbering: CN_LIST + num(1, 0) });
    assert.strictEqual(doc.text, "开头。\n一、加强组织领导工作");
    const label = doc.text.indexOf("一、");
    assert.deepStrictEqual(locate(doc, label, label + 2), { paragraph: 2, character: 0, quote: "加强组织领导工作" });
    const at = doc.text.indexOf("领导");
    assert.deepStrictEqual(locate(doc, at, at + 2), { paragraph: 2, character: 6, quote: "加强组织领导工作" });
  });
});

describe("word reader: hostile and unreadable files", () => {
  const refuses = (bytes: Uint8Array, pattern: RegExp, name = "x.docx") =>
    assert.throws(() => readDocx(bytes, name), (e: Error) => e instanceof WordError && pattern.test(e.message) && !e.message.includes("\n"));

  it("refuses a DTD: external entities (XXE) and entity expansion (billion laughs) are never resolved", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    refuses(rawDocx("", { documentXml: xxe }), /DTD/);
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    refuses(rawDocx("", { documentXml: lol }), /DTD/);
    // Also in a side part such as styles.xml.
    refuses(rawDocxWithStyles(`<!DOCTYPE s [<!ENTITY e SYSTEM "http://example.invalid/">]>`), /DTD/);
  });

  it("refuses a zip bomb from its declared size before inflating, and one whose sizes lie when inflation passes them", () => {
    const big = rawDocx(p("正文"), { extra: { "word/media/big.bin": new Uint8Array(10 * 1024 * 1024) } });
    assert.strictEqual(readDocx(big).text, "正文");
    assert.throws(() => readDocx(big, "x.docx", { limits: { maxEntries: 5000, maxTotalSize: 1024 * 1024, maxPartSize: 1024 * 1024 } }), /unpacks to over 1 MB/);
    // A document.xml that declares 100 bytes and inflates to 5 MB.
    const bytes = rawDocx("", { documentXml: `<?xml version="1.0"?><w:document ${W}><w:body>${p("x".repeat(5 * 1024 * 1024))}</w:body></w:document>` });
    patchDeclaredSize(bytes, "word/document.xml", 100);
    refuses(bytes, /zip bomb/);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`f${i}.xml`] = strToU8("x");
    assert.throws(() => readDocx(zipSync(many), "x.docx", { limits: { maxEntries: 20, maxTotalSize: 1 << 20, maxPartSize: 1 << 20 } }), /30 zip entries/);
  });

  it("says what to do with .doc, .wps, encrypted, corrupt and non-Word files: 另存为 .docx", () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    refuses(ole, /Word 97–2003.*另存为 \.docx/, "old.doc");
    refuses(ole, /WPS.*另存为 \.docx/, "old.wps");
    const encrypted = ole.slice();
    encrypted.set(Uint8Array.from([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0])), 1024);
    refuses(encrypted, /password.*另存为 \.docx/, "secret.docx");
    const good = rawDocx(p("正文"));
    refuses(good.slice(0, good.length - 30), /damaged.*另存为 \.docx/);
    refuses(strToU8("<html>not a docx</html>"), /not a \.docx.*另存为 \.docx/);
    refuses(zipSync({ "a.txt": strToU8("x") }), /no word\/document\.xml/);
    const broken = rawDocx("", { documentXml: `<w:document ${W}><w:body><w:p>` });
    refuses(broken, /not well-formed/);
  });
});

function rawDocxWithStyles(prolog: string): Uint8Array {
  return rawDocx(p("正文"), { styles: " ", extra: { "word/styles.xml": `<?xml version="1.0"?>${prolog}<w:styles ${W}/>` } });
}

/** Rewrites an entry's declared uncompressed size in the central directory (a lying zip). */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i < zip.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLen)) === name) view.setUint32(i + 24, size, true);
  }
}

describe("word reader: layering", () => {
  it("imports no LSP, VS Code, CLI or service code, and the core imports nothing of it (the core never sees XML)", () => {
    const fs = require("fs") as typeof import("fs");
    const path = require("path") as typeof import("path");
    const root = path.resolve(__dirname, "../../server/src");
    const imports = (dir: string) =>
      fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => `${f}: ${m[1]}`));
    assert.deepStrictEqual(imports(path.join(root, "word")).filter((s) => /vscode|\/lsp|\/cli|\/service/.test(s)), []);
    assert.deepStrictEqual(imports(path.join(root, "core")).filter((s) => /: (.*\/)?word(\/|$)|xmldom|fflate/.test(s)), []);
  });
});
