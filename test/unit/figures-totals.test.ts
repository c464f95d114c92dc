/**
 * figure.arithmetic on totals and their parts and shares beyond a 其中 right
 * after the total: per-head values and rates are no parts, a comparison's base
 * is neither a result nor a total, a share against an earlier total, parts after
 * a colon, 从A增加到B with the increment before the rate, and 翻番 spans whose
 * base carries its value or whose claim follows.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS } from "../../server/src/core/settings";
import { figureCheck } from "../../server/src/core/figures";
import type { Finding } from "../../server/src/core/findings";

const check = (text: string): Finding[] => figureCheck.run(parseDocument(text), { settings: { ...DEFAULT_SETTINGS, "lectern.documentYear": null }, data: {} });
const arithmetic = (text: string) => check(text).filter((f) => f.code === "figure.arithmetic").map((f) => text.slice(f.span.start, f.span.end));

describe("figure.arithmetic: what is no part of a total", () => {
  it("per-head values under 其中 are not added up against a per-head total", () => {
    assert.deepStrictEqual(arithmetic("全年全体居民人均可支配收入32486元，比上年增长5.6%。其中，城镇居民人均可支配收入45120元，增长4.7%；农村居民人均可支配收入22830元，增长6.8%。"), []);
    assert.deepStrictEqual(arithmetic("全年户均收入5.2万元，其中城镇户均6.8万元、农村户均3.9万元。"), []);
    // Totals still add up.
    assert.deepStrictEqual(arithmetic("全年居民可支配收入总额32.4亿元。其中，城镇居民可支配收入25.1亿元；农村居民可支配收入8.3亿元。"), ["8.3亿元"]);
  });
  it("a speed (每小时100公里, 时速) is no part of a length", () => {
    assert.deepStrictEqual(arithmetic("路线全长86.4公里，其中桥梁21.36公里、隧道9.8公里，桥隧比36.1%，设计速度每小时100公里。"), []);
    assert.deepStrictEqual(arithmetic("路线全长86.4公里，其中桥梁21.36公里、隧道9.8公里，设计时速100公里。"), []);
    assert.deepStrictEqual(arithmetic("路线全长86.4公里，其中桥梁61.36公里、隧道29.8公里，桥隧比36.1%。"), ["29.8公里"]);
  });
  it("progress toward a goal is the result's, not the base of a comparison before it", () => {
    assert.deepStrictEqual(arithmetic("上半年实现保费收入12.86亿元，较去年同期的11.76亿元增长9.4%，完成年度计划25亿元的51.4%。"), []);
    assert.deepStrictEqual(arithmetic("上半年实现保费收入12.86亿元，较去年同期的11.76亿元增长9.4%，完成年度计划25亿元的56.4%。"), ["56.4%"]);
    assert.deepStrictEqual(arithmetic("上半年实现保费收入12.86亿元，比上年的11.76亿元增长9.4%，完成年度计划25亿元的51.4%。"), []);
  });
  it("the base of a comparison is no total for the 其中 sentence after it", () => {
    const before = "共有28个代表团、1860名运动员参赛，比上届的1240名增长了50%。";
    assert.deepStrictEqual(arithmetic(`${before}其中，青少年组1120名、成年组580名、老年组210名。`), ["210名"]);
    assert.deepStrictEqual(arithmetic(`${before}其中，青少年组1070名、成年组580名、老年组210名。`), []);
  });
});

describe("figure.arithmetic: a 其中 that opens a paragraph or follows 从…看，", () => {
  it("其中 at the start of a paragraph lists parts of the previous paragraph's last sentence", () => {
    const lead = "本届运动会共有1860名运动员参赛，比上届的1240名增长了50%。\n";
    assert.deepStrictEqual(arithmetic(`${lead}其中，青少年组1120名、成年组580名、老年组210名。`), ["210名"]);
    assert.deepStrictEqual(arithmetic(`${lead}其中，青少年组1070名、成年组580名、老年组210名。`), []);
    // After a heading, 其中 has no sentence to refer to.
    assert.deepStrictEqual(arithmetic("一、运动员1860名\n其中，青少年组1120名、成年组580名、老年组210名。"), []);
  });
  it("从问题类型看，其中…: the lead names the split, the total is in the sentence before", () => {
    const total = "全市查处违反中央八项规定精神问题126起，批评教育帮助和处理168人。";
    assert.deepStrictEqual(arithmetic(`${total}\n从问题类型看，其中享乐奢靡问题48起、形式主义官僚主义问题83起。`), ["83起"]);
    assert.deepStrictEqual(arithmetic(`${total}按类型分，其中享乐奢靡问题48起、形式主义官僚主义问题83起。`), ["83起"]);
    assert.deepStrictEqual(arithmetic(`${total}\n从问题类型看，其中享乐奢靡问题48起、形式主义官僚主义问题73起。`), []);
  });
});

describe("figure.arithmetic: a share against a total stated earlier", () => {
  it("共有学员60名，其中…；女学员18名，占比36%", () => {
    const text = "本期共有学员60名，其中处级干部24名、科级干部36名；女学员18名，占比36%。";
    const fs = check(text).filter((f) => f.code === "figure.arithmetic");
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["36%"]);
    assert.strictEqual(text.slice(fs[0].related![0].span.start, fs[0].related![0].span.end), "60名");
    assert.deepStrictEqual(arithmetic("本期共有学员60名，其中处级干部24名、科级干部36名；女学员18名，占比30%。"), []);
    assert.deepStrictEqual(arithmetic("本期共有学员60名；女学员18名，占比36%。"), ["36%"]);
  });
  it("a 其中 after a clause of growth: 收入14.28亿元，增长3.2%；其中税收收入9.86亿元，占比72.4%", () => {
    assert.deepStrictEqual(arithmetic("一般公共预算收入14.28亿元，增长3.2%；其中税收收入9.86亿元，占比72.4%。"), ["72.4%"]);
    assert.deepStrictEqual(arithmetic("一般公共预算收入14.28亿元，增长3.2%；其中税收收入9.86亿元，占比69.0%。"), []);
  });
  it("negative: no total stated, two totals, a part that is a total, another unit", () => {
    assert.deepStrictEqual(arithmetic("全市有学员60名，女学员18名，占比36%。"), []);
    assert.deepStrictEqual(arithmetic("一班共有学员60名，二班共有学员50名，女学员18名，占比36%。"), []);
    assert.deepStrictEqual(arithmetic("本期共有学员60名，共有党员学员45名，占比36%。"), []);
    assert.deepStrictEqual(arithmetic("本期共有学员60名，其中女学员18个班组，占比36%。"), []);
    // 公共 is no 共; a total in another sentence is not taken.
    assert.deepStrictEqual(arithmetic("一般公共预算收入14.28亿元，税收收入9.86亿元，占比72.4%。"), []);
    assert.deepStrictEqual(arithmetic("本期共有学员60名。今年新增女学员18名，占比36%。"), []);
    // A figure between that opens its own split (56所中) is the part's total.
    assert.deepStrictEqual(arithmetic("全县共有学校86所，其中城区学校30所。农村学校56所中，寄宿制学校28所，占比50%。"), []);
  });
});

describe("figure.arithmetic: parts after a total and a colon", () => {
  it("受理案件14108件：刑事案件1024件、民商事案件9862件… above the total", () => {
    const list = "刑事案件1024件、民商事案件9862件、行政案件1318件、执行案件2105件。";
    assert.deepStrictEqual(arithmetic(`2024年，本院受理各类案件14108件：${list}`), ["2105件"]);
    assert.deepStrictEqual(arithmetic(`2024年，本院受理各类案件14309件：${list}`), []);
    assert.deepStrictEqual(arithmetic(`2024年，本院受理各类案件15108件：${list}`), []);
  });
  it("negative: one part, parts of another unit, a colon before something else", () => {
    assert.deepStrictEqual(arithmetic("本院受理各类案件14108件：刑事案件15024件。"), []);
    assert.deepStrictEqual(arithmetic("本院受理各类案件1410件：涉案金额9862万元、挽回损失1318万元。"), []);
    assert.deepStrictEqual(arithmetic("本院受理各类案件1410件：比上年增加9862件、新收12318件。"), []);
    // Kinds that overlap: far above the total, or names that are not kinds of one thing.
    assert.deepStrictEqual(arithmetic("全市共有科技型企业300家：高新技术企业180家、科技型中小企业260家。"), []);
    assert.deepStrictEqual(arithmetic("全市共有科技型企业300家：高新技术企业180家、专精特新130家。"), []);
    assert.deepStrictEqual(arithmetic("全市共有科技型企业300家：高新技术企业180家、科技型中小企业130家。"), ["130家"]);
  });
});

describe("figure.arithmetic: from/to with the increment before the rate; 翻番 spans", () => {
  it("从186.4万人增加到213.7万人，增加了27.3万人，增长16.4%", () => {
    const lead = "参保人数从2020年的186.4万人增加到2024年的213.7万人，增加了27.3万人，";
    assert.deepStrictEqual(arithmetic(`${lead}增长16.4%。`), ["16.4%"]);
    assert.deepStrictEqual(arithmetic(`${lead}增长14.6%。`), []);
  });
  it("在2023年12.5万亩的基础上翻一番: the base may carry its value", () => {
    assert.deepStrictEqual(arithmetic("力争高效节水灌溉面积“三年翻一番”，即到2027年在2023年12.5万亩的基础上翻一番，达到25万亩。").length, 1);
    assert.deepStrictEqual(arithmetic("力争高效节水灌溉面积“四年翻一番”，即到2027年在2023年12.5万亩的基础上翻一番，达到25万亩。"), []);
  });
  it("the claim may follow the span in the same sentence", () => {
    assert.deepStrictEqual(arithmetic("力争到2027年高新技术企业数量在2022年的205家基础上翻一番，实现“三年翻一番”。").length, 1);
    assert.deepStrictEqual(arithmetic("力争到2027年高新技术企业数量在2022年的205家基础上翻一番，实现“五年翻一番”。"), []);
    assert.deepStrictEqual(arithmetic("力争到2027年高新技术企业数量在2022年的205家基础上翻一番。明年起实施“三年翻一番”计划。"), []);
  });
});

describe("figure.arithmetic: a share in the sentence that splits the total before it, or of a total named by its metric", () => {
  it("已落实3581人。其中，…1926人，占比62.8%: the total of the sentence before a sentence opening with 其中", () => {
    const text = "截至6月20日，已落实就业去向3581人。其中，到重点领域就业的1926人，占比62.8%；到基层就业的412人。";
    assert.deepStrictEqual(arithmetic(text), ["62.8%"]);
    assert.match(check(text)[0].message, /1926人占3581人的53\.8%/);
    assert.deepStrictEqual(arithmetic("截至6月20日，已落实就业去向3581人。其中，到重点领域就业的1926人，占比53.8%；到基层就业的412人。"), []);
    // No 其中: the sentence before is not the total's.
    assert.deepStrictEqual(arithmetic("截至6月20日，已落实就业去向3581人。到重点领域就业的1926人，占比62.8%。"), []);
  });
  it("占公共预算支出的: the one earlier figure of that metric is the total", () => {
    assert.deepStrictEqual(arithmetic("全年一般公共预算支出86.4亿元，增长5.1%。其中，民生支出68.2亿元，占一般公共预算支出的68.9%。"), ["68.9%"]);
    assert.deepStrictEqual(arithmetic("全年一般公共预算支出86.4亿元，增长5.1%。其中，民生支出68.2亿元，占一般公共预算支出的78.9%。"), []);
    // A total of another metric is not the one named.
    assert.deepStrictEqual(arithmetic("全年一般公共预算收入86.4亿元，增长5.1%。其中，税收收入68.2亿元，占地区生产总值的6.9%。"), []);
  });
});

describe("figure.arithmetic: a rate after what was done, with several totals of its unit in the sentence", () => {
  it("发现问题线索426条，已核查办结389条，办结率93.8%: the figure ending the clause right before is the total", () => {
    const text = "上线知识库规则186条，筛查发现问题线索426条，已核查办结389条，办结率93.8%。";
    assert.deepStrictEqual(arithmetic(text), ["93.8%"]);
    assert.match(check(text)[0].message, /389条占426条的91\.3%/);
    assert.deepStrictEqual(arithmetic("上线知识库规则186条，筛查发现问题线索426条，已核查办结389条，办结率91.3%。"), []);
  });
  it("negative: a part under 其中 right before, or a smaller figure, is no total", () => {
    assert.deepStrictEqual(arithmetic("排查问题线索186条，发现问题168个，其中重大问题12个，已整改155个，整改率92.3%。"), []);
    assert.deepStrictEqual(arithmetic("上线知识库规则186条，抽查病历126条，已核查办结389条，办结率93.8%。"), []);
  });
});

describe("figure.arithmetic: rates and shares whose total stands further off", () => {
  it("已办复179件 after a 其中 split of the 186件 is counted in the 186件", () => {
    const text = "提案立案186件，其中集体提案27件、委员个人提案159件，截至目前已办复179件，办复率98.9%。";
    assert.deepStrictEqual(arithmetic(text), ["98.9%"]);
    assert.match(check(text)[0].message, /179件占186件的96\.2%/);
    assert.deepStrictEqual(arithmetic(text.replace("98.9%", "96.2%")), []);
  });
  it("其中持证备案598名，备案率: a 其中 part named with the rate's verb is what was done", () => {
    const text = "全市宗教教职人员624名，其中持证备案598名，备案率92.1%。";
    assert.deepStrictEqual(arithmetic(text), ["92.1%"]);
    assert.deepStrictEqual(arithmetic(text.replace("92.1%", "95.8%")), []);
  });
  it("rates side by side share the base the first one fits", () => {
    const text = "全市依申请政务服务事项2860项，可网办事项2718项，网办率95.0%；全程网办事项2153项，全程网办率78.5%。";
    assert.deepStrictEqual(arithmetic(text), ["78.5%"]);
    assert.match(check(text)[0].message, /2153项占2860项的75\.3%/);
    assert.deepStrictEqual(arithmetic(text.replace("78.5%", "75.3%")), []);
    // The first rate fitting no total leaves the second unchecked.
    assert.deepStrictEqual(arithmetic(text.replace("95.0%", "90.0%").replace("2718项，网办率", "2718项，网办率")).filter((x) => x === "78.5%"), []);
  });
  it("其中原粮4.1万吨，占85.4%: a bare 占 after a 其中 part", () => {
    const text = "全县地方储备粮规模4.6万吨，其中原粮4.1万吨，占85.4%，其余为成品粮油。";
    assert.deepStrictEqual(arithmetic(text), ["85.4%"]);
    assert.deepStrictEqual(arithmetic(text.replace("85.4%", "89.1%")), []);
  });
  it("a sentence opening with 其中 after the total's sentence: the earlier amount of the same kind", () => {
    const text = "全县发放妇女创业担保贷款2.36亿元，比上年增长7%，惠及创业妇女1580人次。其中农村妇女贷款1.72亿元，占比76.3%。";
    assert.deepStrictEqual(arithmetic(text), ["76.3%"]);
    assert.deepStrictEqual(arithmetic(text.replace("76.3%", "72.9%")), []);
  });
  it("a second 其中 splits the part before it; the share must fit neither reading to be reported", () => {
    const text = "社区常住人口12480人，其中60岁以上老人2346人，占常住人口的18.8%；其中80岁以上高龄老人412人，占比21.6%。";
    assert.deepStrictEqual(arithmetic(text), ["21.6%"]);
    assert.match(check(text).find((f) => f.code === "figure.arithmetic")!.message, /412人占2346人的17\.6%/);
    assert.deepStrictEqual(arithmetic(text.replace("21.6%", "17.6%")), []);
    assert.deepStrictEqual(arithmetic(text.replace("21.6%", "3.3%")), []);
  });
  it("a paragraph opening with 其中 takes the period of the paragraph before", () => {
    const text = "到2024年底，全市技能人才总量达到58.6万人，比2022年底的53.2万人增长10.2%。\n其中高技能人才17.9万人，占技能人才总量的32.6%。";
    assert.deepStrictEqual(arithmetic(text), ["32.6%"]);
    assert.match(check(text).find((f) => f.code === "figure.arithmetic")!.message, /17\.9万人占58\.6万人/);
    assert.deepStrictEqual(arithmetic(text.replace("32.6%", "30.5%")), []);
  });
  it("已完成整改118个，整改率89.4%；其中…97个、…35个: parts of the rate's base, not of what was done", () => {
    assert.deepStrictEqual(arithmetic("截至9月底，已完成整改118个，整改率89.4%；其中立行立改问题97个，分阶段整改问题35个。"), []);
    assert.deepStrictEqual(arithmetic("截至9月底，已完成整改118个，整改率95.0%；其中立行立改问题97个，分阶段整改问题35个。"), ["35个"]);
  });
});

describe("figure.arithmetic: what under 其中 is no part", () => {
  it("一艘都不能少 is an emphasis, not a part of one ship", () => {
    const text = "全镇纳入休渔管理的渔船一共486艘，其中大中型渔船128艘、小型渔船358艘，一艘都不能少、一艘都不能漏。";
    assert.deepStrictEqual(arithmetic(text), []);
    assert.deepStrictEqual(arithmetic(text.replace("358艘", "368艘")), ["368艘"]);
  });
  it("a part whose name holds another's (大学生新兵, 大学毕业生新兵) counts the same people again", () => {
    assert.deepStrictEqual(arithmetic("2024年，全县输送新兵186名，其中大学生新兵142名、占76.3%，大学毕业生新兵97名。"), []);
    assert.deepStrictEqual(arithmetic("2024年，全县输送新兵186名，其中城镇新兵142名，农村新兵97名。"), ["97名"]);
  });
  it("a figure larger than the whole after a comma, past a list that fits, is another statement", () => {
    const text = "累计形成制度创新成果86项，其中在全国复制推广4项、在全省复制推广23项，总体方案明确的126项改革试点任务已实施121项。";
    assert.deepStrictEqual(arithmetic(text), []);
    assert.deepStrictEqual(arithmetic("累计形成制度创新成果86项，其中在全国复制推广4项、在全省复制推广123项。"), ["123项"]);
  });
  it("、占37.1%: a share after a part joined by 、", () => {
    const text = "2024年，全市无偿献血6.82万人次，同比增长5.4%，其中街头献血4.66万人次、占68.3%，团体献血2.16万人次、占37.1%。";
    assert.deepStrictEqual(arithmetic(text), ["37.1%"]);
    assert.match(check(text).find((f) => f.code === "figure.arithmetic")!.message, /2\.16万人次占6\.82万人次的31\.7%/);
    assert.deepStrictEqual(arithmetic(text.replace("37.1%", "31.7%")), []);
  });
});

describe("figure.arithmetic: rounds 28 and 29 — shares, rates and parts read further", () => {
  it("其中132家获得结余留用资金，占比61.3%: the part's clause goes on after its count", () => {
    const text = "参与2024年度清算的医疗机构178家，其中132家获得结余留用资金，占比61.3%，结余留用资金2.6亿元。";
    assert.deepStrictEqual(arithmetic(text), ["61.3%"]);
    assert.deepStrictEqual(arithmetic(text.replace("61.3%", "74.2%")), []);
  });
  it("5.82万台（套），同比增长6.8%，其中…: a unit's note in brackets after the total", () => {
    const text = "全市在用特种设备5.82万台（套），同比增长6.8%，其中电梯2.36万台、压力容器2.74万台、起重机械0.41万台、场（厂）内专用机动车辆0.38万台、锅炉0.12万台。";
    assert.deepStrictEqual(arithmetic(text).length, 1);
    assert.deepStrictEqual(arithmetic(text.replace("2.74万台", "2.47万台")), []);
  });
  it("全县164所学校食堂中，已接入…的156所，覆盖率: what was done among a whole named with 中", () => {
    const text = "全县164所学校食堂中，已接入“互联网+明厨亮灶”智慧监管平台的156所，覆盖率97.6%。";
    assert.deepStrictEqual(arithmetic(text), ["97.6%"]);
    assert.deepStrictEqual(arithmetic(text.replace("97.6%", "95.1%")), []);
  });
  it("批准逮捕186人，不批准逮捕226人，不捕率: a rate over the whole its two parts make, the smaller part first", () => {
    const text = "全市受理审查逮捕未成年犯罪嫌疑人412人，批准逮捕186人，不批准逮捕226人，不捕率45.1%。";
    assert.deepStrictEqual(arithmetic(text), ["45.1%"]);
    assert.deepStrictEqual(arithmetic(text.replace("45.1%", "54.9%")), []);
  });
  it("整治提升类0.74万户: a verb naming a kind is no change, so the part is counted", () => {
    const text = "全市涉及改造的2.85万户，其中拆除新建类1.96万户、整治提升类0.74万户、拆整结合类0.38万户，分类施策推进。";
    assert.deepStrictEqual(arithmetic(text), ["0.38万户"]);
    assert.deepStrictEqual(arithmetic(text.replace("0.38万户", "0.15万户")), []);
  });
});

describe("figure.arithmetic: round 31 — a goal is no part, a margin ratio is no share", () => {
  it("完成年度任务1.1亿元的58.4% after a 其中 part is the goal, not a part", () => {
    const text = "2025年上半年，营业收入达到1.86亿元，同比增长12.4%，其中中心营业部实现营业收入6980万元；财富管理业务收入6420万元，完成年度任务1.1亿元的58.4%。";
    assert.deepStrictEqual(arithmetic(text), []);
    assert.deepStrictEqual(arithmetic("2025年上半年，营业收入达到1.86亿元，其中中心营业部实现营业收入1.2亿元、其他营业部1.1亿元。"), ["1.1亿元"]);
  });
  it("维持担保比例260%以上 may pass 100%", () => {
    assert.deepStrictEqual(check("分公司两融业务平均维持担保比例保持在260%以上，未发生重大风险事件。").map((f) => f.code), []);
  });
});

describe("figure.arithmetic: round 30 — wholes further off, the rate of the other part", () => {
  it("28个签约项目中…项目16个，占比达61.5%: a whole named with 中", () => {
    const text = "从项目结构看，28个签约项目中战略性新兴产业项目16个，占比达61.5%；投资超10亿元的项目9个。";
    assert.deepStrictEqual(arithmetic(text), ["61.5%"]);
    assert.deepStrictEqual(arithmetic(text.replace("61.5%", "57.1%")), []);
  });
  it("612名同学参加考试，有438名同学考上了普通高中，普高升学率: a predicate after the count names the rate", () => {
    const text = "今年中考，咱们学校612名同学参加考试，有438名同学考上了普通高中，普高升学率达到75.6%。";
    assert.deepStrictEqual(arithmetic(text), ["75.6%"]);
    assert.deepStrictEqual(arithmetic(text.replace("75.6%", "71.6%")), []);
  });
  it("其中集中供养956人、分散供养1692人，集中供养率36.1%: the rate of the other part is no slip", () => {
    assert.deepStrictEqual(arithmetic("全县特困供养人员2648人，其中集中供养956人、分散供养1692人，集中供养率36.1%。"), []);
  });
  it("共选派128名年轻干部到…吃劲岗位墩苗历练，其中…74名、…62名: the parts exceed the total", () => {
    const text = "2025年，全县共选派128名年轻干部到乡村振兴一线、信访维稳、重大项目建设等吃劲岗位墩苗历练，其中到乡镇（街道）任职74名、驻村任第一书记62名。";
    assert.deepStrictEqual(arithmetic(text), ["62名"]);
    assert.deepStrictEqual(arithmetic(text.replace("74名", "66名")), []);
  });
});

describe("figure.arithmetic: round 33 — a total's change naming its base, 口人, 之比", () => {
  it("受理126件，较2023年的108件增长16.7%；审结118件，审结率95.2%: the base compared with is no total", () => {
    const text = "全年受理行政复议案件126件，较2023年的108件增长16.7%；审结118件，审结率95.2%。";
    assert.deepStrictEqual(arithmetic(text), ["95.2%"]);
    assert.deepStrictEqual(arithmetic(text.replace("95.2%", "93.7%")), []);
  });
  it("218件，较上年的196件增长11.2%，其中…96件、…58件、…71件: the parts exceed the total", () => {
    const text = "立案查处食品安全违法案件218件，较上年的196件增长11.2%，其中“三小”案件96件、网络餐饮案件58件、校园周边案件71件。";
    assert.deepStrictEqual(arithmetic(text), ["71件"]);
    assert.deepStrictEqual(arithmetic(text.replace("71件", "64件")), []);
  });
  it("占全村1286口人的35.2%: a village's people counted by 口", () => {
    const text = "咱村60岁以上老人有392人，占全村1286口人的35.2%，老人多。";
    assert.deepStrictEqual(arithmetic(text), ["35.2%"]);
    assert.deepStrictEqual(arithmetic(text.replace("35.2%", "30.5%")), []);
  });
  it("…之比为58.3∶36.2∶6.5: a split of one whole that does not make 100", () => {
    assert.deepStrictEqual(check("收入结构中，财政补助、经营性收入、其他收入之比为58.3∶36.2∶6.5。").map((f) => f.code), ["figure.arithmetic"]);
    assert.deepStrictEqual(check("收入结构中，财政补助、经营性收入、其他收入之比为58.3∶36.2∶5.5。").map((f) => f.code), []);
  });
});
