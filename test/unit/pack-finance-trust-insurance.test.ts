/**
 * The financial sector's everyday fixed phrases: the trust business classification of 2023 (回归信托本源, its
 * three classes and three dimensions), the nature of asset management (受人之托、代人理财), the central
 * financial work conference's 早识别、早预警、早暴露、早处置, and the 2021 opinion on securities violations
 * (建制度、不干预、零容忍, the capital market it builds, its title phrase), the central bank's 支农支小再贷款 and
 * the consumer-education campaign 金融知识进万家. Each written right draws nothing,
 * each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts
 * when two parts are exchanged. The central bank's regional branches, the Chongqing operations office and the
 * provincial-capital central sub-branches, replaced by its provincial branches on 2023-08-18, and 银保监分局,
 * replaced on 2023-07-20, are retired in drafts dated after that day; the built CLI reports both kinds.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, assertPartsExchanged, assertQuiet, cliSloganFindings, itCatchesEachSlip, orderedPartsOf, sloganFindings, type PhraseCase } from "../support/slogan-findings";

const THREE_CLASSES = "资产服务信托、资产管理信托、公益慈善信托";
const DIMENSIONS = "信托目的、信托成立方式、信托财产管理内容";
const EARLY = "早识别、早预警、早暴露、早处置";
const SEC_POLICY = "建制度、不干预、零容忍";
const MARKET = "规范、透明、开放、有活力、有韧性的资本市场";

const CASES: PhraseCase[] = [
  // Trust companies.
  ["finance", "回归信托本源", "信托公司要回归信托本源，立足受托人定位。", ["回归信托本原", "回归信托本源"]],
  ["finance", THREE_CLASSES, `将信托业务分为${THREE_CLASSES}三大类。`, ["公益慈善信拖", "公益慈善信托"]],
  ["finance", DIMENSIONS, `以${DIMENSIONS}为分类维度。`, ["信托成立方试", "信托成立方式"]],
  ["finance", "受人之托、代人理财", "资管业务是受人之托、代人理财的金融服务。", ["代人理材", "代人理财"]],
  // Risk.
  ["finance", EARLY, `对风险${EARLY}。`, ["早暴漏", "早暴露"]],
  // Securities.
  ["finance", SEC_POLICY, `坚持${SEC_POLICY}。`, ["不干予", "不干预"]],
  ["finance", MARKET, `加快建设${MARKET}。`, ["有任性", "有韧性"]],
  ["finance", "依法从严打击证券违法活动", "依法从严打击证券违法活动，维护资本市场秩序。", ["从言打击", "从严打击"]],
  // Banks and rural credit: the central bank's relending for agriculture and small firms.
  ["finance", "支农支小再贷款", "用好支农支小再贷款，降低“三农”和小微企业融资成本。", ["支农支晓", "支农支小"]],
  // Financial consumer education.
  ["finance", "金融知识进万家", "组织开展金融知识进万家宣传活动。", ["进万佳", "进万家"]],
];

/** The retired names: [the sentence, the draft's date line, the replacement Lectern names]. */
const RETIRED: [string, string, string][] = [
  ["人民银行南京分行召开金融形势分析会。", "2024年3月1日", "人民银行江苏省分行"],
  ["人行广州分行开展金融知识宣传。", "2023年9月1日", "人民银行广东省分行"],
  ["人民银行重庆营业管理部召开会议。", "2024年1月5日", "人民银行重庆市分行"],
  ["人民银行长沙中心支行召开会议。", "2024年1月5日", "人民银行湖南省分行"],
  ["人行乌鲁木齐中心支行召开会议。", "2024年1月5日", "人民银行新疆维吾尔自治区分行"],
  ["××银保监分局召开辖内银行业保险业工作会议。", "2023年10月10日", "金融监管分局"],
];

