/**
 * What `lectern check --fix` may do: a safe fix never changes correct text, and never
 * creates a finding that was not there before. Correct text: the official reports, the
 * corpus drafts and every correct draft under test/drafts. Any draft: generated ones,
 * with headings and enumerators numbered right, skipped, repeated or misshaped.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { analyze, DEFAULT_SETTINGS, parseDocument, type AnalysisContext, type Finding } from "../../server/src/core";
import { applySafeFixes } from "../../server/src/cli/fix";
import { combinedFixes } from "../../server/src/service/fixes";
import { readCorpus } from "../support/corpus";
import { PROPERTY_SEED, draft, numberedDraftLines, enumeratorToken } from "../support/generators";
import { applyEdits } from "./numbering.helpers";
import { DRAFTS_DIR, readDrafts } from "../support/drafts";

const OFFICIAL_REPORTS = ["20th-congress-report-2022.txt", "government-work-report-2024.txt"];
const ctx: AnalysisContext = { settings: DEFAULT_SETTINGS, data: {} };
const RUNS = process.env.FAST_CHECK_RUNS ? Number(process.env.FAST_CHECK_RUNS) : 3000;

/** A finding as it can be found again after edits that keep lines: its code and line. */
const key = (text: string, f: Finding) => `${f.code}@${parseDocument(text).index.lineAt(f.span.start)}`;

/** Applies one pass of safe fixes; returns the findings after, and those before that no fix touched. */
function onePass(text: string, analyse: (t: string) => Finding[]) {
  const before = analyse(text);
  const { edits, fixed } = combinedFixes(before, true);
  const fixedText = applyEdits(text, edits);
  const after = analyse(fixedText);
  const left = before.filter((f) => !fixed.includes(f));
  return { before, left, after, fixedText, changed: edits.length > 0 };
}

/** Fails when `after` holds a finding (by code and line) that `left` does not. */
function assertNoNewFinding(text: string, fixedText: string, left: Finding[], after: Finding[]) {
  const pool = new Map<string, number>();
  for (const f of left) pool.set(key(text, f), (pool.get(key(text, f)) ?? 0) + 1);
  for (const f of after) {
    const k = key(fixedText, f);
    const n = pool.get(k) ?? 0;
    assert.ok(n > 0, `a safe fix created ${k}: ${f.message}\n--- before\n${text}\n--- after\n${fixedText}`);
    pool.set(k, n - 1);
  }
}

const numberingAndStructure = (text: string) => analyze(parseDocument(text), ctx, { phase: "fast" }).filter((f) => /^(numbering|structure)\./.test(f.code));
// On generated drafts, whose headings are often bare, a fix that puts a heading back at its level
// (（二） → 二、) can show that it is an empty section among siblings with text: not a new slip.
const numberingOnly = (text: string) => analyze(parseDocument(text), ctx, { phase: "fast" }).filter((f) => f.code.startsWith("numbering."));

describe("safe fixes: correct text is left alone", () => {
  // The other corpus drafts carry real slips (现代国家 for 现代化国家) that --fix rightly corrects.
  for (const name of OFFICIAL_REPORTS) {
    it(`check --fix leaves the official report ${name} byte-identical`, () => {
      const text = readCorpus(name);
      assert.strictEqual(applySafeFixes(text, ctx).text, text);
    });
  }
  const correct = readDrafts().filter((d) => d.expected.length === 0);
  it("there are correct drafts to check", () => assert.ok(correct.length >= 5, `correct drafts in ${DRAFTS_DIR}`));
  for (const d of correct) {
    it(`check --fix leaves the correct draft ${d.name} byte-identical`, () => {
      assert.strictEqual(applySafeFixes(d.text, ctx).text, d.text);
    });
  }
  it("enumerators after a word: 我们将一是…，二是… is fixed to nothing", () => {
    for (const text of ["我们将一是加强学习，二是狠抓落实，三是强化督查。", "主要做法是一是完善制度，二是压实责任。", "要一要提高认识，二要加强领导，三要狠抓落实。"]) {
      assert.deepStrictEqual(numberingAndStructure(text).map((f) => f.message), []);
      assert.strictEqual(applySafeFixes(text, ctx).text, text);
    }
  });
});

