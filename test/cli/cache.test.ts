/** `check --cache` through the built CLI: a hit reads the stored report; changed settings, packs or text miss; a corrupt entry is ignored. */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { contextKey, entryKey, type CacheContext } from "../../server/src/cli/cache";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const DRAFT = "同志们：\n今年，全县地区生产总值完成55亿元，增长6.1%。\n一、坚持党的领导\n三、抓好落实\n";

function check(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_JS, "check", "--format", "json", ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, codes: r.stdout ? (JSON.parse(r.stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0].diagnostics.map((d) => d.code) : [] };
}

describe("check --cache", () => {
  let dir: string;
  let cacheDir: string;
  const entries = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith(".json")) : []);
  /** Rewrites every stored report to say something the analysis never would: output that shows it came from the cache. */
  const plant = () => {
    for (const f of entries()) fs.writeFileSync(path.join(cacheDir, f), JSON.stringify({ diagnostics: [{ code: "planted.byTest" }], errors: 0 }));
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-cache-"));
    cacheDir = path.join(dir, "node_modules", ".cache", "lectern");
    fs.writeFileSync(path.join(dir, "a.speech"), DRAFT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores a report on the first run and reads it back, unchanged, on the next", () => {
    const first = check(dir, "--cache", "a.speech");
    assert.strictEqual(first.status, 0, first.stderr);
    assert.ok(first.codes.includes("numbering.sequence"), first.stdout);
    assert.strictEqual(entries().length, 1);
    const second = check(dir, "--cache", "a.speech");
    assert.strictEqual(second.stdout, first.stdout);
    plant();
    assert.deepStrictEqual(check(dir, "--cache", "a.speech").codes, ["planted.byTest"], "the second run read the stored report");
    assert.deepStrictEqual(check(dir, "a.speech").codes, first.codes, "without --cache nothing is read");
  });

  it("misses when the text, the settings or a pack changes", () => {
    check(dir, "--cache", "a.speech");
    plant();
    fs.appendFileSync(path.join(dir, "a.speech"), "四、加强保障\n");
    assert.ok(!check(dir, "--cache", "a.speech").codes.includes("planted.byTest"), "changed text");
    plant();
    const rule = check(dir, "--cache", "--rule", "numbering.sequence=off", "a.speech");
    assert.ok(!rule.codes.includes("planted.byTest") && !rule.codes.includes("numbering.sequence"), rule.stdout);
    plant();
    fs.mkdirSync(path.join(dir, ".lectern"));
    const pack = { name: "local", slogans: [{ text: "抓好落实", category: "test" }] };
    fs.writeFileSync(path.join(dir, ".lectern", "local.pack.json"), JSON.stringify(pack));
    assert.ok(!check(dir, "--cache", "a.speech").codes.includes("planted.byTest"), "a new pack");
    plant();
    fs.writeFileSync(path.join(dir, ".lectern", "local.pack.json"), JSON.stringify({ ...pack, slogans: [{ text: "加强保障", category: "test" }] }));
    assert.ok(!check(dir, "--cache", "a.speech").codes.includes("planted.byTest"), "a changed pack");
  });

  it("ignores a corrupt or foreign entry and writes a good one in its place", () => {
    const clean = check(dir, "--cache", "a.speech");
    for (const bad of ["{not json", "[]", JSON.stringify({ diagnostics: "x", errors: 0 }), ""]) {
      for (const f of entries()) fs.writeFileSync(path.join(cacheDir, f), bad);
      const r = check(dir, "--cache", "a.speech");
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, clean.stdout, `entry ${JSON.stringify(bad)}`);
    }
    assert.strictEqual(check(dir, "--cache", "a.speech").stdout, clean.stdout);
    assert.deepStrictEqual(fs.readdirSync(cacheDir).filter((f) => f.endsWith(".tmp")), []);
  });

  it("keys on Lectern's version and build, the settings and each data file's contents", () => {
    const base: CacheContext = { version: "0.1.0", build: "100:1", settings: { a: 1 }, dataFiles: [{ path: "/p.pack.json", text: "{}" }] };
    const key = contextKey(base);
    assert.strictEqual(contextKey({ ...base }), key);
    for (const changed of [{ version: "0.1.1" }, { build: "101:1" }, { settings: { a: 2 } }, { dataFiles: [{ path: "/p.pack.json", text: "{ }" }] }, { dataFiles: [] }]) {
      assert.notStrictEqual(contextKey({ ...base, ...changed }), key, JSON.stringify(changed));
    }
    assert.notStrictEqual(entryKey(key, "甲"), entryKey(key, "乙"));
  });
});
