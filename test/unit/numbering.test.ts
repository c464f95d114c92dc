import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { renumberSection } from "../../server/src/core/numbering";
import { CHECKS } from "../../server/src/core/registry";
import { CORPUS_FILES, readCorpus } from "../support/corpus";
import { applyAllFixes, applyEdits, check, codes, flagged, lines } from "./numbering.helpers";

const body = "正文内容，要认真落实。";

describe("numbering: corpus drafts", () => {
  for (const name of CORPUS_FILES) {
    it(`no numbering finding in ${name}`, () => {
      assert.deepStrictEqual(check(readCorpus(name)).map((f) => `${f.code}: ${f.message}`), []);
    });
  }
  it("is registered", () => {
    assert.ok(CHECKS.some((c) => c.id === "numbering"));
  });
  it("checks the study-session announcement (谈三点 → three sections): one more section is reported", () => {
    const text = readCorpus("study-session-remarks.txt").replace("谈三点", "谈四点");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.count"]);
    assert.strictEqual(applyAllFixes(text, f), readCorpus("study-session-remarks.txt"));
  });
  it("checks the 20th report's 三件大事：一是…二是…三是", () => {
    const text = readCorpus("20th-congress-report-2022.txt").replace("三件大事", "两件大事");
    assert.deepStrictEqual(flagged(text), ["两件大事"]);
  });
});

