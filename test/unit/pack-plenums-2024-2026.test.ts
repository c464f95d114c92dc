/**
 * The national formulations of 2024–2026 that every field's drafts repeat: the Third Plenum's
 * decision (2024-07-18: the 七个聚焦, the six principles, the overall goal), the Fourth Plenum's
 * proposals for the 15th Five-Year Plan (2025-10-23: its principles and main goals), the Central
 * Economic Work Conferences of December 2024 (五个必须统筹) and December 2025 (五个必须 and the
 * eight tasks), and the 2025 study campaign on the 中央八项规定精神. Each written right draws nothing,
 * each with one slip inside draws one slogan.typo whose fix restores it; the ordered lists draw
 * slogan.parts when two parts are exchanged; the meeting spirit of the Third Plenum is retired only
 * for drafts dated after the Fourth Plenum; and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, assertPartsExchanged, assertQuiet, cliSloganFindings, itCatchesEachSlip, sloganFindings, type PhraseCase } from "../support/slogan-findings";

const CASES: PhraseCase[] = [
  ["economy", "统筹好有效市场和有为政府的关系", "必须统筹好有效市场和有为政府的关系。", ["有位政府", "有为政府"]],
  ["economy", "统筹好总供给和总需求的关系", "必须统筹好总供给和总需求的关系，畅通国民经济循环。", ["总需球", "总需求"]],
  ["economy", "统筹好培育新动能和更新旧动能的关系", "必须统筹好培育新动能和更新旧动能的关系。", ["更新就动能", "更新旧动能"]],
  ["economy", "统筹好做优增量和盘活存量的关系", "必须统筹好做优增量和盘活存量的关系，全面提高资源配置效率。", ["盘获存量", "盘活存量"]],
  ["economy", "统筹好提升质量和做大总量的关系", "必须统筹好提升质量和做大总量的关系。", ["作大总量", "做大总量"]],
  ["economy", "既“放得活”又“管得住”", "形成既“放得活”又“管得住”的经济秩序。", ["放得火", "放得活"]],
  ["economy", "夯实中国式现代化的物质基础", "夯实中国式现代化的物质基础。", ["物质基出", "物质基础"]],
  ["economy", "充分挖掘经济潜能", "必须充分挖掘经济潜能。", ["经济钱能", "经济潜能"]],
  ["economy", "政策支持和改革创新并举", "必须坚持政策支持和改革创新并举。", ["创新并具", "创新并举"]],
  ["economy", "投资于物和投资于人紧密结合", "必须坚持投资于物和投资于人紧密结合。", ["谨密结合", "紧密结合"]],
  ["economy", "以苦练内功来应对外部挑战", "必须以苦练内功来应对外部挑战。", ["苦练内工", "苦练内功"]],
  ["economy", "坚持内需主导，建设强大国内市场", "坚持内需主导，建设强大国内市场。", ["内需主到", "内需主导"]],
  ["economy", "坚持创新驱动，加紧培育壮大新动能", "坚持创新驱动，加紧培育壮大新动能。", ["加劲培育", "加紧培育"]],
  ["economy", "坚持改革攻坚，增强高质量发展动力活力", "坚持改革攻坚，增强高质量发展动力活力。", ["改革攻艰", "改革攻坚"]],
  ["economy", "坚持对外开放，推动多领域合作共赢", "坚持对外开放，推动多领域合作共赢。", ["多领预", "多领域"]],
  ["economy", "坚持协调发展，促进城乡融合和区域联动", "坚持协调发展，促进城乡融合和区域联动。", ["区域连动", "区域联动"]],
  ["economy", "坚持“双碳”引领，推动全面绿色转型", "坚持“双碳”引领，推动全面绿色转型。", ["绿色专型", "绿色转型"]],
  ["economy", "坚持民生为大，努力为人民群众多办实事", "坚持民生为大，努力为人民群众多办实事。", ["多办实是", "多办实事"]],
  ["economy", "坚持守牢底线，积极稳妥化解重点领域风险", "坚持守牢底线，积极稳妥化解重点领域风险。", ["守劳底线", "守牢底线"]],
  ["economy", "统筹国内经济工作和国际经贸斗争", "更好统筹国内经济工作和国际经贸斗争。", ["国际经茂", "国际经贸"]],
  ["economy", "增强政策前瞻性针对性协同性", "增强政策前瞻性针对性协同性。", ["前占性", "前瞻性"]],
  ["economy", "发挥存量政策和增量政策集成效应", "发挥存量政策和增量政策集成效应。", ["机成效应", "集成效应"]],
  ["economy", "加大逆周期和跨周期调节力度", "加大逆周期和跨周期调节力度。", ["调节力渡", "调节力度"]],
  ["economy", "切实提升宏观经济治理效能", "切实提升宏观经济治理效能。", ["经济治里", "经济治理"]],
  ["economy", "推动投资止跌回稳", "着眼惠民生增后劲，推动投资止跌回稳。", ["止跌回温", "止跌回稳"]],
  ["economy", "制定实施城乡居民增收计划", "制定实施城乡居民增收计划。", ["居民增手", "居民增收"]],
  ["economy", "制定全国统一大市场建设条例", "制定全国统一大市场建设条例。", ["建设条利", "建设条例"]],
  ["economy", "经济基础稳、优势多、韧性强、潜能大", "我国经济基础稳、优势多、韧性强、潜能大。", ["任性强", "韧性强"]],
  ["economy", "建设现代化产业体系，巩固壮大实体经济根基", "建设现代化产业体系，巩固壮大实体经济根基。", ["经济跟基", "经济根基"]],
  ["economy", "智能化、绿色化、融合化", "坚持智能化、绿色化、融合化方向。", ["融和化", "融合化"]],
  ["economy", "培育壮大新兴产业和未来产业", "培育壮大新兴产业和未来产业。", ["壮大新星产业", "壮大新兴产业"]],
  ["economy", "促进服务业优质高效发展", "促进服务业优质高效发展。", ["优致高效", "优质高效"]],
  ["economy", "惠民生和促消费、投资于物和投资于人紧密结合", "坚持惠民生和促消费、投资于物和投资于人紧密结合。", ["会民生", "惠民生"]],
  ["economy", "高水平社会主义市场经济体制是中国式现代化的重要保障", "高水平社会主义市场经济体制是中国式现代化的重要保障。", ["重要保彰", "重要保障"]],
  ["economy", "以经济体制改革为牵引", "以经济体制改革为牵引，全面部署各领域改革。", ["为千引", "为牵引"]],
  ["general", "聚焦建设更高水平平安中国", "聚焦建设更高水平平安中国。", ["平按中国", "平安中国"]],
  ["general", "聚焦提高党的领导水平和长期执政能力", "聚焦提高党的领导水平和长期执政能力。", ["长期执正", "长期执政"]],
  ["general", "继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化", "总目标是继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。", ["继续完膳", "继续完善"]],
  ["general", "筑牢根本制度，完善基本制度，创新重要制度", "筑牢根本制度，完善基本制度，创新重要制度。", ["创新重要制渡", "创新重要制度"]],
  ["general", "推动生产关系和生产力、上层建筑和经济基础、国家治理和社会发展更好相适应", "推动生产关系和生产力、上层建筑和经济基础、国家治理和社会发展更好相适应。", ["上层建竹", "上层建筑"]],
  ["general", "中国式现代化是在改革开放中不断推进的，也必将在改革开放中开辟广阔前景", "中国式现代化是在改革开放中不断推进的，也必将在改革开放中开辟广阔前景。", ["广扩前景", "广阔前景"]],
  ["general", "人民有所呼、改革有所应", "人民有所呼、改革有所应。", ["有所乎", "有所呼"]],
  ["general", "改革为了人民、改革依靠人民、改革成果由人民共享", "做到改革为了人民、改革依靠人民、改革成果由人民共享。", ["人民共想", "人民共享"]],
  ["general", "把党的领导贯穿改革各方面全过程", "把党的领导贯穿改革各方面全过程。", ["各方面全过城", "各方面全过程"]],
  ["general", "确保改革始终沿着正确政治方向前进", "确保改革始终沿着正确政治方向前进。", ["延着", "沿着"]],
  ["general", "以钉钉子精神抓好改革落实", "以钉钉子精神抓好改革落实。", ["改革落时", "改革落实"]],
  ["general", "以进一步全面深化改革开辟中国式现代化广阔前景", "以进一步全面深化改革开辟中国式现代化广阔前景。", ["开劈", "开辟"]],
  ["general", "坚持有效市场和有为政府相结合", "坚持有效市场和有为政府相结合。", ["相接合", "相结合"]],
  ["general", "高质量发展取得显著成效", "高质量发展取得显著成效。", ["显注成效", "显著成效"]],
  ["general", "科技自立自强水平大幅提高", "科技自立自强水平大幅提高。", ["大副提高", "大幅提高"]],
  ["general", "进一步全面深化改革取得新突破", "进一步全面深化改革取得新突破。", ["新突坡", "新突破"]],
  ["general", "社会文明程度明显提升", "社会文明程度明显提升。", ["明现提升", "明显提升"]],
  ["general", "人民生活品质不断提高", "人民生活品质不断提高。", ["不段提高", "不断提高"]],
  ["general", "美丽中国建设取得新的重大进展", "美丽中国建设取得新的重大进展。", ["重大进站", "重大进展"]],
  ["general", "国家安全屏障更加巩固", "国家安全屏障更加巩固。", ["屏彰", "屏障"]],
  ["general", "夯实基础、全面发力的关键时期", "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。", ["全面发立", "全面发力"]],
  ["general", "战略机遇和风险挑战并存、不确定难预料因素增多", "我国发展处于战略机遇和风险挑战并存、不确定难预料因素增多的时期。", ["难预了", "难预料"]],
  ["general", "经济实力、科技实力、国防实力、综合国力和国际影响力大幅跃升", "到二〇三五年实现我国经济实力、科技实力、国防实力、综合国力和国际影响力大幅跃升。", ["大幅越升", "大幅跃升"]],
  ["general", "续写经济快速发展和社会长期稳定两大奇迹新篇章", "续写经济快速发展和社会长期稳定两大奇迹新篇章。", ["奇绩", "奇迹"]],
  ["party-building", "党的二十大和二十届历次全会精神", "深入贯彻党的二十大和二十届历次全会精神。", ["立次", "历次"]],
  ["party-building", "一体推进学查改", "不分批次不划阶段，一体推进学查改。", ["学察改", "学查改"]],
  ["party-building", "融入日常、抓在经常", "融入日常、抓在经常。", ["抓在经尝", "抓在经常"]],
  ["party-building", "不分批次不划阶段", "坚持不分批次不划阶段。", ["不划接段", "不划阶段"]],
  ["party-building", "运用由风及腐案例加强警示教育", "运用由风及腐案例加强警示教育。", ["由风急腐", "由风及腐"]],
  ["party-building", "以作风建设新成效推动保持党的先进性纯洁性", "以作风建设新成效推动保持党的先进性纯洁性。", ["纯结性", "纯洁性"]],
  ["party-building", "集中整治违反中央八项规定及其实施细则精神的突出问题", "集中整治违反中央八项规定及其实施细则精神的突出问题。", ["突处问题", "突出问题"]],
  ["party-building", "巩固深化党纪学习教育成果", "巩固深化党纪学习教育成果。", ["党记学习", "党纪学习"]],
  ["party-building", "密切党群干群关系", "密切党群干群关系。", ["赶群", "干群"]],
];

const RETIRED = "党的二十大和二十届二中、三中全会精神";

describe("pack: national formulations of 2024–2026 (三中全会决定, 十五五规划建议, 中央经济工作会议, 中央八项规定精神学习教育)", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the numbered formulations carry their parts in order, as many as the number says", () => {
    const idx = builtinSloganIndex();
    const parts = (form: string) => {
      const s = idx.formSet.get(form)!.slogan;
      assert.ok(s.ordered && s.source && s.date, form);
      return s.parts!;
    };
    assert.deepStrictEqual(parts("七个聚焦").length, 7);
    assert.strictEqual(parts("七个聚焦")[0], "聚焦构建高水平社会主义市场经济体制");
    assert.strictEqual(parts("七个聚焦")[6], "聚焦提高党的领导水平和长期执政能力");
    assert.deepStrictEqual(parts("五个必须统筹"), [
      "统筹好有效市场和有为政府的关系",
      "统筹好总供给和总需求的关系",
      "统筹好培育新动能和更新旧动能的关系",
      "统筹好做优增量和盘活存量的关系",
      "统筹好提升质量和做大总量的关系",
    ]);
    assert.strictEqual(idx.formSet.get("五个必须统筹")!.slogan.date, "2024-12-12");
    assert.strictEqual(idx.formSet.get("七个聚焦")!.slogan.date, "2024-07-18");
  });

  it("two exchanged parts of an ordered list draw slogan.parts naming the list", () => {
    assertPartsExchanged([
      ["我国经济基础稳、韧性强、优势多、潜能大。", "经济基础稳、优势多、韧性强、潜能大"],
      ["贯彻坚持党的全面领导、坚持守正创新、坚持以人民为中心、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念等原则。", "坚持守正创新"],
      ["必须坚持党的全面领导、坚持高质量发展、坚持人民至上、坚持全面深化改革、坚持有效市场和有为政府相结合、坚持统筹发展和安全。", "坚持人民至上"],
      ["做到改革依靠人民、改革为了人民、改革成果由人民共享。", "改革为了人民、改革依靠人民、改革成果由人民共享"],
      ["坚持绿色化、智能化、融合化方向。", "智能化、绿色化、融合化"],
      ["中国特色社会主义制度优势、完整产业体系优势、超大规模市场优势、丰富人才资源优势更加彰显。", "超大规模市场优势"],
      ["推动上层建筑和经济基础、生产关系和生产力、国家治理和社会发展更好相适应。", "生产关系和生产力"],
    ]);
  });

  it("the Third Plenum's meeting spirit is retired for drafts dated after the Fourth Plenum, and only for them", () => {
    const s = builtinSloganIndex().formSet.get(RETIRED)!.slogan;
    assert.strictEqual(s.deprecated!.since, "2025-10-23");
    assert.strictEqual(s.deprecated!.replacement, "党的二十大和二十届历次全会精神");
    const body = `深入贯彻${RETIRED}，扎实做好各项工作。\n`;
    const after = sloganFindings(`关于做好2026年重点工作的通知\n\n${body}\nXX县人民政府\n2026年1月5日\n`);
    assert.deepStrictEqual(after.map((f) => f.code), ["slogan.deprecated"]);
    assert.ok(after[0].message.includes("党的二十大和二十届历次全会精神"), after[0].message);
    assert.deepStrictEqual(sloganFindings(`关于做好2025年重点工作的通知\n\n${body}\nXX县人民政府\n2025年3月20日\n`).map((f) => f.message), []);
    assert.deepStrictEqual(sloganFindings(body).map((f) => f.message), [], "an undated draft is not held to it");
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "推动有效市场和有为政府更好结合。",
      "加快培育新动能，更新旧动能。",
      "必须统筹好几对重要关系。",
      "经济工作千头万绪，必须统筹好有效市场和有为政府的关系、总供给和总需求的关系、培育新动能和更新旧动能的关系、做优增量和盘活存量的关系、提升质量和做大总量的关系。",
      "形成既“放得活”又“管得住”的经济秩序，必须做到既“放得活”又“管得好”。",
      "坚持内需主导，加快建设强大国内市场。",
      "持续扩大内需、优化供给，做优增量、盘活存量。",
      "我国经济长期向好的支撑条件和基本趋势没有改变。",
      "加快建设制造强国、质量强国、航天强国、交通强国、网络强国。",
      "积极培育新兴产业和未来产业，构建现代化基础设施体系。",
      "深入学习贯彻党的二十届四中全会精神。",
      "深入贯彻党的二十大和二十届二中、三中、四中全会精神。",
      "提高人民生活品质，社会文明程度得到新提高。",
      "完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。",
      "全面深化改革取得新突破。",
      "坚持党的全面领导，坚持人民至上。",
      "锲而不舍落实中央八项规定精神，推进作风建设常态化长效化。",
      "边学边查边改，学习教育于2025年全国两会后启动、7月底前基本结束。",
      "推动房地产市场止跌回稳，实施提振消费专项行动。",
      "推动制造业高端化、智能化、绿色化发展，推动传统产业优化提升。",
      "多办惠民生、暖民心、顺民意的实事。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("必须统筹好培育新动能和更新就动能的关系。\n坚持民生为大，努力为人民群众多办实是。\n坚持不分批次不划阶段，一体推进学察改。\n"),
      [
        [0, "slogan.typo", "统筹好培育新动能和更新旧动能的关系"],
        [1, "slogan.typo", "坚持民生为大，努力为人民群众多办实事"],
        [2, "slogan.typo", "一体推进学查改"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("必须统筹好培育新动能和更新旧动能的关系。\n坚持民生为大，努力为人民群众多办实事。\n坚持不分批次不划阶段，一体推进学查改。\n"), []);
  });
});
