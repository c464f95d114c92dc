/** Retired bodies through the 2023 reform, national and local (by pattern), and superseded political formulations. */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans } from "../../server/src/core/slogans";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";

const retired = (text: string) =>
  checkSlogans(parseDocument(text), builtinSloganIndex())
    .filter((f) => f.code === "slogan.deprecated")
    .map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.fixes?.[0]?.edits[0].newText ?? "—"}`);

describe("slogan.deprecated: retired bodies at every level", () => {
  const cases: [string, string[]][] = [
    ["XX县农业局召开春耕生产会议。", ["农业局 → 农业农村局"]],
    ["XX市环境保护局发布通知。", ["环境保护局 → 生态环境局"]],
    ["XX省国土资源厅印发方案。", ["国土资源厅 → 自然资源厅"]],
    ["XX市食品药品监督管理局开展抽检。", ["食品药品监督管理局 → 市场监督管理局"]],
    ["XX县安全生产监督管理局开展检查。", ["安全生产监督管理局 → 应急管理局"]],
    ["河北省安全生产监督管理局开展检查。", ["省安全生产监督管理局 → 省应急管理厅"]],
    ["XX县卫计委召开会议。", ["卫计委 → 卫健委"]],
    ["XX区监察局开展工作。", ["监察局 → 监察委员会"]],
    ["河北银保监局开展检查，XX银保监分局配合。", ["银保监局 → 金融监管局", "银保监分局 → 金融监管分局"]],
    ["中国银保监会河北监管局。", ["中国银保监会 → 国家金融监管总局"]],
    ["国土资源部、农业部、文化部联合发文。", ["国土资源部 → 自然资源部", "农业部 → 农业农村部", "文化部 → 文化和旅游部"]],
    ["国务院扶贫办印发通知。", ["国务院扶贫办 → 国家乡村振兴局"]],
    // 局部 is a word, but in 林业局部署 the 部 opens 部署.
    ["按照国家林业局部署要求开展工作。", ["国家林业局 → 国家林业和草原局"]],
    ["县扶贫办牵头落实。", ["扶贫办 → —"]],
    ["中央全面深化改革领导小组会议。", ["中央全面深化改革领导小组 → 中央全面深化改革委员会"]],
    // The short names writers use for the same bodies.
    ["市环保局、县卫计局和县公安消防大队联合检查。", ["环保局 → 生态环境局", "卫计局 → 卫健局", "公安消防大队 → 消防救援大队"]],
    ["XX县安监局、XX县食药监局开展检查。", ["安监局 → 应急管理局", "食药监局 → 市场监管局"]],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepStrictEqual(retired(text), want));

  it("not where the words are something else or the old name is right", () => {
    for (const text of [
      "推动现代农业局面加快形成。",
      "原县环保局同志参加座谈。",
      "走访了环保局的老同志。",
      "纪检监察部门要加强监督。",
      "农业部门要抓好春耕，国土资源部门加强管理。",
      "美国农业部发布报告。",
      "原XX县农业局局长张某。",
      "2017年，XX县农业局组织培训。",
      "组建XX市生态环境局，不再保留XX市环境保护局。",
      "《XX县农业局关于春耕的通知》。",
      "XX县农业农村局召开会议。",
      "国家金融监督管理总局河北监管局。",
    ]) assert.deepStrictEqual(retired(text), [], text);
  });
  it("superseded political formulations in a dated draft", () => {
    const draft = (date: string) => `关于今年工作的报告\n（${date}）\n要深入学习贯彻党的十九大精神。\n`;
    assert.deepStrictEqual(retired(draft("2024年1月5日")), ["党的十九大精神 → 党的二十大精神"]);
    assert.deepStrictEqual(retired(draft("2018年1月5日")), []);
    assert.deepStrictEqual(retired("今年要确保如期全面建成小康社会。"), ["确保如期全面建成小康社会 → 全面建设社会主义现代化国家"]);
  });
  it("every retired entry has its date, and the local patterns are marked local", () => {
    const dep = BUILTIN_PACK.slogans.filter((s) => s.deprecated);
    assert.ok(dep.length >= 60, String(dep.length));
    for (const t of ["农业局", "环境保护局", "国土资源局", "食品药品监督管理局", "安全生产监督管理局", "卫生计生委"]) assert.ok(dep.find((s) => s.text === t)!.deprecated!.local, t);
  });
});