describe("numbering.sequence", () => {
  it("accepts a correct run", () => {
    assert.deepStrictEqual(codes(lines("一、总体要求", body, "二、重点任务", body, "三、保障措施", body)), []);
  });
  it("reports a gap on the item that breaks the run and names the expected token", () => {
    const text = lines("一、总体要求", body, "二、重点任务", body, "四、保障措施", body);
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].code, "numbering.sequence");
    assert.strictEqual(text.slice(f[0].span.start, f[0].span.end), "四、");
    assert.match(f[0].message, /应为“三、”/);
    assert.strictEqual(text.slice(f[0].related![0].span.start, f[0].related![0].span.end), "二、");
    assert.strictEqual(applyAllFixes(text, f), text.replace("四、", "三、"));
    assert.strictEqual(f[0].fixes![0].safe, true);
  });
  it("reports a duplicate （二）（二）", () => {
    const text = lines("一、任务", "（一）第一项。", "（二）第二项。", "（二）第三项。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["（二）"]);
    assert.strictEqual(f[0].span.start, text.lastIndexOf("（二）"));
    assert.match(f[0].message, /重复.*应为“（三）”/);
    assert.strictEqual(applyAllFixes(text, f), lines("一、任务", "（一）第一项。", "（二）第二项。", "（三）第三项。"));
  });
  it("reports a wrong start (二、 first)", () => {
    const text = lines("二、总体要求", body, "三、重点任务", body);
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /应从“一、”开始/);
    assert.strictEqual(applyAllFixes(text, f), lines("一、总体要求", body, "二、重点任务", body));
  });
  it("reports items out of order and fixes them all at once", () => {
    const text = lines("1.甲。", "3.乙。", "4.丙。", "2.丁。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["3.", "2."]);
    assert.match(f[1].message, /顺序错乱/);
    assert.strictEqual(applyAllFixes(text, f), lines("1.甲。", "2.乙。", "3.丙。", "4.丁。"));
    // The alternative fix renumbers the whole run in one action.
    assert.strictEqual(applyEdits(text, f[1].fixes![1].edits), lines("1.甲。", "2.乙。", "3.丙。", "4.丁。"));
    assert.strictEqual(f[1].fixes![1].safe, false);
  });
  it("an item whose text opens with a year (2.2021-2024年…) is an item, not a decimal", () => {
    const notes = (second: string, third: string) => lines("注释：", "1.本公报中部分数据为初步统计数。", `${second}2021-2024年相关数据已根据经济普查结果进行修订。`, `${third}部分数据因四舍五入，存在总计与分项合计不等的情况。`);
    assert.deepStrictEqual(check(notes("2.", "3.")), []);
    assert.deepStrictEqual(check(lines("注释：", "1.本公报数据为初步统计数。", "2.2024年数据已修订。", "3.部分数据因四舍五入。")), []);
    assert.deepStrictEqual(flagged(notes("3.", "4.")), ["3."]);
    // A decimal number is still no heading: 2.5倍, 3.2024 alone.
    assert.deepStrictEqual(check(lines("1.本公报数据为初步统计数。", "2.5倍于上年。", "3.部分数据因四舍五入。")).map((x) => x.code), ["numbering.sequence"]);
  });
  it("two neighbours in each other's place are one slip (（一）（二）（四）（三）（五）)", () => {
    const text = lines("一、重点任务", "（一）甲", body, "（二）乙", body, "（四）丙", body, "（三）丁", body, "（五）戊", body);
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.sequence （四）"]);
    assert.match(f[0].message, /应为“（三）”.*颠倒/);
    assert.strictEqual(applyAllFixes(text, f), text.replace("（四）丙", "（三）丙").replace("（三）丁", "（四）丁"));
    // At the start of a run too: 2. 1. 3.
    const first = lines("2.甲。", "1.乙。", "3.丙。");
    assert.deepStrictEqual(flagged(first), ["2."]);
    assert.strictEqual(applyAllFixes(first, check(first)), lines("1.甲。", "2.乙。", "3.丙。"));
    // Not a swap when the item before is out of order as well, or the pair is not adjacent.
    assert.deepStrictEqual(flagged(lines("1.甲。", "3.乙。", "2.丙。", "4.丁。")), ["3."]);
    assert.deepStrictEqual(flagged(lines("1.甲。", "4.乙。", "3.丙。", "2.丁。")).length, 2);
  });
  it("each break's fix alone clears that break, even after earlier breaks in the run", () => {
    const text = lines("一、任务", "（二）甲。", "（一）乙。", "（二）丙。", "（三）丁。", "（二）戊。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end) + "→" + /应(?:为|从)“([^”]+)”/.exec(x.message)![1]), ["（二）→（一）", "（一）→（二）", "（二）→（五）"]);
    for (const finding of f) {
      const after = check(applyEdits(text, finding.fixes![0].edits));
      assert.ok(!after.some((x) => x.span.start === finding.span.start), `fix “${finding.fixes![0].title}” clears its finding`);
    }
    assert.strictEqual(applyAllFixes(text, f), lines("一、任务", "（一）甲。", "（二）乙。", "（三）丙。", "（四）丁。", "（五）戊。"));
  });
  it("restarts numbering under each new parent", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "1.子项。", "2.子项。", "二、乙", "1.子项。", "2.子项。", "3.子项。")), []);
  });
  it("reports numbering carried on across parents, pointing at the parent", () => {
    const text = lines("一、甲", "1.子项。", "2.子项。", "二、乙", "3.子项。", "4.子项。");
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].span.start, text.indexOf("3."));
    assert.match(f[0].related![0].message, /二、乙/);
    assert.strictEqual(applyAllFixes(text, f), lines("一、甲", "1.子项。", "2.子项。", "二、乙", "1.子项。", "2.子项。"));
  });
  it("handles Chinese numerals past 十", () => {
    const heads = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十三", "十四"];
    const text = lines(...heads.map((h) => `${h}、第${h}部分`));
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /应为“十二、”/);
    assert.strictEqual(applyAllFixes(text, f), text.replace("十三、", "十二、").replace("十四、", "十三、"));
  });
  it("handles Arabic numbers past 9 and keeps full-width digits", () => {
    const text = lines(...Array.from({ length: 12 }, (_, i) => `${i < 10 ? i + 1 : i + 2}.事项。`));
    assert.strictEqual(applyAllFixes(text, check(text)), lines(...Array.from({ length: 12 }, (_, i) => `${i + 1}.事项。`)));
    const wide = lines("１．甲。", "２．乙。", "４．丙。");
    assert.strictEqual(applyAllFixes(wide, check(wide)), lines("１．甲。", "２．乙。", "３．丙。"));
  });
  it("checks nested runs independently with non-overlapping fixes", () => {
    const text = lines("一、甲", "（一）子。", "（三）子。", "三、乙", "（一）子。", "（一）子。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["（三）", "三、", "（一）"]);
    assert.strictEqual(applyAllFixes(text, f), lines("一、甲", "（一）子。", "（二）子。", "二、乙", "（一）子。", "（二）子。"));
  });
  it("checks circled numbers", () => {
    const text = lines("①甲。", "②乙。", "④丙。");
    assert.strictEqual(applyAllFixes(text, check(text)), lines("①甲。", "②乙。", "③丙。"));
  });
  it("keeps UTF-16 positions exact with CRLF, a BOM and emoji", () => {
    const text = "\uFEFF😀标题\r\n一、甲😀\r\n二、乙\r\n\r\n四、丙\r\n";
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].span.start, text.indexOf("四、"));
    assert.strictEqual(f[0].span.end, text.indexOf("四、") + 2);
    assert.strictEqual(applyAllFixes(text, f), text.replace("四、", "三、"));
  });
});

