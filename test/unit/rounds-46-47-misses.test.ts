/**
 * Misses of rounds 46 and 47 made rules: each slip is found through the whole analysis, and the
 * correct text beside it (or the same sentence written right) stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering)\./) => seenFindings(text, family);

describe("rounds 46–47, misses made rules", () => {
  it("a share after 其中 whose total carries a stray-free 册次 unit and its own growth rate (236.5万册次，比上年增长12.6%，其中…占比43.2%)", () => {
    const text = "市图书馆文献借阅量236.5万册次，比上年增长12.6%，其中少儿文献借阅98.7万册次，占比43.2%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 43.2%"]);
    assert.deepStrictEqual(seen(text.replace("43.2%", "41.7%")), []);
  });

  it("其中 parts after the total's noun and its change against a base (4860名运动员报名参赛，比上届的3950名增长23.0%，其中…)", () => {
    const text = "全市共组团40个，4860名运动员报名参赛，比上届的3950名增长23.0%，其中青少年组1920名、成年组2130名、老年组960名。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 960名"]);
    // Parts that fit the total, though they exceed the base, are right.
    assert.deepStrictEqual(seen(text.replace("2130名", "1980名")), []);
  });

  it("近三、四年来 and 七、八岁 take no 顿号; 三、四年级 and 第三、四年 are lists", () => {
    assert.deepStrictEqual(seen("近三、四年来，我院联合多部门建立协作机制。\n"), ["figure.usage 三、四"]);
    assert.deepStrictEqual(seen("暑假里七、八岁的孩子最容易发生意外。\n"), ["figure.usage 七、八"]);
    assert.deepStrictEqual(seen("三、四年级学生参加了活动，第三、四年度的任务已完成。\n"), []);
  });

  it("an unnumbered heading naming a count announces the numbered headings that follow (## 五大看点 then ## 一、…## 四、)", () => {
    const body = (n: number) => `# 书香城市\n## 2025年活动带来${n === 4 ? "四" : "五"}大看点\n今年的活动丰富多彩。\n## 一、城市共读\n每月一本书。\n## 二、阅读融合\n阅读加非遗。\n## 三、少儿阅读季\n暑期举办。\n## 四、书香家庭评选\n评选100户。\n## 如何参与？\n关注公众号。\n`;
    assert.deepStrictEqual(seen(body(5), /^numbering\./), ["numbering.count 五大看点"]);
    assert.deepStrictEqual(seen(body(4), /^numbering\./), []);
  });

  it("a period after 比 is the comparison's, not the figures' that follow (1—5月…比一季度加快…；社零538.4亿元 … 1—5月社零583.4亿元)", () => {
    const text = "1—5月，全市规模以上工业增加值同比增长6.8%，比一季度加快0.9个百分点；社会消费品零售总额538.4亿元，同比增长4.9%。\n下一步要加力促进消费。1—5月全市社会消费品零售总额583.4亿元，增速仍然偏低。\n";
    assert.deepStrictEqual(seen(text, /^figure\./), ["figure.conflict 583.4亿元"]);
    // 比一季度的5.9%: that value is the first quarter's, no conflict with the 1—5月 rate.
    assert.deepStrictEqual(seen("1—5月，全市规模以上工业增加值同比增长6.8%，比一季度的5.9%加快0.9个百分点。\n", /^figure\./), []);
  });

  it("a balance of the half-year is the one at 6月末 (上半年…涉农贷款余额142.8亿元 … 6月末涉农贷款余额148.2亿元)", () => {
    const text = "# 2025年上半年工作总结\n上半年，涉农贷款余额142.8亿元，占各项贷款的71.9%。\n从上半年情况看，全行6月末涉农贷款余额148.2亿元，但增速慢于各项贷款。\n";
    assert.deepStrictEqual(seen(text, /^figure\.conflict/), ["figure.conflict 148.2亿元"]);
    // A flow of the half-year is not a moment's stock: 上半年投放 and 6月末余额 are two things.
    assert.deepStrictEqual(seen("# 2025年上半年工作总结\n上半年，累计投放涉农贷款42.8亿元。\n6月末，涉农贷款余额48.2亿元。\n", /^figure\.conflict/), []);
  });

  it("综治办 and 综治委 were retired in the 2018 reform, except where a sentence tells of it", () => {
    assert.deepStrictEqual(seen("区综治办牵头开展矛盾纠纷排查。\n", /^slogan\./), ["slogan.deprecated 综治办"]);
    assert.deepStrictEqual(seen("县综治中心实现实体化运行。原县综治办主任参加会议。\n", /^slogan\./), []);
    assert.deepStrictEqual(seen("中央综治委于2018年不再设立。\n", /^slogan\./), []);
  });
});
