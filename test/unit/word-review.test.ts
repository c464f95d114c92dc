import * as assert from "assert";
import { strFromU8, unzipSync } from "fflate";
import { readDocx, reviewDocx, type ReviewFinding } from "../../server/src/word";
import { parseXmlTree, serializeTree } from "../../server/src/word/dom";
import { packageProblems } from "../support/docx-check";
import { lvl, numPr, p, rawDocx } from "../support/docx-raw";

const DATE = "2024-05-01T00:00:00Z";
const finding = (text: string, at: string, code = "figure.usage", extra: Partial<ReviewFinding> = {}): ReviewFinding => {
  const start = text.indexOf(at);
  assert.ok(start >= 0, at);
  return { code, message: `关于“${at}”的意见`, span: { start, end: start + at.length }, ...extra };
};
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
const bold = (text: string) => `<w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("word review: tracked changes", () => {
  it("splits a run at the exact characters, keeps its properties on every piece and on the inserted text, and reads back as accepted", () => {
    const doc = readDocx(rawDocx(`<w:p>${bold("今年约52万人左右。")}</w:p>`));
    const at = doc.text.indexOf("左右");
    const r = reviewDocx(doc, [], { edits: [{ span: { start: at, end: at + 2 }, newText: "" }, { span: { start: 0, end: 2 }, newText: "2024年" }], date: DATE });
    assert.strictEqual(r.trackedChanges, 2);
    const xml = documentXml(r.bytes);
    assert.match(xml, /<w:del w:id="\d+" w:author="Lectern" w:date="2024-05-01T00:00:00Z"><w:r><w:rPr><w:b\/><w:sz w:val="32"\/><\/w:rPr><w:delText xml:space="preserve">左右<\/w:delText><\/w:r><\/w:del>/);
    assert.match(xml, /<w:ins w:id="\d+" w:author="Lectern" w:date="2024-05-01T00:00:00Z"><w:r><w:rPr><w:b\/><w:sz w:val="32"\/><\/w:rPr><w:t xml:space="preserve">2024年<\/w:t><\/w:r><\/w:ins>/);
    // Every run still bold: 今年 (deleted), 2024年 (inserted), 约52万人, 左右 (deleted), 。
    assert.strictEqual(xml.match(/<w:b\/>/g)?.length, 5);
    assert.strictEqual(readDocx(r.bytes).text, "2024年约52万人。");
    assert.deepStrictEqual(packageProblems(r.bytes), []);
  });

  it("replaces text across two runs, inserts at a point, and leaves automatic numbers to the comments", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const doc = readDocx(rawDocx(`<w:p><w:pPr>${numPr(1)}</w:pPr>${bold("加强")}<w:r><w:t>领到班子</w:t></w:r></w:p>`, { numbering }));
    assert.strictEqual(doc.text, "一、加强领到班子");
    const across = doc.text.indexOf("强领到");
    const r = reviewDocx(doc, [], {
      date: DATE,
      edits: [
        { span: { start: 0, end: 2 }, newText: "二、" }, // the automatic number: not text in Word
        { span: { start: across, end: across + 3 }, newText: "强领导" },
        { span: { start: doc.text.length, end: doc.text.length }, newText: "建设" },
      ],
    });
    assert.strictEqual(r.trackedChanges, 2);
    assert.deepStrictEqual(r.skippedEdits.map((e) => e.newText), ["二、"]);
    assert.strictEqual(readDocx(r.bytes).text, "一、加强领导班子建设");
    const xml = documentXml(r.bytes);
    assert.match(xml, /<w:delText xml:space="preserve">强<\/w:delText>[\s\S]*<w:delText xml:space="preserve">领到<\/w:delText>/);
  });
});

describe("word review: comments", () => {
  it("creates comments.xml with its relationship and content type, one comment per finding with author, message, code and fix", () => {
    const doc = readDocx(rawDocx(p("今年约52万人左右。") + p("第二段。")));
    const f = finding(doc.text, "约52万人左右", "figure.usage", { fixes: [{ title: "删去“左右”", safe: true, edits: [] }] });
    const r = reviewDocx(doc, [f, finding(doc.text, "第二段", "structure.x")], { date: DATE });
    assert.strictEqual(r.comments, 2);
    const files = unzipSync(r.bytes);
    const comments = strFromU8(files["word/comments.xml"]);
    assert.match(comments, /<w:comment w:id="0" w:author="Lectern" w:date="2024-05-01T00:00:00Z" w:initials="L"><w:p><w:r><w:t xml:space="preserve">关于“约52万人左右”的意见<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">\[figure\.usage\]<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">建议：删去“左右”<\/w:t>/);
    assert.match(strFromU8(files["word/_rels/document.xml.rels"]), /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    assert.match(strFromU8(files["[Content_Types].xml"]), /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/);
    assert.match(documentXml(r.bytes), /<w:r><w:t xml:space="preserve">今年<\/w:t><\/w:r><w:commentRangeStart w:id="0"\/><w:r><w:t xml:space="preserve">约52万人左右<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><w:r><w:t xml:space="preserve">。<\/w:t><\/w:r>/);
    assert.deepStrictEqual(packageProblems(r.bytes), []);
    // Comments are not text.
    assert.strictEqual(readDocx(r.bytes).text, doc.text);
  });

  it("adds to existing comments with ids that collide with none, and puts a finding on an automatic number or in a footnote where Word can show it", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const existing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="3" w:author="审稿人"><w:p><w:r><w:t>旧批注</w:t></w:r></w:p></w:comment></w:comments>`;
    const body = `<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>` + p("加强领导", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`);
    const bytes = rawDocx(body, { numbering, footnotes: `<w:footnote w:id="1">${p("注释文字。")}</w:footnote>`, extra: { "word/comments.xml": existing } });
    // Relate the existing comments part as Word does.
    const withRel = rawDocxWithComments(bytes);
    const doc = readDocx(withRel);
    assert.strictEqual(doc.text, "正文\n注释文字。\n一、加强领导");
    const onNumber = { code: "numbering.sequence", message: "编号", span: { start: doc.text.indexOf("一、"), end: doc.text.indexOf("一、") + 2 } };
    const r = reviewDocx(doc, [onNumber, finding(doc.text, "注释文字")], { date: DATE });
    const xml = documentXml(r.bytes);
    // The number's paragraph is commented whole; the footnote's finding sits on its reference mark.
    assert.match(xml, /<w:p><w:pPr>.*?<\/w:pPr><w:commentRangeStart w:id="4"\/><w:r><w:t xml:space="preserve">加强领导<\/w:t><\/w:r><w:commentRangeEnd w:id="4"\/><w:r><w:commentReference w:id="4"\/><\/w:r><\/w:p>/);
    assert.match(xml, /<w:commentRangeStart w:id="5"\/><w:r><w:footnoteReference w:id="1"\/><\/w:r><w:commentRangeEnd w:id="5"\/>/);
    const comments = strFromU8(unzipSync(r.bytes)["word/comments.xml"]);
    assert.match(comments, /旧批注/);
    assert.deepStrictEqual(packageProblems(r.bytes), []);
    // The existing part keeps its single relationship and content type.
    assert.strictEqual(strFromU8(unzipSync(r.bytes)["word/_rels/document.xml.rels"]).match(/relationships\/comments"/g)?.length, 1);
  });
});

describe("word review: the XML parser", () => {
  it("round-trips a part (declaration, namespaces, entities, CDATA, comments) and refuses what is not well-formed or declares entities", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="urn:w" xmlns:x="urn:x"><!-- c --><w:p x:a="1 &amp; 2"><w:t xml:space="preserve"> a &lt; b &#x4E00;</w:t><w:t><![CDATA[<c>]]></w:t></w:p></w:document>`;
    const doc = parseXmlTree(xml);
    const t = doc.documentElement!.getElementsByTagNameNS("urn:w", "t");
    assert.deepStrictEqual(t.map((e) => e.textContent), [" a < b 一", "<c>"]);
    assert.strictEqual(doc.documentElement!.getElementsByTagNameNS("urn:w", "p")[0].getAttributeNS("urn:x", "a"), "1 & 2");
    assert.strictEqual(serializeTree(doc), xml.replace("<![CDATA[<c>]]>", "&lt;c&gt;").replace("&#x4E00;", "一"));
    for (const bad of ["<a><b></a>", "<a>&nbsp;</a>", "<a>x", "<w:a/>", '<a x="1" x="2"/>', "<!DOCTYPE a><a/>", "<a/><b/>", "<a>&</a>"]) assert.throws(() => parseXmlTree(bad), Error, bad);
  });
});

/** The same package with its comments.xml related to the document and typed, as Word writes it. */
function rawDocxWithComments(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const rels = strFromU8(files["word/_rels/document.xml.rels"]).replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>');
  const types = strFromU8(files["[Content_Types].xml"]).replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
  return zipSync({ ...files, "word/_rels/document.xml.rels": strToU8(rels), "[Content_Types].xml": strToU8(types) });
}
