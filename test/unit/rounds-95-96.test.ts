/**
 * Misses of held-out rounds 95 and 96 made general rules, driven through the whole analysis; the correct
 * text stays quiet and the slip beside it is found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure|fact)\./) => seenFindings(text, family);
const codes = (text: string, family?: RegExp) => seen(text, family).map((f) => f.split(" ")[0]);

describe("rounds 95–97", () => {
  it("two words exchanged between four-character clauses (公正执法、严格司法 for 严格执法、公正司法)", () => {
    assert.deepStrictEqual(codes("坚持科学立法、公正执法、严格司法、全民守法。\n", /^slogan\./), ["slogan.typo"]);
    assert.deepStrictEqual(codes("坚持科学立法、严格执法、公正司法、全民守法。\n", /^slogan\./), []);
  });

  it("a decrease over the new value within the rate's own rounding (由1.98万件降到1.86万件，下降6.5%)", () => {
    assert.deepStrictEqual(codes("鉴定案件由1.98万件降到1.86万件，下降6.5%。\n"), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes("鉴定案件由1.98万件降到1.86万件，下降6.1%。\n"), []);
  });

  it("a bold count announcement (**三大亮点看过来：**) counts the 一是 run after it", () => {
    const text = "# 守护国门\n正文。\n**三大亮点看过来：**\n一是检疫加科技。\n二是联防联控。\n三是宣传进万家。\n四是队伍建设。\n";
    assert.deepStrictEqual(codes(text, /^numbering\./), ["numbering.count"]);
    assert.deepStrictEqual(codes(text.replace("三大", "四大"), /^numbering\./), []);
  });
  it("a spoken 最后 answers a courtesy 首先 without a comma (最后说一句)", () => {
    const text = "首先，我代表学校，对各位组长表示感谢！\n今年工作很多。\n最后说一句，为党育人、为国育才。\n";
    assert.deepStrictEqual(seen(text, /^numbering\./), []);
  });

  it("parts after ，也就是 (“两个至上”，也就是人民至上、安全至上)", () => {
    assert.deepStrictEqual(codes("坚持“两个至上”，也就是人民至上、安全至上。\n", /^slogan\./), ["slogan.parts"]);
    assert.deepStrictEqual(codes("坚持“两个至上”，也就是人民至上、生命至上。\n", /^slogan\./), []);
  });

  it("a spoken pair of years then 翻了一番 (去年3.2万斤，今年4.6万斤，翻了一番)", () => {
    assert.deepStrictEqual(codes("去年3.2万斤，今年4.6万斤，翻了一番。\n"), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes("去年3.2万斤，今年6.4万斤，翻了一番。\n"), []);
  });
  it("what is left is not what was done (已轮换1.53万吨，其余0.27万吨…，完成率85%)", () => {
    const text = "下达轮换计划1.8万吨，已轮换1.53万吨，其余0.27万吨已签订合同，按合同进度计算完成率85%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("85%", "95%")), ["figure.arithmetic 95%"]);
  });
});