describe("numbering.style", () => {
  const one = (text: string) => {
    const f = check(text);
    assert.strictEqual(f.length, 1, JSON.stringify(f));
    assert.strictEqual(f[0].code, "numbering.style");
    return f[0];
  };
  it("reports 一. for 一、 and fixes only the punctuation", () => {
    const text = lines("一.总体要求", body);
    const f = one(text);
    assert.match(f.message, /应为“一、”/);
    assert.deepStrictEqual(f.fixes![0].edits, [{ span: { start: 1, end: 2 }, newText: "、" }]);
    assert.strictEqual(f.fixes![0].safe, true);
  });
  it("reports 一， for 一、", () => {
    assert.strictEqual(applyAllFixes("一，总体要求", [one("一，总体要求")]), "一、总体要求");
  });
  it("reports （一）、 for （一）", () => {
    const f = one("（一）、总体要求");
    assert.deepStrictEqual(f.fixes![0].edits, [{ span: { start: 3, end: 4 }, newText: "" }]);
  });
  it("reports half-width (一) and fixes both parentheses", () => {
    const text = "(一)总体要求";
    assert.strictEqual(applyAllFixes(text, [one(text)]), "（一）总体要求");
  });
  it("reports 1、 and 1， for 1.", () => {
    assert.strictEqual(applyAllFixes("1、落实责任。", [one("1、落实责任。")]), "1.落实责任。");
    assert.strictEqual(applyAllFixes("1，落实责任。", [one("1，落实责任。")]), "1.落实责任。");
  });
  it("accepts full-width 1． by default", () => {
    assert.deepStrictEqual(codes(lines("1．甲。", "2．乙。")), []);
  });
  it("reports (1) for （1）", () => {
    assert.strictEqual(applyAllFixes("(1)落实责任。", [one("(1)落实责任。")]), "（1）落实责任。");
  });
  it("reports siblings that mix accepted shapes (1. beside 2．), fixing to the majority", () => {
    const text = lines("1.甲。", "2．乙。", "3.丙。");
    const f = one(text);
    assert.strictEqual(f.span.start, text.indexOf("2．"));
    assert.match(f.message, /不统一/);
    assert.strictEqual(text.slice(f.related![0].span.start, f.related![0].span.end), "1.");
    assert.strictEqual(applyAllFixes(text, [f]), lines("1.甲。", "2.乙。", "3.丙。"));
  });
  it("follows a house style that accepts 1、 (lectern.numbering.arabicDot)", () => {
    const settings = { "lectern.numbering.arabicDot": ["N、"] };
    assert.deepStrictEqual(codes(lines("1、甲。", "2、乙。"), settings), []);
    const text = lines("1.甲。", "2.乙。");
    const f = check(text, settings);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.style", "numbering.style"]);
    assert.strictEqual(applyAllFixes(text, f), lines("1、甲。", "2、乙。"));
  });
  it("with both shapes accepted, still reports a run that mixes them", () => {
    const settings = { "lectern.numbering.arabicDot": ["N.", "N、"] };
    assert.deepStrictEqual(flagged(lines("1、甲。", "2.乙。", "3、丙。"), "numbering.style", settings), ["2."]);
  });
  it("never overlaps a sequence fix on the same token", () => {
    const text = lines("一、甲", "二、乙", "四.丙");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => x.code).sort(), ["numbering.sequence", "numbering.style"]);
    assert.strictEqual(applyAllFixes(text, f), lines("一、甲", "二、乙", "三、丙"));
  });
});

