/**
 * Classes of slips and false alarms from two held-out rounds of drafts (community childcare, old-estate
 * renovation, animal-disease vaccination, a Red Cross report with a table, a local chronicles office,
 * a cybersecurity week article, winter heating): each rule is driven through the whole analysis,
 * with the words the finding points at, and the correct variant stays quiet.
 */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument, type Finding } from "../../server/src/core";
import "../../server/src/core/registry";

const run = (text: string, family = /^(figure|numbering|fact)\./): Finding[] => analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => family.test(f.code));
const seen = (text: string, family?: RegExp) => run(text, family).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);

describe("rounds 34–35: one value written twice with two digits swapped, named another way", () => {
  it("the base of a goal after 在现有 … 基础上 names its metric after the value, for no target year (620个 … 602个托位)", () => {
    const text = "截至2025年8月底，街道托位总数620个，比2023年增加465个。\n下一步，力争到2025年底在现有602个托位基础上再新增100个。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 602个"]);
    assert.deepStrictEqual(seen(text.replace("602个", "620个")), []);
  });

  it("one metric's name inside the other's, for one year (村均74.2万元 … 在2024年全县村均收入47.2万元的基础上)", () => {
    const text = "2024年，全县村级集体经济总收入1.38亿元，村均74.2万元。\n力争到2025年底，在2024年全县村均收入47.2万元的基础上再提高10%以上。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 47.2万元"]);
    assert.deepStrictEqual(seen(text.replace("47.2万元", "74.2万元")), []);
  });

  it("a table's row names the metric in another order, in a unit of portions (新增入库造血干细胞血样1520人份 … | 造血干细胞血样入库 | 人份 | 1502 |)", () => {
    const text = "2024年，新增入库造血干细胞血样1520人份，实现捐献9例。\n2024年主要工作指标如下：\n| 指标 | 单位 | 2024年 | 2023年 |\n| --- | --- | --- | --- |\n| 造血干细胞血样入库 | 人份 | 1502 | 1380 |\n| 遗体捐献 | 例 | 38 | 25 |\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 1502"]);
    assert.deepStrictEqual(seen(text.replace("| 1502 |", "| 1520 |")), []);
  });

  it("a result the next clause builds on (…合格率84.6%，秋防要在此基础上…) is no goal, even under a goals heading", () => {
    const text = "一、总结春防工作\n全县春防猪O型口蹄疫免疫抗体合格率86.4%，高于国家规定的70%标准。\n二、明确目标任务\n春防猪O型口蹄疫免疫抗体合格率84.6%，秋防要在此基础上进一步巩固提升。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 84.6%"]);
    assert.deepStrictEqual(seen(text.replace("84.6%", "86.4%")), []);
  });

  it("the thing counted named before one number and, past 已知, after the other (隐患点共218处 … 对全县281处已知隐患点)", () => {
    const text = "截至3月底，全县纳入台账管理的地质灾害隐患点共218处，其中滑坡131处、崩塌87处。\n4月30日前，各乡镇要对全县281处已知隐患点逐点开展汛前排查。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 281处"]);
    assert.deepStrictEqual(seen(text.replace("281处", "218处")), []);
  });

  it("a decimal quantity whose metric ends alike (热源企业储煤86.4万吨 … 全市储煤68.4万吨); a kind of a count is not the count (项目216个 … 资金项目126个)", () => {
    const text = "目前，全市热源企业储煤86.4万吨，可满足30天以上用煤需求。\n入冬以来天气偏冷，全市储煤68.4万吨要确保足额到位。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 68.4万吨"]);
    assert.deepStrictEqual(seen("抽查项目216个。\n抽查乡村振兴衔接资金项目126个。\n"), []);
  });

  it("different things counted with swapped digits stay apart (受理126件 … 办结162件)", () => {
    assert.deepStrictEqual(seen("2024年，共受理行政复议案件126件。\n全年办结信访事项162件，按期办结率100%。\n"), []);
  });
});

describe("rounds 34–35: the whole year of a reviewing draft's title is as good as written", () => {
  it("全年开展党史宣讲176场 … 全年共开展党史宣讲183场 in a 2025 year-end summary", () => {
    const text = "市委党史研究室2025年工作总结\n（2025年12月10日）\n2025年，全年出版党史著作8部，开展党史宣讲176场。\n一、主要工作\n组织宣讲活动，全年共开展党史宣讲183场，受众2.3万人次。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 183场"]);
    assert.deepStrictEqual(seen(text.replace("183场", "176场")), []);
  });

  it("a plan's 全年 is not made a written year (2026年工作计划)", () => {
    const text = "市委党史研究室2026年工作计划\n全年开展党史宣讲不少于200场。\n二、重点任务\n全年开展党史宣讲180场以上。\n";
    assert.deepStrictEqual(seen(text).filter((s) => s.startsWith("figure.conflict")), []);
  });
});

