/**
 * Everyday fixed phrases of human resources and social security (the 2024 opinion on employment,
 * 和谐劳动关系, 技能中国行动, 人社服务快办行动), veterans affairs (the 2024 instruction on veterans'
 * work), taxation (以数治税), the courts and procuratorates (一站式多元解纷, 如我在诉, 抓前端、治未病,
 * 宽严相济刑事政策) and public
 * security (枫桥式公安派出所 and its targets). Each written right draws nothing, each with one slip
 * inside draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two
 * parts are exchanged; the wording official texts write around them stays quiet; and the built CLI
 * reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, orderedPartsOf, assertPartsExchanged, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const VETERANS = "接收安置好、服务保障好、教育管理好、作用发挥好、权益维护好";
const EMPLOYMENT = "就业机会充分、就业环境公平、就业结构优化、人岗匹配高效、劳动关系和谐";
const POLICE_DUTY = "党委领导、部级抓总、省级主责、市县主战、派出所主防";
const POLICE_GOAL = "基础牢、出事少、治安好、党和人民满意";

const CASES: PhraseCase[] = [
  // Human resources and social security.
  ["grassroots-civil-social", "和谐劳动关系", "构建和谐劳动关系，推动科学发展，促进社会和谐。", ["和协劳动", "和谐劳动"]],
  ["grassroots-civil-social", "中国特色和谐劳动关系", "努力构建中国特色和谐劳动关系。", ["特设和谐", "特色和谐"]],
  ["grassroots-civil-social", "技能中国行动", "“十四五”时期，大力实施“技能中国行动”。", ["技能中国形动", "技能中国行动"]],
  ["grassroots-civil-social", "人社服务快办行动", "深入实施“人社服务快办行动”，为企业群众办事增便利。", ["快半行动", "快办行动"]],
  ["grassroots-civil-social", "关联事项打包办、高频事项提速办、所有事项简便办", "通过关联事项打包办、高频事项提速办、所有事项简便办，让群众少跑腿。", ["简便半", "简便办"]],
  ["grassroots-civil-social", EMPLOYMENT, `经过努力，${EMPLOYMENT}的局面逐步形成。`, ["匹配高校", "匹配高效"]],
  ["grassroots-civil-social", "系统集成、协调联动、数字赋能、管理科学、法治保障的就业工作体系", "系统集成、协调联动、数字赋能、管理科学、法治保障的就业工作体系更加健全。", ["数字付能", "数字赋能"]],
  ["grassroots-civil-social", "工作稳定、收入合理、保障可靠、职业安全", "推动实现劳动者工作稳定、收入合理、保障可靠、职业安全等。", ["收入合里", "收入合理"]],
  // Veterans affairs.
  ["grassroots-civil-social", VETERANS, `切实把退役军人${VETERANS}。`, ["作用发辉好", "作用发挥好"]],
  ["grassroots-civil-social", "组织管理体系、工作运行体系、政策制度体系", "持续完善组织管理体系、工作运行体系、政策制度体系。", ["工作运型", "工作运行"]],
  ["grassroots-civil-social", "为经济社会发展服务、为国防和军队建设服务", "贯彻落实为经济社会发展服务、为国防和军队建设服务的方针。", ["经济社会发展服物", "经济社会发展服务"]],
  ["grassroots-civil-social", "退役军人是党和国家的宝贵财富", "退役军人是党和国家的宝贵财富，是推进中国式现代化的重要力量。", ["宝贵材富", "宝贵财富"]],
  // Taxation.
  ["economy", "以数治税", "实现从“以票管税”向“以数治税”分类精准监管转变。", ["以数制税", "以数治税"]],
  // Courts.
  ["law-security", "一站式多元解纷机制", "深化一站式多元解纷机制建设。", ["多元解分", "多元解纷"]],
  ["law-security", "一站式诉讼服务中心", "全面建成一站式诉讼服务中心。", ["诉讼服物", "诉讼服务"]],
  ["law-security", "抓前端、治未病", "全国法院做深做实“抓前端、治未病”。", ["抓前段", "抓前端"]],
  ["law-security", "如我在诉", "以“如我在诉”意识做实公正、高效、便捷、实质性解纷。", ["如我再诉", "如我在诉"]],
  ["law-security", "宽严相济刑事政策", "全面准确贯彻宽严相济刑事政策，全力保障国家长治久安。", ["宽严相继", "宽严相济"]],
  ["law-security", "从政治上看、从法治上办", "“从政治上看、从法治上办”的自觉普遍增强。", ["从法制上办", "从法治上办"]],
  // Public security.
  ["law-security", "枫桥式公安派出所", "深入开展创建全国第三批“枫桥式公安派出所”活动。", ["枫乔式", "枫桥式"]],
  ["law-security", POLICE_GOAL, `紧紧围绕“${POLICE_GOAL}”的工作目标。`, ["人民满义", "人民满意"]],
  ["law-security", POLICE_DUTY, `按照“${POLICE_DUTY}”的要求。`, ["部级抓宗", "部级抓总"]],
  ["law-security", "重心下移、警力下沉、保障下倾", "持续推动重心下移、警力下沉、保障下倾。", ["保障下顷", "保障下倾"]],
  ["law-security", "四个铁一般", "锚定“四个铁一般”标准，建设一支党和人民满意的派出所队伍。", ["四个铁一班", "四个铁一般"]],
];

describe("pack: everyday phrases of human resources, veterans affairs, taxation, the courts and public security", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones keep their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(VETERANS), ["接收安置好", "服务保障好", "教育管理好", "作用发挥好", "权益维护好"]);
    assert.deepStrictEqual(orderedPartsOf(EMPLOYMENT), ["就业机会充分", "就业环境公平", "就业结构优化", "人岗匹配高效", "劳动关系和谐"]);
    assert.deepStrictEqual(orderedPartsOf(POLICE_DUTY), ["党委领导", "部级抓总", "省级主责", "市县主战", "派出所主防"]);
    assert.deepStrictEqual(orderedPartsOf("四个铁一般"), ["铁一般的理想信念", "铁一般的责任担当", "铁一般的过硬本领", "铁一般的纪律作风"]);
    assertPartsExchanged([
      ["切实把退役军人接收安置好、教育管理好、服务保障好、作用发挥好、权益维护好。", VETERANS],
      ["就业机会充分、就业结构优化、就业环境公平、人岗匹配高效、劳动关系和谐的局面逐步形成。", EMPLOYMENT],
      ["按照“党委领导、省级主责、部级抓总、市县主战、派出所主防”的要求。", POLICE_DUTY],
      ["紧紧围绕“基础牢、治安好、出事少、党和人民满意”的工作目标。", POLICE_GOAL],
      ["推动实现劳动者收入合理、工作稳定、保障可靠、职业安全等。", "工作稳定、收入合理、保障可靠、职业安全"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "劳动关系是生产关系的重要组成部分，是最基本、最重要的社会关系之一。",
      "党的十八大明确提出构建和谐劳动关系。",
      "深入实施职业技能提升行动，健全终身职业技能培训制度。",
      "积极推进“打包办”“提速办”“简便办”，让数据多跑路、群众少跑腿。",
      "持续推进清减压，推进人社服务快办。",
      "就业是最基本的民生，事关人民群众切身利益。",
      "城镇就业稳定增长，失业水平有效控制，劳动参与率基本稳定。",
      "推动经济社会发展与就业促进协调联动。",
      "坚持系统集成、协同高效。",
      "国家实行劳动者自主择业、市场调节就业、政府促进就业的方针。",
      "让军人成为全社会尊崇的职业、让退役军人成为全社会尊重的人。",
      "退役军人为国防和军队建设做出了重要贡献，是社会主义现代化建设的重要力量。",
      "做好退役军人服务保障工作。",
      "全面推进税收征管数字化升级和智能化改造。",
      "深入推进精确执法、精细服务、精准监管、精诚共治。",
      "法治建设既要抓末端、治已病，更要抓前端、治未病。",
      "坚持把非诉讼纠纷解决机制挺在前面。",
      "贯彻宽严相济的刑事政策。",
      "贯彻宽严相济刑事司法政策。",
      "深化多元解纷机制建设，诉前化解纠纷1218.2万件。",
      "诉讼服务中心全面建成。",
      "更加注重案件办理的政治效果、社会效果、法律效果有机统一。",
      "坚持和发展新时代“枫桥经验”，大力实施主动警务、预防警务。",
      "建设一支党和人民满意的派出所队伍。",
      "加强基层组织、基础工作、基本能力建设。",
      "推动社会治理重心向基层下移。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = `切实把退役军人${VETERANS}。\n实现从“以票管税”向“以数治税”分类精准监管转变。\n深入开展创建“枫桥式公安派出所”活动。\n`;
    const slipped = right.replace("作用发挥好", "作用发辉好").replace("以数治税", "以数制税").replace("枫桥式", "枫乔式");
    assert.deepStrictEqual(cliSloganFindings(slipped), [
      [0, "slogan.typo", VETERANS],
      [1, "slogan.typo", "以数治税"],
      [2, "slogan.typo", "枫桥式公安派出所"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
