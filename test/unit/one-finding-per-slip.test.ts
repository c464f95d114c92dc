/** Two checks that find the same words and write the same correction report the slip once. */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";

describe("one slip, one finding", () => {
  const run = (text: string) => analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => /^(fact|slogan)\./.test(f.code));

  it("广西省 as a place of the wrong type and as wording: one fact.place, its correction safe because the wording list says so", () => {
    const text = "各位代表：\n今年我们赴广西省南宁市考察学习。\n";
    const fs = run(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [["fact.place", "广西省"]]);
    assert.strictEqual(fs[0].fixes![0].edits[0].newText, "广西壮族自治区");
    assert.strictEqual(fs[0].fixes![0].safe, true);
  });

  it("different words or different corrections stay two findings", () => {
    const text = "各位代表：\n台湾政府近日宣布调整政策，我们赴广西省南宁市考察学习。\n";
    assert.deepStrictEqual(run(text).map((f) => f.code), ["slogan.wording", "fact.place"]);
  });
});
