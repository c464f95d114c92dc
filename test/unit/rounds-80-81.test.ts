/**
 * False alarms of held-out rounds 80 and 81 made general rules, driven through the whole analysis; the
 * correct text stays quiet and the slip beside it is still found.
 */
import * as assert from "assert";
import { seenFindings } from "../support/seen";

const seen = (text: string, family = /^(figure|slogan|numbering|structure)\./) => seenFindings(text, family);

describe("rounds 80–81", () => {
  it("numbered lines a sentence introduces as the items it names are a list, not empty sections", () => {
    const text = "## 四、热点诉求\n上半年，群众诉求量排名前五的领域分别是：\n1. 城乡建设与管理（物业、供水等）\n2. 交通运输（公交线路等）\n3. 教育（招生入学等）\n第二季度以来，供水类诉求明显增多。\n";
    assert.deepStrictEqual(seen(text, /^structure\./), []);
    // Titles of a part with text under some of them, not introduced as a list: the empty one is reported.
    const outline = "一、总体情况\n1.城乡建设与管理\n2.交通运输\n今年以来，交通诉求增多。\n";
    assert.deepStrictEqual(seen(outline, /^structure\./).length, 1);
  });

  it("a rate that fits over the earlier rate's own part is over that part (参考48260人，参考率…；合格47440人，合格率98.3%)", () => {
    const text = "全市应参加年度学法考试的国家工作人员48452人，实际参考48260人，参考率99.6%；考试合格47440人，合格率98.3%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("98.3%", "95.3%")), ["figure.arithmetic 95.3%"]);
  });

  it("一、两个中心… on a short line of its own is a heading, not the estimate 一两个", () => {
    const text = "一、两个中心建设取得阶段性成效\n正文。\n二、清醒看到存在的差距\n正文。\n";
    assert.deepStrictEqual(seen(text, /^numbering\./), []);
    assert.deepStrictEqual(seen("一、两个月内完成整改，确保到位。\n", /^numbering\./), []);
  });

  it("急难愁盼问题, 三减三健, the hotline's 接得更快、分得更准、办得更实 and the order of 减量化、资源化、无害化", () => {
    const codes = (t: string) => seen(t, /^slogan\./).map((f) => f.split(" ")[0]);
    assert.deepStrictEqual(codes("推动解决群众急难仇盼问题。\n"), ["slogan.typo"]);
    assert.deepStrictEqual(codes("着力解决好人民群众急难愁盼问题。\n"), []);
    assert.deepStrictEqual(codes("做到“接得更快、办得更实、分得更准”。\n"), ["slogan.parts"]);
    assert.deepStrictEqual(codes("做到“接得更快、分得更准、办得更实”。\n"), []);
    assert.deepStrictEqual(codes("坚持减量化、无害化、资源化原则。\n"), ["slogan.parts"]);
    assert.deepStrictEqual(codes("坚持减量化、资源化、无害化原则。\n"), []);
    assert.deepStrictEqual(codes("开展“三减三健”（减盐、减油、减糖、健康口腔、健康体重、健康骨骼）专项行动。\n"), []);
    assert.deepStrictEqual(codes("开展“三减三健”（减盐、减油、减糖、健康口腔、健康体重、健康心理）专项行动。\n"), ["slogan.parts"]);
  });
});
