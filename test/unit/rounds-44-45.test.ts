/**
 * The last held-out rounds' misses as rules (a transport bureau's tab-separated table, lifts, a CPI release),
 * driven through the whole analysis; the correct variant stays quiet.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string) => seenFindings(text, /^figure\./);

describe("rounds 44–45: tab-separated tables, parts restated, the first statement", () => {
  const table = "2024年交通投资完成情况如下：\n项目类别\t年度计划（亿元）\t完成投资（亿元）\t完成率\n国省干线公路\t6.50\t6.93\t106.6%\n农村公路\t3.20\t3.36\t105.0%\n合计\t9.70\t10.29\t106.1%\n";

  it("a tab-separated table is read like a Markdown one: its rows against the text", () => {
    assert.deepStrictEqual(seen(table + "全年完成农村公路建设投资3.63亿元，新改建农村公路186公里。\n"), ["figure.conflict 3.63亿元"]);
    assert.deepStrictEqual(seen(table + "全年完成农村公路建设投资3.36亿元，新改建农村公路186公里。\n"), []);
  });

  it("a tab-separated table's 合计 row against the rows above", () => {
    assert.deepStrictEqual(seen(table.replace("10.29", "10.92")), ["figure.arithmetic 10.92"]);
  });

  it("a part of a split restated with two digits swapped, five digits and a two-character name (其中电梯38215台 … 在用电梯已达38125台)", () => {
    const text = "截至2024年底，全市在用特种设备52364台（套），其中电梯38215台、起重机械6420台。\n同时也要看到，2024年底全市在用电梯已达38125台，问题不容忽视。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 38125台"]);
    assert.deepStrictEqual(seen(text.replace("38125台", "38215台")), []);
  });

  it("a statement agreeing with the first one is not the slip; the one between was (0.3%, 0.5%, 0.3%)", () => {
    const text = "前三季度，全市居民消费价格同比上涨0.3%。\n总体看，前三季度全市居民消费价格同比上涨0.5%。\n| 指标 | 前三季度同比（%） |\n| --- | --- |\n| 居民消费价格 | 0.3 |\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 0.5%"]);
  });
});
