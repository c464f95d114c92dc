/** Slogans through a real language server: diagnostics and fixes, completion edits, hover, semantic tokens, pack files. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CodeAction, CompletionItem, CompletionList, Hover, PublishDiagnosticsParams, TextEdit } from "vscode-languageserver/node";
import { LspTestClient, fileUri } from "../support/lsp-client";

const TEAM_PACK = {
  name: "team",
  version: "1.0.0",
  slogans: [{ text: "五县战略", quoted: true, source: "县委全会（2022年）" }],
  snippets: [{ prefix: "kaihui", body: ["同志们：", "${1:今天召开会议}。", "$0"], description: "会议开场" }],
};

describe("language server: slogans", function () {
  let client: LspTestClient;
  let root: string;
  let packPath: string;
  const uri = "file:///tmp/lectern-slogans-test.speech";
  // CRLF, an emoji (two UTF-16 units) and full-width punctuation before the slips.
  const text = ["同志们：", "😀要做到帜鲜明讲政治，做到“四个自信”。", "推进“五县战略”，坚持四个"].join("\r\n");

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-slogans-"));
    fs.mkdirSync(path.join(root, ".lectern"));
    packPath = path.join(root, ".lectern", "team.pack.json");
    fs.writeFileSync(packPath, JSON.stringify(TEAM_PACK, null, 2));
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const slogans = async (version = 1) => (await client.settledDiagnostics(uri, version)).diagnostics.filter((d) => String(d.code).startsWith("slogan."));

  it("publishes slogan.typo and slogan.collocation with exact UTF-16 ranges, and their quick fixes", async () => {
    // slogan.typo needs the segmenter: on a busy machine its load outlasts settledDiagnostics' quiet period.
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "slogan.typo"), 20000, true);
    const ds = await slogans();
    assert.deepStrictEqual(ds.map((d) => d.code).sort(), ["slogan.collocation", "slogan.typo"], JSON.stringify(ds));
    const typo = ds.find((d) => d.code === "slogan.typo")!;
    assert.deepStrictEqual(typo.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } });
    const coll = ds.find((d) => d.code === "slogan.collocation")!;
    assert.deepStrictEqual(coll.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 14 } });
    assert.strictEqual(ds.length, 2, JSON.stringify(ds));
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } });
    const fix = actions.find((a) => a.title.includes("旗帜鲜明讲政治"))!;
    assert.deepStrictEqual(fix.edit!.changes![uri], [{ range: typo.range, newText: "旗帜鲜明讲政治" }] as TextEdit[]);
  });

  it("completes 四个 at the end of a line with an exact textEdit range and the canonical verb", async () => {
    const r = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line: 2, character: 13 } });
    const items = Array.isArray(r) ? r : r.items;
    const item = items.find((i) => i.label === "四个意识")!;
    assert.ok(item, items.map((i) => i.label).join(","));
    assert.deepStrictEqual(item.textEdit, { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } }, newText: "“四个意识”" });
    // 坚持 is a verb, so no verb alternative for 四个意识 here; the team pack's formulation is known.
    assert.ok(!items.some((i) => i.label === "增强“四个意识”"));
  });

  it("completes inside Chinese text, with text after the cursor, by pinyin initials too", async () => {
    const v = 2;
    const next = text + "\r\n团结在以习近平周围，要sgys";
    client.change(uri, v, [{ text: next }]);
    await client.settledDiagnostics(uri, v);
    const at = async (line: number, character: number) => {
      const r = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line, character } });
      return Array.isArray(r) ? r : r.items;
    };
    const mid = (await at(3, 7)).find((i) => i.label === "以习近平同志为核心的党中央")!;
    assert.deepStrictEqual(mid.textEdit, { range: { start: { line: 3, character: 3 }, end: { line: 3, character: 7 } }, newText: "以习近平同志为核心的党中央" });
    const py = (await at(3, 15)).find((i) => i.label === "四个意识")!;
    assert.deepStrictEqual((py.textEdit as TextEdit).range, { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } });
    const verb = (await at(3, 15)).find((i) => i.label === "增强“四个意识”")!;
    assert.strictEqual((verb.textEdit as TextEdit).newText, "增强“四个意识”");
  });

  it("offers the team pack's snippet as a snippet completion", async () => {
    const v = 3;
    client.change(uri, v, [{ text: text + "\r\nkai" }]);
    await client.settledDiagnostics(uri, v);
    const r = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line: 3, character: 3 } });
    const sn = (Array.isArray(r) ? r : r.items).find((i) => i.label === "kaihui")!;
    assert.strictEqual(sn.insertTextFormat, 2);
    assert.deepStrictEqual(sn.textEdit, { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } }, newText: "同志们：\n${1:今天召开会议}。\n$0" });
  });

  it("hovers a formulation with its range and parts, and a team formulation with its pack", async () => {
    const h = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 16 } });
    assert.deepStrictEqual(h.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 19 } });
    const md = (h.contents as { value: string }).value;
    assert.ok(md.includes("道路自信") && md.includes("坚定"), md);
    const team = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 4 } });
    assert.ok((team.contents as { value: string }).value.includes("team"));
  });

  it("marks formulations as semantic tokens", async () => {
    const r = await client.request<{ data: number[] }>("textDocument/semanticTokens/full", { textDocument: { uri } });
    // Tokens are (deltaLine, deltaStart, length, type, modifiers); find a 4-unit token on line 1 at 15 (四个自信).
    let line = 0;
    let start = 0;
    const tokens: [number, number, number][] = [];
    for (let i = 0; i < r.data.length; i += 5) {
      line += r.data[i];
      start = r.data[i] === 0 ? start + r.data[i + 1] : r.data[i + 1];
      tokens.push([line, start, r.data[i + 2]]);
    }
    assert.ok(tokens.some(([l, s, n]) => l === 1 && s === 15 && n === 4), JSON.stringify(tokens));
    assert.ok(tokens.some(([l, s, n]) => l === 2 && s === 3 && n === 4), "the team pack's 五县战略");
  });

  it("an invalid pack gets diagnostics at the JSON path; fixing it applies without restart", async () => {
    const packUri = fileUri(packPath);
    const bad = '{\n  "name": "team",\n  "version": "1.0.0",\n  "slogans": [{ "text": "五县战略", "verbs": "推进" }]\n}';
    const waitBad = client.waitForDiagnostics(packUri, (p: PublishDiagnosticsParams) => p.diagnostics.length > 0, 15000);
    fs.writeFileSync(packPath, bad);
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: packUri, type: 2 }] });
    const d = (await waitBad).diagnostics[0];
    assert.ok(d.message.startsWith("slogans[0].verbs"), d.message);
    assert.deepStrictEqual(d.range.start, { line: 3, character: 41 });
    const waitGood = client.waitForDiagnostics(packUri, (p: PublishDiagnosticsParams) => p.diagnostics.length === 0, 15000);
    fs.writeFileSync(packPath, JSON.stringify({ ...TEAM_PACK, slogans: [{ text: "五县战略", quoted: true, deprecated: { since: "2024", note: "已调整为六县战略" } }] }));
    client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: packUri, type: 2 }] });
    await waitGood;
    const after = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "slogan.deprecated"), 15000, true);
    assert.ok(after.diagnostics.find((x) => x.code === "slogan.deprecated")!.message.includes("六县战略"));
  });
});

describe("language server: workspace folders added and removed", function () {
  it("a folder added after start loads its .lectern pack; removing it unloads the pack", async () => {
    const first = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-folder-a-"));
    const second = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-folder-b-"));
    fs.mkdirSync(path.join(second, ".lectern"));
    fs.writeFileSync(path.join(second, ".lectern", "team.pack.json"), JSON.stringify({ name: "b", version: "1.0.0", slogans: [{ text: "五县战略", quoted: true, deprecated: { since: "2024", note: "已调整为六县战略" } }] }));
    const client = await LspTestClient.start({
      rootDir: first,
      settings: { "lectern.diagnostics.delay": 0 },
      capabilities: { workspace: { workspaceFolders: true } },
    });
    const uri = "file:///tmp/lectern-folders.speech";
    const deprecated = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === "slogan.deprecated");
    try {
      client.open(uri, "推进“五县战略”。");
      assert.ok(!deprecated(await client.settledDiagnostics(uri, 1)));
      const folder = { uri: fileUri(second), name: "b" };
      const loaded = client.waitForDiagnostics(uri, deprecated, 15000);
      client.notify("workspace/didChangeWorkspaceFolders", { event: { added: [folder], removed: [] } });
      assert.ok((await loaded).diagnostics.find((d) => d.code === "slogan.deprecated")!.message.includes("六县战略"));
      const unloaded = client.waitForDiagnostics(uri, (p) => !deprecated(p), 15000);
      client.notify("workspace/didChangeWorkspaceFolders", { event: { added: [], removed: [folder] } });
      await unloaded;
    } finally {
      await client.stop();
      for (const d of [first, second]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
