/** Drafts saved on Windows: UTF-8 with a BOM, UTF-16 with a BOM, GB18030 (GBK) — read, reported and fixed in place as they are. */
import * as assert from "assert";
import * as fs from "fs";
import * as iconv from "iconv-lite";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";

// CRLF, an emoji (two UTF-16 units, four GB18030 bytes) and full-width punctuation before the slip;
// 三、 after 一、 is numbering.sequence (a safe fix renumbers it to 二、).
const TEXT = "同志们：😀今天的会议，很重要。\r\n一、提高认识\r\n正文。\r\n三、狠抓落实\r\n正文。\r\n";
const FIXED = TEXT.replace("三、", "二、");

const ENCODINGS: { name: string; encoding: string; bytes: (s: string) => Buffer; decode: (b: Buffer) => string; label: string }[] = [
  { name: "utf8.speech", encoding: "utf-8", bytes: (s) => Buffer.from(s, "utf8"), decode: (b) => b.toString("utf8"), label: "" },
  { name: "utf8bom.speech", encoding: "utf-8", bytes: (s) => Buffer.from("\uFEFF" + s, "utf8"), decode: (b) => b.toString("utf8"), label: "" },
  { name: "utf16le.speech", encoding: "utf-16le", bytes: (s) => Buffer.from("\uFEFF" + s, "utf16le"), decode: (b) => b.toString("utf16le"), label: "UTF-16 LE" },
  { name: "utf16be.speech", encoding: "utf-16be", bytes: (s) => Buffer.from("\uFEFF" + s, "utf16le").swap16(), decode: (b) => Buffer.from(b).swap16().toString("utf16le"), label: "UTF-16 BE" },
  { name: "gb18030.speech", encoding: "gb18030", bytes: (s) => iconv.encode(s, "gb18030"), decode: (b) => new TextDecoder("gb18030", { fatal: true }).decode(b), label: "GB18030" },
];

describe("CLI: encodings", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    for (const e of ENCODINGS) fs.writeFileSync(path.join(dir, e.name), e.bytes(TEXT));
  });

  it("every encoding gives the same findings at the same positions (UTF-16 of the text, BOM excluded), and JSON names the encoding", () => {
    const r = runCli(["check", ".", "-f", "json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as { path: string; encoding: string; diagnostics: { code: string; range: unknown }[] }[];
    assert.deepStrictEqual(files.map((f) => [f.path, f.encoding]), ENCODINGS.map((e) => [e.name, e.encoding]).sort());
    const expected = [{ code: "numbering.sequence", range: { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } } }];
    for (const f of files) assert.deepStrictEqual(f.diagnostics.map(({ code, range }) => ({ code, range })), expected, f.path);
  });

  it("pretty output says which encoding was read when it is not UTF-8", () => {
    const r = runCli(["check", ".", "--no-workspace"], dir);
    for (const e of ENCODINGS) {
      const note = new RegExp(`^${e.name.replace(".", "\\.")}: read as`, "m");
      if (e.label) assert.match(r.stdout, new RegExp(`^${e.name.replace(".", "\\.")}: read as ${e.label}$`, "m"));
      else assert.doesNotMatch(r.stdout, note);
    }
    assert.match(runCli(["stats", "gb18030.speech"], dir).stdout, /^gb18030\.speech \(read as GB18030\)\n/);
    assert.match(runCli(["outline", "utf16be.speech"], dir).stdout, /^utf16be\.speech \(read as UTF-16 BE\)\n/);
    // A draft without figures says so, naming the file, with the encoding note too.
    assert.match(runCli(["figures", "gb18030.speech"], dir).stdout, /(figure\(s\)|no figures) \(read as GB18030\)/);
    const outline = JSON.parse(runCli(["outline", "gb18030.speech", "-f", "json"], dir).stdout);
    assert.deepStrictEqual([outline.encoding, outline.outline.map((s: { name: string }) => s.name)], ["gb18030", ["开场", "一、提高认识", "三、狠抓落实"]]);
  });

  it("--fix writes back in the same encoding and BOM; the summary counts fixes and files", () => {
    const r = runCli(["check", ".", "--fix", "--no-workspace"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^5 files checked: 0 errors, 0 warnings, 0 notes; 5 fixes written in 5 files$/m);
    for (const e of ENCODINGS) {
      const bytes = fs.readFileSync(path.join(dir, e.name));
      assert.deepStrictEqual(bytes, e.bytes(FIXED), e.name);
      assert.strictEqual(e.decode(bytes).replace(/^\uFEFF/, ""), FIXED, e.name);
    }
    // Read back, nothing left to fix: the summary says so, and nothing is written.
    const again = runCli(["check", ".", "--fix", "--no-workspace"], dir);
    assert.match(again.stdout, /; 0 fixes written in 0 files$/m);
  });

  it("GB18030 only when the text is Chinese: Cyrillic or Latin-1 bytes stay unreadable, with the existing message", () => {
    // Cyrillic is in GB2312, so these bytes decode without error, but they are not Chinese text.
    fs.writeFileSync(path.join(dir, "russian.txt"), iconv.encode("Привет, мир! Это тест.", "gb18030"));
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"));
    for (const f of ["russian.txt", "latin1.txt"]) {
      const r = runCli(["check", f, "--no-workspace"], dir);
      assert.strictEqual(r.status, 2, f);
      assert.match(r.stderr, new RegExp(`${f.replace(".", "\\.")}: not valid UTF-8, UTF-16 with a BOM, or GB18030 Chinese text`));
    }
    // A UTF-16 file without its BOM is still binary (NUL bytes), as before.
    fs.writeFileSync(path.join(dir, "nobom.txt"), Buffer.from(TEXT, "utf16le"));
    assert.match(runCli(["check", "nobom.txt"], dir).stderr, /nobom\.txt: binary file/);
  });

  it("standard input is decoded the same way", () => {
    const gb = ENCODINGS.find((e) => e.encoding === "gb18030")!;
    const r = runCli(["check", "-", "-f", "json", "--no-workspace"], dir, gb.bytes(TEXT));
    const file = JSON.parse(r.stdout).files[0];
    assert.deepStrictEqual([file.path, file.encoding, file.diagnostics[0].range.start], ["<stdin>", "gb18030", { line: 3, character: 0 }]);
  });
});
