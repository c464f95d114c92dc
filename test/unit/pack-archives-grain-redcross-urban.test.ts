/**
 * Everyday fixed phrases of archives and local chronicles (档案工作存史资政育人, the three 档案 systems,
 * 为党立言、为国存史、为民修志), grain security and reserves (扛稳粮食安全这个重任, 优质粮食工程 and its
 * 五优联动 and 三链协同, the reserve regulation's 数量真实、质量良好、储存安全), the Red Cross's part in
 * organ donation, urban management (the city-management system of the 2015 guidance, 推动城市管理走向城市治理),
 * household-waste sorting (垃圾分类工作就是新时尚, the four 分类 stages, the sorting system and its three
 * principles) and the county medical community (县级强、乡级活、村级稳、上下联、信息通). Each written right
 * draws nothing, each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones
 * draw slogan.parts when two parts are exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, orderedPartsOf, assertPartsExchanged } from "../support/slogan-findings";

const YGT = "县级强、乡级活、村级稳、上下联、信息通";
const WUYOU = "优粮优产、优粮优购、优粮优储、优粮优加、优粮优销";
const FANGZHI = "为党立言、为国存史、为民修志";
const CSGL = "权责明晰、服务为先、管理优化、执法规范、安全有序";
const LJFL = "分类投放、分类收集、分类运输、分类处理";

const CASES: PhraseCase[] = [
  // Archives and local chronicles.
  ["culture-tourism", "档案工作存史资政育人", "深刻认识档案工作存史资政育人的重要作用。", ["存史资正", "存史资政"]],
  ["culture-tourism", "利国利民、惠及千秋万代的崇高事业", "档案工作是一项利国利民、惠及千秋万代的崇高事业。", ["会及千秋", "惠及千秋"]],
  ["culture-tourism", "档案资源体系、档案利用体系、档案安全体系", "持续加强档案资源体系、档案利用体系、档案安全体系建设。", ["档案例用体系", "档案利用体系"]],
  ["culture-tourism", "先考古、后出让", "健全先考古、后出让的政策机制。", ["先考谷", "先考古"]],
  ["culture-tourism", FANGZHI, `按照${FANGZHI}的职责要求，推动地方志事业高质量发展。`, ["为民修治", "为民修志"]],
  // Grain security and reserves.
  ["agriculture-rural", "扛稳粮食安全这个重任", "要扛稳粮食安全这个重任，牢牢守住耕地保护红线。", ["这个重认", "这个重任"]],
  ["agriculture-rural", "优质粮食工程", "深入推进优质粮食工程，做好粮食市场和流通的文章。", ["优治粮食", "优质粮食"]],
  ["agriculture-rural", WUYOU, `深入实施${WUYOU}“五优联动”。`, ["优粮优构", "优粮优购"]],
  ["agriculture-rural", "延伸产业链、提升价值链、打造供应链", "大力推动延伸产业链、提升价值链、打造供应链“三链协同”。", ["打造供应连", "打造供应链"]],
  ["agriculture-rural", "数量真实、质量良好、储存安全", "确保地方储备粮数量真实、质量良好、储存安全。", ["质量良号", "质量良好"]],
  ["agriculture-rural", "平时产得出、供得足，极端情况下顶得上、靠得住", "确保平时产得出、供得足，极端情况下顶得上、靠得住。", ["供得族", "供得足"]],
  ["agriculture-rural", "严格制度、严格管理、严格责任", "储备粮管理应当建立在严格制度、严格管理、严格责任的基础上。", ["严格责认", "严格责任"]],
  // County medical communities.
  ["health", YGT, `围绕${YGT}目标，全面推进紧密型县域医共体建设。`, ["信息同", "信息通"]],
  ["health", "布局合理、人财物统一管理、权责清晰、运行高效、分工协作、服务连续、信息共享", "基本建成布局合理、人财物统一管理、权责清晰、运行高效、分工协作、服务连续、信息共享的县域医共体。", ["服务联续", "服务连续"]],
  // The Red Cross and organ donation.
  ["mass-organisations", "宣传动员、意愿登记、捐献见证、缅怀纪念、人道关怀", "红十字会开展人体器官捐献的宣传动员、意愿登记、捐献见证、缅怀纪念、人道关怀等工作。", ["缅怀记念", "缅怀纪念"]],
  ["mass-organisations", "普及应急救护、防灾避险和卫生健康知识", "开展应急救护培训，普及应急救护、防灾避险和卫生健康知识。", ["防灾避陷", "防灾避险"]],
  // Urban management.
  ["grassroots-civil-social", CSGL, `构建${CSGL}的城市管理体制。`, ["服务为鲜", "服务为先"]],
  ["grassroots-civil-social", "推动城市管理走向城市治理", "推动城市管理走向城市治理，促进城市运行高效有序。", ["走向城市至理", "走向城市治理"]],
  // Household-waste sorting.
  ["ecology", "垃圾分类工作就是新时尚", "垃圾分类工作就是新时尚，要抓实办好。", ["新时上", "新时尚"]],
  ["ecology", LJFL, `加快建立${LJFL}的垃圾处理系统。`, ["分类收急", "分类收集"]],
  ["ecology", "以法治为基础、政府推动、全民参与、城乡统筹、因地制宜", "形成以法治为基础、政府推动、全民参与、城乡统筹、因地制宜的垃圾分类制度。", ["城乡统愁", "城乡统筹"]],
  ["ecology", "减量化、资源化、无害化", "推进生活垃圾分类要遵循减量化、资源化、无害化原则。", ["无骇化", "无害化"]],
];

describe("pack: archives and local chronicles, grain security and reserves, the Red Cross, urban management, waste sorting and county medical communities", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(YGT), ["县级强", "乡级活", "村级稳", "上下联", "信息通"]);
    assert.deepStrictEqual(orderedPartsOf(WUYOU), ["优粮优产", "优粮优购", "优粮优储", "优粮优加", "优粮优销"]);
    assert.deepStrictEqual(orderedPartsOf(FANGZHI), ["为党立言", "为国存史", "为民修志"]);
    assert.deepStrictEqual(orderedPartsOf(CSGL), ["权责明晰", "服务为先", "管理优化", "执法规范", "安全有序"]);
    assert.deepStrictEqual(orderedPartsOf(LJFL), ["分类投放", "分类收集", "分类运输", "分类处理"]);
    assertPartsExchanged([
      ["围绕县级强、村级稳、乡级活、上下联、信息通目标推进医共体建设。", YGT],
      ["深入实施优粮优产、优粮优储、优粮优购、优粮优加、优粮优销。", WUYOU],
      ["按照为国存史、为党立言、为民修志的职责要求。", FANGZHI],
      ["构建权责明晰、管理优化、服务为先、执法规范、安全有序的城市管理体制。", CSGL],
      ["加快建立分类收集、分类投放、分类运输、分类处理的垃圾处理系统。", LJFL],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "档案工作存史、资政、育人。",
      "推动档案工作加快走向依法治理、走向开放、走向现代化。",
      "实施优粮优产、优购、优储、优加、优销“五优联动”。",
      "确保中央储备粮数量真实、质量良好和储存安全。",
      "确保需要时调得动、用得上。",
      "延长产业链、提升价值链、完善利益链。",
      "扛稳粮食安全重任，扛牢粮食安全责任。",
      "落实粮食安全党政同责。",
      "推进以县带乡、以乡带村和县乡一体、乡村一体。",
      "实现全民健康上水平、人民群众得实惠、医务人员受激励。",
      "基层首诊、双向转诊、急慢分治、上下联动。",
      "人体器官捐献应当遵循自愿、无偿的原则。",
      "坚持以人为本、依法治理、源头治理、权责一致、协调创新的基本原则。",
      "城市管理应该像绣花一样精细。",
      "垃圾分类就是新时尚。",
      "加快建立分类投放、分类收集、分类运输、分类处置的垃圾运行体系。",
      "按照减量化、再利用、资源化的原则发展循环经济。",
      "遵循减量化、资源化和无害化的原则。",
      "坚持政府推动、全民参与。",
      "为党管档、为国守史、为民服务。",
      "先考古，后出让。",
      "在依法完成考古调查、勘探、发掘前不得入库。",
      "开展应急救护培训。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("深刻认识档案工作存史资正育人的重要作用。\n深入推进优治粮食工程。\n围绕县级强、乡级活、村级稳、上下联、信息同目标推进医共体建设。\n"),
      [
        [0, "slogan.typo", "档案工作存史资政育人"],
        [1, "slogan.typo", "优质粮食工程"],
        [2, "slogan.typo", YGT],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("深刻认识档案工作存史资政育人的重要作用。\n深入推进优质粮食工程。\n围绕县级强、乡级活、村级稳、上下联、信息通目标推进医共体建设。\n"), []);
  });
});
