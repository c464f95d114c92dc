import * as assert from "assert";
import { parseDocument, type Finding } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans } from "../../server/src/core/slogans";
import { readCorpus } from "../support/corpus";

const findings = (text: string, code?: string): Finding[] =>
  checkSlogans(parseDocument(text), builtinSloganIndex()).filter((f) => !code || f.code === code);
const flagged = (text: string, code?: string) => findings(text, code).map((f) => text.slice(f.span.start, f.span.end));
const apply = (text: string, f: Finding) => {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
};

describe("slogans: typo", () => {
  const positives: [string, string, string][] = [
    // [text, flagged span, formulation it should be]
    ["做到帜鲜明讲政治，牢固树立“四个意识”。", "帜鲜明讲政治", "旗帜鲜明讲政治"],
    ["为谱写全面建设社会主义现代国家新篇章而奋斗。", "全面建设社会主义现代国家", "全面建设社会主义现代化国家"],
    ["坚持党的全面领到，", "党的全面领到", "党的全面领导"],
    ["推动构建人类命运共同体，坚持总体国家安权观。", "总体国家安权观", "总体国家安全观"],
    ["践行以人民为中心的发展思像。", "以人民为中心的发展思像", "以人民为中心的发展思想"],
    ["紧密团结在以习近平同志为核心的党中殃周围", "以习近平同志为核心的党中殃", "以习近平同志为核心的党中央"],
    ["坚持以人民为中的发展思想", "以人民为中的发展思想", "以人民为中心的发展思想"],
    ["深入学习习近平新时代中国特色社会主义想思。", "习近平新时代中国特色社会主义想思", "习近平新时代中国特色社会主义思想"],
    ["牢固树立绿水青山就是金山山的理念", "绿水青山就是金山山", "绿水青山就是金山银山"],
    ["全面建设社会主义现代化囯家", "全面建设社会主义现代化囯家", "全面建设社会主义现代化国家"],
    ["推进全过程人民民住", "全过程人民民住", "全过程人民民主"],
    ["促进人与自然和协共生", "人与自然和协共生", "人与自然和谐共生"],
    ["旗帜鲜明将政治", "旗帜鲜明将政治", "旗帜鲜明讲政治"],
    ["统筹中华民族伟大复兴战略全局和世界百年未有之大变局", "", ""], // control: correct
  ];
  for (const [text, span, form] of positives) {
    if (!span) continue;
    it(`flags “${span}” → “${form}”`, () => {
      const fs = findings(text, "slogan.typo");
      assert.strictEqual(fs.length, 1, JSON.stringify(fs));
      assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), span);
      assert.ok(fs[0].message.includes(`“${form}”`), fs[0].message);
      assert.strictEqual(apply(text, fs[0]), text.replace(span, form));
    });
  }

  const negatives: [string, string][] = [
    ["a correct formulation", "坚持以人民为中心的发展思想，坚持和发展中国特色社会主义。"],
    ["a shorter correct one next to a longer one", "第一个百年奋斗目标已经实现，第二个百年奋斗目标开始进军。"],
    ["another correct formulation one character away", "以宪法为核心的中国特色社会主义法律体系，建设中国特色社会主义法治体系。"],
    ["a local variant of 全面依法治国", "深入推进全面依法治县，全面从严治警，全面依法治省。"],
    ["a 6-character form losing a character makes its own phrase", "关心和支持中国现代化建设的各国朋友。"],
    ["a dropped particle is a variant", "围绕实现中华民族伟大复兴中国梦一起来想、一起来干。"],
    ["an inserted particle is a variant", "我们全面建成了小康社会，全面深化了改革。"],
    ["an inserted character making a word", "健全现代文化产业体系和市场体系。"],
    ["a non-homophone replacement is another phrase", "到二〇三五年建成现代化经济体系。"],
    ["punctuation variant", "不忘初心，牢记使命，江山就是人民、人民就是江山。"],
    ["the formulation followed by more text", "推进中国式现代化道路，中国式现代化新篇章。"],
    ["the truncated form making a word with the next character", "建设社会主义文化强省，建设社会主义文化强县。"],
    ["part of a longer correct formulation", "社会主义核心价值体系和社会主义核心价值观。"],
    ["no formulation at all", "今天会议到此结束，散会！"],
    ["latin text and emoji", "GDP增长5%左右😀，CPI涨幅3%左右。"],
    ["a formulation split by a hard line wrap", "坚持稳中求进工作总基\n调，经济运行稳中有进。"],
    ["a complement after the formulation's verb", "要统筹好发展和安全，巩固拓展好脱贫攻坚成果，防范化解好重大风险，坚持和发展好中国特色社会主义，守住不发生规模性返贫底线。"],
  ];
  for (const [why, text] of negatives) {
    it(`does not flag: ${why}`, () => assert.deepStrictEqual(flagged(text, "slogan.typo"), []));
  }

  it("exact spans with CRLF, a BOM and an emoji before the slip", () => {
    const text = "\uFEFF同志们：\r\n😀要做到帜鲜明讲政治。\r\n";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].span.start, text.indexOf("帜鲜明"));
    assert.strictEqual(fs[0].span.end, text.indexOf("。"));
  });
});