describe("rounds 34–35: false alarms that became rules", () => {
  it("a sub-group's average (其中城关镇18个村村均收入126.5万元) is no part of the whole's average", () => {
    assert.deepStrictEqual(seen("2024年，全县村级集体经济总收入1.38亿元，村均74.2万元，其中城关镇18个村村均收入126.5万元。\n"), []);
    // A real part still exceeds its total.
    assert.deepStrictEqual(seen("2024年，全县村级集体经济总收入1.38亿元，其中城关镇18个村收入1.52亿元。\n"), ["figure.arithmetic 1.52亿元"]);
  });

  it("至少 qualifies the number it stands before (至少组建1支30人以上的队伍), not the next one", () => {
    assert.deepStrictEqual(seen("每个区至少组建1支30人以上的供热应急抢修队伍。\n"), []);
    assert.deepStrictEqual(seen("每个区至少组建30人以上的供热应急抢修队伍。\n"), ["figure.usage 30人以上"]);
  });

  it("a sentence's place goes on into its later clauses: 我国…互联网普及率78.6% and 全市…互联网普及率82.3% are two places", () => {
    const text = "截至2024年12月，我国网民规模达11.08亿人，互联网普及率达78.6%。全市网民规模达到486万人，互联网普及率82.3%，高于全国平均水平3.7个百分点。\n";
    assert.deepStrictEqual(seen(text), []);
  });

  it("二是 said again at the start of a paragraph after a 一是…二是 list opened inside the one before is that list's duplicate, not the outer list's", () => {
    const text = "今天我主要说三个事儿。\n第一个事儿，改造改啥。主要是三块：一是基础类的，屋面防水；二是完善类的，增设停车位；\n二是提升类的，建一个老年食堂。\n第二个事儿，钱从哪儿来。\n第三个事儿，加装电梯。\n";
    const fs = run(text, /^numbering\./);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.enumerator 二是"]);
    assert.match(fs[0].message, /编号重复：“二是”与上一项相同，应为“三是”/);
  });

  it("建党105周年 under a heading 2026年工作思路 of a 2025 summary is judged against 2026; N年来 still counts to the time of writing", () => {
    const head = "市委党史研究室2025年工作总结\n（2025年12月10日）\n一、主要工作\n全年开展党史宣讲176场。\n三、2026年工作思路\n";
    assert.deepStrictEqual(seen(head + "以纪念建党105周年为契机，组织党史宣讲不少于200场。\n", /^fact\./), []);
    assert.deepStrictEqual(seen(head + "以纪念建党104周年为契机，组织党史宣讲不少于200场。\n", /^fact\./), ["fact.date 建党104周年"]);
    assert.deepStrictEqual(seen(head + "改革开放48年来，我市发展成就显著。\n", /^fact\./), ["fact.date 改革开放48年来"]);
  });

  it("one figure read both as progress toward a plan and as a rate is reported once (已完成11项，完成率95.7%)", () => {
    const text = "全年计划推进的12项重点任务中，已完成11项，完成率95.7%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 95.7%"]);
  });
});

describe("rounds 34–35: knowledge the rounds were missing", () => {
  const slogans = (text: string) => seen(text, /^slogan\./);

  it("the short names of the bodies merged into 中共中央党史和文献研究院 in 2018 are retired; a province's 党史研究室 is not", () => {
    assert.deepStrictEqual(slogans("按照中央党史研究室的部署，编写地方党史。\n"), ["slogan.deprecated 中央党史研究室"]);
    assert.deepStrictEqual(slogans("在省委党史研究室的指导下，按照中共中央党史和文献研究院的部署开展工作。\n"), []);
    assert.deepStrictEqual(slogans("2015年，中央党史研究室出版了该书。\n"), []);
  });

  it("分级诊疗's four parts keep their order", () => {
    assert.deepStrictEqual(slogans("逐步建立基层首诊、双向转诊、急慢分治、上下联动的分级诊疗模式。\n"), []);
    assert.deepStrictEqual(slogans("逐步建立基层首诊、双向转诊、上下联动、急慢分治的分级诊疗模式。\n"), ["slogan.parts 上下联动、急慢分治"]);
  });

  it("律师从业的基本要求 in the 2016 opinion's words (拥护社会主义法治) and in 2023's (拥护我国社会主义法治): both right, 法制 a slip", () => {
    assert.deepStrictEqual(slogans("始终坚持把拥护中国共产党领导、拥护社会主义法治作为律师从业的基本要求。\n做拥护中国共产党领导、拥护我国社会主义法治这一从业基本要求的践行者。\n"), []);
    assert.deepStrictEqual(slogans("始终坚持把拥护中国共产党领导、拥护社会主义法制作为律师从业的基本要求。\n"), ["slogan.typo 拥护中国共产党领导、拥护社会主义法制"]);
  });

  it("建设生育友好型社会 (国办 2024) with 型 written 性 is a slip", () => {
    assert.deepStrictEqual(slogans("完善生育支持政策，建设生育友好型社会。\n"), []);
    assert.deepStrictEqual(slogans("完善生育支持政策，建设生育友好性社会。\n"), ["slogan.typo 建设生育友好性社会"]);
  });
});

