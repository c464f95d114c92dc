/**
 * Everyday fixed phrases of a bank branch, an insurer, a securities office, a local financial
 * regulator and a state-owned enterprise: the six 强大 of a strong financial nation and its
 * modern financial system (2024-01-16), the 2024 capital-market and insurance opinions, the 2023 inclusive-finance
 * goals, the monetary and debt wording of the 2024 government work report and of the central
 * economic work conferences, the 个人养老金 principles, the 2016 SOE Party-building requirements
 * and the 2025 central SOE instruction. Each written right draws nothing, each with one slip inside
 * draws one slogan.typo whose fix restores it; the ordered lists draw slogan.parts when two parts
 * are exchanged; the wording official texts write around them stays quiet; and the built CLI
 * reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, assertPartsExchanged, assertQuiet, cliSloganFindings, itCatchesEachSlip, type PhraseCase } from "../support/slogan-findings";

const SIX_STRONG = "强大的货币、强大的中央银行、强大的金融机构、强大的国际金融中心、强大的金融监管、强大的金融人才队伍";
const INSURANCE_2035 = "市场体系完备、产品和服务丰富多样、监管科学有效、具有较强国际竞争力";
const INCLUSIVE_GOALS =
  "基础金融服务更加普及、经营主体融资更加便利、金融支持乡村振兴更加有力、金融消费者教育和保护机制更加健全、金融风险防控更加有效、普惠金融配套机制更加完善";
const PENSION = "适合中国国情、政府政策支持、个人自愿参加、市场化运营";
const SOE_PARTY_AIM = "提高企业效益、增强企业竞争实力、实现国有资产保值增值";

const CASES: PhraseCase[] = [
  // A strong financial nation (2024-01-16).
  ["finance", "加快构建中国特色现代金融体系", "建设金融强国，必须加快构建中国特色现代金融体系。", ["现代金融体习", "现代金融体系"]],
  ["finance", "守住开放条件下的金融安全底线", "稳慎扎实推进金融开放，守住开放条件下的金融安全底线。", ["金融安全底限", "金融安全底线"]],
  ["finance", "坚持经济和金融一盘棋思想", "各级领导干部要坚持经济和金融一盘棋思想。", ["一盘旗思想", "一盘棋思想"]],
  ["finance", "健全权责一致的风险处置责任机制", "加强监管协同，健全权责一致的风险处置责任机制。", ["风险处置责任机智", "风险处置责任机制"]],
  // The capital-market opinion (2024).
  ["finance", "严格上市公司持续监管", "严把发行上市准入关，严格上市公司持续监管。", ["持续监馆", "持续监管"]],
  ["finance", "加大退市监管力度", "加大退市监管力度，畅通多元退市渠道。", ["退市监管力渡", "退市监管力度"]],
  ["finance", "持续壮大长期投资力量", "大力推动中长期资金入市，持续壮大长期投资力量。", ["长期投资力亮", "长期投资力量"]],
  // The insurance opinion (2024).
  ["finance", "严把保险市场准入关", "严把保险市场准入关，严格保险机构持续监管。", ["市场准入官", "市场准入关"]],
  ["finance", "严肃整治保险违法违规行为", "严肃整治保险违法违规行为，维护市场秩序。", ["违法违规行位", "违法违规行为"]],
  ["finance", "有力有序有效防范化解保险业风险", "有力有序有效防范化解保险业风险，守住底线。", ["保险业风显", "保险业风险"]],
  // Inclusive finance (2023).
  ["finance", "健全多层次普惠金融机构组织体系", "健全多层次普惠金融机构组织体系，发挥农村中小银行支农支小作用。", ["机构组织体习", "机构组织体系"]],
  ["finance", "强化金融素养提升和消费者保护", "强化金融素养提升和消费者保护，开展金融知识普及教育。", ["金融素养提生", "金融素养提升"]],
  // Monetary policy, debt and the capital market (government work report 2024, central economic work conferences).
  ["finance", "保持流动性合理充裕", "稳健的货币政策要灵活适度、精准有效，保持流动性合理充裕。", ["合理充余", "合理充裕"]],
  ["finance", "避免资金沉淀空转", "畅通货币政策传导机制，避免资金沉淀空转。", ["资金沉殿空转", "资金沉淀空转"]],
  ["finance", "打通中长期资金入市卡点堵点", "深化资本市场投融资综合改革，打通中长期资金入市卡点堵点。", ["卡点赌点", "卡点堵点"]],
  ["finance", "中小金融机构减量提质", "稳步推动中小金融机构减量提质，稳妥化解风险。", ["减量提治", "减量提质"]],
  ["finance", "发挥好货币政策工具总量和结构双重功能", "发挥好货币政策工具总量和结构双重功能，盘活存量、提升效能。", ["结构双重公能", "结构双重功能"]],
  ["finance", "防范化解金融风险", "要着力防范化解金融风险特别是系统性风险。", ["金融风显", "金融风险"]],
  ["finance", "盘活被低效占用的金融资源", "积极盘活被低效占用的金融资源，提高资金使用效率。", ["金融资原", "金融资源"]],
  ["finance", "健全投资和融资相协调的资本市场功能", "提高资本市场制度包容性、适应性，健全投资和融资相协调的资本市场功能。", ["资本市场公能", "资本市场功能"]],
  ["finance", "构建科学稳健的货币政策体系和覆盖全面的宏观审慎管理体系", "完善中央银行制度，构建科学稳健的货币政策体系和覆盖全面的宏观审慎管理体系。", ["宏观审慎管理体习", "宏观审慎管理体系"]],
  // The central bank's structural tools.
  ["finance", "科技创新和技术改造再贷款", "用好科技创新和技术改造再贷款，支持设备更新。", ["技术改造再代款", "技术改造再贷款"]],
  ["finance", "普惠小微贷款支持工具", "运用普惠小微贷款支持工具，增加普惠小微贷款投放。", ["贷款支持公具", "贷款支持工具"]],
  // State-owned enterprises.
  ["soe", "打造原创技术策源地", "推进国有企业打造原创技术策源地。", ["技术策源第", "技术策源地"]],
  ["soe", "把加强党的领导和完善公司治理统一起来", "把加强党的领导和完善公司治理统一起来，加快完善中国特色现代企业制度。", ["完善公司治里", "完善公司治理"]],
  ["soe", "国有企业地位重要、作用关键、不可替代", "国有企业地位重要、作用关键、不可替代，要改革创新。", ["不可代替", "不可替代"]],
  ["soe", "党和国家最可信赖的依靠力量", "使国有企业成为党和国家最可信赖的依靠力量。", ["依靠历量", "依靠力量"]],
  ["soe", "坚持服务生产经营不偏离", "坚持服务生产经营不偏离，把提高企业效益作为党组织工作的出发点。", ["不篇离", "不偏离"]],
  ["soe", "以企业改革发展成果检验党组织的工作和战斗力", "以企业改革发展成果检验党组织的工作和战斗力。", ["工作和战斗立", "工作和战斗力"]],
  ["soe", "促进党建工作与生产经营深度融合", "压实管党治党责任，促进党建工作与生产经营深度融合。", ["深度溶合", "深度融合"]],
  ["soe", "提升国资监管效能", "在完善现代企业制度、提升国资监管效能等方面走在前列。", ["国资监管效嫩", "国资监管效能"]],
];

describe("pack: finance (a strong financial nation, the capital-market, insurance and inclusive-finance opinions, monetary policy) and state-owned enterprises", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the numbered lists carry their parts in order, and two exchanged draw slogan.parts", () => {
    const idx = builtinSloganIndex();
    const lists: [string, number][] = [[SIX_STRONG, 6], [INSURANCE_2035, 4], [INCLUSIVE_GOALS, 6], [PENSION, 4], [SOE_PARTY_AIM, 3]];
    for (const [form, n] of lists) {
      const f = idx.formSet.get(form)!.slogan;
      assert.strictEqual(f.parts?.length, n, form);
      assert.deepStrictEqual(f.parts, form.split("、"), form);
      assert.ok(f.ordered && f.source && f.date, form);
    }
    assertPartsExchanged([
      ["金融强国要拥有强大的中央银行、强大的货币、强大的金融机构、强大的国际金融中心、强大的金融监管、强大的金融人才队伍。", SIX_STRONG],
      ["到2035年，基本形成市场体系完备、监管科学有效、产品和服务丰富多样、具有较强国际竞争力的保险业新格局。", INSURANCE_2035],
      [
        "努力实现经营主体融资更加便利、基础金融服务更加普及、金融支持乡村振兴更加有力、金融消费者教育和保护机制更加健全、金融风险防控更加有效、普惠金融配套机制更加完善的目标。",
        INCLUSIVE_GOALS,
      ],
      ["推动发展适合中国国情、个人自愿参加、政府政策支持、市场化运营的个人养老金。", PENSION],
      ["把实现国有资产保值增值、增强企业竞争实力、提高企业效益作为国有企业党组织工作的出发点和落脚点。", SOE_PARTY_AIM],
      ["按照“稳定大局、分类施策、统筹协调、精准拆弹”的基本方针推进工作。", "稳定大局、统筹协调、分类施策、精准拆弹"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      `金融强国应当基于强大的经济基础，拥有${SIX_STRONG}。`,
      "建立健全科学稳健的金融调控体系、结构合理的金融市场体系、分工协作的金融机构体系、完备有效的金融监管体系、多样化专业性的金融产品和服务体系、自主可控安全高效的金融基础设施体系。",
      `到2035年，基本形成${INSURANCE_2035}的保险业新格局。`,
      `推动发展${PENSION}的个人养老金。`,
      `把${SOE_PARTY_AIM}作为国有企业党组织工作的出发点和落脚点。`,
      "建立健全科学稳健的金融调控体系。",
      "金融监管要“长牙带刺”、有棱有角。",
      "实现金融监管横向到边、纵向到底。",
      "保持流动性充裕，使社会融资规模、货币供应量增长同经济增长、价格总水平预期目标相匹配。",
      "保持人民币汇率在合理均衡水平上的基本稳定。",
      "稳妥推进一些地方的中小金融机构风险处置。",
      "严厉打击非法金融活动。",
      "推进普惠金融高质量发展。",
      "提升企业核心竞争优势。",
      "坚持党的领导、加强党的建设，是国有企业的“根”和“魂”。",
      "国有企业是我们党执政兴国的重要支柱和依靠力量。",
      "深入实施国有企业改革深化提升行动，增强核心功能、提高核心竞争力。",
      "努力提振资本市场，大力推动中长期资金入市。",
      "研究防范化解重大金融风险、做好金融稳定发展工作问题。",
      "防范和化解金融风险。",
      "按照“稳定大局、统筹协调、分类施策、精准拆弹”的基本方针推进工作。",
      "在前期设立碳减排金融支持工具基础上，再设立支持煤炭清洁高效利用专项再贷款。",
      "建设现代中央银行制度。",
      "提高资本市场制度包容性、适应性。",
      "强化反垄断和防止资本无序扩张。",
      "将普惠小微企业贷款延期还本付息支持工具转换为普惠小微贷款支持工具。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("必须加快构建中国特色现代金融体习。\n严把保险市场准入官。\n坚持服务生产经营不篇离。\n"),
      [
        [0, "slogan.typo", "加快构建中国特色现代金融体系"],
        [1, "slogan.typo", "严把保险市场准入关"],
        [2, "slogan.typo", "坚持服务生产经营不偏离"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("必须加快构建中国特色现代金融体系。\n严把保险市场准入关。\n坚持服务生产经营不偏离。\n"), []);
  });
});
