import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { extractFigures } from "../../server/src/core/figures";
import { inferDocumentYear } from "../../server/src/core/figures/extract";
import { parseChineseNumber, parseArabic } from "../../server/src/core/figures/numbers";
import type { Figure } from "../../server/src/core/figures";

/** [sentence, figure text, value in base units, unit as written, bound, period (year or label, "" = none), metric ("" = none)] */
type Row = [string, string, number, string, Figure["bound"], string, string];

const ROWS: Row[] = [
  // Money, with multipliers and full-width digits
  ["全县完成固定资产投资52.3亿元。", "52.3亿元", 5.23e9, "亿元", "exact", "", "固定资产投资"],
  ["全年地区生产总值达到１２５.６亿元。", "１２５.６亿元", 1.256e10, "亿元", "exact", "全年", "地区生产总值"],
  ["一般公共预算收入完成8,650万元。", "8,650万元", 8.65e7, "万元", "exact", "", "一般公共预算收入"],
  ["2023年，全县地区生产总值突破300亿元。", "突破300亿元", 3e10, "亿元", "lower", "2023", "地区生产总值"],
  ["今年以来，招商引资到位资金约45亿元。", "约45亿元", 4.5e9, "亿元", "approx", "今年以来", "招商引资到位资金"],
  ["社会消费品零售总额超过120亿元。", "超过120亿元", 1.2e10, "亿元", "lower", "", "社会消费品零售总额"],
  ["工业投资5000万元以上。", "5000万元以上", 5e7, "万元", "lower", "", "工业投资"],
  ["税收收入3万余元。", "3万余元", 3e4, "万元", "more", "", "税收收入"],
  ["全县财政收入近20亿元。", "近20亿元", 2e9, "亿元", "near", "", "财政收入"],
  ["实际使用外资2000万美元。", "2000万美元", 2e7, "万美元", "exact", "", "实际使用外资"],
  ["国内生产总值从五十四万亿元增长到一百一十四万亿元。", "五十四万亿元", 5.4e13, "元", "exact", "", "国内生产总值"],
  ["国内生产总值从五十四万亿元增长到一百一十四万亿元。", "一百一十四万亿元", 1.14e14, "元", "exact", "", "国内生产总值"],
  ["人均国内生产总值从三万九千八百元增加到八万一千元。", "三万九千八百元", 39800, "元", "exact", "", "人均国内生产总值"],
  ["全社会研发经费支出从一万亿元增加到二万八千亿元。", "二万八千亿元", 2.8e12, "元", "exact", "", "社会研发经费支出"],
  ["居民医保人均财政补助标准提高30元。", "30元", 30, "元", "exact", "", "居民医保人均财政补助标准"],
  ["赤字规模4.06万亿元，比上年年初预算增加1800亿元。", "1800亿元", 1.8e11, "亿元", "exact", "", "赤字规模"],
  ["积极培育一批年营收超10亿元的链主企业。", "超10亿元", 1e9, "亿元", "lower", "", "营业收入"],
  ["新能源新材料产业突破50亿元。", "突破50亿元", 5e9, "亿元", "lower", "", "新能源新材料产业"],
  ["增发1万亿元国债支持灾后恢复重建。", "1万亿元", 1e12, "万亿元", "exact", "", "国债"],
  ["技术改造投资1.5万元。", "1.5万元", 1.5e4, "万元", "exact", "", "技术改造投资"],
  // People and counts
  ["城镇新增就业1244万人。", "1244万人", 1.244e7, "万人", "exact", "", "城镇新增就业"],
  ["城镇新增就业1200万人以上。", "1200万人以上", 1.2e7, "万人", "lower", "", "城镇新增就业"],
  ["预计今年高校毕业生超过1170万人。", "超过1170万人", 1.17e7, "万人", "lower", "今年", "高校毕业生"],
  ["6600多万纳税人受益。", "6600多万", 6.6e7, "万", "more", "", "纳税人"],
  ["脱贫人口务工规模超过3300万。", "超过3300万", 3.3e7, "万", "lower", "", "人口务工规模"],
  ["全国八百三十二个贫困县全部摘帽。", "八百三十二个", 832, "个", "exact", "", "贫困县"],
  ["近一亿农村贫困人口实现脱贫。", "近一亿", 1e8, "", "near", "", "农村贫困人口"],
  ["十四亿多人的粮食安全得到有效保障。", "十四亿多人", 1.4e9, "人", "more", "", "粮食安全"],
  ["基本养老保险覆盖十亿四千万人。", "十亿四千万人", 1.04e9, "人", "exact", "", "基本养老保险"],
  ["精准落实14项人才专属政策。", "14项", 14, "项", "exact", "", "人才专属政策"],
  ["提请全国人大常委会审议法律议案10件。", "10件", 10, "件", "exact", "", "人大常委会审议法律议案"],
  ["制定修订行政法规25部。", "25部", 25, "部", "exact", "", "行政法规"],
  ["全县新增市场主体3200家。", "3200家", 3200, "家", "exact", "", "市场主体"],
  ["惠及上千万家庭。", "上千万", 1e7, "", "lower", "", "家庭"],
  ["改造农村危房二千四百多万户。", "二千四百多万户", 2.4e7, "万户", "more", "", "农村危房"],
  ["接待游客120万人次。", "120万人次", 1.2e6, "万人次", "exact", "", "游客"],
  ["全年引进高层次人才150名。", "150名", 150, "名", "exact", "全年", "高层次人才"],
  // Area, mass, power, energy, length
  ["牢牢守住十八亿亩耕地红线。", "十八亿亩", 1.8e9 * (10000 / 15), "亩", "exact", "", "耕地红线"],
  ["新增高标准农田5万亩。", "5万亩", 5e4 * (10000 / 15), "万亩", "exact", "", "高标准农田"],
  ["完成植树造林3000公顷。", "3000公顷", 3e7, "公顷", "exact", "", "植树造林"],
  ["粮食产量1.39万亿斤。", "1.39万亿斤", 6.95e11, "万亿斤", "exact", "", "粮食产量"],
  ["粮食产量1.3万亿斤以上。", "1.3万亿斤以上", 6.5e11, "万亿斤", "lower", "", "粮食产量"],
  // 粮食总产量 is how reports write the indicator 粮食产量: one metric, so the two are compared.
  ["全县粮食总产量达到50万吨。", "50万吨", 5e8, "万吨", "exact", "", "粮食产量"],
  ["新增光伏装机20万千瓦。", "20万千瓦", 2e5, "万千瓦", "exact", "", "光伏装机"],
  ["全社会用电量12亿千瓦时。", "12亿千瓦时", 1.2e9, "亿千瓦时", "exact", "", "社会用电量"],
  ["新建改建农村公路120公里。", "120公里", 1.2e5, "公里", "exact", "", "新建改建农村公路"],
  // Percentages, points, multiples, doubling
  ["国内生产总值超过126万亿元，增长5.2%。", "5.2%", 5.2, "%", "exact", "", "国内生产总值"],
  ["城镇调查失业率平均为5.2%。", "5.2%", 5.2, "%", "exact", "", "城镇调查失业率"],
  ["居民消费价格上涨0.2%。", "0.2%", 0.2, "%", "exact", "", "居民消费价格"],
  ["新能源汽车产销量占全球比重超过60%。", "超过60%", 60, "%", "lower", "", "新能源汽车产销量占全球比重"],
  ["居民人均可支配收入增长6.1%。", "6.1%", 6.1, "%", "exact", "", "居民人均可支配收入"],
  ["常住人口城镇化率提高到66.2%。", "66.2%", 66.2, "%", "exact", "", "城镇化率"],
  ["“新三样”出口增长近30%。", "近30%", 30, "%", "near", "", "出口"],
  ["今年国内生产总值增长5%左右。", "5%左右", 5, "%", "approx", "今年", "国内生产总值"],
  ["单位国内生产总值能耗降低2.5%左右。", "2.5%左右", 2.5, "%", "approx", "", "单位国内生产总值能耗"],
  ["我国经济总量占世界经济的比重达百分之十八点五。", "百分之十八点五", 18.5, "%", "exact", "", "经济总量占世界经济比重"],
  ["城镇化率提高十一点六个百分点。", "十一点六个百分点", 11.6, "个百分点", "exact", "", "城镇化率"],
  ["比重提高七点二个百分点。", "七点二个百分点", 7.2, "个百分点", "exact", "", "比重"],
  ["基本医疗保险参保率稳定在百分之九十五。", "百分之九十五", 95, "%", "exact", "", "基本医疗保险参保率"],
  ["规模以上工业增加值增长8.5%。", "8.5%", 8.5, "%", "exact", "", "规上工业增加值"],
  ["规上工业增加值增速达到9%。", "9%", 9, "%", "exact", "", "规上工业增加值"],
  ["森林覆盖率达到６５．３％。", "６５．３％", 65.3, "％", "exact", "", "森林覆盖率"],
  ["外贸进出口总额增长1.5倍。", "1.5倍", 1.5, "倍", "exact", "", "进出口总额"],
  ["确保到2023年工业主营业务收入在2020年的基础上翻两番。", "翻两番", 4, "番", "exact", "2023", "工业主营业务收入"],
  ["到2035年人均国内生产总值翻一番。", "翻一番", 2, "番", "exact", "2035", "人均国内生产总值"],
  ["“十四五”期间，工业总产值年均增长10%以上。", "10%以上", 10, "%", "lower", "“十四五”期间", "工业总产值"],
  // Periods
  ["去年，全县地区生产总值增长6.1%。", "6.1%", 6.1, "%", "exact", "去年", "地区生产总值"],
  ["明年，力争规上工业增加值增长10%。", "10%", 10, "%", "exact", "明年", "规上工业增加值"],
  ["2023年一季度，固定资产投资增长12%。", "12%", 12, "%", "exact", "2023一季度", "固定资产投资"],
  ["上半年，社会消费品零售总额增长7.5%。", "7.5%", 7.5, "%", "exact", "上半年", "社会消费品零售总额"],
  ["到2025年，城镇化率达到60%。", "60%", 60, "%", "exact", "2025", "城镇化率"],
  ["截至2022年底，累计建成5G基站1200个。", "1200个", 1200, "个", "exact", "2022", "5G基站"],
  ["从2020年到2035年，城乡居民收入翻一番。", "翻一番", 2, "番", "exact", "2020-2035", "城乡居民收入"],
  ["过去五年，累计减税降费超过1万亿元。", "超过1万亿元", 1e12, "万亿元", "lower", "过去五年", "减税降费"],
  // Durations and approximations
  ["当前距离年终“交账”仅剩下2个多月时间。", "2个多月", 60, "个月", "more", "", ""],
  ["启动第二轮土地承包到期后再延长30年整省试点。", "30年", 30 * 365, "年", "exact", "", "土地"],
  ["项目建设周期约45天。", "约45天", 45, "天", "approx", "", "项目建设周期"],
  ["全县常住人口约52万人左右。", "约52万人左右", 5.2e5, "万人", "approx", "", "常住人口"],
  ["新建学校不超过3所。", "不超过3所", 3, "所", "upper", "", "新建学校"],
  ["单位能耗控制在0.5吨以内。", "0.5吨以内", 500, "吨", "upper", "", "单位能耗"],
  ["全年接待游客逾300万人次。", "逾300万人次", 3e6, "万人次", "lower", "全年", "游客"],
];

