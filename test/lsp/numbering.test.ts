/** Numbering diagnostics and their quick fixes through a real language server. */
import * as assert from "assert";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver/node";
import { LineIndex } from "../../server/src/core";
import { LspTestClient } from "../support/lsp-client";

/** Applies LSP text edits to a text, as an editor would (from the end backwards). */
function applyTextEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].end <= spans[i - 1].start, "edits overlap");
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

const DRAFT = [
  "同志们：", // 0
  "下面，我讲三点意见。", // 1
  "一、提高认识", // 2
  "一要统一思想。", // 3
  "二要压实责任。", // 4
  "三是狠抓落实。", // 5
  "二、压实责任", // 6
  "（一）、明确分工。", // 7
  "（二）强化考核。", // 8
  "（二）严格问责。", // 9
  "四、狠抓落实", // 10
  "1.细化方案。", // 11
  "2.倒排工期。", // 12
  "五、加强保障", // 13
  "正文。", // 14
].join("\r\n");

describe("language server: numbering diagnostics and quick fixes", function () {
  let client: LspTestClient;
  let version = 1;
  let text = DRAFT;
  const uri = "file:///tmp/lectern-numbering-test.speech";

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => client.stop());

  const numbering = async () => (await client.settledDiagnostics(uri, version)).diagnostics.filter((d) => String(d.code).startsWith("numbering."));
  const replaceAll = async (next: string) => {
    text = next;
    version++;
    client.change(uri, version, [{ text }]);
    return numbering();
  };
  const actionsFor = (d: Diagnostic) => client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });

  it("publishes each numbering code with exact UTF-16 ranges over CRLF and related information", async () => {
    const ds = await numbering();
    const byCode = (c: string) => ds.filter((d) => d.code === c);
    assert.deepStrictEqual([...new Set(ds.map((d) => d.code))].sort(), ["numbering.count", "numbering.enumerator", "numbering.sequence", "numbering.style"]);
    const seq = byCode("numbering.sequence");
    assert.deepStrictEqual(seq.map((d) => d.range), [
      { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } },
      { start: { line: 10, character: 0 }, end: { line: 10, character: 2 } },
    ]);
    assert.match(seq[1].message, /应为“三、”/);
    assert.deepStrictEqual(seq[1].relatedInformation![0].location.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
    assert.deepStrictEqual(byCode("numbering.style")[0].range, { start: { line: 7, character: 0 }, end: { line: 7, character: 4 } });
    assert.deepStrictEqual(byCode("numbering.enumerator")[0].range, { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } });
    const count = byCode("numbering.count")[0];
    assert.strictEqual(count.relatedInformation!.length, 4);
    assert.match(count.message, /讲三点意见.*4 项/);
  });

  it("a quick fix renumbers the section headings", async () => {
    const d = (await numbering()).find((x) => x.code === "numbering.sequence" && x.range.start.line === 10)!;
    const actions = await actionsFor(d);
    const fix = actions.find((a) => a.isPreferred && a.kind === "quickfix")!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const ds = await replaceAll(applyTextEdits(text, fix.edit!.changes![uri]));
    assert.ok(text.includes("三、狠抓落实\r\n") && text.includes("四、加强保障"));
    assert.ok(!ds.some((x) => x.code === "numbering.sequence" && x.range.start.line >= 10));
  });

  it("fixes all findings of one code in one action", async () => {
    await replaceAll(text.replace("（二）强化考核", "(二)强化考核"));
    const style = (await numbering()).filter((d) => d.code === "numbering.style");
    assert.strictEqual(style.length, 2);
    const all = (await actionsFor(style[0])).find((a) => a.title.startsWith("修复本文件全部同类问题（numbering.style"));
    assert.ok(all, "a fix-all action for numbering.style");
    const ds = await replaceAll(applyTextEdits(text, all!.edit!.changes![uri]));
    assert.ok(text.includes("（一）明确分工") && text.includes("（二）强化考核"));
    assert.deepStrictEqual(ds.filter((d) => d.code === "numbering.style"), []);
  });

  it("the count fix corrects the announcement, and the safe fix-all leaves it alone", async () => {
    const fixAll = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll"] } });
    assert.strictEqual(fixAll.length, 1);
    let ds = await replaceAll(applyTextEdits(text, fixAll[0].edit!.changes![uri]));
    assert.deepStrictEqual(ds.map((d) => d.code), ["numbering.count"]);
    assert.ok(text.includes("三要狠抓落实") && text.includes("（三）严格问责"));
    const count = (await actionsFor(ds[0]))[0];
    assert.strictEqual(count.title, "改为“讲四点意见”");
    ds = await replaceAll(applyTextEdits(text, count.edit!.changes![uri]));
    assert.deepStrictEqual(ds, []);
  });
});

describe("language server: hierarchy and enumerator quick fixes", function () {
  let client: LspTestClient;
  const uri = "file:///tmp/lectern-numbering-hierarchy.speech";
  let text = ["一、总体要求", "1.统一思想。", "（一）明确目标。", "2.压实责任。", "二、重点任务", "一是稳增长。", "二是促改革。", "四是惠民生。"].join("\n");

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => client.stop());

  for (const [code, line, expected] of [
    ["numbering.hierarchy", 2, "（1）明确目标。"],
    ["numbering.enumerator", 7, "三是惠民生。"],
  ] as const) {
    it(`${code}: the preferred quick fix clears the diagnostic`, async () => {
      const version = code === "numbering.hierarchy" ? 1 : 2;
      const ds = (await client.settledDiagnostics(uri, version)).diagnostics.filter((d) => d.code === code);
      assert.strictEqual(ds.length, 1);
      assert.strictEqual(ds[0].range.start.line, line);
      assert.ok(ds[0].relatedInformation?.length, "related information points at the sibling");
      const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]] } });
      const fix = actions.find((a) => a.isPreferred)!;
      text = applyTextEdits(text, fix.edit!.changes![uri]);
      assert.strictEqual(text.split("\n")[line], expected);
      client.change(uri, version + 1, [{ text }]);
      const after = (await client.settledDiagnostics(uri, version + 1)).diagnostics.filter((d) => d.code === code);
      assert.deepStrictEqual(after, []);
    });
  }
});
