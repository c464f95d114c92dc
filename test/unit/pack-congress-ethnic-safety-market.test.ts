/**
 * Everyday fixed phrases of four fields: people's congresses (the 2021 Central People's Congress Work
 * Conference, the 2024 anniversary speech and the 2024 reform decision on 人大 supervision), ethnic and
 * religious affairs (the 2021 ethnic-work conference, the Politburo study sessions of 2023 and 2025, the
 * religious-work conferences of 2016 and 2021), emergency management and work safety (the 2019 study session
 * on emergency management, the 2016 opinion on disaster prevention, the fifteen work-safety measures, the
 * 2024–2026 three-year plan, the Work Safety Law) and market regulation, food and drug safety (the outline for
 * a quality power, the opinion on the national unified market, the fair-competition review regulations, the
 * food-safety responsibility rules and opinion, the Drug Administration Law). Each written right draws
 * nothing, each with one slip inside draws one slogan.typo whose fix restores it; the ordered lists draw
 * slogan.parts when two parts are exchanged, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const DISASTER = "衡量执政党领导力、检验政府执行力、评判国家动员力、彰显民族凝聚力";

const CASES: PhraseCase[] = [
  // People's congresses.
  ["people-congress", "有效保证国家治理跳出治乱兴衰的历史周期率", "人民代表大会制度有效保证国家治理跳出治乱兴衰的历史周期率。", ["治乱星衰", "治乱兴衰"]],
  ["people-congress", "用好宪法赋予人大的监督权", "要用好宪法赋予人大的监督权，实行正确监督、有效监督、依法监督。", ["宪法付予", "宪法赋予"]],
  ["people-congress", "中国特色社会主义政治发展道路", "坚定不移走中国特色社会主义政治发展道路。", ["政治发展到路", "政治发展道路"]],
  ["people-congress", "充分发挥人大监督在党和国家监督体系中的重要作用", "充分发挥人大监督在党和国家监督体系中的重要作用。", ["重要做用", "重要作用"]],
  ["people-congress", "制度稳则国家稳，制度强则国家强", "历史和现实都表明，制度稳则国家稳，制度强则国家强。", ["制度强则国家墙", "制度强则国家强"]],
  // Ethnic and religious affairs.
  ["ethnic-religious", "民族事务治理法治化水平", "提升民族事务治理法治化水平，防范化解民族领域风险隐患。", ["治理法制化", "治理法治化"]],
  ["ethnic-religious", "中华民族大家庭", "各族人民共同生活在中华民族大家庭之中。", ["中华民族大家廷", "中华民族大家庭"]],
  ["ethnic-religious", "科学完备的中华民族共同体理论体系", "构建科学完备的中华民族共同体理论体系。", ["科学完背", "科学完备"]],
  ["ethnic-religious", "讲大局、讲法治、讲科学、讲爱心", "宗教界弘扬爱国精神，讲大局、讲法治、讲科学、讲爱心。", ["讲爱新", "讲爱心"]],
  ["ethnic-religious", "新时代党的宗教工作理论", "全面贯彻新时代党的宗教工作理论。", ["宗教工作理伦", "宗教工作理论"]],
  ["ethnic-religious", "宗教和顺、民族和睦、社会和谐", "促进宗教和顺、民族和睦、社会和谐。", ["民族和目", "民族和睦"]],
  // Emergency management and work safety.
  ["emergency-safety", "促一方发展、保一方平安", "切实担负起“促一方发展、保一方平安”的政治责任。", ["保一方平按", "保一方平安"]],
  ["emergency-safety", "城市高风险、农村不设防", "一些地方城市高风险、农村不设防的状况尚未根本改变。", ["农村不设访", "农村不设防"]],
  ["emergency-safety", "重拳出击开展打非治违", "重拳出击开展打非治违，严厉打击非法违法生产经营建设行为。", ["打非治为", "打非治违"]],
  ["emergency-safety", "风险隐患排查整改质量", "切实提高风险隐患排查整改质量。", ["排查整该", "排查整改"]],
  ["emergency-safety", DISASTER, `防灾减灾救灾工作是${DISASTER}的一个重要方面。`, ["国家动原力", "国家动员力"]],
  ["emergency-safety", "以信息化推进应急管理现代化", "要以信息化推进应急管理现代化。", ["应急管里", "应急管理"]],
  // Market regulation, food and drug safety.
  ["market-regulation", "打破地方保护和市场分割", "加快建立全国统一的市场制度规则，打破地方保护和市场分割。", ["市场分隔", "市场分割"]],
  ["market-regulation", "打通制约经济循环的关键堵点", "打通制约经济循环的关键堵点，促进商品要素资源畅通流动。", ["关键赌点", "关键堵点"]],
  ["market-regulation", "稳定公平透明可预期的营商环境", "加快营造稳定公平透明可预期的营商环境。", ["可预其", "可预期"]],
  ["market-regulation", "产品质量提档升级", "加快产品质量提档升级。", ["提挡升级", "提档升级"]],
  ["market-regulation", "打造中国建造升级版", "提升建设工程品质，打造中国建造升级版。", ["中国建造升极版", "中国建造升级版"]],
  ["market-regulation", "对本地区食品安全工作负总责", "地方各级党委和政府对本地区食品安全工作负总责。", ["负总则", "负总责"]],
  ["market-regulation", "保障药品的安全、有效、可及", "全面提升药品质量，保障药品的安全、有效、可及。", ["有效、可即", "有效、可及"]],
];

describe("pack: people's congresses, ethnic and religious affairs, emergency management and market regulation", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered lists carry their parts in order, and two exchanged draw slogan.parts", () => {
    const f = builtinSloganIndex().formSet.get(DISASTER)!.slogan;
    assert.deepStrictEqual(f.parts, ["衡量执政党领导力", "检验政府执行力", "评判国家动员力", "彰显民族凝聚力"]);
    assert.ok(f.ordered && f.source && f.date);
    assertPartsExchanged([
      ["防灾减灾救灾工作是检验政府执行力、衡量执政党领导力、评判国家动员力、彰显民族凝聚力的一个重要方面。", DISASTER],
      ["宗教界讲大局、讲科学、讲法治、讲爱心。", "讲大局、讲法治、讲科学、讲爱心"],
      ["确立了以民族平等、民族区域自治、民族团结、各民族共同繁荣发展为主要内容的民族理论和民族政策。", "民族平等、民族团结、民族区域自治、各民族共同繁荣发展"],
      ["加快建设公平竞争、高效规范、充分开放的全国统一大市场。", "高效规范、公平竞争、充分开放"],
      ["落实责任、整合资源、完善体系、统筹力量。", "落实责任、完善体系、整合资源、统筹力量"],
    ]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "持续优化稳定公平透明、可预期的营商环境。",
      "推动有效市场和有为政府更好结合。",
      "坚持立足内需、畅通循环，立破并举、完善制度。",
      "一些地方重救灾、轻减灾思想还比较普遍。",
      "民主是全人类共同价值，是中国共产党和中国人民始终不渝坚持的重要理念。",
      "增加优质公共服务供给，提升产业质量竞争力。",
      "牢固树立安全发展理念。",
      "最大限度地保障人民当家作主。",
      "提高宗教事务治理法治化水平，提升宗教工作法治化水平。",
      "推进新时代党的民族工作高质量发展。",
      "引导宗教界人士和信教群众树立正确的国家观、历史观、民族观、文化观、宗教观。",
      "破除地方保护和市场分割。",
      "落实食品安全属地管理责任和企业主体责任。",
      "企业主要负责人是本单位安全生产第一责任人。",
      "提升国家综合防灾减灾救灾能力，提高突发事件应对能力。",
      "全面落实公平竞争审查制度，健全公平竞争审查机制。",
      "让人民群众吃得放心、吃得健康。",
      "保障药品安全有效可及。",
      "把党的领导、人民当家作主、依法治国有机统一起来。",
      "深入开展民族团结进步创建。",
      "增强全民质量意识，推动建设工程品质提升。",
      "地方党委和政府要严格落实安全生产责任。",
      "严肃查处谎报瞒报事故行为。",
      "灾害种类多、分布地域广、发生频率高、造成损失重。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("坚定不移走中国特色社会主义政治发展到路。\n宗教界讲大局、讲法治、讲科学、讲爱新。\n重拳出击开展打非治为。\n打破地方保护和市场分隔。\n"),
      [
        [0, "slogan.typo", "中国特色社会主义政治发展道路"],
        [1, "slogan.typo", "讲大局、讲法治、讲科学、讲爱心"],
        [2, "slogan.typo", "重拳出击开展打非治违"],
        [3, "slogan.typo", "打破地方保护和市场分割"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("坚定不移走中国特色社会主义政治发展道路。\n宗教界讲大局、讲法治、讲科学、讲爱心。\n重拳出击开展打非治违。\n打破地方保护和市场分割。\n"), []);
  });
});
