import * as assert from "assert";
import { parseDocument, buildOutline, foldingRegions, documentStats, LineIndex } from "../../server/src/core";
import { parseChineseNumeral, formatChineseNumeral } from "../../server/src/core/numerals";
import { readCorpus } from "../support/corpus";
import { formatDuration } from "../../server/src/core/document/duration";

const headingNames = (m: ReturnType<typeof parseDocument>) => m.root.children.map((c) => c.heading!.name);

describe("document model: corpus drafts", () => {
  it("county speech: three sections; 一是/二是/三是 under the first; 1.–7. under the second; 1.–3. under the third", () => {
    const text = readCorpus("county-mobilization-speech.txt");
    const m = parseDocument(text);
    const top = m.root.children;
    assert.strictEqual(top.length, 3);
    assert.deepStrictEqual(top.map((s) => s.heading!.token!.text), ["一、", "二、", "三、"]);
    assert.ok(top[0].heading!.name.startsWith("一、要认真学习领会"));
    assert.deepStrictEqual(top[0].items.map((e) => e.text), ["一是", "二是", "三是"]);
    assert.deepStrictEqual(top[1].children.map((c) => c.heading!.token!.text), ["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
    assert.deepStrictEqual(top[2].children.map((c) => c.heading!.token!.number), [1, 2, 3]);
    assert.deepStrictEqual(top.map((s) => s.heading!.level), [1, 1, 1]);
    assert.strictEqual(top[1].children[0].heading!.level, 2);
    assert.strictEqual(m.salutationLine, 0);
    // Exact ranges: the first heading is line 2, from column 0 to the end of the line.
    const h = top[0].heading!;
    assert.deepStrictEqual(m.index.range(h.nameSpan), { start: { line: 2, character: 0 }, end: { line: 2, character: text.split("\n")[2].length } });
    // A run-in heading's name is its heading sentence.
    const run = top[1].children[0].heading!;
    assert.strictEqual(run.name, "1.要坚持党对一切工作的领导，全力筑牢绝对忠诚之魂。");
    assert.ok(run.runIn);
    assert.deepStrictEqual(m.index.range(run.nameSpan), { start: { line: 9, character: 0 }, end: { line: 9, character: run.name.length } });
    // Sections end where the next section of the same level starts.
    assert.strictEqual(m.index.lineAt(top[0].span.end), 6);
    assert.strictEqual(m.index.lineAt(top[1].span.end), 15);
  });

  it("study-session remarks: three sections, each with three enumerated items (一是…, 一要…)", () => {
    const m = parseDocument(readCorpus("study-session-remarks.txt"));
    assert.strictEqual(m.root.children.length, 3);
    assert.deepStrictEqual(
      m.root.children.map((s) => s.items.map((e) => e.text)),
      [["一是", "二是", "三是"], ["一是", "二是", "三是"], ["一要", "二要", "三要"]],
    );
    assert.deepStrictEqual(m.enumeratorRuns.map((r) => r.length), [3, 3, 3]);
    assert.strictEqual(m.root.children[2].items[0].name, "一要深化思想认识，敢于担当作为。");
  });

  it("20th congress report: 15 top-level sections and 41 （一）-style sections, title block and salutation", () => {
    const m = parseDocument(readCorpus("20th-congress-report-2022.txt"));
    assert.strictEqual(m.root.children.length, 15);
    const sub = m.root.children.flatMap((s) => s.children);
    assert.strictEqual(sub.length, 41);
    assert.ok(sub.every((s) => s.heading!.style === "cn-paren" && s.heading!.level === 2));
    assert.strictEqual(m.root.children[10].heading!.token!.text, "十一、");
    assert.strictEqual(m.root.children[14].heading!.token!.number, 15);
    assert.strictEqual(headingNames(m)[0], "一、过去五年的工作和新时代十年的伟大变革");
    assert.strictEqual(sub[0].heading!.name, "（一）构建高水平社会主义市场经济体制。");
    assert.deepStrictEqual(m.titleLines, [0, 1, 2, 3, 4]);
    assert.strictEqual(m.salutationLine, 5);
    // The inline run 一是…，二是…，三是… inside a sentence.
    assert.deepStrictEqual(m.root.children[0].items.map((e) => e.text), ["一是", "二是", "三是"]);
    assert.ok(m.root.children[0].items.every((e) => !e.paragraphStart));
  });

  it("2024 government work report: 3 top-level sections and 10 （一）-style sections", () => {
    const m = parseDocument(readCorpus("government-work-report-2024.txt"));
    assert.strictEqual(m.root.children.length, 3);
    assert.deepStrictEqual(m.root.children.map((s) => s.children.length), [0, 0, 10]);
    assert.deepStrictEqual(m.root.children[2].children.map((s) => s.heading!.token!.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepStrictEqual(m.root.children[0].items.map((e) => e.ordinal), [1, 2, 3, 4, 5, 6]);
    assert.deepStrictEqual(m.titleLines, [0]);
    assert.strictEqual(m.salutationLine, 1);
  });
});

describe("document model: headings", () => {
  const style = (line: string) => {
    const h = parseDocument(line + "\n正文。").headings[0];
    return h ? `${h.style} ${h.token?.shape ?? ""} ${h.token?.number ?? ""}`.trim() : "none";
  };
  const cases: [string, string][] = [
    ["一、总体要求", "cn-dun N、 1"],
    ["十一、国家安全", "cn-dun N、 11"],
    ["二十三、其他", "cn-dun N、 23"],
    ["九十九、最后", "cn-dun N、 99"],
    ["一.总体要求", "cn-dun N. 1"],
    ["一，总体要求", "cn-dun N， 1"],
    ["（一）主要指标", "cn-paren （N） 1"],
    ["(二)主要指标", "cn-paren (N) 2"],
    ["（三）、主要指标", "cn-paren （N）、 3"],
    ["1.抓好经济", "arabic-dot N. 1"],
    ["1．抓好经济", "arabic-dot N． 1"],
    ["12、抓好经济", "arabic-dot N、 12"],
    ["１．全角数字", "arabic-dot N． 1"],
    ["（1）具体措施", "arabic-paren （N） 1"],
    ["(2)具体措施", "arabic-paren (N) 2"],
    ["③要点", "circled N 3"],
    ["⑳要点", "circled N 20"],
    ["## 第二部分", "markdown 第N部分 2"],
    ["## 一、总体要求", "markdown N、 1"],
    ["## 加强领导", "markdown"],
    ["　　一、全角空格缩进", "cn-dun N、 1"],
    ["1.5万亿元的投资", "none"],
    ["2023年，经济回升", "none"],
    ["（2022年10月16日）", "none"],
    ["十分重要的工作", "none"],
    ["一是要迅速组织学习。", "none"],
    ["一、二季度降雨偏多，旱情较重。", "none"],
    ["三、四月份是春播关键期。", "none"],
    ["一、二〇二四年工作回顾", "cn-dun N、 1"],
    ["一、二十年来的主要成就", "cn-dun N、 1"],
    ["一、三农工作", "cn-dun N、 1"],
    ["第一章　发展基础", "chapter 第N章　 1"],
    ["第二部分：主要任务", "chapter 第N部分： 2"],
    ["第3章 实施保障", "chapter 第N章  3"],
    ["第一节 指导思想", "section 第N节  1"],
    ["第一部分是回顾过去五年的工作。", "none"],
    ["第一批项目已经开工。", "none"],
    ["第一，要提高认识。", "none"],
  ];
  for (const [line, want] of cases) it(`${line} → ${want}`, () => assert.strictEqual(style(line), want));

  it("levels follow the GB/T 9704 order of the styles present, so a skipped level still nests", () => {
    const m = parseDocument("一、甲\n1.子\n（1）孙\n二、乙\n（一）子\n1.孙\n");
    assert.deepStrictEqual(m.styles, ["cn-dun", "cn-paren", "arabic-dot", "arabic-paren"]);
    const [a, b] = m.root.children;
    assert.strictEqual(a.children[0].heading!.name, "1.子");
    assert.strictEqual(a.children[0].children[0].heading!.name, "（1）孙");
    assert.strictEqual(b.children[0].children[0].heading!.name, "1.孙");
    assert.deepStrictEqual(m.headings.map((h) => h.level), [1, 3, 4, 1, 2, 3]);
  });

  it("第N章 › 第N节 › 一、: chapters and sections of plans nest above the GB/T 9704 levels", () => {
    const m = parseDocument("第一章 发展基础\n一、成就\n第二章 总体要求\n第一节 指导思想\n一、坚持党的领导\n第二节 主要目标\n");
    assert.deepStrictEqual(m.root.children.map((c) => c.heading!.name), ["第一章 发展基础", "第二章 总体要求"]);
    assert.deepStrictEqual(m.root.children[1].children.map((c) => c.heading!.name), ["第一节 指导思想", "第二节 主要目标"]);
    assert.strictEqual(m.root.children[1].children[0].children[0].heading!.name, "一、坚持党的领导");
    assert.deepStrictEqual(m.styles, ["chapter", "section", "cn-dun"]);
  });

  it("a heading's name drops Markdown emphasis and code marks; its range stays on the text", () => {
    const text = "1. **坚持党的全面领导。** 把党的领导贯穿全过程。\n2. *坚持*以人民为中心\n## `三`、保障\n正文。\n";
    const m = parseDocument(text);
    assert.deepStrictEqual(m.headings.map((h) => h.name), ["1. 坚持党的全面领导。", "2. 坚持以人民为中心", "三、保障"]);
    const h = m.headings[0];
    assert.strictEqual(text.slice(h.nameSpan.start, h.nameSpan.end), "1. **坚持党的全面领导。");
  });

  it("markdown headings nest by their number of hashes", () => {
    const m = parseDocument("# 总\n## 分一\n一、甲\n## 分二\n");
    assert.strictEqual(m.root.children.length, 1);
    assert.deepStrictEqual(m.root.children[0].children.map((c) => c.heading!.name), ["分一", "分二"]);
    assert.strictEqual(m.root.children[0].children[0].children[0].heading!.name, "一、甲");
  });
});

describe("document model: enumerators and sentences", () => {
  it("finds 一是/二要/第三/首先 at clause starts only", () => {
    const m = parseDocument("工作有三点：一是抓学习，二是抓落实，三是抓作风。统一是前提。首先，要学习。其次，要落实。最后，要总结。第一，务实；第二，担当。");
    assert.deepStrictEqual(m.enumerators.map((e) => e.text), ["一是", "二是", "三是", "首先", "其次", "最后", "第一", "第二"]);
    assert.deepStrictEqual(m.enumeratorRuns.map((r) => r.map((e) => e.text).join("/")), ["一是/二是/三是", "首先/其次/最后", "第一/第二"]);
    assert.deepStrictEqual(m.enumerators.map((e) => e.ordinal), [1, 2, 3, 1, 2, -1, 1, 2]);
  });

  it("does not take 首先 inside a clause as an enumerator", () => {
    const m = parseDocument("坚持依法治国首先要坚持依宪治国，推进创新，首先要把握好方向。");
    assert.strictEqual(m.enumerators.length, 0);
  });

  it("keeps quotations whole when splitting sentences", () => {
    const text = "他说：“要学习。要落实！”我们照办。还有？";
    const m = parseDocument(text);
    assert.deepStrictEqual(m.sentences.map((s) => text.slice(s.span.start, s.span.end)), ["他说：“要学习。要落实！”我们照办。", "还有？"]);
  });

  it("treats …… as one terminator", () => {
    const text = "等等……然后呢。";
    assert.deepStrictEqual(parseDocument(text).sentences.map((s) => text.slice(s.span.start, s.span.end)), ["等等……", "然后呢。"]);
  });
});

describe("document model: positions and odd input", () => {
  it("CRLF: ranges count UTF-16 units per line and exclude the line break", () => {
    const text = "同志们：\r\n一、第一部分\r\n正文。\r\n二、第二部分\r\n正文。";
    const m = parseDocument(text);
    assert.strictEqual(m.salutationLine, 0);
    const h = m.root.children[1].heading!;
    assert.deepStrictEqual(m.index.range(h.nameSpan), { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } });
    assert.deepStrictEqual(m.index.range(m.root.children[0].span), { start: { line: 1, character: 0 }, end: { line: 2, character: 3 } });
  });

  it("a leading BOM is one code unit before the first heading", () => {
    const m = parseDocument("\uFEFF一、开头\n正文。");
    assert.strictEqual(m.headings.length, 1);
    assert.deepStrictEqual(m.index.range(m.headings[0].nameSpan), { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } });
  });

  it("emoji before an enumerator shift positions by two UTF-16 units", () => {
    const text = "一、甲\n😀开场。一是学习。";
    const m = parseDocument(text);
    const e = m.enumerators[0];
    assert.strictEqual(text.slice(e.span.start, e.span.end), "一是");
    assert.deepStrictEqual(m.index.range(e.span).start, { line: 1, character: 5 });
  });

  it("an empty file and a one-line file without a newline", () => {
    const empty = parseDocument("");
    assert.deepStrictEqual([empty.headings.length, empty.paragraphs.length, empty.root.children.length], [0, 0, 0]);
    assert.deepStrictEqual(buildOutline(empty, 220), []);
    const one = parseDocument("一、只有一行");
    assert.strictEqual(one.headings.length, 1);
    assert.deepStrictEqual(one.index.range(one.root.children[0].span), { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it("full-width digits in headings", () => {
    const m = parseDocument("一、甲\n１．第一\n２．第二\n");
    assert.deepStrictEqual(m.root.children[0].children.map((c) => c.heading!.token!.number), [1, 2]);
    assert.ok(m.headings[1].token!.fullWidthDigits);
  });

  it("LineIndex maps offsets and positions both ways, clamping out-of-range positions", () => {
    const idx = new LineIndex("ab\r\ncd\nef");
    assert.deepStrictEqual(idx.position(4), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.position(3), { line: 0, character: 2 });
    assert.strictEqual(idx.offset({ line: 2, character: 1 }), 8);
    assert.strictEqual(idx.offset({ line: 0, character: 99 }), 2);
    assert.strictEqual(idx.offset({ line: 9, character: 0 }), 9);
  });
});

describe("numerals", () => {
  const pairs: [string, number][] = [["一", 1], ["十", 10], ["十一", 11], ["二十", 20], ["二十三", 23], ["九十九", 99], ["一百零五", 105], ["三百二十", 320]];
  for (const [s, n] of pairs) {
    it(`${s} ⇄ ${n}`, () => {
      assert.strictEqual(parseChineseNumeral(s), n);
      assert.strictEqual(formatChineseNumeral(n), s);
    });
  }
  it("rejects malformed numerals", () => {
    for (const s of ["二三", "十十", "", "甲"]) assert.strictEqual(parseChineseNumeral(s), undefined, s);
  });
});

describe("outline, folding and stats", () => {
  it("outline symbols carry length and speaking time and nest inside their parents", () => {
    const m = parseDocument(readCorpus("county-mobilization-speech.txt"));
    const all = buildOutline(m, 220);
    // 开场 (title, salutation, opening words) and 结尾 (同志们，…) are their own nodes around the three sections.
    assert.deepStrictEqual([all[0].name, all[all.length - 1].name], ["开场", "结尾"]);
    const outline = all.slice(1, -1);
    assert.strictEqual(outline.length, 3);
    assert.match(outline[0].detail, /^\d+字 · 约/);
    assert.deepStrictEqual(outline[0].children.map((c) => c.name), ["一是要迅速组织学习。", "二是要做到率先垂范。", "三是要广泛开展宣传。"]);
    // The parts' characters add up to the whole draft's.
    assert.strictEqual(all.reduce((n, s) => n + Number(/^(\d+)字/.exec(s.detail)![1]), 0), m.root.chars);
    const within = (inner: { start: { line: number } }, outer: { start: { line: number }; end: { line: number } }) => inner.start.line >= outer.start.line;
    for (const s of outline) for (const c of s.children) assert.ok(within(c.range, s.range) && c.range.end.line <= s.range.end.line);
    const chars = m.root.children[0].chars;
    assert.strictEqual(outline[0].detail, `${chars}字 · 约${formatDuration(chars / 220)}`);
  });

  it("the reading rate changes the speaking time", () => {
    const m = parseDocument(readCorpus("study-session-remarks.txt"));
    const slow = documentStats(m, 110);
    const fast = documentStats(m, 220);
    assert.strictEqual(slow.chars, fast.chars);
    assert.ok(Math.abs(slow.minutes - 2 * fast.minutes) < 1e-9);
    assert.strictEqual(fast.sections, 3);
  });

  it("every section folds from its heading to its last line", () => {
    const m = parseDocument(readCorpus("county-mobilization-speech.txt"));
    const folds = foldingRegions(m);
    assert.deepStrictEqual(folds.filter((f) => f.startLine === 2), [{ startLine: 2, endLine: 6 }]);
    assert.ok(folds.some((f) => f.startLine === 7 && f.endLine === 15));
  });
});

describe("model: articles of a 规章 and decimal section numbers", () => {
  const tree = (text: string) => {
    const out: string[] = [];
    const visit = (s: ReturnType<typeof parseDocument>["root"], depth: number) => {
      for (const c of s.children) {
        out.push(" ".repeat(depth) + (c.heading!.token?.text ?? c.heading!.name).trim());
        visit(c, depth + 1);
      }
    };
    visit(parseDocument(text).root, 0);
    return out;
  };
  it("第一条 after a space is an article under its chapter, holding its （一） items", () => {
    const text = ["第一章 总则", "第一条 为规范管理，制定本办法。", "第二条 遵循以下原则：", "（一）统筹安排；", "（二）专款专用。", "第二章 附则", "第三条 本办法自2025年1月1日起施行。"].join("\n");
    assert.deepStrictEqual(tree(text), ["第一章", " 第一条", " 第二条", "  （一）", "  （二）", "第二章", " 第三条"]);
  });
  it("第一条 without a space (第一条，… 第一条是…) stays body text", () => {
    for (const line of ["第一条，要坚持党的领导。", "第一条是坚持党的领导。"]) {
      assert.deepStrictEqual(parseDocument(line).headings, [], line);
    }
  });
  it("1 总则 / 1.1 编制目的 nest by their components, with （一） below", () => {
    const text = ["1 总则", "1.1 编制目的", "为做好防汛工作，制定本预案。", "1.2 适用范围", "（一）江河洪水；", "（二）干旱灾害。", "2 组织体系", "2.1 指挥部", "正文。"].join("\n");
    assert.deepStrictEqual(tree(text), ["1", " 1.1", " 1.2", "  （一）", "  （二）", "2", " 2.1"]);
  });
  it("a number and a space alone is no heading: without any 1.1 below, or before a sentence or a unit", () => {
    // A pasted table row or `3 号楼` opens a line with a number too; only a document that also writes 1.1 numbers its sections so.
    assert.deepStrictEqual(parseDocument(["1 总则", "正文。", "2 附则", "正文。"].join("\n")).headings, []);
    assert.deepStrictEqual(parseDocument(["1.1 编制目的", "1.5 万亿元投资已经到位。", "1.2 个别项目进度滞后，要加快推进。"].join("\n")).headings.map((h) => h.name), ["1.1 编制目的"]);
  });
});