/** Sentences with numerals that are not figures. */
const NOT_FIGURES: string[] = [
  "党的二十大于10月16日至22日在北京胜利召开。",
  "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
  "实现“十四五”规划目标任务。",
  "1.要坚持党对一切工作的领导。",
  "一是要抓好经济运行调度。",
  "自我革命是党跳出治乱兴衰历史周期率的第二个答案。",
  "坚持一个中国原则和“九二共识”。",
  "统筹国内国际两个大局，坚持四项基本原则。",
  "坚持百花齐放、百家争鸣。",
  "中国人民正信心百倍推进伟大飞跃。",
  "实施新一轮千亿斤粮食产能提升行动。",
  "推进中国－东盟自贸区3.0版谈判，国产大飞机C919投入商业运营，5G用户快速增长。",
  "做好2024年奥运会备战参赛工作。",
  "十年来，我们经历了三件大事。",
  "以落实市委“10%工作法”为抓手。",
  "学习《中华人民共和国2023年国民经济和社会发展统计公报》。",
];

function figuresOf(text: string, year?: number) {
  return extractFigures(parseDocument(text), { documentYear: year });
}

function periodLabel(f: Figure): string {
  const p = f.period;
  if (!p) return "";
  if (p.from !== undefined && /^\d/.test(String(p.from)) && p.label.startsWith("从")) return `${p.from}-${p.to}`;
  if (p.year !== undefined && p.relative === undefined) return `${p.year}${p.part && !/^(底|末)$/.test(p.part) ? p.part : ""}`;
  return p.label;
}

