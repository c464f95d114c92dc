/**
 * Linter-grade actions through a real language server: severity tiers, a link
 * to each code's page, fix all of one kind, turn a check off, the two ways to
 * settle a figure conflict, and no quick fixes for a source-only request.
 */
import * as assert from "assert";
import * as fs from "fs";
import { fileURLToPath } from "url";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver/node";
import { LspTestClient } from "../support/lsp-client";

const uri = "file:///tmp/lectern-actions-test.speech";
// Two slips of one formulation, and one indicator stated twice for one year.
const text = [
  "一、统一思想",
  "",
  "要做到帜鲜明讲政治，始终做到帜鲜明讲政治。今年全县地区生产总值增长6.5%，规上工业增加值增长8%。",
  "",
  "二、明确任务",
  "",
  "今年全县地区生产总值增长7.2%，为明年打好基础。",
  "",
].join("\r\n");

function applyEdits(source: string, edits: TextEdit[]): string {
  const lines = source.split("\r\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 2, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((s, e) => s.slice(0, offset(e.range.start)) + e.newText + s.slice(offset(e.range.end)), source);
}

describe("language server: severity tiers and code actions", function () {
  let client: LspTestClient;
  let plain: LspTestClient;
  let ds: Diagnostic[];
  const actionsFor = (c: LspTestClient, d: Diagnostic, only?: string[]) =>
    c.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0, clientCommands: ["lectern.disableRule"] } });
    client.open(uri, text);
    ds = (await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "figure.conflict"), 20000, true)).diagnostics;
    plain = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    plain.open(uri, text);
  });
  after(async () => {
    await client.stop();
    await plain.stop();
  });

  it("publishes slogan.typo and figure.conflict as errors", () => {
    const levels = Object.fromEntries(ds.map((d) => [d.code, d.severity]));
    assert.strictEqual(levels["slogan.typo"], 1, JSON.stringify(ds));
    assert.strictEqual(levels["figure.conflict"], 1, JSON.stringify(ds));
  });

  it("links every diagnostic to its code's page, a file that exists and names the code", () => {
    assert.ok(ds.length >= 3);
    for (const d of ds) {
      const href = d.codeDescription?.href;
      assert.ok(href, `${d.code} has a codeDescription`);
      const file = fileURLToPath(href);
      assert.ok(file.endsWith(`docs/rules/${d.code}.md`), file);
      assert.ok(fs.readFileSync(file, "utf8").includes(`\`${d.code}\``));
    }
  });

  it("offers 修复本文件全部同类问题 for two slips of one kind, fixing both", async () => {
    const typos = ds.filter((d) => d.code === "slogan.typo");
    assert.strictEqual(typos.length, 2);
    const all = (await actionsFor(client, typos[0])).find((a) => a.title.startsWith("修复本文件全部同类问题"));
    assert.ok(all, "the fix-all-of-this-kind action");
    assert.strictEqual(all.kind, "quickfix");
    const fixed = applyEdits(text, all.edit!.changes![uri]);
    assert.strictEqual(fixed.split("旗帜鲜明讲政治").length - 1, 2);
    assert.ok(!fixed.includes("做到帜鲜明"));
  });

  it("offers 关闭此类检查 as the client's lectern.disableRule command, only to a client that runs it", async () => {
    const typo = ds.find((d) => d.code === "slogan.typo")!;
    const off = (await actionsFor(client, typo)).find((a) => a.title.startsWith("关闭此类检查"));
    assert.ok(off);
    assert.deepStrictEqual(off.command, { title: off.title, command: "lectern.disableRule", arguments: ["slogan.typo"] });
    assert.strictEqual(off.edit, undefined, "it edits no text");
    const plainDs = (await plain.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "slogan.typo"), 20000, true)).diagnostics;
    const other = await actionsFor(plain, plainDs.find((d) => d.code === "slogan.typo")!);
    // The plain client gets no client command; the server's own (ignore here, accept the word) it can run.
    assert.ok(other.length > 0 && !other.some((a) => a.command && !a.command.command.startsWith("lectern.ignoreHere") && a.command.command !== "lectern.acceptWord"), other.map((a) => a.title).join(" | "));
    assert.ok(!other.some((a) => a.title.startsWith("关闭此类检查")));
  });

  it("figure.conflict: jumps to the other statement, and offers 统一为前文数值 / 统一为此处数值 as minimal edits", async () => {
    const conflict = ds.find((d) => d.code === "figure.conflict")!;
    assert.strictEqual(conflict.range.start.line, 6);
    const related = conflict.relatedInformation!;
    assert.strictEqual(related.length, 1);
    assert.strictEqual(related[0].location.uri, uri);
    assert.strictEqual(related[0].location.range.start.line, 2);
    const actions = await actionsFor(client, conflict);
    const earlier = actions.find((a) => a.title.startsWith("统一为前文数值"))!;
    const here = actions.find((a) => a.title.startsWith("统一为此处数值"))!;
    assert.ok(earlier && here, actions.map((a) => a.title).join(" | "));
    assert.deepStrictEqual(earlier.edit!.changes![uri], [{ range: conflict.range, newText: "6.5%" }]);
    assert.deepStrictEqual(here.edit!.changes![uri], [{ range: related[0].location.range, newText: "7.2%" }]);
    assert.ok(applyEdits(text, earlier.edit!.changes![uri]).includes("地区生产总值增长6.5%，为明年"));
    assert.ok(applyEdits(text, here.edit!.changes![uri]).includes("地区生产总值增长7.2%，规上"));
  });

  it("returns no quick fixes when only source actions are asked for, and the fix-all action for source.fixAll", async () => {
    const typo = ds.find((d) => d.code === "slogan.typo")!;
    assert.deepStrictEqual(await actionsFor(client, typo, ["source"]).then((a) => a.filter((x) => x.kind === "quickfix")), []);
    assert.deepStrictEqual(await actionsFor(client, typo, ["source.organizeImports"]), []);
    // 帜鲜明 → 旗帜鲜明 restores a first character: not a safe fix, so fix all on save leaves it.
    const fixAll = await actionsFor(client, typo, ["source.fixAll"]);
    assert.ok(fixAll.every((a) => a.kind === "source.fixAll.lectern"), JSON.stringify(fixAll));
    const quick = await actionsFor(client, typo, ["quickfix"]);
    assert.ok(quick.length >= 2 && quick.every((a) => a.kind === "quickfix"));
  });
});
