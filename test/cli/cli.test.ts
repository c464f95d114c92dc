import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CORPUS_DIR } from "../support/corpus";
import { runCli, tempDir } from "../support/cli";
import { LspTestClient, fileUri } from "../support/lsp-client";

export { CLI_JS, runCli, tempDir } from "../support/cli";

const county = path.join(CORPUS_DIR, "county-mobilization-speech.txt");

describe("CLI (built dist/cli.js)", () => {
  it("check --format json prints exactly the documented shape; exit 1 for an error-level slogan.typo, 0 once it is a warning", () => {
    // The county draft has one formulation slip (现代国家 for 现代化国家): slogan.typo is an error by default.
    assert.strictEqual(runCli(["check", county, "--format", "json"]).status, 1);
    const r = runCli(["check", county, "--format", "json", "--rule", "slogan.typo=warning"]);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ["files", "dataFiles"]);
    assert.strictEqual(out.files.length, 1);
    assert.deepStrictEqual(Object.keys(out.files[0]), ["path", "encoding", "diagnostics", "fixes"]);
    assert.strictEqual(out.files[0].path, county);
  });

  it("- reads the draft from standard input for check, outline, stats and figures, named <stdin>; --fix refuses it", () => {
    const text = "\uFEFF一、甲\r\n二、乙\r\n四、丁\r\n比上年增长百分之5。\r\n";
    const r = runCli(["check", "-", "--format", "json", "--no-workspace"], os.tmpdir(), Buffer.from(text, "utf8"));
    assert.strictEqual(r.status, 0, r.stderr);
    const file = JSON.parse(r.stdout).files[0];
    assert.strictEqual(file.path, "<stdin>");
    const seq = file.diagnostics.find((d: { code: string }) => d.code === "numbering.sequence");
    // The BOM is not counted: line 2, column 0 as an editor shows it.
    assert.deepStrictEqual(seq?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, JSON.stringify(file.diagnostics));
    const pretty = runCli(["check", "-", "--no-workspace"], os.tmpdir(), text);
    assert.match(pretty.stdout, /^<stdin>:3:1: warning numbering\.sequence/m);
    const outline = runCli(["outline", "-", "--format", "json"], os.tmpdir(), text);
    assert.deepStrictEqual(JSON.parse(outline.stdout).outline.map((s: { name: string }) => s.name), ["一、甲", "二、乙", "四、丁"]);
    assert.match(runCli(["stats", "-"], os.tmpdir(), text).stdout, /^<stdin>/);
    assert.match(runCli(["figures", "-"], os.tmpdir(), text).stdout, /百分之5/);
    const fix = runCli(["check", "-", "--fix"], os.tmpdir(), text);
    assert.strictEqual(fix.status, 2);
    assert.match(fix.stderr, /cannot fix standard input/);
    assert.strictEqual(runCli(["check", "-", "--no-workspace"], os.tmpdir(), Buffer.from([0x61, 0, 0x62])).status, 2);
  });

  it("check exits 1 on an error-severity finding and reports LSP ranges", () => {
    const dir = tempDir();
    const f = path.join(dir, "a.speech");
    fs.writeFileSync(f, "一、甲\n二、乙\n正文。\n");
    const r = runCli(["check", f, "--format", "json", "--rule", "structure.emptySection=error"]);
    assert.strictEqual(r.status, 1, r.stderr);
    const d = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepStrictEqual(d, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, severity: "error", code: "structure.emptySection", source: "lectern", message: d[0].message },
    ]);
    // The same finding at its default (warning) severity does not fail the run.
    assert.strictEqual(runCli(["check", f]).status, 0);
    assert.strictEqual(JSON.parse(runCli(["check", f, "--format", "json", "--rule", "structure.emptySection=off"]).stdout).files[0].diagnostics.length, 0);
  });

  it("exit 2 with a clear message on bad usage and unreadable files", () => {
    const cases: [string[], RegExp][] = [
      [["check", "/no/such/file.speech"], /no such file/],
      [["check", county, "--format", "xml"], /--format xml: must be one of pretty, json/],
      [["check", county, "--targets", "/no/targets.json"], /--targets \/no\/targets.json: no such file/],
      [["check", county, "--pack", "/no/x.pack.json"], /--pack \/no\/x.pack.json: no such file/],
      [["check", county, "--rule", "structure.emptySection=loud"], /--rule structure.emptySection=loud: takes CODE=LEVEL/],
      [["check", county, "--bogus"], /unknown option --bogus/],
      [["frobnicate"], /unknown command/],
      [["outline"], /exactly one file/],
    ];
    for (const [args, msg] of cases) {
      const r = runCli(args);
      assert.strictEqual(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, msg, args.join(" "));
    }
  });

  it("check DIR reports binary and invalid UTF-8 files, skips them with exit 2, and still checks the rest", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "good.speech"), "一、甲\n二、乙\n正文。\n");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("caf\xe9 ok", "latin1"));
    const r = runCli(["check", dir, "--format", "json"]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    const files = JSON.parse(r.stdout).files;
    assert.deepStrictEqual(files.map((f: { path: string }) => path.basename(f.path)), ["good.speech"]);
    assert.strictEqual(files[0].diagnostics[0].code, "structure.emptySection");
  });

  it("outline --format json prints the tree: three sections, 一是/二是/三是, seven 1.–7. items", () => {
    const r = runCli(["outline", county, "--format", "json"]);
    assert.strictEqual(r.status, 0, r.stderr);
    const { path: file, outline: all } = JSON.parse(r.stdout);
    assert.strictEqual(file, county);
    assert.deepStrictEqual([all[0].name, all[all.length - 1].name], ["开场", "结尾"]);
    const tree = all.slice(1, -1);
    assert.strictEqual(tree.length, 3);
    assert.strictEqual(tree[0].name, "一、要认真学习领会，准确把握精神实质，迅速掀起学习宣传贯彻党的二十大精神热潮");
    assert.deepStrictEqual(tree[0].children.map((c: { name: string }) => c.name.slice(0, 2)), ["一是", "二是", "三是"]);
    assert.deepStrictEqual(tree[1].children.map((c: { name: string }) => c.name.slice(0, 2)), ["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
    for (const s of tree) for (const k of ["name", "detail", "kind", "range", "selectionRange", "children"]) assert.ok(k in s, k);
  });

  it("positions ignore a BOM in the file, as editors do", () => {
    const dir = tempDir();
    const f = path.join(dir, "bom.speech");
    fs.writeFileSync(f, "\uFEFF一、甲\r\n二、乙\r\n正文。\r\n");
    const tree = JSON.parse(runCli(["outline", f, "--format", "json"]).stdout).outline;
    assert.deepStrictEqual(tree[0].selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it("stats prints characters, sentences, sections and speaking time", () => {
    const r = runCli(["stats", path.join(CORPUS_DIR, "study-session-remarks.txt"), "--format", "json"]);
    assert.strictEqual(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.strictEqual(s.sections, 3);
    assert.ok(s.chars > 2000 && s.sentences > 20);
    assert.strictEqual(s.minutes, Math.round((s.chars / 220) * 10) / 10);
    const pretty = runCli(["stats", path.join(CORPUS_DIR, "study-session-remarks.txt"), "--reading-rate", "110"]).stdout;
    assert.match(pretty, /讲话时长：约.*（每分钟110字）/);
  });

  it("npm start's script prints the examples' outlines and findings", () => {
    const r = spawnSync(process.execPath, [path.resolve(__dirname, "../../scripts/start.js")], { cwd: path.resolve(__dirname, "../.."), encoding: "utf8" });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /examples\/work-report\.speech/);
    assert.match(r.stdout, /\d+ files? checked: \d+ errors?/);
  });
});

describe("CLI and server agree", () => {
  it("lectern outline --format json equals the server's documentSymbol result", async () => {
    const text = fs.readFileSync(county, "utf8");
    const client = await LspTestClient.start();
    const uri = fileUri(county);
    client.open(uri, text);
    const fromServer = await client.request("textDocument/documentSymbol", { textDocument: { uri } });
    await client.stop();
    const fromCli = JSON.parse(runCli(["outline", county, "--format", "json"]).stdout).outline;
    assert.deepStrictEqual(fromCli, fromServer);
  });
});