describe("figures: extraction table", () => {
  for (const [sentence, text, value, unit, bound, period, metric] of ROWS) {
    it(`${sentence} → ${text}`, () => {
      const all = figuresOf(sentence);
      const f = all.find((x) => x.text === text);
      assert.ok(f, `no figure "${text}" in ${JSON.stringify(all.map((x) => x.text))}`);
      assert.ok(Math.abs(f.value - value) <= Math.abs(value) * 1e-9, `value ${f.value} ≠ ${value}`);
      assert.strictEqual(f.unit, unit);
      assert.strictEqual(f.bound, bound);
      assert.strictEqual(periodLabel(f), period);
      assert.strictEqual(f.metric ?? "", metric);
      // Spans are exact: the figure's text is what the span covers.
      assert.strictEqual(sentence.slice(f.span.start, f.span.end), text);
    });
  }
  it(`has at least 80 rows (${ROWS.length})`, () => assert.ok(ROWS.length >= 80));
});

describe("figures: not figures", () => {
  for (const s of NOT_FIGURES) {
    it(s, () => assert.deepStrictEqual(figuresOf(s).map((f) => f.text), []));
  }
});

describe("figures: aspects, roles, goals", () => {
  it("a growth is a change, a level after 提高到 is a level, 下降 has direction -1", () => {
    const [a] = figuresOf("居民收入增长6.1%。");
    const [b] = figuresOf("城镇化率提高到66.2%。");
    const [c] = figuresOf("单位能耗下降3.2%。");
    assert.deepStrictEqual([a.aspect, b.aspect, c.aspect, c.direction], ["change", "level", "change", -1]);
  });
  it("新增 inside a metric is not a change", () => {
    assert.strictEqual(figuresOf("城镇新增就业1244万人。")[0].aspect, "level");
  });
  it("从A增长到B: roles from and to", () => {
    const fs = figuresOf("研发经费支出从一万亿元增加到二万八千亿元。");
    assert.deepStrictEqual(fs.map((f) => f.role), ["from", "to"]);
  });
  it("力争 marks a goal; 年均 marks an average", () => {
    const [f] = figuresOf("力争工业投资年均增长15%。");
    assert.ok(f.goal);
    assert.ok(f.average);
  });
  it("the base year of 在2020年的基础上 is kept", () => {
    const [f] = figuresOf("到2023年工业主营业务收入在2020年的基础上翻两番。");
    assert.strictEqual(f.baseYear, 2020);
    assert.strictEqual(f.period?.year, 2023);
    assert.ok(f.period?.target);
  });
  it("5000万元 and 0.5亿元 have the same value", () => {
    const [a, b] = figuresOf("投资5000万元，贷款0.5亿元。");
    assert.strictEqual(a.value, b.value);
  });
});

