/**
 * figure.arithmetic on the relations writers state (new value then base,
 * 翻番 spans, shares of a stated total, ratio strings, 其中 counts, shares that
 * may pass 100%) and figure.usage on decreases in multiples and hyphenated
 * month and day ranges.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS } from "../../server/src/core/settings";
import { figureCheck } from "../../server/src/core/figures";
import type { Finding } from "../../server/src/core/findings";

const check = (text: string): Finding[] => figureCheck.run(parseDocument(text), { settings: { ...DEFAULT_SETTINGS, "lectern.documentYear": null }, data: {} });
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (text: string, f: { span: Finding["span"] }) => text.slice(f.span.start, f.span.end);

describe("figure.arithmetic: the new value, then the base", () => {
  it("达到8000户，比2022年的3200户增长了1.5倍 computes like 从3200户增长到8000户", () => {
    assert.deepStrictEqual(codes(check("全市家庭农场达到8000户，比2022年的3200户增长了1.5倍。")), []);
    const text = "全市家庭农场达到8000户，比2022年的3200户增长了2.5倍。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "2.5倍");
    assert.strictEqual(at(text, fs[0].related![0]), "3200户");
  });
  it("与…的A相比 is a base too", () => {
    assert.deepStrictEqual(codes(check("今年地区生产总值达到60亿元，与2020年的52.3亿元相比，增长14.7%。")), []);
    assert.deepStrictEqual(codes(check("今年地区生产总值达到60亿元，与2020年的52.3亿元相比，增长24.7%。")), ["figure.arithmetic"]);
  });
  it("a percentage against the base", () => {
    assert.deepStrictEqual(codes(check("研发投入达到55.5亿元，比上年的52.3亿元增长6.1%。")), []);
    assert.deepStrictEqual(codes(check("研发投入达到55.5亿元，比上年的52.3亿元增长8.1%。")), ["figure.arithmetic"]);
  });
});

describe("figure.arithmetic: N年翻X番 with or without 到", () => {
  it("即2027年在2020年的基础上翻一番", () => {
    const text = "实现工业产值“五年翻一番”，即2027年在2020年的基础上翻一番。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.match(fs[0].message, /7年/);
    assert.deepStrictEqual(codes(check("实现工业产值“七年翻一番”，即2027年在2020年的基础上翻一番。")), []);
    assert.deepStrictEqual(codes(check("实现工业产值“五年翻一番”，即到2027年在2020年的基础上翻一番。")), ["figure.arithmetic"]);
  });
});

describe("figure.arithmetic: a share of a stated total", () => {
  it("养老床位1.2万张，其中护理型床位6500张，占比54.2%", () => {
    assert.deepStrictEqual(codes(check("全市养老床位1.2万张，其中护理型床位6500张，占比54.2%。")), []);
    const text = "全市养老床位1.2万张，其中护理型床位6500张，占比64.2%。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "64.2%");
    assert.match(fs[0].message, /54\.2%/);
  });
  it("rounding as written is tolerated (1.2万 may be 1.15万–1.25万)", () => {
    assert.deepStrictEqual(codes(check("全市养老床位1.2万张，其中护理型床位6500张，占比55.0%。")), []);
  });
  it("negative: a share of something else", () => {
    assert.deepStrictEqual(codes(check("全市养老床位1.2万张，其中护理型床位6500张，占全省的比重为12.1%。")), []);
  });
});

describe("figure.arithmetic: ratio strings", () => {
  it("三次产业结构 must sum to 100 within rounding", () => {
    assert.deepStrictEqual(codes(check("三次产业结构调整为10.2∶38.5∶51.3。")), []);
    const text = "三次产业结构调整为10.2∶38.5∶53.3。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "10.2∶38.5∶53.3");
    assert.match(fs[0].message, /102/);
    assert.deepStrictEqual(codes(check("三次产业结构由12.1:40.3:47.6调整为10.2:38.5:51.3。")), []);
  });
  it("negative: a ratio that is not in percent, a time of day", () => {
    assert.deepStrictEqual(codes(check("城乡居民收入比为2.1∶1，会议于9:30开始，投入产出结构1∶3∶5。")), []);
  });
});

describe("figure.arithmetic: 其中 counts", () => {
  it("every count is a part, single-digit ones too", () => {
    const text = "新开工项目36个，其中工业项目21个、文旅项目9个、农业项目7个。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.match(fs[0].message, /37个/);
    assert.deepStrictEqual(codes(check("新开工项目37个，其中工业项目21个、文旅项目9个、农业项目7个。")), []);
    assert.deepStrictEqual(codes(check("新开工项目三十六个，其中工业项目二十一个、文旅项目九个、农业项目七个。")), ["figure.arithmetic"]);
  });
});

describe("figure.arithmetic: shares that may pass 100%", () => {
  for (const text of ["高等教育毛入学率达到105.2%。", "年度任务完成率108%。", "固定资产投资完成年度任务的108%。", "项目签约完成率达到112%。"]) {
    it(`negative: ${text}`, () => assert.deepStrictEqual(codes(check(text)), []));
  }
  for (const text of ["全市森林覆盖率达到105%。", "城镇化率达到101.5%。", "新能源汽车占比达到103%。", "水质达标率达到102%。", "学前教育净入学率达到100.6%。"]) {
    it(`a genuine share: ${text}`, () => assert.deepStrictEqual(codes(check(text)), ["figure.arithmetic"]));
  }
});

describe("figure.usage: decreases in multiples", () => {
  for (const text of ["审批时间缩短了一倍。", "审批时间缩短一倍。", "生产成本降低了2倍。", "事故起数减少3倍。", "能耗下降了两倍。", "排放量下降1.5倍。"]) {
    it(text, () => {
      const fs = check(text);
      assert.deepStrictEqual(codes(fs), ["figure.usage"], JSON.stringify(fs));
      assert.match(at(text, fs[0]), /倍$/);
    });
  }
  for (const text of ["产值增长一倍。", "城乡收入比缩小到2.5倍。", "产值翻了一番，效率提高两倍。"]) {
    it(`negative: ${text}`, () => assert.deepStrictEqual(codes(check(text)), []));
  }
});

describe("figure.usage: month and day ranges with a hyphen", () => {
  for (const [text, span] of [["1-9月，全市固定资产投资增长5%。", "1-9月"], ["2025年1-10月。", "1-10月"], ["活动定于8-10日举行。", "8-10日"]]) {
    it(`${span} → —`, () => {
      const fs = check(text).filter((f) => f.code === "figure.usage");
      assert.strictEqual(fs.length, 1);
      assert.strictEqual(at(text, fs[0]), span);
      const edit = fs[0].fixes![0].edits[0];
      assert.strictEqual(text.slice(edit.span.start, edit.span.end), "-");
      assert.strictEqual(edit.newText, "—");
    });
  }
  it("negative: 1—9月, 1至9月, 1～9月, dates 2024-01-08, 3-5个月", () => {
    assert.deepStrictEqual(codes(check("1—9月，1至9月，1～9月，2024-01-08发布，2024-1-9日，周期3-5个月。")), []);
  });
});

describe("figure.arithmetic: progress and rates of what was done", () => {
  it("progress belongs to the figure it follows, not to an earlier count with a goal", () => {
    // 完成年度计划的92.6% is the investment's progress; the 38 projects are another goal.
    assert.deepStrictEqual(codes(check("全年计划实施重点项目38个，截至11月底已开工36个，完成投资126.4亿元，完成年度计划的92.6%。")), []);
    assert.deepStrictEqual(codes(check("城镇新增就业2500人，完成全年目标任务4000人的72.5%。")), ["figure.arithmetic"]);
  });
  it("a rate after what was done (已完成…，完成率; 已整改…，整改率) over the one total before it", () => {
    const text = "制定的86条整改措施中，已完成79条，完成率93.9%。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "93.9%");
    assert.match(fs[0].message, /91\.9%/);
    assert.deepStrictEqual(codes(check("制定的86条整改措施中，已完成79条，完成率91.9%。")), []);
    assert.deepStrictEqual(codes(check("梳理问题98个，已整改到位91个，整改率95.9%。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("发现问题163个，已整改155个，整改完成率95.1%。")), []);
  });
  it("a clause that opens with the rate's verb, without 已, right after its total (合格92批次，合格率; 破获862起，破案率)", () => {
    const text = "抽检产品98批次，合格92批次，合格率85.0%。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "85.0%");
    assert.match(fs[0].message, /93\.9%/);
    assert.deepStrictEqual(codes(check("抽检产品98批次，合格92批次，合格率93.9%。")), []);
    const police = "全县共接报刑事警情2368起，同比下降14.6%；全年立刑事案件1126起，破获862起，破案率78.6%。";
    const pf = check(police);
    assert.deepStrictEqual(codes(pf), ["figure.arithmetic"]);
    assert.match(pf[0].message, /76\.6%/);
    assert.deepStrictEqual(codes(check(police.replace("78.6%", "76.6%"))), []);
    // Not a clause of the rate's verb: not read. A 其中 part named with the rate's verb is what was done.
    assert.deepStrictEqual(codes(check("抽检产品98批次，整改92批次，合格率85.0%。")), []);
    assert.deepStrictEqual(codes(check("抽检产品98批次，其中合格92批次，合格率85.0%。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("抽检产品98批次，其中合格92批次，合格率93.9%。")), []);
  });
  it("negative: another verb, or a rate that fits a part of the split: the rate is not read", () => {
    // 合格率 is not of 整改.
    assert.deepStrictEqual(codes(check("梳理问题98个，已整改到位91个，合格率85.0%。")), []);
    // After a 其中 split, what was done counts in the whole before it, unless the rate fits the part.
    assert.deepStrictEqual(codes(check("发现问题163个，其中重大问题12个，已整改155个，整改率85.0%。")), ["figure.arithmetic"]);
    assert.deepStrictEqual(codes(check("发现问题163个，其中重大问题12个，已整改155个，整改率95.1%。")), []);
    assert.deepStrictEqual(codes(check("发现问题163个，其中重大问题12个，已整改10个，整改率83.3%。")), []);
  });
});

describe("figure.arithmetic: value, increase and rate; last year's same period; two growth rates", () => {
  it("达到286.4亿元，比2020年增加78.6亿元、增长37.8%: the base is the value less the increase", () => {
    assert.deepStrictEqual(codes(check("一般公共预算收入达到286.4亿元，比2020年增加78.6亿元、增长37.8%。")), []);
    const text = "一般公共预算收入达到286.4亿元，比2020年增加78.6亿元、增长47.8%。";
    const fs = check(text);
    assert.deepStrictEqual(codes(fs), ["figure.arithmetic"]);
    assert.strictEqual(at(text, fs[0]), "47.8%");
    // A decrease: the base is the value plus the decrease (50/(450+50) = 10%).
    assert.deepStrictEqual(codes(check("支出450亿元，比上年减少50亿元、下降10%。")), []);
    assert.deepStrictEqual(codes(check("支出450亿元，比上年减少50亿元、下降12%。")), ["figure.arithmetic"]);
  });
  it("negative: 年均增长 is not the total change", () => {
    assert.deepStrictEqual(codes(check("一般公共预算收入达到286.4亿元，比2020年增加78.6亿元、年均增长6.6%。")), []);
  });
  it("营业收入1260亿元，上年同期为1180亿元，增长6.8%", () => {
    assert.deepStrictEqual(codes(check("规模以上工业企业实现营业收入1260亿元，上年同期为1180亿元，增长6.8%。")), []);
    const text = "规模以上工业企业实现营业收入1260亿元，上年同期为1180亿元，增长8.6%。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["8.6%"]);
  });
  it("增长6.8%，增速比1—2月的6.3%提高0.5个百分点", () => {
    assert.deepStrictEqual(codes(check("1—3月，规模以上工业增加值同比增长6.8%，增速比1—2月的6.3%提高0.5个百分点。")), []);
    assert.deepStrictEqual(codes(check("一季度，地区生产总值增长5.3%，增速比上年同期的5.7%回落0.4个百分点。")), []);
    const text = "1—3月，规模以上工业增加值同比增长6.8%，增速比1—2月的6.3%提高0.8个百分点。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["0.8个百分点"]);
  });
});

describe("figure.arithmetic: a share of a whole named by its metric; 出口 and 进口 as parts", () => {
  it("其中税收收入68.7亿元，占一般公共预算收入的比重为79.5%", () => {
    assert.deepStrictEqual(codes(check("一般公共预算收入86.4亿元，同比增长3.2%；其中税收收入68.7亿元，占一般公共预算收入的比重为79.5%。")), []);
    const text = "一般公共预算收入86.4亿元，同比增长3.2%；其中税收收入68.7亿元，占一般公共预算收入的比重为82.5%。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["82.5%"]);
  });
  it("negative: a whole of another period, or two figures of the whole, is not read", () => {
    assert.deepStrictEqual(codes(check("全年一般公共预算收入320亿元。一季度，税收收入68.7亿元，占一般公共预算收入的比重为82.5%。")), []);
    assert.deepStrictEqual(codes(check("一般公共预算收入86.4亿元，市本级一般公共预算收入31.6亿元，一般公共预算收入90亿元；税收收入68.7亿元，占一般公共预算收入的比重为82.5%。")), []);
  });
  it("其中，出口89.6亿元，增长10.3%；进口39.2亿元 exceeds 进出口总额126.8亿元", () => {
    assert.deepStrictEqual(codes(check("一季度，全市进出口总额126.8亿元，同比增长8.2%。其中，出口89.6亿元，增长10.3%；进口37.2亿元，下降1.8%。")), []);
    const text = "一季度，全市进出口总额126.8亿元，同比增长8.2%。其中，出口89.6亿元，增长10.3%；进口39.2亿元，下降1.8%。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["39.2亿元"]);
  });
});

describe("figure.usage: 超过三成以上, 约两成左右", () => {
  // 成 (tenths) is no unit the figure reader knows; the doubled qualifier is still a usage slip.
  it("a lower bound with 以上, an approximation with 左右, each with a safe fix", () => {
    const text = "力争结转结余资金规模压减超过三成以上，约两成左右用于民生。";
    const fs = check(text).filter((f) => f.code === "figure.usage");
    assert.deepStrictEqual(fs.map((f) => at(text, f)), ["超过三成以上", "约两成左右"]);
    assert.strictEqual(fs[0].fixes?.[0].safe, true);
    assert.strictEqual(fs[0].fixes?.[0].edits[0].span.start, text.indexOf("以上"));
  });
  it("negative: one qualifier alone, or two that say different things", () => {
    assert.deepStrictEqual(codes(check("压减三成以上，约两成用于民生，超过三成左右的企业，约三成以上。")), []);
  });
});

describe("figure.arithmetic: the base after the new value's own growth, or after the difference", () => {
  it("达到486.3万人次，同比增长7.8%，比2020年的352.6万人次增长了47.9%", () => {
    const text = "2024年，全市中医类医院诊疗人次达到486.3万人次，同比增长7.8%，比2020年的352.6万人次增长了47.9%。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["47.9%"]);
    assert.match(check(text)[0].message, /37\.9%/);
    assert.deepStrictEqual(codes(check(text.replace("47.9%", "37.9%"))), []);
  });
  it("14起，比前年的23起少了9起，下降了64.3%: the rate after the difference", () => {
    const text = "去年休渔期，查处违规案件14起，比前年的23起少了9起，下降了64.3%。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["64.3%"]);
    assert.deepStrictEqual(codes(check(text.replace("64.3%", "39.1%"))), []);
  });
});

describe("figure.usage: a lower bound twice around a small count", () => {
  it("最少安排两次课以上, 至少一次以上: one finding, the safe fix drops 以上", () => {
    const text = "一般是每周最少安排两次课以上，每节课不超过90分钟。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${at(text, f)}`), ["figure.usage 最少安排两次课以上"]);
    assert.strictEqual(fs[0].fixes![0].edits[0].newText, "");
    assert.strictEqual(at(text, fs[0].fixes![0].edits[0]), "以上");
    assert.deepStrictEqual(codes(check("一般是每周最少安排两次课，每节课不超过90分钟。")), []);
    assert.deepStrictEqual(codes(check("每周最少安排两次课，以上课程免费。")), []);
  });
});

describe("figure.arithmetic: a ratio written as the increase", () => {
  it("48件；…已经有132件了，增长了2.75倍: 2.75 is the ratio, the increase is 1.75", () => {
    const text = "2024年一年投诉物业的是48件；今年1到7月，已经有132件了，增长了2.75倍。";
    const fs = check(text).filter((f) => f.code === "figure.arithmetic");
    assert.deepStrictEqual(fs.map((f) => at(text, f)), ["2.75倍"]);
    assert.match(fs[0].message, /增长1\.75倍/);
    assert.deepStrictEqual(codes(check(text.replace("增长了2.75倍", "增长了1.75倍"))), []);
    // Not the exact ratio: another base may be meant, nothing is said.
    assert.deepStrictEqual(codes(check(text.replace("增长了2.75倍", "增长了2.5倍"))), []);
  });
  it("从12.4吉瓦时增长到58.6吉瓦时，增长了4.7倍: gigawatt-hours are read", () => {
    const text = "储能电池出货量从2022年的12.4吉瓦时增长到2024年的58.6吉瓦时，增长了4.7倍。";
    assert.deepStrictEqual(check(text).map((f) => at(text, f)), ["4.7倍"]);
    assert.deepStrictEqual(codes(check(text.replace("增长了4.7倍", "是原来的4.7倍"))), []);
  });
});

describe("figure.usage: a lower bound a few words before the number", () => {
  it("每年最少走访慰问驻地部队2次以上", () => {
    const text = "每年最少走访慰问驻地部队2次以上，定期召开军地联席会议。";
    assert.deepStrictEqual(check(text).map((f) => `${f.code} ${at(text, f)}`), ["figure.usage 2次以上"]);
    assert.deepStrictEqual(codes(check("每年走访慰问驻地部队2次以上，定期召开军地联席会议。")), []);
  });
});

describe("figure.usage: 两、三次 and 超过三分之一以上", () => {
  it("each is reported once, with a safe fix", () => {
    const text = "每周两、三次，超过三分之一以上的老人参加。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => at(text, f)).sort(), ["两、三", "超过三分之一以上"].sort());
    assert.deepStrictEqual(codes(check("每周两三次，超过三分之一的老人参加。")), []);
  });
});

describe("figure.usage, not arithmetic: a decrease in multiples after from/to", () => {
  it("由1860亩下降到620亩，减少了2倍: one usage finding, no sum redone", () => {
    const text = "违法占用耕地面积由2023年的1860亩下降到2024年的620亩，减少了2倍。";
    assert.deepStrictEqual(codes(check(text)), ["figure.usage"]);
  });
});
