import * as assert from "assert";
import { parseDocument, analyze, DEFAULT_SETTINGS, type Finding } from "../../server/src/core";
import { checkQuotes, hoverQuote, loadSources, SourceSet, TextIndex, frontMatter } from "../../server/src/core/sources";
import { readCorpus, CORPUS_FILES } from "../support/corpus";
import { readDrafts } from "../support/drafts";
import { sourceDataFiles } from "../support/sources";

const set = () => loadSources(sourceDataFiles()).value as SourceSet;
const quotes = (text: string): Finding[] => checkQuotes(parseDocument(text), set());
const fixed = (text: string, f: Finding) => {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
};

describe("sources: loading and indexing", () => {
  it("pairs each text with its sidecar; names, kind, date and speaker come from it", () => {
    const r = loadSources(sourceDataFiles());
    assert.deepStrictEqual(r.problems, []);
    const s = (r.value as SourceSet).sources;
    assert.deepStrictEqual(s.map((x) => [x.title, x.kind, x.speaker, x.date]), [
      ["高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗", "speech", "习近平", "2022-10-16"],
      ["政府工作报告", "document", "李强", "2024-03-05"],
    ]);
    assert.ok(s[0].allNames.includes("党的二十大报告") && s[0].allNames.includes(s[0].title));
  });
  it("reads front matter, and takes the file name as title without any", () => {
    const text = "---\ntitle: 县委全会报告\nnames: [县委全会报告, 全会报告]\ndate: 2024-12-20\nkind: speech\n---\n全会强调，要坚定不移推进高质量发展。\n";
    assert.strictEqual(frontMatter(text).body, "全会强调，要坚定不移推进高质量发展。\n");
    const r = loadSources([{ path: "/w/a.md", text }, { path: "/w/plain.txt", text: "正文。" }]);
    const s = (r.value as SourceSet).sources;
    assert.deepStrictEqual(s.map((x) => [x.title, x.allNames, x.kind, x.text.startsWith("全会")]), [
      ["县委全会报告", ["县委全会报告", "全会报告"], "speech", true],
      ["plain", ["plain"], "document", false],
    ]);
  });
  it("reports a bad sidecar at its JSON path and a sidecar without a text, and still uses the source", () => {
    const r = loadSources([
      { path: "/w/a.txt", text: "正文。" },
      { path: "/w/a.json", text: '{ "title": "甲", "kind": "law" }' },
      { path: "/w/b.json", text: '{ "title": "乙" }' },
    ]);
    assert.deepStrictEqual(r.problems.map((p) => [p.path, p.problems[0].path]), [["/w/a.json", "kind"], ["/w/b.json", "(root)"]]);
    assert.deepStrictEqual((r.value as SourceSet).sources.map((s) => s.title), ["a"]);
  });
  it("indexes a 1 MB source in well under 200 ms", () => {
    let big = "";
    while (Buffer.byteLength(big) < 1_000_000) big += readCorpus("20th-congress-report-2022.txt") + readCorpus("government-work-report-2024.txt");
    big = big.slice(0, 340_000);
    new TextIndex(big.slice(0, 10_000)); // warm-up
    const t = performance.now();
    const index = new TextIndex(big);
    const ms = performance.now() - t;
    assert.ok(ms < 200, `${ms} ms`);
    assert.ok(index.find("高质量发展是全面建设社会主义现代化国家的首要任务") >= 0);
  });
});

