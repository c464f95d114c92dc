/**
 * Everyday fixed phrases of natural resources and spatial planning (多规合一, 三区三线, the “两统一” duties,
 * 国家版图意识, 实景三维中国), farmland protection (以补定占, 量质并重…, 耕地数量、质量、生态“三位一体”保护),
 * the ocean (关心海洋、认识海洋、经略海洋, the 2025 financial and economic commission's five 更加注重, 美丽海湾),
 * water (the national water network, 南水北调, 造福人民的幸福河), meteorology (the 2022 outline for its
 * high-quality development) and flood control and disaster prevention (防大汛、抗大洪、抢大险、救大灾, 临灾预警
 * “叫应”机制, 自然灾害防治体系). Each written right draws nothing, each with one slip inside draws one
 * slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are exchanged; the
 * wording official texts write around them stays quiet; and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, orderedPartsOf, assertPartsExchanged, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const WEATHER_SYSTEM = "科技领先、监测精密、预报精准、服务精细、人民满意的现代气象体系";
const WEATHER_ROLE = "生命安全、生产发展、生活富裕、生态良好";
const FLOOD = "防大汛、抗大洪、抢大险、救大灾";
const RESOURCES = "严守资源安全底线、优化国土空间格局、促进绿色低碳发展、维护资源资产权益";
const OCEAN_ECONOMY = "更加注重创新驱动，更加注重高效协同，更加注重产业更新，更加注重人海和谐，更加注重合作共赢";
const WATER_NETWORK = "以自然河湖为基础、引调排水工程为通道、调蓄工程为结点、智慧调控为手段";
const FARMLAND = "量质并重、严格执法、系统推进、永续利用";

const CASES: PhraseCase[] = [
  // Meteorology.
  ["emergency-safety", WEATHER_SYSTEM, `努力构建${WEATHER_SYSTEM}。`, ["科技领鲜", "科技领先"]],
  ["emergency-safety", "监测精密、预报精准、服务精细", "监测精密、预报精准、服务精细能力不断提升。", ["服务精系", "服务精细"]],
  ["emergency-safety", "气象防灾减灾第一道防线", "充分发挥气象防灾减灾第一道防线作用。", ["第一到防线", "第一道防线"]],
  ["emergency-safety", WEATHER_ROLE, `全方位保障${WEATHER_ROLE}。`, ["生活富余", "生活富裕"]],
  ["emergency-safety", "气象事业是科技型、基础性、先导性社会公益事业", "气象事业是科技型、基础性、先导性社会公益事业。", ["先到性", "先导性"]],
  ["emergency-safety", "面向国家重大战略、面向人民生产生活、面向世界科技前沿", "面向国家重大战略、面向人民生产生活、面向世界科技前沿，以提供高质量气象服务为导向。", ["重大站略", "重大战略"]],
  ["emergency-safety", "创新驱动发展、需求牵引发展、多方协同发展", "坚持创新驱动发展、需求牵引发展、多方协同发展，加快推进气象现代化建设。", ["需求牵因", "需求牵引"]],
  // Flood control and disaster prevention.
  ["emergency-safety", FLOOD, `绷紧${FLOOD}这根弦。`, ["抢大显", "抢大险"]],
  ["emergency-safety", "临灾预警“叫应”机制", "全面落实临灾预警“叫应”机制。", ["林灾预警", "临灾预警"]],
  ["emergency-safety", "建立高效科学的自然灾害防治体系", "要建立高效科学的自然灾害防治体系，提高全社会自然灾害防治能力。", ["自然灾害防止体系", "自然灾害防治体系"]],
  ["emergency-safety", "第一次全国自然灾害综合风险普查", "扎实开展第一次全国自然灾害综合风险普查。", ["综合风险普察", "综合风险普查"]],
  // Natural resources, spatial planning and surveying.
  ["ecology", "多规合一", "将各类空间规划融合为统一的国土空间规划，实现“多规合一”。", ["多规和一", "多规合一"]],
  ["ecology", "全国统一、责权清晰、科学高效的国土空间规划体系", "建立全国统一、责权清晰、科学高效的国土空间规划体系。", ["科学高校", "科学高效"]],
  ["ecology", "生产空间集约高效、生活空间宜居适度、生态空间山清水秀", "促进生产空间集约高效、生活空间宜居适度、生态空间山清水秀。", ["宜居适渡", "宜居适度"]],
  ["ecology", "三区三线", "科学划定“三区三线”是编制国土空间规划的关键。", ["三区三限", "三区三线"]],
  ["ecology", "统一行使全民所有自然资源资产所有者职责，统一行使所有国土空间用途管制和生态保护修复职责", "自然资源部统一行使全民所有自然资源资产所有者职责，统一行使所有国土空间用途管制和生态保护修复职责。", ["生态保护修附", "生态保护修复"]],
  ["ecology", RESOURCES, `按照“${RESOURCES}”的定位推进工作。`, ["资源资产权宜", "资源资产权益"]],
  ["ecology", "国家版图意识", "加强宣传教育，增强公民的国家版图意识。", ["国家版涂意识", "国家版图意识"]],
  ["ecology", "实景三维中国建设", "全面推进实景三维中国建设。", ["实景三唯", "实景三维"]],
  ["ecology", "人机兼容、物联感知、泛在服务", "通过“人机兼容、物联感知、泛在服务”实现数字空间与现实空间的实时关联互通。", ["泛在服物", "泛在服务"]],
  // The ocean.
  ["ecology", "关心海洋、认识海洋、经略海洋", "要进一步关心海洋、认识海洋、经略海洋。", ["经掠海洋", "经略海洋"]],
  ["ecology", "具有中国特色的向海图强之路", "走出一条具有中国特色的向海图强之路。", ["向海图墙", "向海图强"]],
  ["ecology", OCEAN_ECONOMY, `推动海洋经济高质量发展，要${OCEAN_ECONOMY}。`, ["产业更兴", "产业更新"]],
  ["ecology", "水清滩净、鱼鸥翔集、人海和谐", "基本建成“水清滩净、鱼鸥翔集、人海和谐”的美丽海湾。", ["鱼鸥翔急", "鱼鸥翔集"]],
  // Water.
  ["ecology", WATER_NETWORK, `国家水网是${WATER_NETWORK}的综合体系。`, ["智慧调空", "智慧调控"]],
  ["ecology", "统筹解决水资源、水生态、水环境、水灾害问题", "加快构建国家水网，统筹解决水资源、水生态、水环境、水灾害问题。", ["水环竟", "水环境"]],
  ["ecology", "确有需要、生态安全、可以持续", "遵循确有需要、生态安全、可以持续的重大水利工程论证原则。", ["确有须要", "确有需要"]],
  ["ecology", "工程安全、供水安全、水质安全", "切实维护南水北调工程安全、供水安全、水质安全。", ["供水安泉", "供水安全"]],
  ["ecology", "夏汛冬枯、北缺南丰", "我国基本水情一直是夏汛冬枯、北缺南丰。", ["北缺南风", "北缺南丰"]],
  ["ecology", "水是生存之本、文明之源", "水是生存之本、文明之源。", ["文明之元", "文明之源"]],
  ["ecology", "造福人民的幸福河", "让黄河成为造福人民的幸福河。", ["幸福合", "幸福河"]],
  // Farmland protection.
  ["agriculture-rural", FARMLAND, `要突出把握好${FARMLAND}等重大要求。`, ["系统推近", "系统推进"]],
  ["agriculture-rural", "适宜耕作、旱涝保收、高产稳产的现代化良田", "把永久基本农田建成适宜耕作、旱涝保收、高产稳产的现代化良田。", ["旱涝保守", "旱涝保收"]],
  ["agriculture-rural", "以补定占", "将各类对耕地的占用统一纳入占补平衡管理，坚持“以补定占”。", ["以补定站", "以补定占"]],
  ["agriculture-rural", "落实“长牙齿”的耕地保护硬措施", "要落实“长牙齿”的耕地保护硬措施。", ["硬错施", "硬措施"]],
  ["agriculture-rural", "耕地数量、质量、生态“三位一体”保护", "健全耕地数量、质量、生态“三位一体”保护制度体系。", ["生太", "生态"]],
];

describe("pack: everyday phrases of natural resources, the ocean, water, meteorology and disaster prevention", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones keep their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(WEATHER_SYSTEM), ["科技领先", "监测精密", "预报精准", "服务精细", "人民满意"]);
    assert.deepStrictEqual(orderedPartsOf(WEATHER_ROLE), ["生命安全", "生产发展", "生活富裕", "生态良好"]);
    assert.deepStrictEqual(orderedPartsOf(FLOOD), ["防大汛", "抗大洪", "抢大险", "救大灾"]);
    assert.deepStrictEqual(orderedPartsOf(RESOURCES), ["严守资源安全底线", "优化国土空间格局", "促进绿色低碳发展", "维护资源资产权益"]);
    assert.deepStrictEqual(orderedPartsOf(OCEAN_ECONOMY), ["更加注重创新驱动", "更加注重高效协同", "更加注重产业更新", "更加注重人海和谐", "更加注重合作共赢"]);
    assert.deepStrictEqual(orderedPartsOf(WATER_NETWORK), ["以自然河湖为基础", "引调排水工程为通道", "调蓄工程为结点", "智慧调控为手段"]);
    assert.deepStrictEqual(orderedPartsOf(FARMLAND), ["量质并重", "严格执法", "系统推进", "永续利用"]);
    assert.deepStrictEqual(orderedPartsOf("关心海洋、认识海洋、经略海洋"), ["关心海洋", "认识海洋", "经略海洋"]);
    assertPartsExchanged([
      ["全方位保障生命安全、生活富裕、生产发展、生态良好。", WEATHER_ROLE],
      ["绷紧防大汛、抢大险、抗大洪、救大灾这根弦。", FLOOD],
      ["按照“严守资源安全底线、促进绿色低碳发展、优化国土空间格局、维护资源资产权益”的定位推进工作。", RESOURCES],
      ["要突出把握好量质并重、系统推进、严格执法、永续利用等重大要求。", FARMLAND],
      ["要进一步认识海洋、关心海洋、经略海洋。", "关心海洋、认识海洋、经略海洋"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "坚定不移走生产发展、生活富裕、生态良好的文明发展道路。",
      "气象工作关系生命安全、生产发展、生活富裕、生态良好。",
      "坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。",
      "预报预警是防灾避险的第一道防线。",
      "气象事业是科技型、基础性社会公益事业。",
      "提高监测预报精准度，及时发布预警信息。",
      "立足防大汛、抗大旱、抢大险、救大灾，完善“四预”措施，确保全县安全度汛。",
      "要立足抗大洪、抢大险，加强研判预警，紧盯重点部位。",
      "落实好临灾预警“叫醒”“叫应”机制，做到应转早转、应转尽转。",
      "提高全社会自然灾害防治能力。",
      "划定耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线。",
      "扎实履行“两统一”职责，严守资源安全底线。",
      "初步建成实景三维中国，全国300多个地级以上城市完成三维模型构建。",
      "规范使用地图，维护国家版图尊严和完整。",
      "坚持陆海统筹，加快建设海洋强国。",
      "推动海洋经济高质量发展，更加注重人海和谐。",
      "统筹水资源、水环境、水生态治理。",
      "坚持节水优先、空间均衡、系统治理、两手发力的治水思路。",
      "一张以自然河湖为基础、引调排水工程为通道、调蓄工程为节点、智慧调控为手段的国家水网正在加速构建。",
      "南水北调工程功在当代，利在千秋。",
      "越来越多的河湖变成造福人民的幸福河湖。",
      "改革完善耕地占补平衡制度，健全补充耕地质量验收制度。",
      "坚决遏制耕地“非农化”、防止“非粮化”，确保良田粮用。",
      "集中力量建设旱涝保收、稳产高产的高标准农田。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = "充分发挥气象防灾减灾第一道防线作用。\n全面推进实景三维中国建设。\n坚持“以补定占”，改革完善耕地占补平衡制度。\n";
    const slipped = right.replace("第一道防线", "第一到防线").replace("实景三维", "实景三唯").replace("以补定占", "以补定站");
    assert.deepStrictEqual(cliSloganFindings(slipped), [
      [0, "slogan.typo", "气象防灾减灾第一道防线"],
      [1, "slogan.typo", "实景三维中国建设"],
      [2, "slogan.typo", "以补定占"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
