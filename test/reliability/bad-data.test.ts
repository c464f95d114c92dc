/**
 * Malformed packs, target tables and settings: each problem is reported at
 * its JSON path and place, through the server and the CLI, and everything
 * that is still valid keeps working.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { DocumentSymbol, PublishDiagnosticsParams } from "vscode-languageserver/node";
import { DATA_SOURCES, LineIndex, validateJson, MAX_DATA_FILE } from "../../server/src/core";
import { PackSchema } from "../../server/src/core/slogans/schema";
import { spawnSync } from "child_process";
import * as os from "os";
import { fileUri, LspTestClient } from "../support/lsp-client";

/** A malformed file, the JSON path its first problem must name, and the text that problem must point at. */
interface BadFile {
  name: string;
  text: string;
  path: string;
  at?: string;
}

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
function runCli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bad-data-"));

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

/** Problems any JSON data file can have, for a file expected to hold an object. */
const GENERIC: BadFile[] = [
  { name: "empty", text: "", path: "(root)" },
  { name: "whitespace only", text: " \n\t\n", path: "(root)" },
  { name: "syntax error", text: '{\n  "name": "x",\n  oops\n}', path: "(root)", at: "oops" },
  { name: "truncated", text: '{"name": "x", "slogans": [', path: "(root)" },
  { name: "an array at the top", text: "[1, 2, 3]", path: "(root)", at: "[1, 2, 3]" },
  { name: "nested 10,000 deep", text: `{"x": ${deep(10_000)}}`, path: "(root)" },
  { name: "over the size limit", text: `{"x": "${"字".repeat(MAX_DATA_FILE)}"}`, path: "(root)" },
];

/** Per data source: a wrong type and an unknown key, at a path inside the file. */
const SPECIFIC: Record<string, { file: string; bad: BadFile[]; valid: string }> = {
  slogans: {
    file: ".lectern/team.pack.json",
    valid: JSON.stringify({ name: "team", version: "1", slogans: [{ text: "新质生产力测试提法" }] }),
    bad: [
      { name: "wrong type", text: '{\n  "name": "t",\n  "version": "1",\n  "slogans": [{"text": "四个意识"}, {"text": 42}]\n}', path: "slogans[1].text", at: "42" },
      { name: "unknown key", text: '{"name": "t", "version": "1", "slogans": [{"text": "四个意识", "colour": "red"}]}', path: "slogans[0]", at: '"colour"' },
      { name: "missing field", text: '{"version": "1"}', path: "name" },
    ],
  },
  targets: {
    file: ".lectern/targets.json",
    valid: JSON.stringify({ targets: [{ metric: "地区生产总值增速", value: 5, unit: "%", year: 2024 }] }),
    bad: [
      { name: "wrong type", text: '{"targets": [{"metric": "地区生产总值", "value": "五", "unit": "亿元"}]}', path: "targets[0].value", at: '"五"' },
      { name: "unknown key", text: '{"targets": [], "extra": true}', path: "(root)", at: '"extra"' },
      { name: "wrong container", text: '{"targets": {"metric": "x"}}', path: "targets", at: '{"metric": "x"}' },
    ],
  },
  sources: {
    file: ".lectern/sources/report.json",
    valid: JSON.stringify({ title: "报告", names: ["党的二十大报告"], kind: "speech" }),
    bad: [
      { name: "wrong type", text: '{\n  "title": 42\n}', path: "title", at: "42" },
      { name: "unknown key", text: '{"title": "报告", "colour": "red"}', path: "(root)", at: '"colour"' },
      { name: "missing field", text: '{"names": ["报告"]}', path: "title" },
    ],
  },
  project: {
    file: ".lectern/config.json",
    valid: JSON.stringify({ include: ["*.speech"], exclude: ["archive/"] }),
    bad: [
      { name: "wrong type", text: '{\n  "include": "*.speech"\n}', path: "include", at: '"*.speech"' },
      { name: "unknown key", text: '{"include": ["*.speech"], "exlude": []}', path: "(root)", at: '"exlude"' },
      { name: "empty pattern", text: '{"exclude": ["archive/", ""]}', path: "exclude[1]", at: '""' },
    ],
  },
  accepted: {
    file: ".lectern/accepted.json",
    valid: JSON.stringify({ words: [{ word: "某某工程", added: "2025-01-10" }], ignore: [] }),
    bad: [
      { name: "wrong type", text: '{"words": [{"word": 42}]}', path: "words[0].word", at: "42" },
      { name: "unknown key", text: '{"words": [], "wrds": []}', path: "(root)", at: '"wrds"' },
      { name: "bad date", text: '{"words": [{"word": "甲", "added": "yesterday"}]}', path: "words[0].added", at: '"yesterday"' },
    ],
  },
};

