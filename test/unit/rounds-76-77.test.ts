/**
 * False alarms and misses of held-out rounds 76 and 77 made general rules and knowledge, driven through
 * the whole analysis; each slip is found and the correct text beside it stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering)\./) => seenFindings(text, family);
const slogans = (t: string) => seen(t, /^slogan\./).map((s) => s.split(" ")[0]);

describe("rounds 76–77", () => {
  it("记住这四点 announces a count", () => {
    const text = "请大家记住这四点：一是保护好信息，二是选择正规机构，三是不出借账户。\n";
    assert.deepStrictEqual(seen(text), ["numbering.count 记住这四点"]);
    assert.deepStrictEqual(seen(text.replace("四点", "三点")), []);
  });

  it("a rate named for the first of two listed parts is that part's (其中合格371批次、不合格15批次，合格率96.1%)", () => {
    const text = "全所共完成抽检386批次，其中合格371批次、不合格15批次，合格率96.1%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("96.1%", "93.1%")), ["figure.arithmetic 93.1%"]);
  });

  it("a digit swap between clauses with one quoted name and the same verb, or named with a demonstrative", () => {
    const quoted = "2025年，全所共完成“你点我检”抽检386批次。\n总之，2025年“你点我检”活动完成抽检368批次。\n";
    assert.deepStrictEqual(seen(quoted, /^figure\.conflict/), ["figure.conflict 368批次"]);
    assert.deepStrictEqual(seen(quoted.replace("368批次", "386批次"), /^figure\.conflict/), []);
    const households = "2025年全县列入改造计划的老旧小区42个，涉及居民5860户。\n我们2025年这批改造涉及居民5680户，任务很重。\n";
    assert.deepStrictEqual(seen(households, /^figure\.conflict/), ["figure.conflict 5680户"]);
  });

  it("one character of a doubled pair dropped is a slip (牢牢端在 written 牢端在)", () => {
    assert.deepStrictEqual(slogans("中国人的饭碗任何时候都要牢端在自己手中。\n"), ["slogan.typo"]);
    assert.deepStrictEqual(slogans("中国人的饭碗任何时候都要牢牢端在自己手中。\n"), []);
  });

  it("科学家精神's six parts and the family ethos of 2016 are formulations; one part off is the wrong part", () => {
    assert.deepStrictEqual(slogans("大力弘扬以爱国、创新、求实、奉献、协作、育人为内涵的科学家精神。\n"), ["slogan.parts"]);
    assert.deepStrictEqual(slogans("大力弘扬以爱国、创新、求实、奉献、协同、育人为内涵的科学家精神。\n"), []);
    assert.deepStrictEqual(slogans("倡导爱国爱家、相亲相爱、向上向善、共建共想。\n"), ["slogan.typo"]);
    assert.deepStrictEqual(slogans("推动形成爱国爱家、相亲相爱、向上向善、共建共享的社会主义家庭文明新风尚。\n"), []);
  });
});
