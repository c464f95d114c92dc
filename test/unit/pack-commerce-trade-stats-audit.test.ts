/**
 * Everyday fixed phrases of commerce and consumption (县域商业体系, 一刻钟便民生活圈, 首发经济、冰雪经济、
 * 银发经济), foreign trade and ports (外贸稳规模、优结构, 智慧海关、智能边境、智享联通, the features of a smart
 * port), postal and express delivery (the 寄递 safety's 三项制度, 邮政强国, 客货邮融合), civil aviation (the three
 * bottom lines), the supply and marketing cooperatives (the instructions of 2020 and 2024), tobacco (烟草专卖许可证
 * 制度), people's air defence (防空防灾一体化, 空袭危害), local gazetteers (the 2014 instruction), statistics (统计现代化
 * 改革, 统计监督, 数字上的腐败) and audit (审计全覆盖, 审计在党的自我革命中的独特作用). Each written right draws nothing,
 * each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when
 * two parts are exchanged; the wording official texts write around them stays quiet; and the built CLI reports
 * the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, orderedPartsOf, assertPartsExchanged, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const COUNTY = "以县城为中心、乡镇为重点、村为基础";
const CUSTOMS = "智慧海关、智能边境、智享联通";
const PORT = "口岸设施设备智能化、信息系统集约化、运行管理数字化、综合服务便利化、跨境合作常态化";
const POSTAL = "国脉所系、发展所需、民生所依";
const KEHUOYOU = "一点多能、一网多用、功能集约、便利高效";
const AVIATION = "飞行安全、廉政安全、真情服务";
const STAT_SUPERVISION = "方法科学、遵循规律、及时准确、真实可靠、防止虚假";
const DATA = "用数据说话、用数据决策、用数据管理、用数据创新";

const CASES: PhraseCase[] = [
  // Commerce and consumption.
  ["economy", COUNTY, `建立完善县域统筹，${COUNTY}的县域商业体系。`, ["县城为中新", "县城为中心"]],
  ["economy", "县域商业建设行动", "“十四五”时期，深入实施“县域商业建设行动”。", ["建设形动", "建设行动"]],
  ["economy", "工业品下乡、农产品进城", "工业品下乡、农产品进城双向流通渠道进一步畅通。", ["农产品近城", "农产品进城"]],
  ["economy", "以数字化、连锁化、标准化为方向", "以数字化、连锁化、标准化为方向，推动县域商业高质量发展。", ["连琐化", "连锁化"]],
  ["economy", "首发经济、冰雪经济、银发经济", "积极发展首发经济、冰雪经济、银发经济。", ["冰雪经计", "冰雪经济"]],
  ["economy", "提升消费能力、意愿和层级", "推动中低收入群体增收减负，提升消费能力、意愿和层级。", ["意原", "意愿"]],
  ["economy", "数字消费、绿色消费、健康消费", "实施数字消费、绿色消费、健康消费促进政策。", ["健康消废", "健康消费"]],
  ["economy", "一刻钟便民生活圈", "全面推进城市一刻钟便民生活圈建设。", ["一刻中", "一刻钟"]],
  // Foreign trade and ports.
  ["economy", "推动外贸稳规模、优结构", "推动外贸稳规模、优结构，培育外贸新动能。", ["优结够", "优结构"]],
  ["economy", CUSTOMS, `深入践行“${CUSTOMS}”重要理念。`, ["智享连通", "智享联通"]],
  ["economy", PORT, `以${PORT}为主要特征。`, ["跨境合做", "跨境合作"]],
  // Postal and express delivery, civil aviation.
  ["economy", "实名收寄、收寄验视、过机安检", "严格落实实名收寄、收寄验视、过机安检“三项制度”。", ["过机安简", "过机安检"]],
  ["economy", "人民满意、保障有力、世界前列的邮政强国", "建成人民满意、保障有力、世界前列的邮政强国。", ["邮正强国", "邮政强国"]],
  ["economy", POSTAL, `邮政体系为${POSTAL}。`, ["民生所倚", "民生所依"]],
  ["economy", KEHUOYOU, `基本建成“${KEHUOYOU}”的农村运输服务新模式。`, ["便利高校", "便利高效"]],
  ["economy", AVIATION, `坚守“${AVIATION}”三个底线。`, ["廉正安全", "廉政安全"]],
  // Statistics.
  ["economy", "统计现代化改革", "党的十八大以来，统计现代化改革深入推进。", ["现代化改格", "现代化改革"]],
  ["economy", "统计监督是党和国家监督体系的重要组成部分", "统计监督是党和国家监督体系的重要组成部分，是政府统计工作的一项基本职能。", ["统计监都", "统计监督"]],
  ["economy", STAT_SUPERVISION, `坚持${STAT_SUPERVISION}，提升统计监督有效性。`, ["遵循规率", "遵循规律"]],
  ["economy", "数字上的腐败", "坚决遏制“数字上的腐败”。", ["腐拜", "腐败"]],
  ["economy", "系统完整、协同高效、约束有力的统计监督体系", "加快构建系统完整、协同高效、约束有力的统计监督体系。", ["约束有利", "约束有力"]],
  ["economy", DATA, `建立健全${DATA}的管理体制。`, ["用数据决测", "用数据决策"]],
  ["economy", "统计是经济社会发展的重要综合性基础性工作", "统计是经济社会发展的重要综合性基础性工作。", ["基础姓", "基础性"]],
  // Audit.
  ["economy", "审计是党和国家监督体系的重要组成部分", "审计是党和国家监督体系的重要组成部分，是推动国家治理体系和治理能力现代化的重要力量。", ["审记是", "审计是"]],
  ["economy", "对公共资金、国有资产、国有资源和领导干部履行经济责任情况实行审计全覆盖", "对公共资金、国有资产、国有资源和领导干部履行经济责任情况实行审计全覆盖。", ["经济责认", "经济责任"]],
  ["economy", "发挥审计在推进党的自我革命中的独特作用", "更好发挥审计在推进党的自我革命中的独特作用。", ["独特做用", "独特作用"]],
  // Supply and marketing cooperatives.
  ["agriculture-rural", "牢记为农服务根本宗旨", "供销合作社要坚持从“三农”工作大局出发，牢记为农服务根本宗旨，持续深化综合改革。", ["根本宗指", "根本宗旨"]],
  ["agriculture-rural", "党领导下的为农服务的综合性合作经济组织", "供销合作社是党领导下的为农服务的综合性合作经济组织。", ["合作经济组识", "合作经济组织"]],
  ["agriculture-rural", "服务农民生产生活和促进现代农业发展的综合平台", "持续打造服务农民生产生活和促进现代农业发展的综合平台。", ["综合平抬", "综合平台"]],
  ["agriculture-rural", "党和政府密切联系农民群众的桥梁纽带", "当好党和政府密切联系农民群众的桥梁纽带。", ["桥梁钮带", "桥梁纽带"]],
  // Tobacco.
  ["soe", "实行烟草专卖许可证制度", "国家对烟草专卖品的生产、销售、进出口依法实行专卖管理，并实行烟草专卖许可证制度。", ["许可正", "许可证"]],
  // People's air defence.
  ["law-security", "防空防灾一体化建设", "推进人民防空工作防空防灾一体化建设。", ["防空防栽", "防空防灾"]],
  ["law-security", "防范和减轻空袭危害", "动员和组织群众采取防护措施，防范和减轻空袭危害。", ["空袭危骇", "空袭危害"]],
  // Local gazetteers.
  ["culture-tourism", "地方志是传承中华文明、发掘历史智慧的重要载体", "地方志是传承中华文明、发掘历史智慧的重要载体，做好编修工作十分重要。", ["历史智惠", "历史智慧"]],
  ["culture-tourism", "修志问道，以启未来", "修志问道，以启未来。", ["以起未来", "以启未来"]],
];

describe("pack: everyday phrases of commerce, foreign trade, ports, postal services, civil aviation, supply and marketing cooperatives, tobacco, air defence, gazetteers, statistics and audit", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones keep their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(COUNTY), ["以县城为中心", "乡镇为重点", "村为基础"]);
    assert.deepStrictEqual(orderedPartsOf(CUSTOMS), ["智慧海关", "智能边境", "智享联通"]);
    assert.deepStrictEqual(orderedPartsOf(POSTAL), ["国脉所系", "发展所需", "民生所依"]);
    assert.deepStrictEqual(orderedPartsOf(KEHUOYOU), ["一点多能", "一网多用", "功能集约", "便利高效"]);
    assert.deepStrictEqual(orderedPartsOf(AVIATION), ["飞行安全", "廉政安全", "真情服务"]);
    assert.deepStrictEqual(orderedPartsOf(STAT_SUPERVISION), ["方法科学", "遵循规律", "及时准确", "真实可靠", "防止虚假"]);
    assert.deepStrictEqual(orderedPartsOf(DATA), ["用数据说话", "用数据决策", "用数据管理", "用数据创新"]);
    assertPartsExchanged([
      ["深入践行“智慧海关、智享联通、智能边境”重要理念。", CUSTOMS],
      ["基本建成“一网多用、一点多能、功能集约、便利高效”的农村运输服务新模式。", KEHUOYOU],
      ["坚守“廉政安全、飞行安全、真情服务”三个底线。", AVIATION],
      ["坚持方法科学、遵循规律、真实可靠、及时准确、防止虚假，提升统计监督有效性。", STAT_SUPERVISION],
      ["建立健全用数据说话、用数据管理、用数据决策、用数据创新的管理体制。", DATA],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "加强县域商业体系建设，促进农村消费。",
      "建设改造一批县级物流配送中心、乡镇商贸中心和农村新型便民商店。",
      "县域商业包括农产品上行和工业品下行。",
      "加快清源老街步行街改造提升，发展首发经济、银发经济、冰雪经济。",
      "实施提振消费专项行动，推动中低收入群体增收减负。",
      "培育壮大新型消费，积极培育智能家居、文娱旅游、体育赛事等新的消费增长点。",
      "建设15分钟便民生活圈，满足居民日常生活基本消费需求。",
      "推动外贸质升量稳，巩固外贸外资基本盘。",
      "加快国际物流体系建设，打造智慧海关，助力外贸企业降本提效。",
      "推进智慧口岸建设，提升口岸通关效率。",
      "严格执行实名收寄制度，加强寄递渠道安全管理。",
      "加快推进农村客货邮融合发展，推广农村客运车辆代运邮件快件。",
      "建设人民满意、保障有力、世界前列的交通强国。",
      "坚持安全隐患零容忍，守牢航空安全底线。",
      "坚决防范和惩治统计造假、弄虚作假。",
      "坚持依法统计、依法治统。",
      "统计监督是政府统计工作的一项基本职能。",
      "审计监督是党和国家监督体系的重要组成部分。",
      "做到应审尽审、凡审必严、严肃问责。",
      "供销合作社是为农服务的合作经济组织，是党和政府做好“三农”工作的重要载体。",
      "加快成为服务农民生产生活的综合平台。",
      "深化集体产权、集体林权、农垦、供销社等改革。",
      "人民防空实行长期准备、重点建设、平战结合的方针。",
      "建立健全防空防灾相结合的工作机制。",
      "地方志存史、育人、资政，做好编修工作十分重要。",
      "按照“为党立言、为国存史、为民修志”的职责要求。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = "深入实施“县域商业建设行动”。\n坚决遏制“数字上的腐败”。\n牢记为农服务根本宗旨，持续深化综合改革。\n";
    const slipped = right.replace("建设行动", "建设形动").replace("腐败", "腐拜").replace("根本宗旨", "根本宗指");
    assert.deepStrictEqual(cliSloganFindings(slipped), [
      [0, "slogan.typo", "县域商业建设行动"],
      [1, "slogan.typo", "数字上的腐败"],
      [2, "slogan.typo", "牢记为农服务根本宗旨"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
