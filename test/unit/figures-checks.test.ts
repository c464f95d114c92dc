import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS, type Settings } from "../../server/src/core/settings";
import { extractFigures, figureCheck, figureFeature, targetSource, TargetTableSchema, type TargetData } from "../../server/src/core/figures";
import { clearFigureCache, figureCacheSize } from "../../server/src/core/figures/extract";
import { parseUnit } from "../../server/src/core/figures/units";
import type { Finding } from "../../server/src/core/findings";
import { CORPUS_FILES, readCorpus } from "../support/corpus";

function targets(json: unknown): TargetData {
  const r = targetSource.load([{ path: "/w/.lectern/targets.json", text: JSON.stringify(json) }], DEFAULT_SETTINGS);
  assert.deepStrictEqual(r.problems, []);
  return r.value as TargetData;
}

function check(text: string, opts: { targets?: TargetData; year?: number } = {}): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, "lectern.documentYear": opts.year ?? null };
  return figureCheck.run(parseDocument(text), { settings, data: opts.targets ? { targets: opts.targets } : {} });
}

const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (text: string, f: { span: Finding["span"] }) => text.slice(f.span.start, f.span.end);

describe("figures: no findings on the corpus drafts", () => {
  for (const name of CORPUS_FILES) {
    it(name, () => assert.deepStrictEqual(check(readCorpus(name)).map((f) => `${f.code} ${f.message}`), []));
  }
  it("the county speech's 三年翻两番 matches 到2023年…在2020年的基础上翻两番", () => {
    const text = readCorpus("county-mobilization-speech.txt");
    assert.ok(text.includes("三年翻两番") && text.includes("在2020年的基础上翻两番"));
    assert.deepStrictEqual(codes(check(text)), []);
  });
});