describe("numbering.hierarchy", () => {
  it("an item written a level off (1. | （二） | 3.) is one hierarchy finding, and counts as an item", () => {
    const text = lines("一、回顾", body, "二、希望", "我对大家提三点希望。", "1.要坚定理想信念。", "（二）要提升能力本领。", "3.要锤炼过硬作风。", "三、纪律", body);
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.hierarchy （二）"]);
    assert.match(f[0].message, /“（二）”处在“1.”与“3.”之间.*写作“2.”/);
    assert.strictEqual(f[0].fixes![0].safe, false);
    assert.strictEqual(applyAllFixes(text, f), text.replace("（二）要", "2.要"));
    assert.deepStrictEqual(check(applyAllFixes(text, f)), []);
    // Announcing two points, the three items are counted.
    assert.deepStrictEqual(check(text.replace("提三点", "提两点")).map((x) => x.code), ["numbering.count", "numbering.hierarchy"]);
    // Further on in the list: 1. 2. | （三） | 4.
    const later = lines("一、任务", "1.甲。", "2.乙。", "（三）丙。", "4.丁。");
    assert.deepStrictEqual(flagged(later), ["（三）"]);
  });
  it("negative: a sibling of its own style, a restart under it, a number that does not fit", () => {
    // （一）1. | （二）3.: （二） is （一）'s sibling; 3. starts wrong under it.
    assert.deepStrictEqual(check(lines("一、任务", "（一）甲", "1.子项。", "（二）乙", "3.子项。")).map((x) => x.code), ["numbering.sequence"]);
    // 1. | （一） | 1.: a restart under a sub-part.
    assert.deepStrictEqual(check(lines("一、任务", "1.甲。", "（一）乙", "1.子项。", "2.子项。")).filter((x) => x.code === "numbering.hierarchy"), []);
    // 1. | （三） | 3.: not the missing number.
    assert.deepStrictEqual(flagged(lines("一、任务", "1.甲。", "（三）乙", "3.丙。"), "numbering.hierarchy"), []);
  });
  it("reports a （一） between 1. and 2., pointing at both", () => {
    const text = lines("一、总体要求", "1.甲。", "（一）乙。", "2.丙。", "二、保障", body);
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.hierarchy"]);
    assert.strictEqual(f[0].span.start, text.indexOf("（一）"));
    assert.deepStrictEqual(f[0].related!.map((r) => text.slice(r.span.start, r.span.end)), ["1.", "2."]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("（一）", "（1）"));
    assert.deepStrictEqual(codes(applyAllFixes(text, f)), []);
  });
  it("reports a 一、 inside a （1） list", () => {
    const text = lines("一、甲", body, "二、乙", "（1）子项。", "一、子项。", "（2）子项。", "三、丙", body);
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.hierarchy 一、"]);
    assert.strictEqual(f[0].span.start, text.indexOf("一、子项"));
    assert.deepStrictEqual(codes(applyAllFixes(text, f)), []);
  });
  it("allows skipping a level (一、 → 1.)", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "1.子。", "2.子。", "二、乙", "1.子。")), []);
  });
  it("does not report a shallower heading after which the deeper list restarts", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "（一）子。", "1.孙。", "2.孙。", "（二）子。", "1.孙。")), []);
  });
  it("finds the interrupted list past the intruder's own deeper items (1.（1）（2）（一）（1）（2）2.)", () => {
    const text = lines("一、重点任务", "1.严格质量管理", "（1）落实责任。", "（2）严格验收。", "（一）加强安全管理", "（1）制定方案。", "（2）合理安排。", "2.加强资金管理。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.hierarchy （一）"]);
  });
  it("treats numbering carried across a correctly numbered parent as a sequence error, not hierarchy", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "（1）子。", "二、乙", "（2）子。")), ["numbering.sequence"]);
  });
});

