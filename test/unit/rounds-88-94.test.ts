/**
 * Misses of held-out round 88 and the false alarms of control round 94 (drafts without a slip) made
 * general rules, driven through the whole analysis; the correct text stays quiet and the slip is found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure|fact)\./) => seenFindings(text, family);
const codes = (text: string, family?: RegExp) => seen(text, family).map((f) => f.split(" ")[0]);

describe("rounds 88 and 94", () => {
  it("an increment after a base named with its value is no result of a progress (比去年一模的276人增加36人，完成目标290人的107.6%)", () => {
    const text = "特控线上线312人，比去年一模的276人增加36人，增长13.0%，完成学校年初确定的一模目标290人的107.6%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("107.6%", "112.6%")), ["figure.arithmetic 112.6%"]);
  });

  it("a part's bare share after a total's own unnamed share is over the same base (…6.82万人，占21.4%；其中…4.95万人，占15.5%)", () => {
    const text = "全县户籍人口31.87万人，60周岁及以上老年人6.82万人，占21.4%；其中65周岁及以上老年人4.95万人，占15.5%。\n";
    assert.deepStrictEqual(seen(text), []);
  });

  it("a share's whole may carry another measure after 、, or be named by its verb and 总量", () => {
    assert.deepStrictEqual(codes("发放个人住房贷款2156笔、10.42亿元，其中首套住房贷款1932笔，占比92.6%。\n"), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes("发放个人住房贷款2156笔、10.42亿元，其中首套住房贷款1932笔，占比89.6%。\n"), []);
    assert.deepStrictEqual(codes("外借图书36.8万册次，其中少儿图书外借15.2万册次，占外借总量的45.1%。\n"), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes("外借图书36.8万册次，其中少儿图书外借15.2万册次，占外借总量的41.3%。\n"), []);
  });

  it("a clause after a count's own noun may stand before its 其中 split (326名新同学，分成8个班，其中…)", () => {
    assert.deepStrictEqual(codes("今年一年级一共来了326名新同学，分成8个班，其中男生171名、女生158名。\n"), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes("今年一年级一共来了326名新同学，分成8个班，其中男生171名、女生155名。\n"), []);
  });

  it("首先要… opening a sentence stands alone with nothing after it", () => {
    assert.deepStrictEqual(codes("各部门要主动上门。首先要把政策讲透，把缴存政策送到骑手身边。\n大家要抓落实。\n", /^numbering\./), ["numbering.enumerator"]);
  });

  it("a draft's own quoted phrase with 、 inside, slipped by a homophone (宁听骂声、不听哭声 … 苦声)", () => {
    const text = "我们坚持“宁听骂声、不听哭声”。\n正文。\n还是那句话，“宁听骂声、不听苦声”。\n";
    assert.deepStrictEqual(seen(text, /^slogan\./), ["slogan.typo 宁听骂声、不听苦声"]);
  });

  it("two stages of one flow of cases are two counts, whatever the digits (受理968件 … 审结986件)", () => {
    const text = "全年受理仲裁案件968件，比2023年的862件增长12.3%。\n全年审结案件986件，结收案比达到101.9%。\n";
    assert.deepStrictEqual(seen(text, /^figure\./), []);
    assert.deepStrictEqual(seen("全年受理仲裁案件968件。\n全年受理案件986件。\n", /^figure\./), ["figure.conflict 986件"]);
  });
});