describe("figure.conflict", () => {
  it("one metric and year with two values", () => {
    const text = "2023年，全县地区生产总值完成52.3亿元。\n\n2023年，全县地区生产总值达到55亿元。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.conflict"]);
    assert.strictEqual(at(text, fs[0]), "55亿元");
    assert.strictEqual(at(text, fs[0].related![0]), "52.3亿元");
    assert.match(fs[0].message, /地区生产总值/);
  });
  it("今年 twice with different growth rates", () => {
    assert.deepStrictEqual(codes(check("今年，地区生产总值增长6.5%。\n\n今年地区生产总值预计增长7.2%。")), ["figure.conflict"]);
  });
  it("a bound against an equality that violates it", () => {
    assert.deepStrictEqual(codes(check("2023年，固定资产投资突破50亿元。2023年，固定资产投资48亿元。")), ["figure.conflict"]);
  });
  it("negative: units convert (5000万元 = 0.5亿元)", () => {
    assert.deepStrictEqual(codes(check("2023年，工业投资5000万元。2023年，工业投资0.5亿元。")), []);
  });
  it("negative: an approximation within tolerance, a bound that holds", () => {
    assert.deepStrictEqual(codes(check("2023年，固定资产投资约50亿元。2023年，固定资产投资52亿元。2023年，固定资产投资突破50亿元。")), []);
  });
  it("negative: different years, a growth vs a level, no period", () => {
    assert.deepStrictEqual(codes(check("2022年，地区生产总值增长5%。2023年，地区生产总值增长6%。")), []);
    assert.deepStrictEqual(codes(check("2023年，地区生产总值50亿元，增长6%。")), []);
    assert.deepStrictEqual(codes(check("地区生产总值增长5%。地区生产总值增长6%。")), []);
  });
  it("negative: a quarter is not the year", () => {
    assert.deepStrictEqual(codes(check("2023年一季度，地区生产总值增长4%。2023年，地区生产总值增长6%。")), []);
  });
  // Each of these once gave a false figure.conflict on a draft the corpus does not have.
  const notConflicts: [string, string][] = [
    ["a part under 其中 is not its total", "2024年资金2.4亿元，其中设备费1.1亿元。"],
    ["list siblings do not share a metric", "2024年，建设资金1.1亿元、系统开发0.9亿元。"],
    ["a subject before the verb makes another metric", "2023年营业收入186.4亿元。海外市场实现营业收入24.6亿元。"],
    // The place stays the subject when the period stands between it and its verb.
    ["a subject before a period and the verb makes another metric", "2025年1—9月，全市地区生产总值完成1286.4亿元。高新区2025年1—9月实现地区生产总值326.5亿元。"],
    ["a subject before 上半年 and the verb makes another metric", "2025年上半年，全县固定资产投资增长6.1%。开发区上半年完成固定资产投资增长12.4%。"],
    // 市本级 (jieba: 市/n 本级/r) and a zone named right before the indicator, with no verb, narrow it.
    ["the city's own level is not the whole city", "2025年，全市一般公共预算收入完成186.4亿元。2025年，市本级一般公共预算收入完成62.3亿元，完成预算的100.6%。"],
    ["a zone right before the indicator is not the whole place", "2025年，全市地区生产总值完成1286.4亿元。2025年，高新区地区生产总值326.5亿元。"],
    ["metrics that are not known indicators (出生人口 → 人口)", "2025年，出生人口32.5万人，死亡人口41.2万人。"],
    ["a month is not the half-year", "2025年上半年，社会消费品零售总额142.3亿元。5月份实现社会消费品零售总额25.0亿元。"],
    ["环比 is not 同比", "2025年6月，社会消费品零售总额环比增长3.2%，同比增长6.4%。"],
    ["每年 is not 累计", "2025年，每年完成固定资产投资240亿元左右，五年累计完成固定资产投资1200亿元以上。"],
    ["分别 lists several things", "2025年，三次产业增加值占地区生产总值的比重分别为7.5%、40.0%和52.5%。"],
    ["shares name their denominator", "2025年，高技术制造业增加值占规模以上工业增加值的比重为16.8%；装备制造业增加值占规模以上工业增加值的比重为31.2%。"],
    ["1—10月 is not the year", "2025年1—10月，固定资产投资增长4.1%。2025年，固定资产投资增长5.0%。"],
    ["前三季度 is not 全年", "2025年前三季度，地区生产总值增长5.2%，全年地区生产总值增长5.5%。"],
  ];
  for (const [why, text] of notConflicts) it(`negative: ${why}`, () => assert.deepStrictEqual(codes(check(text)), []));
  // 粮食总产量 is how reports name 粮食产量: a known indicator, so a heading's year scopes it.
  it("粮食总产量 is the known indicator 粮食产量", () => {
    const text = "一、2024年工作回顾\n粮食总产量达到28.6万吨。\n二、2025年重点工作\n2024年全县粮食总产量达到29.6万吨。";
    assert.deepStrictEqual(check(text).map((f) => `${f.code} ${at(text, f)}`), ["figure.conflict 29.6万吨"]);
  });
  it("still: a place then a period and the verb only, no subject, reads the indicator", () => {
    assert.deepStrictEqual(codes(check("2025年1—9月，全市地区生产总值完成1286.4亿元。全市2025年1—9月实现地区生产总值1296.4亿元。")), ["figure.conflict"]);
  });
  it("still: a known indicator restated with the same time words", () => {
    assert.deepStrictEqual(codes(check("2025年上半年，社会消费品零售总额142.3亿元。2025年上半年，社会消费品零售总额150.1亿元。")), ["figure.conflict"]);
  });
});