describe("reliability: bad packs, target tables and settings", function () {
  this.timeout(60_000);

  it("every registered data source has malformed-file cases here", () => {
    assert.ok(DATA_SOURCES.length > 0, "no data sources registered");
    for (const s of DATA_SOURCES) assert.ok(SPECIFIC[s.id], `add malformed-file cases for data source "${s.id}"`);
  });

  it("validateJson and every data source report each malformed file at its JSON path and place, without throwing", () => {
    for (const source of DATA_SOURCES) {
      const spec = SPECIFIC[source.id];
      for (const bad of [...GENERIC, ...spec.bad]) {
        const file = `/ws/${spec.file}`;
        const t = Date.now();
        const r = source.load([{ path: file, text: bad.text }], {} as never);
        assert.ok(Date.now() - t < 5000, `${source.id} ${bad.name}: ${Date.now() - t} ms`);
        const problems = r.problems.find((p) => p.path === file)?.problems ?? [];
        assert.ok(problems.length > 0, `${source.id}, ${bad.name}: no problem reported`);
        const p = problems.find((q) => q.path === bad.path);
        assert.ok(p, `${source.id}, ${bad.name}: no problem at ${bad.path}: ${JSON.stringify(problems)}`);
        assert.ok(0 <= p.span.start && p.span.start <= p.span.end && p.span.end <= Math.max(bad.text.length, 1), `${bad.name}: span ${JSON.stringify(p.span)}`);
        if (bad.at) assert.strictEqual(bad.text.slice(p.span.start, p.span.end).slice(0, bad.at.length), bad.at, `${source.id}, ${bad.name}: points at the wrong text`);
        assert.ok(r.value !== undefined, `${source.id}, ${bad.name}: no usable value`);
      }
    }
  });

  it("a pack is data: regex-like and code-like strings are plain text, matched literally and fast", () => {
    const evil = "(a+)+$";
    const pack = { name: "evil", version: "1", slogans: [{ text: "(a+)+(a+)+(a+)+b" }, { text: "require('fs')" }, { text: "${process.exit()}" }, { text: ".*.*.*.*.*.*x" }] };
    const r = validateJson(JSON.stringify(pack), PackSchema);
    assert.ok(r.ok, JSON.stringify(r.problems));
    const source = DATA_SOURCES.find((s) => s.id === "slogans")!;
    const loaded = source.load([{ path: "/ws/.lectern/evil.pack.json", text: JSON.stringify(pack) }], {} as never);
    assert.deepStrictEqual(loaded.problems, []);
    assert.ok(evil.length > 0);
  });

  describe("through the server", () => {
    let dir: string;
    let client: LspTestClient;
    const draft = "一、推动新质生产力测试提法发展\n正文。\n";
    before(async () => {
      dir = tempDir();
      fs.mkdirSync(path.join(dir, ".lectern"));
      fs.writeFileSync(path.join(dir, ".lectern", "good.pack.json"), SPECIFIC.slogans.valid);
      fs.writeFileSync(path.join(dir, ".lectern", "bad.pack.json"), SPECIFIC.slogans.bad[0].text);
      fs.writeFileSync(path.join(dir, ".lectern", "empty.pack.json"), "");
      fs.writeFileSync(path.join(dir, ".lectern", "deep.pack.json"), `{"x": ${deep(5000)}}`);
      fs.writeFileSync(path.join(dir, ".lectern", "huge.pack.json"), `{"name": "${"x".repeat(10_000_000)}"}`);
      fs.writeFileSync(path.join(dir, ".lectern", "targets.json"), SPECIFIC.targets.bad[0].text);
      fs.writeFileSync(path.join(dir, ".lectern", "config.json"), SPECIFIC.project.bad[0].text);
      client = await LspTestClient.start({ rootDir: dir, settings: { "lectern.diagnostics.delay": 0 } });
    });
    after(async () => client.stop());

    const problemsFor = (name: string) => client.waitForDiagnostics(fileUri(path.join(dir, ".lectern", name)), (p) => p.diagnostics.length > 0, 15000, true);

    it("publishes each bad file's problems in that file, at the JSON path's place", async () => {
      const bad = await problemsFor("bad.pack.json");
      const text = SPECIFIC.slogans.bad[0].text;
      const d = bad.diagnostics.find((x) => x.message.startsWith("slogans[1].text"));
      assert.ok(d, JSON.stringify(bad.diagnostics));
      const index = new LineIndex(text);
      assert.strictEqual(text.slice(index.offset(d.range.start), index.offset(d.range.end)), "42");
      assert.strictEqual(d.range.start.line, 3);
      const targets = await problemsFor("targets.json");
      assert.ok(targets.diagnostics.some((x) => x.message.startsWith("targets[0].value")), JSON.stringify(targets.diagnostics));
      const config = await problemsFor("config.json");
      const include = config.diagnostics.find((x) => x.message.startsWith("include"));
      assert.ok(include && include.code === "config.invalid" && include.range.start.line === 1, JSON.stringify(config.diagnostics));
      for (const name of ["empty.pack.json", "deep.pack.json", "huge.pack.json"]) {
        const p: PublishDiagnosticsParams = await problemsFor(name);
        assert.ok(p.diagnostics[0].message.length > 0, name);
      }
    });

    it("keeps serving with the valid pack: its formulation is recognised, and the outline works", async () => {
      const uri = fileUri(path.join(dir, "draft.speech"));
      client.open(uri, draft);
      await client.settledDiagnostics(uri, 1);
      const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.strictEqual(symbols[0].name, "一、推动新质生产力测试提法发展");
      const col = draft.indexOf("新质生产力测试提法") + 2;
      const hover = await client.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: col } });
      assert.ok(hover && hover.contents.value.includes("新质生产力测试提法"), `the valid pack's formulation has no hover: ${JSON.stringify(hover)}`);
      assert.ok(client.alive);
    });
  });

  it("the CLI names the file and the JSON path of each problem, exits 2, and still checks the drafts", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".lectern"));
    fs.writeFileSync(path.join(dir, ".lectern", "bad.pack.json"), SPECIFIC.slogans.bad[0].text);
    fs.writeFileSync(path.join(dir, ".lectern", "targets.json"), "{ nope");
    fs.writeFileSync(path.join(dir, "a.speech"), "一、甲\n二、乙\n四、丁\n正文。\n");
    const r = runCli(["check", "a.speech", "--format", "json"], dir);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /bad\.pack\.json:4:\d+: slogans\[1\]\.text: /);
    assert.match(r.stderr, /targets\.json:1:\d+: .*JSON syntax error/);
    const files = JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string }[] }[];
    assert.ok(files.find((f) => f.path.endsWith("a.speech"))!.diagnostics.some((d) => d.code === "numbering.sequence"));
  });

  it("bad and unknown settings in initializationOptions and workspace/configuration: a warning each, defaults used", async () => {
    const client = await LspTestClient.start({
      settings: { "lectern.readingRate": "fast", "lectern.maxDocumentSize": -1, "lectern.bogus": 1, "lectern.diagnostics.delay": 0 },
      configuration: { readingRate: 5, enableFor: "all", numbering: { cnDun: [] }, unknownThing: { deep: true }, diagnostics: { delay: 0 } },
    });
    try {
      const uri = "file:///tmp/settings.speech";
      client.open(uri, "一、甲\n" + "字".repeat(220) + "\n");
      await client.settledDiagnostics(uri, 1);
      const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      // The default reading rate (220 a minute) applies.
      assert.strictEqual(symbols[0].detail, "223字 · 约1分1秒");
      const warnings = client.messages.filter((m) => m.type === 2).map((m) => m.message).join("\n");
      for (const key of ["lectern.readingRate", "lectern.maxDocumentSize", "lectern.bogus", "lectern.enableFor", "lectern.numbering.cnDun", "lectern.unknownThing"]) assert.ok(warnings.includes(key), `no warning for ${key}:\n${warnings}`);
      // A later didChangeConfiguration with a bad value: warned, and the server still answers.
      client.configuration = { readingRate: [], diagnostics: { delay: 0 } };
      client.notify("workspace/didChangeConfiguration", { settings: null });
      await new Promise((r) => setTimeout(r, 300));
      const again = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.strictEqual(again[0].detail, "223字 · 约1分1秒");
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });
});
