/**
 * Misses and false alarms of held-out rounds 88 and 89 made general rules and knowledge, driven through
 * the whole analysis; the correct text stays quiet and the slip beside it is found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure|fact)\./) => seenFindings(text, family);
const codes = (text: string, family?: RegExp) => seen(text, family).map((f) => f.split(" ")[0]);

describe("rounds 88–89", () => {
  it("第N呢 and 第N个 are two forms: the 呢 list resumes after a 个 list inside it", () => {
    const text = "同志们：\n我简单讲三点。\n第一呢，要看到成绩。\n第二呢，要把责任链条拧紧。\n第三呢，要让演练练出本事。\n问题也有几个。\n第一个，报警不够及时。\n第二个，物资位置不清。\n第三个，清点人数慢。\n第四呢，要把宣传做到群众身边。\n";
    assert.deepStrictEqual(seen(text, /^numbering\./), ["numbering.count 讲三点"]);
    assert.deepStrictEqual(seen(text.replace("讲三点", "讲四点"), /^numbering\./), []);
  });

  it("firms counted by size class and by a technology label overlap (其中规上企业78家、高新技术企业63家)", () => {
    assert.deepStrictEqual(seen("开发区集聚企业126家，其中规上企业78家、高新技术企业63家。\n"), []);
    assert.deepStrictEqual(codes("开发区集聚企业126家，其中规上企业78家、规下企业63家。\n"), ["figure.arithmetic"]);
    // Destinations of people are one grouping, whatever their words.
    assert.deepStrictEqual(codes("帮助386人实现就业，其中进入国企和事业单位112人、进入民营企业246人、自主创业52人。\n"), ["figure.arithmetic"]);
  });
  it("a WeChat title's bare year (回眸2025｜…) dates the draft's 全年", () => {
    const text = "# 回眸2025｜市妇女儿童医院年度“成绩单”\n**全年分娩量8462例**，稳居全市首位。\n| 指标 | 2024年 | 2025年 | 同比增长（%） |\n| --- | --- | --- | --- |\n| 分娩量（例） | 8105 | 8462 | 4.4 |\n";
    assert.deepStrictEqual(seen(text, /^figure\./), []);
    assert.deepStrictEqual(seen(text.replace("全年分娩量8462例", "全年分娩量8642例"), /^figure\./), ["figure.conflict 8462"]);
  });

  it("a table of one column of values checks its 合计 row", () => {
    const text = "| 院区 | 门急诊人次（万人次） |\n| --- | --- |\n| 本部院区 | 52.6 |\n| 东院区 | 27.3 |\n| 儿童院区 | 16.3 |\n| 合计 | 96.2 |\n";
    assert.deepStrictEqual(seen(text, /^figure\./), []);
    assert.deepStrictEqual(seen(text.replace("| 合计 | 96.2 |", "| 合计 | 95.2 |"), /^figure\./), ["figure.arithmetic 95.2"]);
  });
});
