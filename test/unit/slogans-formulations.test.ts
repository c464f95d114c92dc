/**
 * Formulations where every character, the whole form, the order of the parts
 * and the draft's own date matter (规范提法 beyond near-miss typos).
 */
import * as assert from "assert";
import { parseDocument, type Finding } from "../../server/src/core";
import { documentDate, surelyOnOrAfter } from "../../server/src/core/document/date";
import { builtinSloganIndex, checkSlogans, loadPacks, type SloganIndex } from "../../server/src/core/slogans";
import { readCorpus } from "../support/corpus";

const findings = (text: string, code?: string, year?: number, index: SloganIndex = builtinSloganIndex()): Finding[] =>
  checkSlogans(parseDocument(text), index, true, year).filter((f) => !code || f.code === code);
const flagged = (text: string, code?: string, year?: number) => findings(text, code, year).map((f) => text.slice(f.span.start, f.span.end));
const fixed = (text: string, f: Finding) => {
  const edits = [...f.fixes![0].edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
};

describe("slogans: strict forms (every character counts)", () => {
  it("a dropped 的 in 以习近平同志为核心的党中央 is a typo, with the 的 put back", () => {
    const text = "我们要更加紧密地团结在以习近平同志为核心党中央周围。";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.ok(fs[0].message.includes("缺“的”字"), fs[0].message);
    assert.strictEqual(fixed(text, fs[0]), "我们要更加紧密地团结在以习近平同志为核心的党中央周围。");
  });
  it("and in 以人民为中心的发展思想", () => {
    const text = "坚持以人民为中心发展思想，办好民生实事。";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(fixed(text, fs[0]), "坚持以人民为中心的发展思想，办好民生实事。");
  });
  it("a dropped particle elsewhere is still a variant (中华民族伟大复兴中国梦), and the full forms are clean", () => {
    assert.deepStrictEqual(flagged("为实现中华民族伟大复兴中国梦而奋斗。", "slogan.typo"), []);
    assert.deepStrictEqual(flagged("紧密团结在以习近平同志为核心的党中央周围，坚持以人民为中心的发展思想。", "slogan.typo"), []);
    assert.deepStrictEqual(flagged("坚持以人民为中心，发展思想政治工作。", "slogan.typo"), []);
  });
  it("a pack can mark its own formulation strict", () => {
    const pack = { name: "t", version: "1", slogans: [{ text: "以项目建设为中心的发展路径", strict: true }, { text: "以项目建设为中心的工作格局" }] };
    const index = loadPacks([{ path: "t.pack.json", text: JSON.stringify(pack) }]).value as SloganIndex;
    assert.strictEqual(findings("坚持以项目建设为中心发展路径。", "slogan.typo", undefined, index).length, 1);
    assert.strictEqual(findings("坚持以项目建设为中心工作格局。", "slogan.typo", undefined, index).length, 0);
  });
});

describe("slogans: truncated forms (partOf)", () => {
  it("以新时代中国特色社会主义思想为指导 lacks 习近平", () => {
    const text = "以新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "新时代中国特色社会主义思想");
    assert.ok(fs[0].message.includes("缺“习近平”"), fs[0].message);
    assert.strictEqual(fixed(text, fs[0]), "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。");
    assert.strictEqual(fs[0].fixes![0].safe, false);
  });
  it("the full form, a title and a describing 的 are not truncations; nor is 新时代中国特色社会主义 alone", () => {
    for (const text of [
      "以习近平新时代中国特色社会主义思想为指导。",
      "认真学习《新时代中国特色社会主义思想三十讲》。",
      "党创立的新时代中国特色社会主义思想是行动指南。",
      "坚持和发展新时代中国特色社会主义。",
    ])
      assert.deepStrictEqual(flagged(text, "slogan.typo"), [], text);
  });
});

describe("slogans: the order of the parts", () => {
  it("五位一体 listed before its name in another order: one finding, and the fix moves only the parts", () => {
    const text = "统筹推进经济建设、政治建设、社会建设、文化建设和生态文明建设“五位一体”总体布局。";
    const fs = findings(text, "slogan.parts");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "社会建设、文化建设");
    assert.strictEqual(fixed(text, fs[0]), "统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设“五位一体”总体布局。");
  });
  it("四个全面 enumerated after its name, out of order", () => {
    const text = "协调推进“四个全面”战略布局，即全面深化改革、全面建设社会主义现代化国家、全面依法治国、全面从严治党。";
    const fs = findings(text, "slogan.parts");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(fixed(text, fs[0]), "协调推进“四个全面”战略布局，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。");
  });
  it("四个自信 in parentheses, swapped", () => {
    const text = "坚定“四个自信”（理论自信、道路自信、制度自信、文化自信）。";
    const fs = findings(text, "slogan.parts");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(fixed(text, fs[0]), "坚定“四个自信”（道路自信、理论自信、制度自信、文化自信）。");
  });
  it("the right order, a formulation without fixed order, and a list that is not its parts stay clean", () => {
    for (const text of [
      "统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局，协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。",
      "抓好项目、招商、服务，推进“五位一体”总体布局。",
      "“两个毫不动摇”，即毫不动摇鼓励、支持、引导非公有制经济发展，毫不动摇巩固和发展公有制经济。",
    ])
      assert.deepStrictEqual(flagged(text, "slogan.parts"), [], text);
  });
});

