/**
 * Hostile input through the built CLI (`node dist/cli.js`, heap capped at 1 GiB):
 * small generated files whose cost would grow with nesting, references and
 * repetition end in bounded time with exit 0/1/2, one clear line and no stack
 * trace, and leave the originals byte for byte.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../support/cli";
import { assertBounded, footnoteChainDocx, hugeCounterDocx, longLabelDocx, manyAttributesDocx, nestedDocx, nestedTablesDocx, repeatedBodyDocx, runBounded } from "../support/hostile";

function put(dir: string, name: string, bytes: Uint8Array | string): string {
  fs.writeFileSync(path.join(dir, name), bytes);
  return name;
}

/** check and review of one file: bounded, and the file untouched. */
function checkAndReview(dir: string, name: string): { check: ReturnType<typeof runBounded>; review: ReturnType<typeof runBounded> } {
  const before = fs.readFileSync(path.join(dir, name));
  const check = runBounded(["check", name, "--no-workspace"], dir);
  assertBounded(check);
  const review = runBounded(["review", name, "-o", "out-" + name, "--no-workspace", "--track-changes"], dir);
  assertBounded(review);
  assert.ok(fs.readFileSync(path.join(dir, name)).equals(before), `${name} was changed`);
  return { check, review };
}

describe("hostile Word documents: every reader has a budget", function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir();
  });

  it("footnotes that each refer to the next twice, 24 deep: every footnote is read once (it used to double per level to 16 million reads)", () => {
    const bytes = footnoteChainDocx(24);
    assert.ok(bytes.length < 20_000, `small: ${bytes.length} bytes`);
    const name = put(dir, "chain.docx", bytes);
    const { check } = checkAndReview(dir, name);
    assert.strictEqual(check.status, 0, check.stderr);
    const r = runBounded(["outline", name, "--format", "json"], dir);
    assertBounded(r);
    // The body line and the first notes (a reference inside a note is followed a few notes deep), each once.
    const stats = JSON.parse(runBounded(["stats", name, "--format", "json"], dir).stdout);
    assert.ok(stats.paragraphs >= 2 && stats.paragraphs <= 10, JSON.stringify(stats.paragraphs));
  });

  it("a 1 MB lvlText used by 5,000 paragraphs: the label is cut to 64 characters", () => {
    const name = put(dir, "label.docx", longLabelDocx(1_000_000, 5000));
    const { check } = checkAndReview(dir, name);
    assert.ok(check.status === 0 || check.status === 1, check.stderr);
    const text = JSON.parse(runBounded(["stats", name, "--format", "json"], dir).stdout);
    assert.ok(text.chars < 5000 * 80, `characters: ${text.chars}`);
  });

  it("an upperLetter list starting at 1,000,000,000: the label is computed, not counted out (digits past a few letters)", () => {
    const name = put(dir, "counter.docx", hugeCounterDocx("upperLetter", 1_000_000_000, 10));
    checkAndReview(dir, name);
    const out = runBounded(["outline", name], dir);
    assertBounded(out);
    assert.ok(out.stdout.length < 5000, out.stdout.slice(0, 500));
    const small = put(dir, "letters.docx", hugeCounterDocx("upperLetter", 27, 2));
    const stats = runBounded(["check", small, "--format", "json", "--no-workspace"], dir);
    assert.deepStrictEqual(JSON.parse(stats.stdout).files.length, 1);
  });

  it("a document.xml of two million empty paragraphs (12 MB, within the part limit): one document.tooLarge line, exit 2", () => {
    const name = put(dir, "empty.docx", repeatedBodyDocx("<w:p/>", 2_000_000));
    const { check, review } = checkAndReview(dir, name);
    for (const r of [check, review]) {
      assert.strictEqual(r.status, 2, r.stderr);
      assert.match(r.stderr, /document too large \(document\.tooLarge\).*over 1,000,000 elements/);
      assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
    }
    assert.ok(!fs.existsSync(path.join(dir, "out-" + name)), "no reviewed copy");
  });

  it("text within the budget is read; 17 million characters of text (17 MB, few elements) is document.tooLarge", () => {
    const run = `<w:r><w:t>${"甲".repeat(500)}</w:t></w:r>`;
    const ok = put(dir, "long.docx", repeatedBodyDocx(`<w:p>${run.repeat(4000)}</w:p>`, 1));
    const r = runBounded(["check", ok, "--no-workspace", "--format", "json"], dir);
    assertBounded(r);
    assert.ok([0, 1].includes(r.status!), r.stderr);
    const big = put(dir, "big.docx", repeatedBodyDocx(`<w:p><w:r><w:t>${"a".repeat(1_000_000)}</w:t></w:r></w:p>`, 17));
    const { check } = checkAndReview(dir, big);
    assert.strictEqual(check.status, 2, check.stderr);
    assert.match(check.stderr, /document\.tooLarge.*over 16,000,000 characters/);
  });

  it("200,000 nested elements and one element with 200,000 attributes (the parser's namespace lookup and duplicate check were quadratic: 178 s and 109 s): bounded", () => {
    const deep = put(dir, "deep.docx", nestedDocx(200_000));
    const { check } = checkAndReview(dir, deep);
    assert.strictEqual(check.status, 2);
    assert.match(check.stderr, /document\.tooLarge.*nested over 512 deep/);
    const attrs = put(dir, "attrs.docx", manyAttributesDocx(200_000));
    const r = checkAndReview(dir, attrs);
    assert.strictEqual(r.check.status, 0, r.check.stderr);
    assert.strictEqual(r.review.status, 0, r.review.stderr);
  });

  it("tables nested 2,000 deep: one line and exit 2 from check and review (review's serializer overflowed the stack); 100 deep is read and reviewed", () => {
    const deep = put(dir, "tables.docx", nestedTablesDocx(2000));
    const { check, review } = checkAndReview(dir, deep);
    for (const r of [check, review]) {
      assert.strictEqual(r.status, 2, r.stderr);
      assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
    }
    const ok = put(dir, "tables100.docx", nestedTablesDocx(100));
    const r = checkAndReview(dir, ok);
    assert.strictEqual(r.check.status, 0, r.check.stderr);
    assert.match(r.check.stdout, /figure\.usage/);
    assert.match(r.review.stdout, /1 comment/);
  });
});

