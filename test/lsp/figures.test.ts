/** Figures through a real language server: target diagnostics, hover with the target, List Figures, a bad target table. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Hover, PublishDiagnosticsParams } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";

const TABLE = { targets: [{ metric: "地区生产总值", value: 52.3, unit: "亿元", year: 2023, source: "2023年统计公报" }] };

describe("language server: figures", function () {
  let client: LspTestClient;
  let root: string;
  let tablePath: string;
  const uri = "file:///tmp/lectern-figures-test.speech";
  // CRLF, an emoji (two UTF-16 units) and full-width punctuation before the figures.
  const text = ["同志们：", "😀2023年，全县地区生产总值完成55亿元，增长6.1%。", "全县常住人口约52万人左右。"].join("\r\n");

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-figures-"));
    fs.mkdirSync(path.join(root, ".lectern"));
    tablePath = path.join(root, ".lectern", "targets.json");
    fs.writeFileSync(tablePath, JSON.stringify(TABLE, null, 2));
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  // The figure checks run in the complete (segmenter) phase, once the workspace's target table is loaded.
  const figures = async () =>
    (await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "figure.target"), 20000, true)).diagnostics.filter((d) => String(d.code).startsWith("figure."));

  it("publishes figure.target against .lectern/targets.json and figure.usage, with exact UTF-16 ranges", async () => {
    const ds = await figures();
    assert.deepStrictEqual(ds.map((d) => d.code).sort(), ["figure.target", "figure.usage"], JSON.stringify(ds));
    const target = ds.find((d) => d.code === "figure.target")!;
    // 😀 is two units: 😀2023年，全县地区生产总值完成 is 2+5+1+2+6+2 = 18 units.
    assert.deepStrictEqual(target.range, { start: { line: 1, character: 18 }, end: { line: 1, character: 22 } });
    assert.ok(target.message.includes("52.3亿元") && target.message.includes("统计公报"), target.message);
    const usage = ds.find((d) => d.code === "figure.usage")!;
    assert.deepStrictEqual(usage.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 13 } });
  });

  it("hovers a figure with value, qualifier, period, metric and the matching target with its source", async () => {
    const h = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 20 } });
    assert.deepStrictEqual(h.range, { start: { line: 1, character: 18 }, end: { line: 1, character: 22 } });
    const md = (h.contents as { value: string }).value;
    for (const part of ["55亿元", "确数", "2023年", "地区生产总值", "52.3亿元", "2023年统计公报"]) assert.ok(md.includes(part), `${part} in ${md}`);
  });

  it("lists figures (lectern/figures) with their ranges", async () => {
    const items = await client.request<{ text: string; range: { start: { line: number; character: number } } }[]>("lectern/figures", { textDocument: { uri } });
    assert.deepStrictEqual(items.map((i) => i.text), ["55亿元", "6.1%", "约52万人左右"]);
    assert.deepStrictEqual(items[1].range.start, { line: 1, character: 25 });
  });

  it("a malformed target table gets diagnostics in that file; the draft is still checked without it", async () => {
    const tableUri = fileUri(tablePath);
    const waitBad = client.waitForDiagnostics(tableUri, (p: PublishDiagnosticsParams) => p.diagnostics.length > 0, 15000);
    fs.writeFileSync(tablePath, '{\n  "targets": [\n    { "metric": "地区生产总值", "value": "52.3", "unit": "亿元" }\n  ]\n}');
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: tableUri, type: 2 }] });
    const d = (await waitBad).diagnostics[0];
    assert.ok(d.message.startsWith("targets[0].value"), d.message);
    assert.deepStrictEqual(d.range.start, { line: 2, character: 35 });
    const after = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === "figure.target") && p.diagnostics.some((x) => x.code === "figure.usage"), 15000);
    assert.deepStrictEqual(after.diagnostics.filter((x) => String(x.code).startsWith("figure.")).map((x) => x.code), ["figure.usage"]);
  });
});
