/**
 * Everyday fixed phrases of science and technology and of Party building and discipline: the 2024
 * national S&T conference (科技强国's elements), the 20th Congress report's S&T and talent tasks, the
 * 2024 reform decision's basic-research and result-transfer reforms, the science envoys (科技特派员),
 * the 2025 “人工智能+” action, the scientists' spirit and S&T ethics; the good-cadre standard, the cadre
 * work system and the cadre-selection principles, 三严三实, Party branches, political inspection, the
 * “九个以” of the Party's self-reform and the anti-corruption phrases of the 20th Central Commission for
 * Discipline Inspection's plenums. Each written right draws nothing, each with one slip inside draws
 * one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are
 * exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged, orderedPartsOf } from "../support/slogan-findings";

const GOOD_CADRE = "信念坚定、为民服务、勤政务实、敢于担当、清正廉洁";
const CADRE_SYSTEM = "素质培养、知事识人、选拔任用、从严管理、正向激励";
const ENVOYS = "人才下沉、科技下乡、服务“三农”";
const AI_PLUS = "前瞻谋划、系统布局、分业施策、开放共享、安全可控";
const SANYAN = "严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实";
const THREE_NO = "强化不敢腐的震慑、扎牢不能腐的笼子、增强不想腐的自觉";

const CASES: PhraseCase[] = [
  // Science and technology: the 20th Congress report.
  ["science-technology", "完善党中央对科技工作统一领导的体制", "完善党中央对科技工作统一领导的体制。", ["统一领到", "统一领导"]],
  ["science-technology", "健全新型举国体制", "健全新型举国体制，强化国家战略科技力量。", ["举国体质", "举国体制"]],
  ["science-technology", "真心爱才、悉心育才、倾心引才、精心用才", "真心爱才、悉心育才、倾心引才、精心用才，求贤若渴，不拘一格。", ["悉心育材", "悉心育才"]],
  ["science-technology", "开辟发展新领域新赛道，不断塑造发展新动能新优势", "开辟发展新领域新赛道，不断塑造发展新动能新优势。", ["新赛到", "新赛道"]],
  ["science-technology", "推动创新链产业链资金链人才链深度融合", "推动创新链产业链资金链人才链深度融合。", ["资金连", "资金链"]],
  // The 2024 national S&T conference.
  ["science-technology", "强大的关键核心技术攻关能力", "拥有强大的关键核心技术攻关能力，有力支撑高质量发展和高水平安全。", ["技术功关", "技术攻关"]],
  ["science-technology", "世界一流的创新生态和科研环境", "形成世界一流的创新生态和科研环境。", ["科研环竟", "科研环境"]],
  ["science-technology", "完善科教协同育人和引才用才机制", "完善科教协同育人和引才用才机制。", ["协同预人", "协同育人"]],
  // The 2024 reform decision; the 14th Five-Year outline.
  ["science-technology", "加强有组织的基础研究", "加强有组织的基础研究，提高科技支出用于基础研究比重。", ["基础研纠", "基础研究"]],
  ["science-technology", "强化基础研究领域、交叉前沿领域、重点领域前瞻性、引领性布局", "强化基础研究领域、交叉前沿领域、重点领域前瞻性、引领性布局。", ["交叉前言", "交叉前沿"]],
  ["science-technology", "鼓励开展高风险、高价值基础研究", "支持基础研究选题多样化，鼓励开展高风险、高价值基础研究。", ["高价直", "高价值"]],
  ["science-technology", "建立职务科技成果资产单列管理制度", "建立职务科技成果资产单列管理制度，深化职务科技成果赋权改革。", ["资产单列管里", "资产单列管理"]],
  ["science-technology", "赋予科研人员职务科技成果所有权或长期使用权", "探索赋予科研人员职务科技成果所有权或长期使用权。", ["长期实用权", "长期使用权"]],
  // Science envoys.
  ["science-technology", ENVOYS, `科技特派员制度坚持${ENVOYS}，队伍不断壮大。`, ["科技下相", "科技下乡"]],
  ["science-technology", "党的“三农”政策的宣传队、农业科技的传播者、科技创新创业的领头羊、乡村脱贫致富的带头人", "科技特派员成为党的“三农”政策的宣传队、农业科技的传播者、科技创新创业的领头羊、乡村脱贫致富的带头人。", ["领头洋", "领头羊"]],
  // “人工智能+”.
  ["science-technology", AI_PLUS, `强化${AI_PLUS}。`, ["分业实策", "分业施策"]],
  ["science-technology", "开创社会治理人机共生新图景", "开创社会治理人机共生新图景，打造安全治理多元共治新格局。", ["新图境", "新图景"]],
  ["science-technology", "加快农业数智化转型升级", "推进工业全要素智能化发展，加快农业数智化转型升级。", ["数治化", "数智化"]],
  // Scientists' spirit, S&T ethics.
  ["science-technology", "甘为人梯、奖掖后学的育人精神", "弘扬甘为人梯、奖掖后学的育人精神。", ["奖液后学", "奖掖后学"]],
  ["science-technology", "集智攻关、团结协作的协同精神", "弘扬集智攻关、团结协作的协同精神。", ["团结协做", "团结协作"]],
  ["science-technology", "推动科技向善、造福人类", "不断推动科技向善、造福人类。", ["造福人累", "造福人类"]],
  // Party building: organisation and cadre work.
  ["party-building", GOOD_CADRE, `好干部要做到${GOOD_CADRE}。`, ["勤政务食", "勤政务实"]],
  ["party-building", CADRE_SYSTEM, `建立${CADRE_SYSTEM}的干部工作体系。`, ["知事视人", "知事识人"]],
  ["party-building", "事业为上、人岗相适、人事相宜", "坚持事业为上、人岗相适、人事相宜。", ["人岗相识", "人岗相适"]],
  ["party-building", "敢于负责、勇于担当、善于作为、实绩突出", "大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。", ["实迹突出", "实绩突出"]],
  ["party-building", "政治关、品行关、能力关、作风关、廉洁关", "严把选人用人政治关、品行关、能力关、作风关、廉洁关。", ["作风官", "作风关"]],
  ["party-building", SANYAN, `各级领导干部都要做到${SANYAN}。`, ["谋事要时", "谋事要实"]],
  ["party-building", "抓好后继有人这个根本大计", "抓好后继有人这个根本大计。", ["根本大记", "根本大计"]],
  // Party branches.
  ["party-building", "直接教育党员、管理党员、监督党员和组织群众、宣传群众、凝聚群众、服务群众", "党支部担负直接教育党员、管理党员、监督党员和组织群众、宣传群众、凝聚群众、服务群众的职责。", ["凝具群众", "凝聚群众"]],
  ["party-building", "党支部标准化、规范化建设", "加强党支部标准化、规范化建设。", ["标准话", "标准化"]],
  // Inspection.
  ["party-building", "坚持政治巡视定位", "要坚持政治巡视定位。", ["巡视定为", "巡视定位"]],
  ["party-building", "在强化巡视整改上见真章、求实效", "要在强化巡视整改上见真章、求实效。", ["见真张", "见真章"]],
  ["party-building", "发挥上下联动的系统优势，扎牢织密监督网", "要以巡视带巡察，发挥上下联动的系统优势，扎牢织密监督网。", ["织蜜", "织密"]],
  // Discipline inspection: the 20th Central Commission's plenums, the 20th Congress report.
  ["party-building", "以跳出历史周期率为战略目标", "以跳出历史周期率为战略目标。", ["周期律", "周期率"]],
  ["party-building", "以锻造坚强组织、建设过硬队伍为重要着力点", "以锻造坚强组织、建设过硬队伍为重要着力点。", ["段造", "锻造"]],
  ["party-building", THREE_NO, `${THREE_NO}。`, ["震摄", "震慑"]],
  ["party-building", "确保党不变质、不变色、不变味", "赢得了确保党不变质、不变色、不变味的历史主动。", ["不变志", "不变质"]],
  ["party-building", "腐败是我们党面临的最大威胁", "腐败是我们党面临的最大威胁。", ["最大危胁", "最大威胁"]],
  ["party-building", "腐败是危害党的生命力和战斗力的最大毒瘤", "腐败是危害党的生命力和战斗力的最大毒瘤。", ["最大毒留", "最大毒瘤"]],
  ["party-building", "坚决治理政商勾连破坏政治生态和经济发展环境问题", "坚决治理政商勾连破坏政治生态和经济发展环境问题。", ["政商沟连", "政商勾连"]],
  ["party-building", "把严惩政商勾连的腐败作为攻坚战重中之重", "把严惩政商勾连的腐败作为攻坚战重中之重。", ["攻坚站", "攻坚战"]],
  ["party-building", "内涵丰富、功能完备、科学规范、运行高效", "全面从严治党体系应是一个内涵丰富、功能完备、科学规范、运行高效的动态系统。", ["功能完被", "功能完备"]],
];

describe("pack: science and technology (科技大会, 人工智能+, 科技特派员, basic research) and Party building and discipline (好干部标准, 支部, 巡视, 九个以, 反腐败)", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the numbered and listed formulations carry their parts in order, and two exchanged draw slogan.parts", () => {
    const parts = orderedPartsOf;
    assert.deepStrictEqual(parts(GOOD_CADRE), ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"]);
    assert.deepStrictEqual(parts(CADRE_SYSTEM), ["素质培养", "知事识人", "选拔任用", "从严管理", "正向激励"]);
    assert.deepStrictEqual(parts(SANYAN), ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"]);
    assert.deepStrictEqual(parts(AI_PLUS), ["前瞻谋划", "系统布局", "分业施策", "开放共享", "安全可控"]);
    assertPartsExchanged([
      ["好干部要做到信念坚定、勤政务实、为民服务、敢于担当、清正廉洁。", GOOD_CADRE],
      ["建立素质培养、选拔任用、知事识人、从严管理、正向激励的干部工作体系。", CADRE_SYSTEM],
      ["强化前瞻谋划、系统布局、开放共享、分业施策、安全可控。", AI_PLUS],
      ["坚持人岗相适、事业为上、人事相宜。", "事业为上、人岗相适、人事相宜"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "各级领导干部都要既严以修身、严以用权、严以律己，又谋事要实、创业要实、做人要实。",
      "党支部每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务等。",
      "巡视工作坚持发现问题、形成震慑，推动改革、促进发展的方针。",
      "要以巡视带巡察，推动巡察工作高质量发展。",
      "推进巡视整改和成果运用。",
      "科技特派员制度推行20年来，队伍不断壮大。",
      "要坚持把科技特派员制度作为科技创新人才服务乡村振兴的重要工作进一步抓实抓好。",
      "加快探索人工智能驱动的新型科研范式，加速“从0到1”重大科学发现进程。",
      "深入实施“人工智能+”行动，加快培育发展新质生产力。",
      "加强基础研究，突出原创，鼓励自由探索。",
      "锚定2035年建成科技强国的战略目标，加快实现高水平科技自立自强。",
      "科学家精神是科技工作者在长期科学实践中积累的宝贵精神财富。",
      "健全科技伦理治理体制。",
      "要强化不敢腐的震慑。",
      "坚持不敢腐、不能腐、不想腐一体推进，同时发力、同向发力、综合发力。",
      "坚决查处政治问题和经济问题交织的腐败。",
      "把新时代好干部标准落到实处。",
      "干部要敢于担当、清正廉洁。",
      "坚持党管干部原则，坚持德才兼备、以德为先、五湖四海、任人唯贤。",
      "推动干部能上能下、能进能出。",
      "跳出治乱兴衰历史周期率。",
      "以正风肃纪反腐为重要抓手。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("好干部要做到信念坚定、为民服务、勤政务食、敢于担当、清正廉洁。\n强化不敢腐的震摄、扎牢不能腐的笼子、增强不想腐的自觉。\n加快农业数治化转型升级。\n"),
      [
        [0, "slogan.typo", GOOD_CADRE],
        [1, "slogan.typo", THREE_NO],
        [2, "slogan.typo", "加快农业数智化转型升级"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings(`好干部要做到${GOOD_CADRE}。\n${THREE_NO}。\n加快农业数智化转型升级。\n`), []);
  });
});
