/**
 * Huge and odd documents, one at a time (too big for thousands of property
 * runs): the core must answer, within the bounds it documents, and a draft
 * over `lectern.maxDocumentSize` gets outline and numbering but not the
 * slogan or figure checks, with one information finding saying so.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { analyze, buildOutline, CHECKS, DEFAULT_SETTINGS, foldingRegions, parseDocument, type Check } from "../../server/src/core";
import { formatChineseNumeral, formatCircled } from "../../server/src/core/numerals";
import { readCorpus } from "../support/corpus";
import { allSpans, contextFor, runCore } from "./core-run";

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = process.hrtime.bigint();
  const value = f();
  return { value, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

/** Runs the whole core over `text` (features too, under the size limit) and checks its spans; returns how long it took. */
function survive(text: string, settings = {}) {
  const offsets = [0, text.length, Math.floor(text.length / 2), Math.floor(text.length / 3)];
  const { value: run, ms } = timed(() => runCore(text, contextFor(settings), offsets));
  for (const { what, span } of allSpans(run)) assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)}`);
  return { run, ms };
}

/** One heading line for nesting depth `d` (0-based): markdown #…###### first, then 一、（一）1.（1）① cycling. */
function headingAt(d: number, n: number): string {
  if (d < 6) return "#".repeat(d + 1) + " ";
  switch ((d - 6) % 5) {
    case 0:
      return formatChineseNumeral(n) + "、";
    case 1:
      return `（${formatChineseNumeral(n)}）`;
    case 2:
      return `${n}.`;
    case 3:
      return `（${n}）`;
    default:
      return formatCircled(n);
  }
}

describe("reliability: huge and odd documents", function () {
  this.timeout(120_000);

  it("10,000 headings: outline, folding and findings for all of them", () => {
    const lines: string[] = [];
    for (let i = 1; i <= 10_000; i++) lines.push(`${formatChineseNumeral(((i - 1) % 99) + 1)}、第${i}部分`, `（一）正文第${i}段。`);
    const text = lines.join("\n");
    const { run, ms } = survive(text);
    assert.strictEqual(run.model.headings.length, 20_000);
    assert.strictEqual(run.outline.length, 10_000);
    assert.ok(run.outline.every((s) => s.children.length === 1));
    assert.strictEqual(run.folding.length, 10_000);
    console.log(`      10,000 sections: ${Math.round(ms)} ms`);
  });

  it("a 5 MB single line of real text: over the size limit, it gets the outline, numbering and one document.tooLarge", () => {
    const para = readCorpus("government-work-report-2024.txt").replace(/\s+/g, "");
    const text = "一、" + para.repeat(Math.ceil(5_000_000 / para.length)).slice(0, 5_000_000);
    const { run, ms } = survive(text);
    assert.strictEqual(run.model.index.lines.length, 1);
    assert.strictEqual(run.outline.length, 1);
    assert.strictEqual(run.full.filter((f) => f.code === "document.tooLarge").length, 1);
    console.log(`      5 MB line: ${Math.round(ms)} ms`);
  });

  it("a 500,000-character single line under the size limit: full analysis, hovers and marks answer within 15 s", () => {
    // A paste from a PDF has no line breaks: one paragraph, analysed in full.
    const worker = path.join(__dirname, "long-line-worker.ts");
    const r = spawnSync(process.execPath, ["-r", "tsx/cjs", worker, "500000"], { encoding: "utf8", timeout: 15_000 });
    assert.ok(!r.signal, `no answer within 15 s (killed by ${r.signal})`);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.marks > 0);
    console.log(`      500,000-character line: ${out.ms} ms, ${out.findings} findings, ${out.marks} marks`);
  });

  it("only punctuation, only line breaks, only padding, only NUL, only lone surrogates", () => {
    const cases = [
      "。，、；：？！“”‘’（）《》【】……——".repeat(20_000),
      "\n".repeat(100_000),
      "\r\n\r".repeat(50_000),
      "\u3000 \t\uFEFF".repeat(50_000),
      "\u0000".repeat(100_000),
      "\ud800\udc00\udfff\ud800".repeat(50_000),
      "一、".repeat(50_000),
      "（".repeat(100_000),
      "“".repeat(100_000),
      "一是".repeat(50_000),
      "#".repeat(100_000),
    ];
    for (const text of cases) {
      const { run, ms } = survive(text);
      assert.ok(ms < 20_000, `${JSON.stringify(text.slice(0, 8))}…: ${ms} ms`);
      assert.ok(Array.isArray(run.full));
    }
  });

  it("every heading style nested 20 deep: the styles nest as far as GB/T 9704 allows and every span holds", () => {
    const lines: string[] = [];
    const build = (d: number) => {
      if (d === 20) return;
      for (let n = 1; n <= (d < 8 ? 2 : 1); n++) {
        lines.push(headingAt(d, n) + `第${d + 1}级第${n}项`);
        lines.push(`这是第${d + 1}级的正文“引用‘嵌套「很深『的』」’”。一是甲；二是乙。`);
        build(d + 1);
      }
    };
    build(0);
    const { run } = survive(lines.join("\r\n"));
    const depthOf = (symbols: typeof run.outline): number => Math.max(0, ...symbols.map((s) => 1 + depthOf(s.children)));
    // Headings only: the 一是/二是 items under each heading add one more level at the bottom.
    const depth = depthOf(run.outline) - 1;
    // GB/T 9704 styles repeat after the fifth, so a repeated style closes its earlier namesake:
    // 6 markdown levels + 5 official styles nest; deeper repeats are siblings.
    assert.strictEqual(depth, 11);
    assert.ok(run.model.headings.length > 20);
  });

  it("over lectern.maxDocumentSize: only the outline's checks (structure, numbering) run, slogan and figure checks do not, one information finding", () => {
    const draft = readCorpus("county-mobilization-speech.txt").replace("三、", "四、");
    const settings = { ...DEFAULT_SETTINGS, "lectern.maxDocumentSize": 1000 };
    assert.ok(draft.length > 1000);
    const calls = new Map<string, number>();
    const spied: Check[] = CHECKS.map((c) => ({ ...c, run: (m, ctx) => (calls.set(c.id, (calls.get(c.id) ?? 0) + 1), c.run(m, ctx)) }));
    const model = parseDocument(draft);
    const findings = analyze(model, { ...contextFor(settings) }, { checks: spied, phase: "full" });
    for (const c of CHECKS) assert.strictEqual(calls.get(c.id) ?? 0, ["structure", "numbering"].includes(c.id) ? 1 : 0, `check ${c.id}`);
    const tooLarge = findings.filter((f) => f.code === "document.tooLarge");
    assert.strictEqual(tooLarge.length, 1);
    assert.strictEqual(tooLarge[0].severity, "information");
    assert.match(tooLarge[0].message, /lectern\.maxDocumentSize/);
    // Numbering still runs: 四、 after 二、 is reported.
    assert.ok(findings.some((f) => f.code.startsWith("numbering.") && draft.slice(f.span.start, f.span.end).startsWith("四、")), JSON.stringify(findings.map((f) => f.code)));
    assert.strictEqual(buildOutline(model, 220).filter((s) => s.name !== "开场" && s.name !== "结尾").length, 3);
    assert.ok(foldingRegions(model).length >= 3);
    // Under the limit, no such finding.
    assert.strictEqual(analyze(model, contextFor()).filter((f) => f.code === "document.tooLarge").length, 0);
  });
});
