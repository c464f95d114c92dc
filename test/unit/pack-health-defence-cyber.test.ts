/**
 * Everyday fixed phrases of health and disease control (the mental-health law's principle and
 * management mechanism, the infectious-disease law's policy, the public-health emergency and
 * medical-device regulations' principles, the health law's 第一责任人, pre-hospital emergency care),
 * hazardous chemicals (the three-year special rectification, 综合治理), national defence (the 20th
 * report's 强军 phrases, 双拥, the veterans law) and cybersecurity (the national cybersecurity week's
 * theme, the cybersecurity, data-security and personal-information laws, the “清朗” campaigns,
 * 网络空间命运共同体, 依法治网). Each written right draws nothing, each with one slip inside draws one
 * slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are exchanged,
 * the wording official texts write around them stays quiet, and the built CLI reports the slips in a
 * draft file.
 */
import * as assert from "assert";
import {
  assertCasesInPack,
  assertPartsExchanged,
  assertQuiet,
  cliSloganFindings,
  itCatchesEachSlip,
  orderedPartsOf,
  type PhraseCase,
} from "../support/slogan-findings";

const ARMY = "政治建军、改革强军、科技强军、人才强军、依法治军";
const CYBER_WEEK = "网络安全为人民，网络安全靠人民";
const CYBER_POLICY = "积极利用、科学发展、依法管理、确保安全";
const MENTAL = "政府组织领导、部门各负其责、家庭和单位尽力尽责、全社会共同参与";
const INFECTIOUS = "防治结合、分类管理、依靠科学、依靠群众";
const CIVIL_MILITARY = "军地战略规划统筹、政策制度衔接、资源要素共享";
const PUBLIC_HEALTH_EMERGENCY = "统一领导、分级负责、反应及时、措施果断、依靠科学、加强合作";
const DEVICES = "风险管理、全程管控、科学监管、社会共治";
const QINGLANG = "开展“清朗”系列专项行动";

const CASES: PhraseCase[] = [
  // Health and disease control.
  ["health", "预防、治疗和康复相结合", "精神卫生工作实行预防为主的方针，坚持预防、治疗和康复相结合的原则。", ["康复相洁合", "康复相结合"]],
  ["health", MENTAL, `精神卫生工作实行${MENTAL}的综合管理机制。`, ["尽力尽则", "尽力尽责"]],
  ["health", INFECTIOUS, `国家对传染病防治实行预防为主的方针，${INFECTIOUS}。`, ["分类管里", "分类管理"]],
  ["health", PUBLIC_HEALTH_EMERGENCY, `遵循预防为主、常备不懈的方针，贯彻${PUBLIC_HEALTH_EMERGENCY}的原则。`, ["反映及时", "反应及时"]],
  ["health", DEVICES, `医疗器械监督管理遵循${DEVICES}的原则。`, ["社会共制", "社会共治"]],
  ["health", "公民是自己健康的第一责任人", "公民是自己健康的第一责任人，要主动学习健康知识。", ["自己建康", "自己健康"]],
  ["health", "树立和践行对自己健康负责的健康管理理念", "树立和践行对自己健康负责的健康管理理念，提高健康素养。", ["健康管里", "健康管理"]],
  ["health", "院前医疗急救", "进一步规范院前医疗急救行为，提高服务水平。", ["医疗急就", "医疗急救"]],
  // Hazardous chemicals.
  ["emergency-safety", "危险化学品安全专项整治三年行动", "全面启动危险化学品安全专项整治三年行动。", ["专项正治", "专项整治"]],
  ["emergency-safety", "危险化学品安全综合治理", "开展危险化学品安全综合治理。", ["综合治里", "综合治理"]],
  // National defence.
  ["law-security", "党在新时代的强军目标", "我们确立党在新时代的强军目标。", ["强军木标", "强军目标"]],
  ["law-security", "新时代军事战略方针", "贯彻新时代军事战略方针，坚持党对人民军队的绝对领导。", ["战略方真", "战略方针"]],
  ["law-security", ARMY, `坚持${ARMY}。`, ["人才强君", "人才强军"]],
  ["law-security", "一体化国家战略体系和能力", "巩固提高一体化国家战略体系和能力。", ["体系和能立", "体系和能力"]],
  ["law-security", CIVIL_MILITARY, `加强${CIVIL_MILITARY}。`, ["资源要素共想", "资源要素共享"]],
  ["law-security", "枪杆子永远听党指挥", "全面加强人民军队党的建设，确保枪杆子永远听党指挥。", ["听党指辉", "听党指挥"]],
  ["law-security", "拥军优属、拥政爱民", "弘扬拥军优属、拥政爱民的光荣传统。", ["拥政爱明", "拥政爱民"]],
  ["law-security", "尊重、关爱退役军人是全社会的共同责任", "尊重、关爱退役军人是全社会的共同责任。", ["共同则任", "共同责任"]],
  // Cybersecurity and cyberspace governance.
  ["law-security", CYBER_WEEK, `国家网络安全宣传周以“${CYBER_WEEK}”为主题。`, ["安全考人民", "安全靠人民"]],
  ["law-security", CYBER_POLICY, `国家坚持网络安全与信息化发展并重，遵循${CYBER_POLICY}的方针。`, ["依法管里", "依法管理"]],
  ["law-security", "网络安全等级保护制度", "网络运营者应当按照网络安全等级保护制度的要求，履行安全保护义务。", ["等级保户", "等级保护"]],
  ["law-security", "数据分类分级保护制度", "国家建立数据分类分级保护制度。", ["分类分及", "分类分级"]],
  ["law-security", "合法、正当、必要和诚信原则", "处理个人信息应当遵循合法、正当、必要和诚信原则。", ["必要和城信", "必要和诚信"]],
  ["law-security", "关键信息基础设施", "保护关键信息基础设施免受攻击、侵入、干扰和破坏。", ["基础社施", "基础设施"]],
  ["law-security", "网络空间主权", "维护网络空间主权和国家安全、社会公共利益。", ["空间主全", "空间主权"]],
  ["law-security", "诚实守信、健康文明的网络行为", "国家倡导诚实守信、健康文明的网络行为。", ["网络行位", "网络行为"]],
  ["law-security", QINGLANG, `深入${QINGLANG}，营造清朗网络空间。`, ["清郎", "清朗"]],
  ["law-security", "网络空间命运共同体", "各国应该共同构建网络空间命运共同体。", ["命运公同体", "命运共同体"]],
  ["law-security", "依法治网、依法办网、依法上网", "坚持依法治网、依法办网、依法上网，让互联网在法治轨道上健康运行。", ["依法半网", "依法办网"]],
];