describe("hostile plain-text drafts: every pass is linear", function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir();
  });

  it("20,000 empty 一、甲 headings (structure.emptySection was quadratic: 123 s): bounded, findings capped at 5,000 with one note saying how many were left out", () => {
    const name = put(dir, "headings.speech", "一、甲\n".repeat(20_000));
    const r = runBounded(["check", name, "--no-workspace", "--format", "json"], dir);
    assertBounded(r);
    const diags = JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string; severity: string }[];
    const notes = diags.filter((d) => d.code === "document.tooManyFindings");
    assert.strictEqual(notes.length, 1);
    assert.strictEqual(notes[0].severity, "information");
    assert.match(notes[0].message, /19999 处问题，只报告前 5000 处/);
    assert.strictEqual(diags.length, 5001);
  });

  it("140,000 findings in a 420 KB draft (push(...list) overflowed the stack): bounded, and a folder run goes on to the next file", () => {
    const sub = tempDir();
    put(sub, "a-many.speech", "一、总体要求\n" + "一是，".repeat(140_000) + "。\n");
    put(sub, "b-plain.speech", "一、总体要求\n这次会议约52万人左右参加。\n");
    const r = runBounded(["check", ".", "--no-workspace", "--format", "json"], sub);
    // 2 s of CPU for 140,000 enumerators; the wall budget allows for a loaded shared machine.
    assertBounded(r, 20_000);
    const files = JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string }[] }[];
    assert.deepStrictEqual(files.map((f) => f.path), ["a-many.speech", "b-plain.speech"]);
    assert.ok(files[0].diagnostics.some((d) => d.code === "document.tooManyFindings"));
    assert.ok(files[1].diagnostics.some((d) => d.code === "figure.usage"));
  });

  it("a 30 MB paste (over ten million characters): one document.tooLarge and nothing parsed, in bounded time and memory", () => {
    const name = put(dir, "huge.speech", ("一、正文内容。\n" + "这是一段很长的正文，约52万人左右参加。\n").repeat(350_000));
    const r = runBounded(["check", name, "--no-workspace", "--format", "json"], dir);
    assertBounded(r);
    const diags = JSON.parse(r.stdout).files[0].diagnostics as { code: string }[];
    assert.deepStrictEqual(diags.map((d) => d.code), ["document.tooLarge"]);
  });
});
