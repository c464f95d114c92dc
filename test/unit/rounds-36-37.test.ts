/**
 * Classes from two more held-out rounds (双减 after-school services, a marathon, a 民主生活会 self-examination,
 * a social sciences federation, 千万工程, SOE reform with a table, straw burning): each driven through the
 * whole analysis, with the words the finding points at, and the correct variant quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|numbering|slogan)\./) => seenFindings(text, family);

describe("rounds 36–37: formulations", () => {
  it("the object of a formulation with an adverb before its verb is checked on its own (严守政治纪律和政治规距, 严格落实意实形态工作责任制)", () => {
    assert.deepStrictEqual(seen("对下属单位严守政治纪律和政治规距的教育监督不够经常。\n"), ["slogan.typo 政治纪律和政治规距"]);
    assert.deepStrictEqual(seen("严格落实意实形态工作责任制，加强阵地管理。\n"), ["slogan.typo 意实形态工作责任制"]);
    assert.deepStrictEqual(seen("严守政治纪律和政治规矩，严格落实意识形态工作责任制。\n"), []);
  });

  it("落实 or 贯彻 before a strategy is fair usage, whatever verb the strategy is launched with (落实全民健身国家战略)", () => {
    assert.deepStrictEqual(seen("办好这次赛事，是落实全民健身国家战略的具体行动。\n"), []);
    assert.deepStrictEqual(seen("办好这次赛事，是实施全民健身国家战略的具体行动。\n"), []);
  });

  it("the twenty characters of rural revitalisation's general requirement keep their order", () => {
    assert.deepStrictEqual(seen("对标产业兴旺、生态宜居、乡风文明、治理有效、生活富裕总要求。\n"), []);
    assert.deepStrictEqual(seen("对标产业兴旺、乡风文明、生态宜居、治理有效、生活富裕总要求。\n").map((s) => s.split(" ")[0]), ["slogan.parts"]);
  });
});

describe("rounds 36–37: figures and counts", () => {
  it("a school term is a period word: one term's rate stated twice conflicts, two terms' rates do not", () => {
    const text = "2024年秋季学期，全县课后服务学生参与率91.7%。\n同志们，2024年秋季学期全县课后服务学生参与率96.1%，成绩来之不易。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 96.1%"]);
    assert.deepStrictEqual(seen("2024年春季学期，全县课后服务学生参与率90.2%。\n2024年秋季学期，全县课后服务学生参与率95.1%。\n"), []);
  });

  it("三个到位： announces a list; four 一是…四是 after it are a count slip", () => {
    const text = "责任要做到三个到位：一是人员到位；二是巡查到位；三是处置到位；四是宣传到位。\n";
    assert.deepStrictEqual(seen(text), ["numbering.count 三个到位"]);
    assert.deepStrictEqual(seen(text.replace("；四是宣传到位", "")), []);
  });

  it("a table whose rows are bodies names the indicator by its column, for the year the sentence showing it names", () => {
    const text = "2024年，市属国有企业实现营业收入203.7亿元。主要企业经营情况见下表。\n| 企业 | 营业收入（亿元） | 同比增长（%） | 利润总额（亿元） |\n| --- | --- | --- | --- |\n| 市城投集团 | 86.4 | 7.9 | 5.32 |\n| 市产投集团 | 118.3 | 14.2 | 9.46 |\n2024年，市产投集团营业收入113.8亿元，同比增长14.2%。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 113.8亿元"]);
    assert.deepStrictEqual(seen(text.replace("113.8亿元", "118.3亿元")), []);
    // Another indicator of the same body is another statement.
    assert.deepStrictEqual(seen(text.replace("营业收入113.8亿元", "利润总额11.38亿元")), []);
  });
});