describe("slogans: collocation", () => {
  const positives: [string, string, string][] = [
    ["引导党员干部做到“四个自信”。", "做到", "坚定"],
    ["进一步提高“四个意识”。", "提高", "增强"],
    ["坚定“两个维护”", "坚定", "做到"],
    ["协调推进“五位一体”总体布局", "协调推进", "统筹推进"],
    ["统筹推进“四个全面”战略布局", "统筹推进", "协调推进"],
    ["增强“两个确立”", "增强", "领悟"],
  ];
  it("a verb one homophone from the canonical one (筑牢 for 铸牢) is a slogan.typo, not a collocation", () => {
    const text = "要持续筑牢中华民族共同体意识。";
    assert.deepStrictEqual(findings(text, "slogan.collocation"), []);
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "筑牢中华民族共同体意识");
    assert.match(fs[0].message, /“筑”应为“铸”/);
    assert.strictEqual(apply(text, fs[0]), "要持续铸牢中华民族共同体意识。");
    // Another verb that is no homophone stays a collocation slip.
    assert.strictEqual(findings("要持续提高中华民族共同体意识。", "slogan.collocation").length, 1);
  });
  for (const [text, verb, canonical] of positives) {
    it(`flags ${verb} in ${text}`, () => {
      const fs = findings(text, "slogan.collocation");
      assert.strictEqual(fs.length, 1, JSON.stringify(fs));
      assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), verb);
      assert.strictEqual(fs[0].fixes![0].edits[0].newText, canonical);
      assert.strictEqual(apply(text, fs[0]), text.replace(verb, canonical));
    });
  }
  const negatives: [string, string][] = [
    ["canonical verbs", "增强“四个意识”、坚定“四个自信”、做到“两个维护”。"],
    ["accepted verbs with adverbs", "牢固树立“四个意识”，进一步强化“四个意识”，自觉践行“两个维护”，坚决捍卫“两个确立”。"],
    ["a verb governing the head noun after 的", "要不断完善落实“两个毫不动摇”的体制机制。"],
    ["a cognition verb is not a collocation", "深刻理解“两个确立”的决定性意义，认真学习“四个意识”。"],
    ["no verb: a list continues", "增强“四个意识”、“四个自信”。"],
    ["a formulation without canonical verbs", "做到“一国两制”，推进高质量发展。"],
    ["the verb takes a clause", "推动“两个维护”落到实处。"],
    ["the formulation modifies a noun", "加强“四个意识”教育和党性教育。"],
    ["an accepted second verb", "要坚持和落实“两个毫不动摇”。"],
  ];
  for (const [why, text] of negatives) it(`does not flag: ${why}`, () => assert.deepStrictEqual(flagged(text, "slogan.collocation"), []));
});