describe("safe fixes: counterexamples the property found at 3,000 runs", () => {
  it("renumbering a list that a shallower heading interrupts is offered, not applied: （一） 一、 （四） 二、 （二）", () => {
    const text = "（一）\n一、\n（四）深入实施人才强国战略。\n二、首先，要坚持党的领导。\n（二）要坚持党的领导。";
    const findings = analyze(parseDocument(text), ctx, { phase: "fast" });
    assert.ok(findings.some((f) => f.code === "numbering.hierarchy"));
    const sequence = findings.filter((f) => f.code === "numbering.sequence");
    assert.strictEqual(sequence.length, 2);
    // Still offered, with the same title as elsewhere, but never applied unattended.
    assert.deepStrictEqual(sequence.map((f) => f.fixes!.map((x) => [x.title, x.safe])[0]), [["改为“（二）”", false], ["改为“（三）”", false]]);
    assert.strictEqual(applySafeFixes(text, ctx).text, text);
  });
  it("an enumerator run with an empty item (第一，二要…二要) is renumbered on request only", () => {
    const text = "第一，二要1.要坚持党的领导，全力筑牢绝对忠诚之魂。二要\n";
    assert.ok(numberingOnly(text).some((f) => f.code === "numbering.enumerator" && f.fixes?.length));
    assert.strictEqual(applySafeFixes(text, ctx).text, text);
  });
  it("a line opening with 一是 above a closing date is text, not the issuing unit of a 落款", () => {
    const text = "第一，首先，\n# 1.要坚持党的领导。\n一是\n（2024年3月5日）\n";
    const lone = numberingOnly(text).filter((f) => f.message.startsWith("只有"));
    assert.deepStrictEqual(lone.map((f) => text.slice(f.span.start, f.span.end)), ["第一", "一是"]);
    assert.strictEqual(applySafeFixes(text, ctx).text, text);
  });
});

describe("safe fixes: property — never a new finding", () => {
  // Seeded slips: numbered drafts whose numbers skip or repeat, with enumerator runs, some of
  // them after a word (我们将一是…), and the garbage-laden drafts of the reliability tests.
  const slipDraft = fc
    .tuple(numberedDraftLines, fc.array(fc.tuple(fc.nat(), enumeratorToken), { maxLength: 3 }), fc.constantFrom("\n", "\r\n"))
    .map(([d, inserts, br]) => {
      const lines = d.lines.map((l) => l.heading + l.body);
      for (const [at, token] of inserts) {
        const k = at % Math.max(1, lines.length);
        lines[k] = (lines[k] ?? "") + "我们将" + token + "加强学习，二是狠抓落实。";
      }
      return lines.join(br);
    });
  it("one pass of safe fixes on a generated draft with numbering slips", () => {
    fc.assert(
      fc.property(slipDraft, (text) => {
        const { left, after, fixedText } = onePass(text, numberingOnly);
        assertNoNewFinding(text, fixedText, left, after);
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });
  it("one pass of safe fixes on any generated draft", () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { left, after, fixedText } = onePass(text, numberingOnly);
        assertNoNewFinding(text, fixedText, left, after);
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });
  it("the seeded drafts: check --fix leaves no finding that was not there before", () => {
    for (const d of readDrafts()) {
      const before = analyze(parseDocument(d.text), ctx);
      const fixedText = applySafeFixes(d.text, ctx).text;
      const { fixed } = combinedFixes(before, true);
      assertNoNewFinding(d.text, fixedText, before.filter((f) => !fixed.includes(f)), analyze(parseDocument(fixedText), ctx));
    }
  });
});
