/**
 * Numbering as writers actually write it: enumerators right after a word, a level written
 * a step too high, agendas counted by their ordinals.
 */
import * as assert from "assert";
import { applyAllFixes, check, codes, flagged, lines } from "./numbering.helpers";

describe("numbering.enumerator: a run whose first item follows a word", () => {
  it("我们将一是…，二是…，三是… is read from its first item: no finding, nothing to fix", () => {
    for (const text of ["我们将一是加强学习，二是狠抓落实，三是强化督查。", "主要做法是一是完善制度，二是压实责任。", "要一要提高认识，二要加强领导，三要狠抓落实。"]) {
      assert.deepStrictEqual(codes(text), [], text);
    }
  });
  it("a real slip in such a run is still reported and fixed from the right number", () => {
    const text = "我们将一是加强学习，二是狠抓落实，四是强化督查。";
    const f = check(text);
    assert.deepStrictEqual(flagged(text), ["四是"]);
    assert.strictEqual(applyAllFixes(text, f, true), text.replace("四是", "三是"));
  });
  it("一是 inside a word is not an enumerator: 统一是, 唯一是, 第一是, 之一是", () => {
    assert.deepStrictEqual(codes("思想统一是前提，二是要抓落实。"), []);
    assert.deepStrictEqual(codes("唯一是靠实干，二是靠创新。"), []);
    assert.deepStrictEqual(codes("重点之一是招商，二是项目建设。"), []);
    assert.deepStrictEqual(codes("第一是学习，二是实践。"), []);
    // With a first item of its own, a later 统一是 does not open a second run.
    assert.deepStrictEqual(codes("一是思想统一是前提，二是行动一致是关键。"), []);
  });
  it("a 一是 after a word that no 二是 follows stays prose", () => {
    assert.deepStrictEqual(codes("这一是历史性的成就。"), []);
    assert.deepStrictEqual(codes("我们将一是一、二是二地反映情况。"), []);
  });
});

describe("numbering.hierarchy: a level inverted under a deeper list", () => {
  const text = lines("一、总体要求", "1.甲。", "2.乙。", "（一）子项。", "（二）子项。", "3.丙。", "二、保障措施", "正文。");
  it("1. 2. then （一）（二） as children of 2., then 3.: one hierarchy finding, no sequence error on 3.", () => {
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.hierarchy （一）"]);
    assert.match(f[0].message, /“（一）”至“（二）”插在“2\.”与“3\.”之间/);
  });
  it("its fix writes the deeper style （1）（2）, and leaves the draft clean", () => {
    const f = check(text);
    const fixed = applyAllFixes(text, f);
    assert.strictEqual(fixed, text.replace("（一）", "（1）").replace("（二）", "（2）"));
    assert.deepStrictEqual(codes(fixed), []);
  });
  it("is not a safe fix: check --fix leaves the levels to the writer, and renumbers nothing", () => {
    assert.strictEqual(applyAllFixes(text, check(text), true), text);
  });
  it("the numbers under 2. continue after existing children: 2.（1） then （一） → （2）", () => {
    const t = lines("一、总体要求", "1.甲。", "2.乙。", "（1）子项。", "（一）子项。", "3.丙。");
    const f = check(t);
    assert.deepStrictEqual(flagged(t), ["（一）"]);
    assert.strictEqual(applyAllFixes(t, f), t.replace("（一）", "（2）"));
  });
  it("at the top level too, and with body text under each item", () => {
    const t = lines("1.加强领导。", "正文。", "2.压实责任。", "（一）明确分工。", "正文。", "（二）强化考核。", "正文。", "（三）严格问责。", "3.强化保障。", "正文。");
    const f = check(t);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.hierarchy"]);
    assert.strictEqual(applyAllFixes(t, f), t.replace("（一）", "（1）").replace("（二）", "（2）").replace("（三）", "（3）"));
  });
  it("a correct outline, and one whose （一） list does not interrupt anything, are left alone", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "（一）子。", "1.孙。", "2.孙。", "（二）子。", "1.孙。", "二、乙", "正文。")), []);
    assert.deepStrictEqual(codes(lines("一、甲", "1.子。", "2.子。", "二、乙", "（一）子。", "（二）子。")), []);
  });
});

