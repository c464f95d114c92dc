/** The version review in the core: each kind of change, matched by meaning rather than position. */
import * as assert from "assert";
import { DEFAULT_SETTINGS } from "../../server/src/core";
import "../../server/src/core/registry";
import { alignParagraphs, GROUP_TITLE, REVIEW_GROUPS, reviewChanges, type Review, type ReviewEntry } from "../../server/src/core/review";
import { CORPUS_FILES, readCorpus } from "../support/corpus";

const ctx = { settings: DEFAULT_SETTINGS, data: {} };
const review = (a: string, b: string): Review => reviewChanges(a, b, ctx);
const kinds = (r: Review): Record<string, string[]> =>
  Object.fromEntries((Object.entries(r) as [string, ReviewEntry[]][]).filter(([, v]) => v.length).map(([k, v]) => [k, v.map((e) => `${e.kind}: ${e.summary}`)]));

const BASE = [
  "同志们：",
  "今天我讲三个方面：",
  "一、抓好产业发展",
  "今年地区生产总值增长6%，粮食产量达到50万吨。",
  "二、抓好民生保障",
  "城镇新增就业1.2万人。要坚定“四个自信”。",
  "三、抓好作风建设",
  "要持续推进作风建设。",
].join("\n");

describe("version review (core)", () => {
  it("a figure whose value changed, figures whose period changed, one added, one removed", () => {
    const r = review(BASE, BASE.replace("今年地区生产总值增长6%", "明年地区生产总值增长6.5%").replace("城镇新增就业1.2万人。", "城镇新增就业岗位持续增加。新增农民工培训3000人次。"));
    assert.deepStrictEqual(kinds(r).figures, [
      "changed: 地区生产总值 增 今年 → 明年 6% → 6.5%",
      "changed: 粮食产量 今年 → 明年 50万吨",
      "added: 农民工培训 3000人次（新增）",
      "removed: 城镇新增就业 1.2万人（删去）",
    ]);
  });

  it("moving a paragraph with figures changes no figure and raises no finding", () => {
    const lines = BASE.split("\n");
    const moved = [...lines.slice(0, 3), lines[5], lines[4], lines[3], ...lines.slice(6)].join("\n");
    const r = review(BASE, moved);
    assert.deepStrictEqual(r.figures, []);
    assert.deepStrictEqual(r.formulations, []);
    assert.ok(r.paragraphs.every((e) => e.kind === "moved"), JSON.stringify(kinds(r)));
  });

  it("headings renamed, added and removed; an announced count changed", () => {
    const edited = BASE.replace("抓好民生保障", "抓好民生兜底").replace("三、抓好作风建设\n要持续推进作风建设。", "三、抓好安全生产\n要守牢安全底线。\n四、抓好作风建设\n要持续推进作风建设。").replace("三个方面", "四个方面");
    const r = review(BASE, edited);
    const s = kinds(r).structure;
    assert.ok(s.includes("renamed: 标题改为“二、抓好民生兜底”（原“二、抓好民生保障”）"), JSON.stringify(s));
    assert.ok(s.some((x) => x.startsWith("count: 总述数目 “三个方面” → “四个方面”")), JSON.stringify(s));
    assert.ok(s.includes("renumbered: 标题编号 三、 → 四、：抓好作风建设"), JSON.stringify(s));
    assert.ok(s.includes("added: 新增标题“三、抓好安全生产”"), JSON.stringify(s));
    assert.deepStrictEqual(r.findings, []);
  });

  it("an edit no other entry explains is a paragraph edit; a new finding is matched by code and text, a fixed one is resolved", () => {
    const r = review(BASE, BASE.replace("要持续推进作风建设。", "要持续推进作风建设，做到“四个自性”。").replace("要坚定“四个自信”。", "要坚定“四个自性”。"));
    assert.deepStrictEqual(kinds(r).paragraphs, ["edited: 第8行段落修改：加入“，做到“四个自性””"]);
    assert.deepStrictEqual(r.findings.map((e) => [e.kind, e.code, e.new?.range.start.line]), [["new", "slogan.typo", 5], ["new", "slogan.typo", 7]]);
    const back = reviewChanges(BASE.replace("四个自信", "四个自性"), BASE, ctx);
    assert.deepStrictEqual(back.findings, [], "a resolved finding is not a new one");
    assert.deepStrictEqual(back.resolved.map((e) => [e.kind, e.code]), [["resolved", "slogan.typo"]]);
  });

  it("groups by what the reviewer does: new findings, resolved findings, figures, formulations, structure, other edits", () => {
    assert.deepStrictEqual(REVIEW_GROUPS, ["findings", "resolved", "figures", "formulations", "structure", "paragraphs"]);
    assert.deepStrictEqual(REVIEW_GROUPS.map((g) => GROUP_TITLE[g]), ["新问题", "已解决的问题", "改动的数字", "改动的提法", "结构变化", "其他修改"]);
  });

  it("a corrected slip is a resolved finding with both places, not a new formulation", () => {
    const r = review(BASE.replace("四个自信", "四个自性"), BASE);
    assert.deepStrictEqual(r.formulations, [], "四个自信 was there all along, misspelt");
    assert.deepStrictEqual(r.paragraphs, []);
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.resolved.map((e) => [e.code, e.summary, e.old?.range.start.line, e.new?.text]), [["slogan.typo", "已改正 slogan.typo：“四个自性” → “四个自信”", 5, "四个自信"]]);
    // A formulation written where there was no slip is still a new formulation; the slip elsewhere is still resolved.
    const both = review(BASE.replace("四个自信", "四个自性"), BASE.replace("要持续推进作风建设。", "要持续推进作风建设，增强“四个意识”。"));
    assert.deepStrictEqual(both.formulations.map((e) => e.summary), ["新增提法 “四个意识”"]);
    assert.strictEqual(both.resolved.length, 1);
    // A slip removed with its sentence is resolved, with no new place.
    const gone = review(BASE.replace("四个自信", "四个自性"), BASE.replace("要坚定“四个自信”。", ""));
    assert.deepStrictEqual(gone.resolved.map((e) => [e.summary.startsWith("已解决"), e.new]), [[true, undefined]]);
  });

  it("aligns paragraphs with the diff package: identical runs, edited pairs, moves", () => {
    const a = ["甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙", "丙丙丙丙", "丁丁丁丁丁丁"];
    const b = ["乙乙乙乙乙乙乙乙", "丙丙丙丙", "甲甲甲甲甲甲", "丁丁丁丁丁戊"];
    const al = alignParagraphs(a, b);
    assert.deepStrictEqual(al.pairs.map((p) => [p.old, p.new, p.same, p.moved]), [[1, 0, true, false], [2, 1, true, false], [0, 2, true, true], [3, 3, false, false]]);
    assert.deepStrictEqual([al.removed, al.added], [[], []]);
  });
});

