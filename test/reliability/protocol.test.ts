/**
 * The protocol over a real stdio connection: whatever a client sends —
 * requests for documents it never opened, versions that go backwards, edits
 * during analysis, cancellations, shutdown — the server answers with LSP
 * errors or ignores it, and stays up.
 */
import * as assert from "assert";
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type DocumentSymbol } from "vscode-languageserver/node";
import { readCorpus } from "../support/corpus";
import { LspTestClient } from "../support/lsp-client";

const county = readCorpus("county-mobilization-speech.txt");
const position = { line: 0, character: 0 };
const range = { start: position, end: position };

/** Every request that takes a document, with the least params it needs. */
function documentRequests(uri: string): [string, unknown][] {
  const textDocument = { uri };
  return [
    ["textDocument/documentSymbol", { textDocument }],
    ["textDocument/foldingRange", { textDocument }],
    ["textDocument/hover", { textDocument, position }],
    ["textDocument/completion", { textDocument, position }],
    ["textDocument/codeAction", { textDocument, range, context: { diagnostics: [] } }],
    ["textDocument/semanticTokens/full", { textDocument }],
    ["lectern/stats", { textDocument }],
  ];
}

async function errorOf(p: Promise<unknown>): Promise<ResponseError<unknown> | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
}

describe("reliability: the protocol over stdio", function () {
  this.timeout(60_000);
  let client: LspTestClient;
  beforeEach(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
  });
  afterEach(async () => client.stop());

  it("requests for an unknown, a closed or a malformed document get InvalidParams errors, and the server lives on", async () => {
    const uri = "file:///tmp/closed.speech";
    client.open(uri, county);
    await client.request("textDocument/documentSymbol", { textDocument: { uri } });
    client.close(uri);
    for (const target of ["file:///nowhere.speech", uri, "not a uri", ""]) {
      for (const [method, params] of documentRequests(target)) {
        const e = await errorOf(client.request(method, params));
        assert.ok(e, `${method} for ${target} answered instead of failing`);
        assert.strictEqual(e.code, ErrorCodes.InvalidParams, `${method} for ${target}: ${e.message}`);
      }
    }
    // Params of the wrong shape altogether.
    for (const params of [null, {}, { textDocument: null }, { textDocument: { uri: 42 } }]) {
      const e = await errorOf(client.request("textDocument/documentSymbol", params));
      assert.ok(e && typeof e.code === "number", `documentSymbol with ${JSON.stringify(params)}`);
    }
    assert.ok(client.alive);
    const again = "file:///tmp/again.speech";
    client.open(again, "一、甲\n正文。\n");
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: again } });
    assert.strictEqual(symbols[0].name, "一、甲");
  });

  it("a didChange whose version goes backwards (or repeats) is ignored; the next newer one applies", async () => {
    const uri = "file:///tmp/versions.speech";
    client.open(uri, "一、原文\n正文。\n", "speech", 5);
    const whole = (text: string) => [{ text }];
    client.change(uri, 3, whole("一、旧版本\n"));
    client.change(uri, 5, whole("一、同一版本\n"));
    let symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepStrictEqual(symbols.map((s) => s.name), ["一、原文"]);
    assert.ok(client.messages.some((m) => /version 3 is not newer than 5/.test(m.message)), JSON.stringify(client.messages));
    client.change(uri, 6, whole("一、新版本\n二、又一节\n"));
    symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepStrictEqual(symbols.map((s) => s.name), ["一、新版本", "二、又一节"]);
    // Diagnostics are never published for an ignored version.
    await client.waitForDiagnostics(uri, (p) => p.version === 6, 15000, true);
    assert.ok(!(client.diagnostics.get(uri) ?? []).some((p) => p.version === 3));
  });

  it("edits outside the document, changes to unopened documents and ranges past the end do not break it", async () => {
    const uri = "file:///tmp/odd-edits.speech";
    client.open(uri, "一、甲\n正文。\n");
    client.change("file:///never-opened.speech", 2, [{ text: "x" }]);
    client.change(uri, 2, [{ range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: "\n二、乙\n" }]);
    client.change(uri, 3, [{ range: { start: { line: -1, character: -5 }, end: { line: 0, character: 1 } }, text: "" }]);
    client.notify("textDocument/didClose", { textDocument: { uri: "file:///never-opened.speech" } });
    client.notify("lectern/unknownNotification", { x: 1 });
    const e = await errorOf(client.request("lectern/unknownRequest", {}));
    assert.strictEqual(e?.code, ErrorCodes.MethodNotFound);
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.ok(symbols.length >= 1);
    assert.ok(client.alive);
  });

  it("a didChange during analysis of a large draft: only the latest version's diagnostics remain, for its text", async () => {
    const uri = "file:///tmp/during.speech";
    const big = readCorpus("20th-congress-report-2022.txt").repeat(8);
    client.open(uri, big);
    // Sent while version 1 is being analysed: each replaces the whole text.
    client.change(uri, 2, [{ text: big + "\n十六、新增\n" }]);
    client.change(uri, 3, [{ text: "一、甲\n二、乙\n四、丁\n正文。\n" }]);
    const p = await client.settledDiagnostics(uri, 3, 30000);
    assert.strictEqual(p.version, 3);
    const list = client.diagnostics.get(uri)!;
    // Nothing for an older version arrives after version 3's.
    const first3 = list.findIndex((d) => d.version === 3);
    assert.ok(list.slice(first3).every((d) => d.version === 3), JSON.stringify(list.map((d) => d.version)));
    for (const d of p.diagnostics) assert.ok(d.range.end.line <= 4, `diagnostic from an old version: ${JSON.stringify(d.range)}`);
    assert.ok(p.diagnostics.some((d) => d.code === "numbering.sequence" && d.range.start.line === 2), JSON.stringify(p.diagnostics));
  });

  it("$/cancelRequest: a request cancelled while the server is busy gets RequestCancelled; the server answers the next one", async () => {
    const uri = "file:///tmp/huge.speech";
    const para = readCorpus("government-work-report-2024.txt");
    client.open(uri, para.repeat(Math.ceil(5_000_000 / para.length)));
    // The first request parses 5 MB (busy for a while); the second is cancelled while it waits.
    const first = client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    const source = new CancellationTokenSource();
    const second = client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri } }, source.token);
    source.cancel();
    const third = new CancellationTokenSource();
    const cancelledLate = client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } }, third.token);
    setTimeout(() => third.cancel(), 5);
    assert.ok((await first).length > 0);
    const e = await errorOf(second);
    assert.strictEqual(e?.code, LSPErrorCodes.RequestCancelled, `cancelled request: ${e ? e.message : "answered"}`);
    // Cancelled late, it may have finished already: an answer or RequestCancelled, never anything else.
    const late = await errorOf(cancelledLate);
    assert.ok(!late || late.code === LSPErrorCodes.RequestCancelled, late?.message);
    const folds = await client.request<unknown[]>("textDocument/foldingRange", { textDocument: { uri } });
    assert.ok(Array.isArray(folds));
    assert.ok(client.alive);
  });

  it("a client that claims configuration and file watching but refuses the server's registrations and configuration requests: the server logs it and keeps serving", async () => {
    const refusing = await LspTestClient.start({
      settings: { "lectern.diagnostics.delay": 0 },
      refuseServerRequests: true,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    try {
      const uri = "file:///tmp/refusing-client.speech";
      refusing.open(uri, "一、甲\n二、乙\n四、丁\n");
      const p = await refusing.settledDiagnostics(uri, 1);
      assert.ok(p.diagnostics.some((d) => d.code === "numbering.sequence"), JSON.stringify(p.diagnostics));
      refusing.notify("workspace/didChangeConfiguration", { settings: null });
      const symbols = await refusing.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.strictEqual(symbols.length, 3);
      assert.ok(refusing.alive, refusing.stderr);
      assert.ok(!/Unhandled|unhandled/.test(refusing.stderr), refusing.stderr);
    } finally {
      await refusing.stop();
    }
  });

  it("shutdown then exit: the process exits with code 0; requests after shutdown are refused", async () => {
    assert.strictEqual(await client.request("shutdown", null), null);
    const e = await errorOf(client.request("textDocument/documentSymbol", { textDocument: { uri: "file:///x.speech" } }));
    assert.ok(e, "a request after shutdown was answered");
    const exited = new Promise<number | null>((resolve) => client.proc.once("exit", (code) => resolve(code)));
    client.notify("exit", null);
    assert.strictEqual(await exited, 0);
  });

  it("exit without shutdown: the process exits with code 1, as the protocol says", async () => {
    const exited = new Promise<number | null>((resolve) => client.proc.once("exit", (code) => resolve(code)));
    client.notify("exit", null);
    assert.strictEqual(await exited, 1);
  });

  it("the client's stdin closing ends the server instead of leaving it running", async () => {
    const exited = new Promise<number | null>((resolve) => client.proc.once("exit", (code) => resolve(code)));
    client.proc.stdin!.end();
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise<string>((r) => (timer = setTimeout(() => r("still running"), 10_000)))]);
    clearTimeout(timer);
    assert.notStrictEqual(code, "still running");
  });
});