describe("numbering.count: agendas counted by their ordinals", () => {
  const agenda = (...items: string[]) => lines("同志们：", "本次会议共有三项议程：首先，进行第一项议程，请张三同志讲话；下面，进行第二项议程，请李四同志讲话；最后，进行第三项议程，请王五同志讲话。", ...items);
  it("本次会议共有三项议程：首先，进行第一项议程…: three ordinals, no count finding, no lone 首先", () => {
    assert.deepStrictEqual(codes(agenda()), []);
  });
  it("the agenda announced in one paragraph and run over the next ones", () => {
    const t = lines("同志们：", "本次会议共有三项议程。", "首先，进行第一项议程，请张三同志讲话。", "下面，进行第二项议程，请李四同志讲话。", "下面，进行第三项议程，请王五同志讲话。");
    assert.deepStrictEqual(codes(t), []);
    const four = t + "\n最后，进行第四项议程，请赵六同志讲话。";
    assert.deepStrictEqual(flagged(four), ["三项"]);
    assert.match(check(four)[0].message, /4 项（“第一项”至“第四项”）/);
  });
  it("fewer ordinals than announced are reported only when the last is introduced by 最后", () => {
    const cut = lines("同志们：", "本次会议共有三项议程。", "首先，进行第一项议程，请张三同志讲话。", "下面，进行第二项议程，请李四同志讲话。");
    assert.deepStrictEqual(codes(cut), []);
    assert.deepStrictEqual(flagged(cut.replace("下面，进行第二项", "最后，进行第二项")), ["三项"]);
  });
  it("a 首先 with no follow-up is still reported when it opens no ordinal list", () => {
    assert.deepStrictEqual(flagged(lines("同志们：", "首先，要提高思想认识。", "各级各部门要抓好落实。")), ["首先"]);
  });
});

describe("numbering: continuous numbering through chapters and parts", () => {
  const rules = lines("第一章 总则", "一、为规范会议管理，制定本规则。", "二、本规则适用于县政府全体会议。", "三、会议由县长召集。", "第二章 会议组织", "四、会议议题由县长确定。", "五、会议材料提前印发。", "第三章 附则", "六、本规则自印发之日起施行。");
  it("第一章 一、二、三、 第二章 四、五、 第三章 六、 is accepted", () => {
    assert.deepStrictEqual(codes(rules), []);
  });
  it("and still reports a gap, a duplicate or a restart inside the continuous run, with fixes that continue it", () => {
    const gap = rules.replace("五、会议材料", "六、会议材料").replace("六、本规则自", "七、本规则自");
    const f = check(gap);
    assert.deepStrictEqual(flagged(gap), ["六、"]);
    assert.match(f[0].message, /应为“五、”/);
    assert.strictEqual(applyAllFixes(gap, f, true), rules);
    const dup = rules.replace("五、会议材料", "四、会议材料");
    assert.deepStrictEqual(flagged(dup), ["四、"]);
    assert.strictEqual(applyAllFixes(dup, check(dup), true), rules);
  });
  it("1.–N. straight through three 一、 sections is accepted; a slip inside it is reported", () => {
    const points = lines("一、稳定经济增长", "1.扩大有效投资。", "2.促进消费回升。", "二、深化改革开放", "3.深化国企改革。", "4.优化营商环境。", "三、保障改善民生", "5.稳定扩大就业。", "6.办好民生实事。");
    assert.deepStrictEqual(codes(points), []);
    assert.deepStrictEqual(flagged(points.replace("5.稳定", "6.稳定")), ["6."]);
  });
  it("under two 一、 sections, going on once is not yet a convention: it is reported as before", () => {
    assert.deepStrictEqual(flagged(lines("一、甲", "1.子。", "2.子。", "二、乙", "3.子。", "4.子。")), ["3."]);
  });
  it("a document that restarts under most parents is not continuous", () => {
    const t = lines("第一章 总则", "一、甲。", "二、乙。", "第二章 任务", "一、丙。", "二、丁。", "第三章 附则", "三、戊。");
    assert.deepStrictEqual(flagged(t), ["三、"]);
  });
  it("a count announced under one chapter counts that chapter's items only", () => {
    const t = lines("第一章 总则", "本章规定以下三项内容。", "一、甲。", "二、乙。", "三、丙。", "第二章 任务", "四、丁。", "五、戊。");
    assert.deepStrictEqual(codes(t), []);
  });
});

describe("numbering: Markdown headings numbered in their text", () => {
  const md = (...heads: string[]) => ["# 在全县经济工作会议上的讲话", "", "今天我结合工作实际，谈三点体会。", "", ...heads.flatMap((h) => [h, "", "正文。", ""])].join("\n");
  it("`## 一、…` headings count for numbering.count like plain ones", () => {
    assert.deepStrictEqual(codes(md("## 一、稳增长", "## 二、促改革", "## 三、惠民生")), []);
    const four = md("## 一、稳增长", "## 二、促改革", "## 三、惠民生", "## 四、防风险");
    assert.deepStrictEqual(flagged(four), ["谈三点体会"]);
    assert.strictEqual(applyAllFixes(four, check(four)), four.replace("谈三点", "谈四点"));
  });
  it("and for numbering.sequence and numbering.style, with fixes inside the heading text", () => {
    const gap = md("## 一、稳增长", "## 二、促改革", "## 四、惠民生");
    assert.deepStrictEqual(flagged(gap), ["四、"]);
    assert.strictEqual(applyAllFixes(gap, check(gap), true), md("## 一、稳增长", "## 二、促改革", "## 三、惠民生"));
    const shape = md("## 一、稳增长", "## 二.促改革", "## 三、惠民生");
    assert.deepStrictEqual(flagged(shape), ["二."]);
  });
  it("Markdown headings without numbers, or of one level in mixed styles, are left alone", () => {
    assert.deepStrictEqual(codes(["# 讲话", "", "## 稳增长", "", "正文。", "", "## 促改革", "", "正文。"].join("\n")), []);
    assert.deepStrictEqual(codes(["## 一、稳增长", "", "正文。", "", "## （二）促改革", "", "正文。"].join("\n")), []);
  });
});

