import * as assert from "assert";
import { parseDocument, DEFAULT_SETTINGS, type AnalysisContext } from "../../server/src/core";
import { sloganFeature, sloganSource } from "../../server/src/core/slogans";
import { readCorpus } from "../support/corpus";

const ctx: AnalysisContext = { settings: DEFAULT_SETTINGS, data: {} };
/** Text with a | marking the cursor. */
const at = (marked: string) => ({ text: marked.replace("|", ""), offset: marked.indexOf("|") });
const complete = (marked: string, c = ctx) => {
  const { text, offset } = at(marked);
  return { text, offset, items: sloganFeature.complete!(parseDocument(text), offset, c) };
};

describe("slogans: completion", () => {
  it("四个 → 四个意识/四个自信/四个全面, replacing exactly the prefix, with quotes", () => {
    const { offset, items } = complete("进一步四个|，做好工作");
    const labels = items.filter((i) => i.kind === "slogan").map((i) => i.label);
    for (const l of ["四个意识", "四个自信", "四个全面"]) assert.ok(labels.includes(l), labels.join(","));
    const item = items.find((i) => i.label === "四个意识" && i.kind === "slogan")!;
    assert.deepStrictEqual(item.replace, { start: offset - 2, end: offset });
    assert.strictEqual(item.insertText, "“四个意识”");
  });
  it("offers the canonical verb when none precedes, and not when one does", () => {
    const without = complete("要四个|").items.find((i) => i.kind === "verb" && i.label.includes("四个意识"));
    assert.strictEqual(without?.insertText, "增强“四个意识”");
    assert.ok(!complete("要增强四个|").items.some((i) => i.kind === "verb"));
  });
  it("以习近平 → 以习近平同志为核心的党中央, in the middle of a line with no spaces", () => {
    const { offset, items } = complete("紧密团结在以习近平|周围");
    const item = items.find((i) => i.label === "以习近平同志为核心的党中央")!;
    assert.ok(item);
    assert.deepStrictEqual(item.replace, { start: offset - 4, end: offset });
    assert.strictEqual(item.insertText, "以习近平同志为核心的党中央");
  });
  it("inside an opened quote: no second quote, and the closing one only if missing", () => {
    assert.strictEqual(complete("增强“四个|").items.find((i) => i.label === "四个意识")!.insertText, "四个意识”");
    assert.strictEqual(complete("增强“四个|”").items.find((i) => i.label === "四个意识")!.insertText, "四个意识");
  });
  it("pinyin initials: sgys → 四个意识, replacing the letters", () => {
    const { offset, items } = complete("全党要增强sgys|，");
    const item = items.find((i) => i.label === "四个意识")!;
    assert.ok(item);
    assert.deepStrictEqual(item.replace, { start: offset - 4, end: offset });
    assert.strictEqual(item.filterText, "sgys");
  });
  it("deprecated formulations are not offered; nothing for a single character or unrelated text", () => {
    assert.ok(!complete("坚持动态|").items.some((i) => i.label === "动态清零"));
    assert.deepStrictEqual(complete("四|").items, []);
    assert.deepStrictEqual(complete("今天天气|").items, []);
  });
  it("team pack snippets become snippet completions", () => {
    const data = { slogans: sloganSource.load([{ path: "t.pack.json", text: JSON.stringify({ name: "t", version: "1", snippets: [{ prefix: "kaihui", body: ["同志们：", "$0"], description: "开会" }] }) }], DEFAULT_SETTINGS).value };
    const { offset, items } = complete("kai|", { settings: DEFAULT_SETTINGS, data });
    const sn = items.find((i) => i.kind === "snippet")!;
    assert.ok(sn.snippet);
    assert.strictEqual(sn.insertText, "同志们：\n$0");
    assert.deepStrictEqual(sn.replace, { start: offset - 3, end: offset });
  });
});

describe("slogans: hover and marks", () => {
  it("hover shows the parts, verbs and source", () => {
    const text = "增强“四个意识”。";
    const h = sloganFeature.hover!(parseDocument(text), text.indexOf("意"), ctx)!;
    assert.deepStrictEqual(h.span, { start: 3, end: 7 });
    assert.ok(h.contents.includes("政治意识") && h.contents.includes("增强") && h.contents.includes("出处"), h.contents);
    assert.strictEqual(sloganFeature.hover!(parseDocument(text), 0, ctx), undefined);
  });
  it("hover on a deprecated formulation shows its retirement", () => {
    const text = "坚持动态清零。";
    const h = sloganFeature.hover!(parseDocument(text), 3, ctx)!;
    assert.ok(h.contents.includes("已停用") && h.contents.includes("乙类乙管"), h.contents);
  });
  it("marks current and deprecated formulations", () => {
    const text = "增强“四个意识”，坚持动态清零。";
    const marks = sloganFeature.marks!(parseDocument(text), ctx);
    assert.deepStrictEqual(marks.map((m) => [text.slice(m.span.start, m.span.end), m.type]), [["四个意识", "slogan"], ["动态清零", "deprecatedSlogan"]]);
  });
  it("short quoted forms are recognised only in quotes", () => {
    const marks = (t: string) => sloganFeature.marks!(parseDocument(t), ctx).map((m) => t.slice(m.span.start, m.span.end));
    assert.deepStrictEqual(marks("抓好“三农”工作"), ["三农"]);
    assert.deepStrictEqual(marks("三农村合作社"), []);
  });
  it("is fast on the 98 KB report (completion and hover well under budget)", () => {
    const text = readCorpus("20th-congress-report-2022.txt");
    const model = parseDocument(text);
    const offsets = Array.from({ length: 200 }, (_, k) => Math.floor((k * text.length) / 200));
    sloganFeature.complete!(model, offsets[1], ctx);
    let t = process.hrtime.bigint();
    for (const o of offsets) sloganFeature.complete!(model, o, ctx);
    const completeMs = Number(process.hrtime.bigint() - t) / 1e6 / offsets.length;
    t = process.hrtime.bigint();
    for (const o of offsets) sloganFeature.hover!(model, o, ctx);
    const hoverMs = Number(process.hrtime.bigint() - t) / 1e6 / offsets.length;
    assert.ok(completeMs < 5 && hoverMs < 2, `complete ${completeMs} ms, hover ${hoverMs} ms`);
  });
});
