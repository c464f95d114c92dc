/**
 * What a writer reads, through a real language server: speaking time as
 * 1分12秒, the opening and closing as their own outline nodes (so the parts
 * add up), tidy hovers that name the other statements of an indicator, and
 * Renumber Section on a line that is not a heading.
 */
import * as assert from "assert";
import type { CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent } from "vscode-languageserver/node";
import { LspTestClient } from "../support/lsp-client";

const uri = "file:///tmp/lectern-writer-test.speech";
const body = (n: number) => "字".repeat(n);
const text = [
  "关于做好今年重点工作的讲话",
  "",
  "同志们：",
  "",
  `今天召开会议，${body(40)}。`,
  "",
  "一、统一思想",
  "",
  `今年全县投资突破150亿元，地区生产总值增长6.5%。${body(200)}`,
  "",
  "二、明确任务",
  "",
  `今年全县地区生产总值达到300亿元。${body(100)}`,
  "",
  "同志们，让我们坚持外防输入、内防反弹，为全面完成今年目标任务而努力奋斗！",
  "",
].join("\n");

describe("language server: what a writer reads", function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    client.open(uri, text);
    await client.settledDiagnostics(uri, 1);
  });
  after(async () => client.stop());

  const hover = async (needle: string) => {
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes(needle));
    const h = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line, character: lines[line].indexOf(needle) + 1 } });
    return (h.contents as MarkupContent).value;
  };

  it("outlines 开场, the sections and 结尾, whose characters add up to the whole, with times as 分/秒", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepStrictEqual(symbols.map((s) => s.name), ["开场", "一、统一思想", "二、明确任务", "结尾"]);
    const chars = symbols.map((s) => Number(/^(\d+)字/.exec(s.detail!)![1]));
    const stats = await client.request<{ chars: number }>("lectern/stats", { textDocument: { uri } });
    assert.strictEqual(chars.reduce((a, b) => a + b, 0), stats.chars);
    for (const s of symbols) assert.match(s.detail!, /^\d+字 · 约(\d+秒|\d+分(\d+秒)?)$/, s.detail);
    assert.deepStrictEqual([symbols[0].range.start.line, symbols[0].range.end.line], [0, 4]);
    assert.deepStrictEqual([symbols[2].range.start.line, symbols[2].range.end.line], [10, 12]);
    assert.deepStrictEqual([symbols[3].range.start.line, symbols[3].range.end.line], [14, 14]);
    // 233 characters at 220 a minute: 1分4秒.
    assert.strictEqual(symbols[1].detail, "233字 · 约1分4秒");
  });

  it("hovers a figure without 150亿元 = 150亿元 or doubled brackets", async () => {
    const md = await hover("150亿元");
    assert.ok(md.includes("- 数值：150亿元\n"), md);
    assert.ok(!md.includes("150亿元 = 150亿元"), md);
    assert.ok(!/）（/.test(md), md);
    assert.ok(md.includes("下限") && md.includes("“突破”"), md);
  });

  it("names the other statements of the same indicator, growth and level told apart", async () => {
    const md = await hover("6.5%");
    assert.ok(md.includes("同一指标的其他表述"), md);
    assert.ok(md.includes("第13行：`300亿元`（今年，总量/水平）"), md);
    assert.ok(md.includes("地区生产总值（增长/增加）"), md);
  });

  it("titles a retired term's hover 已停用的提法, without repeating the diagnostic's note", async () => {
    const md = await hover("外防输入");
    assert.ok(md.startsWith("**外防输入、内防反弹** · 已停用的提法"), md);
    assert.ok(!md.includes("规范提法"), md);
    const diagnostics = (await client.settledDiagnostics(uri, 1)).diagnostics;
    const retired = diagnostics.find((d) => d.code === "slogan.deprecated")!;
    assert.ok(retired, JSON.stringify(diagnostics));
    const note = /：(.+)$/.exec(retired.message)![1];
    assert.ok(!md.includes(note), `the hover repeats “${note}”`);
    assert.ok(md.includes("2023-01-08起停用"), md);
  });

  it("Renumber Section on a body line says it is not a heading", async () => {
    const r = await client.request<{ edit: unknown; message: string; reason: string; section: string }>("lectern/renumber", { textDocument: { uri }, position: { line: 8, character: 3 } });
    assert.strictEqual(r.edit, null);
    // The reason and the section, for a client that words the message in its own language.
    assert.deepStrictEqual([r.reason, r.section], ["notHeading", "一、统一思想"]);
    assert.match(r.message, /不是标题/);
    assert.ok(r.message.includes("一、统一思想"), r.message);
    const onHeading = await client.request<{ edit: unknown; message: string; reason: string }>("lectern/renumber", { textDocument: { uri }, position: { line: 6, character: 1 } });
    assert.strictEqual(onHeading.edit, null);
    assert.strictEqual(onHeading.reason, "inOrder");
    assert.match(onHeading.message, /已按顺序编号/);
  });

  it("completes a formulation one character after “, the verb just typed ranking what it governs first", async () => {
    const draft = "file:///tmp/lectern-writer-completion.speech";
    const lines = ["要坚定“四", "要增强“四", "坚定“"];
    client.open(draft, lines.join("\n"));
    const first = async (line: number) => {
      const r = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri: draft }, position: { line, character: lines[line].length } });
      const items = (Array.isArray(r) ? r : r.items).filter((i) => i.kind !== 15).sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""));
      assert.ok(items.length, `no items on line ${line}`);
      return items[0];
    };
    const afterJianding = await first(0);
    assert.strictEqual(afterJianding.label, "四个自信");
    // Only the typed character is replaced, and the closing quote is added.
    assert.deepStrictEqual(afterJianding.textEdit, { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: "四个自信”" });
    assert.strictEqual((await first(1)).label, "四个意识");
    assert.strictEqual((await first(2)).label, "四个自信");
  });

  it("completion rows show the formulation whole; the source is in the details, not on the row", async () => {
    const draft = "file:///tmp/lectern-writer-completion-rows.speech";
    client.open(draft, "坚持以人");
    const r = await client.request<CompletionList>("textDocument/completion", { textDocument: { uri: draft }, position: { line: 0, character: 4 } });
    const formulations = r.items.filter((i) => i.kind === 21);
    assert.ok(formulations.length >= 2, r.items.map((i) => i.label).join(" | "));
    for (const item of formulations) {
      // The label is the formulation as inserted (no source, no ellipsis); the row's detail is a short tag.
      assert.strictEqual(item.textEdit && "newText" in item.textEdit ? item.textEdit.newText.replace(/[“”]/g, "") : "", item.label);
      assert.ok((item.detail ?? "").length <= 12, `a short detail: ${item.detail}`);
    }
    const sourced = formulations.find((i) => /出处：/.test((i.documentation as MarkupContent).value));
    assert.ok(sourced, "the source is in the details pane");
    assert.ok(!formulations.some((i) => i.detail && (sourced.documentation as MarkupContent).value.includes(i.detail) && i.detail.length > 6), "the source is not on the row");
  });

  it("lectern/timing: the parts with characters that add up, for the 讲话计时 view", async () => {
    const t = await client.request<{ chars: number; readingRate: number; parts: { name: string; line: number; chars: number; minutes: number }[] }>("lectern/timing", { textDocument: { uri } });
    assert.deepStrictEqual(t.parts.map((p) => [p.name, p.line]), [["开场", 0], ["一、统一思想", 6], ["二、明确任务", 10], ["结尾", 14]]);
    assert.strictEqual(t.parts.reduce((n, p) => n + p.chars, 0), t.chars);
    assert.strictEqual(t.parts[1].minutes, t.parts[1].chars / 220);
  });

  it("lectern/figures: indicator, period, growth or level, and the conflicts on each figure; lectern/figuresCsv", async () => {
    const draft = "file:///tmp/lectern-writer-figures.speech";
    client.open(draft, ["一、经济", "", "今年全县地区生产总值增长6.5%，地区生产总值达到300亿元。", "", "二、任务", "", "今年全县地区生产总值增长7.2%。", ""].join("\n"));
    await client.settledDiagnostics(draft, 1);
    const items = await client.request<{ text: string; metric?: string; period?: string; aspect: string; problems: { code: string }[] }[]>("lectern/figures", { textDocument: { uri: draft } });
    assert.deepStrictEqual(items.map((i) => [i.text, i.metric, i.aspect]), [["6.5%", "地区生产总值", "change"], ["300亿元", "地区生产总值", "level"], ["7.2%", "地区生产总值", "change"]]);
    assert.deepStrictEqual(items.map((i) => i.problems.map((p) => p.code)), [[], [], ["figure.conflict"]]);
    assert.ok(items[0].period?.startsWith("今年"));
    const csv = await client.request<string>("lectern/figuresCsv", { textDocument: { uri: draft } });
    const rows = csv.trim().split("\r\n");
    assert.strictEqual(rows.length, 4);
    assert.ok(rows[0].startsWith("line,column,text,metric"));
    assert.ok(rows[3].startsWith("7,13,7.2%,地区生产总值"), rows[3]);
  });
});
