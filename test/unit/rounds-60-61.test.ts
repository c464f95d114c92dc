/**
 * False alarms and misses of held-out rounds 60 and 61 made general rules and knowledge, driven through
 * the whole analysis; each slip is found and the correct text beside it stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering)\./) => seenFindings(text, family);

describe("rounds 60–61", () => {
  it("clauses joined by semicolons in one sentence say one thing each (检测合格1032份；…检测合格549份)", () => {
    const text = "2024年秋防结束后，采集口蹄疫血清样品1200份，检测合格1032份，合格率86%；采集禽流感血清样品600份，检测合格549份，合格率91.5%。\n";
    assert.deepStrictEqual(seen(text), []);
    // In two sentences the same words still restate one count.
    assert.deepStrictEqual(seen("2024年，全县采集血清样品检测合格1032份。\n2024年，全县采集血清样品检测合格1302份。\n"), ["figure.conflict 1302份"]);
  });

  it("a sentence that opens with 其中 is a part's: a sub-area's rate is no restatement of the whole's", () => {
    const text = "全市城市生活污水集中收集率由2022年的57.9%提高到2024年的67.3%。\n其中，高新区依托“一园一网”建设，2024年城市生活污水集中收集率达到78.2%，走在全市前列。\n";
    assert.deepStrictEqual(seen(text), []);
  });

  it("发出三点倡议 and 三大优势 announce counts the inline 一是 run must meet", () => {
    const points = "我向全市网民发出三点倡议：一是提高安全意识；二是做文明网民。\n";
    assert.deepStrictEqual(seen(points), ["numbering.count 发出三点倡议"]);
    assert.deepStrictEqual(seen(points.replace("三点", "两点")), []);
    const strengths = "综保区具备三大优势：一是区位交通优越；二是政策功能叠加；三是产业配套完善；四是营商环境优良。\n";
    assert.deepStrictEqual(seen(strengths), ["numbering.count 三大优势"]);
    assert.deepStrictEqual(seen(strengths.replace("三大", "四大")), []);
  });

  it("a formulation written with quotation marks is checked without them too (新时代峰桥经验)", () => {
    assert.deepStrictEqual(seen("坚持和发展新时代峰桥经验，就地化解矛盾纠纷。\n", /^slogan\./), ["slogan.typo 坚持和发展新时代峰桥经验"]);
    assert.deepStrictEqual(seen("坚持和发展新时代枫桥经验，坚持和发展新时代“枫桥经验”。\n", /^slogan\./), []);
  });

  it("a rate per 100,000 (14.60/10万) is a figure: a decrease over the new value is found; two classes' rates are no restatement", () => {
    const text = "肺结核报告发病率由2024年同期的14.60/10万下降至12.01/10万，下降了21.6%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 21.6%"]);
    assert.deepStrictEqual(seen(text.replace("21.6%", "17.7%")), []);
    assert.deepStrictEqual(seen("2024年，全县报告发病率为1051.44/10万。全年报告乙类传染病1263例，报告发病率254.32/10万。\n"), []);
  });

  it("a rate over a whole named with 中 at the start of its sentence, stated a paragraph up (在册患者中，已纳入…，规范管理率)", () => {
    const text = "截至2025年6月底，全市在册严重精神障碍患者23600人。\n在册患者中，已纳入规范管理21900人，规范管理率95.8%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 95.8%"]);
    assert.deepStrictEqual(seen(text.replace("95.8%", "92.8%")), []);
    // A name the earlier figure's words do not hold is no whole.
    assert.deepStrictEqual(seen(text.replace("在册患者中", "监护对象中")), []);
  });

  it("the formulations the rounds lacked: 没有网络安全就没有国家安全, 听党指挥、能打胜仗、作风优良", () => {
    assert.deepStrictEqual(seen("没有网络安全就没国家安全。\n", /^slogan\./), ["slogan.typo 没有网络安全就没国家安全"]);
    assert.deepStrictEqual(seen("建设一支听党指挥、能打胜仗、做风优良的人民军队。\n", /^slogan\./), ["slogan.typo 听党指挥、能打胜仗、做风优良"]);
    assert.deepStrictEqual(seen("没有网络安全就没有国家安全，建设一支听党指挥、能打胜仗、作风优良的人民军队。\n", /^slogan\./), []);
  });
});