describe("slogans: deprecated", () => {
  it("reports the date and the replacement, and offers it", () => {
    const text = "坚持“动态清零”总方针。";
    const fs = findings(text, "slogan.deprecated");
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), "动态清零");
    assert.ok(fs[0].message.includes("2023-01-08") && fs[0].message.includes("“乙类乙管”"), fs[0].message);
    assert.strictEqual(apply(text, fs[0]), "坚持“乙类乙管”总方针。");
  });
  it("a renamed body: 国家工商行政管理总局 → 国家市场监督管理总局", () => {
    const fs = findings("向国家工商行政管理总局报送。", "slogan.deprecated");
    assert.strictEqual(fs.length, 1);
    assert.ok(fs[0].message.includes("国家市场监督管理总局"));
  });
  it("a deprecation with no replacement has no fix", () => {
    const fs = findings("坚持外防输入、内防反弹。", "slogan.deprecated");
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].fixes, undefined);
  });
  it("the old 四个全面 list", () => {
    const fs = findings("协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "slogan.deprecated");
    assert.strictEqual(fs.length, 1);
    assert.ok(fs[0].message.includes("2020-10"));
  });
  const stillRight: [string, string][] = [
    ["outside the context it was retired in", "确保农民工欠薪问题动态清零，安全隐患动态清零。"],
    ["the former body named with 原", "原国家工商行政管理总局的职责划入国家市场监督管理总局。"],
    ["a title", "发布《抗击新冠肺炎疫情的中国行动》白皮书。"],
    ["a sentence dated before the retirement", "2015年2月，首次完整提出“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。"],
    ["a month before the retirement", "2018年2月，国家旅游局印发通知。"],
    ["a half-year before the retirement", "2017年上半年，全市深入学习习近平总书记系列重要讲话精神。"],
    ["before a year (以前)", "在2017年以前的档案中，“习近平总书记系列重要讲话精神”等表述保持原貌。"],
    ["a sentence that names the replacement itself", "当时文件使用“新冠肺炎”的提法，现统一为“新冠病毒感染”。"],
    // A sentence telling of the retirement itself can only use the old name (it was a false alarm).
    ["the retirement itself (等部门撤销)", "2018年3月，国家工商行政管理总局等部门撤销。"],
    ["the retirement itself (不再保留, then 组建 the new body)", "2018年机构改革，国家工商行政管理总局等部门不再保留，组建国家市场监督管理总局。"],
    ["the retirement itself (不再保留 before a list of old names)", "不再保留国家工商行政管理总局、国家质量监督检验检疫总局。"],
    ["a reorganisation into the new body (重组为)", "国务院扶贫开发领导小组办公室于2021年2月25日重组为国家乡村振兴局。"],
    // A sentence pointing back to the year before it is dated by that year (these were false alarms).
    ["a sentence dated by 这一年 after a year", "2021年是中国共产党成立100周年。这一年，全县上下全面贯彻党的十九大和十九届历次全会精神。"],
    ["a sentence dated by 当年 after a year", "2018年，全县开展专题活动。当年，全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的“四个全面”战略布局深入人心。"],
    ["a long quotation", "大会的主题是：“不忘初心，牢记使命，高举中国特色社会主义伟大旗帜，决胜全面建成小康社会，夺取新时代中国特色社会主义伟大胜利”。"],
  ];
  for (const [why, text] of stillRight) it(`not reported: ${why}`, () => assert.deepStrictEqual(flagged(text, "slogan.deprecated"), []));
  it("still reported in its own context, and under a short name", () => {
    assert.deepStrictEqual(flagged("疫情防控要坚持动态清零。", "slogan.deprecated"), ["动态清零"]);
    assert.deepStrictEqual(flagged("报国家卫计委备案。", "slogan.deprecated"), ["国家卫计委"]);
    // The month of the retirement is not before it; the old body acting (撤销 with an object) is the slip.
    assert.deepStrictEqual(flagged("2018年3月起，国家旅游局印发通知。2023年，国家旅游局印发通知。", "slogan.deprecated"), ["国家旅游局", "国家旅游局"]);
    assert.deepStrictEqual(flagged("国家工商行政管理总局撤销了该企业的商标注册。", "slogan.deprecated"), ["国家工商行政管理总局"]);
    assert.deepStrictEqual(flagged("国家旅游局和国家市场监督管理总局联合发文。", "slogan.deprecated"), ["国家旅游局"]);
    // 这一年 after a year past the retirement, or with no year before it, dates nothing before it.
    assert.deepStrictEqual(flagged("2019年是新中国成立70周年。这一年，我们向国家旅游局申报了示范项目。", "slogan.deprecated"), ["国家旅游局"]);
    assert.deepStrictEqual(flagged("这一年，我们向国家旅游局申报了示范项目。", "slogan.deprecated"), ["国家旅游局"]);
  });
  it("current text is not deprecated", () => {
    assert.deepStrictEqual(flagged("落实新冠病毒感染“乙类乙管”措施，国家市场监督管理总局。", "slogan.deprecated"), []);
  });
});

describe("slogans: parts, as official text lists them", () => {
  const complete: [string, string][] = [
    ["the last two parts joined by 和", "坚决整治“四风”（形式主义、官僚主义、享乐主义和奢靡之风）。"],
    ["即… and 和", "坚定“四个自信”（即道路自信、理论自信、制度自信和文化自信）。"],
    ["a clause after the list", "“四个意识”，即政治意识、大局意识、核心意识、看齐意识，是一个有机整体。"],
  ];
  for (const [why, text] of complete) it(`a complete list: ${why}`, () => assert.deepStrictEqual(flagged(text, "slogan.parts"), []));
  it("a missing part is still reported before the clause that follows", () => {
    assert.strictEqual(findings("“四个意识”，即政治意识、大局意识、核心意识，是一个有机整体。", "slogan.parts").length, 1);
  });
});