describe("numbering.count", () => {
  it("我看主要是四个：一是…: a bare 个 before a colon announces the 一是 run", () => {
    const run = "一是结构性就业矛盾突出；二是灵活就业人员参保率偏低；三是部分县区欠薪问题还没有清零。";
    const text = `问题在哪儿？我看主要是四个：${run}`;
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.count 主要是四个"]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("四个", "三个"));
    assert.deepStrictEqual(codes(`问题在哪儿？我看主要是三个：${run}`), []);
    // No colon, or no list after it: not an announcement.
    assert.deepStrictEqual(codes(`我看主要是四个。${run}`), []);
    assert.deepStrictEqual(codes("目标主要是三个：提高质量、降低成本。"), []);
  });
  const heads = (n: number) => Array.from({ length: n }, (_, i) => `${"一二三四五六"[i]}、第${i + 1}部分`);
  it("reports 谈三点 followed by four sections and fixes the count", () => {
    const text = lines("同志们：", "今天我结合工作实际，谈三点体会。", ...heads(4));
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.count"]);
    assert.strictEqual(text.slice(f[0].span.start, f[0].span.end), "谈三点体会");
    assert.match(f[0].message, /4 项/);
    assert.strictEqual(f[0].related!.length, 4);
    assert.strictEqual(applyAllFixes(text, f), text.replace("谈三点", "谈四点"));
  });
  it("accepts a matching announcement", () => {
    assert.deepStrictEqual(codes(lines("下面，我讲三点意见。", ...heads(3))), []);
  });
  it("counts a 一是 run after 讲三点意见：, writing 两 for two", () => {
    const text = lines("我讲三点意见：", "一是提高认识。", "二是狠抓落实。");
    const f = check(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(applyAllFixes(text, f), text.replace("三点", "两点"));
  });
  it("counts inline enumerators after 以下四项工作：", () => {
    assert.deepStrictEqual(codes("要做好以下四项工作：一是稳增长，二是促改革，三是调结构，四是惠民生。"), []);
    assert.deepStrictEqual(codes("要做好以下四项工作：一是稳增长，二是促改革，三是调结构，四是惠民生，五是防风险。"), ["numbering.count"]);
  });
  it("counts （一） headings after 三个方面", () => {
    const text = lines("一、工作任务", "重点抓好三个方面。", "（一）甲。", "（二）乙。", "二、保障", body);
    assert.deepStrictEqual(codes(text), ["numbering.count"]);
    assert.deepStrictEqual(codes(text.replace("三个方面", "两个方面")), []);
  });
  it("does not check vague counts (几点, 若干)", () => {
    assert.deepStrictEqual(codes(lines("我再强调几点意见。", ...heads(4))), []);
    assert.deepStrictEqual(codes(lines("提出若干项要求：", "一是甲。", "二是乙。")), []);
  });
  it("does not check quoted formulations", () => {
    assert.deepStrictEqual(codes(lines("概括了“十三个方面成就”：", "一是甲。", "二是乙。")), []);
  });
  it("does not check an announcement that does not end its paragraph", () => {
    assert.deepStrictEqual(codes(lines("我谈三点体会。首先是学习的收获很大。", ...heads(4))), []);
  });
  it("does not count headings outside the announcement's section", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "下面再讲两点。", "二、乙", body, "三、丙", body)), []);
  });
  it("keeps Arabic digits in the fix", () => {
    const text = lines("谈3点想法。", ...heads(2));
    assert.strictEqual(applyAllFixes(text, check(text)), text.replace("谈3点", "谈2点"));
  });
  it("counts the items, not the numbers, so it agrees with a renumbered list", () => {
    const text = lines("谈三点体会。", "一、甲", "二、乙", "二、丙");
    assert.deepStrictEqual(codes(text), ["numbering.sequence"]);
  });
});