describe("version review (core): any input", () => {
  it("every corpus draft against itself, and against its CRLF copy with a BOM, reports nothing", () => {
    for (const name of CORPUS_FILES) {
      const text = readCorpus(name);
      assert.deepStrictEqual(Object.values(review(text, text)).flat(), [], name);
      assert.deepStrictEqual(Object.values(review(text, "\uFEFF" + text.replace(/\n/g, "\r\n"))).flat(), [], `${name} (CRLF, BOM)`);
    }
  });

  it("an empty old version: every paragraph, heading and figure is added; positions count UTF-16 units (an emoji is two)", () => {
    const text = "一、😀甲\r\n今年地区生产总值增长6%。\r\n二、乙\r\n正文。\r\n";
    const r = review("", text);
    assert.deepStrictEqual(r.structure.map((e) => e.summary), ["新增标题“一、😀甲”", "新增标题“二、乙”"]);
    assert.deepStrictEqual(r.figures.map((e) => [e.kind, e.new!.text, e.new!.range.start]), [["added", "6%", { line: 1, character: 10 }]]);
    assert.deepStrictEqual(r.structure[0].new!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    assert.deepStrictEqual(r.paragraphs.map((e) => e.kind), ["added", "added"]);
    const back = review(text, "");
    assert.deepStrictEqual([back.structure.length, back.figures.length, back.paragraphs.length], [2, 1, 2]);
    assert.ok(back.figures.every((e) => e.kind === "removed" && e.old && !e.new));
  });
});
