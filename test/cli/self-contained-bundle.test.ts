/**
 * Each bundle runs alone: dist/cli.js and dist/server.js, with the bundles beside
 * them (dist/cli.bundle, dist/server.bundle), copied into an empty folder (no
 * node_modules above them, so the embedded WebAssembly segmenter runs) give the
 * same findings as in place. A segmenter
 * that cannot load is an error with its reason, never fewer findings.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PublishDiagnosticsParams } from "vscode-languageserver/node";
import { CORPUS_DIR } from "../support/corpus";
import { LspTestClient, fileUri, SERVER_JS } from "../support/lsp-client";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
// Figures whose metrics need the segmenter's tags (two conflicts), and corpus drafts with formulations and typo candidates.
const FIGURES = "同志们：\n2023年，全县地区生产总值完成55亿元，增长6.1%。规上工业增加值增长8.2%。\n2023年，全县地区生产总值完成58亿元，增长6.1%；规上工业增加值增长7.5%。\n";
const DRAFTS: string[] = [];

let alone: string;
before(() => {
  alone = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-alone-"));
  for (const f of [CLI_JS, SERVER_JS, CLI_JS.replace(/\.js$/, ".bundle"), SERVER_JS.replace(/\.js$/, ".bundle")]) fs.copyFileSync(f, path.join(alone, path.basename(f)));
  const drafts = path.join(alone, "drafts");
  fs.mkdirSync(drafts);
  fs.writeFileSync(path.join(drafts, "figures.speech"), FIGURES);
  DRAFTS.push(path.join(drafts, "figures.speech"), ...["county-mobilization-speech.txt", "government-work-report-2024.txt"].map((f) => path.join(CORPUS_DIR, f)));
});
after(() => fs.rmSync(alone, { recursive: true, force: true }));

function check(cli: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, "check", "--no-workspace", "--format", "json", ...DRAFTS], { encoding: "utf8", maxBuffer: 1 << 26, cwd: os.tmpdir(), env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("self-contained bundles: a launcher and its bundle", () => {
  it("dist/cli.js and its bundle copied alone give byte-identical findings, with figure and typo findings among them", function () {
    this.timeout(60_000);
    const here = check(CLI_JS);
    const copied = check(path.join(alone, "cli.js"));
    assert.strictEqual(copied.stderr, "");
    assert.strictEqual(copied.status, here.status);
    assert.strictEqual(copied.stdout, here.stdout);
    const codes = new Set((JSON.parse(copied.stdout) as { files: { diagnostics: { code: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.code)));
    assert.ok(codes.has("figure.conflict"), `figure findings: ${[...codes].join(" ")}`);
    assert.ok(codes.has("slogan.typo"), `typo findings: ${[...codes].join(" ")}`);
  });

  it("the CLI says why when the segmenter it was told to use cannot load: exit 3, a reason on stderr, no report", () => {
    const r = check(path.join(alone, "cli.js"), { LECTERN_SEGMENTER: "native" });
    assert.strictEqual(r.status, 3, r.stderr);
    assert.strictEqual(r.stdout, "");
    assert.match(r.stderr, /^lectern check: the native segmenter \(@node-rs\/jieba\) is not available here: .*nothing was checked\n$/);
    const bad = check(CLI_JS, { LECTERN_SEGMENTER: "fast" });
    assert.strictEqual(bad.status, 3);
    assert.match(bad.stderr, /LECTERN_SEGMENTER must be auto, native or wasm \(got "fast"\)/);
  });

  /** The publication of version 1 that holds the figure checks' findings (the complete phase), and the client. */
  async function complete(serverJs: string): Promise<{ last: PublishDiagnosticsParams; client: LspTestClient }> {
    const client = await LspTestClient.start({ serverJs });
    const uri = fileUri(DRAFTS[0]);
    client.open(uri, FIGURES);
    return { last: await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0, 30_000, true), client };
  }

  it("dist/server.js and its bundle copied alone publish the same diagnostics over LSP", async function () {
    this.timeout(60_000);
    const here = await complete(SERVER_JS);
    await here.client.stop();
    const copied = await complete(path.join(alone, "server.js"));
    await copied.client.stop();
    assert.deepStrictEqual(copied.last.diagnostics.map((d) => d.code), ["figure.conflict", "figure.conflict"]);
    // codeDescription links the rule's page in docs/, which a copied bundle has not got beside it.
    const findings = (p: PublishDiagnosticsParams) => p.diagnostics.map(({ codeDescription: _, ...d }) => d);
    assert.deepStrictEqual(findings(copied.last), findings(here.last));
  });

  it("a server whose segmenter cannot load keeps its first diagnostics, logs the reason and tells the user once", async function () {
    this.timeout(60_000);
    const client = await LspTestClient.start({ serverJs: path.join(alone, "server.js"), env: { LECTERN_SEGMENTER: "native" } });
    try {
      const uri = fileUri(DRAFTS[0]);
      client.open(uri, FIGURES);
      const first = await client.waitForDiagnostics(uri, (p) => p.version === 1, 30_000, true);
      for (let waited = 0; !client.messages.some((m) => m.type === 1 && /figure and typo checks are not running/.test(m.message)) && waited < 30_000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const said = client.messages.filter((m) => m.type === 1 && /segmenter/.test(m.message));
      assert.ok(said.some((m) => /could not load the word segmenter: the native segmenter \(@node-rs\/jieba\) is not available here/.test(m.message)), JSON.stringify(said));
      assert.strictEqual(said.filter((m) => /figure and typo checks are not running/.test(m.message)).length, 1, JSON.stringify(said));
      assert.deepStrictEqual(first.diagnostics, [], "the fast phase has no figure findings: nothing is published as if complete");
      assert.ok(client.alive, "the server lives on");
    } finally {
      await client.stop();
    }
  });
});