describe("slogans: accepted shorter forms", () => {
  it("现代产业体系, 建军百年奋斗目标 and 全国统一市场 are not slips", () => {
    assert.deepStrictEqual(flagged("加快发展现代产业体系，确保二〇二七年实现建军百年奋斗目标，建设全国统一市场。", "slogan.typo"), []);
  });
});

describe("slogans: 走 before a 道路", () => {
  it("坚持(走)和平发展道路 and 坚持(走)中国特色社会主义道路 are written either way; another missing character is still a slip", () => {
    assert.deepStrictEqual(flagged("中国式现代化是坚持和平发展道路的现代化。我们坚持走和平发展道路。"), []);
    assert.deepStrictEqual(flagged("坚持走中国特色社会主义道路，坚持中国特色社会主义道路。"), []);
    assert.deepStrictEqual(flagged("我们坚持走和平发展路。", "slogan.typo").length, 1);
  });
});

describe("slogans: parts", () => {
  it("a wrong part and the wrong count", () => {
    const text = "增强“四个意识”（政治意识、大局意识、服务意识）。";
    const fs = findings(text, "slogan.parts");
    assert.deepStrictEqual(
      fs.map((f) => text.slice(f.span.start, f.span.end)),
      ["政治意识、大局意识、服务意识", "服务意识"],
    );
    assert.ok(fs[0].message.includes("共四项") && fs[0].message.includes("列了三项"), fs[0].message);
  });
  it("a missing part after 即", () => {
    const text = "坚定“四个自信”，即道路自信、理论自信、制度自信。";
    const fs = findings(text, "slogan.parts");
    assert.strictEqual(fs.length, 1);
    assert.ok(fs[0].message.includes("“文化自信”"), fs[0].message);
  });
  it("a correct enumeration, with 和 before the last part", () => {
    assert.deepStrictEqual(flagged("统筹推进“五位一体”总体布局（经济建设、政治建设、文化建设、社会建设和生态文明建设）。", "slogan.parts"), []);
    assert.deepStrictEqual(flagged("增强“四个意识”（政治意识、大局意识、核心意识、看齐意识）。", "slogan.parts"), []);
  });
  it("a parenthesis that is not an enumeration, and an open list with 等", () => {
    assert.deepStrictEqual(flagged("“四个意识”（2016年提出）", "slogan.parts"), []);
    assert.deepStrictEqual(flagged("“四个意识”（政治意识、大局意识等）", "slogan.parts"), []);
  });
  it("a longer formulation ending in one with parts (完整、准确、全面贯彻新发展理念，即…) enumerates that one's parts", () => {
    const text = "我们要完整、准确、全面贯彻新发展理念，即创新、协调、绿色、开放、共赢，主动融入新发展格局。";
    assert.deepStrictEqual(flagged(text, "slogan.parts"), ["共赢"]);
    assert.deepStrictEqual(flagged(text.replace("共赢", "共享"), "slogan.parts"), []);
  });
});

describe("slogans: a pledge's modal 要 dropped when the pledge is named", () => {
  it("落实党政机关习惯过紧日子要求 is no slip of 党政机关要习惯过紧日子; 第一要务 still needs its 要", () => {
    assert.deepStrictEqual(flagged("认真落实党政机关习惯过紧日子要求，全市节约型机关建设取得新成效。", "slogan.typo"), []);
    assert.ok(builtinSloganIndex().get("党政机关要习惯过紧日子"), "the formulation is in the pack");
    assert.deepStrictEqual(flagged("牢记发展是党执政兴国的第一务。", "slogan.typo").length, 1);
  });
});

