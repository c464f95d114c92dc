/**
 * Figures restated as writers restate them: multiples, decreases, rates from
 * their complement, splits written with …中, ratios that are not shares, and
 * one value stated twice in unlike words. Each slip is asserted with the words
 * the finding points at and the value its message computes; each correct
 * variant gives no finding.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS, type Settings } from "../../server/src/core/settings";
import { figureCheck, targetSource, type TargetData } from "../../server/src/core/figures";
import type { Finding } from "../../server/src/core/findings";

function check(text: string, opts: { targets?: TargetData; year?: number } = {}): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, "lectern.documentYear": opts.year ?? null };
  return figureCheck.run(parseDocument(text), { settings, data: opts.targets ? { targets: opts.targets } : {} });
}

function targets(json: unknown): TargetData {
  const r = targetSource.load([{ path: "/w/.lectern/targets.json", text: JSON.stringify(json) }], DEFAULT_SETTINGS);
  assert.deepStrictEqual(r.problems, []);
  return r.value as TargetData;
}

/** The one finding of a text: its code, the words it points at, and its message. */
function one(text: string, opts: { targets?: TargetData; year?: number } = {}): { code: string; at: string; message: string; related?: string } {
  const fs = check(text, opts);
  assert.strictEqual(fs.length, 1, fs.map((f) => `${f.code} ${f.message}`).join("\n") || "no finding");
  const f = fs[0];
  return { code: f.code, at: text.slice(f.span.start, f.span.end), message: f.message, related: f.related?.[0] && text.slice(f.related[0].span.start, f.related[0].span.end) };
}

