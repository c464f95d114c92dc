/**
 * Everyday phrases of the fields county and city offices write most — the 2024 and
 * 2025 No. 1 documents on rural revitalisation, the 2023 ecology conference and the
 * opinion on building a beautiful China, the plan for building a strong education
 * nation (2024—2035), 诉源治理 and the social-governance system, elderly care and the
 * silver economy, the 2024 instruction on tourism:
 * each written right draws nothing, each with one slip inside draws one slogan.typo
 * whose fix restores it, and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings } from "../support/slogan-findings";



const CASES: PhraseCase[] = [
  ["agriculture-rural", "打好乡村全面振兴漂亮仗", "锚定建设农业强国目标，打好乡村全面振兴漂亮仗。", ["漂亮帐", "漂亮仗"]],
  ["agriculture-rural", "绘就宜居宜业和美乡村新画卷", "奋力绘就宜居宜业和美乡村新画卷。", ["新话卷", "新画卷"]],
  ["agriculture-rural", "持续增强粮食等重要农产品供给保障能力", "持续增强粮食等重要农产品供给保障能力，稳定粮食播种面积。", ["供给保章", "供给保障"]],
  ["agriculture-rural", "壮大县域富民产业", "着力壮大县域富民产业，拓宽农民增收渠道。", ["县玉富民", "县域富民"]],
  ["ecology", "以高品质生态环境支撑高质量发展", "以高品质生态环境支撑高质量发展，全面推进美丽中国建设。", ["生态环竟", "生态环境"]],
  ["ecology", "减污降碳协同增效", "深入推进减污降碳协同增效，加快发展方式绿色转型。", ["减污降炭", "减污降碳"]],
  ["ecology", "天蓝、地绿、水清的美好家园", "共同建设天蓝、地绿、水清的美好家园。", ["美好家圆", "美好家园"]],
  ["ecology", "全面推行河湖长制、林长制", "全面推行河湖长制、林长制，守护好一江清水。", ["河湖长治", "河湖长制"]],
  ["education", "办强办优基础教育", "坚持办强办优基础教育，夯实全面提升国民素质战略基点。", ["办强办忧", "办强办优"]],
  ["education", "扎根中国大地办教育", "坚持扎根中国大地办教育，加快建设高质量教育体系。", ["扎跟中国", "扎根中国"]],
  ["education", "以教育数字化开辟发展新赛道、塑造发展新优势", "以教育数字化开辟发展新赛道、塑造发展新优势。", ["新赛到", "新赛道"]],
  ["education", "培养大国工匠、能工巧匠、高技能人才", "加快建设现代职业教育体系，培养大国工匠、能工巧匠、高技能人才。", ["能工巧将", "能工巧匠"]],
  ["education", "学生体质强健计划", "落实健康第一教育理念，实施学生体质强健计划。", ["体质强建", "体质强健"]],
  ["education", "学校美育浸润行动", "推进学校美育浸润行动，实施劳动习惯养成计划。", ["浸润形动", "浸润行动"]],
  ["agriculture-rural", "健全党组织领导的乡村治理体系", "健全党组织领导的乡村治理体系，推进移风易俗。", ["乡村治里", "乡村治理"]],
  ["agriculture-rural", "守好“三农”基本盘至关重要、不容有失", "守好“三农”基本盘至关重要、不容有失。", ["不容有实", "不容有失"]],
  ["grassroots-civil-social", "推动养老、育幼、家政等服务扩容提质", "推动养老、育幼、家政等服务扩容提质，拓展居家助老服务。", ["扩容提植", "扩容提质"]],
  ["ecology", "像保护眼睛一样保护自然和生态环境", "我们要像保护眼睛一样保护自然和生态环境。", ["生态环竟", "生态环境"]],
  ["law-security", "严格落实行政执法责任制和责任追究制度", "严格落实行政执法责任制和责任追究制度。", ["追究制渡", "追究制度"]],
  ["grassroots-civil-social", "孝亲敬老传统美德", "大力弘扬孝亲敬老传统美德，落实好老年优待政策。", ["传统美得", "传统美德"]],
  ["grassroots-civil-social", "共享改革发展成果、安享幸福晚年", "让老年人共享改革发展成果、安享幸福晚年。", ["改革发展城果", "改革发展成果"]],
  ["culture-tourism", "守正创新、提质增效、融合发展", "坚持守正创新、提质增效、融合发展，推动文旅产业提档升级。", ["提质增笑", "提质增效"]],
  ["culture-tourism", "完善现代旅游业体系", "着力完善现代旅游业体系，加快建设旅游强国。", ["旅游叶体系", "旅游业体系"]],
  ["law-security", "把非诉讼纠纷解决机制挺在前面", "坚持把非诉讼纠纷解决机制挺在前面，深化诉源治理。", ["纠纷解绝", "纠纷解决"]],
  ["law-security", "加强矛盾纠纷源头预防、前端化解、关口把控", "加强矛盾纠纷源头预防、前端化解、关口把控。", ["关口把空", "关口把控"]],
  [
    "grassroots-civil-social",
    "党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑的社会治理体系",
    "完善党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑的社会治理体系。",
    ["法制保障", "法治保障"],
  ],
  ["grassroots-civil-social", "共享发展成果、安享幸福晚年", "让老年人共享发展成果、安享幸福晚年。", ["幸福挽年", "幸福晚年"]],
];

describe("pack: county fields — rural revitalisation, ecology, education, 诉源治理, social governance, elderly care, tourism", () => {

  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the wording around a new entry that official texts also write stays quiet (河长制 alone, 美丽中国建设, 产教融合, 像保护眼睛一样保护生态环境)", () => {
    for (const text of ["全面落实河长制，推进幸福河湖建设。", "扎实推进美丽中国建设。", "深化产教融合、校企合作。", "加快推进人与自然和谐共生的现代化。", "要像保护眼睛一样保护生态环境。", "生态文明建设发生历史性、转折性、全局性变化。", "严格落实行政执法责任制。", "坚持守正创新、提质增效，推动高质量发展。", "推动文化产业高质量发展行稳致远。"])
      assert.deepStrictEqual(sloganFindings(text + "\n").map((f) => f.message), [], text);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("深入推进减污降炭协同增效。\n坚持办强办忧基础教育。\n着力壮大县玉富民产业。\n"),
      [
        [0, "slogan.typo", "减污降碳协同增效"],
        [1, "slogan.typo", "办强办优基础教育"],
        [2, "slogan.typo", "壮大县域富民产业"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("深入推进减污降碳协同增效。\n坚持办强办优基础教育。\n着力壮大县域富民产业。\n"), []);
  });
});
