/**
 * Misses of held-out rounds 90–93 made general rules and knowledge, driven through the whole analysis;
 * the correct text stays quiet and the slip beside it is found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure|fact)\./) => seenFindings(text, family);
const codes = (text: string, family?: RegExp) => seen(text, family).map((f) => f.split(" ")[0]);

describe("rounds 90–93", () => {
  it("a table's whole counts are exact, and a growth cell over the new value is the slip (| 次 | 6 | 9 | 33.3 |)", () => {
    const table = "| 指标 | 单位 | 2024年 | 2025年 | 增长（%） |\n| --- | --- | --- | --- | --- |\n| 强降雨过程 | 次 | 6 | 9 | 50.0 |\n| 转移避险群众 | 人 | 1420 | 2136 | 50.4 |\n";
    assert.deepStrictEqual(seen(table, /^figure\./), []);
    assert.deepStrictEqual(seen(table.replace("| 50.0 |", "| 33.3 |"), /^figure\./), ["figure.arithmetic 33.3"]);
  });

  it("标箱 is a unit, so a table's 万标箱 row restates the text's figure", () => {
    const text = "| 指标 | 单位 | 2024年 | 2025年 | 增长（%） |\n| --- | --- | --- | --- | --- |\n| 集装箱吞吐量 | 万标箱 | 152.6 | 168.4 | 10.4 |\n2025年，公司集装箱吞吐量完成168.4万标箱。\n";
    assert.deepStrictEqual(seen(text, /^figure\./), []);
    assert.deepStrictEqual(seen(text.replace("完成168.4万标箱", "完成186.4万标箱"), /^figure\./), ["figure.conflict 186.4万标箱"]);
  });

  it("of two wholes in the sentence before a 其中, the one whose verb the parts say again (累计流转…。其中流转给…)", () => {
    const text = "全镇承包耕地4.26万亩，截至9月底累计流转1.83万亩，流转率43%。其中流转给家庭农场0.76万亩、农民合作社0.58万亩、农业企业0.49万亩。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("0.58万亩", "0.68万亩")), ["figure.arithmetic 0.49万亩"]);
  });

  it("a draft's own quoted slogan with a middle dot, slipped by a near homophone (富民兴县 … 富民新县)", () => {
    const text = "以“云雾茶香·富民兴县”为主题。\n正文。\n“云雾茶香·富民新县”，不只是一句口号。\n以“云雾茶香·富民兴县”为主题。\n";
    assert.deepStrictEqual(seen(text, /^slogan\./), ["slogan.typo 云雾茶香·富民新县"]);
    assert.deepStrictEqual(seen(text.replace("富民新县", "富民兴县"), /^slogan\./), []);
  });

  it("全体人民共同富裕, 茶文化、茶产业、茶科技 and the 三品一标 in order", () => {
    assert.deepStrictEqual(codes("促进全体人民共同富余。\n", /^slogan\./), ["slogan.typo"]);
    assert.deepStrictEqual(codes("促进全体人民共同富裕。\n", /^slogan\./), []);
    assert.deepStrictEqual(codes("统筹做好茶产业、茶文化、茶科技这篇大文章。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("统筹做好茶文化、茶产业、茶科技这篇大文章。\n", /^slogan\./), []);
    assert.deepStrictEqual(codes("推进品种培优、品牌打造、品质提升和标准化生产。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("推进品种培优、品质提升、品牌打造和标准化生产。\n", /^slogan\./), []);
  });
  it("周 is a unit of time (约3周左右), not in 周年 or 周岁", () => {
    assert.deepStrictEqual(codes("孩子入园适应期约3周左右。\n"), ["figure.usage"]);
    assert.deepStrictEqual(codes("孩子入园适应期约3周。\n孩子满3周岁。\n"), []);
  });

  it("a rate after what was not done, with a time before it (上半年没有随访的有314人，随访率)", () => {
    const text = "在管2316人，上半年没有随访的有314人，随访率86.4%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("86.4%", "91.2%")), ["figure.arithmetic 91.2%"]);
  });

  it("a closing wish after 最后 answers the opening courtesy, so a 首先 between stands alone", () => {
    const text = "首先，我代表全体教职工，欢迎各位家长。\n首先，请大家不要给孩子报学科类培训班。\n孩子的成长需要时间。\n最后，祝孩子们开开心心。\n";
    assert.deepStrictEqual(seen(text, /^numbering\./), ["numbering.enumerator 首先"]);
    assert.deepStrictEqual(seen(text.replace("孩子的成长需要时间。", "其次，请大家按时接送。"), /^numbering\./), []);
  });

  it("公平而有质量的教育", () => {
    assert.deepStrictEqual(codes("让每个孩子享有公平而又质量的教育。\n", /^slogan\./), ["slogan.typo"]);
    assert.deepStrictEqual(codes("让每个孩子享有公平而有质量的教育。\n", /^slogan\./), []);
  });
  it("a quoted numbered formulation, then later in its paragraph all its parts but one, is one part short", () => {
    const text = "（二）“六大保护”格局初步形成。各部门统筹推进家庭保护、学校保护、社会保护、网络保护和司法保护，协同联动。\n";
    assert.deepStrictEqual(codes(text, /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes(text.replace("网络保护和司法保护", "网络保护、政府保护和司法保护"), /^slogan\./), []);
    // Not quoted, or two parts short: not read as the list.
    assert.deepStrictEqual(codes(text.replace("学校保护、", ""), /^slogan\./), []);
  });

  it("the last year-end's count of people and the draft's own undated count, in 万人 and 万名", () => {
    const text = "××县执法检查报告\n——2025年10月28日\n截至2024年底，全县共有未成年人4.86万人。\n让全县4.86万名未成年人在法治阳光下成长。\n";
    assert.deepStrictEqual(seen(text, /^figure\./), []);
    assert.deepStrictEqual(seen(text.replace("全县4.86万名", "全县4.68万名"), /^figure\./), ["figure.conflict 4.68万名"]);
  });

  it("people joining are not the people there: 现有志愿者326名 … 已报名236名 is no digit swap", () => {
    const text = "现有志愿者326名，其中党员218名。\n这次计划招募新志愿者200名，已报名236名。\n";
    assert.deepStrictEqual(seen(text, /^figure\.conflict/), []);
    // 共招募志愿者4500名 … 志愿者5400名 are still one count.
    assert.deepStrictEqual(seen("今年赛事共招募志愿者4500名。\n本届赛事志愿者5400名。\n", /^figure\.conflict/), ["figure.conflict 5400名"]);
  });
  it("传统媒体和新兴媒体融合发展", () => {
    assert.deepStrictEqual(codes("推动传统媒体和新型媒体融合发展。\n", /^slogan\./), ["slogan.typo"]);
    assert.deepStrictEqual(codes("推动传统媒体和新兴媒体融合发展。\n", /^slogan\./), []);
  });
});
