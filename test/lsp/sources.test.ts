/** Sources and fact.quote through a real language server: the error and its fix, the hover, and a source added while it runs. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CodeAction, Hover, PublishDiagnosticsParams } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";
import { readCorpus } from "../support/corpus";
import { GOVERNMENT_META, REPORT_META } from "../support/sources";

describe("language server: sources and fact.quote", function () {
  let client: LspTestClient;
  let root: string;
  let sources: string;
  const uri = "file:///tmp/lectern-sources-test.speech";
  const text = [
    "同志们：",
    "😀党的二十大报告指出：“高质量发展是建设社会主义现代化国家的首要任务。”",
    "报告明确：“全面建成社会主义现代化强国，总的战略安排是分两步走。”",
    "政府工作报告提出：“积极的财政政策要适当加力、提质增效。”",
  ].join("\n");

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-sources-"));
    sources = path.join(root, ".lectern", "sources");
    fs.mkdirSync(sources, { recursive: true });
    fs.writeFileSync(path.join(sources, "report.txt"), readCorpus("20th-congress-report-2022.txt"));
    fs.writeFileSync(path.join(sources, "report.json"), JSON.stringify(REPORT_META));
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const quotes = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "fact.quote");

  it("publishes a misquotation as an error with the original passage, and a fix that restores it", async () => {
    const ds = quotes(await client.settledDiagnostics(uri, 1));
    const err = ds.find((d) => d.severity === 1)!;
    assert.ok(err, JSON.stringify(ds));
    assert.deepStrictEqual(err.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 35 } });
    assert.ok(err.message.includes("原文：“高质量发展是全面建设社会主义现代化国家的首要任务”"), err.message);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: err.range, context: { diagnostics: [err] } });
    const fix = actions.find((a) => a.title.startsWith("恢复原文"))!;
    assert.deepStrictEqual(fix.edit!.changes![uri], [{ range: err.range, newText: "高质量发展是全面建设社会主义现代化国家的首要任务" }]);
    // 政府工作报告 is no source yet; 报告 in its name is the 20th Congress report's short name: not found there.
    assert.deepStrictEqual(ds.filter((d) => d !== err).map((d) => [d.severity, d.range.start.line]), [[3, 3]]);
  });

  it("hovers a verbatim quotation with its source and paragraph", async () => {
    const h = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 22 } });
    const value = (h.contents as { value: string }).value;
    assert.ok(value.includes("引自 《高举中国特色社会主义伟大旗帜") && /第\d+段/.test(value), value);
  });

  it("a source added to .lectern/sources/ applies without a restart", async () => {
    const wait = client.waitForDiagnostics(uri, (p: PublishDiagnosticsParams) => quotes(p).filter((d) => d.severity === 1).length === 2, 15000);
    fs.writeFileSync(path.join(sources, "government.txt"), readCorpus("government-work-report-2024.txt"));
    fs.writeFileSync(path.join(sources, "government.json"), JSON.stringify(GOVERNMENT_META));
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(path.join(sources, "government.txt")), type: 1 }] });
    const p = await wait;
    const d = quotes(p).find((x) => x.range.start.line === 3)!;
    assert.ok(d.message.includes("原文：“积极的财政政策要适度加力、提质增效”"), d.message);
  });
});

describe("language server: lectern/sources (the Sources view)", function () {
  let client: LspTestClient;
  let root: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-sources-view-"));
    const sources = path.join(root, ".lectern", "sources");
    fs.mkdirSync(sources, { recursive: true });
    fs.writeFileSync(path.join(sources, "report.txt"), readCorpus("20th-congress-report-2022.txt"));
    fs.writeFileSync(path.join(sources, "report.json"), JSON.stringify(REPORT_META));
    fs.writeFileSync(path.join(sources, "纪要.md"), "---\ntitle: 县委常委会会议纪要\nkind: document\n---\n会议要求，抓好落实。\n");
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("lists each source with its title, kind, names and file URI", async () => {
    const list = await client.request<{ title: string; kind: string; names: string[]; uri: string; speaker?: string }[]>("lectern/sources", {});
    assert.deepStrictEqual(
      list.map((s) => [s.title, s.kind, s.speaker, s.uri]),
      [
        [REPORT_META.title, "speech", "习近平", fileUri(path.join(root, ".lectern", "sources", "report.txt"))],
        ["县委常委会会议纪要", "document", undefined, fileUri(path.join(root, ".lectern", "sources", "纪要.md"))],
      ],
    );
    assert.ok(list[0].names.includes("党的二十大报告"));
  });
});
