/**
 * Hostile messages to the built language server over stdio: a bad
 * Content-Length is logged and ends the server (the client restarts it), a
 * request with a numeric method gets an error reply, hover with null params is
 * InvalidParams, and a 30 MB document gets document.tooLarge.
 */
import * as assert from "assert";
import { spawn } from "child_process";
import { LspTestClient, SERVER_JS } from "../support/lsp-client";

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Starts the server, writes `input`, and collects stdout and stderr until it exits or `waitMs` passes. */
function rawSession(input: string, waitMs: number): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const proc = spawn(process.execPath, [SERVER_JS, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => (stdout += d));
    proc.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => proc.kill(), waitMs);
    proc.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
    proc.stdin.write(input);
  });
}

const INIT = frame(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));

describe("reliability: hostile messages to the language server", function () {
  this.timeout(120_000);

  for (const [what, header] of [
    ["not a number", "Content-Length: abc\r\n\r\n{}"],
    ["absurd", "Content-Length: 99999999999999\r\n\r\n{}"],
    ["zero", "Content-Length: 0\r\n\r\n"],
    ["missing", "Content-Type: application/json\r\n\r\n{}"],
  ]) {
    it(`a Content-Length that is ${what}: logged on stderr and the server exits (code 1) so the client restarts it`, async () => {
      const r = await rawSession(INIT + header, 20_000);
      assert.strictEqual(r.code, 1, `exit ${r.code} after ${r.ms} ms; ${r.stderr}`);
      assert.match(r.stderr, /bad message header: Content-Length/);
    });
  }

  it("a request whose method is a number gets an InvalidRequest reply; the server goes on", async () => {
    const r = await rawSession(INIT + frame(JSON.stringify({ jsonrpc: "2.0", id: 7, method: 5, params: {} })) + frame(JSON.stringify({ jsonrpc: "2.0", id: 8, method: "shutdown" })) + frame(JSON.stringify({ jsonrpc: "2.0", method: "exit" })), 20_000);
    assert.match(r.stdout, /"id":7,"error":\{"code":-32600,"message":"invalid request: the method must be a string, got 5"\}/);
    assert.match(r.stdout, /"id":8,"result":null/);
    assert.strictEqual(r.code, 0);
  });

  it("hover, completion and documentSymbol with null params: InvalidParams, not an internal error", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    try {
      for (const method of ["textDocument/hover", "textDocument/completion", "textDocument/documentSymbol"]) {
        await assert.rejects(client.request(method, null), (e: Error & { code?: number }) => e.code === -32602 && /textDocument\.uri/.test(e.message), method);
      }
      await assert.rejects(client.request("textDocument/hover", { textDocument: {}, position: { line: 0, character: 0 } }), (e: Error & { code?: number }) => e.code === -32602);
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });

  it("a 30 MB document gets document.tooLarge within seconds, and the server answers the next request", async () => {
    const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
    try {
      const uri = "file:///tmp/lectern-huge.speech";
      const text = ("一、正文内容。\n" + "这是一段很长的正文，约52万人左右参加。\n").repeat(500_000);
      assert.ok(text.length > 10_000_000, String(text.length));
      const t0 = Date.now();
      client.open(uri, text);
      const d = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "document.tooLarge"), 60_000);
      assert.ok(Date.now() - t0 < 30_000, `${Date.now() - t0} ms`);
      assert.ok(d.diagnostics.length <= 5001);
      const symbols = await client.request<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
    } finally {
      await client.stop();
    }
  });
});
