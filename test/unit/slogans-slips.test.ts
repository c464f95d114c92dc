/** Slips inside a formulation: two characters swapped, a word repeated, the first character lost after 要. */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans, mergePacks } from "../../server/src/core/slogans";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";
import { PackSchema } from "../../server/src/core/slogans/schema";

const team = mergePacks([BUILTIN_PACK, PackSchema.parse({ name: "t", version: "1", slogans: [{ text: "对标对表", source: "测试", date: "2024" }] })]);
const typos = (text: string, index = builtinSloganIndex()) =>
  checkSlogans(parseDocument(text), index)
    .filter((f) => f.code === "slogan.typo")
    .map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.fixes![0].edits[0].newText}`);

describe("slogan.typo: swaps, repeats, a lost first character", () => {
  it("two characters swapped inside a formulation", () => {
    assert.deepStrictEqual(typos("坚持稳中进求工作总基调。"), ["稳中进求工作总基调 → 稳中求进工作总基调"]);
  });
  it("a word repeated inside an ABAC phrase: 对标对标, 一带一带", () => {
    assert.deepStrictEqual(typos("要对标对标党中央决策部署。", team), ["对标对标 → 对标对表"]);
    assert.deepStrictEqual(typos("对标对表党中央决策部署。", team), []);
    assert.deepStrictEqual(typos("高质量共建“一带一带”。"), ["一带一带 → 一带一路"]);
  });
  it("the first character lost after 要, 都要, as after 做到 and 坚决", () => {
    for (const text of ["要帜鲜明讲政治。", "全体党员都要帜鲜明讲政治。", "做到帜鲜明讲政治。", "坚决帜鲜明讲政治。"]) assert.deepStrictEqual(typos(text), ["帜鲜明讲政治 → 旗帜鲜明讲政治"], text);
    assert.deepStrictEqual(typos("要旗帜鲜明讲政治。"), []);
  });
});

describe("slogans: the draft's field and the hover of every entry", () => {
  const { documentField } = require("../../server/src/core/slogans/field");
  const { sloganMarkdown } = require("../../server/src/core/slogans/hover");
  it("reads the field from the title and headings", () => {
    assert.strictEqual(documentField(parseDocument("关于全县卫生健康工作的报告\n一、推进医疗服务\n正文。\n")), "health");
    assert.strictEqual(documentField(parseDocument("在全市金融工作会议上的讲话\n同志们：\n正文。\n")), "finance");
    assert.strictEqual(documentField(parseDocument("在全县教育大会上的讲话\n一、办好人民满意的学校\n正文。\n")), "education");
    assert.strictEqual(documentField(parseDocument("同志们：\n正文。\n")), undefined);
  });
  it("every built-in entry's hover names its source and date", () => {
    for (const s of builtinSloganIndex().slogans) {
      const md = sloganMarkdown(s);
      assert.ok(md.includes(`出处：${s.source}`) && md.includes(`日期 ${s.date}`), s.text);
    }
  });
});