describe("fact.quote", () => {
  const right = [
    "党的二十大报告指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”",
    "二十大报告强调，“教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑”。", // punctuation outside the marks
    "报告明确：“全面建成社会主义现代化强国，总的战略安排是分两步走”，", // stops early
    "习近平总书记深刻指出，“江山就是人民、人民就是江山”。", // a punctuation variant, no source named
    "2024年政府工作报告提出：“我们要坚持稳中求进、以进促稳、先立后破……积极的财政政策要适度加力、提质增效。”", // pieces joined by ……
    "习近平总书记指出：“人民对美好生活的向往，就是我们的奋斗目标。”", // found nowhere, no known source named: nothing
    "会议要求“抓好各项工作落实”。", // too short for a quotation
  ];
  for (const text of right) it(`no finding: ${text.slice(0, 24)}…`, () => assert.deepStrictEqual(quotes(text).map((f) => f.message), []));

  const near: [string, string, string][] = [
    // [draft, misquoted text, original passage]
    ["党的二十大报告指出：“高质量发展是建设社会主义现代化国家的首要任务。”", "高质量发展是建设社会主义现代化国家的首要任务", "高质量发展是全面建设社会主义现代化国家的首要任务"],
    ["党的二十大报告指出：“高质量发展是全面建设社会主义现代化国家的重要任务。”", "高质量发展是全面建设社会主义现代化国家的重要任务", "高质量发展是全面建设社会主义现代化国家的首要任务"],
    ["习近平总书记强调：“教育、人才、科技是全面建设社会主义现代化国家的基础性、战略性支撑。”", "教育、人才、科技是全面建设社会主义现代化国家的基础性、战略性支撑", "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑"],
    ["政府工作报告提出：“我们要坚持稳中求进、以进促稳、先立后破……积极的财政政策要适当加力、提质增效。”", "积极的财政政策要适当加力、提质增效", "积极的财政政策要适度加力、提质增效"],
  ];
  for (const [text, span, original] of near) {
    it(`near match: ${span}`, () => {
      const fs = quotes(text);
      assert.deepStrictEqual(fs.map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end)]), [["fact.quote", "error", span]]);
      assert.ok(fs[0].message.includes(`原文：“${original}”`), fs[0].message);
      assert.strictEqual(fs[0].fixes![0].safe, false);
      assert.strictEqual(fixed(text, fs[0]), text.replace(span, original));
    });
  }

  it("a quotation not found in the source the sentence names is information", () => {
    const text = "党的二十大报告指出：“要把我县建设成为全省最美的生态文明示范县。”";
    const fs = quotes(text);
    assert.deepStrictEqual(fs.map((f) => [f.severity, f.message]), [["information", "未在《高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗》中找到此引文。"]]);
  });
  it("报告指出 after the report's full name earlier in the paragraph", () => {
    const text = "我们要认真学习党的二十大报告。报告指出：“高质量发展是建设社会主义现代化国家的首要任务。”";
    assert.deepStrictEqual(quotes(text).map((f) => f.severity), ["error"]);
  });
  it("the hover says where a verbatim quotation is", () => {
    const text = "党的二十大报告指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”";
    const h = hoverQuote(parseDocument(text), 14, set())!;
    assert.ok(h && h.contents.includes("引自 《高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗》第") && h.contents.includes("习近平"), h?.contents);
    assert.strictEqual(text.slice(h.span.start, h.span.end), "高质量发展是全面建设社会主义现代化国家的首要任务。");
    // Go to source: a link to the source file at the passage's line.
    const line = Number(/\]\(file:\/\/\/w\/\.lectern\/sources\/20th-congress-report-2022\.txt#L(\d+)\)/.exec(h.contents)?.[1]);
    assert.ok(readCorpus("20th-congress-report-2022.txt").split("\n")[line - 1].includes("高质量发展是全面建设社会主义现代化国家的首要任务"), h.contents);
  });
  it("no fact.quote on the corpus and the regression drafts, with both reports as sources", () => {
    const data = { sources: set() };
    const found: string[] = [];
    for (const name of CORPUS_FILES) for (const f of analyze(parseDocument(readCorpus(name)), { settings: DEFAULT_SETTINGS, data })) if (f.code.startsWith("fact.")) found.push(`${name}: ${f.message}`);
    for (const d of readDrafts()) for (const f of analyze(parseDocument(d.text), { settings: DEFAULT_SETTINGS, data })) if (f.code === "fact.quote") found.push(`${d.name}: ${f.message}`);
    assert.deepStrictEqual(found, []);
  });
  it("each report as its own source: every sentence of it quoted verbatim gives no finding", () => {
    for (const [name, by] of [["20th-congress-report-2022.txt", "报告"], ["government-work-report-2024.txt", "政府工作报告"]]) {
      const sentences = readCorpus(name).split(/[。！？\n]/).filter((s) => s.length >= 12 && !/[“”]/.test(s)).slice(0, 200);
      const draft = sentences.map((s) => `${by}指出：“${s}。”`).join("\n");
      assert.ok(sentences.length >= 150);
      assert.deepStrictEqual(quotes(draft).map((f) => f.message), [], name);
    }
  });
});
