import * as assert from "assert";
import { DecodeError, decodeDraft, encodeDraft, looksChinese, type Encoding } from "../../server/src/cli/encoding";

describe("draft encodings", () => {
  it("encode then decode gives the text back, BOM and all, in every encoding (GB18030 across the BMP and beyond)", () => {
    const samples = ["同志们：😀二〇二四年，€“”—…·𠀀㐀\r\n", "一、提高认识\n", "龘䶵等字：Ⅻ①在内的材料，Ā。"];
    const cases: [Encoding, boolean][] = [["utf-8", false], ["utf-8", true], ["utf-16le", true], ["utf-16be", true], ["gb18030", false]];
    for (const text of samples)
      for (const [encoding, bom] of cases) {
        const back = decodeDraft(encodeDraft(text, encoding, bom));
        assert.deepStrictEqual(back, { text, encoding, bom }, `${encoding} ${bom}`);
      }
  });

  it("refuses to write text it cannot encode (a lone surrogate) instead of writing something else", () => {
    for (const encoding of ["gb18030", "utf-8", "utf-16le", "utf-16be"] as Encoding[]) assert.throws(() => encodeDraft("一、甲\uD800", encoding, encoding.startsWith("utf-16")), DecodeError, encoding);
  });

  it("plausibly Chinese: ideographs and Chinese punctuation, not Cyrillic, Greek or box drawing from GB2312", () => {
    assert.ok(looksChinese("同志们：今天的会议很重要。"));
    assert.ok(looksChinese("Section 1: 提高认识 (2024)"));
    assert.ok(!looksChinese("Привет, мир"));
    assert.ok(!looksChinese("αβγδ εζηθ"));
    assert.ok(!looksChinese("ascii only"));
  });
});
