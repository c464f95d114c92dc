/**
 * Everyday fixed phrases of civil aviation (三个敬畏, 四型机场, the strong-aviation goal), transport and
 * waterways (the transport outlines' networks and circles, world-class ports, inland waterways, 八纵八横
 * and 四纵四横两网, the railway's 2035 goal), railway and mine safety, old urban gas pipes, housing
 * (房屋体检、房屋养老金、房屋保险, the campaign on stalled housing projects, 因城施策优化房地产调控), power
 * supply (迎峰度夏/迎峰度冬, the 2024 government work report's coal backstop, wind-solar bases, distributed
 * energy and the grid's absorption of clean power) and the 2024 energy law (its strategy, principles and
 * energy system). Each written right draws nothing, each with one slip inside draws one slogan.typo whose
 * fix restores it; the ordered ones draw slogan.parts when two parts are exchanged, and the built CLI
 * reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, assertPartsExchanged, assertQuiet, cliSloganFindings, itCatchesEachSlip, orderedPartsOf, type PhraseCase } from "../support/slogan-findings";

const RESPECT = "敬畏生命、敬畏规章、敬畏职责";
const NETWORKS = "发达的快速网、完善的干线网、广泛的基础网";
const RAIL = "守底线、抓重点、控关键、防风险";
const MINE = "机械化换人、自动化减人";
const COMMUTE = "都市区1小时通勤、城市群2小时通达、全国主要城市3小时覆盖";
const FREIGHT = "国内1天送达、周边国家2天送达、全球主要城市3天送达";

const CASES: PhraseCase[] = [
  // Civil aviation.
  ["emergency-safety", RESPECT, `牢固树立${RESPECT}意识，深入推进作风建设。`, ["敬畏规张", "敬畏规章"]],
  ["emergency-safety", "三个敬畏", "深化“三个敬畏”宣传教育活动，狠抓“三基”建设。", ["三个景畏", "三个敬畏"]],
  ["economy", "保障有力、人民满意、竞争力强的民航强国", "实现民航高质量发展，建成保障有力、人民满意、竞争力强的民航强国。", ["竟争力强", "竞争力强"]],
  ["economy", "安全高效、绿色环保、智慧便捷、和谐美好的四型机场", "到2035年全面建成安全高效、绿色环保、智慧便捷、和谐美好的四型机场。", ["和协美好", "和谐美好"]],
  // Transport and waterways.
  ["economy", NETWORKS, `着力打造由${NETWORKS}构成的“三张交通网”。`, ["基楚网", "基础网"]],
  ["economy", "安全、便捷、高效、绿色、经济的现代化综合交通体系", "构建安全、便捷、高效、绿色、经济的现代化综合交通体系。", ["便洁", "便捷"]],
  ["economy", "安全便捷、智慧绿色、经济高效、支撑有力、世界先进的世界一流港口", "加快建设安全便捷、智慧绿色、经济高效、支撑有力、世界先进的世界一流港口。", ["支撑有利", "支撑有力"]],
  ["economy", "畅通高效、绿色智慧、安全韧性、保障有力的现代化内河航运体系", "加快构建畅通高效、绿色智慧、安全韧性、保障有力的现代化内河航运体系。", ["保障有利", "保障有力"]],
  ["economy", "人民满意、保障有力、世界前列的现代化内河航运体系", "到2035年，基本建成人民满意、保障有力、世界前列的现代化内河航运体系。", ["保障有利", "保障有力"]],
  ["economy", "八纵八横", "加快“八纵八横”高速铁路主通道建设。", ["八纵八衡", "八纵八横"]],
  ["economy", "四纵四横两网", "到2035年基本建成“四纵四横两网”国家高等级航道。", ["四纵四衡两网", "四纵四横两网"]],
  ["economy", "服务安全优质、保障坚强有力、实力国际领先的现代化铁路强国", "到2035年，率先建成服务安全优质、保障坚强有力、实力国际领先的现代化铁路强国。", ["坚强有利", "坚强有力"]],
  // Railway safety.
  ["emergency-safety", RAIL, `全面落实“${RAIL}”工作策略，确保铁路运输安全持续稳定。`, ["空关键", "控关键"]],
  // Mine safety.
  ["emergency-safety", MINE, `小煤矿深化${MINE}专项行动，逐步向智能化过渡。`, ["自动化简人", "自动化减人"]],
  ["emergency-safety", "严格非煤矿山源头管控", "严格非煤矿山源头管控，科学合理设置矿山。", ["源头管空", "源头管控"]],
  ["emergency-safety", "严格灾害严重煤矿安全准入", "严格灾害严重煤矿安全准入，推进采掘智能化。", ["安全准如", "安全准入"]],
  // Housing.
  ["economy", "打好商品住房烂尾风险处置攻坚战", "继续坚持因城施策，打好商品住房烂尾风险处置攻坚战。", ["攻艰战", "攻坚战"]],
  ["economy", "房屋体检、房屋养老金、房屋保险", "研究建立房屋体检、房屋养老金、房屋保险制度，构建房屋安全管理长效机制。", ["房屋养老经", "房屋养老金"]],
  ["economy", "因城施策优化房地产调控", "因城施策优化房地产调控，推动降低房贷成本。", ["调空", "调控"]],
  // Power supply (2024 government work report).
  ["ecology", "发挥煤炭、煤电兜底作用", "发挥煤炭、煤电兜底作用，确保经济社会发展用能需求。", ["兜低", "兜底"]],
  ["ecology", "加强大型风电光伏基地和外送通道建设", "加强大型风电光伏基地和外送通道建设。", ["外送通到", "外送通道"]],
  ["ecology", "推动分布式能源开发利用", "推动分布式能源开发利用，发展新型储能。", ["开发力用", "开发利用"]],
  ["ecology", "提高电网对清洁能源的接纳、配置和调控能力", "提高电网对清洁能源的接纳、配置和调控能力。", ["配制", "配置"]],
  // The energy law (2024).
  ["ecology", "能源消费革命、能源供给革命、能源技术革命、能源体制革命和全方位加强国际合作", "实施推动能源消费革命、能源供给革命、能源技术革命、能源体制革命和全方位加强国际合作的能源安全新战略。", ["能源体质革命", "能源体制革命"]],
  ["ecology", "立足国内、多元保障、节约优先、绿色发展", "坚持立足国内、多元保障、节约优先、绿色发展。", ["节约有先", "节约优先"]],
  ["ecology", "清洁低碳、安全高效的新型能源体系", "加快构建清洁低碳、安全高效的新型能源体系。", ["安全高校", "安全高效"]],
  ["ecology", "多措并举、精准施策、科学管理、社会共治", "国家坚持多措并举、精准施策、科学管理、社会共治的原则，完善节约能源政策。", ["社会共制", "社会共治"]],
  // Gas pipes.
  ["emergency-safety", "城市燃气管道等老化更新改造", "加快开展城市燃气管道等老化更新改造工作。", ["更新改照", "更新改造"]],
];

describe("pack: civil aviation, transport and waterways, railway and mine safety, housing and power supply", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the short names and the digit-bearing circles are current formulations with a source and a date (too short or numeric for a typo search; recognised as written)", () => {
    const idx = builtinSloganIndex();
    for (const [form, field] of [
      ["四型机场", "economy"], ["全国123出行交通圈", "economy"], ["全球123快货物流圈", "economy"], [COMMUTE, "economy"], [FREIGHT, "economy"],
      ["城中村改造", "economy"], ["迎峰度夏", "ecology"], ["迎峰度冬", "ecology"],
    ] as const) {
      const f = idx.formSet.get(form);
      assert.ok(f, form);
      assert.strictEqual(f.slogan.field, field, form);
      assert.ok(!f.slogan.deprecated && f.slogan.source && f.slogan.date, form);
    }
    assert.deepStrictEqual(idx.formSet.get("迎峰度夏")!.slogan.neighbours, ["迎峰度冬"]);
  });

  it("the ordered ones carry their parts, and two exchanged draw slogan.parts naming the formulation", () => {
    assert.deepStrictEqual(orderedPartsOf(RESPECT), ["敬畏生命", "敬畏规章", "敬畏职责"]);
    assert.deepStrictEqual(orderedPartsOf("三个敬畏"), ["敬畏生命", "敬畏规章", "敬畏职责"]);
    assert.deepStrictEqual(orderedPartsOf("四型机场"), ["平安机场", "绿色机场", "智慧机场", "人文机场"]);
    assert.deepStrictEqual(orderedPartsOf(NETWORKS), ["发达的快速网", "完善的干线网", "广泛的基础网"]);
    assert.deepStrictEqual(orderedPartsOf(RAIL), ["守底线", "抓重点", "控关键", "防风险"]);
    assert.deepStrictEqual(orderedPartsOf(MINE), ["机械化换人", "自动化减人"]);
    assert.deepStrictEqual(orderedPartsOf(COMMUTE), ["都市区1小时通勤", "城市群2小时通达", "全国主要城市3小时覆盖"]);
    assert.deepStrictEqual(orderedPartsOf(FREIGHT), ["国内1天送达", "周边国家2天送达", "全球主要城市3天送达"]);
    assertPartsExchanged([
      ["牢固树立敬畏生命、敬畏职责、敬畏规章意识。", RESPECT],
      ["由完善的干线网、发达的快速网、广泛的基础网构成。", NETWORKS],
      ["基本形成城市群2小时通达、都市区1小时通勤、全国主要城市3小时覆盖的出行交通圈。", COMMUTE],
      ["以平安机场、智慧机场、绿色机场、人文机场为引领。", "四型机场"],
      ["坚持立足国内、节约优先、多元保障、绿色发展。", "立足国内、多元保障、节约优先、绿色发展"],
    ]);
  });

  it("the wording official texts write around the new entries stays quiet", () => {
    assertQuiet([
      "深刻领悟“三个敬畏”的精神内核和实践要求。",
      "要以对生命、规章、职责的高度敬畏，持续加强作风建设。",
      "建设以“平安、绿色、智慧、人文”为核心的四型机场。",
      "推进四型机场建设，加快建设民航强国。",
      "从单一的航空运输强国向多领域的民航强国跨越。",
      "到本世纪中叶，全面建成人民满意、保障有力、世界前列的交通强国。",
      "基本形成“全国123出行交通圈”和“全球123快货物流圈”。",
      "建设安全、便捷、高效、绿色、经济、包容、韧性的可持续交通体系。",
      "打造安全、便捷、绿色、高效、经济、包容、韧性的可持续交通体系。",
      "到2050年，全面建成世界一流港口，形成若干个世界级港口群。",
      "在原规划“四纵四横”主骨架的基础上，形成“八纵八横”高速铁路网。",
      "以加快构建现代化铁路安全保障体系为目标，坚持抓基层、打基础、强基本。",
      "严格矿山安全生产准入，深化矿山安全生产治本攻坚。",
      "推动新建、改扩建矿井及大型煤矿实现智能化开采。",
      "扎实推进保交房、消化存量商品房等重点工作。",
      "扎实推进保障性住房建设、城中村改造和“平急两用”公共基础设施建设“三大工程”。",
      "构建全生命周期的房屋安全管理长效机制。",
      "做好迎峰度夏能源电力安全保供，全力保障人民群众温暖过冬。",
      "今年迎峰度冬期间全国最高用电负荷同比增加。",
      "发挥煤电兜底保障作用，推动分布式能源发展。",
      "因城施策调整优化房地产政策。",
      "构建清洁低碳、安全高效的能源体系。",
      "推动能源消费革命、供给革命、技术革命、体制革命，全方位加强国际合作。",
      "坚持节约优先、保护优先、自然恢复为主。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    const right = [
      `牢固树立${RESPECT}意识。`,
      `着力打造由${NETWORKS}构成的“三张交通网”。`,
      `小煤矿深化${MINE}专项行动。`,
      "研究建立房屋体检、房屋养老金、房屋保险制度。",
    ];
    const slipped = [
      `牢固树立敬畏生命、敬畏规张、敬畏职责意识。`,
      `着力打造由发达的快速网、完善的干线网、广泛的基楚网构成的“三张交通网”。`,
      `小煤矿深化机械化换人、自动化简人专项行动。`,
      "研究建立房屋体检、房屋养老经、房屋保险制度。",
    ];
    assert.deepStrictEqual(cliSloganFindings(slipped.join("\n") + "\n"), [
      [0, "slogan.typo", RESPECT],
      [1, "slogan.typo", NETWORKS],
      [2, "slogan.typo", MINE],
      [3, "slogan.typo", "房屋体检、房屋养老金、房屋保险"],
    ]);
    assert.deepStrictEqual(cliSloganFindings(right.join("\n") + "\n"), []);
  });
});
