/**
 * Suppression with care, over LSP: a finding's quick fixes go from the narrowest
 * (ignore this occurrence, remembered in .lectern/accepted.json by its words and
 * context, not its line) to accepting the word for the team, and turning the check
 * off comes last. The server runs the first two itself (workspace/executeCommand).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import type { CodeAction, Diagnostic } from "vscode-languageserver/node";
import { LspTestClient } from "../support/lsp-client";
import { runCli } from "../support/cli";

const text = ["一、统一思想", "", "全县党员干部要做到帜鲜明讲政治。", "", "二、明确任务", "", "各级干部始终做到帜鲜明讲政治，狠抓落实。", ""].join("\n");

describe("language server: ignore here, accept the word for the team, turn off last", function () {
  this.timeout(40000);
  let dir: string;
  let client: LspTestClient;
  let uri: string;
  let version = 1;
  const typos = (ds: Diagnostic[]) => ds.filter((d) => d.code === "slogan.typo");
  const actionsFor = (d: Diagnostic) => client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const accepted = () => JSON.parse(fs.readFileSync(path.join(dir, ".lectern", "accepted.json"), "utf8"));

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-accepted-"));
    uri = pathToFileURL(path.join(dir, "draft.speech")).href;
    fs.writeFileSync(path.join(dir, "draft.speech"), text);
    client = await LspTestClient.start({ rootDir: dir, settings: { "lectern.diagnostics.delay": 0, clientCommands: ["lectern.disableRule"] } });
    client.open(uri, text);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("orders the actions: ignore here, accept the word, then turn the check off", async () => {
    const ds = typos((await client.settledDiagnostics(uri, version)).diagnostics);
    assert.strictEqual(ds.length, 2, JSON.stringify(ds));
    const titles = (await actionsFor(ds[0])).map((a) => a.title);
    const at = (prefix: string) => titles.findIndex((t) => t.startsWith(prefix));
    assert.ok(at("忽略此处") >= 0 && at("接受“帜鲜明讲政治”") > at("忽略此处") && at("关闭此类检查") > at("接受“"), titles.join(" | "));
    assert.strictEqual(at("关闭此类检查"), titles.length - 1, "turning off is the last action");
  });

  it("ignore here: the occurrence is remembered by its words and context, and only it goes quiet, wherever its line moves", async () => {
    const [first] = typos((await client.settledDiagnostics(uri, version)).diagnostics);
    const ignore = (await actionsFor(first)).find((a) => a.title.startsWith("忽略此处"))!;
    assert.strictEqual(ignore.command?.command, "lectern.ignoreHere");
    const quiet = client.waitForDiagnostics(uri, (p) => typos(p.diagnostics).length === 1, 15000);
    const r = await client.request<{ file: string }>("workspace/executeCommand", ignore.command);
    assert.strictEqual(r.file, path.join(dir, ".lectern", "accepted.json"));
    const left = typos((await quiet).diagnostics);
    assert.strictEqual(left[0].range.start.line, 6, "the other occurrence is still reported");
    const entry = accepted().ignore[0];
    assert.deepStrictEqual([entry.code, entry.text, entry.before, entry.after], ["slogan.typo", "帜鲜明讲政治", "全县党员干部要做到", "。"]);
    assert.match(entry.added, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(!("line" in entry));
    // Two lines inserted above: the occurrence is still ignored (by context, not line).
    version++;
    const moved = "前言。\n\n" + text;
    const settled = client.waitForDiagnostics(uri, (p) => p.version === version && typos(p.diagnostics).length === 1 && typos(p.diagnostics)[0].range.start.line === 8, 15000);
    client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: moved }] });
    await settled;
    // The CLI reads the same file: lectern check in the folder reports one typo too.
    fs.writeFileSync(path.join(dir, "draft.speech"), moved);
    const cli = JSON.parse(runCli(["check", "draft.speech", "-f", "json"], dir).stdout);
    assert.deepStrictEqual(cli.files[0].diagnostics.filter((d: Diagnostic) => d.code === "slogan.typo").map((d: Diagnostic) => d.range.start.line), [8]);
  });

  it("accept the word for the team: every occurrence goes quiet, the team list keeps the ignored one too", async () => {
    const [d] = typos((await client.settledDiagnostics(uri, version)).diagnostics);
    const accept = (await actionsFor(d)).find((a) => a.title.startsWith("接受“"))!;
    assert.strictEqual(accept.command?.command, "lectern.acceptWord");
    const quiet = client.waitForDiagnostics(uri, (p) => typos(p.diagnostics).length === 0, 15000);
    await client.request("workspace/executeCommand", accept.command);
    await quiet;
    const file = accepted();
    assert.deepStrictEqual(file.words.map((w: { word: string }) => w.word), ["帜鲜明讲政治"]);
    assert.strictEqual(file.ignore.length, 1, "the earlier entry is kept");
    // Running it again adds nothing.
    await client.request("workspace/executeCommand", accept.command);
    assert.strictEqual(accepted().words.length, 1);
  });

  it("a broken accepted.json is reported at its place and never overwritten", async () => {
    const file = path.join(dir, ".lectern", "accepted.json");
    fs.writeFileSync(file, '{"words": [{"wrd": "x"}]}');
    const cli = runCli(["check", "draft.speech", "-f", "json"], dir);
    assert.match(cli.stdout + cli.stderr, /config\.invalid|accepted\.json/);
    await assert.rejects(client.request("workspace/executeCommand", { command: "lectern.acceptWord", arguments: [{ uri, word: "甲" }] }), /fix it first/);
    assert.strictEqual(fs.readFileSync(file, "utf8"), '{"words": [{"wrd": "x"}]}');
  });
});
