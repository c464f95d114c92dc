/**
 * Everyday fixed phrases of law-based governance and justice administration (community corrections,
 * legal aid, people's mediation, public legal services, the 2021–2025 outline for a law-based
 * government, the eighth five-year legal-education plan, the 枫桥-style police station, the national
 * security education day), emergency management and work safety (the emergency response law, the
 * work-safety law's responsibility for every employee, geological-disaster prevention, the disaster
 * prevention day) and grassroots and social work (social assistance, childcare for the under-threes,
 * the renovation of old residential compounds, the people's city of the 2025 urban work conference,
 * charity, volunteer service, the Red Cross and the work for the next generation). Each written right
 * draws nothing, each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones
 * draw slogan.parts when two parts are exchanged; the wording official texts write around them, the
 * older or partial forms included, stays quiet; and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const LAW_GOV = "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府";
const THREE_SYSTEMS = "行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度";
const CITY = "创新、宜居、美丽、韧性、文明、智慧的现代化人民城市";

const CASES: PhraseCase[] = [
  // Community corrections, legal aid, people's mediation, public legal services.
  ["law-security", "监督管理与教育帮扶相结合", "坚持监督管理与教育帮扶相结合，提高教育矫正质量。", ["教育帮付", "教育帮扶"]],
  ["law-security", "专门机关与社会力量相结合", "坚持专门机关与社会力量相结合，鼓励社会组织参与社区矫正。", ["专们机关", "专门机关"]],
  ["law-security", "分类管理、个别化矫正", "对社区矫正对象采取分类管理、个别化矫正。", ["个别化矫整", "个别化矫正"]],
  ["law-security", "国家保障与社会参与相结合", "法律援助工作实行国家保障与社会参与相结合。", ["国家保彰", "国家保障"]],
  ["law-security", "在当事人自愿、平等的基础上进行调解", "人民调解委员会在当事人自愿、平等的基础上进行调解。", ["进行调节", "进行调解"]],
  ["law-security", "人民调解委员会是依法设立的调解民间纠纷的群众性组织", "人民调解委员会是依法设立的调解民间纠纷的群众性组织。", ["民间纠分", "民间纠纷"]],
  ["law-security", "覆盖城乡、便捷高效、均等普惠的现代公共法律服务体系", "加快建设覆盖城乡、便捷高效、均等普惠的现代公共法律服务体系。", ["便捷高校", "便捷高效"]],
  ["law-security", "全面依法治国的基础性、服务性和保障性工作", "公共法律服务是全面依法治国的基础性、服务性和保障性工作。", ["服务性和保彰性", "服务性和保障性"]],
  // The outline for a law-based government, legal education, the 枫桥-style police station, national security.
  ["law-security", LAW_GOV, `全面建设${LAW_GOV}。`, ["执法严名", "执法严明"]],
  ["law-security", "职责明确、依法行政的政府治理体系", "加快构建职责明确、依法行政的政府治理体系。", ["职责明却", "职责明确"]],
  ["law-security", "用法治给行政权力定规矩、划界限", "要用法治给行政权力定规矩、划界限。", ["划界线", "划界限"]],
  ["law-security", "办事依法、遇事找法、解决问题用法、化解矛盾靠法", "营造办事依法、遇事找法、解决问题用法、化解矛盾靠法的法治环境。", ["遇事招法", "遇事找法"]],
  ["law-security", "制度完备、实施精准、评价科学、责任落实", "基本形成制度完备、实施精准、评价科学、责任落实的工作体系。", ["实施精准、评价科雪", "实施精准、评价科学"]],
  ["law-security", "全民普法是全面依法治国的长期基础性工作", "全民普法是全面依法治国的长期基础性工作。", ["基础性工做", "基础性工作"]],
  ["law-security", "矛盾不上交、平安不出事、服务不缺位", "努力实现矛盾不上交、平安不出事、服务不缺位。", ["服务不缺为", "服务不缺位"]],
  ["law-security", "全民国家安全教育日", "在全民国家安全教育日集中开展宣传活动。", ["安全教预日", "安全教育日"]],
  ["law-security", "国家安全法治体系、战略体系、政策体系、风险监测预警体系、国家应急管理体系", "完善国家安全法治体系、战略体系、政策体系、风险监测预警体系、国家应急管理体系。", ["风险监测预井体系", "风险监测预警体系"]],
  ["law-security", "重点领域安全保障体系和重要专项协调指挥体系", "完善重点领域安全保障体系和重要专项协调指挥体系。", ["协调指辉体系", "协调指挥体系"]],
  ["law-security", "提高各级领导干部统筹发展和安全能力", "提高各级领导干部统筹发展和安全能力。", ["统筹发展和安全能历", "统筹发展和安全能力"]],
  ["law-security", "在原则问题上寸步不让", "在原则问题上寸步不让，坚决维护国家主权、安全、发展利益。", ["寸步不瓤", "寸步不让"]],
  ["law-security", "反渗透、反颠覆、反窃密", "深入开展反渗透、反颠覆、反窃密斗争。", ["反颠复", "反颠覆"]],
  // Law enforcement's three systems, lawyers, the model villages of democracy and the rule of law.
  ["law-security", THREE_SYSTEMS, `全面推行${THREE_SYSTEMS}。`, ["决定法治审核", "决定法制审核"]],
  ["law-security", "谁执法谁公示", "按照谁执法谁公示的原则，及时公开执法信息。", ["谁执法谁公式", "谁执法谁公示"]],
  ["law-security", "权责统一、权威高效的行政执法体系", "推动形成权责统一、权威高效的行政执法体系。", ["权威高校", "权威高效"]],
  ["law-security", "执法全过程留痕和可回溯管理", "做到执法全过程留痕和可回溯管理。", ["全过程流痕", "全过程留痕"]],
  ["law-security", "拥护中国共产党领导、拥护我国社会主义法治", "做拥护中国共产党领导、拥护我国社会主义法治这一从业基本要求的践行者。", ["我国社会主义法制", "我国社会主义法治"]],
  ["law-security", "民主法治示范村", "深入开展民主法治示范村创建活动。", ["民主法制示范村", "民主法治示范村"]],
  // Emergency management, work safety, geological disasters.
  ["emergency-safety", "预防为主、预防与应急相结合", "突发事件应对工作坚持预防为主、预防与应急相结合。", ["与应极相结合", "与应急相结合"]],
  ["emergency-safety", "全员安全生产责任制", "生产经营单位要建立健全并落实全员安全生产责任制。", ["全员安全生产责任治", "全员安全生产责任制"]],
  ["emergency-safety", "预防为主、避让与治理相结合", "地质灾害防治坚持预防为主、避让与治理相结合。", ["避让与治里", "避让与治理"]],
  ["emergency-safety", "全面规划、突出重点", "地质灾害防治工作坚持全面规划、突出重点的原则。", ["突出重典", "突出重点"]],
  ["emergency-safety", "汛前排查、汛中巡查和汛后复查", "落实汛前排查、汛中巡查和汛后复查。", ["汛中寻查", "汛中巡查"]],
  ["emergency-safety", "雨前排查、雨中巡查和雨后复查", "群测群防员开展雨前排查、雨中巡查和雨后复查。", ["雨后复察", "雨后复查"]],
  ["emergency-safety", "全国防灾减灾日", "围绕全国防灾减灾日开展应急演练。", ["防灾简灾日", "防灾减灾日"]],
  ["emergency-safety", "安全生产第一责任人", "主要负责人是本单位安全生产第一责任人。", ["第一则任人", "第一责任人"]],
  ["emergency-safety", "全灾种、大应急", "对标全灾种、大应急任务需要，加速转型升级。", ["全灾肿", "全灾种"]],
  // Social assistance.
  ["grassroots-civil-social", "托底线、救急难、可持续", "社会救助制度坚持托底线、救急难、可持续。", ["救急南", "救急难"]],
  ["grassroots-civil-social", "保基本、兜底线、救急难、可持续", "按照保基本、兜底线、救急难、可持续的总体思路。", ["可持绪", "可持续"]],
  ["grassroots-civil-social", "分层分类、城乡统筹的中国特色社会救助体系", "健全分层分类、城乡统筹的中国特色社会救助体系。", ["城乡统愁", "城乡统筹"]],
  ["grassroots-civil-social", "统筹救助资源、增强兜底功能、提升服务能力", "以统筹救助资源、增强兜底功能、提升服务能力为重点。", ["兜底工能", "兜底功能"]],
  ["grassroots-civil-social", "既不降低标准，也不吊高胃口", "坚持尽力而为、量力而行，既不降低标准，也不吊高胃口。", ["也不掉高胃口", "也不吊高胃口"]],
  // Childcare for the under-threes.
  ["grassroots-civil-social", "家庭为主，托育补充", "坚持家庭为主，托育补充。", ["拖育补充", "托育补充"]],
  ["grassroots-civil-social", "政策引导，普惠优先", "坚持政策引导，普惠优先，加快发展托育服务。", ["普惠忧先", "普惠优先"]],
  ["grassroots-civil-social", "安全健康，科学规范", "坚持安全健康，科学规范，最大限度地保护婴幼儿。", ["科学规犯", "科学规范"]],
  ["grassroots-civil-social", "政策法规体系、标准规范体系和服务供给体系", "建立完善促进婴幼儿照护服务发展的政策法规体系、标准规范体系和服务供给体系。", ["标准规犯体系", "标准规范体系"]],
  ["grassroots-civil-social", "普惠托育服务体系", "发展普惠托育服务体系，多渠道增加托育服务供给。", ["普惠拖育", "普惠托育"]],
  // Old residential compounds, the people's city.
  ["grassroots-civil-social", "基础类、完善类、提升类", "改造内容分为基础类、完善类、提升类。", ["完善累", "完善类"]],
  ["grassroots-civil-social", "纵向到底、横向到边、共建共治共享", "推动构建纵向到底、横向到边、共建共治共享的社区治理体系。", ["横向到遍", "横向到边"]],
  ["grassroots-civil-social", "美好环境与幸福生活共同缔造", "结合开展美好环境与幸福生活共同缔造活动。", ["共同缔照", "共同缔造"]],
  ["grassroots-civil-social", "安全健康、设施完善、管理有序的完整居住社区", "推动建设安全健康、设施完善、管理有序的完整居住社区。", ["管理有续", "管理有序"]],
  ["grassroots-civil-social", "居民自愿，调动各方参与", "坚持居民自愿，调动各方参与。", ["各方参予", "各方参与"]],
  ["grassroots-civil-social", "保护优先，注重历史传承", "坚持保护优先，注重历史传承。", ["历史传成", "历史传承"]],
  ["grassroots-civil-social", "建管并重，加强长效管理", "坚持建管并重，加强长效管理。", ["长效管里", "长效管理"]],
  ["grassroots-civil-social", CITY, `以建设${CITY}为目标。`, ["韧性、闻明", "韧性、文明"]],
  ["grassroots-civil-social", "坚持和发展新时代“枫桥经验”", "在社会基层坚持和发展新时代“枫桥经验”。", ["新时代“风桥经验”", "新时代“枫桥经验”"]],
  // Charity, volunteer service.
  ["grassroots-civil-social", "合法、自愿、诚信、非营利", "开展慈善活动，应当遵循合法、自愿、诚信、非营利的原则。", ["非盈利", "非营利"]],
  ["grassroots-civil-social", "扶老、救孤、恤病、助残、优抚", "开展扶老、救孤、恤病、助残、优抚等慈善活动。", ["助残、优府", "助残、优抚"]],
  ["grassroots-civil-social", "自愿、无偿、平等、诚信、合法", "开展志愿服务，应当遵循自愿、无偿、平等、诚信、合法的原则。", ["无尝", "无偿"]],
  ["grassroots-civil-social", "广覆盖、多层次、宽领域", "促进广覆盖、多层次、宽领域开展志愿服务。", ["宽岭域", "宽领域"]],
  ["grassroots-civil-social", "奉献、友爱、互助、进步", "大力弘扬奉献、友爱、互助、进步的志愿精神。", ["互祝", "互助"]],
  ["grassroots-civil-social", "系统完备、科学规范、协同高效的志愿服务制度和工作体系", "基本形成系统完备、科学规范、协同高效的志愿服务制度和工作体系。", ["协同高校", "协同高效"]],
  ["grassroots-civil-social", "人人可为、处处可为", "创新社会动员方式，让志愿服务人人可为、处处可为。", ["处处可维", "处处可为"]],
  ["grassroots-civil-social", "全面参与的志愿服务动员体系", "健全全面参与的志愿服务动员体系。", ["服务动圆体系", "服务动员体系"]],
  ["grassroots-civil-social", "精准高效的志愿服务供给体系", "健全精准高效的志愿服务供给体系。", ["精准高校", "精准高效"]],
  ["grassroots-civil-social", "充满活力的志愿服务队伍组织体系", "健全充满活力的志愿服务队伍组织体系。", ["充满活利", "充满活力"]],
  ["grassroots-civil-social", "覆盖广泛的志愿服务阵地体系", "健全覆盖广泛的志愿服务阵地体系。", ["服务阵第体系", "服务阵地体系"]],
  ["grassroots-civil-social", "特色鲜明的志愿文化体系", "健全特色鲜明的志愿文化体系。", ["特色鲜名", "特色鲜明"]],
  // The 2025 urban renewal: the four goods.
  ["grassroots-civil-social", "好房子、好小区、好社区、好城区", "推进好房子、好小区、好社区、好城区建设。", ["好小曲", "好小区"]],
  ["grassroots-civil-social", "安全、舒适、绿色、智慧的好房子", "大力建设安全、舒适、绿色、智慧的好房子。", ["舒试", "舒适"]],
  // The Red Cross, the work for the next generation.
  ["mass-organisations", "保护人的生命和健康，维护人的尊严，发扬人道主义精神，促进和平进步事业", "红十字会法的立法目的是保护人的生命和健康，维护人的尊严，发扬人道主义精神，促进和平进步事业。", ["人道主义精身", "人道主义精神"]],
  ["mass-organisations", "从事人道主义工作的社会救助团体", "红十字会是从事人道主义工作的社会救助团体。", ["社会就助团体", "社会救助团体"]],
  ["mass-organisations", "人道、博爱、奉献", "弘扬人道、博爱、奉献的红十字精神。", ["博碍", "博爱"]],
  ["mass-organisations", "人道、公正、中立、独立、志愿服务、统一、普遍", "遵循人道、公正、中立、独立、志愿服务、统一、普遍的基本原则。", ["中力", "中立"]],
  ["mass-organisations", "老干部、老战士、老专家、老教师、老模范", "组织老干部、老战士、老专家、老教师、老模范参加关心下一代工作。", ["老模犯", "老模范"]],
  ["mass-organisations", "忠诚敬业、关爱后代、务实创新、无私奉献", "弘扬忠诚敬业、关爱后代、务实创新、无私奉献的“五老”精神。", ["务实创心", "务实创新"]],
  ["mass-organisations", "急党政所急，想青少年所需，尽关工委所能", "坚持急党政所急，想青少年所需，尽关工委所能的工作方针。", ["青少年所须", "青少年所需"]],
];

describe("pack: everyday phrases of justice administration, national security, emergency management and grassroots social work", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts naming the formulation", () => {
    const idx = builtinSloganIndex();
    const gov = idx.formSet.get(LAW_GOV)!.slogan;
    assert.deepStrictEqual(gov.parts, ["职能科学", "权责法定", "执法严明", "公开公正", "智能高效", "廉洁诚信", "人民满意"]);
    assert.ok(gov.ordered && gov.source && gov.date);
    assert.deepStrictEqual(idx.formSet.get(CITY)!.slogan.parts, ["创新", "宜居", "美丽", "韧性", "文明", "智慧"]);
    assertPartsExchanged([
      ["全面建设职能科学、权责法定、公开公正、执法严明、智能高效、廉洁诚信、人民满意的法治政府。", LAW_GOV],
      ["以建设宜居、创新、美丽、韧性、文明、智慧的现代化人民城市为目标。", CITY],
      ["改造内容分为基础类、提升类、完善类。", "基础类、完善类、提升类"],
      ["营造办事依法、解决问题用法、遇事找法、化解矛盾靠法的法治环境。", "办事依法、遇事找法、解决问题用法、化解矛盾靠法"],
      ["开展慈善活动，应当遵循合法、诚信、自愿、非营利的原则。", "合法、自愿、诚信、非营利"],
      ["弘扬人道、奉献、博爱的红十字精神。", "人道、博爱、奉献"],
      ["组织老干部、老专家、老战士、老教师、老模范参加关心下一代工作。", "老干部、老战士、老专家、老教师、老模范"],
      ["全面推行执法全过程记录制度、行政执法公示制度、重大执法决定法制审核制度。", THREE_SYSTEMS],
      ["推进好小区、好房子、好社区、好城区建设。", "好房子、好小区、好社区、好城区"],
    ]);
  });

  it("the wording official texts also write around the new entries, older and partial forms included, stays quiet", () => {
    assertQuiet([
      "社区矫正工作坚持监督管理与教育帮扶相结合，专门机关与社会力量相结合，采取分类管理、个别化矫正，有针对性地消除社区矫正对象可能重新犯罪的因素。",
      "法律援助工作坚持中国共产党领导，坚持以人民为中心，尊重和保障人权，遵循公开、公平、公正的原则。",
      "人民调解委员会调解民间纠纷，不收取任何费用。",
      "建设覆盖城乡的现代公共法律服务体系。",
      "到2020年基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",
      "加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",
      "推动全社会尊法学法守法用法，“谁执法谁普法”等普法责任制全面落实。",
      "坚持和发展新时代“枫桥经验”，做到小事不出村、大事不出镇、矛盾不上交。",
      "2024年4月15日是第九个全民国家安全教育日，4·15国家安全教育日主题鲜明。",
      "突发事件应对工作实行预防为主、预防与应急相结合的原则。",
      "建立健全安全生产责任制，落实安全生产责任制度。",
      "督促企业落实全员安全生产责任，开展全民国家安全教育活动。",
      "地质灾害防治工作实行统筹规划、预防为主、避让优先、综合治理的原则。",
      "强化雨前、雨中、雨后不间断动态排查，切实做到应转尽转。",
      "5月12日是全国防灾减灾日，5月12日至18日为防灾减灾宣传周。",
      "社会救助工作应当遵循公开、公平、公正、及时的原则。",
      "健全分层分类的社会救助体系，坚持保基本、兜底线。",
      "发展普惠托育服务，多渠道增加托育服务供给。",
      "城镇老旧小区改造内容可分为基础类、完善类、提升类3类。",
      "稳步实施城市更新行动，加强城镇老旧小区改造和保障性住房供给。",
      "坚持人民城市人民建、人民城市为人民。",
      "（二）扶老、救孤、恤病、助残；",
      "志愿服务是志愿者、志愿服务组织和其他组织自愿、无偿向社会或者他人提供的公益服务。",
      "中国红十字会以发扬人道、博爱、奉献精神，保护人的生命和健康，维护人的尊严，促进人类和平进步事业为宗旨。",
      "关工委依靠老干部、老战士、老专家、老教师、老模范等“五老”队伍开展工作。",
      "全面推行行政执法“三项制度”，促进严格规范公正文明执法，坚持谁执法谁普法。",
      "律师要拥护中国共产党领导、拥护社会主义法治。",
      "第九批“全国民主法治示范村（社区）”名单公布。",
      "生产经营单位的主要负责人对本单位的安全生产工作全面负责。",
      "国家综合性消防救援队伍坚持应急救援主力军和国家队定位。",
      "完善志愿服务制度和工作体系，弘扬志愿精神。",
      "大力推进“好房子”建设，推进城镇老旧小区整治改造。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = "社区矫正工作坚持监督管理与教育帮扶相结合。\n开展慈善活动，应当遵循合法、自愿、诚信、非营利的原则。\n落实汛前排查、汛中巡查和汛后复查。\n";
    assert.deepStrictEqual(cliSloganFindings(right.replace("帮扶", "帮付").replace("非营利", "非盈利").replace("汛中巡查", "汛中寻查")), [
      [0, "slogan.typo", "监督管理与教育帮扶相结合"],
      [1, "slogan.typo", "合法、自愿、诚信、非营利"],
      [2, "slogan.typo", "汛前排查、汛中巡查和汛后复查"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
