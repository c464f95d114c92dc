/**
 * Every example in the README's table of diagnostic codes is a test: each
 * snippet in a row's example column must appear in one of the drafts below for
 * that code (or in what its fix writes), and each draft must give that code —
 * over the flagged text, and fixed to the text after → where there is one.
 * A README example that no draft here covers fails the first test, so the
 * table cannot promise what the checks do not do.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyze, DEFAULT_SETTINGS, loadSegmenter, parseDocument, type AnalysisContext, type Finding, type Settings } from "../../server/src/core";
import "../../server/src/core/registry";
import { targetSource } from "../../server/src/core/figures";

interface Example {
  code: string;
  draft: string;
  /** The text the finding covers, when it is worth pinning. */
  flagged?: string;
  /** Text the finding's first fix must produce somewhere in the draft. */
  fixedTo?: string;
  year?: number;
  targets?: unknown;
}

const EXAMPLES: Example[] = [
  { code: "structure.emptySection", draft: "一、总体要求\n要提高站位。\n二、工作安排\n三、保障措施\n要加强领导。\n" },
  { code: "numbering.sequence", draft: "一、甲\n正文。\n二、乙\n正文。\n四、丙\n正文。\n", flagged: "四、", fixedTo: "三、丙" },
  { code: "numbering.style", draft: "一、总体要求\n（一）、加强领导\n正文。\n（二）压实责任\n正文。\n", fixedTo: "（一）加强领导" },
  { code: "numbering.style", draft: "一、甲\n正文。\n二、乙\n正文。\n（三）丙\n正文。\n四、丁\n正文。\n", flagged: "（三）", fixedTo: "三、丙" },
  { code: "numbering.hierarchy", draft: "一、总体要求\n1.甲\n正文。\n（一）乙\n正文。\n2.丙\n正文。\n", flagged: "（一）", fixedTo: "（1）乙" },
  { code: "numbering.hierarchy", draft: "一、总体要求\n1.甲\n正文。\n2.乙\n正文。\n（一）丙\n正文。\n（二）丁\n正文。\n3.戊\n正文。\n", flagged: "（一）", fixedTo: "（1）丙" },
  { code: "numbering.count", draft: "同志们：\n下面，我谈三点体会。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n四、丁\n正文。\n", fixedTo: "谈四点体会" },
  { code: "numbering.enumerator", draft: "我们要一要加强学习，二要狠抓落实，三是强化督查。", fixedTo: "三要" },
  { code: "slogan.typo", draft: "要做到帜鲜明讲政治。", flagged: "帜鲜明讲政治", fixedTo: "旗帜鲜明讲政治" },
  { code: "slogan.typo", draft: "坚持党的全面领到，", fixedTo: "党的全面领导" },
  { code: "slogan.typo", draft: "紧密团结在以习近平同志为核心党中央周围。", fixedTo: "以习近平同志为核心的党中央" },
  { code: "slogan.typo", draft: "以新时代中国特色社会主义思想为指导，推动高质量发展。", fixedTo: "以习近平新时代中国特色社会主义思想为指导" },
  { code: "slogan.collocation", draft: "要做到“四个自信”。", fixedTo: "坚定“四个自信”" },
  { code: "slogan.deprecated", draft: "坚持动态清零，做好疫情防控。", flagged: "动态清零", fixedTo: "乙类乙管" },
  { code: "slogan.wording", draft: "台湾总统发表讲话。", flagged: "台湾总统", fixedTo: "台湾地区领导人" },
  { code: "slogan.wording", draft: "台湾政府近日宣布调整政策。", flagged: "台湾政府", fixedTo: "台湾当局" },
  { code: "slogan.wording", draft: "加强与APEC成员国的合作。", flagged: "APEC成员国", fixedTo: "APEC成员" },
  { code: "slogan.wording", draft: "当地维族群众载歌载舞。", flagged: "维族", fixedTo: "维吾尔族" },
  { code: "slogan.deprecated", draft: "由国家工商行政管理总局负责。", fixedTo: "国家市场监督管理总局" },
  { code: "slogan.deprecated", draft: "同志们：\n全面贯彻党的十九大和十九届历次全会精神。\nXX县人民政府\n2023年3月1日\n", flagged: "党的十九大和十九届历次全会精神" },
  { code: "slogan.parts", draft: "增强“四个意识”（政治意识、大局意识、服务意识）。" },
  { code: "slogan.parts", draft: "统筹推进经济建设、政治建设、社会建设、文化建设和生态文明建设“五位一体”总体布局。", fixedTo: "…文化建设、社会建设…" },
  { code: "slogan.parts", draft: "一体推进不敢腐、不想腐、不能腐，持之以恒正风肃纪。", flagged: "不想腐、不能腐", fixedTo: "不敢腐、不能腐、不想腐" },
  { code: "figure.conflict", draft: "2023年，地区生产总值完成52.3亿元。\n2023年，地区生产总值达到55亿元。\n" },
  { code: "figure.conflict", draft: "到2027年，全市规上工业总产值力争达到800亿元。\n确保2027年规上工业总产值突破850亿元。\n", flagged: "突破850亿元" },
  {
    code: "figure.target",
    draft: "2023年全县地区生产总值完成55亿元。",
    targets: { targets: [{ metric: "地区生产总值", value: 52.3, unit: "亿元", year: 2023 }] },
    // The README writes the table row as `地区生产总值 52.3 亿元 2023`.
  },
  { code: "figure.arithmetic", draft: "实现“五年翻一番”，即到2027年在2020年的基础上翻一番。" },
  { code: "figure.arithmetic", draft: "全年完成投资52.3亿元，其中工业投资30亿元、基础设施投资25亿元。" },
  { code: "figure.arithmetic", draft: "制定整改措施86条，已完成79条，完成率93.9%。", flagged: "93.9%" },
  { code: "figure.arithmetic", draft: "一般公共预算收入186.4亿元。其中，税收收入138.6亿元，下降1.5%；非税收入57.8亿元，增长19.6%。", flagged: "57.8亿元" },
  { code: "figure.usage", draft: "全县约52万人左右。", fixedTo: "约52万人" },
  { code: "figure.usage", draft: "人均收入3万五千元。", fixedTo: "3.5万元" },
  { code: "figure.usage", draft: "投入3千万元。", fixedTo: "3000万元" },
  { code: "figure.usage", draft: "总额18亿9千万元。", fixedTo: "18.9亿" },
  { code: "figure.usage", draft: "增长百分之5。", fixedTo: "5%" },
  { code: "figure.usage", draft: "到二0三五年基本实现。", fixedTo: "二〇三五年" },
  { code: "figure.usage", draft: "2021-2025年规划。", fixedTo: "2021—2025年" },
  { code: "figure.usage", draft: "新增三、四十家企业。", fixedTo: "三四十家" },
  { code: "figure.usage", draft: "1-9月，固定资产投资增长5%。", flagged: "1-9月", fixedTo: "1—9月" },
  { code: "figure.usage", draft: "审批时间缩短了一倍。", flagged: "缩短了一倍" },
  { code: "figure.arithmetic", draft: "新开工项目36个，其中工业项目21个、文旅项目9个、农业项目7个。", flagged: "7个" },
];

