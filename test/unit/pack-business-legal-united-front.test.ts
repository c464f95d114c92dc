/**
 * Everyday fixed phrases of the business environment (法治是最好的营商环境, the social credit system's joint
 * rewards and penalties, the tendering law's principles, the 高效办成一件事 guidance on government services),
 * public legal services (the lawyers' law, mediation and arbitration in the dispute-resolution mechanism, the three platforms), the united front and overseas
 * Chinese affairs (the 最大同心圆, 民营经济人士 and the 两个健康, 侨务 in the 2024 government work report), the people's congresses' 四个机关,
 * and charity (第三次分配). Each written right draws nothing, each with one slip inside draws one slogan.typo
 * whose fix restores it; the ordered ones draw slogan.parts when two parts are exchanged; the wording official
 * texts write around them stays quiet, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import {
  assertCasesInPack,
  assertPartsExchanged,
  assertQuiet,
  cliSloganFindings,
  itCatchesEachSlip,
  orderedPartsOf,
  type PhraseCase,
} from "../support/slogan-findings";

const GOV = "办事方式多元化、办事流程最优化、办事材料最简化、办事成本最小化";
const ORGANS =
  "自觉坚持中国共产党领导的政治机关、保证人民当家作主的国家权力机关、全面担负宪法法律赋予的各项职责的工作机关、始终同人民群众保持密切联系的代表机关";
const DISTRIBUTION = "初次分配、再分配、第三次分配";
const GUIDANCE = "信任、团结、服务、引导、教育";

const CASES: PhraseCase[] = [
  // Business environment, credit, tendering, government services.
  ["economy", "法治是最好的营商环境", "法治是最好的营商环境，要在法治轨道上持续优化营商环境。", ["最好的营商环竟", "最好的营商环境"]],
  ["economy", "守信联合激励和失信联合惩戒", "健全守信联合激励和失信联合惩戒机制。", ["失信联合惩诫", "失信联合惩戒"]],
  ["economy", "褒扬诚信、惩戒失信", "形成褒扬诚信、惩戒失信的制度机制。", ["褒扬成信", "褒扬诚信"]],
  ["economy", "公开、公平、公正和诚实信用", "招标投标活动应当遵循公开、公平、公正和诚实信用的原则。", ["公正和城实信用", "公正和诚实信用"]],
  ["economy", GOV, `实现${GOV}，最大限度利企便民。`, ["办事流程最忧化", "办事流程最优化"]],
  ["economy", "泛在可及、智慧便捷、公平普惠的高效政务服务体系", "到2027年，基本形成泛在可及、智慧便捷、公平普惠的高效政务服务体系。", ["智慧便节", "智慧便捷"]],
  // Public legal services.
  ["law-security", "维护当事人合法权益，维护法律正确实施，维护社会公平和正义", "律师应当维护当事人合法权益，维护法律正确实施，维护社会公平和正义。", ["法律正确时施", "法律正确实施"]],
  ["law-security", "人民调解、行政调解、司法调解联动工作体系", "完善人民调解、行政调解、司法调解联动工作体系。", ["司法调节", "司法调解"]],
  [
    "law-security",
    "调解、仲裁、行政裁决、行政复议、诉讼等有机衔接、相互协调的多元化纠纷解决机制",
    "完善调解、仲裁、行政裁决、行政复议、诉讼等有机衔接、相互协调的多元化纠纷解决机制。",
    ["行政复意", "行政复议"],
  ],
  ["law-security", "实体、热线、网络三大平台", "推进公共法律服务实体、热线、网络三大平台融合发展。", ["实体、热限", "实体、热线"]],
  // United front: the 同心圆, private-economy figures, overseas Chinese.
  ["mass-organisations", "找到最大公约数，画出最大同心圆", "坚持一致性和多样性统一，找到最大公约数，画出最大同心圆。", ["最大同心园", "最大同心圆"]],
  ["mass-organisations", GUIDANCE, `全面贯彻${GUIDANCE}的方针，促进民营经济人士健康成长。`, ["服务、引到", "服务、引导"]],
  ["mass-organisations", "促进民营经济健康发展和民营经济人士健康成长", "促进民营经济健康发展和民营经济人士健康成长。", ["人士健康城长", "人士健康成长"]],
  ["mass-organisations", "维护海外侨胞和归侨侨眷合法权益", "加强和改进侨务工作，维护海外侨胞和归侨侨眷合法权益。", ["归侨侨卷", "归侨侨眷"]],
  ["mass-organisations", "汇聚起海内外中华儿女共同致力民族复兴的磅礴力量", "汇聚起海内外中华儿女共同致力民族复兴的磅礴力量。", ["磅薄力量", "磅礴力量"]],
  // People's congresses.
  ["people-congress", ORGANS, `各级人大及其常委会要成为${ORGANS}。`, ["宪法法律赋于", "宪法法律赋予"]],
  // Charity and the third distribution.
  ["grassroots-civil-social", DISTRIBUTION, `构建${DISTRIBUTION}协调配套的制度体系。`, ["再分培", "再分配"]],
  ["grassroots-civil-social", "发挥第三次分配作用", "发挥第三次分配作用，发展慈善事业，改善收入和财富分配格局。", ["第三次分配做用", "第三次分配作用"]],
  ["grassroots-civil-social", "引导、支持有意愿有能力的企业、社会组织和个人积极参与公益慈善事业", "引导、支持有意愿有能力的企业、社会组织和个人积极参与公益慈善事业。", ["有意原", "有意愿"]],
];

describe("pack: business environment, public legal services, united front and overseas Chinese affairs, people's congresses and charity", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(GOV), ["办事方式多元化", "办事流程最优化", "办事材料最简化", "办事成本最小化"]);
    assert.deepStrictEqual(orderedPartsOf(GUIDANCE), ["信任", "团结", "服务", "引导", "教育"]);
    assert.deepStrictEqual(orderedPartsOf(DISTRIBUTION), ["初次分配", "再分配", "第三次分配"]);
    assert.deepStrictEqual(orderedPartsOf("实体、热线、网络三大平台"), ["实体", "热线", "网络"]);
    assert.strictEqual(orderedPartsOf(ORGANS).length, 4);
    assertPartsExchanged([
      ["实现办事方式多元化、办事材料最简化、办事流程最优化、办事成本最小化。", GOV],
      ["全面贯彻信任、服务、团结、引导、教育的方针。", GUIDANCE],
      ["构建再分配、初次分配、第三次分配协调配套的制度体系。", DISTRIBUTION],
      ["推进公共法律服务热线、实体、网络三大平台融合发展。", "实体、热线、网络三大平台"],
    ]);
  });

  it("the variant the central financial and economic affairs commission wrote (三次分配) is an alias of 第三次分配's list", () => {
    const f = builtinSloganIndex().formSet.get(DISTRIBUTION)!.slogan;
    assert.ok(f.aliases?.includes("初次分配、再分配、三次分配"));
    assert.strictEqual(builtinSloganIndex().formSet.get("初次分配、再分配、三次分配")?.slogan, f);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "法治就是最好的营商环境。",
      "营造市场化、法治化、国际化一流营商环境。",
      "构建初次分配、再分配、三次分配协调配套的基础性制度安排。",
      "重视发挥第三次分配作用，发展慈善等社会公益事业。",
      "构建跨地区、跨部门、跨领域的守信联合激励和失信联合惩戒机制。",
      "让守信者受益、失信者受限。",
      "法律援助工作遵循公开、公平、公正的原则。",
      "政府采购应当遵循公开透明原则、公平竞争原则、公正原则和诚实信用原则。",
      "推进线下办事“只进一门”、线上办事“一网通办”。",
      "以推进“高效办成一件事”为牵引，提高政务服务水平。",
      "律师应当维护当事人合法权益。",
      "全社会尊法学法守法用法的自觉性和主动性显著增强。",
      "加强和改进侨务工作。",
      "向香港特别行政区同胞、澳门特别行政区同胞、台湾同胞和海外侨胞，表示衷心感谢！",
      "促进非公有制经济健康发展和非公有制经济人士健康成长。",
      "促进民营经济人士健康成长。",
      "人大是政治机关、国家权力机关、工作机关、代表机关。",
      "引导支持社会组织、人道救助、志愿服务、公益慈善等健康发展。",
      "坚持团结、教育、引导的方针。",
      "画出最大的同心圆。",
      "凝聚共识，画出最大同心圆。",
      "构建网上网下同心圆。",
      "坚持和发展新时代“枫桥经验”，完善社会矛盾纠纷多元预防调处化解综合机制。",
      "人民调解、行政调解、司法调解等多种方式。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("法治是最好的营商环竟。\n维护海外侨胞和归侨侨卷合法权益。\n发挥第三次分配做用，发展慈善事业。\n"),
      [
        [0, "slogan.typo", "法治是最好的营商环境"],
        [1, "slogan.typo", "维护海外侨胞和归侨侨眷合法权益"],
        [2, "slogan.typo", "发挥第三次分配作用"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("法治是最好的营商环境。\n维护海外侨胞和归侨侨眷合法权益。\n发挥第三次分配作用，发展慈善事业。\n"), []);
  });
});
