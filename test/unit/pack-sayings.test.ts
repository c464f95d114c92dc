/**
 * The sayings of Xi Jinping's speeches that officials quote in every kind of speech (金句 and 用典 used
 * as fixed phrases): 空谈误国、实干兴邦, 幸福都是奋斗出来的, 撸起袖子加油干, 一张蓝图绘到底, 打铁还需自身硬,
 * 时代是出卷人，我们是答卷人，人民是阅卷人, 小康不小康，关键看老乡, 生态兴则文明兴，生态衰则文明衰,
 * 关键核心技术是要不来、买不来、讨不来的 … Each written right draws nothing, each with one slip inside draws
 * one slogan.typo whose fix restores it; 心中有党、心中有民、心中有责、心中有戒 keeps its order; the spellings
 * official texts also write (幸福是奋斗出来的, 治国有常，而利民为本, 惟有…, the 2021 “归根到底是因为马克思主义行”,
 * 打铁必须自身硬, 人心是最大的政治) and the sentences written around the sayings stay quiet; and the built CLI
 * reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, orderedPartsOf, assertPartsExchanged, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const FOUR_HEARTS = "心中有党、心中有民、心中有责、心中有戒";
const ANSWER = "时代是出卷人，我们是答卷人，人民是阅卷人";
const MARXISM = "中国共产党为什么能，中国特色社会主义为什么好，归根到底是马克思主义行";
const CALLING = "时代呼唤着我们，人民期待着我们，唯有矢志不渝、笃行不怠，方能不负时代、不负人民";
const STRONG_FARMING = "中国要强，农业必须强；中国要美，农村必须美；中国要富，农民必须富";

const CASES: PhraseCase[] = [
  // General sayings: the reports, the New Year addresses, the speeches.
  ["general", "空谈误国、实干兴邦", "全党全军全国各族人民要牢记空谈误国、实干兴邦，坚定信心、同心同德。", ["实干兴帮", "实干兴邦"]],
  ["general", "幸福都是奋斗出来的", "习近平总书记指出，幸福都是奋斗出来的。", ["奋豆出来", "奋斗出来"]],
  ["general", "撸起袖子加油干", "让我们撸起袖子加油干、风雨无阻向前行。", ["加由干", "加油干"]],
  ["general", "人民对美好生活的向往，就是我们的奋斗目标", "人民对美好生活的向往，就是我们的奋斗目标。", ["旧是我们", "就是我们"]],
  ["general", "一张蓝图绘到底", "坚持一张蓝图绘到底，不搞大拆大建。", ["蓝图会到底", "蓝图绘到底"]],
  ["general", "一任接着一任干", "发扬钉钉子精神，一任接着一任干。", ["一任接着一人干", "一任接着一任干"]],
  ["general", "新时代是奋斗者的时代", "新时代是奋斗者的时代，我们要勇于在艰苦奋斗中磨砺意志。", ["奋斗着的", "奋斗者的"]],
  ["general", "奋斗本身就是一种幸福", "奋斗本身就是一种幸福。", ["一钟幸福", "一种幸福"]],
  ["general", "只有奋斗的人生才称得上幸福的人生", "只有奋斗的人生才称得上幸福的人生。", ["才成得上", "才称得上"]],
  ["general", "我将无我，不负人民", "以“我将无我，不负人民”的赤子情怀担当作为。", ["不付人民", "不负人民"]],
  ["general", ANSWER, `${ANSWER}，我们要向人民交出优异答卷。`, ["悦卷人", "阅卷人"]],
  ["general", "根基在人民、血脉在人民、力量在人民", "中国共产党根基在人民、血脉在人民、力量在人民。", ["血麦在人民", "血脉在人民"]],
  ["general", "人民是历史的创造者，是真正的英雄", "人民是历史的创造者，是真正的英雄。", ["真正的英熊", "真正的英雄"]],
  ["general", MARXISM, `${MARXISM}，是中国化时代化的马克思主义行。`, ["归根到低", "归根到底"]],
  ["general", "平凡铸就伟大，英雄来自人民", "平凡铸就伟大，英雄来自人民，每个人都了不起。", ["平凡筑就", "平凡铸就"]],
  ["general", "我们都在努力奔跑，我们都是追梦人", "我们都在努力奔跑，我们都是追梦人。", ["努利奔跑", "努力奔跑"]],
  ["general", "每一代人有每一代人的长征路，每一代人都要走好自己的长征路", "每一代人有每一代人的长征路，每一代人都要走好自己的长征路。", ["常征路", "长征路"]],
  ["general", "天上不会掉馅饼，努力奋斗才能梦想成真", "天上不会掉馅饼，努力奋斗才能梦想成真。", ["陷饼", "馅饼"]],
  ["general", "中华民族伟大复兴，绝不是轻轻松松、敲锣打鼓就能实现的", "中华民族伟大复兴，绝不是轻轻松松、敲锣打鼓就能实现的。", ["敲罗打鼓", "敲锣打鼓"]],
  ["general", "行百里者半九十", "越是接近目标，越要保持行百里者半九十的清醒。", ["半久十", "半九十"]],
  ["general", "治国有常，利民为本", "治国有常，利民为本。为民造福是立党为公、执政为民的本质要求。", ["立民为本", "利民为本"]],
  ["general", "团结就是力量，团结才能胜利", "团结就是力量，团结才能胜利。", ["团洁才能", "团结才能"]],
  ["general", "从站起来、富起来到强起来的伟大飞跃", "中华民族迎来了从站起来、富起来到强起来的伟大飞跃。", ["富起来到墙起来", "富起来到强起来"]],
  ["general", "实践没有止境，理论创新也没有止境", "实践没有止境，理论创新也没有止境。", ["理论创心", "理论创新"]],
  ["general", CALLING, `${CALLING}。`, ["失志不渝", "矢志不渝"]],
  ["general", "为民造福是立党为公、执政为民的本质要求", "为民造福是立党为公、执政为民的本质要求。", ["立党为功", "立党为公"]],
  ["general", "打江山、守江山，守的是人民的心", "中国共产党领导人民打江山、守江山，守的是人民的心。", ["收的是", "守的是"]],
  ["general", "民心是最大的政治", "民心是最大的政治，决定事业兴衰成败。", ["最大的正治", "最大的政治"]],
  ["general", "惟其艰巨，所以伟大；惟其艰巨，更显荣光", "惟其艰巨，所以伟大；惟其艰巨，更显荣光。", ["更现荣光", "更显荣光"]],
  ["general", "踔厉奋发、勇毅前行", "紧密团结在党中央周围，踔厉奋发、勇毅前行。", ["勇义前行", "勇毅前行"]],
  ["general", "踔厉奋发、笃行不怠", "我们唯有踔厉奋发、笃行不怠，方能不负历史、不负时代、不负人民。", ["督行不怠", "笃行不怠"]],
  // Party building.
  ["party-building", "打铁还需自身硬", "打铁还需自身硬，必须坚持党要管党、从严治党。", ["自生硬", "自身硬"]],
  ["party-building", "为官一任，造福一方", "牢记“为官一任，造福一方”，把为民造福作为最大政绩。", ["造服一方", "造福一方"]],
  ["party-building", "把权力关进制度的笼子", "加强对权力运行的制约和监督，把权力关进制度的笼子里。", ["关近制度", "关进制度"]],
  ["party-building", FOUR_HEARTS, `做焦裕禄式的县委书记，始终做到${FOUR_HEARTS}。`, ["心中有界", "心中有戒"]],
  ["party-building", "民之所好好之，民之所恶恶之", "树立正确政绩观，做到“民之所好好之，民之所恶恶之”。", ["民之所号好之", "民之所好好之"]],
  ["party-building", "一切为了人民、一切依靠人民", "坚持一切为了人民、一切依靠人民，从群众中来、到群众中去。", ["一切依考人民", "一切依靠人民"]],
  // The fields.
  ["agriculture-rural", "小康不小康，关键看老乡", "小康不小康，关键看老乡。", ["关建看老乡", "关键看老乡"]],
  ["agriculture-rural", STRONG_FARMING, `${STRONG_FARMING}。`, ["农业必需强", "农业必须强"]],
  ["agriculture-rural", "民族要复兴，乡村必振兴", "民族要复兴，乡村必振兴。", ["乡村必镇兴", "乡村必振兴"]],
  ["ecology", "生态兴则文明兴，生态衰则文明衰", "生态兴则文明兴，生态衰则文明衰。", ["生态摔则", "生态衰则"]],
  ["ecology", "保护生态环境就是保护生产力，改善生态环境就是发展生产力", "保护生态环境就是保护生产力，改善生态环境就是发展生产力。", ["改擅生态", "改善生态"]],
  ["ecology", "人不负青山，青山定不负人", "人不负青山，青山定不负人，守着绿水青山一定能收获金山银山。", ["定不付人", "定不负人"]],
  ["science-technology", "关键核心技术是要不来、买不来、讨不来的", "关键核心技术是要不来、买不来、讨不来的。", ["套不来", "讨不来"]],
  ["education", "教育兴则国家兴，教育强则国家强", "教育兴则国家兴，教育强则国家强。", ["教育星则", "教育兴则"]],
  ["mass-organisations", "青年一代有理想、有本领、有担当，国家就有前途，民族就有希望", "青年一代有理想、有本领、有担当，国家就有前途，民族就有希望。", ["有本岭", "有本领"]],
  ["culture-tourism", "人民有信仰，民族有希望，国家有力量", "人民有信仰，民族有希望，国家有力量。", ["人民有信养", "人民有信仰"]],
  ["grassroots-civil-social", "望得见山、看得见水、记得住乡愁", "让城市融入大自然，让居民望得见山、看得见水、记得住乡愁。", ["记得主乡愁", "记得住乡愁"]],
];

describe("pack: the sayings of Xi Jinping's speeches that officials quote", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the four 心中有 keep their order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(FOUR_HEARTS), ["心中有党", "心中有民", "心中有责", "心中有戒"]);
    assertPartsExchanged([["做焦裕禄式的县委书记，始终做到心中有民、心中有党、心中有责、心中有戒。", FOUR_HEARTS]]);
  });

  it("the spellings official texts also write, and the sentences written around the sayings, stay quiet", () => {
    assertQuiet([
      // Other spellings and neighbouring formulations.
      "幸福是奋斗出来的。",
      "治国有常，而利民为本。",
      "时代呼唤着我们，人民期待着我们，惟有矢志不渝、笃行不怠，方能不负时代、不负人民。",
      "中国共产党为什么能，中国特色社会主义为什么好，归根到底是因为马克思主义行！",
      "全面从严治党，打铁必须自身硬。",
      "人心是最大的政治，统一战线是凝聚人心、汇聚力量的强大法宝。",
      "江山就是人民，人民就是江山。",
      "我们要以“功成不必在我”的精神境界和“功成必定有我”的历史担当，一张蓝图绘到底。",
      "青年兴则国家兴，青年强则国家强。",
      "党的十九大报告指出，人民有信仰，国家有力量，民族有希望。",
      "把权力关进制度笼子，始终做到用权为民。",
      // The wording written around the sayings.
      "同志们，蓝图已经绘就，奋进正当其时。",
      "坚持一件事情接着一件事情办、一年接着一年干。",
      "实干才能梦想成真，奋斗才能赢得未来。",
      "团结就是力量，同心才能致远。",
      "让我们撸起袖子干出来，一起向目标冲刺。",
      "坚持以人民为中心的发展思想，不断实现人民对美好生活的向往。",
      "发扬钉钉子精神，以钉钉子精神抓好改革落实。",
      "小康路上一个都不能掉队。",
      "我们比历史上任何时期都更接近、更有信心和能力实现中华民族伟大复兴的目标。",
      "坚持绿水青山就是金山银山的理念，像保护眼睛一样保护生态环境。",
      "加快实现高水平科技自立自强，打好关键核心技术攻坚战。",
      "全面推进乡村振兴，加快建设农业强国。",
      "建设教育强国，办好人民满意的教育。",
      "广大青年要坚定不移听党话、跟党走。",
      "践行以人民为中心的发展思想，做到心中有数、脚下有路。",
      "为官避事平生耻，干部就要有担当。",
      "尊重自然、顺应自然、保护自然。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each saying, and nothing on the draft written right", () => {
    const right = "牢记空谈误国、实干兴邦。\n小康不小康，关键看老乡。\n做到心中有党、心中有民、心中有责、心中有戒。\n";
    const slipped = right.replace("实干兴邦", "实干兴帮").replace("关键看老乡", "关建看老乡").replace("心中有戒", "心中有界");
    assert.deepStrictEqual(cliSloganFindings(slipped), [
      [0, "slogan.typo", "空谈误国、实干兴邦"],
      [1, "slogan.typo", "小康不小康，关键看老乡"],
      [2, "slogan.typo", FOUR_HEARTS],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right), []);
  });
});
