/**
 * Classes from two more held-out rounds (rural water supply with a table, food workshops, wheat's 一喷三防,
 * a tax bureau's first lesson, 低保, the 119 month in Markdown, community workers' training), each driven
 * through the whole analysis with the words the finding points at; the correct variant stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|numbering)\./) => seenFindings(text, family);

describe("rounds 40–41: false alarms that became rules", () => {
  it("a summary that says the text's value again is no second digit swap once the table's is reported", () => {
    const text = "2025年，全县农村自来水普及率达到96.8%。\n| 指标 | 2024年 | 2025年 | 增减 |\n| --- | --- | --- | --- |\n| 农村自来水普及率（%） | 95.2 | 98.6 | +3.4个百分点 |\n总的看，2025年全县农村自来水普及率达到96.8%。\n";
    assert.deepStrictEqual(seen(text).filter((s) => s.startsWith("figure.conflict")), ["figure.conflict 98.6"]);
  });

  it("检出不合格4批次，合格率98.3%: the rate is the complement of what was found wanting; 不合格率 is that count's own", () => {
    assert.deepStrictEqual(seen("全县抽检小作坊食品236批次，检出不合格4批次，合格率98.3%。\n"), []);
    assert.deepStrictEqual(seen("全县抽检小作坊食品236批次，检出不合格4批次，合格率96.3%。\n"), ["figure.arithmetic 96.3%"]);
    assert.deepStrictEqual(seen("全县抽检食品8640批次，不合格173批次，不合格率2.0%。\n"), []);
  });

  it("比去年多了1.3万亩 is the change of the figure before, never the total its 其中 splits", () => {
    const text = "2025年全县小麦播种面积是42.6万亩，比去年多了1.3万亩，其中水浇地35.2万亩、旱地7.4万亩。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("35.2万亩", "36.2万亩")), ["figure.arithmetic 7.4万亩"]);
  });
});

describe("rounds 40–41: misses that became rules", () => {
  it("a share of a whole named with 总数 stated a few paragraphs up (共发生火灾212起 … 电气火灾89起，占火灾总数的46.0%)", () => {
    const text = "1—10月，全县共发生火灾212起，同比下降8.6%。\n从起火原因看：\n- 电气火灾89起，占火灾总数的46.0%；\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 46.0%"]);
    assert.deepStrictEqual(seen(text.replace("46.0%", "42.0%")), []);
  });

  it("a Markdown list item's marker before 一是 leaves it at its paragraph's start", () => {
    const text = "# 活动安排\n- 一是举办开放日。\n- 二是开展排查。\n- 四是组织直播。\n";
    assert.deepStrictEqual(seen(text), ["numbering.enumerator 四是"]);
    assert.deepStrictEqual(seen(text.replace("四是", "三是")), []);
  });

  it("学时 is a count (超过40学时以上), and 三个时间节点 announces a list", () => {
    assert.deepStrictEqual(seen("参加培训的时间超过40学时以上。\n"), ["figure.usage 超过40学时以上"]);
    const text = "请记住三个时间节点：一是每月15日前申报；二是5月底前汇算；三是年底前年报；四是次年3月前清算。\n";
    assert.deepStrictEqual(seen(text), ["numbering.count 三个时间节点"]);
  });

  it("农村低保标准为每人每年7560元…，比上年提高5.9% names 农村低保标准, so its rate restated as 9.5% is a digit swap", () => {
    const text = "2025年，农村低保标准为每人每年7560元（每人每月630元），比上年提高5.9%。\n2025年，全县农村低保标准比上年提高9.5%，动态调整机制进一步完善。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 9.5%"]);
    assert.deepStrictEqual(seen(text.replace("9.5%", "5.9%")), []);
  });
});