describe("slogans: the corpus", () => {
  const codes = (name: string) => findings(readCorpus(name)).map((f) => `${f.code} ${readCorpus(name).slice(f.span.start, f.span.end)}`);
  it("the 20th Party Congress report: nothing — it is dated 2022-10-16, before the pandemic formulations were retired", () => {
    assert.deepStrictEqual(codes("20th-congress-report-2022.txt"), []);
  });
  it("the same report with its date removed: only the retired pandemic formulations", () => {
    const undated = readCorpus("20th-congress-report-2022.txt").replace("（2022年10月16日）", "");
    const fs = findings(undated).map((f) => `${f.code} ${undated.slice(f.span.start, f.span.end)}`);
    assert.deepStrictEqual([...new Set(fs)].sort(), ["slogan.deprecated 动态清零", "slogan.deprecated 外防输入、内防反弹", "slogan.deprecated 新冠肺炎"]);
  });
  it("the 2024 government work report: nothing", () => assert.deepStrictEqual(codes("government-work-report-2024.txt"), []));
  it("study-session remarks: the missing 旗 (and the retired 新冠肺炎)", () => {
    assert.deepStrictEqual(codes("study-session-remarks.txt"), ["slogan.deprecated 新冠肺炎", "slogan.typo 帜鲜明讲政治"]);
  });
  it("county speech: the missing 化 (and the retired pandemic strategy)", () => {
    assert.deepStrictEqual(codes("county-mobilization-speech.txt"), ["slogan.typo 全面建设社会主义现代国家", "slogan.deprecated 外防输入、内防反弹", "slogan.deprecated 动态清零"]);
  });
  it("a paragraph of correct formulations: nothing", () => {
    const text =
      "同志们：\n要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，紧密团结在以习近平同志为核心的党中央周围，" +
      "坚持以习近平新时代中国特色社会主义思想为指导，统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局，完整、准确、全面贯彻新发展理念，" +
      "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局，着力推动高质量发展，坚持以人民为中心的发展思想，发展全过程人民民主，" +
      "牢固树立和践行绿水青山就是金山银山的理念，促进人与自然和谐共生，贯彻总体国家安全观，推动构建人类命运共同体，旗帜鲜明讲政治，" +
      "坚持“两个毫不动摇”，铸牢中华民族共同体意识，培育和践行社会主义核心价值观，一体推进不敢腐、不能腐、不想腐，" +
      "为全面建设社会主义现代化国家、全面推进中华民族伟大复兴而团结奋斗！\n";
    assert.deepStrictEqual(findings(text).map((f) => f.message), []);
  });
});

describe("slogans: quoted short formulations", () => {
  it("a homophone slip inside quotes (“两个唯护”) is a typo of the quoted formulation, fixed on request", () => {
    const text = "要做到“两个唯护”，坚定“四个自信”。";
    const fs = findings(text, "slogan.typo");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["两个唯护"]);
    assert.strictEqual(fs[0].fixes![0].edits[0].newText, "两个维护");
    assert.strictEqual(fs[0].fixes![0].safe, false);
  });
  it("a near homophone inside quotes (“四个自性”, in/ing) too", () => {
    const text = "要坚定“四个自性”。";
    const fs = findings(text, "slogan.typo");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["四个自性"]);
    assert.strictEqual(fs[0].fixes![0].edits[0].newText, "四个自信");
    assert.deepStrictEqual(findings("要坚定四个自性。", "slogan.typo"), []);
  });
  it("not the correct form, another character that is no homophone, or the same slip outside quotes", () => {
    assert.deepStrictEqual(findings("要做到“两个维护”。", "slogan.typo"), []);
    assert.deepStrictEqual(findings("要做到“两个确定”。", "slogan.typo"), []);
    assert.deepStrictEqual(findings("要做到两个唯护。", "slogan.typo"), []);
  });
});

describe("slogans: a strict formulation counts every character", () => {
  it("以习近平同志为中心的党中央 is a slip although 中 and 核 do not sound alike; 以人民为中心 is right", () => {
    const text = "坚决维护以习近平同志为中心的党中央权威。";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1, JSON.stringify(fs));
    assert.match(fs[0].message, /“中”应为“核”/);
    assert.deepStrictEqual(findings("坚持以人民为中心的发展思想，紧密团结在以习近平同志为核心的党中央周围。", "slogan.typo"), []);
  });
});

describe("slogans: optional words inside a formulation", () => {
  it("严管和厚爱结合 without 相, 开拓多元市场 without 化 are written both ways", () => {
    assert.deepStrictEqual(findings("坚持严管和厚爱结合，激励干部担当作为。支持企业开拓多元市场。", "slogan.typo"), []);
  });
});

describe("slogans: a near homophone in running text (in/ing, en/eng, z/zh …)", () => {
  it("伟大复新 for 伟大复兴 (xin/xing) is a slip; the fix restores it", () => {
    const text = "以青春之我为实现中华民族伟大复新的中国梦贡献力量。";
    const fs = findings(text, "slogan.typo");
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(apply(text, fs[0]), text.replace("复新", "复兴"));
    assert.deepStrictEqual(flagged(text.replace("复新", "复兴"), "slogan.typo"), []);
  });
});