describe("numbering: an item of a list written in a deeper style", () => {
  it("一、二、（三）四、: （三） is reported as the style of 三、 and fixed to it; no gap at 四、", () => {
    const text = lines("一、甲", "正文。", "二、乙", "正文。", "（三）丙", "正文。", "四、丁", "正文。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.style （三）"]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("（三）", "三、"));
  });
  it("a real sub-list under 二、, or a deeper item the list does not go on from, is left as it is", () => {
    assert.deepStrictEqual(codes(lines("一、甲", "二、乙", "（一）子", "（二）子", "三、丙")), []);
    assert.deepStrictEqual(flagged(lines("一、甲", "二、乙", "（三）子", "三、丙")), ["（三）"]);
  });
  it("the misstyled （三） may be followed by its own （一）（二）: one style finding, no sequence finding", () => {
    const text = lines("一、甲", "正文。", "二、乙", "正文。", "（三）重点任务", "重点抓好以下几个方面：", "（一）子。", "（二）子。", "（三）子。", "四、丁", "正文。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.style （三）"]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("（三）重点任务", "三、重点任务"));
    // A sub-list that does not restart at （一） after it is no such list: the （三） is not read as 三、.
    assert.ok(!check(lines("一、甲", "二、乙", "（三）子", "（四）子", "四、丙")).some((x) => x.code === "numbering.style"));
  });
});

describe("numbering: office layouts", () => {
  it("the 附件说明 list (附件：1.… / 2.…) is not a run of headings, and an attachment restarts its numbering", () => {
    const text = lines("一、总体要求", "坚持稳中求进。", "二、工作任务", "做好工作。", "附件：1.工作方案", "　　　2.任务分工表", "　　　3.进度安排表", "县人民政府办公室", "2025年3月8日", "附件1", "工作方案", "一、总体要求", "正文。", "二、工作任务", "正文。");
    assert.deepStrictEqual(codes(text), []);
    const m = parseDocument(text);
    assert.deepStrictEqual(m.root.children.map((c) => c.heading!.name), ["一、总体要求", "二、工作任务", "附件1"]);
    assert.deepStrictEqual(m.root.children[2].children.map((c) => c.heading!.name), ["一、总体要求", "二、工作任务"]);
    assert.deepStrictEqual(flagged(text.replace("二、工作任务\n正文。", "三、工作任务\n正文。")), ["三、"]);
  });
  it("a 目录 at the top: its entries are not headings, the body's are", () => {
    const text = lines("目  录", "一、形势分析……………1", "（一）主要成效…………2", "二、总体思路……………3", "三、保障措施……………5", "一、形势分析", "（一）主要成效", "正文。", "二、总体思路", "正文。", "三、保障措施", "正文。");
    assert.deepStrictEqual(codes(text), []);
    assert.deepStrictEqual(parseDocument(text).root.children.map((c) => c.heading!.name), ["一、形势分析", "二、总体思路", "三、保障措施"]);
  });
  it("**二、…** and ▌二、… pasted from an editor are headings, named without the marks", () => {
    const text = lines("一、总体要求", "正文。", "**二、工作任务**", "正文。", "▌三、保障措施", "正文。");
    assert.deepStrictEqual(codes(text), []);
    assert.deepStrictEqual(parseDocument(text).headings.map((h) => h.name), ["一、总体要求", "二、工作任务", "三、保障措施"]);
  });
  it("a line hard-wrapped mid-word (思想统 / 一是…) does not open a lone 一是; after a heading line it still does", () => {
    assert.deepStrictEqual(codes(lines("各位代表，大家好。", "实践告诉我们，思想统", "一是形成工作合力的前提。")), []);
    assert.deepStrictEqual(codes(lines("（一）加强领导", "一是形成工作合力。")), ["numbering.enumerator"]);
  });
  it("announcements after 做好/抓好/以下/主要有 are counted", () => {
    assert.deepStrictEqual(flagged("重点做好以下三点：一是加强学习；二是狠抓项目；三是改进作风；四是严守纪律。"), ["做好以下三点"]);
    assert.deepStrictEqual(codes("主要有三点：一是加强学习；二是狠抓项目；三是改进作风。"), []);
    assert.deepStrictEqual(codes("会议定于下午三点：一是报到，二是开会。"), []);
  });
});

