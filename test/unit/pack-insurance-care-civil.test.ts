/**
 * Everyday fixed phrases of medical insurance (the DRG/DIP three-year plan, the 2020 opinion on the
 * medical-security reform, the three-tier 三重制度, the fund-supervision regulations), disease control
 * (the 2025 law on infectious diseases), traditional Chinese medicine, childcare and elderly care (the
 * 2019 childcare guidance, the 2021 opinion on work for the elderly, 基本养老服务), civil affairs
 * (殡葬管理的方针, the marriage system, 中华慈善日, 五社联动), children's welfare and minors' protection
 * (事实无人抚养儿童, 强制报告制度, child-friendly cities) and the chambers of commerce (the statutes of
 * 工商联, the “四好” chambers). Each written right draws nothing, each with one slip inside draws one
 * slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are exchanged; the
 * wording official texts write around them stays quiet; and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, orderedPartsOf, assertPartsExchanged, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const DRG_TASKS = "抓扩面、建机制、打基础、推协同";
const DRG_SHIFT = "从局部向全面、从部分到全体、从粗放式向精细化";
const MECHANISMS = "待遇保障、筹资运行、医保支付、基金监管";
const FUND_WATCH = "政府监管、社会监督、行业自律和个人守信相结合";
const ELDERLY_SHARE = "多元主体责任共担、老龄化风险梯次应对、老龄事业人人参与";
const ELDERLY_FIELDS = "养老服务、健康服务、社会保障、社会参与、权益保障";
const BASIC_CARE = "物质帮助、照护服务、关爱服务";
const FUNERAL = "积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事";
const CHILD_FRIENDLY = "社会政策、公共服务、权利保障、成长空间、发展环境";
const CHAMBER_BUILD = "政治建会、团结立会、服务兴会、改革强会";
const FOUR_GOOD = "政治引领好、队伍建设好、服务发展好、自律规范好";

const CASES: PhraseCase[] = [
  // Medical insurance.
  ["health", DRG_TASKS, `聚焦${DRG_TASKS}四个方面，分阶段、抓重点、阶梯式推进改革工作。`, ["推协通", "推协同"]],
  ["health", DRG_SHIFT, `推动DRG/DIP支付方式改革实现${DRG_SHIFT}纵深发展。`, ["精细话", "精细化"]],
  ["health", "全国统一、上下联动、内外协同、标准规范、管用高效的医保支付新机制", "全面建立全国统一、上下联动、内外协同、标准规范、管用高效的医保支付新机制。", ["内外协通", "内外协同"]],
  ["health", "管用高效的医保支付机制", "持续推进医保支付方式改革，加快建立管用高效的医保支付机制。", ["管用高校", "管用高效"]],
  ["health", "覆盖全民、城乡统筹、权责清晰、保障适度、可持续的多层次医疗保障体系", "加快建成覆盖全民、城乡统筹、权责清晰、保障适度、可持续的多层次医疗保障体系。", ["保障试度", "保障适度"]],
  ["health", "发挥医保基金战略性购买作用", "增强医疗保障的公平性、协调性，发挥医保基金战略性购买作用。", ["战略性购卖", "战略性购买"]],
  ["health", "推进医疗保障和医药服务高质量协同发展", "推进医疗保障和医药服务高质量协同发展，促进健康中国战略实施。", ["医药服物", "医药服务"]],
  ["health", MECHANISMS, `基本完成${MECHANISMS}等重要机制的改革任务。`, ["筹资运型", "筹资运行"]],
  ["health", "医疗保障待遇清单制度", "建立健全医疗保障待遇清单制度，规范政府决策权限。", ["待遇清担", "待遇清单"]],
  ["health", "防范和化解因病致贫返贫长效机制", "建立健全防范和化解因病致贫返贫长效机制。", ["长效机志", "长效机制"]],
  ["health", "先救治、后收费", "在突发疫情等紧急情况时，确保医疗机构先救治、后收费。", ["后收废", "后收费"]],
  ["health", "三重制度综合保障", "强化三重制度综合保障，确保困难群众应保尽保。", ["综合保帐", "综合保障"]],
  ["health", "先保险后救助", "按照“先保险后救助”的原则，对救助对象按规定实施救助。", ["后救注", "后救助"]],
  ["health", FUND_WATCH, `医疗保障基金使用监督管理实行${FUND_WATCH}。`, ["行业自率", "行业自律"]],
  // Disease control.
  ["health", "联防联控、群防群控", "明确属地、部门、单位和个人责任，实行联防联控、群防群控。", ["群防群空", "群防群控"]],
  ["health", "属地、部门、单位和个人责任", "国家建立健全传染病防治体制机制，明确属地、部门、单位和个人责任。", ["单为和个人", "单位和个人"]],
  ["health", "依法防控、科学防控", "坚持预防为主、防治结合的方针，坚持依法防控、科学防控的原则。", ["科学方控", "科学防控"]],
  // Traditional Chinese medicine.
  ["health", "推进中医药和现代科学相结合", "坚持传承精华、守正创新，推进中医药和现代科学相结合。", ["相接合", "相结合"]],
  ["health", "中西医协同旗舰医院", "建设一批中西医协同旗舰医院和中医特色重点医院。", ["旗舰医园", "旗舰医院"]],
  ["health", "国家中医药传承创新中心", "打造20个左右国家中医药传承创新中心。", ["传承创心", "传承创新"]],
  ["health", "人人基本享有中医药服务", "到2020年，实现人人基本享有中医药服务。", ["基本想有", "基本享有"]],
  // Childcare, elderly care, civil affairs, children's welfare.
  ["grassroots-civil-social", "多元化、多样化、覆盖城乡的婴幼儿照护服务体系", "到2025年，多元化、多样化、覆盖城乡的婴幼儿照护服务体系基本形成。", ["婴幼儿照户", "婴幼儿照护"]],
  ["grassroots-civil-social", ELDERLY_SHARE, `形成${ELDERLY_SHARE}的新局面。`, ["梯次应队", "梯次应对"]],
  ["grassroots-civil-social", ELDERLY_FIELDS, `促进老年人${ELDERLY_FIELDS}等统筹发展。`, ["社会参予", "社会参与"]],
  ["grassroots-civil-social", BASIC_CARE, `基本养老服务包括${BASIC_CARE}等内容。`, ["关爱服物", "关爱服务"]],
  ["grassroots-civil-social", "基本养老服务清单", "到2025年，基本养老服务清单不断完善。", ["养老服务清担", "养老服务清单"]],
  ["grassroots-civil-social", FUNERAL, `殡葬管理的方针是：${FUNERAL}。`, ["丧葬漏俗", "丧葬陋俗"]],
  ["grassroots-civil-social", "婚姻自由、一夫一妻、男女平等的婚姻制度", "保障婚姻自由、一夫一妻、男女平等的婚姻制度的实施。", ["男女平登", "男女平等"]],
  ["grassroots-civil-social", "中华慈善日", "每年9月5日为“中华慈善日”。", ["中华慈扇日", "中华慈善日"]],
  ["grassroots-civil-social", "事实无人抚养儿童", "进一步加强事实无人抚养儿童保障工作。", ["无人扶养", "无人抚养"]],
  ["grassroots-civil-social", "农村留守儿童和困境儿童关爱服务体系", "进一步健全农村留守儿童和困境儿童关爱服务体系。", ["留守儿童和困竟儿童", "留守儿童和困境儿童"]],
  ["grassroots-civil-social", "困境儿童分类保障制度", "健全困境儿童分类保障制度。", ["困境儿童分累", "困境儿童分类"]],
  ["grassroots-civil-social", "五社联动", "创新乡镇（街道）社工站“五社联动”机制。", ["五社连动", "五社联动"]],
  ["grassroots-civil-social", CHILD_FRIENDLY, `儿童友好要求在${CHILD_FRIENDLY}等方面充分体现。`, ["成长空见", "成长空间"]],
  ["law-security", "侵害未成年人案件强制报告制度", "全面落实侵害未成年人案件强制报告制度。", ["强治报告", "强制报告"]],
  // The federation of industry and commerce and its chambers.
  ["mass-organisations", "统战性、经济性、民间性有机统一", "工商联具有统战性、经济性、民间性有机统一的基本特征。", ["民间姓", "民间性"]],
  ["mass-organisations", CHAMBER_BUILD, `坚持${CHAMBER_BUILD}。`, ["团结立汇", "团结立会"]],
  ["mass-organisations", "政治坚定、特色鲜明、机制健全、服务高效、作风优良的人民团体和商会组织", "以建设政治坚定、特色鲜明、机制健全、服务高效、作风优良的人民团体和商会组织为目标。", ["作风优梁", "作风优良"]],
  ["mass-organisations", "党和政府联系民营经济人士的桥梁纽带", "工商联是党和政府联系民营经济人士的桥梁纽带。", ["桥梁纽代", "桥梁纽带"]],
  ["mass-organisations", "政府管理和服务民营经济的助手", "工商联是政府管理和服务民营经济的助手。", ["民营经济的助首", "民营经济的助手"]],
  ["mass-organisations", FOUR_GOOD, `深入开展以“${FOUR_GOOD}”为主要内容的“四好”商会建设。`, ["自律规饭好", "自律规范好"]],
];

describe("pack: everyday phrases of medical insurance, disease control, TCM, childcare and elderly care, civil affairs, children and the chambers of commerce", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones keep their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(DRG_TASKS), ["抓扩面", "建机制", "打基础", "推协同"]);
    assert.deepStrictEqual(orderedPartsOf(DRG_SHIFT), ["从局部向全面", "从部分到全体", "从粗放式向精细化"]);
    assert.deepStrictEqual(orderedPartsOf(MECHANISMS), ["待遇保障", "筹资运行", "医保支付", "基金监管"]);
    assert.deepStrictEqual(orderedPartsOf(FUND_WATCH), ["政府监管", "社会监督", "行业自律", "个人守信"]);
    assert.deepStrictEqual(orderedPartsOf(ELDERLY_SHARE), ["多元主体责任共担", "老龄化风险梯次应对", "老龄事业人人参与"]);
    assert.deepStrictEqual(orderedPartsOf(ELDERLY_FIELDS), ["养老服务", "健康服务", "社会保障", "社会参与", "权益保障"]);
    assert.deepStrictEqual(orderedPartsOf(BASIC_CARE), ["物质帮助", "照护服务", "关爱服务"]);
    assert.deepStrictEqual(orderedPartsOf(CHILD_FRIENDLY), ["社会政策", "公共服务", "权利保障", "成长空间", "发展环境"]);
    assert.deepStrictEqual(orderedPartsOf(CHAMBER_BUILD), ["政治建会", "团结立会", "服务兴会", "改革强会"]);
    assert.deepStrictEqual(orderedPartsOf(FOUR_GOOD), ["政治引领好", "队伍建设好", "服务发展好", "自律规范好"]);
    assertPartsExchanged([
      ["聚焦抓扩面、打基础、建机制、推协同四个方面，阶梯式推进改革工作。", DRG_TASKS],
      ["基本完成待遇保障、医保支付、筹资运行、基金监管等重要机制的改革任务。", MECHANISMS],
      ["促进老年人养老服务、社会保障、健康服务、社会参与、权益保障等统筹发展。", ELDERLY_FIELDS],
      ["儿童友好要求在社会政策、权利保障、公共服务、成长空间、发展环境等方面充分体现。", CHILD_FRIENDLY],
      ["坚持政治建会、服务兴会、团结立会、改革强会。", CHAMBER_BUILD],
      ["深入开展以“政治引领好、服务发展好、队伍建设好、自律规范好”为主要内容的“四好”商会建设。", FOUR_GOOD],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "医疗保障是减轻群众就医负担、增进民生福祉、维护社会和谐稳定的重大制度安排。",
      "深化医保支付方式改革，推行以按病种付费为主的多元复合式医保支付方式。",
      "到2025年底，DRG/DIP支付方式覆盖所有符合条件的开展住院服务的医疗机构，基本实现病种、医保基金全覆盖。",
      "发挥基本医保主体保障功能，增强大病保险减负功能，夯实医疗救助托底保障功能。",
      "强化基本医保、大病保险、医疗救助综合保障，合力防范因病致贫返贫风险。",
      "医疗保障基金使用坚持以人民健康为中心，保障水平与经济社会发展水平相适应。",
      "以零容忍态度严厉打击欺诈骗保行为，守好人民群众的“看病钱”“救命钱”。",
      "实行联防联控，开展群防群治，维护社会治安稳定。",
      "健全公共卫生体系，促进社会共治、医防协同、医防融合。",
      "坚持中西医并重，推动中医药和西医药相互补充、协调发展。",
      "发挥中医药在治未病、重大疾病治疗、疾病康复中的重要作用。",
      "家庭对婴幼儿照护负主体责任，发展婴幼儿照护服务的重点是为家庭提供科学养育指导。",
      "优先支持普惠性婴幼儿照护服务机构，大力发展普惠托育服务。",
      "实施积极应对人口老龄化国家战略，把积极老龄观、健康老龄化理念融入经济社会发展全过程。",
      "推动养老事业和养老产业协同发展，发展银发经济。",
      "基本养老服务的对象、内容、标准等根据经济社会发展动态调整。",
      "深化殡葬改革，推行节地生态安葬，倡导文明节俭治丧。",
      "深入推进婚俗改革，治理高额彩礼，倡导简约适度的婚俗文化。",
      "开展慈善活动，应当遵循合法、自愿、诚信、非营利的原则。",
      "加强农村留守儿童关爱保护和困境儿童保障工作。",
      "推动乡镇（街道）社工站建设，实现乡镇（街道）都有社工站、村（社区）都有社会工作者提供服务。",
      "深入推进儿童友好城市建设，让儿童友好理念深入人心。",
      "坚持“两个毫不动摇”，促进非公有制经济健康发展和非公有制经济人士健康成长。",
      "深化工商联所属商会改革和发展，培育和发展中国特色商会组织。",
      "推动民营经济统战工作向商会组织有效覆盖。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = `聚焦${DRG_TASKS}四个方面，推进支付方式改革。\n进一步加强事实无人抚养儿童保障工作。\n工商联是党和政府联系民营经济人士的桥梁纽带。\n`;
    const slipped = right.replace("推协同", "推协通").replace("无人抚养", "无人扶养").replace("桥梁纽带", "桥梁纽代");
    assert.deepStrictEqual(cliSloganFindings(slipped), [
      [0, "slogan.typo", DRG_TASKS],
      [1, "slogan.typo", "事实无人抚养儿童"],
      [2, "slogan.typo", "党和政府联系民营经济人士的桥梁纽带"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
