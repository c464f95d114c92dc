/**
 * The fixed phrases of Party building and discipline, propaganda, people's congresses,
 * the CPPCC and the united front in the built-in pack: each written right is quiet, a
 * homophone slip inside one is a `slogan.typo` whose fix restores it, and the numbered
 * ones with a fixed order report parts out of order (`slogan.parts`). Checked through the
 * core analysis (every rule, as the editor runs it) and through the built CLI.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { documentField } from "../../server/src/core/slogans/field";
import { itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings } from "../support/slogan-findings";


/** [field, formulation, the sentence written right, the slipped characters → the right ones]. */
const TYPOS: PhraseCase[] = [
  ["party-building", "能者上、优者奖、庸者下、劣者汰", "推动形成能者上、优者奖、庸者下、劣者汰的良好局面。", ["劣者太", "劣者汰"]],
  ["party-building", "群众身边不正之风和腐败问题集中整治", "深入开展群众身边不正之风和腐败问题集中整治。", ["集中正治", "集中整治"]],
  ["party-building", "政治定力、纪律定力、道德定力、抵腐定力", "通过党纪学习教育，增强政治定力、纪律定力、道德定力、抵腐定力。", ["抵腐定利", "抵腐定力"]],
  ["party-building", "健全为基层减负长效机制", "坚持统筹为基层减负和赋能，健全为基层减负长效机制。", ["长效机志", "长效机制"]],
  ["party-building", "让党中央放心、让人民群众满意的模范机关", "建设让党中央放心、让人民群众满意的模范机关。", ["模范机官", "模范机关"]],
  ["party-building", "推动党建和业务深度融合", "围绕中心、建设队伍、服务群众，推动党建和业务深度融合。", ["深度溶合", "深度融合"]],
  ["culture-tourism", "自由、平等、公正、法治", "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善。", ["公正、法制", "公正、法治"]],
  ["culture-tourism", "培育和践行社会主义核心价值观", "着力培育和践行社会主义核心价值观。", ["培育和见行", "培育和践行"]],
  ["mass-organisations", "发扬民主和增进团结相互贯通", "政协工作要坚持发扬民主和增进团结相互贯通。", ["相互惯通", "相互贯通"]],
  ["mass-organisations", "发挥凝聚人心、汇聚力量的政治作用", "统一战线要发挥凝聚人心、汇聚力量的政治作用。", ["政治做用", "政治作用"]],
  ["people-congress", "最广泛、最真实、最管用的民主", "全过程人民民主是最广泛、最真实、最管用的民主。", ["最广范", "最广泛"]],
  ["people-congress", "坚持好、完善好、运行好人民代表大会制度", "坚持好、完善好、运行好人民代表大会制度。", ["运型好", "运行好"]],
];

/** [the parts out of order, the same sentence in order]. */
const ORDERS: [wrong: string, right: string][] = [
  ["人大常委会坚持有效监督、正确监督、依法监督。", "人大常委会坚持正确监督、有效监督、依法监督。"],
  ["保证人民依法实行民主选举、民主决策、民主协商、民主管理、民主监督。", "保证人民依法实行民主选举、民主协商、民主决策、民主管理、民主监督。"],
  ["严守政治纪律、组织纪律、群众纪律、廉洁纪律、工作纪律和生活纪律。", "严守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律。"],
  ["全面推进文明办网、文明上网、文明用网、文明兴网。", "全面推进文明办网、文明用网、文明上网、文明兴网。"],
  ["依法行使立法权、决定权、监督权、任免权。", "依法行使立法权、监督权、决定权、任免权。"],
];

describe("pack: Party building, propaganda, people's congress and CPPCC formulations", () => {
  const idx = builtinSloganIndex();

  it("each case names a current built-in formulation of its field, with a source and a date", () => {
    for (const [field, form] of TYPOS) {
      const f = idx.formSet.get(form);
      assert.ok(f, `${form}: not in the pack`);
      assert.strictEqual(f.slogan.field, field, form);
      assert.ok(!f.slogan.deprecated && f.slogan.source && f.slogan.date, form);
    }
    assert.ok(idx.slogans.filter((s) => s.field === "people-congress").length >= 25);
  });

  itCatchesEachSlip(TYPOS);

  it("a fixed-order list of these fields out of order is slogan.parts; in order it is quiet", () => {
    for (const [wrong, right] of ORDERS) {
      assert.deepStrictEqual(sloganFindings(wrong + "\n").map((f) => f.code), ["slogan.parts"], wrong);
      assert.deepStrictEqual(sloganFindings(right + "\n").map((f) => f.message), [], right);
    }
  });

  it("correct official wording next to the new entries draws nothing (other official forms, longer goals)", () => {
    const text = [
      "把我国建成富强民主文明和谐美丽的社会主义现代化强国。",
      "坚持严管和厚爱结合、激励和约束并重，坚持严管和厚爱相结合。",
      "坚持德才兼备、以德为先、任人唯贤，坚持德才兼备、以德为先、五湖四海、任人唯贤。",
      "坚决打赢反腐败斗争攻坚战持久战，坚决打好反腐败斗争攻坚战持久战总体战。",
      "以党的政治建设统领党的建设各项工作。",
      "人大要把宪法法律赋予的监督权用起来，正确监督、有效监督。",
      "人才是实现民族振兴、赢得国际竞争主动权的战略资源。",
      "严守政治纪律和政治规矩，严明政治纪律和政治规矩。",
    ].join("\n") + "\n";
    assert.deepStrictEqual(sloganFindings(text).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), []);
  });

  it("a 人大常委会 report is of the people-congress field; a government report to the 人民代表大会 is not", () => {
    assert.strictEqual(documentField(parseDocument("县人大常委会工作报告\n一、依法履行监督职责\n正文。\n")), "people-congress");
    assert.strictEqual(documentField(parseDocument("在全县人大工作会议上的讲话\n同志们：\n正文。\n")), "people-congress");
    assert.notStrictEqual(documentField(parseDocument("政府工作报告\n——在县第十八届人民代表大会第三次会议上\n正文。\n")), "people-congress");
  });

  it("the built CLI reports a slip in each field's phrase and nothing on the phrases written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("深入开展群众身边不正之风和腐败问题集中正治。\n坚持发扬民主和增进团结相互惯通。\n全过程人民民主是最广范、最真实、最管用的民主。\n保证人民依法实行民主选举、民主决策、民主协商、民主管理、民主监督。\n").map(([line, code]) => [line, code]),
      [
        [0, "slogan.typo"],
        [1, "slogan.typo"],
        [2, "slogan.typo"],
        [3, "slogan.parts"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("深入开展群众身边不正之风和腐败问题集中整治。\n坚持发扬民主和增进团结相互贯通。\n全过程人民民主是最广泛、最真实、最管用的民主。\n保证人民依法实行民主选举、民主协商、民主决策、民主管理、民主监督。\n"), []);
  });
});
