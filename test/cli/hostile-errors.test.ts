/**
 * Clear errors instead of internal errors, through the built CLI: damaged
 * package parts, odd file names, characters XML or a terminal must not get raw,
 * encodings that only look like Chinese, and ids Word would not write.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import * as iconv from "iconv-lite";
import { tempDir } from "../support/cli";
import { assertBounded, runBounded, withContentTypes } from "../support/hostile";
import { p, rawDocx, W } from "../support/docx-raw";

describe("hostile input: clear errors, never an internal error", function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir();
  });

  it("review of a .docx whose [Content_Types].xml declares a DTD, is malformed or lies about its size: one line, exit 2, no copy written", () => {
    const types: Record<string, Uint8Array> = {
      "dtd.docx": withContentTypes('<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY a "b">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "malformed.docx": withContentTypes('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default'),
    };
    // A central directory that declares 10 bytes for a larger [Content_Types].xml (a bomb that lies about its size).
    const honest = withContentTypes(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${"<!-- padding -->".repeat(200)}</Types>`);
    types["lying.docx"] = lieAboutSize(honest, "[Content_Types].xml", 10);
    for (const [name, bytes] of Object.entries(types)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      const r = runBounded(["review", name, "--no-workspace"], dir);
      assertBounded(r);
      assert.strictEqual(r.status, 2, `${name}: ${r.stderr}`);
      assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.match(r.stderr, /\[Content_Types\]\.xml/, name);
      assert.ok(!fs.existsSync(path.join(dir, name.replace(".docx", ".reviewed.docx"))), name);
    }
  });

  it("invalid UTF-8 inside a part is refused in one line (it was read as U+FFFD and written back into the reviewed copy)", () => {
    const files = unzipSync(rawDocx(p("正文约52万人左右。")));
    const xml = Buffer.from(files["word/document.xml"]);
    const at = xml.indexOf(Buffer.from("正文"));
    xml[at] = 0xff;
    files["word/document.xml"] = new Uint8Array(xml);
    fs.writeFileSync(path.join(dir, "bad-utf8.docx"), zipSync(files));
    for (const command of ["check", "review"]) {
      const r = runBounded([command, "bad-utf8.docx", "--no-workspace"], dir);
      assertBounded(r);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /word\/document\.xml is not valid UTF-8/);
    }
  });

  it("--track-changes revision ids are unique integers when the input has w:id=\"1e300\"", () => {
    const body = `<w:bookmarkStart w:id="1e300" w:name="a"/><w:bookmarkEnd w:id="1e300"/><w:ins w:id="99999999999999999999" w:author="x"><w:r><w:t>这次</w:t></w:r></w:ins>${p("会议约52万人左右参加，超过50亿元以上。")}`;
    fs.writeFileSync(path.join(dir, "ids.docx"), rawDocx(body));
    const r = runBounded(["review", "ids.docx", "-o", "ids.out.docx", "--track-changes", "--no-workspace"], dir);
    assertBounded(r);
    const xml = Buffer.from(unzipSync(fs.readFileSync(path.join(dir, "ids.out.docx")))["word/document.xml"]).toString("utf8");
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="([^"]+)"[^>]*w:author="Lectern"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 2, xml.slice(0, 300));
    for (const id of ids) assert.match(id, /^\d+$/);
    assert.strictEqual(new Set(ids).size, ids.length, ids.join(" "));
  });

  it("pretty output escapes control characters, CR and bidi overrides in file names and draft text", () => {
    const name = "a\u202Eevil\rname.speech";
    fs.writeFileSync(path.join(dir, name), "一、总体要求\n这次会议约52万人左右参加。\u001b[31m红字\u202E倒转\r回车\n三、工作安排\n正文。\n");
    const r = runBounded(["check", name, "--no-workspace"], dir);
    assertBounded(r);
    assert.ok(!/[\u001b\r\u202E]/.test(r.stdout + r.stderr), JSON.stringify(r.stdout));
    assert.match(r.stdout, /a\\u\{202E\}evil\\rname\.speech:2:/);
  });

  it("a French Latin-1 text that happens to decode as GB18030 is not read as Chinese; a NUL after the first 8 KB means binary", () => {
    fs.writeFileSync(path.join(dir, "fr.txt"), iconv.encode("Élève prête pour Noël. Très fenêtre. Ça coûte. Mêlée, crêpe, forêt, Gaëlle, hêtre.\n", "latin1"));
    const fr = runBounded(["check", "fr.txt", "--no-workspace"], dir);
    assert.strictEqual(fr.status, 2, fr.stdout);
    assert.match(fr.stderr, /fr\.txt: not valid UTF-8, UTF-16 with a BOM, or GB18030 Chinese text/);
    fs.writeFileSync(path.join(dir, "gbk.txt"), iconv.encode("一、总体要求\n这次会议约52万人左右参加。\n", "gb18030"));
    assert.match(runBounded(["check", "gbk.txt", "--no-workspace"], dir).stdout, /gbk\.txt: read as GB18030/);
    fs.writeFileSync(path.join(dir, "late-nul.txt"), Buffer.concat([Buffer.from("一、总体要求\n" + "正文。".repeat(3000)), Buffer.from([0]), Buffer.from("尾")]));
    const nul = runBounded(["check", "late-nul.txt", "--no-workspace"], dir);
    assert.strictEqual(nul.status, 2);
    assert.match(nul.stderr, /late-nul\.txt: binary file/);
  });

  it("a draft whose name is not valid UTF-8 is reported by a folder check (not skipped silently) and named clearly", function () {
    if (process.platform !== "linux") this.skip();
    const sub = tempDir();
    fs.writeFileSync(path.join(sub, "ok.speech"), "一、总体要求\n正文。\n");
    fs.writeFileSync(Buffer.concat([Buffer.from(sub + "/bad"), Buffer.from([0xff, 0xfe]), Buffer.from(".speech")]), "一、总体要求\n正文。\n");
    const r = runBounded(["check", ".", "--no-workspace"], sub);
    assertBounded(r);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /bad\uFFFD\uFFFD\.speech: file name is not valid UTF-8: not checked/);
    assert.match(r.stdout, /1 file checked/);
  });

  it("export leaves out U+FFFE, U+FFFF and control characters XML cannot hold, and says which", () => {
    fs.writeFileSync(path.join(dir, "ctl.speech"), "一、标题\n正文\u0007有铃\uFFFE和\uFFFF。\n");
    const r = runBounded(["export", "ctl.speech", "-o", "ctl.docx"], dir);
    assertBounded(r);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /left out U\+0007 ×1, U\+FFFE ×1, U\+FFFF ×1/);
    const xml = Buffer.from(unzipSync(fs.readFileSync(path.join(dir, "ctl.docx")))["word/document.xml"]).toString("utf8");
    assert.ok(!/[\u0007\uFFFE\uFFFF]/.test(xml));
    assert.match(xml, /正文有铃和。/);
  });
});

/** Rewrites the declared uncompressed size of one entry in the central directory and its local header. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const b = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let i = 0; i + 4 < b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x02014b50 && b.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)) b.writeUInt32LE(size, i + 24);
    if (sig === 0x04034b50 && b.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)) b.writeUInt32LE(size, i + 22);
  }
  return new Uint8Array(b);
}

void strToU8;
void W;
