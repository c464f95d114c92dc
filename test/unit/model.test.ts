import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { readCorpus } from "../support/corpus";

describe("document model: corpus drafts", () => {
  it("county speech: three sections, 一是/二是/三是 under the first, 1.–7. under the second", () => {
    const m = parseDocument(readCorpus("county-mobilization-speech.txt"));
    const top = m.root.children;
    assert.strictEqual(top.length, 3);
    assert.deepStrictEqual(top[0].items.map((e) => e.text), ["一是", "二是", "三是"]);
    assert.deepStrictEqual(top[1].children.map((c) => c.heading!.token!.text), ["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
    assert.strictEqual(top[2].children.length, 3);
    assert.strictEqual(m.salutationLine, 0);
  });
});
