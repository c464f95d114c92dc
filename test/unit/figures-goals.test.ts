/**
 * Goals and periods as writers state them: a goal read through its verbs, a
 * metric outside the built-in list compared when both statements write their
 * year, the period a heading or a lead-in sets, progress against a goal, and a
 * figure that is only compared with another.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS, type Settings } from "../../server/src/core/settings";
import { extractFigures, figureCheck, targetSource, type TargetData } from "../../server/src/core/figures";
import type { Finding } from "../../server/src/core/findings";

function check(text: string, opts: { targets?: TargetData; year?: number } = {}): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, "lectern.documentYear": opts.year ?? null };
  return figureCheck.run(parseDocument(text), { settings, data: opts.targets ? { targets: opts.targets } : {} });
}
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (text: string, f: { span: Finding["span"] }) => text.slice(f.span.start, f.span.end);
const figure = (text: string, written: string) => {
  const f = extractFigures(parseDocument(text)).find((x) => x.text === written);
  assert.ok(f, `no figure ${written}`);
  return f;
};
function targets(json: unknown): TargetData {
  const r = targetSource.load([{ path: "t.json", text: JSON.stringify(json) }], DEFAULT_SETTINGS);
  assert.deepStrictEqual(r.problems, []);
  return r.value as TargetData;
}

describe("figures: goals read through their verbs", () => {
  it("力争达到 … 确保…突破: the same goal stated twice is a figure.conflict", () => {
    const text = "到2027年，全市规上工业总产值力争达到800亿元。\n\n确保2027年规上工业总产值突破850亿元。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.conflict"]);
    assert.strictEqual(at(text, fs[0]), "突破850亿元");
    assert.strictEqual(at(text, fs[0].related![0]), "800亿元");
  });
  for (const verb of ["要达到", "力争达到", "确保", "力争突破", "预期", "目标为"]) {
    it(`the metric is read across ${verb}`, () => {
      const text = `到2027年，固定资产投资${verb}500亿元。`;
      const f = extractFigures(parseDocument(text)).find((x) => x.text.endsWith("500亿元"))!;
      assert.strictEqual(f.metric, "固定资产投资");
      assert.ok(f.goal);
    });
  }
  it("a trailing 目标/任务 is not part of the metric", () => {
    assert.strictEqual(figure("2027年固定资产投资目标500亿元。", "500亿元").metric, "固定资产投资");
    assert.strictEqual(figure("2027年植树造林任务3万亩。", "3万亩").metric, "植树造林");
    const text = "到2027年，固定资产投资目标为500亿元。\n\n到2027年，全市固定资产投资要达到520亿元。";
    assert.deepStrictEqual(codes(check(text)), ["figure.conflict"]);
  });
  it("negative: the same goal stated twice alike, or a goal and a result", () => {
    assert.deepStrictEqual(codes(check("到2027年，规上工业总产值力争达到800亿元。\n\n确保2027年规上工业总产值达到800亿元。")), []);
    assert.deepStrictEqual(codes(check("2027年规上工业总产值力争达到800亿元。\n\n2027年规上工业总产值完成760亿元。")), []);
  });
});

describe("figures: goals for metrics outside the built-in list", () => {
  it("same metric phrase and written year, two values: figure.conflict", () => {
    const text = "到2026年，全市数字经济核心产业营业收入力争达到300亿元。\n\n到2026年，数字经济核心产业营业收入达到350亿元。";
    assert.deepStrictEqual(codes(check(text)), ["figure.conflict"]);
    const beds = "2025年，全县新增养老床位1200张。\n\n一、民生保障\n\n2025年新增养老床位1500张。";
    assert.deepStrictEqual(codes(check(beds)), ["figure.conflict"]);
  });
  it("aliases normalise before comparing (规模以上 = 规上)", () => {
    const text = "到2027年，规模以上工业企业研发机构覆盖面达到60%。\n\n到2027年，规上工业企业研发机构覆盖面达到70%。";
    assert.deepStrictEqual(codes(check(text)), ["figure.conflict"]);
  });
  const clean: [string, string][] = [
    ["a year only from 今年", "今年，新建充电桩站点1200个。\n\n今年新建充电桩站点1500个。"],
    ["different years", "2025年新增养老床位1200张。2026年新增养老床位1500张。"],
    ["a part under 其中", "2025年新建项目36个，其中新建农业项目12个。2025年新建农业项目15个。"],
    ["分别 lists several things", "2025年，两个园区新增养老床位分别为1200张、1500张。"],
    ["a share", "2025年新能源汽车产量占比为35%。2025年新能源汽车产量占比为40%。"],
    ["a subject before the metric", "2025年，出生人口32.5万人，死亡人口41.2万人。"],
    ["different time words (累计, 每年)", "2025年累计新建充电桩站点1200个。2025年每年新建充电桩站点300个。"],
    ["one sentence listing two", "2025年，新建充电桩站点1200个、新建充电桩站点扩容1500个。"],
  ];
  for (const [why, text] of clean) it(`negative: ${why}`, () => assert.deepStrictEqual(codes(check(text)), []));
});

describe("figures: period scope", () => {
  it("a heading's period applies to the figures under it until another is named", () => {
    const text = "一、上半年经济运行情况\n\n地区生产总值增长5.2%。\n\n二、下半年工作安排\n\n地区生产总值增长6%左右。";
    const model = parseDocument(text);
    const fs = extractFigures(model, { documentYear: 2025 });
    assert.strictEqual(fs[0].period?.part, "上半年");
    assert.strictEqual(fs[1].period?.part, "下半年");
    assert.deepStrictEqual(codes(check(text)), []);
  });
  it("2024年工作回顾 dates the figures under it", () => {
    const text = "一、2024年工作回顾\n\n地区生产总值增长5.2%。\n\n二、2025年工作安排\n\n地区生产总值增长6%左右。";
    const fs = extractFigures(parseDocument(text));
    assert.deepStrictEqual(fs.map((f) => f.period?.year), [2024, 2025]);
    const again = "一、2024年工作回顾\n\n地区生产总值增长5.2%。\n\n（一）工业经济\n\n全年地区生产总值增长6.1%。";
    assert.deepStrictEqual(codes(check(again)), ["figure.conflict"]);
  });
  it("a lead-in paragraph ending with a colon sets the period of what follows", () => {
    const text = "1—9月，全市主要指标完成情况如下：\n\n固定资产投资增长5.1%。\n\n一、全年目标\n\n固定资产投资增长8%。";
    const fs = extractFigures(parseDocument(text), { documentYear: 2025 });
    assert.ok(fs[0].period?.part, JSON.stringify(fs[0].period));
    assert.strictEqual(fs[1].period?.part, undefined);
  });
  it("全年 and 今年 are periods", () => {
    assert.strictEqual(figure("全年地区生产总值增长6%。", "6%").period?.whole, true);
    assert.deepStrictEqual(codes(check("今年地区生产总值增长6.5%。\n\n全年地区生产总值增长7.2%。", { year: 2025 })), ["figure.conflict"]);
  });
  it("a part-year result is never compared with an annual goal", () => {
    assert.deepStrictEqual(codes(check("今年地区生产总值预期增长6%。上半年，地区生产总值增长5.1%。")), []);
    assert.deepStrictEqual(codes(check("2025年前三季度，规上工业增加值增长7.9%。2025年规上工业增加值增长8.5%。")), []);
    assert.deepStrictEqual(codes(check("1-9月，固定资产投资增长5.1%。全年固定资产投资增长8%。")), ["figure.usage"]);
  });
  it("今年以来 is the year so far, 2020年以来 the years since: neither is compared with the year's target", () => {
    const table = targets({ targets: [{ metric: "固定资产投资增速", value: 8, unit: "%", year: 2025 }] });
    assert.strictEqual(figure("今年以来，固定资产投资增长8.5%。", "8.5%").period?.part, "以来");
    assert.deepStrictEqual(codes(check("今年以来，固定资产投资增长8.5%。", { targets: table, year: 2025 })), []);
    assert.deepStrictEqual(codes(check("2025年以来，固定资产投资增长8.5%。", { targets: table, year: 2025 })), []);
    assert.deepStrictEqual(codes(check("今年，固定资产投资增长9.5%。", { targets: table, year: 2025 })), ["figure.target"]);
  });
  it("a half-year report with a target table: part-year figures are not compared with annual entries", () => {
    const table = targets({ targets: [{ metric: "地区生产总值增速", value: 6, unit: "%", year: 2025 }, { metric: "固定资产投资", value: 500, unit: "亿元", year: 2025 }] });
    const text = "2025年上半年工作总结\n\n一、上半年经济运行情况\n\n地区生产总值增长5.2%，固定资产投资完成230亿元。\n\n二、下半年工作安排\n\n确保全年地区生产总值增长6%，固定资产投资完成520亿元。";
    const fs = check(text, { targets: table });
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${at(text, f)}`), ["figure.target 520亿元"]);
  });
  it("progress against a goal is not a mismatch with it, and its arithmetic is checked", () => {
    const table = targets({ targets: [{ metric: "城镇新增就业", value: 4000, unit: "人", year: 2025 }] });
    const ok = "2025年上半年，城镇新增就业2500人，完成全年目标任务4000人的62.5%。";
    assert.deepStrictEqual(codes(check(ok, { targets: table })), []);
    const bad = "2025年上半年，城镇新增就业2500人，完成全年目标任务4000人的68.5%。";
    const fs = check(bad);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(bad, fs[0]), "68.5%");
    assert.match(fs[0].message, /62\.5%/);
    const split = "全年目标任务为新增就业4000人。上半年，城镇新增就业2500人，完成全年目标任务的60%。";
    assert.deepStrictEqual(codes(check(split)), ["figure.arithmetic"]);
  });
});

describe("figures: goals set as written", () => {
  it("one goal stated twice the same way with two values conflicts, even within rounding", () => {
    assert.deepStrictEqual(codes(check("到2027年，县域研发经费投入强度达到1.8%。\n\n到2027年，县域研发经费投入强度达到2%。")), ["figure.conflict"]);
    assert.deepStrictEqual(codes(check("2025年城镇新增就业力争6000人以上。\n\n2025年城镇新增就业力争5000人以上。")), ["figure.conflict"]);
    assert.deepStrictEqual(codes(check("今年地区生产总值预期增长6%左右。\n\n今年地区生产总值预期增长6.5%左右。")), ["figure.conflict"]);
  });
  it("稳定在, 控制在 and 保持在 set goals", () => {
    assert.deepStrictEqual(codes(check("2025年，粮食产量稳定在65万吨以上。\n\n2025年，粮食产量稳定在60万吨以上。")), ["figure.conflict"]);
    assert.ok(figure("城镇调查失业率控制在5.5%左右。", "5.5%左右").goal);
  });
  it("确保 sets a floor and 力争 a stretch: two goals on purpose unless the floor is above the stretch", () => {
    assert.deepStrictEqual(codes(check("今年地区生产总值确保增长6%、力争增长7%。")), []);
    assert.deepStrictEqual(codes(check("今年，地区生产总值确保增长6%。\n\n今年，地区生产总值力争增长8%。")), []);
    assert.deepStrictEqual(codes(check("今年，地区生产总值确保增长8%。\n\n今年，地区生产总值力争增长7%。")), ["figure.conflict"]);
  });
  it("negative: results within rounding, the same goal in other units", () => {
    assert.deepStrictEqual(codes(check("2024年地区生产总值增长5%。\n\n2024年地区生产总值增长5.2%。")), []);
    assert.deepStrictEqual(codes(check("2025年工业投资力争5000万元以上。\n\n2025年工业投资力争0.5亿元以上。")), []);
  });
  it("a plan's title makes its figures goals for its year", () => {
    const text = "2025年全县工作要点\n\n全年主要预期目标是：城镇新增就业6000人以上。\n\n三、保障和改善民生\n\n1.稳定就业。城镇新增就业5000人以上。";
    const fs = extractFigures(parseDocument(text));
    assert.ok(fs.every((f) => f.goal && f.period?.year === 2025), JSON.stringify(fs.map((f) => f.period)));
    assert.deepStrictEqual(codes(check(text)), ["figure.conflict"]);
  });
  it("negative: a report's title year dates only its goals", () => {
    const text = "2025年政府工作报告\n\n过去一年，地区生产总值增长5.2%。\n\n今年发展的主要预期目标是：地区生产总值增长5%左右。";
    const fs = extractFigures(parseDocument(text));
    assert.deepStrictEqual(fs.map((f) => f.goal), [false, true]);
    assert.deepStrictEqual(codes(check(text)), []);
  });
});

describe("figures: comparisons", () => {
  it("a goal named to compare with takes the metric of the figure it is compared with", () => {
    const text = "上半年地区生产总值增长6.5%，与年初确定的增长8%的目标相比，低1.5个百分点。";
    const goal = figure(text, "8%");
    assert.strictEqual(goal.metric, "地区生产总值");
    assert.ok(goal.goal);
    assert.strictEqual(goal.period?.part, undefined);
    assert.strictEqual(figure(text, "1.5个百分点").relation, "gap");
  });
  it("the compared goal against the goal stated elsewhere", () => {
    const text = "今年地区生产总值预期增长7.0%。\n\n上半年地区生产总值增长6.5%，与年初确定的增长8%的目标相比，低1.5个百分点。";
    assert.deepStrictEqual(codes(check(text)), ["figure.conflict"]);
    assert.deepStrictEqual(codes(check(text.replace("7.0%", "8%"))), []);
  });
  it("a gap (高于全省平均水平1.2个百分点) is not the metric's value", () => {
    const text = "全年地区生产总值增长7.5%，高于全省平均水平1.2个百分点。\n\n全年地区生产总值比上年提高0.8个百分点。";
    assert.strictEqual(figure(text, "1.2个百分点").metric, "地区生产总值");
    assert.deepStrictEqual(codes(check(text)), []);
  });
});

describe("figures: text pasted from PDF and the web", () => {
  it("256 亿元 (a space before the unit) is a figure", () => {
    const f = figure("全县地区生产总值 256 亿元。", "256 亿元");
    assert.strictEqual(f.value, 2.56e10);
    assert.strictEqual(f.metric, "地区生产总值");
    assert.deepStrictEqual(codes(check("2023年，全县地区生产总值256 亿元。\n\n2023年，全县地区生产总值275亿元。")), ["figure.conflict"]);
  });
  it("negative: 第 3 个 and a bare spaced number are not figures", () => {
    assert.deepStrictEqual(extractFigures(parseDocument("第 3 个项目，编号 12 号，共 5 人。")).map((f) => f.text), ["5 人"]);
  });
  it("1.2025年 at the start of a list item is the item number and the year", () => {
    const text = "1.2025年全市地区生产总值增长5%。";
    const fs = extractFigures(parseDocument(text));
    assert.deepStrictEqual(fs.map((f) => f.text), ["5%"]);
    assert.strictEqual(fs[0].period?.year, 2025);
  });
  it("城镇和农村居民人均可支配收入分别为A、B: A is 城镇's and B 农村's", () => {
    const text = "2024年，城镇和农村居民人均可支配收入分别为52000元、26000元。";
    const fs = extractFigures(parseDocument(text));
    assert.deepStrictEqual(fs.map((f) => f.metric), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    const table = targets({ targets: [{ metric: "农村居民人均可支配收入", value: 26000, unit: "元", year: 2024 }, { metric: "城镇居民人均可支配收入", value: 52000, unit: "元", year: 2024 }] });
    assert.deepStrictEqual(codes(check(text, { targets: table })), []);
    assert.deepStrictEqual(codes(check(text.replace("52000元、26000元", "26000元、52000元"), { targets: table })), ["figure.target", "figure.target"]);
  });
  it("a second 分别 list in the sentence goes to the same heads, with the same verb", () => {
    const fs = extractFigures(parseDocument("2024年，城镇和农村居民人均可支配收入分别为21560元、11280元，分别增长5.1%、6.3%。"));
    assert.deepStrictEqual(fs.map((f) => `${f.metric} ${f.aspect}`), [
      "城镇居民人均可支配收入 level", "农村居民人均可支配收入 level", "城镇居民人均可支配收入 change", "农村居民人均可支配收入 change",
    ]);
  });
  it("2024年一般债务和专项债务余额分别为…: the heads start after the year and the place", () => {
    const fs = extractFigures(parseDocument("2024年全市一般债务和专项债务余额分别为412.3亿元、694.2亿元。"));
    assert.deepStrictEqual(fs.map((f) => f.metric), ["一般债务余额", "专项债务余额"]);
  });
});

describe("figures: 到2025年 after a verb of change is the end point, not a target year", () => {
  // 增加到2025年的4386亿元 reports what was reached; only 到2030年 standing alone sets a goal.
  it("增加到2025年的4386亿元 is a result; 到2030年突破5800亿元 is a goal", () => {
    const text = "地区生产总值从2020年的3120亿元增加到2025年的4386亿元。到2030年，地区生产总值突破5800亿元。";
    assert.strictEqual(figure(text, "4386亿元").goal, false);
    assert.strictEqual(figure(text, "4386亿元").period?.year, 2025);
    assert.strictEqual(figure(text, "突破5800亿元").goal, true);
  });
});
