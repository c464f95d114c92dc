/** fact.* through a real language server: diagnostics with UTF-16 ranges, their fix, and team events reloaded without a restart. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CodeAction, PublishDiagnosticsParams } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";

describe("language server: facts", function () {
  let client: LspTestClient;
  let root: string;
  let packPath: string;
  const uri = "file:///tmp/lectern-facts-test.speech";
  // An emoji (two UTF-16 units) before the slip; the 落款 dates the draft 2025.
  const text = ["同志们：", "😀热烈庆祝建党103周年和建县68周年。", "😀考察组赴湖南省宜昌市调研。", "XX县委", "2025年7月1日"].join("\n");

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-facts-"));
    fs.mkdirSync(path.join(root, ".lectern"));
    packPath = path.join(root, ".lectern", "county.pack.json");
    fs.writeFileSync(packPath, JSON.stringify({ name: "county", version: "1", events: [] }));
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("publishes fact.date with its UTF-16 range and a fix on request", async () => {
    const ds = (await client.settledDiagnostics(uri, 1)).diagnostics.filter((d) => d.code === "fact.date");
    assert.deepStrictEqual(ds.map((d) => [d.code, d.range]), [["fact.date", { start: { line: 1, character: 6 }, end: { line: 1, character: 13 } }]]);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]] } });
    const fix = actions.find((a) => a.title.includes("104周年"))!;
    assert.ok(fix, actions.map((a) => a.title).join(", "));
    assert.deepStrictEqual(fix.edit!.changes![uri], [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } }, newText: "104" }]);
  });

  it("publishes fact.place with the right province as its fix", async () => {
    const ds = (await client.settledDiagnostics(uri, 1)).diagnostics.filter((d) => d.code === "fact.place");
    assert.deepStrictEqual(ds.map((d) => d.range), [{ start: { line: 2, character: 6 }, end: { line: 2, character: 12 } }]);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]] } });
    const fix = actions.find((a) => a.title.includes("湖北省"))!;
    assert.deepStrictEqual(fix.edit!.changes![uri], [{ range: { start: { line: 2, character: 6 }, end: { line: 2, character: 9 } }, newText: "湖北省" }]);
  });

  it("a team pack's events apply as soon as the pack changes", async () => {
    const wait = client.waitForDiagnostics(uri, (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "fact.date").length === 2, 15000);
    fs.writeFileSync(packPath, JSON.stringify({ name: "county", version: "1", events: [{ name: "XX县建县", aliases: ["建县"], date: "1956-03", source: "《XX县志》" }] }));
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(packPath), type: 2 }] });
    const p = await wait;
    const d = p.diagnostics.find((x) => x.range.start.character === 14)!;
    assert.ok(d && d.message.includes("69周年") && d.message.includes("县志"), JSON.stringify(p.diagnostics));
  });
});
