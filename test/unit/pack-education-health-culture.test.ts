/**
 * Everyday fixed phrases of education, health and culture: the requirements on 思政课 and its teachers
 * (六个要, 八个相统一), the 2018 and 2024 national education conferences, the 2016 words to teachers at
 * the 八一学校, 五育并举 and the student mental-health system, the four evaluations of the 2020 reform
 * plan, the vocational education law; the 2016 national health conference, the 健康中国行动 actions, the
 * 2024 and 2017 medical-reform tasks, the 2023 opinion on the medical service system and the 2019 opinion
 * on TCM; the five outstanding features of Chinese civilisation, the intangible-heritage policy, the
 * cultural lines of the 19th Congress report. Each written right draws nothing, each with one slip inside
 * draws one slogan.typo whose fix restores it; the ordered ones draw slogan.parts when two parts are
 * exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const SIX = "政治要强、情怀要深、思维要新、视野要广、自律要严、人格要正";
const FIVE_FEATURES = "突出的连续性、突出的创新性、突出的统一性、突出的包容性、突出的和平性";
const ICH = "保护为主、抢救第一、合理利用、传承发展";
const MIND = "健康教育、监测预警、咨询服务、干预处置";

const CASES: PhraseCase[] = [
  // Education.
  ["education", SIX, `思政课教师要做到${SIX}。`, ["视野要光", "视野要广"]],
  ["education", "思政课是落实立德树人根本任务的关键课程", "思政课是落实立德树人根本任务的关键课程，要理直气壮开好思政课。", ["关健课程", "关键课程"]],
  ["education", "思想性、理论性和亲和力、针对性", "不断增强思政课的思想性、理论性和亲和力、针对性。", ["亲和利", "亲和力"]],
  ["education", "政治性和学理性相统一", "坚持政治性和学理性相统一，用透彻的学理分析回应学生。", ["学里性", "学理性"]],
  ["education", "显性教育和隐性教育相统一", "坚持显性教育和隐性教育相统一，挖掘其他课程蕴含的思想政治教育资源。", ["隐形教育", "隐性教育"]],
  ["education", "凝聚人心、完善人格、开发人力、培育人才、造福人民", "以凝聚人心、完善人格、开发人力、培育人才、造福人民为工作目标。", ["开发人利", "开发人力"]],
  ["education", "教育是民族振兴、社会进步的重要基石", "教育是民族振兴、社会进步的重要基石。", ["重要基实", "重要基石"]],
  ["education", "教育是强国建设、民族复兴之基", "教育是强国建设、民族复兴之基，必须摆在优先发展的位置。", ["民族复心", "民族复兴"]],
  ["education", "安心从教、热心从教、舒心从教、静心从教", "让广大教师安心从教、热心从教、舒心从教、静心从教。", ["舒心从交", "舒心从教"]],
  ["education", MIND, `健全${MIND}“四位一体”的学生心理健康工作体系。`, ["监测预竞", "监测预警"]],
  ["education", "探索增值评价", "改进结果评价，强化过程评价，探索增值评价，健全综合评价。", ["增直评价", "增值评价"]],
  ["education", "职业教育是与普通教育具有同等重要地位的教育类型", "职业教育是与普通教育具有同等重要地位的教育类型。", ["同等重要地为", "同等重要地位"]],
  ["education", "加强党对教育工作的全面领导", "要加强党对教育工作的全面领导，为教育事业发展提供坚强的政治保证。", ["全面领到", "全面领导"]],
  ["education", "勤学、修德、明辨、笃实", "广大青年要勤学、修德、明辨、笃实，扣好人生的扣子。", ["明辩", "明辨"]],
  ["education", "坚定理想信念、陶冶道德情操、涵养扎实学识、勤修仁爱之心", "引导广大教师坚定理想信念、陶冶道德情操、涵养扎实学识、勤修仁爱之心。", ["涵养扎实学时", "涵养扎实学识"]],
  ["education", "劳动光荣、技能宝贵、创造伟大", "弘扬劳动光荣、技能宝贵、创造伟大的时代风尚。", ["技能宝桂", "技能宝贵"]],
  ["education", "家庭是人生的第一所学校，家长是孩子的第一任老师", "家庭是人生的第一所学校，家长是孩子的第一任老师。", ["第一认老师", "第一任老师"]],
  ["education", "优质均衡的基本公共教育服务体系", "着力构建优质均衡的基本公共教育服务体系。", ["优质均衡的基本公共教育服物体系", "优质均衡的基本公共教育服务体系"]],
  // Health.
  ["health", "把人民健康放在优先发展的战略地位", "要把人民健康放在优先发展的战略地位，加快推进健康中国建设。", ["优先发展的战略地为", "优先发展的战略地位"]],
  ["health", "没有全民健康，就没有全面小康", "没有全民健康，就没有全面小康。", ["全面小糠", "全面小康"]],
  ["health", "全方位全周期保障人民健康", "努力全方位全周期保障人民健康。", ["保障人民建康", "保障人民健康"]],
  ["health", "癌症防治行动", "实施癌症防治行动，推进早诊早治。", ["癌症防制行动", "癌症防治行动"]],
  ["health", "保基本、强基层、建机制", "坚持保基本、强基层、建机制，深化医改。", ["建基制", "建机制"]],
  ["health", "服务模式转向更加注重系统连续", "推动医疗卫生服务模式转向更加注重系统连续。", ["系统连绪", "系统连续"]],
  ["health", "继承好、发展好、利用好", "把中医药这一祖先留给我们的宝贵财富继承好、发展好、利用好。", ["利用号", "利用好"]],
  ["health", "中医药事业和产业高质量发展", "推动中医药事业和产业高质量发展。", ["产业高质量发张", "产业高质量发展"]],
  ["health", "分级诊疗、现代医院管理、全民医保、药品供应保障、综合监管", "着力推进分级诊疗、现代医院管理、全民医保、药品供应保障、综合监管5项制度建设。", ["全民医宝", "全民医保"]],
  ["health", "普及健康生活、优化健康服务、完善健康保障、建设健康环境、发展健康产业", "以普及健康生活、优化健康服务、完善健康保障、建设健康环境、发展健康产业为重点。", ["完善健康保瘴", "完善健康保障"]],
  ["health", "坚持基本医疗卫生事业的公益性", "要坚持基本医疗卫生事业的公益性，推动公立医院高质量发展。", ["公益姓", "公益性"]],
  ["health", "早期监测预警能力、快速检测能力、应急处置能力、综合救治能力", "增强早期监测预警能力、快速检测能力、应急处置能力、综合救治能力。", ["快速检侧能力", "快速检测能力"]],
  ["health", "中医药事业是我国医药卫生事业的重要组成部分", "中医药事业是我国医药卫生事业的重要组成部分。", ["组成部份", "组成部分"]],
  ["health", "医疗卫生事业应当坚持公益性原则", "医疗卫生事业应当坚持公益性原则。", ["公益性元则", "公益性原则"]],
  // Culture.
  ["culture-tourism", FIVE_FEATURES, `中华文明具有${FIVE_FEATURES}。`, ["突出的包融性", "突出的包容性"]],
  ["culture-tourism", ICH, `贯彻“${ICH}”的工作方针。`, ["抢救第以", "抢救第一"]],
  ["culture-tourism", "非物质文化遗产系统性保护", "切实提升非物质文化遗产系统性保护水平。", ["系统行保护", "系统性保护"]],
  ["culture-tourism", "文化兴国运兴，文化强民族强", "文化兴国运兴，文化强民族强。", ["文化强民祖强", "文化强民族强"]],
  ["culture-tourism", "不忘本来、吸收外来、面向未来", "不忘本来、吸收外来、面向未来，更好构筑中国精神。", ["吸收外莱", "吸收外来"]],
  ["culture-tourism", "让收藏在博物馆里的文物、陈列在广阔大地上的遗产、书写在古籍里的文字都活起来", "让收藏在博物馆里的文物、陈列在广阔大地上的遗产、书写在古籍里的文字都活起来。", ["广阔大地的遗产", "广阔大地上的遗产"]],
  ["culture-tourism", "非物质文化遗产是中华优秀传统文化的重要组成部分", "非物质文化遗产是中华优秀传统文化的重要组成部分。", ["组成部份", "组成部分"]],
  ["culture-tourism", "物理分布、逻辑关联、快速链接、高效搜索、全面共享、重点集成", "建成物理分布、逻辑关联、快速链接、高效搜索、全面共享、重点集成的国家文化大数据体系。", ["快速连接", "快速链接"]],
  ["culture-tourism", "体育强则中国强，国运兴则体育兴", "体育强则中国强，国运兴则体育兴。", ["国运心则体育兴", "国运兴则体育兴"]],
  ["culture-tourism", "百万年的人类史、一万年的文化史、五千多年的文明史", "中华民族具有百万年的人类史、一万年的文化史、五千多年的文明史。", ["五千多年的文明使", "五千多年的文明史"]],
];

describe("pack: everyday phrases of education (思政课, the education conferences, evaluation), health (the 2016 conference, medical reform, TCM) and culture (中华文明, 非遗)", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered lists carry their parts, and two exchanged draw slogan.parts", () => {
    const idx = builtinSloganIndex();
    assert.deepStrictEqual(idx.formSet.get(SIX)!.slogan.parts, ["政治要强", "情怀要深", "思维要新", "视野要广", "自律要严", "人格要正"]);
    assert.strictEqual(idx.formSet.get(FIVE_FEATURES)!.slogan.parts!.length, 5);
    const eight = idx.formSet.get("八个相统一")!.slogan;
    assert.strictEqual(eight.parts!.length, 8);
    assert.ok(eight.ordered && eight.source && eight.date);
    assertPartsExchanged([
      ["思政课教师要做到政治要强、思维要新、情怀要深、视野要广、自律要严、人格要正。", SIX],
      ["中华文明具有突出的连续性、突出的统一性、突出的创新性、突出的包容性、突出的和平性。", FIVE_FEATURES],
      ["贯彻保护为主、合理利用、抢救第一、传承发展的工作方针。", ICH],
      ["健全健康教育、咨询服务、监测预警、干预处置的工作体系。", MIND],
    ]);
  });

  it("the retired relics policy stays retired, the intangible-heritage policy is current", () => {
    const idx = builtinSloganIndex();
    assert.ok(idx.formSet.get("保护为主、抢救第一、合理利用、加强管理")!.slogan.deprecated);
    assert.ok(!idx.formSet.get(ICH)!.slogan.deprecated);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "思政课教师，政治要强，情怀要深。",
      "推动思政课改革创新，要坚持政治性和学理性相统一。",
      "要把保障人民健康放在优先发展的战略位置。",
      "把人民健康放在优先发展的战略位置。",
      "广泛开展全民健身活动，实施全民健身行动。",
      "开展控烟宣传，推进无烟机关建设。",
      "健全综合评价体系，完善学生综合素质评价。",
      "改进结果评价，强化过程评价。",
      "德智体美劳五育并举。",
      "加强心理健康监测预警。",
      "非物质文化遗产保护传承。",
      "坚持保护第一、加强管理、挖掘价值、有效利用、让文物活起来。",
      "中华文明具有连续性、创新性、统一性、包容性、和平性。",
      "推进中医药传承创新发展。",
      "教育是国之大计、党之大计。",
      "培养德智体美劳全面发展的社会主义建设者和接班人。",
      "文化是一个国家、一个民族的灵魂。",
      "推动优质医疗资源扩容下沉和区域均衡布局。",
      "深化紧密型医疗联合体改革。",
      "坚持以人民为中心的创作导向，创作出无愧于时代的优秀作品。",
      "织密国家公共卫生防护网，推进预防关口前移。",
      "让教师成为令人羡慕的职业。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("要把人民健康放在优先发展的战略地为。\n让广大教师安心从教、热心从教、舒心从交、静心从教。\n贯彻保护为主、抢救第以、合理利用、传承发展的方针。\n"),
      [
        [0, "slogan.typo", "把人民健康放在优先发展的战略地位"],
        [1, "slogan.typo", "安心从教、热心从教、舒心从教、静心从教"],
        [2, "slogan.typo", ICH],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("要把人民健康放在优先发展的战略地位。\n让广大教师安心从教、热心从教、舒心从教、静心从教。\n贯彻保护为主、抢救第一、合理利用、传承发展的方针。\n"), []);
  });
});