describe("figure.target", () => {
  const table = targets({
    targets: [
      { metric: "地区生产总值", value: 52.3, unit: "亿元", year: 2023, source: "2023年统计公报" },
      { metric: "规上工业增加值增速", aliases: ["工业增速"], value: 8.5, unit: "%", year: 2023 },
      { metric: "新能源新材料产业", value: 48, unit: "亿元" },
      { metric: "高标准农田", value: 2000, unit: "公顷" },
    ],
  });
  it("a figure that contradicts the table; the message names the target and its source", () => {
    const text = "2023年全县地区生产总值完成55亿元。";
    const fs = check(text, { targets: table });
    assert.deepStrictEqual(codes(fs), ["figure.target"]);
    assert.strictEqual(at(text, fs[0]), "55亿元");
    assert.match(fs[0].message, /52\.3亿元/);
    assert.match(fs[0].message, /统计公报/);
  });
  it("units convert: 523000万元 equals 52.3亿元", () => {
    assert.deepStrictEqual(codes(check("2023年全县地区生产总值完成523000万元。", { targets: table })), []);
  });
  it("a growth target matches 增长 figures and aliases (规模以上)", () => {
    assert.deepStrictEqual(codes(check("2023年，规模以上工业增加值增长9.1%。", { targets: table })), ["figure.target"]);
    assert.deepStrictEqual(codes(check("2023年，规上工业增加值增长8.5%。", { targets: table })), []);
  });
  it("a bound in the draft is checked as a bound", () => {
    assert.deepStrictEqual(codes(check("新能源新材料产业突破50亿元。", { targets: table })), ["figure.target"]);
    assert.deepStrictEqual(codes(check("新能源新材料产业突破45亿元。", { targets: table })), []);
  });
  it("area converts: 3万亩 is 2000公顷", () => {
    assert.deepStrictEqual(codes(check("新建高标准农田3万亩。", { targets: table })), []);
    assert.deepStrictEqual(codes(check("新建高标准农田5万亩。", { targets: table })), ["figure.target"]);
  });
  it("a year is compared only when both sides have one", () => {
    assert.deepStrictEqual(codes(check("2022年全县地区生产总值完成55亿元。", { targets: table })), []);
    assert.deepStrictEqual(codes(check("全县地区生产总值完成55亿元。", { targets: table })), ["figure.target"]);
    assert.deepStrictEqual(codes(check("今年全县地区生产总值完成55亿元。", { targets: table, year: 2022 })), []);
  });
  it("negative: no table, no findings", () => {
    assert.deepStrictEqual(codes(check("2023年全县地区生产总值完成55亿元。")), []);
  });
});

describe("target table source", () => {
  it("is the documented target-table data source", () => {
    assert.strictEqual(targetSource.id, "targets");
    assert.deepStrictEqual(targetSource.workspaceGlobs, [".lectern/targets.json"]);
    assert.strictEqual(targetSource.setting, "lectern.targets");
    assert.strictEqual(targetSource.cliOption, "--targets");
  });
  it("reports a malformed table at its place and still returns a usable value", () => {
    const text = '{ "targets": [ { "metric": "地区生产总值", "value": "52.3", "unit": "亿元" } ] }';
    const r = targetSource.load([{ path: "t.json", text }], DEFAULT_SETTINGS);
    assert.strictEqual(r.problems.length, 1);
    const p = r.problems[0].problems[0];
    assert.strictEqual(p.path, "targets[0].value");
    assert.strictEqual(text.slice(p.span.start, p.span.end), '"52.3"');
    assert.deepStrictEqual((r.value as TargetData).targets, []);
    // The draft check goes on without it.
    assert.deepStrictEqual(codes(check("全县地区生产总值完成55亿元。", { targets: r.value as TargetData })), []);
  });
  it("reports an unknown unit on the unit", () => {
    const text = '{ "targets": [ { "metric": "A", "value": 1, "unit": "亿元" }, { "metric": "B", "value": 1, "unit": "斗" } ] }';
    const r = targetSource.load([{ path: "t.json", text }], DEFAULT_SETTINGS);
    const p = r.problems[0].problems[0];
    assert.strictEqual(p.path, "targets[1].unit");
    assert.strictEqual(text.slice(p.span.start, p.span.end), '"斗"');
    assert.strictEqual((r.value as TargetData).targets.length, 1);
  });
  it("a later file overrides an earlier one for the same metric and year", () => {
    const a = JSON.stringify({ targets: [{ metric: "地区生产总值", value: 50, unit: "亿元", year: 2023 }] });
    const b = JSON.stringify({ targets: [{ metric: "地区生产总值", value: 55, unit: "亿元", year: 2023 }] });
    const r = targetSource.load([{ path: "a", text: a }, { path: "b", text: b }], DEFAULT_SETTINGS);
    const t = (r.value as TargetData).targets;
    assert.strictEqual(t.length, 1);
    assert.strictEqual(t[0].value, 55e8);
  });
  it("the zod schema rejects unknown keys and generates a JSON Schema", () => {
    assert.ok(!TargetTableSchema.safeParse({ targets: [{ metric: "a", value: 1, unit: "元", colour: 1 }] }).success);
    assert.ok(TargetTableSchema.safeParse({ targets: [{ metric: "a", value: 1, unit: "元", year: 2023, aliases: ["b"], source: "c" }] }).success);
    const { z } = require("zod");
    const schema = z.toJSONSchema(TargetTableSchema);
    assert.deepStrictEqual(schema.required, ["targets"]);
  });
  it("units parse with their multipliers", () => {
    assert.deepStrictEqual(parseUnit("亿元"), { dimension: "money", scale: 1e8, unit: "亿元" });
    assert.strictEqual(parseUnit("万千瓦")?.scale, 1e4);
    assert.strictEqual(parseUnit("万吨")?.scale, 1e7);
    assert.strictEqual(parseUnit("个百分点")?.dimension, "points");
    assert.strictEqual(parseUnit("项")?.dimension, parseUnit("个")?.dimension);
    assert.strictEqual(parseUnit("斗"), undefined);
  });
});