describe("numbering.enumerator", () => {
  it("inline ①②④ after a clause boundary: a gap, fixed; also in the body of a run-in heading", () => {
    const text = "会议议定：①推出十项措施；②推动项目落地；④加快审批进度。";
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["④"]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("④", "③"));
    const runIn = lines("（1）深化改革。①推出20项服务；②推动一网通办；④加快电子证照互认。", "（2）规范检查。");
    assert.deepStrictEqual(flagged(runIn), ["④"]);
  });
  it("not inline ①: a note mark after a word, a lone ①, a complete run, ① headings", () => {
    assert.deepStrictEqual(codes("这是习近平总书记的重要论述①。主要有三类：①工业；②农业；③服务业。"), []);
    assert.deepStrictEqual(codes("需要说明：①本表数据为快报数。"), []);
    assert.deepStrictEqual(codes(lines("一、标题", "①第一项", "②第二项")), []);
  });
  it("reports a gap (一是…二是…四是) and fixes it", () => {
    const text = "一是稳增长，二是促改革，四是惠民生。";
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["四是"]);
    assert.match(f[0].message, /应为“三是”/);
    assert.strictEqual(applyAllFixes(text, f), "一是稳增长，二是促改革，三是惠民生。");
  });
  it("reports a duplicate across paragraphs, including a repeated 一是", () => {
    const text = lines("一是甲。", "二是乙。", "二是丙。");
    assert.strictEqual(applyAllFixes(text, check(text)), lines("一是甲。", "二是乙。", "三是丙。"));
    const again = lines("一是甲。", "一是乙。", "二是丙。");
    const f = check(again);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].span.start, again.indexOf("一是乙"));
    assert.strictEqual(applyAllFixes(again, f), lines("一是甲。", "二是乙。", "三是丙。"));
  });
  it("reports mixed forms in one run (一要…二要…三是) and fixes the odd one", () => {
    const text = lines("一要提高认识。", "二要压实责任。", "三是狠抓落实。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ["三是"]);
    assert.match(f[0].message, /混用/);
    assert.deepStrictEqual(f[0].fixes![0].edits, [{ span: { start: text.indexOf("三是") + 1, end: text.indexOf("三是") + 2 }, newText: "要" }]);
  });
  it("converts between 第三， and 三是 in a mixed run", () => {
    const text = lines("第一，提高认识。", "第二，压实责任。", "三是狠抓落实。");
    assert.strictEqual(applyAllFixes(text, check(text)), lines("第一，提高认识。", "第二，压实责任。", "第三，狠抓落实。"));
    const other = lines("一是提高认识。", "二是压实责任。", "第三，狠抓落实。");
    assert.strictEqual(applyAllFixes(other, check(other)), lines("一是提高认识。", "二是压实责任。", "三是狠抓落实。"));
  });
  it("reports 首先 with no follow-up, and not a full 首先…其次…最后 or a courtesy opening a later 最后 answers", () => {
    const text = "首先，要统一思想，提高认识。";
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => x.code), ["numbering.enumerator"]);
    assert.strictEqual(f[0].fixes![0].safe, false);
    assert.deepStrictEqual(codes(lines("首先，统一思想。", "其次，压实责任。", "最后，狠抓落实。")), []);
    // 首先，我代表…表示祝贺 opens many speeches: a 最后 (or 其次) anywhere later answers it.
    assert.deepStrictEqual(codes(lines("今天召开大会。首先，我代表市委、市政府，向受表彰的先进集体表示热烈祝贺！", "下面，我讲几点意见。", "最后，祝大会圆满成功！")), []);
    // With nothing after it, even a courtesy 首先 stands alone.
    assert.deepStrictEqual(codes(lines("今天召开大会。首先，我代表市委、市政府，向受表彰的先进集体表示热烈祝贺！", "下面，我讲几点意见。", "祝大会圆满成功！")), ["numbering.enumerator"]);
  });
  it("reports a lone 一是", () => {
    const f = check("这项工作，一是要提高认识，要压实责任。");
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /没有“二是”/);
  });
  it("reports a gap in 第一，第二，第四", () => {
    assert.deepStrictEqual(flagged("第一，甲。第二，乙。第四，丙。"), ["第四"]);
  });
  it("handles ordinals past 十", () => {
    const items = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十三"];
    const text = lines(...items.map((n) => `${n}是事项。`));
    assert.strictEqual(applyAllFixes(text, check(text)), text.replace("十三是", "十二是"));
  });
  it("does not read 一是一，二是二 or 统一是 as broken runs", () => {
    assert.deepStrictEqual(codes("坚持一是一、二是二的原则。"), []);
    assert.deepStrictEqual(codes("思想统一是前提。"), []);
  });
  // 第三、四季度 lists two ordinals; read as the enumerator 第三 it started a run at three and
  // made the 第一 of the next paragraph a wrong order.
  it("does not read 第三、四季度 or 第二、三项 as an enumerator", () => {
    assert.deepStrictEqual(codes(lines("第三、四季度要抓好项目建设。", "第一，要抓好学习。第二，要抓好落实。")), []);
    assert.deepStrictEqual(codes("下面，合并进行第二、三项议程。"), []);
  });
  it("still reads 第三、 followed by words as an enumerator", () => {
    assert.deepStrictEqual(flagged("第一、抓学习。第二、抓落实。第四、抓作风。"), ["第四"]);
  });
});

