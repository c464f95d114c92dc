/**
 * Everyday fixed phrases of tax, budget, data and digital-government and housing offices: the 2021 opinion
 * on deepening tax collection reform (精确执法、精细服务、精准监管、精诚共治, the smart-tax goal), the
 * 2018 opinion on budget performance management, the 2024 government work report's fiscal, debt and
 * housing phrases, the 20th Congress report's housing system, the 2022 opinion on data institutions
 * (数据二十条), the 2024 opinion on public data resources, the 2022 guidance on digital government and the
 * 2022 opinion on high-skilled talent. Each written right draws nothing, each with one
 * slip inside draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two
 * parts are exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const TAX = "精确执法、精细服务、精准监管、精诚共治";
const DATA_RIGHTS = "数据资源持有权、数据加工使用权、数据产品经营权";
const DG_GOAL = "政府决策科学化、社会治理精准化、公共服务高效化";
const PD_GOAL = "赋能实体经济、扩大消费需求、拓展投资空间、提升治理能力";
const DG_FRAME = "政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑";
const SKILL_GOAL = "制度政策更加健全、培养体系更加完善、岗位使用更加合理、评价机制更加科学、激励保障更加有力";
const SMART_TAX = "以服务纳税人缴费人为中心、以发票电子化改革为突破口、以税收大数据为驱动力";

const CASES: PhraseCase[] = [
  // Tax collection reform (2021).
  ["economy", TAX, `深入推进${TAX}，大幅提高税法遵从度和社会满意度。`, ["精准监官", "精准监管"]],
  ["economy", SMART_TAX, `着力建设${SMART_TAX}的智慧税务。`, ["发票电子化改格", "发票电子化改革"]],
  ["economy", "高集成功能、高安全性能、高应用效能", "建设具有高集成功能、高安全性能、高应用效能的智慧税务。", ["高应用笑能", "高应用效能"]],
  ["economy", "基础性、支柱性、保障性作用", "充分发挥税收在国家治理中的基础性、支柱性、保障性作用。", ["支住性", "支柱性"]],
  ["economy", "大幅提高税法遵从度和社会满意度", "大幅提高税法遵从度和社会满意度，明显降低征纳成本。", ["税法尊从度", "税法遵从度"]],
  ["economy", "深化税收征管改革", "持续深化税收征管改革。", ["税收征官改革", "税收征管改革"]],
  ["economy", "推动税务执法、服务、监管的理念和方式手段等全方位变革", "推动税务执法、服务、监管的理念和方式手段等全方位变革。", ["方式手段等全方位变格", "方式手段等全方位变革"]],
  ["economy", "整体性集成式提升税收治理效能", "统筹推进各项改革措施，整体性集成式提升税收治理效能。", ["税收治理笑能", "税收治理效能"]],
  ["economy", "明显降低征纳成本", "大幅提高税法遵从度和社会满意度，明显降低征纳成本。", ["明显降低征纳成笨", "明显降低征纳成本"]],
  // Budget performance (2018) and fiscal work (2024).
  ["economy", "全方位、全过程、全覆盖的预算绩效管理体系", "加快建成全方位、全过程、全覆盖的预算绩效管理体系。", ["预算绩效管里体系", "预算绩效管理体系"]],
  ["economy", "预算和绩效管理一体化", "实现预算和绩效管理一体化。", ["预算和纪效管理一体化", "预算和绩效管理一体化"]],
  ["economy", "切实把财政资金用在刀刃上、用出实效来", "真正精打细算，切实把财政资金用在刀刃上、用出实效来。", ["用在刀忍上", "用在刀刃上"]],
  ["economy", "强化国家重大战略任务和基本民生财力保障", "大力优化支出结构，强化国家重大战略任务和基本民生财力保障。", ["基本民生财力保章", "基本民生财力保障"]],
  ["economy", "妥善化解存量债务风险、严防新增债务风险", "妥善化解存量债务风险、严防新增债务风险。", ["存量债务风限", "存量债务风险"]],
  ["economy", "建立同高质量发展相适应的政府债务管理机制", "建立同高质量发展相适应的政府债务管理机制。", ["政府债务管理机智", "政府债务管理机制"]],
  // Housing.
  ["economy", "满足居民刚性住房需求和多样化改善性住房需求", "满足居民刚性住房需求和多样化改善性住房需求。", ["多样化改善性住房需球", "多样化改善性住房需求"]],
  ["economy", "推进“平急两用”公共基础设施建设和城中村改造", "稳步推进“平急两用”公共基础设施建设和城中村改造。", ["城中村改照", "城中村改造"]],
  ["economy", "打造宜居、智慧、韧性城市", "打造宜居、智慧、韧性城市。", ["韧性城事", "韧性城市"]],
  ["economy", "多主体供给、多渠道保障、租购并举的住房制度", "加快建立多主体供给、多渠道保障、租购并举的住房制度。", ["多渠道保章", "多渠道保障"]],
  // Data institutions (数据二十条, 2022).
  ["science-technology", "以维护国家数据安全、保护个人信息和商业秘密为前提", "以维护国家数据安全、保护个人信息和商业秘密为前提。", ["商业密秘", "商业秘密"]],
  ["science-technology", "以促进数据合规高效流通使用、赋能实体经济为主线", "以促进数据合规高效流通使用、赋能实体经济为主线。", ["负能实体经济", "赋能实体经济"]],
  ["science-technology", "保障权益、合规使用的数据产权制度", "建立保障权益、合规使用的数据产权制度。", ["数据产权质度", "数据产权制度"]],
  ["science-technology", "合规高效、场内外结合的数据要素流通和交易制度", "建立合规高效、场内外结合的数据要素流通和交易制度。", ["场内外结和", "场内外结合"]],
  ["science-technology", "体现效率、促进公平的数据要素收益分配制度", "建立体现效率、促进公平的数据要素收益分配制度。", ["收益分陪制度", "收益分配制度"]],
  ["science-technology", "安全可控、弹性包容的数据要素治理制度", "建立安全可控、弹性包容的数据要素治理制度。", ["弹性包融", "弹性包容"]],
  ["science-technology", "数据产权结构性分置制度", "探索数据产权结构性分置制度。", ["结构性分至制度", "结构性分置制度"]],
  ["science-technology", DATA_RIGHTS, `建立${DATA_RIGHTS}等分置的产权运行机制。`, ["数据产品经营全", "数据产品经营权"]],
  ["science-technology", "公共数据确权授权机制", "推进实施公共数据确权授权机制。", ["公共数据确权受权机制", "公共数据确权授权机制"]],
  ["science-technology", "数据要素由市场评价贡献、按贡献决定报酬机制", "健全数据要素由市场评价贡献、按贡献决定报酬机制。", ["按贡献决定报筹", "按贡献决定报酬"]],
  // Public data resources (2024).
  ["science-technology", "以促进公共数据合规高效流通使用为主线", "以促进公共数据合规高效流通使用为主线，以提高资源开发利用水平为目标。", ["合规高效流通使拥", "合规高效流通使用"]],
  ["science-technology", "权责清晰、条块协同的公共数据资源开发利用格局", "逐步形成权责清晰、条块协同的公共数据资源开发利用格局。", ["条块协通", "条块协同"]],
  ["science-technology", PD_GOAL, `公共数据在${PD_GOAL}中的要素作用充分发挥。`, ["拓展投资空简", "拓展投资空间"]],
  ["science-technology", "深化数据要素配置改革", "深化数据要素配置改革，扩大公共数据资源供给。", ["数据要素配制改革", "数据要素配置改革"]],
  ["science-technology", "扩大公共数据资源供给", "深化数据要素配置改革，扩大公共数据资源供给。", ["公共数据资源供级", "公共数据资源供给"]],
  ["science-technology", "规范公共数据授权运营", "加强资源管理，规范公共数据授权运营。", ["公共数据授权运赢", "公共数据授权运营"]],
  ["science-technology", "推动数据产业健康发展", "鼓励应用创新，推动数据产业健康发展。", ["推动数据产业建康发展", "推动数据产业健康发展"]],
  // Digital government (2022).
  ["science-technology", "建设网络强国、数字中国的基础性和先导性工程", "加强数字政府建设是建设网络强国、数字中国的基础性和先导性工程。", ["先导性公程", "先导性工程"]],
  ["science-technology", "整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府", "整体协同、敏捷高效、智能精准、开放透明、公平普惠的数字政府基本建成。", ["敏捷高笑", "敏捷高效"]],
  ["science-technology", DG_GOAL, `${DG_GOAL}取得重要进展。`, ["社会治理精准话", "社会治理精准化"]],
  ["science-technology", DG_FRAME, `${DG_FRAME}等数字政府体系框架基本形成。`, ["平台支称", "平台支撑"]],
  ["science-technology", "协同高效的政府数字化履职能力体系", "构建协同高效的政府数字化履职能力体系。", ["政府数字化旅职能力", "政府数字化履职能力"]],
  ["science-technology", "科学规范的数字政府建设制度规则体系", "构建科学规范的数字政府建设制度规则体系。", ["制度规责体系", "制度规则体系"]],
  ["science-technology", "以数字政府建设全面引领驱动数字化发展", "以数字政府建设全面引领驱动数字化发展。", ["全面引领驱动数字化发张", "全面引领驱动数字化发展"]],
  ["science-technology", "数字化、智能化的政府运行新形态", "构建数字化、智能化的政府运行新形态。", ["政府运行新行态", "政府运行新形态"]],
  // Skilled workers (2022 opinion on high-skilled talent).
  ["grassroots-civil-social", "技能人才是支撑中国制造、中国创造的重要力量", "技能人才是支撑中国制造、中国创造的重要力量。", ["中国创早", "中国创造"]],
  ["grassroots-civil-social", SKILL_GOAL, `到“十四五”时期末，高技能人才${SKILL_GOAL}。`, ["评价机制更加科雪", "评价机制更加科学"]],
  ["grassroots-civil-social", "技能人才规模不断壮大、素质稳步提升、结构持续优化、收入稳定增加", "技能人才规模不断壮大、素质稳步提升、结构持续优化、收入稳定增加。", ["结构持续忧化", "结构持续优化"]],
  ["grassroots-civil-social", "尊重技能尊重劳动的社会氛围", "尊重技能尊重劳动的社会氛围更加浓厚。", ["尊重劳动的社会氛维", "尊重劳动的社会氛围"]],
  ["grassroots-civil-social", "完善技能导向的使用制度", "完善技能导向的使用制度，健全高技能人才岗位使用机制。", ["技能导向的使用质度", "技能导向的使用制度"]],
  ["grassroots-civil-social", "建立技能人才职业技能等级制度和多元化评价机制", "建立技能人才职业技能等级制度和多元化评价机制。", ["多元化评价机智", "多元化评价机制"]],
  ["grassroots-civil-social", "建立高技能人才表彰激励机制", "建立高技能人才表彰激励机制。", ["高技能人才表章激励机制", "高技能人才表彰激励机制"]],
  ["grassroots-civil-social", "发挥职业学校培养高技能人才的基础性作用", "发挥职业学校培养高技能人才的基础性作用。", ["职业学校培养高技能人材", "职业学校培养高技能人才"]],
  ["grassroots-civil-social", "实施高技能领军人才培育计划", "实施高技能领军人才培育计划。", ["领军人才培育计化", "领军人才培育计划"]],
  ["grassroots-civil-social", "实施制造业技能根基工程", "实施制造业技能根基工程。", ["制造业技能根基公程", "制造业技能根基工程"]],
];

describe("pack: tax collection reform, budget performance, fiscal and debt work, housing, data institutions, digital government and skilled workers", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts, and two exchanged draw slogan.parts", () => {
    const idx = builtinSloganIndex();
    const tax = idx.formSet.get(TAX)!.slogan;
    assert.deepStrictEqual(tax.parts, ["精确执法", "精细服务", "精准监管", "精诚共治"]);
    assert.ok(tax.ordered && tax.source && tax.date);
    assert.deepStrictEqual(idx.formSet.get(DATA_RIGHTS)!.slogan.parts, ["数据资源持有权", "数据加工使用权", "数据产品经营权"]);
    assertPartsExchanged([
      ["深入推进精细服务、精确执法、精准监管、精诚共治。"],
      ["建立数据加工使用权、数据资源持有权、数据产品经营权等分置的产权运行机制。"],
      ["社会治理精准化、政府决策科学化、公共服务高效化取得重要进展。"],
      ["到“十四五”时期末，高技能人才培养体系更加完善、制度政策更加健全、岗位使用更加合理、评价机制更加科学、激励保障更加有力。"],
      ["公共数据在扩大消费需求、赋能实体经济、拓展投资空间、提升治理能力中的要素作用充分发挥。"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "中共中央办公厅、国务院办公厅印发《关于进一步深化税收征管改革的意见》。",
      "推动税务执法、服务、监管的理念和方式手段等全方位变革。",
      "坚持依法治税，不断优化税务执法方式。",
      "到2025年，基本建成以税收大数据为驱动、以纳税人为中心、具有中国特色的智慧税务。",
      "更加注重结果导向、强调成本效益、硬化责任约束。",
      "各级政府要习惯过紧日子，严控一般性支出。",
      "中央财政加大对地方均衡性转移支付力度，省级政府要推动财力下沉。",
      "加大保障性住房建设和供给，完善商品房相关基础性制度。",
      "因城施策优化房地产调控，推动房地产市场平稳健康发展。",
      "稳步实施城市更新行动，推进城中村改造。",
      "数据作为新型生产要素，是数字化、网络化、智能化的基础。",
      "以数据产权、流通交易、收益分配、安全治理为重点。",
      "健全数据基础制度，大力推动数据开发开放和流通使用。",
      "“最多跑一次”“一网通办”“一网统管”“一网协同”“接诉即办”等创新实践不断涌现。",
      "加快数字政府建设，以推进“高效办成一件事”为牵引，提高政务服务水平。",
      "建设法治政府、廉洁政府和服务型政府。",
      "在维护国家数据安全、保护个人信息和商业秘密前提下，依法依规有序开放公共数据。",
      "坚持政府指导、市场驱动，有效扩大公共数据供给。",
      "统筹发展和安全，营造开发利用良好环境。",
      "技能人才占就业人员的比例达到30%以上，高技能人才占技能人才的比例达到1/3。",
      "大力弘扬劳模精神、劳动精神、工匠精神，激励更多劳动者走技能成才、技能报国之路。",
      "加大高技能人才培养力度，健全高技能人才培养体系。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("深入推进精确执法、精细服务、精准监官、精诚共治。\n加快建成全方位、全过程、全覆盖的预算绩效管里体系。\n探索数据产权结构性分至制度。\n"),
      [
        [0, "slogan.typo", TAX],
        [1, "slogan.typo", "全方位、全过程、全覆盖的预算绩效管理体系"],
        [2, "slogan.typo", "数据产权结构性分置制度"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("深入推进精确执法、精细服务、精准监管、精诚共治。\n加快建成全方位、全过程、全覆盖的预算绩效管理体系。\n探索数据产权结构性分置制度。\n"), []);
  });
});