describe("rounds 34–35: arithmetic and counts read in more of the ways writers put them", () => {
  it("a change's new value may stand before its own share (普惠性托位415个，占比66.9%，比2023年的120个增长了3.5倍)", () => {
    const text = "其中，普惠性托位415个，占比66.9%，比2023年的120个增长了3.5倍。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 3.5倍"]);
    assert.deepStrictEqual(seen(text.replace("增长了3.5倍", "增长了2.46倍")), []);
  });

  it("a per-unit word between 从 and the old value, and 提到 as the verb of the new one (从每台15万元提到了20万元，提高了25%)", () => {
    const text = "市里今年把加装电梯补贴从每台15万元提到了20万元，提高了25%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 25%"]);
    assert.deepStrictEqual(seen(text.replace("25%", "33.3%")), []);
  });

  it("the unit's note names the parts' other classifier (存储介质312台（件），其中涉密计算机46台、涉密移动存储介质283件)", () => {
    const text = "检查涉密计算机和存储介质312台（件），其中涉密计算机46台、涉密移动存储介质283件。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 283件"]);
    assert.deepStrictEqual(seen(text.replace("283件", "266件")), []);
  });

  it("三个环节。 announces a list, and four 一是…四是 paragraphs after it are a count slip", () => {
    const text = "各乡镇、各养殖场户要重点把好三个环节。\n一是严格疫苗管理。\n二是规范免疫操作。\n三是推进先打后补。\n四是加强监测评估。\n";
    assert.deepStrictEqual(seen(text), ["numbering.count 三个环节"]);
    assert.deepStrictEqual(seen(text.replace("四是加强监测评估。\n", "")), []);
  });
});

describe("rounds 34–35: a Markdown table's own arithmetic", () => {
  const table = (growth: string, total = "80720") =>
    `上半年各险种保费收入情况如下表（单位：万元）：\n| 险种 | 上年同期 | 本期 | 同比增长 |\n|---|---|---|---|\n| 种植险 | 46500 | 52360 | 12.6% |\n| 养殖险 | 17400 | 18640 | 7.1% |\n| 特色农产品险 | 7750 | 9720 | ${growth} |\n| 合计 | 71650 | ${total} | 12.7% |\n`;

  it("a row's growth is its new value over its old, within their rounding (上年同期 7750, 本期 9720, 同比增长 15.4%)", () => {
    assert.deepStrictEqual(seen(table("25.4%")), []);
    const text = table("15.4%");
    const fs = run(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["figure.arithmetic 15.4%"]);
    assert.match(fs[0].message, /从7750到9720，增长应为25.4%，此处为“15.4%”/);
  });

  it("a 合计 row is the sum of the rows above it", () => {
    const text = table("25.4%", "84000");
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 84000", "figure.arithmetic 12.7%"]);
  });

  it("two year columns and a growth column in percent; a difference in an 增减 column is no rate; a row whose value conflicts with the text has that one slip", () => {
    const years = "| 指标 | 2023年 | 2024年 | 增减 |\n|---|---|---|---|\n| 水利投资（亿元） | 5.05 | 5.82 | +15.2% |\n| 高效节水灌溉面积（万亩） | 2.1 | 6.3 | +4.2 |\n| 万元GDP用水量（立方米） | 48.6 | 45.2 | -7.0% |\n";
    assert.deepStrictEqual(seen(years), []);
    assert.deepStrictEqual(seen(years.replace("-7.0%", "-9.0%")), ["figure.arithmetic -9.0%"]);
  });
});
