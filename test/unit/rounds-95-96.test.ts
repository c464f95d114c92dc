/**
 * Misses of held-out rounds 95 and 96 made general rules, driven through the whole analysis; the correct
 * text stays quiet and the slip beside it is found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure|fact)\./) => seenFindings(text, family);
const codes = (text: string, family?: RegExp) => seen(text, family).map((f) => f.split(" ")[0]);

describe("rounds 95–96", () => {
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
});
