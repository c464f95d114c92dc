/** `lectern check --fix` on temporary copies: safe numbering fixes applied in place, nothing else written. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as os from "os";
import { readCorpus } from "../support/corpus";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");

function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd: os.tmpdir(), encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lectern-fix-"));
const numberingCodes = (stdout: string): string[] =>
  JSON.parse(stdout)
    .files[0].diagnostics.map((d: { code: string }) => d.code)
    .filter((c: string) => c.startsWith("numbering."))
    .sort();

const BROKEN = "\uFEFF同志们：\r\n我讲三点意见。\r\n一、提高认识\r\n一要统一思想。\r\n二要压实责任。\r\n三是狠抓落实。\r\n二、压实责任\r\n（一）、明确分工。\r\n（三）强化考核。\r\n四、狠抓落实\r\n正文。\r\n五、加强保障\r\n正文。\r\n";

describe("CLI check --fix", () => {
  it("slogan.wording: reported with its source; --fix applies the one-replacement fix and leaves the ones with a choice", () => {
    const file = path.join(tempDir(), "draft.txt");
    const text = "同志们：\n台湾政府近日宣布调整政策，香港政府推出新措施，广西省代表团出席。\n";
    fs.writeFileSync(file, text);
    const r = runCli(["check", file, "--format", "json", "--no-workspace"]);
    const ds = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code === "slogan.wording");
    assert.deepStrictEqual(ds.map((d: { severity: string; message: string }) => [d.severity, d.message.slice(0, d.message.indexOf("应为"))]), [["warning", "“台湾政府”"], ["warning", "“香港政府”"]]);
    // 广西省 is a place of the wrong type too: one finding (fact.place), whose fix --fix applies.
    assert.deepStrictEqual(JSON.parse(r.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code === "fact.place").length, 1);
    assert.ok(ds[0].message.includes("出处：新华社《新华社新闻信息报道中的禁用词和慎用词》（2016年7月修订）"), ds[0].message);
    const fixed = runCli(["check", file, "--fix", "--no-workspace"]);
    assert.strictEqual(fixed.status, 0, fixed.stderr);
    assert.strictEqual(fs.readFileSync(file, "utf8"), "同志们：\n台湾当局近日宣布调整政策，香港政府推出新措施，广西壮族自治区代表团出席。\n");
  });
  it("without --fix never writes the file", () => {
    const file = path.join(tempDir(), "draft.speech");
    fs.writeFileSync(file, BROKEN);
    const before = fs.statSync(file).mtimeMs;
    const r = runCli(["check", file, "--format", "json"]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(numberingCodes(r.stdout), ["numbering.count", "numbering.enumerator", "numbering.sequence", "numbering.sequence", "numbering.style"]);
    assert.strictEqual(fs.readFileSync(file, "utf8"), BROKEN);
    assert.strictEqual(fs.statSync(file).mtimeMs, before);
  });

  it("applies the safe numbering fixes in place, keeps CRLF, prints what it changed, and leaves the count to the writer", () => {
    const dir = tempDir();
    const file = path.join(dir, "draft.speech");
    const text = BROKEN.slice(1);
    fs.writeFileSync(file, text);
    const r = runCli(["check", file, "--fix", "--format", "json"]);
    assert.strictEqual(r.status, 0, r.stderr);
    const fixed = fs.readFileSync(file, "utf8");
    assert.strictEqual(fixed, text.replace("三是狠抓", "三要狠抓").replace("（一）、明确", "（一）明确").replace("（三）强化", "（二）强化").replace("四、狠抓", "三、狠抓").replace("五、加强", "四、加强"));
    // The announced count is not a safe fix: 三点 stays although four sections follow.
    assert.ok(fixed.includes("我讲三点意见"));
    for (const expected of ["draft.speech:6", "draft.speech:8", "draft.speech:9", "draft.speech:10"]) assert.ok(r.stderr.includes(expected), `stderr names ${expected}: ${r.stderr}`);
    assert.deepStrictEqual(numberingCodes(r.stdout), ["numbering.count"]);
    // No temporary file is left beside the draft.
    assert.deepStrictEqual(fs.readdirSync(dir), ["draft.speech"]);
  });

  it("keeps a leading BOM when it writes fixes", () => {
    const file = path.join(tempDir(), "draft.speech");
    fs.writeFileSync(file, BROKEN);
    runCli(["check", file, "--fix"]);
    const fixed = fs.readFileSync(file, "utf8");
    assert.ok(fixed.includes("三、狠抓落实"), "the fixes were applied");
    assert.strictEqual(fixed.charCodeAt(0), 0xfeff, "the BOM is kept (readDraft's TextDecoder needs ignoreBOM: true to see it)");
  });

  it("fixes a corpus draft whose numbering was broken by hand exactly as it fixes the original", () => {
    // Other features may apply safe fixes of their own to the draft; they apply to both copies alike.
    const original = readCorpus("county-mobilization-speech.txt");
    const broken = original.replace("\n3.要坚持贯彻", "\n4.要坚持贯彻").replace("\n二、要坚持对标对表", "\n二.要坚持对标对表").replace("\n三是要", "\n四是要");
    assert.notStrictEqual(broken, original);
    const dir = tempDir();
    const [a, b] = [path.join(dir, "original.txt"), path.join(dir, "broken.txt")];
    fs.writeFileSync(a, original);
    fs.writeFileSync(b, broken);
    const r = runCli(["check", a, b, "--fix"]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    for (const line of [7, 8, 12]) assert.ok(r.stderr.includes(`broken.txt:${line}:`), `stderr names broken.txt:${line}: ${r.stderr}`);
    assert.strictEqual(fs.readFileSync(b, "utf8"), fs.readFileSync(a, "utf8"));
  });
});
