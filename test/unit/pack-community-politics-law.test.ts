/**
 * Everyday fixed phrases of community and grassroots governance (the 2021 opinion on grassroots governance, the 2024
 * opinion on community workers, the social work departments of the 2023 reform plan), political-legal work (the 2019 regulations on political-legal work, the mechanism
 * against cults of the 2018 reform plan), Party schools (the 2019 regulations and their 2025 revision), the science
 * association's charter and the united front (the 2020 regulations). Each written right draws nothing, each with one slip
 * inside draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are exchanged,
 * and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const WORKERS = "政治坚定、素质优良、敬业奉献、结构合理、群众满意";
const TASKS = "健全职业体系、加强能力建设、完善管理制度、强化激励保障";
const FIVE = "社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制";
const SCOPE = "全体社会主义劳动者、社会主义事业的建设者、拥护社会主义的爱国者、拥护祖国统一和致力于中华民族伟大复兴的爱国者";
const STRATA = "民营企业和外商投资企业管理技术人员、中介组织和社会组织从业人员、自由职业人员、新媒体从业人员";
const ORGANS = "审判机关、检察机关、公安机关、国家安全机关、司法行政机关";

const CASES: PhraseCase[] = [
  // Community workers (2024) and the 2021 opinion on grassroots governance.
  ["grassroots-civil-social", WORKERS, `打造一支${WORKERS}的社区工作者队伍。`, ["结构合里", "结构合理"]],
  ["grassroots-civil-social", TASKS, `着力${TASKS}。`, ["激励保章", "激励保障"]],
  ["grassroots-civil-social", FIVE, `创新${FIVE}。`, ["慈善资原", "慈善资源"]],
  ["grassroots-civil-social", "党委领导、党政统筹、简约高效", "构建党委领导、党政统筹、简约高效的乡镇（街道）管理体制。", ["简约高笑", "简约高效"]],
  ["grassroots-civil-social", "完善党全面领导基层治理制度", "完善党全面领导基层治理制度，加强党的基层组织建设。", ["基层治里", "基层治理"]],
  ["grassroots-civil-social", "把党的领导贯穿基层治理全过程、各方面", "坚持把党的领导贯穿基层治理全过程、各方面。", ["全过成", "全过程"]],
  ["grassroots-civil-social", "完善党建引领的社会参与制度", "完善党建引领的社会参与制度，引导多方参与。", ["社会参于", "社会参与"]],
  ["grassroots-civil-social", "健全基层治理党的领导体制", "加强党的基层组织建设，健全基层治理党的领导体制。", ["领导体质", "领导体制"]],
  ["grassroots-civil-social", "综合管理权、统筹协调权和应急处置权", "依法赋予乡镇（街道）综合管理权、统筹协调权和应急处置权。", ["统筹协条权", "统筹协调权"]],
  ["grassroots-civil-social", "习近平总书记关于基层治理的重要论述", "全面贯彻习近平总书记关于基层治理的重要论述。", ["重要论诉", "重要论述"]],
  ["grassroots-civil-social", "坚持激励和约束并重", "坚持专业化方向，坚持激励和约束并重。", ["约束并众", "约束并重"]],
  ["grassroots-civil-social", "统一划分综合网格", "依托村（社区）统一划分综合网格，明确网格管理服务事项。", ["综合网隔", "综合网格"]],
  // The social work departments (2023 reform plan).
  ["grassroots-civil-social", "统筹推进党建引领基层治理和基层政权建设", "中央社会工作部统筹推进党建引领基层治理和基层政权建设。", ["基层政全建设", "基层政权建设"]],
  ["grassroots-civil-social", "指导人民建议征集工作", "统筹指导人民信访工作，指导人民建议征集工作。", ["建议征急", "建议征集"]],
  ["grassroots-civil-social", "统一领导全国性行业协会商会党的工作", "统一领导全国性行业协会商会党的工作，推动党的组织和工作有效覆盖。", ["行业协会商汇", "行业协会商会"]],
  ["grassroots-civil-social", "协调推动行业协会商会深化改革和转型发展", "协调推动行业协会商会深化改革和转型发展。", ["转型发占", "转型发展"]],
  // Political-legal work.
  ["law-security", "党委和政府领导、部门分工负责、社会协同参与", "建立健全党委和政府领导、部门分工负责、社会协同参与的防范治理邪教工作机制。", ["分工付责", "分工负责"]],
  ["law-security", "党对政法工作的绝对领导", "坚持和加强党对政法工作的绝对领导。", ["绝对领到", "绝对领导"]],
  ["law-security", "专政职能、管理职能、服务职能", "党领导政法单位依法履行专政职能、管理职能、服务职能。", ["管里职能", "管理职能"]],
  ["law-security", "党委领导和管理政法工作的职能部门", "党委政法委员会是党委领导和管理政法工作的职能部门。", ["职能布门", "职能部门"]],
  ["law-security", "实现党对政法工作领导的重要组织形式", "党委政法委员会是实现党对政法工作领导的重要组织形式。", ["组织形试", "组织形式"]],
  ["law-security", ORGANS, `政法单位主要包括${ORGANS}等单位。`, ["司法行正机关", "司法行政机关"]],
  ["law-security", "中国特色社会主义事业建设者、捍卫者", "确保政法队伍全面正确履行中国特色社会主义事业建设者、捍卫者的使命。", ["捍卫着", "捍卫者"]],
  ["law-security", "保证司法机关依法独立公正行使职权", "支持政法单位依法履行职责，保证司法机关依法独立公正行使职权。", ["行使职全", "行使职权"]],
  // Party schools.
  ["party-building", "干部培训、思想引领、理论建设、决策咨询", "充分发挥党校（行政学院）干部培训、思想引领、理论建设、决策咨询作用。", ["决策咨洵", "决策咨询"]],
  ["party-building", "教育培训干部和党员的主渠道", "发挥党校（行政学院）教育培训干部和党员的主渠道作用。", ["主渠到", "主渠道"]],
  ["party-building", "党的思想理论建设的重要阵地", "党校（行政学院）是党的思想理论建设的重要阵地。", ["重要阵底", "重要阵地"]],
  ["party-building", "党和国家的哲学社会科学研究机构和重要智库", "党校（行政学院）是党和国家的哲学社会科学研究机构和重要智库。", ["研究机购", "研究机构"]],
  ["party-building", "坚持全党办党校", "坚持全党办党校，各级党委落实主体责任。", ["全党办党效", "全党办党校"]],
  // Science association.
  ["mass-organisations", "党和政府联系科学技术工作者的桥梁和纽带", "科协是党和政府联系科学技术工作者的桥梁和纽带。", ["桥梁和扭带", "桥梁和纽带"]],
  ["mass-organisations", "中国科学技术工作者的群众组织", "中国科学技术协会是中国科学技术工作者的群众组织。", ["群众组治", "群众组织"]],
  // United front (2020 regulations).
  ["mass-organisations", "统一战线是中国共产党凝聚人心、汇聚力量的政治优势和战略方针", "统一战线是中国共产党凝聚人心、汇聚力量的政治优势和战略方针。", ["战略方真", "战略方针"]],
  ["mass-organisations", "增强党的阶级基础、扩大党的群众基础、巩固党的执政地位", "统一战线是增强党的阶级基础、扩大党的群众基础、巩固党的执政地位的重要法宝。", ["执政地为", "执政地位"]],
  ["mass-organisations", "夺取革命、建设、改革事业胜利的重要法宝", "统一战线是夺取革命、建设、改革事业胜利的重要法宝。", ["重要法保", "重要法宝"]],
  ["mass-organisations", SCOPE, `统一战线包括${SCOPE}的联盟。`, ["伟大复新", "伟大复兴"]],
  ["mass-organisations", STRATA, `新的社会阶层人士主要包括${STRATA}等。`, ["自由职叶人员", "自由职业人员"]],
];

describe("pack: community and grassroots governance, political-legal work, Party schools, the science association and the united front", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts", () => {
    const idx = builtinSloganIndex();
    assert.deepStrictEqual(idx.formSet.get(WORKERS)!.slogan.parts, ["政治坚定", "素质优良", "敬业奉献", "结构合理", "群众满意"]);
    assert.deepStrictEqual(idx.formSet.get(TASKS)!.slogan.parts, ["健全职业体系", "加强能力建设", "完善管理制度", "强化激励保障"]);
    for (const form of [WORKERS, TASKS, "专政职能、管理职能、服务职能", "干部培训、思想引领、理论建设、决策咨询", "党委和政府领导、部门分工负责、社会协同参与"])
      assert.ok(idx.formSet.get(form)!.slogan.ordered, form);
    assertPartsExchanged([
      ["打造一支政治坚定、敬业奉献、素质优良、结构合理、群众满意的社区工作者队伍。", WORKERS],
      ["着力加强能力建设、健全职业体系、完善管理制度、强化激励保障。", TASKS],
      ["发挥干部培训、理论建设、思想引领、决策咨询作用。", "干部培训、思想引领、理论建设、决策咨询"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "加强社区工作者队伍建设，事关保障人民安居乐业，事关维护社会安定有序。",
      "社区工作者职业体系基本建立，能力建设不断强化，管理制度更加科学。",
      "完善网格化管理、精细化服务、信息化支撑的基层治理平台。",
      "推动“五社联动”，发挥社会工作者专业支撑作用。",
      "深化党建引领基层治理，破解基层治理“小马拉大车”突出问题。",
      "党委政法委员会要加强对政法工作的领导。",
      "支持审判机关、检察机关依法独立公正行使职权。",
      "坚持党校姓党，把旗帜鲜明讲政治融入党校（行政学院）工作全过程和各方面。",
      "党校（行政学院）是培训党的各级领导干部的主渠道。",
      "中国科协要肩负起党和政府联系科技工作者桥梁和纽带的职责。",
      "统一战线是党克敌制胜、执政兴国的重要法宝。",
      "做好新的社会阶层人士统战工作，发挥新联会作用。",
      "巩固党的执政基础，扩大党的群众基础。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings(`打造一支政治坚定、素质优良、敬业奉献、结构合里、群众满意的社区工作者队伍。\n坚持和加强党对政法工作的绝对领到。\n新的社会阶层人士主要包括民营企业和外商投资企业管理技术人员、中介组织和社会组织从业人员、自由职叶人员、新媒体从业人员等。\n`),
      [
        [0, "slogan.typo", WORKERS],
        [1, "slogan.typo", "党对政法工作的绝对领导"],
        [2, "slogan.typo", STRATA],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings(`打造一支${WORKERS}的社区工作者队伍。\n坚持和加强党对政法工作的绝对领导。\n新的社会阶层人士主要包括${STRATA}等。\n`), []);
  });
});