/** Snippets the examples column shows that are not draft text (a table row, a placeholder). */
const NOT_DRAFT_TEXT = new Set(["地区生产总值 52.3 亿元 2023"]);

/** The snippet's pieces between … placeholders appear in the text, in order. */
function covers(text: string, snippet: string): boolean {
  let at = 0;
  for (const piece of snippet.split("…").filter(Boolean)) {
    const i = text.indexOf(piece, at);
    if (i < 0) return false;
    at = i + piece.length;
  }
  return true;
}

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

/** The rows of the codes table: code → its example column's backticked snippets. */
function readmeExamples(): Map<string, string[]> {
  const start = README.indexOf("## Diagnostic codes");
  // The codes tables run to the next top-level section (### Figures has its own).
  const section = README.slice(start, README.indexOf("\n## ", start + 1));
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const m = /^\| `([a-z]+\.[a-zA-Z.-]+)` \|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2].split(" | ");
    const example = cells[cells.length - 1];
    rows.set(m[1], [...example.matchAll(/`([^`]+)`/g)].map((x) => x[1]));
  }
  return rows;
}

function contextFor(e: Example): AnalysisContext {
  const settings = { ...DEFAULT_SETTINGS, ...(e.year ? { "lectern.documentYear": e.year } : {}) } as Settings;
  const data: AnalysisContext["data"] = {};
  if (e.targets) data.targets = targetSource.load([{ path: "/w/.lectern/targets.json", text: JSON.stringify(e.targets) }], settings).value;
  return { settings, data };
}

function applyFix(text: string, f: Finding): string {
  const edits = [...f.fixes![0].edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** The draft with the first fixable finding of its code fixed (for snippets after →). */
function applied(e: Example): string {
  const f = analyze(parseDocument(e.draft), contextFor(e)).find((x) => x.code === e.code && x.fixes?.length);
  return f ? applyFix(e.draft, f) : e.draft;
}

describe("README: every example in the codes table is a test", () => {
  before(() => loadSegmenter());

  it("each snippet of a row's example column appears in a draft for that code or in what its fix writes", () => {
    const rows = readmeExamples();
    assert.ok(rows.size >= 15, `read only ${rows.size} rows of the codes table`);
    const missing: string[] = [];
    for (const [code, snippets] of rows) {
      if (!/^(numbering|slogan|figure|structure)\./.test(code)) continue;
      const mine = EXAMPLES.filter((e) => e.code === code);
      for (const s of snippets) {
        if (NOT_DRAFT_TEXT.has(s)) continue;
        const covered = mine.some((e) => covers(e.draft, s) || (e.fixedTo !== undefined && covers(e.fixedTo, s)) || (e.fixedTo !== undefined && covers(applied(e), s)));
        if (!covered) missing.push(`${code}: \`${s}\``);
      }
    }
    assert.deepStrictEqual(missing, [], "README examples with no test draft here");
  });

  for (const e of EXAMPLES) {
    it(`${e.code}: ${e.draft.replace(/\n/g, "⏎").slice(0, 60)}`, () => {
      const findings = analyze(parseDocument(e.draft), contextFor(e)).filter((f) => f.code === e.code);
      assert.ok(findings.length > 0, `no ${e.code} in ${JSON.stringify(e.draft)}`);
      const hit = e.flagged ? findings.find((f) => e.draft.slice(f.span.start, f.span.end) === e.flagged) : findings[0];
      assert.ok(hit, `no ${e.code} over “${e.flagged}”: ${findings.map((f) => e.draft.slice(f.span.start, f.span.end)).join(", ")}`);
      if (e.fixedTo) {
        const want = e.fixedTo.replace(/…/g, "");
        const fixes = findings.filter((f) => f.fixes?.length).map((f) => applyFix(e.draft, f));
        assert.ok(fixes.some((t) => t.includes(want)), `no fix writes “${want}”: ${JSON.stringify(fixes)}`);
      }
    });
  }
});
