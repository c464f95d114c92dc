/**
 * Everyday fixed phrases of rural, health and education offices from the 2023 No. 1 document
 * (新型农村集体经济's operating mechanism and ways, 农村集体资产监管, 新型农业经营主体提升行动, the
 * “组团式” help of doctors and teachers, 携手促振兴 and 万企兴万村, animal-disease control, 乡村建设 and
 * 乡村治理, 乡村医生 and 乡村教师), and 党史学习教育's 学党史、悟思想、办实事、开新局 with the three laws it is to deepen,
 * its being carried on as a regular, long-term practice and 传承红色基因. Each written right
 * draws nothing, each with one slip inside draws one slogan.typo whose fix restores it; the ordered
 * runs draw slogan.parts when two parts are exchanged, and the built CLI reports the slips of a draft.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const MECHANISM = "产权关系明晰、治理架构科学、经营方式稳健、收益分配合理";
const WAYS = "资源发包、物业出租、居间服务、资产参股";
const PARTY_HISTORY = "学党史、悟思想、办实事、开新局";
const LAWS = "共产党执政规律、社会主义建设规律、人类社会发展规律";

const CASES: PhraseCase[] = [
  // New rural collective economy, collective assets, new business entities.
  ["agriculture-rural", MECHANISM, `巩固提升农村集体产权制度改革成果，构建${MECHANISM}的运行机制。`, ["经营方式稳建", "经营方式稳健"]],
  ["agriculture-rural", WAYS, `探索${WAYS}等多样化途径发展新型农村集体经济。`, ["居间服物", "居间服务"]],
  ["agriculture-rural", "健全农村集体资产监管体系", "健全农村集体资产监管体系，加强农村集体“三资”管理。", ["资产监官", "资产监管"]],
  ["agriculture-rural", "新型农业经营主体提升行动", "深入开展新型农业经营主体提升行动，支持家庭农场组建农民合作社。", ["经营主体提声", "经营主体提升"]],
  ["agriculture-rural", "农业社会化服务促进行动", "实施农业社会化服务促进行动，大力发展全程托管等社会化服务。", ["服务促近", "服务促进"]],
  ["agriculture-rural", "节本增效、提质增效、营销增效", "促进农业节本增效、提质增效、营销增效。", ["营消增效", "营销增效"]],
  // East-west cooperation and help.
  ["agriculture-rural", "医疗、教育干部人才“组团式”帮扶", "深入实施医疗、教育干部人才“组团式”帮扶。", ["干部人材", "干部人才"]],
  ["agriculture-rural", "携手促振兴行动", "组织东部地区经济较发达县与脱贫县开展携手促振兴行动。", ["携手促震兴", "携手促振兴"]],
  ["agriculture-rural", "东西部劳务协作", "深化东西部劳务协作，稳定脱贫劳动力就业规模。", ["劳务协做", "劳务协作"]],
  ["agriculture-rural", "消费帮扶示范城市和产地示范区", "持续推进消费帮扶示范城市和产地示范区创建。", ["产地示范去", "产地示范区"]],
  ["agriculture-rural", "中央财政衔接推进乡村振兴补助资金", "中央财政衔接推进乡村振兴补助资金用于产业发展的比重力争提高到60%以上。", ["补助资经", "补助资金"]],
  // Grain, farmland, animal disease.
  ["agriculture-rural", "稳住面积、主攻单产、力争多增产", "各地都要稳住面积、主攻单产、力争多增产。", ["主攻单铲", "主攻单产"]],
  ["agriculture-rural", "数量相等、质量相当、产能不降", "确保补充的耕地数量相等、质量相当、产能不降。", ["质量相挡", "质量相当"]],
  ["agriculture-rural", "重大动物疫病常态化防控", "抓好非洲猪瘟等重大动物疫病常态化防控。", ["常态化防空", "常态化防控"]],
  ["agriculture-rural", "基层动植物疫病虫害监测预警网络", "健全基层动植物疫病虫害监测预警网络。", ["监测预经网络", "监测预警网络"]],
  // Rural construction and governance.
  ["agriculture-rural", "数字乡村发展行动", "深入实施数字乡村发展行动，推动数字化应用场景研发推广。", ["乡村发展形动", "乡村发展行动"]],
  ["agriculture-rural", "压实县级责任，推动乡镇扩权赋能，夯实村级基础", "压实县级责任，推动乡镇扩权赋能，夯实村级基础。", ["扩权付能", "扩权赋能"]],
  ["agriculture-rural", "迎评送检、填表报数、过度留痕", "切实减轻基层迎评送检、填表报数、过度留痕等负担。", ["过度流痕", "过度留痕"]],
  ["agriculture-rural", "农耕文化传承保护工程", "深入实施农耕文化传承保护工程。", ["传承保户", "传承保护"]],
  ["agriculture-rural", "派强用好驻村第一书记和工作队", "派强用好驻村第一书记和工作队。", ["驻村第一书纪", "驻村第一书记"]],
  // Health.
  ["health", "乡村医生队伍专业化规范化", "统筹解决乡村医生待遇保障问题，推进乡村医生队伍专业化规范化。", ["专业化规犯化", "专业化规范化"]],
  ["health", "农村订单定向医学生免费培养项目", "继续实施农村订单定向医学生免费培养项目。", ["免费培样", "免费培养"]],
  ["health", "医疗卫生资源县域统筹", "推进医疗卫生资源县域统筹。", ["县域统愁", "县域统筹"]],
  // Education.
  ["education", "乡村教师生活补助政策", "落实乡村教师生活补助政策。", ["生活补住", "生活补助"]],
  // Party history study.
  ["party-building", PARTY_HISTORY, `全党同志要做到${PARTY_HISTORY}。`, ["悟思响", "悟思想"]],
  ["party-building", "常态化长效化开展党史学习教育", "坚持理论武装同常态化长效化开展党史学习教育相结合。", ["长校化", "长效化"]],
  ["party-building", LAWS, `不断深化对${LAWS}的认识。`, ["发展规率", "发展规律"]],
  ["culture-tourism", "传承红色基因", "传承红色基因，赓续红色血脉。", ["红色基音", "红色基因"]],
];

describe("pack: everyday phrases of rural collective economy, rural construction, rural doctors and teachers (2023 No. 1 document) and party-history study", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered runs carry their parts in order, and two exchanged draw slogan.parts", () => {
    const idx = builtinSloganIndex();
    const mech = idx.formSet.get(MECHANISM)!.slogan;
    assert.deepStrictEqual(mech.parts, ["产权关系明晰", "治理架构科学", "经营方式稳健", "收益分配合理"]);
    assert.ok(mech.ordered && mech.source && mech.date);
    assertPartsExchanged([
      ["构建治理架构科学、产权关系明晰、经营方式稳健、收益分配合理的运行机制。", MECHANISM],
      ["全党同志要做到学党史、办实事、悟思想、开新局。", PARTY_HISTORY],
      ["各地都要主攻单产、稳住面积、力争多增产。", "稳住面积、主攻单产、力争多增产"],
      ["不断深化对社会主义建设规律、共产党执政规律、人类社会发展规律的认识。", LAWS],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "发展新型农村集体经济，加强农村集体“三资”管理。",
      "健全农村集体资产监督管理制度。",
      "支持家庭农场、农民合作社和中小微企业等发展农产品产地初加工。",
      "实施新型农业经营主体提升行动。",
      "深化东西部协作和定点帮扶。",
      "东西部协作和对口支援工作扎实推进。",
      "深入推进“万企兴万村”行动。",
      "开展消费帮扶。",
      "做好非洲猪瘟等重大动物疫病防控。",
      "动物防疫实行预防为主，预防与控制、净化、消灭相结合的方针。",
      "持续开展村庄清洁行动。",
      "办好中国农民丰收节。",
      "全面落实“四议两公开”制度。",
      "实施乡村医生队伍专业化规范化建设。",
      "加强乡村医生队伍建设。",
      "推进紧密型县域医疗卫生共同体建设。",
      "落实乡村教师生活补助。",
      "开展党史学习教育，学史明理、学史增信、学史崇德、学史力行。",
      "深入开展“我为群众办实事”实践活动。",
      "耕地数量不减少、质量不下降。",
      "推进粮食生产稳面积、增单产。",
      "要把红色资源利用好、把红色传统发扬好、把红色基因传承好。",
      "推动党史学习教育常态化长效化。",
      "深化对共产党执政规律的认识。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings(`探索资源发包、物业出租、居间服物、资产参股等多样化途径。\n继续实施农村订单定向医学生免费培样项目。\n全党同志要做到学党史、悟思响、办实事、开新局。\n`),
      [
        [0, "slogan.typo", WAYS],
        [1, "slogan.typo", "农村订单定向医学生免费培养项目"],
        [2, "slogan.typo", PARTY_HISTORY],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings(`探索${WAYS}等多样化途径。\n继续实施农村订单定向医学生免费培养项目。\n全党同志要做到${PARTY_HISTORY}。\n`), []);
  });
});
