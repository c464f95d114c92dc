/**
 * Everyday fixed phrases of national defence mobilisation and the militia (the mobilisation law's
 * policy and principles, the militia's 平时服务、急时应急、战时应战 and 召之即来、来之能战、
 * 战之必胜, the constitution's duty of military service), of military–civilian relations (the 2025
 * instruction on 双拥), of the Young Pioneers (the letters of 2019,
 * 2020 and 2025, the Pioneers' charter) and the Youth League's 2023 congress, and of primary and
 * secondary schools (美育, 体育 and 劳动教育 opinions of 2020, 双减, the 2023 curriculum action, myopia control). Each written right draws nothing,
 * each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones draw
 * slogan.parts when two parts are exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged, orderedPartsOf } from "../support/slogan-findings";

const MOBILISATION = "平战结合、军民结合、寓军于民";
const PRINCIPLES = "统一领导、全民参与、长期准备、重点建设、统筹兼顾、有序高效";
const PIONEER_STYLE = "诚实、勇敢、活泼、团结";
const LEAGUE = "高扬理想主义，心系广大青年，锐意开拓进取，勇于自我革命";

const CASES: PhraseCase[] = [
  // Defence mobilisation and the militia.
  ["law-security", MOBILISATION, `国防动员坚持${MOBILISATION}的方针。`, ["寓军与民", "寓军于民"]],
  ["law-security", PRINCIPLES, `国防动员遵循${PRINCIPLES}的原则。`, ["统筹兼故", "统筹兼顾"]],
  ["law-security", "平时服务、急时应急、战时应战", "构建起平时服务、急时应急、战时应战相统一的现代民兵力量体系。", ["急时应及", "急时应急"]],
  ["law-security", "召之即来、来之能战、战之必胜", "锻造一支召之即来、来之能战、战之必胜的民兵队伍。", ["召之既来", "召之即来"]],
  ["law-security", "保卫祖国、抵抗侵略是中华人民共和国每一个公民的神圣职责", "保卫祖国、抵抗侵略是中华人民共和国每一个公民的神圣职责。", ["神圣职则", "神圣职责"]],
  ["law-security", "依照法律服兵役和参加民兵组织是中华人民共和国公民的光荣义务", "依照法律服兵役和参加民兵组织是中华人民共和国公民的光荣义务。", ["光荣意务", "光荣义务"]],
  // Military–civilian relations (双拥).
  ["grassroots-civil-social", "坚如磐石的军政军民团结", "军地双方要密切协作，巩固发展坚如磐石的军政军民团结。", ["坚如磐实", "坚如磐石"]],
  ["grassroots-civil-social", "爱我人民爱我军", "共同续写爱我人民爱我军的时代新篇。", ["爱我人名", "爱我人民"]],
  ["grassroots-civil-social", "关心国防、热爱军队、尊崇军人", "进一步营造关心国防、热爱军队、尊崇军人的良好社会氛围。", ["尊崇军仁", "尊崇军人"]],
  ["grassroots-civil-social", "维护军人军属合法权益", "组建退役军人管理保障机构，维护军人军属合法权益。", ["军人军署", "军人军属"]],
  ["grassroots-civil-social", "军爱民、民拥军", "大力弘扬军爱民、民拥军的光荣传统。", ["民用军", "民拥军"]],
  ["grassroots-civil-social", "军民团结如一人，试看天下谁能敌", "军民团结如一人，试看天下谁能敌。", ["谁能抵", "谁能敌"]],
  // The Young Pioneers.
  ["mass-organisations", "树立远大理想，培养优良品德，勤奋学习知识，锻炼强健体魄，培养劳动精神", "新时代少先队员要树立远大理想，培养优良品德，勤奋学习知识，锻炼强健体魄，培养劳动精神。", ["培养优良品得", "培养优良品德"]],
  ["mass-organisations", "从小学先锋、长大做先锋", "引导少先队员从小学先锋、长大做先锋。", ["长大作先锋", "长大做先锋"]],
  ["mass-organisations", "少年儿童学习中国特色社会主义和共产主义的学校", "少先队是少年儿童学习中国特色社会主义和共产主义的学校。", ["共产主义的学较", "共产主义的学校"]],
  ["mass-organisations", "建设社会主义和共产主义的预备队", "少先队是建设社会主义和共产主义的预备队。", ["预备对", "预备队"]],
  ["mass-organisations", "组织教育、自主教育、实践教育相统一", "坚持组织教育、自主教育、实践教育相统一。", ["自主教预", "自主教育"]],
  ["mass-organisations", "让红领巾更加鲜艳", "团结带领少先队牢记初心使命，让红领巾更加鲜艳。", ["红领金", "红领巾"]],
  ["mass-organisations", "立志向、修品行、练本领", "引导队员立志向、修品行、练本领。", ["修品形", "修品行"]],
  ["mass-organisations", "高举队旗跟党走", "新征程上，少先队要高举队旗跟党走。", ["高举对旗", "高举队旗"]],
  ["mass-organisations", "爱党爱国、勤奋好学、全面发展的新时代好少年", "教育引领广大少先队员争当爱党爱国、勤奋好学、全面发展的新时代好少年。", ["勤奋号学", "勤奋好学"]],
  ["mass-organisations", "少年儿童健康成长的大学校", "少先队是少年儿童健康成长的大学校。", ["健康成常", "健康成长"]],
  ["mass-organisations", PIONEER_STYLE, `少先队的作风是${PIONEER_STYLE}。`, ["勇感", "勇敢"]],
  ["mass-organisations", "爱祖国、爱人民、爱劳动、爱科学、爱护公共财物", "团结教育少年儿童，听党的话，爱祖国、爱人民、爱劳动、爱科学、爱护公共财物。", ["爱护公共材物", "爱护公共财物"]],
  // The Youth League's 2023 congress.
  ["mass-organisations", "立身之本、政治之魂、奋进之力、活力之源", "在实践考验中塑造了立身之本、政治之魂、奋进之力、活力之源。", ["奋进之利", "奋进之力"]],
  ["mass-organisations", "坚持党的领导、坚守理想信念、投身民族复兴、扎根广大青年", "共青团始终坚持党的领导、坚守理想信念、投身民族复兴、扎根广大青年。", ["坚守理想信年", "坚守理想信念"]],
  ["mass-organisations", LEAGUE, `全团必须${LEAGUE}。`, ["锐意开拓近取", "锐意开拓进取"]],
  ["mass-organisations", "全面从严管团治团", "坚持全面从严管团治团，团的政治性、先进性、群众性不断增强。", ["从言管团", "从严管团"]],
  // Schools.
  ["education", "以美育人、以美化人、以美培元", "以美育人、以美化人、以美培元，把美育纳入各级各类学校人才培养全过程。", ["以美培圆", "以美培元"]],
  ["education", "享受乐趣、增强体质、健全人格、锤炼意志", "帮助学生在体育锻炼中享受乐趣、增强体质、健全人格、锤炼意志。", ["健全人革", "健全人格"]],
  ["education", "以体育智、以体育心", "发挥以体育智、以体育心的育人功能。", ["以体育志", "以体育智"]],
  ["education", "树德、增智、强体、育美", "劳动教育具有树德、增智、强体、育美的综合育人价值。", ["增志", "增智"]],
  ["education", "基础教育课程教学改革深化行动", "扎实推进基础教育课程教学改革深化行动。", ["课程教学改格", "课程教学改革"]],
  ["education", "坚决扭转片面应试教育倾向", "转变育人方式，坚决扭转片面应试教育倾向。", ["片面应试教育倾像", "片面应试教育倾向"]],
  ["education", "综合防控儿童青少年近视", "认真落实综合防控儿童青少年近视实施方案。", ["儿童青少年进视", "儿童青少年近视"]],
  ["education", "儿童青少年近视防控光明行动", "深入开展儿童青少年近视防控光明行动。", ["光明行洞", "光明行动"]],
  ["education", "共同呵护好孩子的眼睛，让他们拥有一个光明的未来", "全社会都要行动起来，共同呵护好孩子的眼睛，让他们拥有一个光明的未来。", ["呵护好孩子的眼精", "呵护好孩子的眼睛"]],
  ["mass-organisations", "严格标准、提高质量、控制增量、管好存量", "按照严格标准、提高质量、控制增量、管好存量的要求，严把团员入口关。", ["管好存亮", "管好存量"]],
  ["education", "减轻义务教育阶段学生作业负担和校外培训负担", "持续减轻义务教育阶段学生作业负担和校外培训负担。", ["校外培训付担", "校外培训负担"]],
];

describe("pack: defence mobilisation and the militia, the Young Pioneers and the Youth League's 2023 congress, school sports, arts, labour education, 双减, curriculum reform and myopia control", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts", () => {
    assert.deepStrictEqual(orderedPartsOf(MOBILISATION), ["平战结合", "军民结合", "寓军于民"]);
    assert.deepStrictEqual(orderedPartsOf(PRINCIPLES).length, 6);
    assert.deepStrictEqual(orderedPartsOf(PIONEER_STYLE), ["诚实", "勇敢", "活泼", "团结"]);
    assert.deepStrictEqual(orderedPartsOf(LEAGUE), ["高扬理想主义", "心系广大青年", "锐意开拓进取", "勇于自我革命"]);
    assertPartsExchanged([
      ["国防动员坚持军民结合、平战结合、寓军于民的方针。", MOBILISATION],
      ["少先队的作风是诚实、活泼、勇敢、团结。", PIONEER_STYLE],
      ["以美化人、以美育人、以美培元，提高学生审美和人文素养。", "以美育人、以美化人、以美培元"],
      ["帮助学生在体育锻炼中享受乐趣、健全人格、增强体质、锤炼意志。", "享受乐趣、增强体质、健全人格、锤炼意志"],
      ["引导队员立志向、练本领、修品行。", "立志向、修品行、练本领"],
      ["进一步营造关心国防、尊崇军人、热爱军队的良好社会氛围。", "关心国防、热爱军队、尊崇军人"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      `国防动员坚持${MOBILISATION}的方针，遵循${PRINCIPLES}的原则。`,
      "人民防空贯彻长期准备、重点建设、平战结合的方针。",
      "党和国家按照人民国防人民办的思想，坚持平战结合、军民结合、寓兵于民的方针。",
      "坚持军民结合、寓军于民，增强国防动员潜力。",
      "召之能来，来之能战，战之能胜。",
      "每年九月的第三个星期六为全民国防教育日。",
      "深化全民国防教育，加强全民国防教育工作。",
      "国防教育贯彻全民参与、长期坚持、讲求实效的方针。",
      "保卫祖国是公民的神圣职责。",
      "依法服兵役是公民的光荣义务。",
      "在全社会营造关心国防、热爱国防、建设国防、保卫国防的浓厚氛围。",
      "巩固发展新时代军政军民团结。",
      "弘扬拥政爱民、拥军优属光荣传统。",
      "难得举城作一庆，爱我人民爱我军。",
      "全社会关心国防、热爱军队、尊崇军人的良好氛围日益浓厚。",
      "维护军人合法权益。",
      "军民鱼水情深。",
      "民拥军、军爱民，军民团结一家亲。",
      "共青团要履行好全团带队职责。",
      "少先队员要为红领巾增添光彩，使红领巾更加鲜艳。",
      "新时代少先队员要热爱祖国，热爱人民，热爱中国共产党。",
      "广大少先队员从小培养热爱党、热爱祖国、热爱人民的情怀。",
      "国家提倡爱祖国、爱人民、爱劳动、爱科学、爱社会主义的公德。",
      "号召大家共同争做爱党爱国、自立自强、奋发向上的新时代好少年。",
      "准备着：为共产主义事业而奋斗！时刻准备着！",
      "少先队是少年儿童学习共产主义的学校。",
      "全面从严治团。",
      "坚持“健康第一”的教育理念。",
      "要全面加强和改进学校美育，坚持以美育人、以文化人，提高学生审美和人文素养。",
      "有效减轻义务教育阶段学生过重作业负担和校外培训负担。",
      "中共中央办公厅、国务院办公厅印发《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》。",
      "劳动教育是国民教育体系的重要内容。",
      "教育部印发《基础教育课程教学改革深化行动方案》。",
      "坚决扭转不科学的教育评价导向。",
      "共同呵护孩子的眼睛。",
      "儿童青少年近视防控工作取得阶段性成效。",
      "坚持标准、控制规模、提高质量、发挥作用。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("国防动员坚持平战结合、军民结合、寓军与民的方针。\n引导少先队员从小学先锋、长大作先锋。\n劳动教育具有树德、增志、强体、育美的综合育人价值。\n"),
      [
        [0, "slogan.typo", MOBILISATION],
        [1, "slogan.typo", "从小学先锋、长大做先锋"],
        [2, "slogan.typo", "树德、增智、强体、育美"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("国防动员坚持平战结合、军民结合、寓军于民的方针。\n引导少先队员从小学先锋、长大做先锋。\n劳动教育具有树德、增智、强体、育美的综合育人价值。\n"), []);
  });
});