describe("figure.arithmetic", () => {
  it("从A增长到B，增长X% that does not compute shows the computed value", () => {
    const text = "全县财政收入从100亿元增长到120亿元，增长25%。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "25%");
    assert.match(fs[0].message, /20%/);
  });
  it("negative: rounding as written is tolerated", () => {
    assert.deepStrictEqual(codes(check("全县财政收入从10亿元增长到12.6亿元，增长26%。")), []);
    assert.deepStrictEqual(codes(check("研发投入从52.3亿元增加到55.5亿元，增长6.1%。")), []);
  });
  it("倍 and 翻番 after 从A到B", () => {
    assert.deepStrictEqual(codes(check("产值从10亿元增长到25亿元，增长1.5倍。")), []);
    assert.deepStrictEqual(codes(check("产值从10亿元增长到15亿元，增长1.5倍。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("产值从10亿元增长到40亿元，翻了两番。")), []);
    assert.deepStrictEqual(codes(check("产值从10亿元增长到25亿元，翻了两番。")), ["figure.arithmetic"]);
  });
  it("percentage points after 从A%到B%", () => {
    assert.deepStrictEqual(codes(check("城镇化率从53.1%提高到64.7%，提高11.6个百分点。")), []);
    assert.deepStrictEqual(codes(check("城镇化率从53.1%提高到64.7%，提高10.6个百分点。")), ["figure.arithmetic"]);
  });
  it("N年翻X番 against the explicit span it describes", () => {
    const text = "实现工业产值“五年翻一番”，即到2027年在2020年的基础上翻一番。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.match(fs[0].message, /7年/);
    assert.deepStrictEqual(codes(check("实现“三年翻两番”，确保到2023年工业产值在2020年的基础上翻两番。")), []);
  });
  it("parts under 其中 that exceed their total", () => {
    const text = "全年完成投资52.3亿元，其中工业投资30亿元、基础设施投资25亿元。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.match(fs[0].message, /55亿元/);
    assert.deepStrictEqual(codes(check("全年完成投资52.3亿元，其中工业投资30亿元、基础设施投资20亿元。")), []);
    assert.deepStrictEqual(codes(check("全年完成投资52.3亿元，其中工业投资增长30%。")), []);
  });
  it("a 其中 part counts the same things as its total, and one past 上年的 is still a from/to pair", () => {
    assert.deepStrictEqual(codes(check("全市养老机构212家，其中公办78家，床位3000张。")), []);
    assert.deepStrictEqual(codes(check("全市养老机构212家，其中公办178家、民办78家。")), ["figure.arithmetic"]);
    const debt = "政府债务余额1086.5亿元，其中一般债务余额412.3亿元、专项债务余额694.2亿元，控制在债务限额1152.0亿元以内。";
    const fs = check(debt);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.match(fs[0].message, /1106\.5亿元/);
    const text = "利润总额从上年的10.73亿元增长到12.36亿元，增长18.2%。";
    assert.deepStrictEqual(codes(check(text)), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("资产负债率由年初的60.8%下降到58.7%，下降2.1个百分点。")), []);
    assert.deepStrictEqual(codes(check("资产负债率由年初的60.8%下降到58.7%，下降3.1个百分点。")), ["figure.arithmetic"]);
  });
  // Budget reports comment on each part and go on to the next after a semicolon.
  it("a 其中 list goes on past a semicolon while the next clause opens with a sibling part", () => {
    const text = "一般公共预算收入186.4亿元，增长4.2%。其中，税收收入138.6亿元，下降1.5%；非税收入57.8亿元，增长19.6%。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${at(text, f)}`), ["figure.arithmetic 57.8亿元"]);
    assert.deepStrictEqual(codes(check("收入总额186.4亿元，其中税收收入138.6亿元，下降1.5%；非税收入57.8亿元。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check(text.replace("138.6", "128.6"))), []);
  });
  it("a clause opening with 已 or 累计 says what became of the whole and ends the 其中 list", () => {
    assert.deepStrictEqual(codes(check("发现问题163个，其中重大问题12个，已整改155个。")), []);
    assert.deepStrictEqual(codes(check("移交问题线索15件。其中，立案3件、谈话函询5件，已办结12件。")), []);
    // Still: the parts before it are summed.
    assert.deepStrictEqual(codes(check("发现问题163个，其中重大问题120个、一般问题50个，已整改155个。")), ["figure.arithmetic"]);
  });
  it("negative: a clause after the semicolon that is not a sibling part ends the list", () => {
    // Another head (支出), the total's own metric, or a verb before the figure: not a part.
    assert.deepStrictEqual(codes(check("全市收入186.4亿元。其中，税收收入138.6亿元，下降1.5%；教育支出86.4亿元。")), []);
    assert.deepStrictEqual(codes(check("一般公共预算收入186.4亿元。其中，税收收入138.6亿元；一般公共预算收入增长4.2%，为200亿元。")), []);
    assert.deepStrictEqual(codes(check("一般公共预算收入186.4亿元。其中，税收收入138.6亿元；争取上级补助收入57.8亿元。")), []);
  });
  it("a share over 100%", () => {
    assert.deepStrictEqual(codes(check("森林覆盖率达到105%。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("森林覆盖率达到65%。")), []);
    assert.deepStrictEqual(codes(check("产值增长105%。")), []);
  });
});

describe("figure.usage", () => {
  it("约…左右 with a safe fix that removes 左右", () => {
    const text = "全县常住人口约52万人左右。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.usage"]);
    const edit = fs[0].fixes![0].edits[0];
    assert.strictEqual(text.slice(edit.span.start, edit.span.end), "左右");
    assert.ok(fs[0].fixes![0].safe);
  });
  it("超过…以上, 最少…以上", () => {
    assert.deepStrictEqual(codes(check("新增就业超过1200万人以上。")), ["figure.usage"]);
    assert.deepStrictEqual(codes(check("每年最少培训500人以上。")), ["figure.usage"]);
  });
  it("降低…倍, 减少…倍", () => {
    assert.deepStrictEqual(codes(check("生产成本降低了2倍。")), ["figure.usage"]);
    assert.deepStrictEqual(codes(check("事故起数减少3倍。")), ["figure.usage"]);
    assert.deepStrictEqual(codes(check("产值增长2倍。")), []);
  });
  it("mixed Arabic and Chinese numerals, with the Arabic form", () => {
    const text = "补助资金3万五千元。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.usage"]);
    assert.strictEqual(at(text, fs[0]), "3万五千");
    assert.strictEqual(fs[0].fixes![0].edits[0].newText, "3.5万");
  });
  const written: [string, string, string][] = [
    // [text, flagged, suggested]
    ["压降3千万元。", "3千万", "3000万"],
    ["现金净流量18亿9千万元。", "18亿9千万", "18.9亿"],
    ["投资6亿2千5百万元。", "6亿2千5百万", "6.25亿"],
    ["人口2千6百50万人。", "2千6百50万", "2650万"],
    ["建设5百个。", "5百", "500"],
    ["入住率不足百分之50。", "百分之50", "50%"],
    ["增长百分之5.1。", "百分之5.1", "5.1%"],
    ["到二0三五年基本实现。", "二0三五", "二〇三五"],
    ["1998年-2005年间。", "1998年-2005年", "—"],
    ["有三、四十家企业。", "三、四", "三四"],
  ];
  for (const [text, span, fixed] of written) {
    it(`GB/T 15835: “${span}” → “${fixed}”`, () => {
      const fs = check(text).filter((f) => f.code === "figure.usage");
      assert.strictEqual(fs.length, 1, JSON.stringify(fs));
      assert.strictEqual(at(text, fs[0]), span);
      assert.strictEqual(fs[0].fixes![0].edits[0].newText, fixed);
    });
  }
  it("negative: units with 千 (千米, 千克, 千瓦), 2006—2010年, 一、二季度, 十余万, dates", () => {
    assert.deepStrictEqual(codes(check("修路3千米，化肥5千克，装机30千瓦，2006—2010年，一、二季度，十余万人，2024-01-08发布，二〇二五年。")), []);
  });
  it("negative: 约 alone, 以上 alone, 50万千瓦, 1.5万", () => {
    assert.deepStrictEqual(codes(check("常住人口约52万人，新增就业1200万人以上，装机50万千瓦，补助1.5万元。")), []);
  });
});

describe("figures: hover", () => {
  const table = targets({ targets: [{ metric: "地区生产总值", value: 52.3, unit: "亿元", year: 2023, source: "统计公报" }] });
  it("shows value, unit, qualifier, period, metric and the matching target with its source", () => {
    const text = "2023年全县地区生产总值突破52亿元。";
    const model = parseDocument(text);
    const ctx = { settings: DEFAULT_SETTINGS, data: { targets: table } };
    const h = figureFeature.hover!(model, text.indexOf("52亿"), ctx)!;
    assert.ok(h);
    assert.strictEqual(text.slice(h.span.start, h.span.end), "突破52亿元");
    for (const part of ["52亿元", "下限", "突破", "2023年", "地区生产总值", "52.3亿元", "统计公报"]) assert.ok(h.contents.includes(part), `${part} in ${h.contents}`);
    assert.strictEqual(figureFeature.hover!(model, 1, ctx), undefined);
  });
  it("marks every figure", () => {
    const text = "投资5亿元，增长6%。";
    const marks = figureFeature.marks!(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} });
    assert.deepStrictEqual(marks.map((m) => text.slice(m.span.start, m.span.end)), ["5亿元", "6%"]);
  });
});

describe("figures: per-paragraph cache", () => {
  it("an edit re-reads only the changed paragraph, and gives the same figures as a cold read", () => {
    const text = readCorpus("government-work-report-2024.txt");
    clearFigureCache();
    const cold = extractFigures(parseDocument(text));
    const size = figureCacheSize();
    const lines = text.split("\n");
    lines[27] = lines[27].replace("5%左右", "5.5%左右");
    const edited = lines.join("\n");
    const warm = extractFigures(parseDocument(edited));
    assert.strictEqual(figureCacheSize(), size + 1);
    assert.strictEqual(warm.length, cold.length);
    clearFigureCache();
    assert.deepStrictEqual(extractFigures(parseDocument(edited)), warm);
    assert.ok(warm.some((f) => f.text === "5.5%左右"));
  });
});

describe("figure.conflict: 促进 before an unlisted metric", () => {
  // 促进增收节支和挽回损失 is read whole like 完成 or 实现 before a metric: the verb names no other thing.
  it("促进增收节支和挽回损失5.8亿元, then 6.8亿元 for the same year", () => {
    const text = "2025年，共完成审计项目86个；促进增收节支和挽回损失5.8亿元。2025年全年促进增收节支和挽回损失6.8亿元。";
    const fs = check(text).filter((f) => f.code === "figure.conflict");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["6.8亿元"]);
    assert.deepStrictEqual(check(text.replace("6.8亿元", "5.8亿元")).filter((f) => f.code === "figure.conflict"), []);
  });
});