describe("pack: everyday phrases of health and disease control, hazardous chemicals, national defence and cybersecurity", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts naming the formulation", () => {
    assert.deepStrictEqual(orderedPartsOf(ARMY), ["政治建军", "改革强军", "科技强军", "人才强军", "依法治军"]);
    assert.deepStrictEqual(orderedPartsOf(CYBER_POLICY), ["积极利用", "科学发展", "依法管理", "确保安全"]);
    assert.deepStrictEqual(orderedPartsOf(MENTAL), ["政府组织领导", "部门各负其责", "家庭和单位尽力尽责", "全社会共同参与"]);
    assert.deepStrictEqual(orderedPartsOf("边斗争、边备战、边建设"), ["边斗争", "边备战", "边建设"]);
    assertPartsExchanged([
      ["坚持政治建军、科技强军、改革强军、人才强军、依法治军。", ARMY],
      ["遵循积极利用、依法管理、科学发展、确保安全的方针。", CYBER_POLICY],
      ["国家对传染病防治实行预防为主的方针，防治结合、依靠科学、分类管理、依靠群众。", INFECTIOUS],
      ["加强军地战略规划统筹、资源要素共享、政策制度衔接。", CIVIL_MILITARY],
      ["坚持边备战、边斗争、边建设。", "边斗争、边备战、边建设"],
      ["坚持依法办网、依法治网、依法上网。", "依法治网、依法办网、依法上网"],
      ["贯彻统一领导、分级负责、措施果断、反应及时、依靠科学、加强合作的原则。", PUBLIC_HEALTH_EMERGENCY],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      // Older or shorter forms, and the same words in other sentences.
      "坚持政治建军、改革强军、科技兴军、依法治军。",
      "建设一支听党指挥、能打胜仗、作风优良的人民军队，是党在新形势下的强军目标。",
      "深入贯彻习近平强军思想，贯彻新时代军事战略方针。",
      "构建一体化的国家战略体系和能力。",
      "把人民军队全面建成世界一流军队。",
      "推动机械化信息化融合发展。",
      "开展联合训练、实战训练。",
      "深入开展“双拥”工作，巩固发展军政军民团结。",
      "军队拥政爱民、地方拥军优属。",
      "开展拥政爱民、拥军优属活动。",
      "以“网络安全为人民、网络安全靠人民”为主题。",
      "坚持依法管网、依法办网、依法上网。",
      "网络运营者收集、使用个人信息，应当遵循合法、正当、必要的原则。",
      "处理个人信息应当遵循合法、正当、必要原则，不得过度处理。",
      "建立健全数据安全治理体系，提高数据安全保障能力。",
      "加强数据安全治理。",
      "落实网络安全等级保护2.0要求。",
      "没有网络安全就没有国家安全，没有信息化就没有现代化。",
      "推动构建网络空间命运共同体迈向新阶段。",
      "深入推进“清朗”系列专项行动。",
      "建设和完善精神障碍的预防、治疗和康复服务体系。",
      "坚持预防、治疗、康复相结合。",
      "推进院前急救体系建设。",
      "倡导每个人是自己健康第一责任人。",
      "人民是自己健康的第一责任人。",
      "尊重关爱退役军人是全社会共同责任。",
      "国家对传染病实行预防为主的方针。",
      "坚持统一领导、分级负责、属地管理、协调联动。",
      "统一领导、分级负责、依靠科学、加强合作。",
      "药品管理应当坚持风险管理、全程管控、社会共治的原则。",
      "持续开展“清朗”专项行动。",
      "开展“清朗·2023年春节网络环境整治”专项行动。",
      "制定《关键信息基础设施安全保护条例》。",
      "维护国家网络空间主权、安全、发展利益。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings(`坚持政治建军、改革强军、科技强军、人才强君、依法治军。\n遵循积极利用、科学发展、依法管里、确保安全的方针。\n规范院前医疗急就行为。\n`),
      [
        [0, "slogan.typo", ARMY],
        [1, "slogan.typo", CYBER_POLICY],
        [2, "slogan.typo", "院前医疗急救"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings(`坚持${ARMY}。\n遵循${CYBER_POLICY}的方针。\n规范院前医疗急救行为。\n`), []);
  });
});