describe("figures: periods and the document year", () => {
  it("relative years resolve against the document year setting", () => {
    const [f] = figuresOf("今年地区生产总值增长6%。", 2024);
    assert.strictEqual(f.period?.year, 2024);
    const [g] = figuresOf("明年地区生产总值增长6%。", 2024);
    assert.strictEqual(g.period?.year, 2025);
  });
  it("relative years stay relative when the year is unknown", () => {
    const [f] = figuresOf("今年地区生产总值增长6%。");
    assert.strictEqual(f.period?.year, undefined);
    assert.strictEqual(f.period?.relative, 0);
  });
  it("the year is inferred from the draft's full dates when they agree", () => {
    assert.strictEqual(inferDocumentYear("（2022年10月16日）\n今年增长5%。"), 2022);
    assert.strictEqual(inferDocumentYear("二〇二四年三月五日"), 2024);
    assert.strictEqual(inferDocumentYear("2022年10月16日，2023年1月5日"), undefined);
    assert.strictEqual(inferDocumentYear("10月16日至22日"), undefined);
    const [f] = figuresOf("2024年3月5日\n\n今年国内生产总值增长5%左右。");
    assert.strictEqual(f.period?.year, 2024);
  });
  it("比上年 is a comparison, not the figure's period", () => {
    const [f] = figuresOf("支出规模28.5万亿元，比上年增加1.1万亿元。").slice(1);
    assert.strictEqual(f.period, undefined);
  });
  it("“十四五”期间 is 2021–2025", () => {
    const [f] = figuresOf("“十四五”期间，工业投资增长10%。");
    assert.deepStrictEqual([f.period?.from, f.period?.to], [2021, 2025]);
  });
});