describe("numbering.hierarchy: 一、二、 written for the items of （二）", () => {
  it("一、 （一）（二） then 一、二、 as children of （二）, then （三）: one finding, fixed to 1. 2.", () => {
    const text = lines("一、总体要求", "（一）指导思想。", "（二）工作目标", "一、经济增长。", "二、项目建设。", "（三）基本原则。", "二、重点任务", "正文。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.hierarchy 一、"]);
    assert.strictEqual(f[0].span.start, text.indexOf("一、经济"));
    const fixed = applyAllFixes(text, f);
    assert.strictEqual(fixed, text.replace("一、经济", "1.经济").replace("二、项目", "2.项目"));
    assert.deepStrictEqual(codes(fixed), []);
  });
});

describe("numbering: 规章 articles and 预案 decimal sections", () => {
  const body = "正文内容，要认真落实。";
  const regulation = (third: string, fourth: string) =>
    lines("第一章 总则", "第一条 为规范管理，制定本办法。", "第二条 主要职责是：", "（一）编制计划；", "（二）拨付资金。", "第二章 监督", third + " 项目单位应当履行以下职责：", "（一）建立制度；", "（二）及时决算。", fourth + " 本办法自2025年1月1日起施行。");
  it("articles run on through the chapters and each article's （一） list starts again: no finding", () => {
    assert.deepStrictEqual(codes(regulation("第三条", "第四条")), []);
  });
  it("an article that skips a number (第四条 after 第二条) is reported, and its safe fix renumbers from there", () => {
    const text = regulation("第四条", "第五条");
    assert.deepStrictEqual(flagged(text), ["第四条"]);
    assert.strictEqual(applyAllFixes(text, check(text), true), regulation("第三条", "第四条"));
  });
  it("a draft that starts 第一条 again in every chapter is left alone (each chapter reads as its own run)", () => {
    assert.deepStrictEqual(codes(lines("第一章 总则", "第一条 为规范管理，制定本办法。", "第二条 本办法适用于本市。", "第二章 附则", "第一条 本办法由市财政局解释。", "第二条 本办法自印发之日起施行。")), []);
  });
  const plan = (third: string) => lines("1 总则", "1.1 编制目的", body, "1.2 适用范围", "（一）江河洪水；", "（二）干旱灾害。", "2 组织体系", "2.1 指挥部", body, "2.2 办公室", "（一）组织检查；", "（二）掌握汛情。", third + " 成员单位", body);
  it("decimal sections restart under each parent and their （一） lists restart too: no finding", () => {
    assert.deepStrictEqual(codes(plan("2.3")), []);
  });
  it("a decimal section that skips a number (2.4 after 2.2) is reported on its last component and fixed", () => {
    const text = plan("2.4");
    assert.deepStrictEqual(flagged(text), ["2.4"]);
    assert.strictEqual(applyAllFixes(text, check(text), true), plan("2.3"));
  });
});

describe("numbering.count: 以下四个重点", () => {
  it("an announced count of 重点 is checked against the items that follow", () => {
    // The paragraph has none of 方/项/件/条/题, the characters a cheaper filter looked for.
    const text = lines("一、检查重点", "本次检查突出以下四个重点：", "（一）城镇燃气。", "（二）建筑施工。", "（三）消防安全。");
    assert.deepStrictEqual(flagged(text), ["四个重点"]);
    assert.deepStrictEqual(codes(text.replace("四个重点", "三个重点")), []);
  });
});

describe("numbering.count: a lead-in closing an unnumbered Markdown section", () => {
  it("## 今年的活动有哪些？ …共分为三大板块： then ## 一、 to ## 四、", () => {
    const text = lines("# 全民健身日系列活动", "## 今年的活动有哪些？", "快来看看有没有你喜欢的👇今年的活动共分为三大板块：", "## 一、主题活动", "正文。", "## 二、线上赛事", "正文。", "## 三、社区活动", "正文。", "## 四、健身讲座", "正文。");
    assert.deepStrictEqual(flagged(text), ["三大板块"]);
    assert.deepStrictEqual(codes(text.replace("三大板块", "四大板块")), []);
    // Without the colon the sentence does not lead into the sections.
    assert.deepStrictEqual(codes(text.replace("三大板块：", "三大板块。")), []);
  });
});

describe("numbering.enumerator: 一是…一是…三是 in one paragraph", () => {
  it("the second 一是 is the slip: one duplicate finding, and the safe fix writes 二是, leaving 三是 alone", () => {
    const right = "会议要求：一是细化方案，明确责任；二是保障资金，严格监管；三是跟踪督办，开展评估。";
    const text = right.replace("二是", "一是");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.enumerator 一是"]);
    assert.strictEqual(applyAllFixes(text, f, true), right);
  });
});
