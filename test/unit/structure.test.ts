/** structure.emptySection: which bare headings are reported. */
import * as assert from "assert";
import { DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import { structureCheck } from "../../server/src/core/structure";

const empty = (text: string) =>
  structureCheck.run(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).map((f) => text.slice(f.span.start, f.span.end));

describe("structure.emptySection", () => {
  it("reports a bare title among sections that have text", () => {
    assert.deepStrictEqual(empty("一、总体要求\n要提高站位。\n二、工作安排\n三、保障措施\n要加强领导。\n"), ["二、工作安排"]);
  });
  it("an item that closes with a semicolon is an entry of the list above, not a title awaiting text", () => {
    // 应当提交下列材料：（一）申请表；（二）合同，其中：1.… 2.…（三）其他材料。 — only （二） has children.
    const text = ["第七条 申请拨付资金，应当提交下列材料：", "（一）资金拨付申请表；", "（二）项目合同，其中：", "1.施工合同；", "2.进度确认书。", "（三）其他需要提供的材料。"].join("\n");
    assert.deepStrictEqual(empty(text), []);
    // The same item without its semicolon is a bare title again.
    assert.deepStrictEqual(empty(text.replace("资金拨付申请表；", "资金拨付申请表")), ["（一）资金拨付申请表"]);
  });
});
