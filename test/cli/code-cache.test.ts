/**
 * dist/cli.js and dist/server.js are launchers; beside each, dist/cli.bundle and
 * dist/server.bundle hold the bundle and the segmenter's WebAssembly (esbuild.js,
 * scripts/launcher.js). The launcher
 * compiles the bundle with a V8 code cache kept beside the file: the first
 * analysing run writes it (the server, after its first complete analysis), later
 * runs read it, and whatever happens to the cache (missing, corrupt, from
 * another build, an unwritable folder, turned off) the findings are the same.
 * Driven on copies of the built files in temporary folders.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CORPUS_DIR } from "../support/corpus";
import { LspTestClient, SERVER_JS } from "../support/lsp-client";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const DRAFT = path.join(CORPUS_DIR, "county-mobilization-speech.txt");

function run(cli: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The file beside a launcher that holds its bundle. */
const bundleOf = (launcher: string) => launcher.replace(/\.js$/, ".bundle");

/** A fresh copy of a launcher and its bundle in a folder of their own. */
function copyLauncher(from: string, name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-launcher-"));
  const to = path.join(dir, name);
  fs.copyFileSync(from, to);
  fs.copyFileSync(bundleOf(from), bundleOf(to));
  return to;
}

/** A fresh copy of the CLI in its own folder, and where its cache goes. */
function copy(): { cli: string; cacheDir: string } {
  const cli = copyLauncher(CLI_JS, "cli.js");
  return { cli, cacheDir: path.join(path.dirname(cli), ".lectern-cache") };
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".v8")) : []);

describe("CLI: the launcher's code cache", function () {
  this.timeout(60_000);
  const check = ["check", DRAFT, "--no-workspace", "--format", "json"];
  let expected: string;
  before(() => {
    expected = run(CLI_JS, check, { LECTERN_COMPILE_CACHE: "0" }).stdout;
    assert.ok(JSON.parse(expected).files[0].diagnostics.length > 0);
  });

  it("the first analysing run writes the cache, later runs read it, and the findings never change", () => {
    const { cli, cacheDir } = copy();
    // --version and --help compile little: they do not write a cache that later runs would take.
    assert.strictEqual(run(cli, ["--version"]).status, 0);
    assert.deepStrictEqual(cacheFiles(cacheDir), []);
    const first = run(cli, check);
    assert.strictEqual(first.stdout, expected);
    const files = cacheFiles(cacheDir);
    assert.strictEqual(files.length, 1, "no cache after the first check");
    assert.match(files[0], new RegExp(`^cli\\.js-[0-9a-f]{16}-${process.version.replace(/\./g, "\\.")}-${process.arch}\\.v8$`));
    const written = fs.statSync(path.join(cacheDir, files[0])).mtimeMs;
    const second = run(cli, check);
    assert.strictEqual(second.stdout, expected);
    // Read, not rewritten.
    assert.strictEqual(fs.statSync(path.join(cacheDir, files[0])).mtimeMs, written);
  });

  it("a corrupt cache is rejected and replaced; a stale one of another build is removed", () => {
    const { cli, cacheDir } = copy();
    run(cli, check);
    const [name] = cacheFiles(cacheDir);
    fs.writeFileSync(path.join(cacheDir, name), Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(cacheDir, "cli.js-0000000000000000-v0.0.0-x64.v8"), "old");
    const r = run(cli, check);
    assert.strictEqual(r.stderr, "");
    assert.strictEqual(r.stdout, expected);
    assert.deepStrictEqual(cacheFiles(cacheDir), [name]);
    assert.ok(fs.statSync(path.join(cacheDir, name)).size > 100_000, "the corrupt cache was not replaced by a real one");
  });

  it("LECTERN_COMPILE_CACHE=0 neither reads nor writes; an unwritable folder only means no cache", () => {
    const off = copy();
    assert.strictEqual(run(off.cli, check, { LECTERN_COMPILE_CACHE: "0" }).stdout, expected);
    assert.deepStrictEqual(cacheFiles(off.cacheDir), []);

    const ro = copy();
    // A file where the cache folder would be: mkdir fails, as on a read-only install.
    fs.writeFileSync(ro.cacheDir, "not a folder");
    const r = run(ro.cli, check);
    assert.strictEqual(r.stderr, "");
    assert.strictEqual(r.stdout, expected);
  });

  it("the WebAssembly segmenter stored after the bundle gives the same findings as the native one", () => {
    const { cli } = copy();
    const wasm = run(cli, check, { LECTERN_SEGMENTER: "wasm" });
    assert.strictEqual(wasm.stderr, "");
    assert.strictEqual(wasm.stdout, expected);
  });

  it("a copy cut short says to reinstall when it needs what is missing, instead of failing strangely", () => {
    const { cli } = copy();
    const bytes = fs.readFileSync(bundleOf(cli));
    // Lose the end of the WebAssembly (stored last); the bundle before it is whole.
    fs.writeFileSync(bundleOf(cli), bytes.subarray(0, bytes.length - 1000));
    // Copied alone, with no @node-rs/jieba to find, the CLI needs the WebAssembly.
    const r = run(cli, check);
    assert.strictEqual(r.status, 3, r.stderr);
    assert.strictEqual(r.stdout, "");
    assert.match(r.stderr, /shorter than its launcher says: reinstall Lectern/);
  });

  it("a launcher without its bundle beside it says which file is missing and to reinstall: exit 2, nothing on stdout", () => {
    const { cli } = copy();
    fs.rmSync(bundleOf(cli));
    const r = run(cli, check);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.strictEqual(r.stdout, "");
    assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.ok(r.stderr.includes(bundleOf(cli)), r.stderr);
    assert.match(r.stderr, /^lectern: .*cli\.bundle cannot be read \(ENOENT\): it belongs beside .*cli\.js; reinstall Lectern\n$/);
  });

  it("the server writes its cache after its first complete analysis, and a server started from it answers the same", async function () {
    this.timeout(60_000);
    const server = copyLauncher(SERVER_JS, "server.js");
    const cacheDir = path.join(path.dirname(server), ".lectern-cache");
    const uri = "file:///tmp/cache.speech";
    const draft = "一、甲\n正文。\n三、乙\n正文。\n";
    const session = async () => {
      const client = await LspTestClient.start({ serverJs: server, settings: { "lectern.diagnostics.delay": 0 } });
      try {
        client.open(uri, draft);
        const d = await client.settledDiagnostics(uri, 1);
        // The cache is written just after the analysis's answer is out.
        await new Promise((r) => setTimeout(r, 500));
        return d.diagnostics.map((x) => `${x.code}@${x.range.start.line}`);
      } finally {
        await client.stop();
      }
    };
    const first = await session();
    assert.deepStrictEqual(first, ["numbering.sequence@2"]);
    const files = cacheFiles(cacheDir);
    assert.deepStrictEqual(files.length, 1, "no cache after the first complete analysis");
    assert.match(files[0], /^server\.js-[0-9a-f]{16}-/);
    assert.deepStrictEqual(await session(), first);
  });
});