describe("renumberSection", () => {
  const text = lines("一、甲", "1.子。", "3.子。", "3.子。", "二、乙", "2.子。", "一是甲，三是乙。");
  const model = parseDocument(text);
  it("renumbers the heading's run when the position is on a heading line", () => {
    const fix = renumberSection(model, text.indexOf("3.") + 1)!;
    assert.strictEqual(applyEdits(text, fix.edits), text.replace("1.子。\n3.子。\n3.子。", "1.子。\n2.子。\n3.子。"));
  });
  it("renumbers the run of the section around a position in its body", () => {
    const fix = renumberSection(model, text.indexOf("一是") - 1)!;
    assert.deepStrictEqual(fix.edits.map((e) => text.slice(e.span.start, e.span.end) + "→" + e.newText), ["2→1"]);
  });
  it("renumbers an enumerator run", () => {
    const fix = renumberSection(model, text.indexOf("三是"))!;
    assert.deepStrictEqual(fix.edits.map((e) => e.newText), ["二"]);
  });
  it("returns undefined where nothing needs renumbering", () => {
    assert.strictEqual(renumberSection(parseDocument(lines("一、甲", "二、乙")), 1), undefined);
    assert.strictEqual(renumberSection(parseDocument("没有编号的正文。"), 2), undefined);
  });
});

describe("numbering: an item in other numerals a level too deep", () => {
  it("（一）（二） 3. （四）: 3. is the style of （三）, fixed to it; no sequence finding", () => {
    const text = lines("一、坚持从严要求", "（一）严守纪律。", "正文。", "（二）遵守规定。", "正文。", "3.树立良好学风。", "正文。", "（四）加强自律。", "正文。");
    const f = check(text);
    assert.deepStrictEqual(f.map((x) => `${x.code} ${text.slice(x.span.start, x.span.end)}`), ["numbering.style 3."]);
    assert.strictEqual(applyAllFixes(text, f), text.replace("3.树立", "（三）树立"));
    // Two such items are a list of their own under （二）.
    assert.ok(!check(lines("一、甲", "（一）子。", "（二）子。", "3.孙。", "4.孙。", "（四）子。")).some((x) => x.code === "numbering.style"));
  });
});
