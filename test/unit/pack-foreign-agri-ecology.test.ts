/**
 * Fixed phrases of foreign affairs, agriculture and ecology that a county's foreign-affairs office,
 * agriculture bureau or ecology bureau writes: the 2023 central foreign-affairs conference (the goals of a
 * community with a shared future, the three global initiatives), the global development, security,
 * civilisation and governance initiatives with their parts, the eight Belt and Road actions and their
 * guiding principles, international sister cities; the 2024 and 2025 No. 1 documents, the rural work
 * conferences, the separation of land rights; the 2018 six principles of ecological civilisation, the
 * carbon opinion's working principles, the beautiful-China opinion's five
 * relations, river and forest chiefs, national parks and zoning controls. Each written right draws
 * nothing, each with one slip inside draws one slogan.typo whose fix restores it; the numbered and
 * ordered runs keep their order (slogan.parts when two are exchanged); correct sentences official texts
 * write around them stay quiet; the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged, orderedPartsOf } from "../support/slogan-findings";

const FIVE_WORLD = "持久和平、普遍安全、共同繁荣、开放包容、清洁美丽";
const THREE_GI = "全球发展倡议、全球安全倡议、全球文明倡议";
const GGI = "奉行主权平等、遵守国际法治、践行多边主义、倡导以人为本、注重行动导向";
const CARBON = "全国统筹、节约优先、双轮驱动、内外畅通、防范风险";
const RELATIONS = "高质量发展和高水平保护、重点攻坚和协同治理、自然恢复和人工修复、外部约束和内生动力、“双碳”承诺和自主行动";
const FOREST = "党政同责、属地负责、部门协同、源头治理、全域覆盖";
const LAND = "落实集体所有权、稳定农户承包权、放活土地经营权";

const F = "hk-macao-taiwan-foreign";
const A = "agriculture-rural";
const E = "ecology";

const CASES: PhraseCase[] = [
  // Foreign affairs: the 2023 conference.
  [F, FIVE_WORLD, `推动建设${FIVE_WORLD}的世界。`, ["共同繁容", "共同繁荣"]],
  [F, THREE_GI, `以落实${THREE_GI}为战略引领。`, ["全球文明倡意", "全球文明倡议"]],
  [F, "构建人类命运共同体是习近平外交思想的核心理念", "构建人类命运共同体是习近平外交思想的核心理念。", ["核心里念", "核心理念"]],
  [F, "平等有序的世界多极化", "我们倡导平等有序的世界多极化。", ["世界多级化", "世界多极化"]],
  [F, "普惠包容的经济全球化", "顺应普惠包容的经济全球化。", ["普会包容", "普惠包容"]],
  [F, "世界进入新的动荡变革期", "世界进入新的动荡变革期，我们要保持战略定力。", ["动荡变格期", "动荡变革期"]],
  [F, "中国特色大国外交将进入一个可以更有作为的新阶段", "新征程上，中国特色大国外交将进入一个可以更有作为的新阶段。", ["更有做为", "更有作为"]],
  [F, "牢牢占据国际道义制高点", "旗帜鲜明、站稳立场，牢牢占据国际道义制高点。", ["国际道意", "国际道义"]],
  [F, "高质量共建“一带一路”", "以高质量共建“一带一路”为实践平台。", ["高质量共见", "高质量共建"]],
  // The global initiatives.
  [F, "全球治理倡议", "当好践行全球治理倡议的表率。", ["全球治里倡议", "全球治理倡议"]],
  [F, GGI, `全球治理倡议的核心是${GGI}。`, ["遵守国际法制", "遵守国际法治"]],
  [F, "推动构建更加公正合理的全球治理体系", "同各国一道，推动构建更加公正合理的全球治理体系。", ["公正合里", "公正合理"]],
  [F, "更加强劲、绿色、健康的全球发展", "推动实现更加强劲、绿色、健康的全球发展。", ["更加强径", "更加强劲"]],
  [F, "均衡、有效、可持续的安全架构", "构建均衡、有效、可持续的安全架构。", ["安全架购", "安全架构"]],
  [F, "统筹维护传统领域和非传统领域安全", "坚持统筹维护传统领域和非传统领域安全。", ["传统领于", "传统领域"]],
  [F, "共同倡导尊重世界文明多样性", "我们要共同倡导尊重世界文明多样性。", ["文明多样姓", "文明多样性"]],
  [F, "共同倡导加强国际人文交流合作", "共同倡导加强国际人文交流合作，促进各国人民相知相亲。", ["人文交留", "人文交流"]],
  [F, "以文明交流超越文明隔阂、文明互鉴超越文明冲突、文明包容超越文明优越", "以文明交流超越文明隔阂、文明互鉴超越文明冲突、文明包容超越文明优越。", ["文明隔合", "文明隔阂"]],
  // Belt and Road, sister cities.
  [F, "构建“一带一路”立体互联互通网络", "构建“一带一路”立体互联互通网络。", ["互联互同", "互联互通"]],
  [F, "共商共建共享、开放绿色廉洁、高标准惠民生可持续", "坚持共商共建共享、开放绿色廉洁、高标准惠民生可持续。", ["绿色廉结", "绿色廉洁"]],
  [F, "努力开创周边工作新局面", "聚焦构建周边命运共同体，努力开创周边工作新局面。", ["周边工作新居面", "周边工作新局面"]],
  [F, "让命运共同体意识在周边国家落地生根", "让命运共同体意识在周边国家落地生根。", ["落地生跟", "落地生根"]],
  [F, "大力开展中国国际友好城市工作", "要大力开展中国国际友好城市工作。", ["友好成市", "友好城市"]],
  // Agriculture.
  [A, "把推进乡村全面振兴作为新时代新征程“三农”工作的总抓手", "把推进乡村全面振兴作为新时代新征程“三农”工作的总抓手。", ["总抓首", "总抓手"]],
  [A, "由点及面、迭代升级", "从农村环境整治入手，由点及面、迭代升级。", ["迭代升极", "迭代升级"]],
  [A, "强化农民增收举措", "强化科技和改革双轮驱动，强化农民增收举措。", ["增收举错", "增收举措"]],
  [A, "以改革开放和科技创新为动力", "以改革开放和科技创新为动力，巩固和完善农村基本经营制度。", ["科技创心", "科技创新"]],
  [A, "锚定推进乡村全面振兴、建设农业强国目标", "锚定推进乡村全面振兴、建设农业强国目标。", ["乡村全面振新", "乡村全面振兴"]],
  [A, "守住耕地这个命根子", "要守住耕地这个命根子。", ["命跟子", "命根子"]],
  [A, "确保耕地数量有保障、质量有提升", "确保耕地数量有保障、质量有提升。", ["质量有提生", "质量有提升"]],
  [A, "抓住耕地和种子两个要害", "要抓住耕地和种子两个要害。", ["两个要还", "两个要害"]],
  [A, "把当家品种牢牢攥在自己手里", "把当家品种牢牢攥在自己手里。", ["当家品中", "当家品种"]],
  [A, "完善联农带农机制", "精准务实培育乡村产业，完善联农带农机制。", ["联农代农", "联农带农"]],
  [A, "深化承包地所有权、承包权、经营权分置改革", "深化承包地所有权、承包权、经营权分置改革。", ["经营权分制", "经营权分置"]],
  [A, LAND, `${LAND}。`, ["放活土地经营全", "放活土地经营权"]],
  [A, "以家庭承包经营为基础、统分结合的双层经营体制", "坚持以家庭承包经营为基础、统分结合的双层经营体制。", ["统分节合", "统分结合"]],
  [A, "推进肉牛、奶牛产业纾困", "推进肉牛、奶牛产业纾困，稳定基础产能。", ["产业疏困", "产业纾困"]],
  [A, "分类有序推进乡村全面振兴", "优化城乡发展格局，分类有序推进乡村全面振兴。", ["分类有续", "分类有序"]],
  [A, "健全多元化乡村振兴投入保障机制", "健全多元化乡村振兴投入保障机制。", ["投入保障机治", "投入保障机制"]],
  // Ecology.
  [E, "良好生态环境是最普惠的民生福祉", "良好生态环境是最普惠的民生福祉。", ["民生福址", "民生福祉"]],
  [E, "用最严格制度最严密法治保护生态环境", "用最严格制度最严密法治保护生态环境。", ["最严密法制", "最严密法治"]],
  [E, "让制度成为刚性的约束和不可触碰的高压线", "让制度成为刚性的约束和不可触碰的高压线。", ["不可触砰", "不可触碰"]],
  [E, "给自然生态留下休养生息的时间和空间", "给自然生态留下休养生息的时间和空间。", ["休养生习", "休养生息"]],
  [E, CARBON, `坚持${CARBON}的原则。`, ["内外畅同", "内外畅通"]],
  [E, "坚持把绿色低碳发展作为解决生态环境问题的治本之策", "坚持把绿色低碳发展作为解决生态环境问题的治本之策。", ["治本之测", "治本之策"]],
  [E, "厚植高质量发展的绿色底色", "厚植高质量发展的绿色底色。", ["绿色低色", "绿色底色"]],
  [E, "把建设美丽中国摆在强国建设、民族复兴的突出位置", "把建设美丽中国摆在强国建设、民族复兴的突出位置。", ["民族复新", "民族复兴"]],
  [E, RELATIONS, `处理好${RELATIONS}的关系。`, ["内生动利", "内生动力"]],
  [E, "碳排放达峰后稳中有降", "到2035年，碳排放达峰后稳中有降。", ["稳中有将", "稳中有降"]],
  [E, FOREST, `构建${FOREST}的长效机制。`, ["全域复盖", "全域覆盖"]],
  [E, "森林草原防灭火一体化", "坚持森林草原防灭火一体化。", ["防灭火一替化", "防灭火一体化"]],
  [E, "以国家公园为主体、以自然保护区为基础、以各类自然公园为补充的自然保护地体系", "建设以国家公园为主体、以自然保护区为基础、以各类自然公园为补充的自然保护地体系。", ["自然保户区", "自然保护区"]],
  [E, "划定并严守生态保护红线", "划定并严守生态保护红线。", ["生态保户红线", "生态保护红线"]],
  [E, "健全绿色低碳发展机制", "健全绿色低碳发展机制，加快经济社会发展全面绿色转型。", ["绿色低碳发展机治", "绿色低碳发展机制"]],
  [E, "分区域、差异化、精准管控的生态环境管理制度", "实施分区域、差异化、精准管控的生态环境管理制度。", ["精准管空", "精准管控"]],
];

describe("pack: foreign affairs (the 2023 conference, the global initiatives, Belt and Road), agriculture (the 2024 and 2025 No. 1 documents, land rights) and ecology (six principles, carbon, beautiful China, river and forest chiefs)", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the numbered and ordered runs carry their parts, and two exchanged draw slogan.parts naming the formulation", () => {
    const parts = orderedPartsOf;
    assert.deepStrictEqual(parts(THREE_GI), ["全球发展倡议", "全球安全倡议", "全球文明倡议"]);
    assert.deepStrictEqual(parts(GGI), ["奉行主权平等", "遵守国际法治", "践行多边主义", "倡导以人为本", "注重行动导向"]);
    assert.deepStrictEqual(parts(CARBON), ["全国统筹", "节约优先", "双轮驱动", "内外畅通", "防范风险"]);
    assert.strictEqual(parts(RELATIONS)!.length, 5);
    assert.strictEqual(parts("和平、发展、公平、正义、民主、自由")!.length, 6);
    assertPartsExchanged([
      ["以落实全球发展倡议、全球文明倡议、全球安全倡议为战略引领。", THREE_GI],
      ["奉行主权平等、践行多边主义、遵守国际法治、倡导以人为本、注重行动导向。", GGI],
      ["建设持久和平、共同繁荣、普遍安全、开放包容、清洁美丽的世界。", FIVE_WORLD],
      ["坚持全国统筹、双轮驱动、节约优先、内外畅通、防范风险原则。", CARBON],
      ["坚持节约优先、自然恢复为主、保护优先的方针。", "节约优先、保护优先、自然恢复为主"],
      ["落实集体所有权、放活土地经营权、稳定农户承包权。", LAND],
      ["坚持产业兴农、绿色兴农、质量兴农。", "产业兴农、质量兴农、绿色兴农"],
      ["坚持睦邻、富邻、安邻。", "睦邻、安邻、富邻"],
      ["弘扬和平、发展、民主、自由、公平、正义的全人类共同价值。", "和平、发展、公平、正义、民主、自由"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "推动建设一个持久和平的世界。",
      "提出全球发展倡议、全球安全倡议、全球文明倡议、全球治理倡议。",
      "践行全球治理倡议，完善全球治理体系。",
      "推动共建“一带一路”高质量发展。",
      "推动建设开放型世界经济。",
      "以文明交流超越文明隔阂、文明互鉴超越文明冲突、文明共存超越文明优越。",
      "坚持共同、综合、合作、可持续的新安全观。",
      "中国倡导平等有序的世界多极化和普惠包容的经济全球化。",
      "世界之变、时代之变、历史之变正以前所未有的方式展开。",
      "提升乡村产业发展水平、提升乡村建设水平、提升乡村治理水平。",
      "深入实施新一轮千亿斤粮食产能提升行动。",
      "深化承包地“三权分置”改革。",
      "落实集体所有权，稳定农户承包权，放活土地经营权。",
      "农村集体经济组织实行家庭承包经营为基础、统分结合的双层经营体制。",
      "全面提升防灾减灾救灾能力。",
      "坚持质量兴农、绿色兴农、品牌强农。",
      "像保护眼睛一样保护自然和生态环境。",
      "全面推行河湖长制，强化河湖长履职。",
      "全面推行河湖长制、林长制。",
      "在湖泊实施湖长制。",
      "积极稳妥推进碳达峰、碳中和。",
      "严守生态保护红线、环境质量底线、资源利用上线，科学指导各类开发保护建设活动。",
      "建立以国家公园为主体的自然保护地体系。",
      "加快发展方式绿色低碳转型。",
      "美丽中国建设取得显著成效。",
      "健全现代环境治理体系。",
      "坚持与邻为善、以邻为伴，坚持睦邻、安邻、富邻。",
      "推进农村一二三产业融合发展。",
      "严守生态保护红线。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("我们倡导平等有序的世界多级化。\n要守住耕地这个命跟子。\n坚持全国统筹、节约优先、双轮驱动、内外畅同、防范风险的原则。\n"),
      [
        [0, "slogan.typo", "平等有序的世界多极化"],
        [1, "slogan.typo", "守住耕地这个命根子"],
        [2, "slogan.typo", CARBON],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("我们倡导平等有序的世界多极化。\n要守住耕地这个命根子。\n坚持全国统筹、节约优先、双轮驱动、内外畅通、防范风险的原则。\n"), []);
  });
});
