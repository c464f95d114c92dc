/** Completion knows the draft's field (from its title and headings); hover shows source and date. Through a real language server. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CompletionItem, CompletionList, Hover, MarkupContent } from "vscode-languageserver/node";
import { LspTestClient } from "../support/lsp-client";

describe("language server: formulations by field", function () {
  let client: LspTestClient;
  let root: string;
  const health = "file:///tmp/lectern-field-health.speech";
  const education = "file:///tmp/lectern-field-education.speech";
  const plain = "file:///tmp/lectern-field-plain.speech";
  const body = "同志们：\n要健全\n坚持健全公共卫生体系。\n";

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-field-"));
    client = await LspTestClient.start({ rootDir: root, settings: { "lectern.diagnostics.delay": 0 } });
    client.open(health, "在全县卫生健康工作会议上的讲话\n" + body);
    client.open(education, "在全县教育工作会议上的讲话\n" + body);
    client.open(plain, "在全县工作会议上的讲话\n" + body);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const firstSlogans = async (uri: string) => {
    const r = await client.request<CompletionList | CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line: 2, character: 3 } });
    const items = Array.isArray(r) ? r : r.items;
    return items.filter((i) => !/^[增坚做]/.test(i.label)).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
  };

  it("a health draft gets the health formulations first, an education draft the education ones", async () => {
    const h = await firstSlogans(health);
    const e = await firstSlogans(education);
    const p = await firstSlogans(plain);
    assert.ok(h.length > 5 && e.length > 5, h.join(","));
    assert.ok(["健全公共卫生体系", "健全生育支持政策"].includes(h[0]), h.slice(0, 5).join(","));
    assert.ok(["健全学校家庭社会育人机制", "健全综合评价"].includes(e[0]), e.slice(0, 5).join(","));
    // Without a field the order is the plain one: shortest first.
    assert.ok(p[0].length <= p[1].length && !["健全公共卫生体系", "健全学校家庭社会育人机制"].includes(p[0]), p.slice(0, 5).join(","));
    assert.deepStrictEqual([...h].sort(), [...p].sort(), "the same formulations, in another order");
  });

  it("hover shows the entry's source and date", async () => {
    const hov = await client.request<Hover>("textDocument/hover", { textDocument: { uri: health }, position: { line: 3, character: 6 } });
    const md = (hov.contents as MarkupContent).value;
    assert.ok(md.includes("健全公共卫生体系"), md);
    assert.ok(md.includes("出处：党的二十大报告") && md.includes("日期 2022-10-16"), md);
  });
});