describe("slogans: the parts of a fixed-order formulation listed without its name", () => {
  it("不敢腐、不想腐、不能腐 with a verb before the list and after it: one finding, fixed by moving the parts", () => {
    const text = "一体推进不敢腐、不想腐、不能腐，持之以恒正风肃纪。";
    const fs = findings(text, "slogan.parts");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "不想腐、不能腐");
    assert.strictEqual(fixed(text, fs[0]), "一体推进不敢腐、不能腐、不想腐，持之以恒正风肃纪。");
    assert.strictEqual(flagged("坚持不敢腐、不想腐、不能腐一体推进。", "slogan.parts").length, 1);
  });
  it("the right order, a partial list, and a list that is more than the parts stay clean", () => {
    for (const text of [
      "坚持不敢腐、不能腐、不想腐一体推进。",
      "持续纠治形式主义、官僚主义。",
      "加强社会建设、文化建设，推动高质量发展。",
      "推动经济建设、社会建设、政治建设、文化建设和生态文明建设和党的建设。",
    ])
      assert.deepStrictEqual(flagged(text, "slogan.parts"), [], text);
  });
  it("a list right before its name is reported once", () => {
    assert.strictEqual(flagged("统筹推进经济建设、政治建设、社会建设、文化建设和生态文明建设“五位一体”总体布局。", "slogan.parts").length, 1);
  });
});

describe("slogans: an old template beside the new words", () => {
  it("a retired formulation next to the current one is reported", () => {
    const text = "以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记系列重要讲话精神。";
    assert.deepStrictEqual(flagged(text, "slogan.deprecated"), ["习近平总书记系列重要讲话精神"]);
  });
  it("a sentence that sets old against new keeps it", () => {
    for (const text of [
      "2017年10月起，“习近平总书记系列重要讲话精神”的表述改为“习近平新时代中国特色社会主义思想”。",
      "原国家卫生计生委现为国家卫生健康委。",
      "由“新冠肺炎”改为“新冠病毒感染”。",
      "当时使用“新冠肺炎”，现统一为“新冠病毒感染”。",
    ])
      assert.deepStrictEqual(flagged(text, "slogan.deprecated"), [], text);
  });
});

describe("slogans: the draft's own date", () => {
  const report2021 = "政府工作报告\n（2021年3月5日）\n各位代表：\n我们统筹新冠肺炎疫情防控和经济社会发展。\n";
  it("a draft dated before a retirement keeps the old words (新冠肺炎 in a 2021 report)", () => {
    assert.deepStrictEqual(flagged(report2021, "slogan.deprecated"), []);
  });
  it("--year / lectern.documentYear does the same for an undated draft", () => {
    const text = "同志们：\n我们统筹新冠肺炎疫情防控和经济社会发展。\n";
    assert.deepStrictEqual(flagged(text, "slogan.deprecated"), ["新冠肺炎"]);
    assert.deepStrictEqual(flagged(text, "slogan.deprecated", 2021), []);
    assert.deepStrictEqual(flagged(text, "slogan.deprecated", 2023), ["新冠肺炎"]);
  });
  it("a 落款 date after 2022-10-22: 十九大 as the current guide and 迎接党的二十大 are stale", () => {
    const text = "同志们：\n全面贯彻党的十九大和十九届历次全会精神，以优异成绩迎接党的二十大胜利召开。\nXX县人民政府\n2023年2月10日\n";
    assert.deepStrictEqual(flagged(text, "slogan.deprecated"), ["党的十九大和十九届历次全会精神", "迎接党的二十大"]);
  });
  it("the same words in a draft dated before, or with no date at all, are not reported", () => {
    const body = "全面贯彻党的十九大和十九届历次全会精神，以优异成绩迎接党的二十大胜利召开。\n";
    assert.deepStrictEqual(flagged(`同志们：\n${body}XX县人民政府\n2022年3月1日\n`, "slogan.deprecated"), []);
    assert.deepStrictEqual(flagged(`同志们：\n${body}`, "slogan.deprecated"), []);
    assert.deepStrictEqual(flagged(`同志们：\n${body}`, "slogan.deprecated", 2023), ["党的十九大和十九届历次全会精神", "迎接党的二十大"]);
  });
  it("reads the date from the 落款, the title block, or the title's year", () => {
    const date = (t: string) => documentDate(parseDocument(t));
    assert.deepStrictEqual(date("同志们：\n正文。\nXX县委办公室\n二〇二一年二月三日\n"), { year: 2021, month: 2, day: 3 });
    assert.deepStrictEqual(date("高举旗帜\n——在大会上的报告\n（2022年10月16日）\n同志们：\n正文。\n"), { year: 2022, month: 10, day: 16 });
    assert.deepStrictEqual(date("在2021年全县经济工作会议上的讲话\n同志们：\n今年是2022年。\n"), { year: 2021 });
    assert.strictEqual(date("同志们：\n2019年5月1日起施行新规。\n"), undefined);
  });
  it("a date known only to the month or year is not surely after a day inside it", () => {
    assert.strictEqual(surelyOnOrAfter({ year: 2022, month: 10 }, { year: 2022, month: 10, day: 22 }), false);
    assert.strictEqual(surelyOnOrAfter({ year: 2022, month: 11 }, { year: 2022, month: 10, day: 22 }), true);
    assert.strictEqual(surelyOnOrAfter({ year: 2023 }, { year: 2022, month: 12, day: 26 }), true);
    assert.strictEqual(surelyOnOrAfter({ year: 2022 }, { year: 2022, month: 12, day: 26 }), false);
  });
  it("the 20th Party Congress report (dated 2022-10-16) gets no slogan finding at all", () => {
    assert.deepStrictEqual(findings(readCorpus("20th-congress-report-2022.txt")).map((f) => f.code), []);
  });
});
