/**
 * Unnumbered part titles (2024年工作回顾, 今年主要目标任务) and the 落款 at the end (附件说明,
 * issuing unit, date): how they shape the outline, the section lengths and the numbering.
 */
import * as assert from "assert";
import { documentStats, parseDocument } from "../../server/src/core";
import { codes, lines } from "./numbering.helpers";

const report = lines(
  "政府工作报告",
  "",
  "各位代表：",
  "现在，我代表县人民政府，向大会报告工作，请予审议。",
  "2024年工作回顾",
  "过去一年，我们主要做了以下工作。",
  "一、经济运行稳中向好",
  "全县地区生产总值增长6.1%。",
  "二、改革开放持续深化",
  "营商环境不断优化。",
  "今年主要目标任务",
  "今年是实施“十四五”规划的关键一年。",
  "一、扩大有效需求",
  "坚持投资和消费协同发力。",
  "二、推进乡村振兴",
  "稳定粮食生产。",
  "附件：1.名词解释",
  "　　　2.主要指标表",
  "县人民政府",
  "2025年1月10日",
);

describe("outline: part titles", () => {
  it("short standalone lines that open the parts are headings, with the numbered headings under them", () => {
    const m = parseDocument(report);
    assert.deepStrictEqual(m.root.children.map((c) => `${c.heading!.style} ${c.heading!.name}`), ["part 2024年工作回顾", "part 今年主要目标任务"]);
    assert.deepStrictEqual(m.root.children[1].children.map((c) => c.heading!.name), ["一、扩大有效需求", "二、推进乡村振兴"]);
  });
  it("so 一、二、 restarting under each part is no numbering slip", () => {
    assert.deepStrictEqual(codes(report), []);
  });
  it("one such line alone, a line in the middle of a list, a table row or a line without a sentence after it is no title", () => {
    assert.strictEqual(parseDocument(report.replace("今年主要目标任务\n", "")).headings.filter((h) => h.style === "part").length, 0);
    const midList = lines("一、甲", "正文。", "重点工作推进情况", "正文。", "二、乙", "正文。", "主要问题和不足", "正文。", "三、丙", "正文。");
    assert.strictEqual(parseDocument(midList).headings.filter((h) => h.style === "part").length, 0);
    const table = lines("上半年主要指标完成情况如下。", "地区生产总值  亿元  52.3", "固定资产投资  亿元  18.6", "各项指标总体平稳。");
    assert.strictEqual(parseDocument(table).headings.filter((h) => h.style === "part").length, 0);
  });
});

describe("stats: the 落款 and the 附件说明 list are no section's text", () => {
  it("the last section ends before 附件：…, the issuing unit and the date", () => {
    const m = parseDocument(report);
    const last = m.root.children[1].children[1];
    assert.strictEqual(last.chars, [..."二、推进乡村振兴稳定粮食生产。"].length);
    assert.strictEqual(m.index.lineAt(last.span.end), 15);
    const stats = documentStats(m, 220);
    assert.strictEqual(stats.chars, m.root.chars, "the document still counts them");
    assert.ok(stats.bySection.every((s) => s.chars < m.root.chars));
  });
  it("an attachment after the 落款 is its own section, with its own numbering", () => {
    const withAttachment = lines(report, "附件1", "名词解释", "一、规上工业", "指年主营业务收入2000万元及以上的工业企业。");
    const m = parseDocument(withAttachment);
    assert.strictEqual(m.root.children.at(-1)!.heading!.style, "attachment");
    assert.strictEqual(m.root.children[1].children[1].chars, [..."二、推进乡村振兴稳定粮食生产。"].length);
    assert.deepStrictEqual(codes(withAttachment), []);
  });
  it("without a date line at the end nothing is taken off", () => {
    const m = parseDocument(lines("一、甲", "正文。", "二、乙", "正文。", "县人民政府"));
    assert.strictEqual(m.root.children[1].chars, [..."二、乙正文。县人民政府"].length);
  });
});
