/**
 * Everyday fixed phrases of the fields the pack lacked: fisheries and the fishing moratorium,
 * the seed industry, drug control, anti-telecom-fraud, conscription and civil air defence,
 * thrift in government and work style, sports and reading, new-energy vehicles and the
 * free-trade zones, traditional Chinese medicine and blood donation, special education,
 * gas and mine safety; and two retired names (国家煤矿安全监察局, the renamed student
 * innovation contest). Each written right draws nothing, each with one slip inside (a
 * homophone, a dropped character) draws one slogan.typo whose fix restores it, and the
 * built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const CASES: PhraseCase[] = [
  // Fisheries, the seed industry.
  ["agriculture-rural", "海洋伏季休渔制度", "严格执行海洋伏季休渔制度，严厉打击违规捕捞。", ["伏季休鱼", "伏季休渔"]],
  ["agriculture-rural", "种业科技自立自强、种源自主可控", "实现种业科技自立自强、种源自主可控。", ["自主可空", "自主可控"]],
  // Drug control, anti-telecom-fraud, conscription, civil air defence.
  ["law-security", "禁种、禁制、禁贩、禁吸并举", "坚持预防为主，综合治理，禁种、禁制、禁贩、禁吸并举。", ["禁治", "禁制"]],
  ["law-security", "打好禁毒人民战争", "坚持厉行禁毒方针，打好禁毒人民战争。", ["人民站争", "人民战争"]],
  ["law-security", "全面落实打防管控各项措施", "全面落实打防管控各项措施，加强社会宣传教育防范。", ["打防管空", "打防管控"]],
  ["law-security", "提升兵员征集质量", "以提升兵员征集质量为核心做好征兵工作。", ["兵员征质量", "兵员征集质量"]],
  ["law-security", "全民参与、长期坚持、讲求实效", "国防教育贯彻全民参与、长期坚持、讲求实效的方针。", ["讲求时效", "讲求实效"]],
  ["law-security", "关心国防、热爱国防、建设国防、保卫国防", "使关心国防、热爱国防、建设国防、保卫国防成为全社会的思想共识。", ["保卫国方", "保卫国防"]],
  ["law-security", "走中国特色的毒品问题治理之路", "走中国特色的毒品问题治理之路。", ["治理之陆", "治理之路"]],
  ["law-security", "长期准备、重点建设、平战结合", "人民防空坚持长期准备、重点建设、平战结合的方针。", ["平战接合", "平战结合"]],
  // Sports, reading.
  ["culture-tourism", "发展体育运动，增强人民体质", "发展体育运动，增强人民体质，加快建设体育强国。", ["人民体制", "人民体质"]],
  ["culture-tourism", "深化体教融合", "深化体教融合，促进青少年健康发展。", ["体教溶合", "体教融合"]],
  ["culture-tourism", "建设书香社会", "深化全民阅读活动，建设书香社会。", ["书乡社会", "书香社会"]],
  // Thrift in government, work style.
  ["party-building", "厉行节约反对浪费", "推进党政机关厉行节约反对浪费。", ["历行节约", "厉行节约"]],
  ["party-building", "作风建设永远在路上", "纠正“四风”不能止步，作风建设永远在路上。", ["永远再路上", "永远在路上"]],
  ["party-building", "永远吹冲锋号", "反腐败斗争一刻不能停，必须永远吹冲锋号。", ["冲峰号", "冲锋号"]],
  ["economy", "各级政府要习惯过紧日子", "各级政府要习惯过紧日子，严控一般性支出。", ["过进日子", "过紧日子"]],
  // New-energy vehicles, free-trade zones.
  ["economy", "电动化、网联化、智能化", "顺应电动化、网联化、智能化发展趋势，推动新能源汽车产业高质量发展。", ["网连化", "网联化"]],
  ["economy", "大胆试、大胆闯、自主改", "自由贸易试验区要大胆试、大胆闯、自主改。", ["自主该", "自主改"]],
  ["economy", "智能网联新能源汽车", "巩固扩大智能网联新能源汽车等产业领先优势。", ["智能网连", "智能网联"]],
  ["economy", "可复制可推广的制度创新成果", "形成更多可复制可推广的制度创新成果。", ["可复治", "可复制"]],
  // Traditional Chinese medicine, blood donation.
  ["health", "中医药和西医药相互补充、协调发展", "推动中医药和西医药相互补充、协调发展。", ["相互补冲", "相互补充"]],
  ["health", "实施中医药振兴发展重大工程", "实施中医药振兴发展重大工程，推进中医药现代化、产业化。", ["震兴发展", "振兴发展"]],
  ["health", "无偿献血制度", "国家实行无偿献血制度。", ["无尝献血", "无偿献血"]],
  // Special education.
  ["education", "拓展学段服务、推进融合教育、提升支撑能力", "按照拓展学段服务、推进融合教育、提升支撑能力的基本思路发展特殊教育。", ["支撑能立", "支撑能力"]],
  ["education", "自尊、自信、自强、自立", "促进残疾儿童青少年自尊、自信、自强、自立。", ["自强、自力", "自强、自立"]],
  // Gas and mine safety.
  ["emergency-safety", "城镇燃气安全专项整治", "深入开展城镇燃气安全专项整治。", ["城镇燃汽", "城镇燃气"]],
  ["emergency-safety", "严格矿山安全生产准入", "严格矿山安全生产准入，严格灾害严重煤矿安全准入。", ["安全生产准如", "安全生产准入"]],
  ["emergency-safety", "国家监察、地方监管、企业负责", "完善国家监察、地方监管、企业负责的矿山安全监管监察体制。", ["企业负则", "企业负责"]],
];

const retired = (text: string) =>
  checkSlogans(parseDocument(text), builtinSloganIndex())
    .filter((f) => f.code === "slogan.deprecated")
    .map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.fixes?.[0]?.edits[0].newText ?? "—"}`);

describe("pack: everyday phrases of fisheries, drug control, thrift, sports, TCM, special education, gas and mine safety", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "深化产教融合、校企合作。",
      "坚持中西医并重，传承精华、守正创新。",
      "扎实推进节约型机关建设。",
      "要禁吸、禁贩、禁种、禁制并举。",
      "要大胆闯、大胆试、自主改。",
      "持续推进长江十年禁渔，清理取缔涉渔“三无”船舶。",
      "党政机关要习惯过紧日子。",
      "全面从严治党永远在路上，党的自我革命永远在路上。",
      "国家矿山安全监察局山西局开展执法检查。",
      "原国家煤矿安全监察局已更名。",
    ]);
  });

  it("retired names: 国家煤矿安全监察局, and the contest's old name in a draft dated after the rename", () => {
    assert.deepStrictEqual(retired("国家煤矿安全监察局印发通知。"), ["国家煤矿安全监察局 → 国家矿山安全监察局"]);
    const draft = (date: string) => `关于组织学生参赛的通知\n（${date}）\n组织学生参加中国国际“互联网+”大学生创新创业大赛。\n`;
    assert.deepStrictEqual(retired(draft("2025年3月5日")), ["中国国际“互联网+”大学生创新创业大赛 → 中国国际大学生创新大赛"]);
    assert.deepStrictEqual(retired(draft("2023年3月5日")), []);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("严格执行海洋伏季休鱼制度。\n坚持厉行禁毒方针，打好禁毒人民站争。\n深入开展城镇燃汽安全专项整治。\n"),
      [
        [0, "slogan.typo", "海洋伏季休渔制度"],
        [1, "slogan.typo", "打好禁毒人民战争"],
        [2, "slogan.typo", "城镇燃气安全专项整治"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("严格执行海洋伏季休渔制度。\n坚持厉行禁毒方针，打好禁毒人民战争。\n深入开展城镇燃气安全专项整治。\n"), []);
  });
});
