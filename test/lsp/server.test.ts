import * as assert from "assert";
import * as path from "path";
import type { DocumentSymbol, FoldingRange } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";
import { CORPUS_DIR, readCorpus } from "../support/corpus";

describe("language server over stdio", function () {
  let client: LspTestClient;
  const uri = fileUri(path.join(CORPUS_DIR, "county-mobilization-speech.txt"));
  const text = readCorpus("county-mobilization-speech.txt");

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => client.stop());

  it("publishes diagnostics for the opened version", async () => {
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 1, 15000, true);
    assert.ok(Array.isArray(p.diagnostics));
    for (const d of p.diagnostics) assert.strictEqual(d.source, "lectern");
  });

  it("documentSymbol returns the hierarchy with length and speaking time", async () => {
    const all = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepStrictEqual(all.map((s) => s.name.slice(0, 10)), ["开场", "一、要认真学习领会，", "二、要坚持对标对表，", "三、要聚焦关键重点，", "结尾"]);
    const symbols = all.slice(1, -1);
    assert.deepStrictEqual(symbols[0].children!.map((c) => c.name), ["一是要迅速组织学习。", "二是要做到率先垂范。", "三是要广泛开展宣传。"]);
    assert.strictEqual(symbols[1].children!.length, 7);
    assert.match(symbols[1].detail!, /^\d+字 · 约\d+分(\d+秒)?$/);
    assert.deepStrictEqual(symbols[1].children![0].selectionRange, { start: { line: 9, character: 0 }, end: { line: 9, character: 26 } });
  });

  it("foldingRange folds every section", async () => {
    const folds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri } });
    assert.deepStrictEqual(folds.filter((f) => f.startLine === 2 || f.startLine === 7 || f.startLine === 16).map((f) => [f.startLine, f.endLine]), [[2, 6], [7, 15], [16, 22]]);
  });

  it("an incremental edit changes the outline", async () => {
    // Insert a fourth top-level section at the end of the document.
    const lines = text.split("\n");
    const last = lines.length - 1;
    client.change(uri, 2, [{ range: { start: { line: last, character: lines[last].length }, end: { line: last, character: lines[last].length } }, text: "\n四、新增部分\n新增的正文。" }]);
    // Rename 二、's heading text in place: replace two characters after the token.
    client.change(uri, 3, [{ range: { start: { line: 7, character: 2 }, end: { line: 7, character: 3 } }, text: "务必" }]);
    await client.waitForDiagnostics(uri, (d) => d.version === 3, 15000, true);
    const symbols = (await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } })).filter((s) => s.name !== "开场");
    assert.strictEqual(symbols.length, 4);
    assert.strictEqual(symbols[3].name, "四、新增部分");
    assert.ok(symbols[1].name.startsWith("二、务必坚持"));
  });

  it("requests for a document that is not open get an LSP error, and the server lives on", async () => {
    await assert.rejects(client.request("textDocument/documentSymbol", { textDocument: { uri: "file:///nowhere.speech" } }), /not open/);
    assert.ok(client.alive);
  });
});

describe("language server: settings and findings", function () {
  it("lectern.rules in initializationOptions turns a code off and re-levels another", async () => {
    const text = "一、甲\n二、乙\n正文。\n";
    const uri = "file:///tmp/rules.speech";
    const on = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    on.open(uri, text);
    const p1 = await on.settledDiagnostics(uri, 1);
    await on.stop();
    const empty = p1.diagnostics.filter((d) => d.code === "structure.emptySection");
    assert.strictEqual(empty.length, 1);
    assert.strictEqual(empty[0].severity, 2);
    assert.deepStrictEqual(empty[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });

    const err = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0, "lectern.rules": { "structure.emptySection": "error" } } });
    err.open(uri, text);
    const p2 = await err.settledDiagnostics(uri, 1);
    await err.stop();
    assert.strictEqual(p2.diagnostics.find((d) => d.code === "structure.emptySection")?.severity, 1);

    const off = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0, "lectern.rules": { "structure.emptySection": "off" } } });
    off.open(uri, text);
    const p3 = await off.settledDiagnostics(uri, 1);
    await off.stop();
    assert.strictEqual(p3.diagnostics.filter((d) => d.code === "structure.emptySection").length, 0);
  });

  it("settings from workspace/configuration apply, and a bad value is reported and replaced by its default", async () => {
    const client = await LspTestClient.start({ configuration: { readingRate: 110, diagnostics: { delay: 0 }, rules: "nonsense" } });
    const uri = "file:///tmp/conf.speech";
    client.open(uri, "一、甲\n" + "字".repeat(220) + "\n");
    await client.waitForDiagnostics(uri, () => true, 15000, true);
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    await client.stop();
    assert.strictEqual(symbols[0].detail, "223字 · 约2分2秒");
    assert.ok(client.messages.some((m) => m.message.includes("lectern.rules")), JSON.stringify(client.messages));
  });
});
