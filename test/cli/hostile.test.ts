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
import { assertBounded, footnoteChainDocx, hugeCounterDocx, longLabelDocx, repeatedBodyDocx, runBounded } from "../support/hostile";

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
});
