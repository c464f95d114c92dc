/** `lectern check --pack`: team formulations apply, bad packs are reported in place, safe slogan fixes are applied. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as os from "os";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const runCli = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lectern-pack-"));

describe("CLI: slogan packs (--pack)", () => {
  const draft = "同志们：\n要深入推进“五县战略”，做到“四个自信”。\n";
  const pack = { name: "team", version: "1.0.0", slogans: [{ text: "五县战略", quoted: true, deprecated: { since: "2024-01", replacement: "六县战略", note: "县委全会调整为六县战略。" } }] };

  it("applies a team pack given with --pack: its formulation is checked with the built-in ones", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), draft);
    fs.writeFileSync(path.join(dir, "team.pack.json"), JSON.stringify(pack));
    const without = runCli(["check", "a.speech", "--format", "json", "--no-workspace"], dir);
    assert.strictEqual(without.status, 0, without.stderr);
    assert.deepStrictEqual(JSON.parse(without.stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ["slogan.collocation"]);
    const withPack = runCli(["check", "a.speech", "--format", "json", "--no-workspace", "--pack", "team.pack.json"], dir);
    assert.strictEqual(withPack.status, 0, withPack.stderr);
    const ds = JSON.parse(withPack.stdout).files[0].diagnostics as { code: string; range: unknown; message: string }[];
    const dep = ds.find((d) => d.code === "slogan.deprecated")!;
    assert.deepStrictEqual(dep.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } });
    assert.ok(dep.message.includes("六县战略"));
  });

  it("reports an invalid pack at its JSON path (exit 2, as for an unreadable input), while the draft is still checked with the built-in pack", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), draft);
    fs.writeFileSync(path.join(dir, "bad.pack.json"), '{\n  "name": "team",\n  "version": "1",\n  "slogans": [{ "text": "五县战略", "quoted": "yes" }]\n}');
    const r = runCli(["check", "a.speech", "--format", "json", "--no-workspace", "--pack", "bad.pack.json"], dir);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.ok(r.stderr.includes("bad.pack.json:4:43: slogans[0].quoted"), r.stderr);
    const out = JSON.parse(r.stdout);
    const files = out.files as { path: string; diagnostics: { code: string; range: { start: unknown }; message: string }[] }[];
    // The bad pack is reported once, under dataFiles, and is not counted among the checked drafts.
    assert.deepStrictEqual(files.map((f) => f.path), ["a.speech"]);
    assert.strictEqual(out.dataFiles.length, 1);
    const bad = out.dataFiles[0] as (typeof files)[0];
    assert.ok(bad.path.endsWith("bad.pack.json"));
    assert.strictEqual(r.stderr.split("slogans[0].quoted").length - 1, 1, r.stderr);
    assert.strictEqual(bad.diagnostics[0].code, "pack.invalid");
    assert.ok(bad.diagnostics[0].message.startsWith("slogans[0].quoted"));
    assert.deepStrictEqual(bad.diagnostics[0].range.start, { line: 3, character: 42 });
    assert.ok(files.find((f) => f.path.endsWith("a.speech"))!.diagnostics.some((d) => d.code === "slogan.collocation"));
  });

  it("--fix applies the safe typo fix and leaves the collocation (unsafe) for review", () => {
    const dir = tempDir();
    const f = path.join(dir, "b.speech");
    fs.writeFileSync(f, "为全面建设社会主义现代国家而奋斗，做到“四个自信”。\n");
    const r = runCli(["check", f, "--fix", "--format", "json", "--no-workspace"], dir);
    assert.notStrictEqual(r.status, 2, r.stderr);
    assert.strictEqual(fs.readFileSync(f, "utf8"), "为全面建设社会主义现代化国家而奋斗，做到“四个自信”。\n");
  });
});