describe("pack: trust business classification, asset management, financial risk, securities regulation and the central bank's retired branches", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones keep their parts in order, and two exchanged draw slogan.parts naming the formulation", () => {
    assert.deepStrictEqual(orderedPartsOf(EARLY), ["早识别", "早预警", "早暴露", "早处置"]);
    assert.deepStrictEqual(orderedPartsOf(SEC_POLICY), ["建制度", "不干预", "零容忍"]);
    assert.deepStrictEqual(orderedPartsOf("受人之托、代人理财"), ["受人之托", "代人理财"]);
    assertPartsExchanged([
      ["对风险早识别、早暴露、早预警、早处置。", EARLY],
      ["坚持建制度、零容忍、不干预。", SEC_POLICY],
      ["资管业务是代人理财、受人之托的金融服务。", "受人之托、代人理财"],
    ]);
    // The three classes and dimensions are listed in other orders too: they carry parts, not an order.
    const idx = builtinSloganIndex();
    for (const form of [THREE_CLASSES, DIMENSIONS]) {
      const f = idx.formSet.get(form)!.slogan;
      assert.strictEqual(f.parts!.length, 3, form);
      assert.ok(!f.ordered, form);
    }
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "中共中央办公厅、国务院办公厅印发了《关于依法从严打击证券违法活动的意见》。",
      "坚持零容忍要求，依法严厉查处证券违法犯罪案件。",
      "对违法违规行为零容忍。",
      "加快建设安全、规范、透明、开放、有活力、有韧性的资本市场。",
      "打造规范透明开放有活力有韧性的资本市场。",
      "将信托业务分为资产管理信托、资产服务信托和公益慈善信托三大类。",
      "促进信托业务回归本源、规范发展。",
      "推动行业回归本源、做优做强。",
      "大力发展资产服务信托，规范发展资产管理信托。",
      "信托公司是受人之托、代人理财的金融机构。",
      "资管业务是“受人之托、代人理财”的金融服务。",
      "对风险早发现、早预警、早处置。",
      "做到早识别、早预警、早处置。",
      "中国人民银行江苏省分行、国家金融监督管理总局江苏监管局联合召开会议。",
      "中国工商银行南京分行、交通银行天津市分行、中国人民银行天津市分行、中国人民银行上海市分行。",
      "中国人民银行上海总部。",
      "××金融监管分局召开辖内银行业保险业工作会议。",
      "下调支农再贷款、支小再贷款利率0.25个百分点。",
      "开展“金融知识普及月 金融知识进万家 争做理性投资者 争做金融好网民”活动。",
      "推动金融知识进社区、进乡村、进校园。",
    ]);
  });

  it("a retired branch name is reported in a draft dated after its retirement, with the body that replaced it, and kept before it and after 原", () => {
    for (const [sentence, dateLine, replacement] of RETIRED) {
      const found = sloganFindings(`${sentence}\n${dateLine}\n`);
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"], sentence);
      assert.ok(found[0].message.includes(`现用“${replacement}”`), found[0].message);
      const f = builtinSloganIndex().formSet.get(found[0].message.match(/“([^”]+)”已停用/)![1])!.slogan;
      assert.ok(f.source && f.date && f.deprecated?.since && f.deprecated.note, sentence);
      assert.deepStrictEqual(sloganFindings(`${sentence}\n2022年12月1日\n`), [], sentence);
    }
    // The 监管分局 were unveiled with the 监管局 on 2023-07-20: a draft of June 2023 keeps the old name.
    assert.deepStrictEqual(sloganFindings("××银保监分局召开会议。\n2023年6月30日\n"), []);
    assert.deepStrictEqual(sloganFindings("原人民银行南京分行的职责由人民银行江苏省分行承担。\n2024年3月1日\n"), []);
  });

  it("the built CLI reports the slips and the retired name in a draft, naming each formulation, and nothing in the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("信托公司要回归信托本原。\n坚持建制度、零容忍、不干预。\n对风险早识别、早预警、早暴漏、早处置。\n人民银行南京分行召开会议。\n2024年3月1日\n"),
      [
        [0, "slogan.typo", "回归信托本源"],
        [1, "slogan.parts", undefined],
        [2, "slogan.typo", EARLY],
        [3, "slogan.deprecated", "人民银行南京分行"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("信托公司要回归信托本源。\n坚持建制度、不干预、零容忍。\n对风险早识别、早预警、早暴露、早处置。\n人民银行江苏省分行召开会议。\n2024年3月1日\n"), []);
  });
});
