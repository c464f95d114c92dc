/** lectern/review over LSP: the pure review of another version against an open document (Lectern: Compare with…). */
import * as assert from "assert";
import { editReport } from "../support/report-edits";
import { readCorpus } from "../support/corpus";
import { LspTestClient } from "../support/lsp-client";

interface Entry {
  kind: string;
  summary: string;
  old?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
  new?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
}
type Review = Record<"figures" | "formulations" | "structure" | "paragraphs" | "findings" | "resolved", Entry[]>;

describe("language server: lectern/review", () => {
  const report = readCorpus("government-work-report-2024.txt");
  const uri = "file:///tmp/lectern-review-test.txt";
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.enableFor": ["plaintext"] } });
    client.open(uri, editReport(report), "plaintext");
  });
  after(() => client.stop());

  it("returns the review of the other version's text against the open document, ranges in each version", async () => {
    const r = await client.request<Review>("lectern/review", { textDocument: { uri }, oldText: report });
    assert.deepStrictEqual(r.figures.map((e) => e.summary), ["国内生产总值 增 2023年 5.2% → 5.3%", "城镇新增就业 2023年 1244万人 → 1250万人", "城镇调查失业率 今年 5.5%左右 → 5.3%左右"]);
    // “5.2%” in the old text and “5.3%” in the open document, as LSP ranges (UTF-16).
    const line = report.split("\n")[5];
    const at = line.indexOf("5.2%");
    assert.deepStrictEqual(r.figures[0].old!.range, { start: { line: 5, character: at }, end: { line: 5, character: at + 4 } });
    assert.deepStrictEqual(r.figures[0].new!.range, { start: { line: 5, character: at }, end: { line: 5, character: at + 4 } });
    assert.deepStrictEqual(r.formulations.map((e) => e.summary), ["提法 “美丽中国建设” → “健康中国建设”"]);
    assert.deepStrictEqual(r.structure.map((e) => e.kind), ["renumbered"]);
    assert.deepStrictEqual(r.paragraphs.map((e) => [e.kind, e.old!.range.start.line, e.new!.range.start.line]), [["moved", 9, 11]]);
    assert.deepStrictEqual(r.findings.map((e) => e.kind), ["new"]);
  });

  it("the document against its own text: nothing; an unknown document or a missing oldText: an error, the server keeps serving", async () => {
    const same = await client.request<Review>("lectern/review", { textDocument: { uri }, oldText: editReport(report) });
    assert.deepStrictEqual(Object.values(same).flat(), []);
    await assert.rejects(client.request("lectern/review", { textDocument: { uri: "file:///nope.txt" }, oldText: "" }));
    await assert.rejects(client.request("lectern/review", { textDocument: { uri } }), /oldText/);
    assert.ok(client.alive);
  });
});
