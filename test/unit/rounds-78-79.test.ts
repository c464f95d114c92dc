/**
 * False alarms and misses of held-out rounds 78 and 79 made general rules and knowledge, driven through
 * the whole analysis; each slip is found and the correct text beside it stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering)\./) => seenFindings(text, family);
const codes = (t: string, family: RegExp) => seen(t, family).map((s) => s.split(" ")[0]);

describe("rounds 78–79", () => {
  it("第一个关键词 opens a spoken run that 第二个 goes on", () => {
    const text = "今天我想送给大家四个关键词。\n第一个关键词，责任。十八岁意味着担当。\n第二个，感恩。\n第三个，担当。\n第四个，梦想。\n";
    assert.deepStrictEqual(codes(text, /^numbering\./), []);
    assert.deepStrictEqual(codes(text.replace("第三个，", "第五个，"), /^numbering\./), ["numbering.enumerator"]);
  });

  it("a spoken 第三个事 goes on from 第二个事, not from an 一是 list between them; the first point may go unnumbered", () => {
    const text = "先说说去年。去年全系统农资销售平稳。\n第二个事，说说问题。\n一是价格问题。\n二是服务问题。\n三是网点问题。\n第三个事，今年春耕怎么干。\n";
    assert.deepStrictEqual(codes(text, /^numbering\./), []);
    assert.deepStrictEqual(codes(text.replace("三是网点", "二是网点"), /^numbering\./), ["numbering.enumerator"]);
  });

  it("规模以上, 限额以上 and 县级以上 name a class, not a second bound (至少与5家规模以上企业)", () => {
    assert.deepStrictEqual(seen("每所院校至少与5家规模以上企业合作。\n"), []);
    assert.deepStrictEqual(seen("最少抽查5个项目以上。\n"), ["figure.usage 5个项目以上"]);
  });

  it("one part of a list of four two-character parts off is the wrong part; 降碳、减污… in order; 五个振兴 and 144小时过境免签", () => {
    assert.deepStrictEqual(codes("践行爱国、敬业、诚信、友爱。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("践行爱国、敬业、诚信、友善。\n", /^slogan\./), []);
    assert.deepStrictEqual(codes("协同推进减污、降碳、扩绿、增长。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("协同推进降碳、减污、扩绿、增长。\n", /^slogan\./), []);
    assert.deepStrictEqual(codes("统筹推进“五个振兴”，即产业振兴、人才振兴、文化振兴、组织振兴。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("统筹推进“五个振兴”，即产业振兴、人才振兴、文化振兴、生态振兴、组织振兴。\n", /^slogan\./), []);
    assert.deepStrictEqual(codes("（2025年6月1日）\n外国游客可享受144小时过境免签政策。\n", /^slogan\./), ["slogan.deprecated"]);
    assert.deepStrictEqual(codes("2023年，外国游客可享受144小时过境免签政策。\n", /^slogan\./), []);
  });
});