const none = (text: string, opts: { targets?: TargetData; year?: number } = {}) =>
  assert.deepStrictEqual(check(text, opts).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)} ${f.message}`), []);

describe("figures restated: multiples say how much more, not how many times (item 5)", () => {
  it("从15个增加到30个，增长了两倍 is wrong: 增长一倍, 是原来的2倍", () => {
    const f = one("全县家庭农场从15个增加到30个，增长了两倍。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "两倍");
    assert.match(f.message, /是原来的2倍（增长1倍）/);
    assert.match(f.message, /增长两倍是原来的3倍/);
  });
  it("negative: 增长一倍, 增加了一倍, 是原来的2倍 for 15→30", () => {
    none("全县家庭农场从15个增加到30个，增长一倍。");
    none("全县家庭农场从15个增加到30个，增加了一倍。");
    none("全县家庭农场从15个增加到30个，是原来的2倍。");
  });
  it("去年12部，今年计划18部，比去年增长了1.5倍 is wrong: 增长50%, 是去年的1.5倍", () => {
    const f = one("去年12部，今年计划18部，比去年增长了1.5倍。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "1.5倍");
    assert.strictEqual(f.related, "12部");
    assert.match(f.message, /增长0\.5倍/);
    assert.match(f.message, /增长50%/);
  });
  it("the year compared with may be written as a year", () => {
    const f = one("2023年完成12部，2024年完成18部，比2023年增长了1.5倍。");
    assert.strictEqual(f.at, "1.5倍");
    assert.match(f.message, /是原来的1\.5倍/);
  });
  it("negative: 比去年增长50%, 是去年的1.5倍, 比去年增长0.5倍", () => {
    none("去年12部，今年计划18部，比去年增长50%。");
    none("去年12部，今年计划18部，是去年的1.5倍。");
    none("去年12部，今年计划18部，比去年增长0.5倍。");
  });
  it("negative: the figure before 比去年 must be the only earlier one of its kind with last year's period", () => {
    none("去年完成12部、今年完成18部，明年计划30部，比去年增长了1.5倍。");
  });
  it("翻两番 is ×4", () => {
    const f = one("粮食产量从20万吨增加到60万吨，翻两番。");
    assert.strictEqual(f.at, "翻两番");
    assert.match(f.message, /是原来的3倍/);
    none("粮食产量从20万吨增加到80万吨，翻两番。");
  });
});

describe("figures restated: decreases are over the old value (item 6)", () => {
  it("从48下降到40，下降20% is wrong: 16.7%, and 20% is 8/40", () => {
    const f = one("全市行政审批事项从48个下降到40个，下降20%。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "20%");
    assert.match(f.message, /下降应为16\.7%/);
    assert.match(f.message, /以新值40个为基数/);
  });
  it("negative: 下降16.7%", () => none("全市行政审批事项从48个下降到40个，下降16.7%。"));
  it("a duration shortened (压缩, 缩短) is a decrease too", () => {
    const f = one("项目审批时限从48天压缩到40天，缩短20%。");
    assert.strictEqual(f.at, "20%");
    assert.match(f.message, /16\.7%/);
    none("项目审批时限从48天压缩到40天，缩短16.7%。");
  });
});

describe("figures restated: rates from their complement, splits written with …中 (item 7)", () => {
  it("检测水样420个，超标9个，达标率98.1% is wrong: 97.9%", () => {
    const f = one("全年检测水样420个，超标9个，达标率98.1%。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "98.1%");
    assert.strictEqual(f.related, "420个");
    assert.match(f.message, /达标率应为97\.9%/);
  });
  it("negative: 达标率97.9%", () => none("全年检测水样420个，超标9个，达标率97.9%。"));
  it("不合格 for 合格率, 未整改 for 整改率", () => {
    assert.match(one("抽检食品260件，不合格7件，合格率96.5%。").message, /合格率应为97\.3%/);
    none("抽检食品260件，不合格7件，合格率97.3%。");
    assert.match(one("排查隐患58处，未整改4处，整改率90%。").message, /整改率应为93\.1%/);
    none("排查隐患58处，未整改4处，整改率93.1%。");
  });
  it("需改造的36栋楼中，已完工22栋、在建16栋 is 38 of 36", () => {
    const f = one("需改造的36栋楼中，已完工22栋、在建16栋。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "16栋");
    assert.strictEqual(f.related, "36栋");
    assert.match(f.message, /合计38栋/);
  });
  it("negative: 已完工22栋、在建14栋; a 中 part list that does not pass its total", () => {
    none("需改造的36栋楼中，已完工22栋、在建14栋。");
    none("在全市120家企业中，规上企业80家、小微企业40家。");
    // Clauses that do not each state a state of the whole may count overlapping groups.
    none("全市1200家企业中，有800家开展了数字化改造，600家实现了上云。");
  });
  it("clauses that each open with a state (已完成…，基本完成…) are one split", () => {
    const f = one("巡视反馈的12项问题中，已完成整改10项，基本完成整改3项。");
    assert.strictEqual(f.at, "3项");
    assert.match(f.message, /合计13项/);
  });
});

describe("figures restated: ratios that are not shares may pass 100% (item 8)", () => {
  it("流动性覆盖率156%, 净稳定资金比例128%, 综合偿付能力充足率215%, 拨备覆盖率 and 完成率 give no 'cannot exceed 100%'", () => {
    none("截至6月末，本行流动性覆盖率156%，净稳定资金比例128%，拨备覆盖率210%。");
    none("公司综合偿付能力充足率215%，核心偿付能力充足率168%。");
    none("全年重点项目投资完成率112%。");
  });
  it("still: a genuine share over 100%", () => {
    const f = one("全市城镇化率达到103%。");
    assert.strictEqual(f.at, "103%");
    assert.match(f.message, /不能超过100%/);
    const g = one("农村生活污水治理覆盖率达到105%。");
    assert.strictEqual(g.at, "105%");
  });
});

describe("figures restated: a value restated as the base of a goal (item 1)", () => {
  const review = "2024年全县粮食产量达到52.6万吨，增长3.1%。";
  it("在2024年粮食产量56.2万吨的基础上，力争… restates the 2024 result", () => {
    const text = `${review}\n\n今年的主要目标是：在2024年粮食产量56.2万吨的基础上，力争粮食产量稳定在53万吨以上。`;
    const f = one(text);
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "56.2万吨");
    assert.strictEqual(f.related, "52.6万吨");
    assert.match(f.message, /2024年“粮食产量”/);
    none(text.replace("56.2万吨的基础上", "52.6万吨的基础上"));
  });
  it("the goal after 的基础上 is not the base year's (53万吨以上 against 52.6万吨)", () => {
    none(`${review}\n\n在2024年粮食产量52.6万吨的基础上，力争2025年粮食产量稳定在53万吨以上。`);
  });
  it("in a 存在的问题 part: 一是…2024年粮食产量仍为…", () => {
    const text = `一、主要成绩\n\n${review}\n\n二、存在的问题\n\n一是粮食生产基础仍不稳固，2024年粮食产量仍为56.2万吨，单产偏低。二是农民增收渠道不宽。`;
    const f = one(text);
    assert.strictEqual(f.at, "56.2万吨");
    assert.match(f.message, /“粮食产量”前后不一致/);
    none(text.replace("仍为56.2万吨", "仍为52.6万吨"));
  });
  it("in a closing summary", () => {
    assert.strictEqual(one(`${review}\n\n总之，2024年全县粮食产量56.2万吨，成绩来之不易。`).at, "56.2万吨");
  });
  it("in a Markdown list item under a part that names the year", () => {
    const text = "# 2024年工作回顾\n\n- 全县粮食产量达到52.6万吨。\n\n# 2025年工作安排\n\n- 在2024年粮食产量56.2万吨的基础上，力争稳定在53万吨以上。";
    const f = one(text);
    assert.strictEqual(f.at, "56.2万吨");
    assert.strictEqual(f.related, "52.6万吨");
  });
  it("with the year from part titles (2024年工作回顾) and from a 过去一年 heading under a dated title", () => {
    const parts = "2024年工作回顾\n\n全县粮食产量达到52.6万吨，增长3.1%。\n\n2025年工作安排\n\n在2024年粮食产量56.2万吨的基础上，力争粮食产量稳定在53万吨以上。";
    assert.strictEqual(one(parts).at, "56.2万吨");
    const lastYear = "2025年全县农业农村工作报告\n\n一、过去一年工作回顾\n\n过去一年，全县粮食产量达到52.6万吨，增长3.1%。\n\n二、今年工作安排\n\n在2024年粮食产量56.2万吨的基础上，力争稳定在53万吨以上。";
    const f = one(lastYear);
    assert.strictEqual(f.at, "56.2万吨");
    assert.strictEqual(f.related, "52.6万吨");
    none(lastYear.replace("56.2万吨", "52.6万吨"));
  });
});

describe("figures restated: one half-year result with and without 同比 (item 2)", () => {
  it("上半年营业收入同比增长7.4% … 上半年营业收入增长4.7%", () => {
    const text = "上半年，全行营业收入同比增长7.4%，净利润增长5.2%。\n\n上半年营业收入增长4.7%，主要得益于零售业务。";
    const f = one(text);
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "4.7%");
    assert.strictEqual(f.related, "7.4%");
    assert.match(f.message, /上半年“营业收入”/);
  });
  it("under a dated title, with 比上年同期", () => {
    const text = "在2025年上半年经营工作会议上的讲话\n\n上半年，全行营业收入比上年同期增长7.4%。\n\n上半年营业收入增长4.7%，主要得益于零售业务。";
    assert.strictEqual(one(text).at, "4.7%");
  });
  it("negative: the same value; 环比, 累计 and a month still tell two statements apart", () => {
    none("上半年营业收入同比增长7.4%。\n\n上半年营业收入增长7.4%。");
    none("上半年营业收入同比增长7.4%。\n\n上半年营业收入环比增长4.7%。");
    none("1—6月营业收入累计增长7.4%。\n\n6月份营业收入增长4.7%。");
    none("上半年营业收入同比增长7.4%。\n\n去年上半年营业收入增长4.7%。");
    // 比上年末 compares with the start of the year, not the same period.
    none("上半年各项存款余额比上年末增长8.2%。\n\n上半年各项存款余额增长6.1%。");
  });
});

describe("figures restated: an undated goal restated (item 3)", () => {
  const goals = "主要预期目标是：地区生产总值增长6%左右，居民人均可支配收入增长6.5%。";
  it("主要预期目标是：…增长6.5%, then 今年力争…增长6% (a stretch below the stated goal)", () => {
    const text = `${goals}\n\n今年力争居民人均可支配收入增长6%。`;
    const f = one(text);
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "6%");
    assert.strictEqual(f.related, "6.5%");
    assert.match(f.message, /“居民人均可支配收入”/);
  });
  it("with the draft's year set, and under a dated title", () => {
    assert.strictEqual(one(`${goals}\n\n今年力争居民人均可支配收入增长6%。`, { year: 2025 }).at, "6%");
    assert.strictEqual(one(`2025年政府工作报告\n\n${goals}\n\n今年力争居民人均可支配收入增长6%。`).at, "6%");
  });
  it("negative: the same goal restated; a goal word the sentence does not name (稳定在) leaves the figure undated", () => {
    none(`${goals}\n\n今年力争居民人均可支配收入增长6.5%。`);
    none("基本医疗保险参保率稳定在95%。\n\n今年基本医疗保险参保率稳定在96%。");
  });
});

describe("figures restated: targets for the year under review (item 9)", () => {
  const table = targets({ targets: [{ metric: "技术合同成交额", value: 102, unit: "亿元", year: 2024, source: "2024年科技统计公报" }] });
  const cases: [string, string][] = [
    ["a 2024年工作回顾 part title", "2024年工作回顾\n\n全年技术合同成交额120亿元，增长15%。\n\n2025年工作安排\n\n全年技术合同成交额力争达到130亿元。"],
    ["a numbered 一、2024年工作回顾 heading", "2025年全市科技工作会议报告\n\n一、2024年工作回顾\n\n全年技术合同成交额120亿元，增长15%。\n\n二、2025年工作安排\n\n全年技术合同成交额力争达到130亿元。"],
    ["a 过去一年 heading under a dated title", "2025年全市科技工作会议报告\n\n一、过去一年工作回顾\n\n全年技术合同成交额120亿元，增长15%。\n\n二、今年重点工作\n\n全年技术合同成交额力争达到130亿元。"],
  ];
  for (const [why, text] of cases) {
    it(`全年技术合同成交额120亿元 under ${why} is compared with the 2024 entry`, () => {
      const f = one(text, { targets: table });
      assert.strictEqual(f.code, "figure.target");
      assert.strictEqual(f.at, "120亿元");
      assert.match(f.message, /2024年技术合同成交额 102亿元/);
      none(text.replace("120亿元", "102亿元"), { targets: table });
    });
  }
});

describe("figures restated: one count named two ways (item 4, narrow)", () => {
  it("共有2468名同学毕业 … 2486名学子即将走出校门: a digit swap in one unit, said as a hint", () => {
    const text = "今年，我校共有2468名同学毕业，其中本科生1862名。\n\n再过几天，2486名学子即将走出校门，奔赴祖国各地。";
    const fs = check(text);
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].code, "figure.conflict");
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "2486名");
    assert.strictEqual(text.slice(fs[0].related![0].span.start, fs[0].related![0].span.end), "2468名");
    assert.match(fs[0].message, /只差相邻两位数字的顺序/);
    // 同学毕业 and 学子: the metric is unsure, so only a hint; both fixes on request.
    assert.strictEqual(fs[0].severity, "hint");
    assert.ok(fs[0].fixes?.length === 2 && fs[0].fixes.every((f) => !f.safe));
  });
  it("named the same way, information", () => {
    const fs = check("2024年，全县新增就业1352人。\n\n2024年全县新增就业1532人，超额完成任务。");
    assert.deepStrictEqual(fs.map((f) => f.severity), ["information"]);
  });
  it("negative: the same number; two periods named; a swap that is not of neighbours; counts of things (个); one sentence; parts", () => {
    none("今年，我校共有2468名同学毕业。\n\n再过几天，2468名学子即将走出校门。");
    none("2023年招收新生2468名。\n\n2024年招收新生2486名。");
    none("今年，我校共有2468名同学毕业。\n\n今年招收新生2864名。");
    none("抽查项目216个。\n\n抽查乡村振兴衔接资金项目126个。");
    none("今年毕业生2468名，去年毕业生2486名。");
    none("全校教职工2468名。\n\n其中专任教师2486名。");
  });
  it("people counted in 人, 名 or 位 alike: 1860位老人 … 老人有1680位; 离退休干部1286人 … 1268位离退休老同志", () => {
    const a1 = "咱们社区60岁以上的老人一共1860位，差不多每五个人里就有一位老人家。\n\n现在咱们社区60岁以上老人有1680位，以后来吃饭的人还会更多。";
    const a = check(a1);
    assert.deepStrictEqual(a.map((f) => [f.code, a1.slice(f.span.start, f.span.end)]), [["figure.conflict", "1680位"]]);
    const b1 = "重阳节座谈会讲话\n\n2025年10月29日\n\n咱们县现在有离退休干部1286人，其中离休干部12人、退休干部1274人。\n\n今年咱们全县1268位离退休老同志中，有不少人还在为县里出主意。";
    const b = check(b1);
    assert.deepStrictEqual(b.map((f) => [f.code, b1.slice(f.span.start, f.span.end)]), [["figure.conflict", "1268位"]]);
  });
  it("negative: 位 and 人 in two written periods; a part in 位", () => {
    none("2023年，全县离退休干部1286人。\n\n2024年，全县离退休干部1268位。");
    none("全县离退休干部1286人，其中党员1268位。");
  });
});

describe("figures restated: any quantity of one named metric with two neighbouring digits swapped", () => {
  it("缴存额96.8亿元 … 缴存额98.6亿元 in one year: a warning on the later statement, both values offered", () => {
    const text = "2024年，全市住房公积金缴存额96.8亿元，同比增长6.2%。\n\n回顾2024年，全市缴存额98.6亿元，为保障职工住房需求提供了有力支撑。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end), f.severity]), [["figure.conflict", "98.6亿元", "warning"]]);
    assert.match(fs[0].message, /只差相邻两位数字的顺序：若说的是同一个数/);
    assert.strictEqual(text.slice(fs[0].related![0].span.start, fs[0].related![0].span.end), "96.8亿元");
  });
  it("a metric named in full once and by its end later (医院门急诊量, 门急诊量); a rate (不良贷款率1.46%, 1.64%)", () => {
    const a = check("2024年，医院门急诊量58.4万人次。\n\n在2024年门急诊量54.8万人次的基础上，力争再增长5%。");
    assert.deepStrictEqual(a.map((f) => f.code), ["figure.conflict"]);
    const b = check("2025年6月末，全行不良贷款率1.46%。\n\n要在2025年6月末不良贷款率1.64%的基础上继续压降。");
    assert.deepStrictEqual(b.map((f) => f.code), ["figure.conflict"]);
  });
  it("negative: two metrics; one unnamed; two periods; a goal for a later year; digits not neighbours; a part", () => {
    none("2024年，全市缴存额96.8亿元。\n\n2024年，全市提取额98.6亿元。");
    none("2024年，全市缴存额96.8亿元。\n\n2024年，全市共计98.6亿元。");
    none("2023年，全市缴存额96.8亿元。\n\n2024年，全市缴存额98.6亿元。");
    none("2024年，全市缴存额96.8亿元。\n\n到2027年，全市缴存额力争达到98.6亿元。");
    none("2024年，全市缴存额96.8亿元。\n\n2024年，全市缴存额86.9亿元。");
    none("2024年，全市缴存额96.8亿元，其中单位缴存额69.8亿元。");
  });
});

describe("figures restated: 稳定在 under a review part states a result", () => {
  it("全年粮食播种面积稳定在86.5万亩，粮食产量达到52.6万吨 under 2024年工作回顾 is compared with the later restatement", () => {
    const text = "2024年工作回顾\n\n全年粮食播种面积稳定在86.5万亩，粮食产量达到52.6万吨。\n\n2025年工作安排\n\n在2024年粮食产量56.2万吨的基础上，力争粮食产量稳定在53万吨以上。";
    const f = one(text);
    assert.strictEqual(f.at, "56.2万吨");
    assert.strictEqual(f.related, "52.6万吨");
  });
  it("still: under a goal part 稳定在 sets a goal (53万吨以上 is not the 2024 result)", () => {
    none("2024年工作回顾\n\n全年粮食产量达到52.6万吨。\n\n2025年工作安排\n\n全年粮食产量稳定在53万吨以上。");
  });
});

describe("figures restated: a multiple of the old value itself (是原来的N倍)", () => {
  it("从15个增加到30个，是原来的3倍 (or 三倍) is wrong; 是原来的2倍 (两倍) is right", () => {
    const f = one("全县家庭农场从15个增加到30个，是原来的3倍。");
    assert.strictEqual(f.at, "3倍");
    assert.match(f.message, /是原来的2倍/);
    assert.strictEqual(one("全县家庭农场从15个增加到30个，是原来的三倍。").at, "三倍");
    none("全县家庭农场从15个增加到30个，是原来的2倍。");
    none("全县家庭农场从15个增加到30个，是原来的两倍。");
  });
  it("是去年的3倍 against the year named", () => {
    assert.strictEqual(one("去年12部，今年计划18部，是去年的3倍。").at, "3倍");
    none("去年12部，今年计划18部，是去年的1.5倍。");
  });
  it("negative: a multiple of something else (是全省平均水平的3倍)", () => none("全县家庭农场从15个增加到30个，是全省平均水平的3倍。"));
});

describe("figures restated: two places are two statements", () => {
  it("negative: 全省… and 全县… of one period, dated or undated (an undated part of the year is now compared)", () => {
    none("一季度，全省地区生产总值增长5.3%。\n\n一季度，全县地区生产总值增长6.1%。");
    none("2024年，全省地区生产总值增长5.3%。\n\n2024年，全县地区生产总值增长6.1%。");
    none("上半年，全县规上工业增加值增长8.1%，高于全省1.2个百分点。\n\n上半年，全省规上工业增加值增长6.9%。");
  });
  it("still: one place named two ways (我县, 全县), or named once", () => {
    assert.strictEqual(one("2024年，我县地区生产总值增长5.3%。\n\n2024年，全县地区生产总值增长6.1%。").at, "6.1%");
    assert.strictEqual(one("2024年，全县地区生产总值增长5.3%。\n\n2024年，地区生产总值增长6.1%。").at, "6.1%");
  });
});

describe("figures restated: the period of a restatement is read as a reader reads it", () => {
  const speech = (closing: string) =>
    [
      "在全市大气污染防治推进会上的讲话",
      "（2025年8月6日）",
      "同志们：",
      "一、当前形势",
      "今年以来，全市空气质量持续改善。1—7月，全市PM2.5平均浓度32.6微克/立方米，同比下降8.2%；优良天数比例81.1%，同比提高3.1个百分点。",
      "二、下一步工作安排",
      closing,
    ].join("\n");

  it("the date line under the title names no period: 1—7月 below it is this year's 1—7月", () => {
    const f = one(speech("从全省排名看，1—7月，全市优良天数比例为81.7%，在全省排第11位。"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "81.7%");
    assert.strictEqual(f.related, "81.1%");
  });

  it("negative: the same value restated, and a goal for the year in the goals part", () => {
    none(speech("从全省排名看，1—7月，全市优良天数比例为81.1%，在全省排第11位。"));
    none(speech("全年力争优良天数比例达到82%以上。"));
  });

  it("a part of the year already over, stated without a goal word under a goals heading, is a result (a Markdown draft dates itself in its first lines)", () => {
    const text = [
      "# 关于全市交通重点项目推进情况的汇报",
      "市交通运输局（2025年9月12日）",
      "## 一、总体情况",
      "1—8月，全市交通重点项目完成投资63.8亿元，完成年度计划的69.0%。",
      "## 二、下一步工作安排",
      "### （一）做好明年项目储备",
      "谋划储备2026年交通重点项目30个。",
      "1—8月，全市交通重点项目完成投资68.3亿元，总体进度好于往年同期。",
    ].join("\n");
    const f = one(text);
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "68.3亿元");
    assert.strictEqual(f.related, "63.8亿元");
  });

  it("negative: the same months with a goal word, or months not yet over at the draft's date, stay goals", () => {
    const text = (line: string) =>
      ["# 关于全市交通重点项目推进情况的汇报", "市交通运输局（2025年9月12日）", "## 一、总体情况", "1—8月，全市交通重点项目完成投资63.8亿元。", "## 二、明年工作安排", line].join("\n");
    none(text("力争明年1—8月，全市交通重点项目完成投资68.3亿元。"));
    none(text("1—10月，全市交通重点项目完成投资86.3亿元。"));
  });
});

describe("figures restated: spoken changes, 批次, totals with their growth, wholes named loosely", () => {
  it("人均从120块涨到了200块，涨了80% is wrong (66.7%); 涨了23% from 650 to 800 is right", () => {
    const f = one("去年年底分红，人均从120块涨到了200块，涨了80%，这个钱是大家一起干出来的。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "80%");
    assert.match(f.message, /66\.7%/);
    none("每亩租金从650块涨到800块，涨了23%。");
    none("价格从800块降到了600块，降了25%。");
  });
  it("a 其中 list after the total's own growth rate is checked against the total", () => {
    const f = one("上半年，全县医疗机构总诊疗人次达到86.4万人次，同比增长5.8%，其中县级公立医院41.2万人次、乡镇卫生院32.5万人次、村卫生室15.8万人次。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.match(f.message, /89\.5万人次/);
    none("上半年，全县医疗机构总诊疗人次达到86.4万人次，同比增长5.8%，其中县级公立医院41.2万人次、乡镇卫生院29.4万人次、村卫生室15.8万人次。");
  });
  it("a rate over 批次: 已核查处置389批次，核查处置率", () => {
    const f = one("发现不合格样品412批次，已核查处置389批次，核查处置率98.4%。");
    assert.match(f.message, /94\.4%/);
    none("发现不合格样品412批次，已核查处置389批次，核查处置率94.4%。");
  });
  it("占全市游客总量的: the whole stated earlier as the metric the part's name ends with", () => {
    const text = (share: string) => `2024年，全市接待游客5860万人次，同比增长18.6%。其中过夜游客2110万人次，占36.0%。\n乡村旅游持续火热，2024年全市乡村旅游接待游客2360万人次，占全市游客总量的${share}，带动就业。`;
    const f = one(text("45.6%"));
    assert.strictEqual(f.at, "45.6%");
    assert.match(f.message, /40\.3%/);
    none(text("40.3%"));
  });
  it("a goal restated with the same words before a metric read short (学前三年毛入学率)", () => {
    const text = (v: string) => `（一）学前教育。到2028年，学前三年毛入学率达到98%，普惠性幼儿园覆盖率达到92%以上。\n五、保障措施\n到2028年，学前三年毛入学率达到${v}，全县教育主要指标位居全市前列。`;
    const f = one(text("96%"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "96%");
    none(text("98%"));
    // Other words before the metric: another quantity.
    none("到2028年，学前三年毛入学率达到98%。\n到2028年，高中阶段毛入学率达到96%。");
  });
});

describe("figures restated: lists, pairs, accidents and years already past", () => {
  it("46批次、528人次，比上年的20批次增长2.3倍: the new value of the base's unit may stand before another figure", () => {
    const f = one("全年接待境外来访团组46批次、528人次，比上年的20批次增长2.3倍。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "2.3倍");
    none("全年接待境外来访团组46批次、528人次，比上年的20批次增长1.3倍。");
  });
  it("a count in 对 stated with the same words twice, the second in a goals part under a year already past", () => {
    const text = (v: string) =>
      ["关于2024年外事工作情况和2025年工作安排的报告", "（2025年1月10日）", "一、2024年工作回顾", "截至2024年底，全市缔结国际友好城市和友好交流城市19对。", "二、2025年工作安排", `截至2024年底，全市缔结国际友好城市和友好交流城市${v}，2025年力争新增国际友好城市2对。`].join("\n");
    const f = one(text("21对"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "21对");
    none(text("19对"));
  });
  it("生产安全事故 is a known indicator, whatever verb (共发生, 发生) stands before it; 2025年1—8月 is one period", () => {
    const text = (v: string) => `2025年1—8月，全市共发生各类生产安全事故63起、死亡41人，同比分别下降12.5%和10.9%。\n（一）道路交通安全。2025年1—8月，全市发生生产安全事故${v}，其中道路运输领域占比较大。`;
    const f = one(text("68起"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.match(f.message, /2025年1—8月“生产安全事故”/);
    none(text("63起"));
  });
  it("negative: visits counted in 人次 under two names are two counts, even with two digits swapped", () => {
    none("全年审批因公出国（境）团组37批182人次。\n全年办理赴港澳商务备案812人次，同比下降6.1%。");
  });
});

describe("figures restated: last year under a goals heading, two-digit swaps, 期", () => {
  it("去年…增长6.8% under this year's goals restates last year's result (6.3%)", () => {
    const text = (v: string) => ["在全县表彰大会上的讲话", "（2025年2月10日）", "一、2024年工作回顾", "2024年，全县地区生产总值完成312.6亿元，增长6.3%。", "二、2025年工作安排", `去年，全县地区生产总值增长${v}，但发展不足仍是最大的县情。今年全县地区生产总值力争增长6.5%左右。`].join("\n");
    const f = one(text("6.8%"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "6.8%");
    none(text("6.3%"));
  });
  it("two digits swapped (12部, 21部; 86期, 68期) for one metric named alike in one stated year", () => {
    const lift = (v: string) => `2024年咱们社区加装电梯12部，累计加装38部。\n像2024年加装电梯${v}，这都是大家一起干出来的。`;
    const f = one(lift("21部"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "21部");
    none(lift("12部"));
    const classes = (v: string) => `2025年，全市举办各类主体班次86期，培训干部5200人次。\n总的看，2025年全市举办各类主体班次${v}，培训质量稳步提升。`;
    assert.strictEqual(one(classes("68期")).at, "68期");
    none(classes("86期"));
    // Another year, or another metric: no swap.
    none("2024年加装电梯12部。\n2025年计划加装电梯21部。");
    none("2024年新建公园12个。\n2024年新建停车场21个。");
  });
});

describe("figures restated: from year-start to year-end, goals as written, stocks as wholes, rates across a semicolon", () => {
  it("从年初的A增长到年末的B，增长X%", () => {
    const f = one("各项存款余额从年初的1620.5亿元增长到年末的1785.3亿元，增长12.2%。");
    assert.match(f.message, /10\.2%/);
    none("各项存款余额从年初的1620.5亿元增长到年末的1785.3亿元，增长10.2%。");
  });
  it("a goal is set as written: 完成年度任务4万亩的110% against 4.2万亩", () => {
    assert.match(one("建成高标准农田4.2万亩，完成年度任务4万亩的110%。").message, /105%/);
    none("建成高标准农田4.2万亩，完成年度任务4万亩的105%。");
  });
  it("a share of the year-end stock named as the total (占全市高新技术企业总数的)", () => {
    const text = (v: string) => `截至2024年底，全市高新技术企业1286家。\n2024年新认定高新技术企业412家，占全市高新技术企业总数的${v}。`;
    assert.match(one(text("36.2%")).message, /32%/);
    none(text("32.0%"));
  });
  it("a share of a goal's floor: 耕地保有量不低于386.5万亩，其中…331.2万亩，占比", () => {
    const text = (v: string) => `到2035年，全市耕地保有量不低于386.5万亩，其中永久基本农田保护任务331.2万亩，占比${v}。`;
    assert.match(one(text("87.5%")).message, /85\.7%/);
    none(text("85.7%"));
  });
  it("审结…，结案率 after a total whose growth and a semicolon stand between", () => {
    const text = (v: string) => `全年受理各类案件12486件，同比增长8.2%；审结11902件，结案率${v}，其中民商事案件7368件。`;
    assert.match(one(text("93.6%")).message, /95\.3%/);
    none(text("95.3%"));
  });
  it("增产 is a change: 比上年增产1.3万吨，增长4.3% over a base of 39.9万吨", () => {
    const f = one("粮食总产量41.2万吨，比上年增产1.3万吨，增长4.3%。");
    assert.match(f.message, /39\.9万吨/);
    none("粮食总产量41.2万吨，比上年增产1.3万吨，增长3.3%。");
  });
  it("negative: 每一座 counts nothing under 其中", () => {
    none("全县47座水库，其中中型水库3座、小（一）型水库12座、小（二）型水库32座，每一座都要把责任人落实到位。");
  });
  it("PM2.5 in 微克/立方米, restated with two digits swapped; growth rates swapped too", () => {
    const f = check("2024年，全市PM2.5平均浓度32.6微克/立方米，同比下降5.8%。\n对照年初目标，2024年PM2.5平均浓度36.2微克/立方米，完成考核任务。", {});
    assert.deepStrictEqual(f.map((x) => x.code), ["figure.conflict"]);
    const g = check("2025年，全县接待游客856.3万人次，同比增长12.4%。\n2026年，我们将在2025年接待游客865.3万人次的基础上，力争增长10%以上。");
    assert.deepStrictEqual(g.map((x) => x.code), ["figure.conflict"]);
  });
});

describe("figures in Markdown tables", () => {
  const bulletin = (text: string) =>
    [
      "# 青溪县2024年国民经济和社会发展统计公报",
      "青溪县统计局（2025年3月20日）",
      "| 指标 | 单位 | 绝对数 | 比上年增长（%） |",
      "| --- | --- | --- | --- |",
      "| 地区生产总值 | 亿元 | 286.4 | 5.6 |",
      "| 社会消费品零售总额 | 亿元 | 106.2 | 4.9 |",
      text,
    ].join("\n");
  it("a row and a sentence of the same indicator and year disagree", () => {
    const f = one(bulletin("全年社会消费品零售总额102.6亿元，比上年增长4.9%。"));
    assert.strictEqual(f.code, "figure.conflict");
    assert.strictEqual(f.at, "102.6亿元");
    assert.strictEqual(f.related, "106.2");
  });
  it("negative: the same values in words, another year's column, text cells", () => {
    none(bulletin("全年社会消费品零售总额106.2亿元，比上年增长4.9%。全年地区生产总值286.4亿元，增长5.6%。"));
    none(["| 指标 | 2023年 | 2024年 |", "| --- | --- | --- |", "| 粮食产量（万吨） | 39.9 | 41.2 |", "2024年粮食产量41.2万吨。", "2023年粮食产量39.9万吨。"].join("\n"));
    none(["| 项目 | 内容 | 责任单位 |", "| --- | --- | --- |", "| 粮食产量 | 稳定在40万吨以上 | 农业农村局 |"].join("\n"));
  });
  it("a growth column is read as growth rates", () => {
    const f = one(bulletin("全年地区生产总值286.4亿元，增长6.5%。"));
    assert.strictEqual(f.at, "6.5%");
    assert.strictEqual(f.related, "5.6");
  });
});

describe("figures restated: suffix metrics, short names in one year, 原来的, a whole named again with 中", () => {
  it("缴存额 read whole although the segmenter splits 缴存/额; a swap of its value is reported", () => {
    const text = "2024年，全市实现缴存额96.8亿元，同比增长6.2%。\n（一）缴存业务。2024年，全市缴存额98.6亿元，缴存职工稳步增加。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => f.code), ["figure.conflict"]);
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "98.6亿元");
  });
  it("three digits swapped for one stated year, the metric named short once (项目投资, 投资)", () => {
    const text = (v: string) => `2025年，项目计划完成投资42.6亿元。\n要强化资金监管，确保2025年完成投资${v}。`;
    assert.strictEqual(one(text("46.2亿元")).at, "46.2亿元");
    none(text("42.6亿元"));
  });
  it("从原来的A扩大到了B，面积增加了两倍", () => {
    assert.match(one("操场面积从原来的3200平方米扩大到了6400平方米，面积增加了两倍。").message, /增长1倍/);
    none("操场面积从原来的3200平方米扩大到了6400平方米，面积增加了一倍。");
  });
  it("受表彰的三八红旗手中，其中…: parts of the total of the sentence before", () => {
    const text = (n: number) => `本次大会共表彰三八红旗手52名、三八红旗集体30个。受表彰的三八红旗手中，其中来自基层一线的32名、企业和科研院所的${n}名、机关事业单位的9名。`;
    assert.match(one(text(18)).message, /59/);
    none(text(11));
  });
});

describe("figures restated: 发案 names the cases, a swapped rate of them is reported", () => {
  it("电信网络诈骗发案142起，同比下降34% … 发案同比下降43%", () => {
    const text = (v: string) => `今年1—6月，辖区电信网络诈骗发案142起，同比下降34%。\n讲到这里我再说一句，今年1—6月辖区电信网络诈骗发案同比下降${v}，这个成绩来之不易。`;
    assert.strictEqual(one(text("43%")).at, "43%");
    none(text("34%"));
  });
});

describe("figures restated: one part of the year written two ways, a reviewed year, groups that overlap", () => {
  it("上半年 and 1—6月 are one period; 截至12月 is the year's end", () => {
    const text = (v: string) => `1—6月，全县新签约项目总投资86.5亿元。\n总的看，上半年全县新签约项目总投资${v}，开局良好。`;
    assert.strictEqual(one(text("85.6亿元")).at, "85.6亿元");
    none(text("86.5亿元"));
  });
  it("a report on 2024 dated 2025: its 全年 is 2024", () => {
    const text = (v: string) => ["平川县科学技术协会关于2024年度科普工作情况的报告", "（2025年1月20日）", "全年开展科普活动326场次。", `2024年全县开展科普活动${v}，科普工作取得新成效。`].join("\n");
    assert.strictEqual(one(text("316场次")).at, "316场次");
    none(text("326场次"));
  });
  it("negative: people counted by age beside people counted by post overlap; 男/女 still split the total", () => {
    none("现有党员126名，其中35岁以下青年党员58名、生产经营一线党员84名。");
    none("全县共有干部320名，其中女干部86名、少数民族干部42名、35岁以下干部96名。");
    const f = one("共有学员56名，其中男学员35名、女学员23名，平均年龄31.6岁，35岁以下的42名。");
    assert.match(f.message, /58名/);
  });
});

describe("figures restated: tables under a part of the year, increments past a year-on-year rate, year-end stocks, 余", () => {
  it("a table under a 1—5月 lead-in is for 1—5月", () => {
    const text = (v: string) => ["1—5月，全县主要经济指标完成情况如下：", "| 指标 | 单位 | 绝对数 | 同比增长（%） |", "| --- | --- | --- | --- |", "| 社会消费品零售总额 | 亿元 | 48.75 | 5.1 |", `1—5月，全县社会消费品零售总额${v}，同比增长5.1%。`].join("\n");
    assert.strictEqual(one(text("47.85亿元")).at, "47.85亿元");
    none(text("48.75亿元"));
  });
  it("较年初增加28.4亿元，增长7.9% after the balance's own year-on-year rate", () => {
    assert.match(one("5月末，全县金融机构人民币存款余额412.6亿元，同比增长9.4%；较年初增加28.4亿元，增长7.9%。").message, /7\.39%/);
    none("5月末，全县金融机构人民币存款余额412.6亿元，同比增长9.4%；较年初增加28.4亿元，增长7.4%。");
  });
  it("a year-end stock restated as a goal's base year (截至2024年底 … 在2024年…的基础上)", () => {
    const text = (v: string) => `截至2024年底，全市基本医疗保险参保人数312.6万人。\n力争参保人数在2024年${v}的基础上保持稳中有增。`;
    assert.strictEqual(one(text("321.6万人")).at, "321.6万人");
    none(text("312.6万人"));
  });
  it("1260人 … 1620余人: the digits swapped under 余 too", () => {
    const f = check("本次演练参演人员1260人，出动车辆86台。\n今年的演练，参演人员1620余人，规模为历年之最。");
    assert.deepStrictEqual(f.map((x) => x.code), ["figure.conflict"]);
  });
  it("a 其中 several clauses back is no part of the figure (其中，…工程要…，到2030年…3.8人)", () => {
    const text = (v: string) => `到2030年，每千人口执业（助理）医师数达到3.6人。\n其中，人才队伍建设工程要实施医学生培养计划，五年培养本土医学人才300名以上，到2030年每千人口执业（助理）医师数达到${v}。`;
    assert.strictEqual(one(text("3.8人")).at, "3.8人");
    none(text("3.6人"));
  });
});

describe("figures restated: rates after their verb, attributes before 其中, wholes named as totals, nouns tagged as verbs", () => {
  it("全村312户，已经有286户签了字，签字率达到95.6%", () => {
    assert.match(one("全村312户，已经有286户签了字，签字率达到95.6%。").message, /91\.7%/);
    none("全村312户，已经有286户签了字，签字率达到91.7%。");
  });
  it("新签约项目12个，总投资86.5亿元，同比增长23.6%，其中工业项目8个…: the count is the parts' total", () => {
    assert.match(one("1—6月，全县新签约项目12个，总投资86.5亿元，同比增长23.6%，其中工业项目8个、文旅项目3个、现代农业项目2个。").message, /13个/);
    none("1—6月，全县新签约项目12个，总投资86.5亿元，同比增长23.6%，其中工业项目7个、文旅项目3个、现代农业项目2个。");
  });
  it("占签约项目总数的85%: the whole named as the total is the earlier count", () => {
    assert.match(one("1—6月，全县新签约项目12个，总投资86.5亿元。亿元以上项目9个，占签约项目总数的85%。").message, /75%/);
    none("1—6月，全县新签约项目12个，总投资86.5亿元。亿元以上项目9个，占签约项目总数的75%。");
  });
  it("社会组织 and 监督抽检 read as the nouns they are before a count, past 虽已达", () => {
    const text = (v: string) => `截至2024年12月31日，全市共登记社会组织2846家。\n三是监管力量相对薄弱，截至2024年底，全市登记社会组织虽已达${v}，但专职人员仅29名。`;
    assert.deepStrictEqual(check(text("2864家")).map((f) => f.code), ["figure.conflict"]);
    none(text("2846家"));
  });
});

describe("figures restated: a level against last year's same period, 增幅", () => {
  it("86.4%，比去年同期的84.2%提高1.2个百分点 is 2.2 points", () => {
    assert.match(one("本届毕业生去向落实率86.4%，比去年同期的84.2%提高1.2个百分点。").message, /2\.2个百分点/);
    none("本届毕业生去向落实率86.4%，比去年同期的84.2%提高2.2个百分点。");
    none("全县城镇化率58.6%，比全省高1.2个百分点。");
  });
  it("较年初增加53.3亿元，增幅6.8% over a base of 862.4亿元", () => {
    assert.match(one("6月末，各项存款余额915.7亿元，较年初增加53.3亿元，增幅6.8%。").message, /6\.18%|6\.2%/);
    none("6月末，各项存款余额915.7亿元，较年初增加53.3亿元，增幅6.2%。");
  });
});

describe("figures in Markdown tables: units in the row's name or the cell, years and parts of the year in headers", () => {
  it("| 一般公共预算收入（亿元） | 8.62 | 3.8% | under 上半年完成, against the text's 8.26亿元", () => {
    const text = (v: string) => ["| 指标 | 上半年完成 | 同比增长 |", "| --- | --- | --- |", "| 一般公共预算收入（亿元） | 8.62 | 3.8% |", `上半年一般公共预算收入${v}，同比增长3.8%。`].join("\n");
    assert.strictEqual(one(text("8.26亿元")).at, "8.26亿元");
    none(text("8.62亿元"));
  });
  it("| 水利投资（亿元） | 5.05 | 5.28 | +15.2% | with year columns, against the text's 2024 figure", () => {
    const text = (v: string) => [`2024年，全县完成水利投资${v}，同比增长15.2%。`, "| 指标 | 2023年 | 2024年 | 增减 |", "|---|---|---|---|", "| 水利投资（亿元） | 5.05 | 5.28 | +15.2% |", "| 农村自来水普及率（%） | 95.1 | 96.8 | +1.7个百分点 |"].join("\n");
    assert.deepStrictEqual(check(text("5.82亿元")).map((f) => f.code), ["figure.conflict"]);
    // Text and table agree on 5.28; the row's own +15.2% does not compute from 5.05 (4.55%), and is said once.
    assert.deepStrictEqual(check(text("5.28亿元")).map((f) => f.code), ["figure.arithmetic"]);
  });
});

describe("figures restated: a month's end", () => {
  it("截至6月末 and 在6月末…的基础上 are one moment", () => {
    const text = (v: string) => `截至6月末，各项贷款余额352.8亿元，较年初增加24.6亿元。\n在6月末各项贷款余额${v}的基础上，力争全年各项贷款净增45亿元。`;
    assert.deepStrictEqual(check(text("358.2亿元")).map((f) => f.code), ["figure.conflict"]);
    none(text("352.8亿元"));
  });
});

describe("figures restated: a share of a whole stated right there", () => {
  it("已储备化肥3.2万吨，占预计需求量4.5万吨的76.4% is 71.1%", () => {
    assert.match(one("已储备化肥3.2万吨，占预计需求量4.5万吨的76.4%。").message, /71\.1%/);
    none("已储备化肥3.2万吨，占预计需求量4.5万吨的71.1%。");
  });
});

describe("figures restated: a few words after the new value before 比…的", () => {
  it("有12项县纪录被打破，比上届的8项增长了1.5倍 is 增长0.5倍", () => {
    assert.match(one("共决出金牌126枚，有12项县纪录被打破，比上届的8项增长了1.5倍。").message, /增长0\.5倍/);
    none("共决出金牌126枚，有12项县纪录被打破，比上届的8项增长了50%。");
  });
});

describe("figures restated: a 、-joined run of parts ends the split", () => {
  it("其中县级林长11名、乡级林长145名、村级林长1130名，聘用生态护林员862名: the 护林员 are no part", () => {
    none("全县共设立县、乡、村三级林长1286名，其中县级林长11名、乡级林长145名、村级林长1130名，聘用生态护林员862名。");
    assert.match(one("全县共设立县、乡、村三级林长1286名，其中县级林长11名、乡级林长145名、村级林长1230名，聘用生态护林员862名。").message, /1386名/);
  });
});

describe("figures restated: the base of a comparison with its year (比2024年的…)", () => {
  it("比2024年的16.8万吨 is the 2024 value of the sentence's metric: a digit swap of 18.6万吨", () => {
    const text = "2024年，全县夏粮收购小麦18.6万吨，同比增长4.5%。\n\n今年全县力争收购小麦20万吨，比2024年的16.8万吨增长19.0%。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "16.8万吨"]]);
  });
  it("比2024年的8460批次 restates 2024年…8640批次 of the same metric", () => {
    const text = "2024年，全市共完成食品安全监督抽检8640批次，检出不合格173批次。\n\n今年，全市计划完成食品安全监督抽检9000批次，比2024年的8460批次增加540批次。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "8460批次"]]);
  });
  it("negative: the base stated as before; 是2020年的3.1倍 names no period for what follows", () => {
    none("2024年，全县夏粮收购小麦18.6万吨。\n\n今年全县力争收购小麦20万吨，比2024年的18.6万吨增长7.5%。");
    none("2024年，新能源装机规模达到186万千瓦，是2020年的3.1倍。研发投入达到18.6亿元，比2020年的6.2亿元增长了2倍。");
  });
});

describe("figures restated: a headcount's 人数 names nothing the unit does not", () => {
  it("道路交通事故死亡41人 … 在2024年44人的基础上 (道路交通事故死亡人数)", () => {
    const text = "2024年，全县道路交通事故死亡41人，同比下降10.9%。\n\n力争2025年全县道路交通事故死亡人数在2024年44人的基础上下降10%。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "44人"]]);
    none(text.replace("44人", "41人"));
  });
});

describe("figures restated: a change against a named year whose value the draft stated earlier", () => {
  const review = "2024年城镇老旧小区改造工作情况的报告\n\n一、2024年工作情况\n\n全年改造各类老化管网186公里，加装电梯312部，比2023年的205部增长52.2%。\n\n二、2025年工作打算\n\n";
  it("加装电梯力争达到400部，比2024年增长了1.3倍 against 加装电梯312部 of 2024: 增长28.2%", () => {
    const text = review + "加装电梯力争达到400部，比2024年增长了1.3倍。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.arithmetic", "1.3倍"]]);
    assert.strictEqual(text.slice(fs[0].related![0].span.start, fs[0].related![0].span.end), "312部");
  });
  it("negative: the right change; another metric; the base in the sentence; a year whose value is the sentence's own", () => {
    none(review + "加装电梯力争达到400部，比2024年增长28.2%。");
    none(review + "改造管网力争达到400公里，比2024年增长了1.3倍。");
    none(review + "加装电梯力争达到400部，比2024年的312部增长28.2%。");
    none(review + "加装电梯力争达到400部，比2023年增长了95.1%。");
  });
});

describe("figures restated: parts that reach the total's next rounding step; a whole named again among several", () => {
  it("4.6万亩，其中1.2万亩、2.1万亩、1.5万亩: 4.8万亩 exceeds the total, said in its unit", () => {
    const fs = check("2024年，全县完成营造林4.6万亩，其中人工造林1.2万亩、封山育林2.1万亩、退化林修复1.5万亩。");
    assert.deepStrictEqual(fs.map((f) => f.code), ["figure.arithmetic"]);
    assert.match(fs[0].message, /合计4\.8万亩，超过总数“4\.6万亩”/);
    none("2024年，全县完成营造林4.8万亩，其中人工造林1.2万亩、封山育林2.1万亩、退化林修复1.5万亩。");
    // Rounded parts may add up a step over a rounded total: 1.24 + 2.14 + 1.24 = 4.62.
    none("2024年，全县完成营造林4.6万亩，其中人工造林1.2万亩、封山育林2.1万亩、退化林修复1.4万亩。");
  });
  it("授予48名同志“县劳动模范”称号，授予38名同志“县先进工作者”称号。受表彰的县劳动模范中，其中…50名", () => {
    const text = "县委、县政府决定，授予48名同志“县劳动模范”称号，授予38名同志“县先进工作者”称号。受表彰的县劳动模范中，其中一线工人和农民22名、专业技术人员15名、企业负责人9名、其他人员4名。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, f.message]), [["figure.arithmetic", "“其中”各项合计50名，超过总数“48名”。"]]);
    none(text.replace("48名", "50名"));
    none(text.replace("受表彰的县劳动模范中", "受表彰的同志中"));
  });
});

describe("figures restated: a count after its verb, and the words before a metric read with it", () => {
  it("2025年，全市共接收选调生83名 … 咱们2025年全市接收选调生86名", () => {
    const text = "2025年，全市共接收选调生83名，其中男生37名、女生46名。\n\n咱们2025年全市接收选调生86名，一个都不能掉队。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "86名"]]);
    none(text.replace("86名", "83名"));
    none("2025年，全市共接收选调生83名。\n\n2025年，全省共接收选调生486名。");
  });
});

describe("figures restated: what a 其中 list leaves out", () => {
  it("a comparison's base inside the list (比上年的11.62亿元) is no part", () => {
    none("2024年，全县一般公共预算收入完成18.64亿元，增长8.7%。其中，税收收入12.86亿元，比上年的11.62亿元增长10.7%；非税收入5.78亿元，增长4.5%。");
    const fs = check("2024年，全县一般公共预算收入完成18.64亿元，增长8.7%。其中，税收收入13.86亿元，比上年的11.62亿元增长19.3%；非税收入5.78亿元，增长4.5%。");
    assert.deepStrictEqual(fs.map((f) => f.code), ["figure.arithmetic"]);
    assert.match(fs[0].message, /合计19\.64亿元/);
  });
  it("a 、-joined run before a semicolon is a complete list: 办理农民工讨薪案件1326件 after it is no part", () => {
    none("2024年，全市共受理法律援助案件4196件，其中刑事案件1538件、民事案件2472件、行政案件186件；办理农民工讨薪案件1326件，占受理总数的31.6%。");
    const fs = check("2024年，全市共受理法律援助案件4196件，其中刑事案件1538件、民事案件2572件、行政案件186件；办理农民工讨薪案件1326件。");
    assert.deepStrictEqual(fs.map((f) => f.code), ["figure.arithmetic"]);
  });
});

describe("figures: minutes, millimetres, centimetres and scores are units", () => {
  it("由2023年的42分钟提高到2024年的51分钟，提高了31% is 21.4%", () => {
    const fs = check("暴雨预警平均提前量由2023年的42分钟提高到2024年的51分钟，提高了31%。");
    assert.deepStrictEqual(fs.map((f) => f.code), ["figure.arithmetic"]);
    assert.match(fs[0].message, /21\.4%/);
    none("暴雨预警平均提前量由2023年的42分钟提高到2024年的51分钟，提高了21.4%。");
  });
  it("约480毫米左右 and 超过90分钟以上 say the bound twice", () => {
    assert.deepStrictEqual(check("主汛期降水量约480毫米左右。").map((f) => f.code), ["figure.usage"]);
    assert.deepStrictEqual(check("孩子每天玩手机超过90分钟以上。").map((f) => f.code), ["figure.usage"]);
  });
  it("a time of day, a fraction and decibels are no scores", () => {
    none("会议于上午9时30分开始，10时45分结束。\n\n上午9时30分，全体人员到场。");
    none("噪声控制在60分贝以下，约占3分之1。");
  });
});

describe("figures restated: digit swaps of counts whose metric is not read, and of metrics named alike at the end", () => {
  it("全支队接警出动12846起 … 全支队接警出动12486起; 报告法定传染病3486例 … 3468例", () => {
    const a = "2024年，全支队接警出动12846起，出动指战员9.12万人次。\n\n同志们，2024年全支队接警出动12486起，每一起警情背后都是群众的期盼。";
    assert.deepStrictEqual(check(a).map((f) => [f.code, a.slice(f.span.start, f.span.end)]), [["figure.conflict", "12486起"]]);
    const b = "今年1—8月，全县共报告法定传染病3486例，同比下降5.2%。\n\n今年1—8月全县共报告法定传染病3468例，虽然总体呈下降趋势。";
    assert.deepStrictEqual(check(b).map((f) => [f.code, b.slice(f.span.start, f.span.end)]), [["figure.conflict", "3468例"]]);
  });
  it("咱们班全班平均分486.5分 … 本学期期中考试全班平均分468.5分", () => {
    const text = "本学期期中考试，咱们班全班平均分486.5分，在年级排第3名。\n\n我再强调一下，本学期期中考试全班平均分468.5分，离年级第一还有差距。";
    assert.deepStrictEqual(check(text).map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "468.5分"]]);
  });
  it("negative: other words before the counts; two digits; other periods", () => {
    none("2024年，全支队接警出动12846起。\n\n2024年，全支队火灾扑救12486起。");
    none("2023年，全支队接警出动12846起。\n\n2024年，全支队接警出动12486起。");
    none("全支队接警出动18起。\n\n全支队接警出动81起。");
    none("咱们班全班平均分486.5分。\n\n隔壁班语文平均分468.5分。");
  });
});

describe("figures: from a month or a school term to now", () => {
  it("从2023年6月的86万人增长到2025年6月的258万人，两年翻了两番 is ×3; 从上学期的39.1%涨到了47.8%，提高了7.8个百分点 is 8.7", () => {
    assert.deepStrictEqual(check("粉丝量从2023年6月的86万人增长到2025年6月的258万人，两年翻了两番。").map((f) => f.code), ["figure.arithmetic"]);
    assert.deepStrictEqual(check("咱们班近视率从上学期的39.1%涨到了47.8%，一个学期就提高了7.8个百分点。").map((f) => f.code), ["figure.arithmetic"]);
    none("粉丝量从2023年6月的86万人增长到2025年6月的344万人，两年翻了两番。");
    none("咱们班近视率从上学期的39.1%涨到了47.8%，一个学期就提高了8.7个百分点。");
  });
});

describe("figures restated: a threshold is at least its number; the year's 年 joined to the place", () => {
  it("2024年，全系统实现销售总额18.6亿元 … 2024年全系统销售总额突破19亿元", () => {
    const text = "2024年，全系统实现销售总额18.6亿元，同比增长9.2%。\n\n2024年全系统销售总额突破19亿元，为全面完成规划目标奠定了基础。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["figure.conflict", "突破19亿元"]]);
    assert.match(fs[0].message, /“销售总额”/);
    none(text.replace("突破19亿元", "突破18亿元"));
    none(text.replace("18.6亿元", "19.2亿元"));
  });
});

describe("figures: parts after 其中 are no result of a progress; a heading's number is no estimate; 百分位 is no magnitude", () => {
  it("完成…412户，其中…286户、…126户，完成年度任务450户的91.6% is the 412's progress", () => {
    none("2025年上半年，全县完成农村危房改造和农房抗震改造412户，其中危房改造286户、抗震改造126户，完成年度任务450户的91.6%。");
    assert.deepStrictEqual(check("2025年上半年，全县完成农村危房改造和农房抗震改造412户，其中危房改造286户、抗震改造126户，完成年度任务450户的95.6%。").map((f) => f.code), ["figure.arithmetic"]);
  });
  it("迎来了312名一年级新同学，其中男生168名、女生152名: the total's noun before 其中", () => {
    assert.deepStrictEqual(check("今年秋季，我们迎来了312名一年级新同学，其中男生168名、女生152名。").map((f) => f.code), ["figure.arithmetic"]);
    none("今年秋季，我们迎来了320名一年级新同学，其中男生168名、女生152名。");
  });
  it("二、三十年风雨兼程 as a heading, and 第90百分位数, draw no usage finding; 二、三十年 in running text does", () => {
    none("一、发展历程\n\n二、三十年风雨兼程，我们积累了宝贵经验\n\n臭氧日最大8小时平均第90百分位数浓度为152微克/立方米。");
    assert.deepStrictEqual(check("我们用了二、三十年时间。").map((f) => f.code), ["figure.usage"]);
  });
});

describe("figures: year and date ranges with a hyphen, a fall's size, a split named 比例", () => {
  it("（1995-2025） and 7月25日-8月5日 take 一字线; a standard's number and a phone number do not", () => {
    const a = check("在恒达集团成立30周年（1995-2025）庆典大会上的讲话");
    assert.deepStrictEqual(a.map((f) => f.code), ["figure.usage"]);
    assert.strictEqual(a[0].fixes![0].edits[0].newText, "—");
    const b = check("今年7月25日-8月5日，各级领导将走访慰问驻市部队。");
    assert.deepStrictEqual(b.map((f) => f.code), ["figure.usage"]);
    none("按照GB/T 9704-2012执行。咨询电话0871-2025。会议时间（2025—2026）。");
  });
  it("由2024年同期的60微克/立方米下降至52微克/立方米，降幅15.4% is 13.3%", () => {
    assert.deepStrictEqual(check("PM10平均浓度由2024年同期的60微克/立方米下降至52微克/立方米，降幅15.4%。").map((f) => f.code), ["figure.arithmetic"]);
    none("PM10平均浓度由2024年同期的60微克/立方米下降至52微克/立方米，降幅13.3%。");
  });
  it("覆盖人口比例为68.5∶26.3∶6.2 sums to 101; a mix ratio 3∶2∶1 is no split of 100", () => {
    assert.deepStrictEqual(check("规模化供水、小型集中供水、分散供水覆盖人口比例为68.5∶26.3∶6.2。").map((f) => f.code), ["figure.arithmetic"]);
    none("规模化供水、小型集中供水、分散供水覆盖人口比例为68.5∶25.3∶6.2。");
    none("水泥、沙、石的配合比例为1∶2∶3。");
  });
});

describe("figures: a part's rate written as the rest's share", () => {
  it("执结41.8万件，其中…结案15.3万件，终本率为63.4% is 36.6%; 156项，其中在本地转化97项，本地转化率37.8% is 62.2%", () => {
    assert.deepStrictEqual(check("全年执结的首次执行案件41.8万件，其中以终结本次执行程序方式结案15.3万件，终本率为63.4%。").map((f) => f.code), ["figure.arithmetic"]);
    assert.deepStrictEqual(check("全市实施科技成果转化项目156项，其中在本地转化97项，本地转化率37.8%。").map((f) => f.code), ["figure.arithmetic"]);
    none("全年执结的首次执行案件41.8万件，其中以终结本次执行程序方式结案15.3万件，终本率为36.6%。");
    // A rate over another base (neither the part's share nor the rest's) is left alone.
    none("全年执结的首次执行案件41.8万件，其中以终结本次执行程序方式结案15.3万件，终本案件合格率98.9%。");
  });
});

describe("figures: 成功化解 opens its clause with the rate's verb", () => {
  it("委派诉前调解案件3260件，成功化解1894件，化解率61.2% is 58.1%", () => {
    assert.deepStrictEqual(check("委派诉前调解案件3260件，成功化解1894件，化解率61.2%。").map((f) => f.code), ["figure.arithmetic"]);
    none("委派诉前调解案件3260件，成功化解1894件，化解率58.1%。");
  });
});

describe("figures: a rate after a sibling part; a change column in a table of years", () => {
  it("受理…312人，批准逮捕241人，不捕71人，不捕率22.8% is over 312", () => {
    none("2024年，共受理审查逮捕案件228件312人，批准逮捕241人，不捕71人，不捕率22.8%。");
    assert.deepStrictEqual(check("2024年，共受理审查逮捕案件228件312人，批准逮捕241人，不捕71人，不捕率29.5%。").map((f) => f.code), ["figure.arithmetic"]);
  });
  it("| 农村居民人均可支配收入（元） | 15862 | 21486 | 增长35.5% | under 2020年 and 2024年 is no 2024 growth rate", () => {
    none("2024年，全县农村居民人均可支配收入21486元，同比增长6.8%。\n\n| 指标 | 2020年 | 2024年 | 变化 |\n|---|---|---|---|\n| 农村居民人均可支配收入（元） | 15862 | 21486 | 增长35.5% |");
  });
});

describe("figures: rounds 22 and 23's general rules", () => {
  it("由集采前同期的4820万元降至1968万元，下降61.5% is 59.2%; 由上年同期的29.8亿元增至68.5亿元，增长2.3倍 is 增长1.3倍", () => {
    assert.deepStrictEqual(check("集采药品采购金额由集采前同期的4820万元降至1968万元，下降61.5%。").map((f) => f.code), ["figure.arithmetic"]);
    none("集采药品采购金额由集采前同期的4820万元降至1968万元，下降59.2%。");
    assert.deepStrictEqual(check("跨境电商进出口由上年同期的29.8亿元增至68.5亿元，增长2.3倍。").map((f) => f.code), ["figure.arithmetic"]);
    none("跨境电商进出口由上年同期的29.8亿元增至68.5亿元，增长1.3倍。");
  });
  it("家庭医生签约38.9万人，签约率67.4% over 常住人口52.6万人 is 74.0%: 签约's 约 is no 'about'", () => {
    assert.deepStrictEqual(check("截至2024年底，全县常住人口52.6万人，家庭医生签约38.9万人，签约率67.4%。").map((f) => f.code), ["figure.arithmetic"]);
    none("截至2024年底，全县常住人口52.6万人，家庭医生签约38.9万人，签约率74.0%。");
  });
  it("县域内就诊率91.2% … 县域内就诊率为92.1%; 志愿服务时长486.2万小时 … 468.2万小时", () => {
    assert.deepStrictEqual(check("2024年，全县县域内就诊率91.2%。\n\n2024年，全县县域内就诊率为92.1%。").map((f) => f.code), ["figure.conflict"]);
    assert.deepStrictEqual(check("2025年上半年，全市志愿服务时长达到486.2万小时。\n\n总的看，2025年上半年全市志愿服务时长468.2万小时。").map((f) => f.code), ["figure.conflict"]);
  });
  it("三、四个 is an estimate; 第三、四名 and 三、四年级 are lists", () => {
    assert.deepStrictEqual(check("每个村配备三、四个护林员。").map((f) => f.code), ["figure.usage"]);
    none("他们分获第三、四名。三、四年级的同学参加活动。");
  });
});

describe("figures: the figure a multiple is of is no part", () => {
  it("运动员1860名，其中小学组780名、初中组650名、高中组430名，参赛人数是…845名的2.2倍", () => {
    none("本届运动会共有运动员1860名，其中小学组780名、初中组650名、高中组430名，参赛人数是2015年第十五届运动会845名的2.2倍。");
    assert.deepStrictEqual(check("本届运动会共有运动员1860名，其中小学组780名、初中组750名、高中组430名，参赛人数是2015年第十五届运动会845名的2.2倍。").map((f) => f.code), ["figure.arithmetic"]);
  });
});

describe("figures restated: life expectancy and average ages", () => {
  it("人均预期寿命79.6岁 restated as 79.3岁 for the same year is a conflict", () => {
    const text = "一、成效\n2024年，全市人均预期寿命达到79.6岁。\n二、问题\n2024年人均预期寿命79.3岁，与先进城市相比仍有差距。";
    const fs = check(text).filter((f) => f.code === "figure.conflict");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["79.3岁"]);
  });
  it("ages that bound a group are no figures: 60岁以上老人, 18岁, 80岁以上高龄老人", () => {
    const text = "全市60岁以上老人12.3万人，80岁以上高龄老人2.1万人。\n今年为65岁以上老人免费体检，18岁以下未成年人8.6万人。";
    assert.deepStrictEqual(check(text).map((f) => f.code), []);
  });
});

describe("figures restated: a decrease whose old value follows a year (从2024年演练的40分钟)", () => {
  it("缩短了60% from 40 to 25 minutes is over the new value", () => {
    const r = one("平均到达时间从2024年演练的40分钟缩短至25分钟，缩短了60%。");
    assert.strictEqual(r.at, "60%");
    assert.match(r.message, /37\.5%/);
    none("平均到达时间从2024年演练的40分钟缩短至25分钟，缩短了37.5%。");
  });
});

describe("figures restated: the same moment written two ways, a change's new value, quoted names", () => {
  it("2025年6月末 and 截至2025年6月末 are one moment", () => {
    const r = one("2025年6月末，各项贷款余额486.3亿元，比年初增加43.5亿元。\n截至2025年6月末，各项贷款余额468.3亿元。");
    assert.strictEqual(r.code, "figure.conflict");
    assert.strictEqual(r.at, "468.3亿元");
    none("2025年6月末，各项贷款余额486.3亿元。\n截至2025年6月末，各项贷款余额486.3亿元。");
  });
  it("由2023年的62.3%提高到63.1% under a 2024 review: 63.1% is 2024's, restated as the base of a goal", () => {
    const text = "一、2024年工作回顾\n全县森林覆盖率由2023年的62.3%提高到63.1%，提高0.8个百分点。\n二、2025年工作安排\n在2024年61.3%的森林覆盖率基础上，持续巩固提升。";
    const r = one(text);
    assert.strictEqual(r.code, "figure.conflict");
    assert.strictEqual(r.at, "61.3%");
    assert.strictEqual(r.related, "63.1%");
    none(text.replace("61.3%", "63.1%"));
    // The old value is 2023's, not 2024's.
    none(text.replace("61.3%", "62.3%").replace("在2024年", "在2023年"));
    // 从2020年60%提高到63.1%: no 的, the new value's period is not known.
    none("全县森林覆盖率从2020年60.2%提高到63.1%。\n2020年全县森林覆盖率60.2%。");
  });
  it("a quoted name counted, restated as the base of a goal", () => {
    const text = "2024年，全市创建“和谐寺观教堂”126处。\n在2024年112处“和谐寺观教堂”的基础上，力争2025年达到150处。";
    const r = one(text);
    assert.strictEqual(r.at, "112处");
    none(text.replace("112处", "126处"));
  });
});

describe("figures restated: named ratios, and counts of ships and courses", () => {
  it("经常参加体育锻炼人数比例 is an indicator of its own, not a share of something: its restatement conflicts", () => {
    const text = "2024年全市经常参加体育锻炼人数比例达到42.6%，高于国家提出的38.5%目标。\n2024年经常参加体育锻炼人数比例达到46.2%，这个数字背后，是越来越多市民。";
    const r = one(text);
    assert.strictEqual(r.code, "figure.conflict");
    assert.strictEqual(r.at, "46.2%");
    none(text.replace("46.2%", "42.6%"));
    // A share named around it (占…比例) is still not compared.
    none("2024年全市农村人口占比例为42.6%。\n2024年全市农村人口占比例为46.2%。");
  });
  it("486艘 and 468艘, 86门 and 68门: ships and courses are counted", () => {
    assert.strictEqual(one("全镇2025年纳入休渔管理的渔船一共486艘。\n全镇2025年纳入休渔管理的渔船468艘，每条船都建了档。").at, "468艘");
    assert.strictEqual(one("2025年秋季学期，学校开设专业课程86门。\n咱们2025年秋季学期开设专业课程68门，门门都有好老师。").at, "68门");
  });
});

describe("figures restated: counts named before one number and after the other, or by the same closing words", () => {
  it("受理欠薪投诉举报案件1268件 … 受理的1286件欠薪投诉举报案件", () => {
    const r = one("今年1—10月，全市共受理欠薪投诉举报案件1268件，办结1160件。\n对1—10月受理的1286件欠薪投诉举报案件逐案复核。");
    assert.strictEqual(r.at, "1286件");
  });
  it("依法发出督促监护令526份 … 共发出督促监护令562份", () => {
    const r = one("2024年，对监护不当的家长依法发出督促监护令526份，开展家庭教育指导。\n2024年，全市检察机关共发出督促监护令562份。");
    assert.strictEqual(r.at, "562份");
  });
  it("全村办白事23起 … 一共办了32起白事", () => {
    const r = one("2024年全村办白事23起，按新规矩简办。\n2024年咱村一共办了32起白事，大伙儿心里认这个理。");
    assert.strictEqual(r.at, "32起");
  });
  it("亩均粮食产量 is no 粮食总产量: per-unit values keep their 亩均", () => {
    none("一、成效\n亩均粮食产量从2020年的452公斤提高到2024年的498公斤，增长10.2%；全县粮食总产量连续5年稳定在60万吨以上。");
  });
});

describe("figures restated: a part of a split restated for the same period", () => {
  it("其中60周岁及以上老年人口9.86万人 … 截至6月底老年人口9.68万人", () => {
    const text = "截至2025年6月底，全县户籍人口41.96万人，其中60周岁及以上老年人口9.86万人，占户籍人口的23.5%。\n一是矛盾突出。截至2025年6月底，全县60周岁及以上老年人口9.68万人，护理型床位仍有缺口。";
    assert.strictEqual(one(text).at, "9.68万人");
    none(text.replace("9.68万人", "9.86万人"));
  });
});

describe("figures restated: the same words before two numbers, their metrics read apart", () => {
  it("对纳入包保的4362家食品生产经营主体 … 全县纳入包保的4326家食品生产经营主体中", () => {
    const text = "2025年，全县确定包保干部1326名，对纳入包保的4362家食品生产经营主体实行包保。\n2025年，全县纳入包保的4326家食品生产经营主体中，仍有少数主体风险自查流于形式。";
    const fs = check(text).filter((f) => f.code === "figure.conflict");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["4326家"]);
    assert.deepStrictEqual(check(text.replace("4326家", "4362家")).filter((f) => f.code === "figure.conflict"), []);
  });
});
