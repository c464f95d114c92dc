/**
 * A client that claims nothing (no hierarchical symbols, no Markdown, no
 * snippets) gets shapes it can show, with the same content and ranges a
 * client claiming everything gets.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent, SymbolInformation } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";
import { CORPUS_DIR, readCorpus } from "../support/corpus";
import { markdownToPlainText, snippetToPlainText } from "../../server/src/lsp/client-abilities";

const TEAM_PACK = {
  name: "team",
  version: "1.0.0",
  slogans: [],
  snippets: [{ prefix: "kaihui", body: ["同志们：", "${1:今天召开会议}，${2|研究,部署|}${3}工作。", "$0"], description: "会议开场" }],
};

describe("language server: clients that claim less", function () {
  let root: string;
  let bare: LspTestClient;
  let full: LspTestClient;
  const county = fileUri(path.join(CORPUS_DIR, "county-mobilization-speech.txt"));
  const draft = "file:///tmp/lectern-bare-client.speech";
  const draftText = "同志们：\r\n要增强“四个意识”，到2025年增长6.5%。\r\nkai";

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bare-"));
    fs.mkdirSync(path.join(root, ".lectern"));
    fs.writeFileSync(path.join(root, ".lectern", "team.pack.json"), JSON.stringify(TEAM_PACK));
    const settings = { "lectern.diagnostics.delay": 0 };
    [bare, full] = await Promise.all([LspTestClient.start({ rootDir: root, settings, capabilities: {} }), LspTestClient.start({ rootDir: root, settings })]);
    for (const c of [bare, full]) {
      c.open(county, readCorpus("county-mobilization-speech.txt"));
      c.open(draft, draftText);
      await c.settledDiagnostics(draft, 1);
    }
  });
  after(async () => {
    await Promise.all([bare.stop(), full.stop()]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("documentSymbol: the flat SymbolInformation[] with each parent as container, the same names and ranges in document order", async () => {
    const flat = await bare.request<SymbolInformation[]>("textDocument/documentSymbol", { textDocument: { uri: county } });
    const tree = await full.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: county } });
    const walk = (ss: DocumentSymbol[], parent?: string): [string, string | undefined, unknown][] => ss.flatMap((s) => [[s.name, parent, s.range] as [string, string | undefined, unknown], ...walk(s.children ?? [], s.name)]);
    const expected = walk(tree);
    assert.ok(expected.length > 10, String(expected.length));
    assert.ok(flat.every((s) => s.location.uri === county && !("children" in s)), JSON.stringify(flat[0]));
    assert.deepStrictEqual(flat.map((s) => [s.name, s.containerName, s.location.range]), expected);
    assert.strictEqual(flat.find((s) => s.name === "一是要迅速组织学习。")?.containerName, tree[1].name);
  });

  it("hover: plain text without Markdown marks, the same words", async () => {
    const position = { line: 1, character: 6 };
    const plain = await bare.request<Hover>("textDocument/hover", { textDocument: { uri: draft }, position });
    const md = await full.request<Hover>("textDocument/hover", { textDocument: { uri: draft }, position });
    const p = plain.contents as MarkupContent;
    assert.strictEqual(p.kind, "plaintext");
    assert.strictEqual((md.contents as MarkupContent).kind, "markdown");
    assert.ok(!p.value.includes("**") && p.value.includes("“四个意识”") && p.value.includes("规范提法"), p.value);
    assert.deepStrictEqual(plain.range, md.range);
  });

  it("completion: a snippet arrives as plain text with its placeholders' defaults, at the same range", async () => {
    const position = { line: 2, character: 3 };
    const items = async (c: LspTestClient) => {
      const r = await c.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri: draft }, position });
      return (Array.isArray(r) ? r : r.items).find((i) => i.label === "kaihui")!;
    };
    const plain = await items(bare);
    const snippet = await items(full);
    assert.strictEqual(plain.insertTextFormat, 1);
    assert.strictEqual(snippet.insertTextFormat, 2);
    assert.deepStrictEqual(plain.textEdit, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, newText: "同志们：\n今天召开会议，研究工作。\n" });
    assert.deepStrictEqual((plain.textEdit as { range: unknown }).range, (snippet.textEdit as { range: unknown }).range);
    assert.strictEqual((plain.documentation as MarkupContent).kind, "plaintext");
    assert.ok(!(plain.documentation as MarkupContent).value.includes("```"));
  });
});

describe("client abilities: text conversions", () => {
  it("snippetToPlainText keeps defaults and literal text, drops tab stops, reads escapes and nesting", () => {
    const cases: [string, string][] = [
      ["${1:四个}意识", "四个意识"],
      ["$1开头$0", "开头"],
      ["${1}与${2:}", "与"],
      ["${1:外${2:内}层}", "外内层"],
      ["${1|一是,二是|}要", "一是要"],
      ["价格\\$5，\\}与\\\\", "价格$5，}与\\"],
      ["$ 单独的美元符", "$ 单独的美元符"],
      ["${TM_FILENAME}", ""],
      ["${1:未闭合", "未闭合"],
    ];
    for (const [snippet, plain] of cases) assert.strictEqual(snippetToPlainText(snippet), plain, snippet);
  });

  it("markdownToPlainText removes emphasis, code marks, fences and heading marks, and keeps link targets", () => {
    assert.strictEqual(markdownToPlainText("**数字** `50亿元`\n\n- 单位：亿元"), "数字 50亿元\n\n- 单位：亿元");
    assert.strictEqual(markdownToPlainText("```\n同志们：\n```"), "同志们：\n");
    assert.strictEqual(markdownToPlainText("## 出处\n[报告](https://example.org/r)"), "出处\n报告 (https://example.org/r)");
  });
});
