/**
 * One model of a speech's parts (开场, the sections, 结尾, 落款) feeds `lectern stats`,
 * `lectern outline` and the server's outline (documentSymbol) and statistics: the
 * same part has the same length everywhere, and the top-level parts add up to the draft.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { DocumentSymbol } from "vscode-languageserver/node";
import { runCli, tempDir } from "../support/cli";
import { LspTestClient } from "../support/lsp-client";

const text = [
  "关于做好今年重点工作的讲话",
  "",
  "同志们：",
  "今天召开会议，主要任务是部署今年的重点工作。",
  "一、统一思想",
  "一是提高站位，把思想统一到部署上来。二是压实责任，层层传导压力。",
  "二、明确任务",
  "全年地区生产总值增长6%左右。",
  "三、强化保障",
  "各级各部门要加强协调配合。",
  "四、狠抓落实",
  "要把各项任务分解到岗、落实到人。",
  "同志们，让我们团结一心，为完成全年目标任务而努力奋斗！",
  "",
  "附件：1.重点任务分工表",
  "县人民政府",
  "2025年1月10日",
  "",
].join("\n");

type Part = { name: string; level: number; line: number; chars: number; part: string };
const charsOf = (detail: string) => Number(/^(\d+)字/.exec(detail)![1]);

describe("one truth for lengths and times: stats, outline and the server's outline", function () {
  this.timeout(30000);
  const dir = tempDir();
  const file = path.join(dir, "parts.speech");
  fs.writeFileSync(file, text);
  const stats = JSON.parse(runCli(["stats", file, "-f", "json"]).stdout) as { chars: number; bySection: Part[] };

  it("lectern stats lists 开场, the sections, 结尾 and 落款, and the top-level parts add up to chars", () => {
    const top = stats.bySection.filter((s) => s.level === 1);
    assert.deepStrictEqual(top.map((s) => `${s.part} ${s.name}`), ["opening 开场", "heading 一、统一思想", "heading 二、明确任务", "heading 三、强化保障", "heading 四、狠抓落实", "closing 结尾", "signOff 落款"]);
    assert.strictEqual(top.reduce((n, s) => n + s.chars, 0), stats.chars);
    // 四、's own text only: 结尾 is not counted in it twice.
    assert.strictEqual(top[4].chars, [..."四、狠抓落实要把各项任务分解到岗、落实到人。"].length);
    assert.strictEqual(top[6].chars, [..."附件：1.重点任务分工表县人民政府2025年1月10日"].length);
    assert.deepStrictEqual(stats.bySection.filter((s) => s.part === "item").map((s) => s.level), [2, 2]);
  });

  it("lectern outline gives every node the same characters, in the same order", () => {
    const outline = JSON.parse(runCli(["outline", file, "-f", "json"]).stdout).outline as DocumentSymbol[];
    const flat = (syms: DocumentSymbol[], level = 1): { name: string; level: number; chars: number; line: number }[] =>
      syms.flatMap((s) => [{ name: s.name, level, chars: charsOf(s.detail!), line: s.range.start.line }, ...flat(s.children ?? [], level + 1)]);
    assert.deepStrictEqual(flat(outline), stats.bySection.map(({ name, level, chars, line }) => ({ name, level, chars, line })));
  });

  it("the server's documentSymbol and lectern/stats say the same", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    try {
      const uri = "file:///tmp/lectern-parts-test.speech";
      client.open(uri, text);
      const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      const served = await client.request<{ chars: number; bySection: Part[] }>("lectern/stats", { textDocument: { uri } });
      assert.deepStrictEqual(symbols.map((s) => [s.name, charsOf(s.detail!)]), served.bySection.filter((s) => s.level === 1).map((s) => [s.name, s.chars]));
      assert.deepStrictEqual(served.bySection.map((s) => s.chars), stats.bySection.map((s) => s.chars));
      assert.strictEqual(served.chars, stats.chars);
      // Headings and parts are String symbols, as the Markdown outline's headings; no namespace {}.
      assert.ok(symbols.every((s) => s.kind === 15), JSON.stringify(symbols.map((s) => s.kind)));
    } finally {
      await client.stop();
    }
  });
});
