/**
 * Long sessions against the built server: memory stays flat over 1,000
 * open/edit/close cycles, the server never writes a file, and a draft over
 * the size limit still gets its outline with one information diagnostic.
 */
import * as assert from "assert";
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type DocumentSymbol } from "vscode-languageserver/node";
import { readCorpus } from "../support/corpus";
import { fileUri, LspTestClient, SERVER_JS } from "../support/lsp-client";

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  assert.ok(m, "no VmRSS in /proc status");
  return Number(m[1]);
}

/** Every file under `dir` with its size, mode, mtime and content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      if (st.isDirectory()) {
        out[path.relative(dir, p) + "/"] = `dir ${st.mode}`;
        walk(p);
      } else out[path.relative(dir, p)] = `${st.size} ${st.mode} ${st.mtimeMs} ${crypto.createHash("sha1").update(fs.readFileSync(p)).digest("hex")}`;
    }
  };
  walk(dir);
  return out;
}

describe("reliability: long sessions with the server", function () {
  this.timeout(180_000);

  it("memory stays flat over 1,000 open/edit/close cycles", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    const text = readCorpus("county-mobilization-speech.txt");
    const cycle = async (i: number) => {
      const uri = `file:///tmp/memory-${i}.speech`;
      client.open(uri, text);
      client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: `第${i}次修改。\r\n` }]);
      await client.request("textDocument/documentSymbol", { textDocument: { uri } });
      await client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } }, context: { diagnostics: [] } });
      client.close(uri);
    };
    try {
      for (let i = 0; i < 200; i++) await cycle(i);
      const warm = rssKb(client.proc.pid!);
      const samples: number[] = [];
      for (let i = 200; i < 1200; i++) {
        await cycle(i);
        if (i % 100 === 99) samples.push(rssKb(client.proc.pid!));
      }
      const end = samples[samples.length - 1];
      const peak = Math.max(...samples);
      console.log(`      RSS after 200 warm-up cycles ${Math.round(warm / 1024)} MB; every 100 of the next 1,000: ${samples.map((s) => Math.round(s / 1024)).join(", ")} MB`);
      // The performance budget: flat within ±10%.
      assert.ok(end <= warm * 1.1, `RSS grew from ${warm} kB to ${end} kB`);
      assert.ok(peak <= warm * 1.15, `RSS peaked at ${peak} kB from ${warm} kB`);
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });

  it("typing 500 characters into a paragraph of the 98 KB report and deleting them: RSS within ±10%, the young generation keeps its size, the JS heap in use stays flat", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    type Memory = { rss: number; heapUsed: number; spaces: Record<string, number> };
    const memory = () => client.request<Memory>("lectern/memory", {});
    const uri = "file:///tmp/report.speech";
    const text = readCorpus("20th-congress-report-2022.txt");
    const lines = text.split("\n");
    // A long body paragraph in the middle: every keystroke gives it a new text, so each one misses the line caches.
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 150);
    const at = (character: number) => ({ line, character });
    try {
      client.open(uri, text);
      await client.settledDiagnostics(uri, 1);
      let version = 1;
      const edit = async (change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }) => {
        const v = ++version;
        const published = client.waitForDiagnostics(uri, (p) => p.version === v);
        client.change(uri, v, [change]);
        await published;
      };
      // Warm-up: what a server allocates once (its code cache, written after the first analysis of a
      // fresh install; the structures the first edits build) is not growth over a long session.
      for (let i = 0; i < 50; i++) await edit({ range: { start: at(20 + i), end: at(20 + i) }, text: "的" });
      for (let i = 50; i > 0; i--) await edit({ range: { start: at(20 + i - 1), end: at(20 + i) }, text: "" });
      await new Promise((r) => setTimeout(r, 1000));
      const before = await memory();
      for (let i = 0; i < 500; i++) await edit({ range: { start: at(20 + i), end: at(20 + i) }, text: "的" });
      for (let i = 500; i > 0; i--) await edit({ range: { start: at(20 + i - 1), end: at(20 + i) }, text: "" });
      const after = await memory();
      const MB = (x: number) => Math.round(x / 2 ** 20);
      console.log(`      RSS ${MB(before.rss)} → ${MB(after.rss)} MB; young generation ${MB(before.spaces.new_space)} → ${MB(after.spaces.new_space)} MB; heap in use ${MB(before.heapUsed)} → ${MB(after.heapUsed)} MB`);
      assert.ok(after.rss <= before.rss * 1.1, `RSS grew from ${MB(before.rss)} to ${MB(after.rss)} MB`);
      assert.ok(after.spaces.new_space <= before.spaces.new_space, `the young generation grew from ${MB(before.spaces.new_space)} to ${MB(after.spaces.new_space)} MB`);
      // Each keystroke leaves one stale cached line, up to the caches' bound (3 caches of 512K characters: a few MB).
      // A cached line that kept its document version alive grew this by 60 KB an edit, 60 MB here.
      assert.ok(after.heapUsed - before.heapUsed <= 8 * 2 ** 20, `heap in use grew from ${MB(before.heapUsed)} to ${MB(after.heapUsed)} MB`);
    } finally {
      await client.stop();
    }
  });

  it("a draft over lectern.maxDocumentSize: outline as usual, numbering findings, exactly one document.tooLarge information diagnostic", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0, "lectern.maxDocumentSize": 1000 } });
    try {
      const uri = "file:///tmp/too-large.speech";
      // A slip only the segmenter phase would report (slogan.typo): it must not be reported, nor the segmenter loaded.
      const text = readCorpus("county-mobilization-speech.txt").replace("三、", "四、").replace("同志们：", "同志们：要做到帜鲜明讲政治。");
      client.open(uri, text);
      const p = await client.settledDiagnostics(uri, 1);
      const codes = new Set(p.diagnostics.map((d) => String(d.code).split(".")[0]));
      assert.deepStrictEqual([...codes].filter((c) => !["numbering", "structure", "document"].includes(c)), [], JSON.stringify([...codes]));
      assert.strictEqual((await client.request<{ segmenter: number }>("lectern/memory", {})).segmenter, 0);
      const tooLarge = p.diagnostics.filter((d) => d.code === "document.tooLarge");
      assert.strictEqual(tooLarge.length, 1, JSON.stringify(p.diagnostics));
      assert.strictEqual(tooLarge[0].severity, 3);
      assert.ok(p.diagnostics.some((d) => String(d.code).startsWith("numbering.")), JSON.stringify(p.diagnostics.map((d) => d.code)));
      const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.strictEqual(symbols.filter((s) => s.name !== "开场" && s.name !== "结尾").length, 3);
      // Every publish for this version carries it once, not once per phase.
      for (const q of client.diagnostics.get(uri)!) assert.ok(q.diagnostics.filter((d) => d.code === "document.tooLarge").length <= 1);
    } finally {
      await client.stop();
    }
  });

  it("never writes a file: workspace, working folder, HOME and TMPDIR are unchanged after a full session", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-nowrite-"));
    const workspace = path.join(base, "ws");
    const home = path.join(base, "home");
    const tmp = path.join(base, "tmp");
    for (const d of [workspace, home, tmp, path.join(workspace, ".lectern")]) fs.mkdirSync(d, { recursive: true });
    const draftPath = path.join(workspace, "draft.speech");
    const draft = "\uFEFF一、甲\r\n二、乙\r\n四、丁\r\n正文。\r\n";
    fs.writeFileSync(draftPath, draft);
    fs.writeFileSync(path.join(workspace, ".lectern", "team.pack.json"), '{"name": "t", "version": "1", "slogans": [{"text": 5}]}');
    fs.writeFileSync(path.join(workspace, ".lectern", "targets.json"), "{ not json");
    const before = snapshot(base);

    const proc = spawn(process.execPath, [SERVER_JS, "--stdio"], { cwd: workspace, env: { ...process.env, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, stdio: ["pipe", "pipe", "pipe"] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const published: { uri: string }[] = [];
    conn.onNotification("textDocument/publishDiagnostics", (p: { uri: string }) => published.push(p));
    conn.onRequest("workspace/configuration", () => [{ diagnostics: { delay: 0 } }]);
    conn.onRequest("client/registerCapability", () => null);
    conn.listen();
    const uri = fileUri(draftPath);
    try {
      await conn.sendRequest("initialize", {
        processId: process.pid,
        rootUri: fileUri(workspace),
        workspaceFolders: [{ uri: fileUri(workspace), name: "ws" }],
        initializationOptions: { "lectern.diagnostics.delay": 0 },
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      });
      await conn.sendNotification("initialized", {});
      await conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "speech", version: 1, text: draft } });
      await conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: "五、戊\r\n" }] });
      const actions = await conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } });
      assert.ok(Array.isArray(actions) && actions.length > 0, "no code actions to (not) apply");
      for (const method of ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "lectern/stats"]) await conn.sendRequest(method, { textDocument: { uri } });
      await conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
      await conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(path.join(workspace, ".lectern", "targets.json")), type: 2 }] });
      await new Promise((r) => setTimeout(r, 800));
      await conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
      await conn.sendRequest("shutdown");
      const exited = new Promise((r) => proc.once("exit", r));
      await conn.sendNotification("exit");
      await exited;
    } finally {
      if (proc.exitCode === null) proc.kill();
      conn.dispose();
    }
    assert.ok(published.some((p) => p.uri === uri), "the session published no diagnostics: it did not really run");
    assert.deepStrictEqual(snapshot(base), before);
  });
});