describe("figures: numbers", () => {
  const cases: [string, number][] = [
    ["三百二十", 320], ["十四", 14], ["两", 2], ["一百零五", 105], ["十亿四千万", 1040000000], ["二万八千亿", 2.8e12],
    ["五十四万亿", 5.4e13], ["十八点五", 18.5], ["七点二", 7.2], ["三万九千八百", 39800], ["一千零一", 1001],
  ];
  for (const [s, v] of cases) it(`${s} = ${v}`, () => assert.strictEqual(parseChineseNumber(s)?.value, v));
  for (const bad of ["十四五", "千百", "亿万", "四五", "十十"]) it(`${bad} is not a number`, () => assert.strictEqual(parseChineseNumber(bad), undefined));
  it("Arabic numbers: separators, full-width digits, precision", () => {
    assert.deepStrictEqual(parseArabic("1,244.5"), { value: 1244.5, place: 0.1 });
    assert.deepStrictEqual(parseArabic("１２５．６"), { value: 125.6, place: 0.1 });
    assert.strictEqual(parseArabic("12a"), undefined);
  });
});

describe("figures: positions", () => {
  it("offsets are UTF-16 with CRLF, a BOM and emoji before the figure", () => {
    const text = "\uFEFF标题\r\n\r\n😀全县完成固定资产投资52.3亿元。\r\n";
    const [f] = figuresOf(text);
    assert.strictEqual(text.slice(f.span.start, f.span.end), "52.3亿元");
    assert.strictEqual(text.slice(f.numberSpan.start, f.numberSpan.end), "52.3");
    assert.strictEqual(f.line, 2);
  });
  it("never throws on odd input", () => {
    for (const s of ["", "\u0000", "万亿亿万", "1".repeat(400) + "亿元", "百分之", "翻番", "约左右", "\uD800亿元", "１，２３４万元"]) {
      assert.doesNotThrow(() => figuresOf(s));
    }
  });
});
