/**
 * The everyday fixed phrases of each field in the built-in pack: a county bureau's draft
 * writes them in almost every report, so a slip in one of them must be caught, with the
 * formulation restored, and the phrase written right must stay quiet. Each case is a
 * sentence of the field with one input-method slip (a homophone) inside a formulation,
 * checked through the core analysis (every rule, as the editor and the CLI run it); the
 * three examples of the issue also go through the built CLI.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { runCli, tempDir } from "../support/cli";
import { applyFirstFix, assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase } from "../support/slogan-findings";

const apply = applyFirstFix;


const CASES: PhraseCase[] = [
  // The three examples of the issue.
  ["ecology", "污染防治攻坚战", "我们要持续深入打好污染防治攻坚战。", ["防止", "防治"]],
  ["grassroots-civil-social", "共建共治共享", "完善共建共治共享的基层治理格局，推进共建共治共享。", ["共建共制共享", "共建共治共享"]],
  ["party-building", "全面从严治党主体责任", "压紧压实全面从严治党主体责任。", ["主题责任", "主体责任"]],
  // Two of each field's new entries.
  ["party-building", "全面从严治党政治责任", "各级党组织要落实全面从严治党政治责任。", ["政治责认", "政治责任"]],
  ["party-building", "持之以恒正风肃纪", "坚持持之以恒正风肃纪，一体推进不敢腐、不能腐、不想腐。", ["正风素纪", "正风肃纪"]],
  ["economy", "以人为核心的新型城镇化", "坚持以人为核心的新型城镇化，提高城市规划建设水平。", ["新型城镇话", "新型城镇化"]],
  ["economy", "宏观政策取向一致性", "要提高宏观政策取向一致性，形成政策合力。", ["取向一至性", "取向一致性"]],
  ["finance", "不发生系统性金融风险的底线", "坚决守牢不发生系统性金融风险的底线。", ["风险的低线", "风险的底线"]],
  ["finance", "一揽子化债方案", "实施好一揽子化债方案，稳妥化解存量债务。", ["化债方按", "化债方案"]],
  ["science-technology", "国家战略科技力量", "发展壮大国家战略科技力量，推进科技自立自强。", ["科技利量", "科技力量"]],
  ["science-technology", "企业科技创新主体地位", "突出企业科技创新主体地位，支持企业牵头组建创新联合体。", ["创新主题地位", "创新主体地位"]],
  ["education", "办好人民满意的教育", "坚持教育优先发展，办好人民满意的教育。", ["满意的教玉", "满意的教育"]],
  ["education", "坚持社会主义办学方向", "全县各级各类学校要坚持社会主义办学方向。", ["办学方像", "办学方向"]],
  ["health", "紧密型县域医疗卫生共同体", "全面推进紧密型县域医疗卫生共同体建设。", ["卫生公同体", "卫生共同体"]],
  ["health", "提高重大疫情早发现能力", "加强疾病监测预警，提高重大疫情早发现能力。", ["早发现能立", "早发现能力"]],
  ["culture-tourism", "赓续红色血脉", "用好红色资源，赓续红色血脉。", ["红色血麦", "红色血脉"]],
  ["culture-tourism", "讲好中国故事", "用心用情讲好中国故事。", ["中国古事", "中国故事"]],
  ["ecology", "柴油货车污染治理攻坚战", "深入打好柴油货车污染治理攻坚战。", ["治理攻坚站", "治理攻坚战"]],
  ["ecology", "黄河生态保护治理攻坚战", "着力打好黄河生态保护治理攻坚战。", ["治理公坚战", "治理攻坚战"]],
  ["market-regulation", "食品安全属地管理责任", "压紧压实食品安全属地管理责任。", ["安全竖地管理", "安全属地管理"]],
  ["market-regulation", "日管控、周排查、月调度", "督促企业落实日管控、周排查、月调度工作机制。", ["月调渡", "月调度"]],
  ["agriculture-rural", "第二轮土地承包到期后再延长三十年", "稳妥推进第二轮土地承包到期后再延长三十年试点。", ["再延常三十年", "再延长三十年"]],
  ["agriculture-rural", "粮食产销区省际横向利益补偿机制", "探索建立粮食产销区省际横向利益补偿机制。", ["利益补尝机制", "利益补偿机制"]],
  ["emergency-safety", "森林草原防灭火", "扎实做好森林草原防灭火工作。", ["草原防灭伙", "草原防灭火"]],
  ["emergency-safety", "防范遏制重特大生产安全事故", "坚决防范遏制重特大生产安全事故。", ["生产安全事顾", "生产安全事故"]],
  ["law-security", "政法队伍教育整顿", "巩固拓展政法队伍教育整顿成果。", ["教育整钝", "教育整顿"]],
  ["law-security", "矛盾纠纷多元预防调处化解综合机制", "完善矛盾纠纷多元预防调处化解综合机制。", ["综合机志", "综合机制"]],
  ["ethnic-religious", "依法治理民族事务", "坚持依法治理民族事务，依法保障各族群众合法权益。", ["民族事物", "民族事务"]],
  ["ethnic-religious", "平等团结互助和谐社会主义民族关系", "巩固和发展平等团结互助和谐社会主义民族关系。", ["互助和协社会", "互助和谐社会"]],
  ["hk-macao-taiwan-foreign", "中国特色大国外交新局面", "不断开创中国特色大国外交新局面。", ["外交新局勉", "外交新局面"]],
  ["hk-macao-taiwan-foreign", "自信自立、开放包容、公道正义、合作共赢", "始终坚持自信自立、开放包容、公道正义、合作共赢。", ["开放包荣", "开放包容"]],
  ["grassroots-civil-social", "织密扎牢社会保障网", "织密扎牢社会保障网，兜住兜准兜牢民生底线。", ["社会保章网", "社会保障网"]],
  ["grassroots-civil-social", "保障农民工工资按时足额发放", "做好根治欠薪工作，保障农民工工资按时足额发放。", ["足额发方", "足额发放"]],
  ["soe", "推动国有资本和国有企业做强做优做大", "推动国有资本和国有企业做强做优做大，增强核心功能。", ["做强做忧做大", "做强做优做大"]],
  ["soe", "深入实施国有企业改革深化提升行动", "深入实施国有企业改革深化提升行动，完善中国特色现代企业制度。", ["深化提升形动", "深化提升行动"]],
  ["mass-organisations", "机关化、行政化、贵族化、娱乐化", "着力解决机关化、行政化、贵族化、娱乐化等问题。", ["娱乐话", "娱乐化"]],
  ["mass-organisations", "解放思想、改革创新、锐意进取、扎实苦干", "坚持解放思想、改革创新、锐意进取、扎实苦干。", ["扎实苦赶", "扎实苦干"]],
  // Field phrases the next writers' drafts used.
  ["party-building", "党风廉政建设和反腐败斗争", "坚决扛起党风廉政建设和反腐败斗争政治责任。", ["廉正建设", "廉政建设"]],
  ["mass-organisations", "建言资政和凝聚共识", "政协委员要发挥建言资政和凝聚共识作用。", ["建言咨政", "建言资政"]],
  ["mass-organisations", "科技工作者之家", "把科协建设成为更加可信可靠的科技工作者之家。", ["工作者知家", "工作者之家"]],
  ["soe", "把党的领导融入公司治理各环节", "要把党的领导融入公司治理各环节。", ["溶入公司", "融入公司"]],
  ["agriculture-rural", "不发生规模性返贫致贫", "坚决守牢不发生规模性返贫致贫底线。", ["规模性反贫", "规模性返贫"]],
  // Field phrases the next drafts missed, and their neighbours.
  ["health", "党委领导下的院长负责制", "全面落实公立医院党委领导下的院长负责制。", ["院长负责治", "院长负责制"]],
  ["health", "把方向、管大局、作决策、促改革、保落实", "医院党委发挥把方向、管大局、作决策、促改革、保落实的领导作用。", ["作决策、促改革、保落时", "作决策、促改革、保落实"]],
  ["education", "党组织领导的校长负责制", "全面实行中小学校党组织领导的校长负责制。", ["校长负责治", "校长负责制"]],
  ["education", "党委领导下的校长负责制", "坚持和完善高校党委领导下的校长负责制。", ["校长负则制", "校长负责制"]],
  ["education", "把方向、管大局、作决策、保落实", "高校党委把方向、管大局、作决策、保落实。", ["保落时", "保落实"]],
  ["education", "学前教育普及普惠安全优质发展", "推进学前教育普及普惠安全优质发展。", ["普及普汇", "普及普惠"]],
  ["science-technology", "科技创新和产业创新深度融合", "推动科技创新和产业创新深度融合，加快发展新质生产力。", ["深度溶合", "深度融合"]],
  ["science-technology", "数据要素市场化配置改革", "深化数据要素市场化配置改革，释放数据要素价值。", ["市场化配制", "市场化配置"]],
  ["science-technology", "公共数据资源开发利用", "加快公共数据资源开发利用。", ["开发利永", "开发利用"]],
  ["science-technology", "聚天下英才而用之", "坚持党管人才原则，聚天下英才而用之。", ["天下英材", "天下英才"]],
  ["finance", "金融工作的永恒主题", "防控风险是金融工作的永恒主题。", ["永衡主题", "永恒主题"]],
  ["finance", "把防控风险作为金融工作的永恒主题", "坚持把防控风险作为金融工作的永恒主题。", ["永衡主题", "永恒主题"]],
  ["economy", "完整、准确、全面贯彻新发展理念", "完整、准确、全面贯彻新发展理念，加快构建新发展格局。", ["惯彻", "贯彻"]],
  ["economy", "完整准确全面贯彻新发展理念", "要坚持完整准确全面贯彻新发展理念。", ["惯彻", "贯彻"]],
  ["emergency-safety", "各级人民政府行政首长负责制", "防汛抗旱工作实行各级人民政府行政首长负责制。", ["行政首长负责治", "行政首长负责制"]],
  ["ecology", "党政同责、一岗双责", "严格实行党政同责、一岗双责。", ["一岗双则", "一岗双责"]],
  ["science-technology", "跨层级、跨地域、跨系统、跨部门、跨业务", "实现跨层级、跨地域、跨系统、跨部门、跨业务的协同管理和服务。", ["跨业物", "跨业务"]],
  ["science-technology", "统筹数据资源整合共享和开发利用", "统筹数据资源整合共享和开发利用。", ["整合共想", "整合共享"]],
  ["science-technology", "全方位培养、引进、用好人才", "全方位培养、引进、用好人才。", ["用好人材", "用好人才"]],
  ["finance", "在市场化法治化轨道上推进金融创新发展", "坚持在市场化法治化轨道上推进金融创新发展。", ["法制化", "法治化"]],
  ["finance", "以人民为中心的价值取向", "坚持以人民为中心的价值取向。", ["价植取向", "价值取向"]],
  // Field phrases the newest drafts missed, and their neighbours.
  ["science-technology", "四个面向", "坚持“四个面向”，加快实现高水平科技自立自强。", ["四个面相", "四个面向"]],
  ["science-technology", "面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康", "坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。", ["经济主战厂", "经济主战场"]],
  ["education", "四有”好老师", "争做“四有”好老师。", ["好老狮", "好老师"]],
  ["law-security", "四大检察", "推动“四大检察”全面协调充分发展。", ["四大检查", "四大检察"]],
  ["law-security", "为大局服务、为人民司法、为法治担当", "坚持为大局服务、为人民司法、为法治担当。", ["为法制担当", "为法治担当"]],
  ["law-security", "保障国家法律统一正确实施的司法机关", "检察机关是保障国家法律统一正确实施的司法机关。", ["正确时施", "正确实施"]],
  ["law-security", "保护国家利益和社会公共利益的重要力量", "检察机关是保护国家利益和社会公共利益的重要力量。", ["重要利量", "重要力量"]],
  ["soe", "做强做优做大", "推动国有企业做强做优做大。", ["做强做忧做大", "做强做优做大"]],
  ["mass-organisations", "执着专注、精益求精、一丝不苟、追求卓越", "弘扬执着专注、精益求精、一丝不苟、追求卓越的工匠精神。", ["追求卓跃", "追求卓越"]],
  ["grassroots-civil-social", "技能成才、技能报国", "激励青年走技能成才、技能报国之路。", ["技能成材", "技能成才"]],
  ["grassroots-civil-social", "培养更多高技能人才和大国工匠", "培养更多高技能人才和大国工匠。", ["大国工将", "大国工匠"]],
  ["grassroots-civil-social", "行业协会商会与行政机关脱钩", "深化行业协会商会与行政机关脱钩改革。", ["机关脱勾", "机关脱钩"]],
  ["grassroots-civil-social", "行业协会商会类、科技类、公益慈善类、城乡社区服务类", "行业协会商会类、科技类、公益慈善类、城乡社区服务类社会组织可直接登记。", ["公益慈擅类", "公益慈善类"]],
  ["economy", "防范和惩治统计造假、弄虚作假", "坚决防范和惩治统计造假、弄虚作假。", ["惩制统计", "惩治统计"]],
  ["economy", "依法统计、依法治统", "坚持依法统计、依法治统。", ["依法制统", "依法治统"]],
  ["economy", "独立调查、独立报告、独立监督", "确保统计机构独立调查、独立报告、独立监督。", ["独立调察", "独立调查"]],
  // Knowledge the newest drafts showed missing.
  ["health", "紧密型县域医共体", "全面推进紧密型县域医共体建设。", ["县域医供体", "县域医共体"]],
  ["agriculture-rural", "耕地保护党政同责", "严格落实耕地保护党政同责。", ["党证同责", "党政同责"]],
  ["agriculture-rural", "坚决遏制耕地“非农化”、基本农田“非粮化”", "坚决遏制耕地“非农化”、基本农田“非粮化”，确保守住十八亿亩耕地红线。", ["非良化", "非粮化"]],
  ["mass-organisations", "爱岗敬业、争创一流，艰苦奋斗、勇于创新，淡泊名利、甘于奉献", "弘扬爱岗敬业、争创一流，艰苦奋斗、勇于创新，淡泊名利、甘于奉献的劳模精神。", ["干于奉献", "甘于奉献"]],
  ["mass-organisations", "劳动最光荣、劳动最崇高、劳动最伟大、劳动最美丽", "大力弘扬劳动最光荣、劳动最崇高、劳动最伟大、劳动最美丽的社会风尚。", ["劳动最伟达", "劳动最伟大"]],
  ["ecology", "节水优先、空间均衡、系统治理、两手发力", "坚持节水优先、空间均衡、系统治理、两手发力的治水思路。", ["空间均恒", "空间均衡"]],
  ["grassroots-civil-social", "老有所养、老有所医、老有所为、老有所学、老有所乐", "努力实现老有所养、老有所医、老有所为、老有所学、老有所乐。", ["老有所雪", "老有所学"]],
  ["ecology", "推动新阶段水利高质量发展", "坚定不移推动新阶段水利高质量发展。", ["水力高质量", "水利高质量"]],
  ["agriculture-rural", "守住保障国家粮食安全和不发生规模性返贫两条底线", "牢牢守住保障国家粮食安全和不发生规模性返贫两条底线。", ["规模性反贫", "规模性返贫"]],
  ["agriculture-rural", "建好、管好、护好、运营好", "要进一步把农村公路建好、管好、护好、运营好。", ["护好、运营号", "护好、运营好"]],
];

describe("pack: the fields' everyday fixed phrases", () => {
  const idx = builtinSloganIndex();

  it("every case names a current built-in formulation of its field, and every field of the pack has cases", () => {
    assertCasesInPack(CASES);
    const fields = new Set(CASES.map((c) => c[0]));
    for (const f of ["party-building", "economy", "finance", "science-technology", "education", "health", "culture-tourism", "ecology", "market-regulation", "agriculture-rural", "emergency-safety", "law-security", "ethnic-religious", "hk-macao-taiwan-foreign", "grassroots-civil-social", "soe", "mass-organisations"]) {
      assert.ok(CASES.filter((c) => c[0] === f).length >= 2, f);
      assert.ok(fields.has(f), f);
    }
  });

  itCatchesEachSlip(CASES);

  it("the built CLI reports the issue's three examples, naming each formulation, and nothing on them written right", () => {
    const dir = tempDir();
    const slipped = path.join(dir, "slipped.txt");
    const right = path.join(dir, "right.txt");
    fs.writeFileSync(slipped, "要深入打好污染防止攻坚战。\n推进共建共制共享。\n压实全面从严治党主题责任。\n");
    fs.writeFileSync(right, "要深入打好污染防治攻坚战。\n推进共建共治共享。\n压实全面从严治党主体责任。\n");
    const diagnostics = (file: string) => {
      const r = runCli(["check", "--format", "json", file]);
      return (JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string; range: { start: { line: number } } }[]).filter((d) => d.code.startsWith("slogan."));
    };
    const found = diagnostics(slipped);
    assert.deepStrictEqual(
      found.map((d) => [d.range.start.line, d.code, /应为“([^”]+)”/.exec(d.message)?.[1]]),
      [
        [0, "slogan.typo", "污染防治攻坚战"],
        [1, "slogan.typo", "共建共治共享"],
        [2, "slogan.typo", "全面从严治党主体责任"],
      ],
    );
    assert.deepStrictEqual(diagnostics(right), []);
  });

  it("numbered field formulations with the wrong part listed: “三保障”, “清四乱”, “四服务”", () => {
    const cases: [string, string][] = [
      ["对照“三保障”（义务教育、基本医疗、饮水安全）标准逐户排查。", "对照“三保障”（义务教育、基本医疗、住房安全）标准逐户排查。"],
      ["深入推进河湖“清四乱”（乱占、乱采、乱堆、乱排）常态化规范化。", "深入推进河湖“清四乱”（乱占、乱采、乱堆、乱建）常态化规范化。"],
      ["紧扣“四服务”职责定位（为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为经济社会发展服务）。", "紧扣“四服务”职责定位（为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务）。"],
    ];
    for (const [wrong, right] of cases) {
      assert.deepStrictEqual(sloganFindings(wrong + "\n").map((f) => f.code), ["slogan.parts"], wrong);
      assert.deepStrictEqual(sloganFindings(right + "\n").map((f) => f.message), [], right);
    }
  });

  it("numbered field formulations the next drafts used: a wrong part is slogan.parts, the right list quiet (“七种能力”, “三条控制线”, “三融五跨”, “四预” in its order)", () => {
    const cases: [string, string, string][] = [
      [
        "年轻干部要提高“七种能力”（政治能力、调查研究能力、科学决策能力、改革攻坚能力、应急处置能力、群众工作能力、抓落实能力）。",
        "年轻干部要提高“七种能力”（政治能力、调查研究能力、科学决策能力、改革攻坚能力、应急处突能力、群众工作能力、抓落实能力）。",
        "应急处置能力",
      ],
      ["统筹划定三条控制线（生态保护红线、永久基本农田、城市发展边界）。", "统筹划定三条控制线（生态保护红线、永久基本农田、城镇开发边界）。", "城市发展边界"],
      ["构建具有“四预”（预报、预警、预测、预案）功能的智慧水利体系。", "构建具有“四预”（预报、预警、预演、预案）功能的智慧水利体系。", "预测"],
      [
        "推进“三融五跨”（技术融合、业务融合、数据融合，跨层级、跨区域、跨系统、跨部门、跨业务）。",
        "推进“三融五跨”（技术融合、业务融合、数据融合，跨层级、跨地域、跨系统、跨部门、跨业务）。",
        "跨区域",
      ],
    ];
    for (const [wrong, right, part] of cases) {
      const found = sloganFindings(wrong + "\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"], wrong);
      assert.ok(found[0].message.includes(`“${part}”不是`), found[0].message);
      assert.deepStrictEqual(sloganFindings(right + "\n").map((f) => f.message), [], right);
    }
    // The parts of “四预” have a fixed order; 耕地和永久基本农田 names the part 永久基本农田.
    const swapped = sloganFindings("构建具有“四预”（预警、预报、预演、预案）功能的智慧水利体系。\n");
    assert.deepStrictEqual(swapped.map((f) => f.code), ["slogan.parts"]);
    assert.ok(swapped[0].message.includes("次序有误"), swapped[0].message);
    assert.deepStrictEqual(sloganFindings("统筹划定落实耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线。\n"), []);
  });

  it("neighbours written right stay quiet: the school's and the hospital's leadership systems and duties, 与/同 between the two innovations, 把方向、管大局、保落实, 实行首长负责制 (not 行政首长 short of 政)", () => {
    for (const t of [
      "高校实行党委领导下的校长负责制。",
      "学校党组织履行把方向、管大局、作决策、抓班子、带队伍、保落实的领导职责。",
      "推进科技创新与产业创新深度融合，推进科技创新同产业创新深度融合。",
      "推动科技创新和产业创新融合发展。",
      "党组发挥把方向、管大局、保落实的领导作用。",
      "持续推动“四好农村路”高质量发展，把农村公路建设好、管理好、养护好、运营好。",
      "形成以居家为基础、社区为依托、机构为补充的养老服务模式。",
      "县政府各部门实行首长负责制。",
    ]) {
      assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);
    }
  });

  it("the pre-2021 elderly-care formulation is retired: reported, with the current one named, and quiet after 原 or in a sentence dated before", () => {
    for (const t of ["完善以居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系。", "持续完善居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系。"]) {
      const found = sloganFindings(t + "\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"], t);
      assert.ok(found[0].message.includes("居家社区机构相协调、医养康养相结合"), found[0].message);
    }
    for (const t of [
      "原以居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系表述已调整。",
      "2019年，我县完善居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系。",
      "构建居家社区机构相协调、医养康养相结合的养老服务体系。",
    ]) {
      assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);
    }
  });

  it("中央综治委 is the abolished 中央社会治安综合治理委员会: reported after the 2018 reform, quiet after 原 and before it", () => {
    const found = sloganFindings("中央综治委部署平安建设工作。\n");
    assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"]);
    assert.ok(found[0].message.includes("中央政法委员会"), found[0].message);
    assert.deepStrictEqual(sloganFindings("原中央综治委部署平安建设工作。\n"), []);
    assert.deepStrictEqual(sloganFindings("2016年，中央综治委部署平安建设工作。\n"), []);
  });

  it("a first character that is a word of its own (党关于…) is not missing after another subject", () => {
    assert.deepStrictEqual(sloganFindings("以习近平总书记关于加强和改进民族工作的重要思想为指导。\n").map((f) => f.message), []);
    assert.deepStrictEqual(sloganFindings("都要帜鲜明讲政治。\n").map((f) => f.code), ["slogan.typo"]);
  });

  describe("the newest drafts' numbered formulations and retired names", () => {
    const codes = (t: string) => sloganFindings(t + "\n").map((f) => f.code);
    const quiet = (t: string) => assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);

    it("“四个面向” with three parts, after ，即, after ：, after a comma or right after its name, is slogan.parts naming the missing part; all four in order are quiet", () => {
      for (const t of [
        "坚持“四个面向”，即面向世界科技前沿、面向经济主战场、面向国家重大需求。",
        "坚持“四个面向”：面向世界科技前沿、面向经济主战场、面向国家重大需求。",
        "坚持四个面向，面向世界科技前沿、面向经济主战场、面向国家重大需求，加快科技自立自强。",
        "坚持“四个面向”面向世界科技前沿、面向经济主战场、面向国家重大需求。",
      ]) {
        const found = sloganFindings(t + "\n");
        assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"], t);
        assert.ok(found[0].message.includes("缺“面向人民生命健康”"), found[0].message);
      }
      quiet("坚持“四个面向”，即面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。");
      quiet("坚持“四个面向”（面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康）。");
      // Words after the name that are not its parts are no enumeration.
      quiet("“四个面向”要求我们面向世界科技前沿、面向经济主战场。");
      quiet("增强“四个意识”，政治意识是第一位的。");
      // The parts on their own, two exchanged: their order is fixed.
      const swapped = sloganFindings("坚持面向世界科技前沿、面向国家重大需求、面向经济主战场、面向人民生命健康。\n");
      assert.deepStrictEqual(swapped.map((f) => f.code), ["slogan.parts"]);
      assert.ok(swapped[0].message.includes("次序有误"), swapped[0].message);
    });

    it("“四有”好老师 is the teachers' formulation with its four parts; the heritage sites' “四有” work is another one and stays quiet", () => {
      const found = sloganFindings("争做“四有”好老师，即有理想信念、有道德情操、有扎实学识。\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"]);
      assert.ok(found[0].message.includes("有仁爱之心"), found[0].message);
      quiet("争做“四有”好老师，即有理想信念、有道德情操、有扎实学识、有仁爱之心。");
      quiet("加强文物保护单位“四有”工作（划定保护范围、作出标志说明、建立记录档案、设置专门机构）。");
      quiet("全国重点文物保护单位“四有”工作基本完成。");
    });

    it("“四大检察”: a missing part and two parts exchanged are slogan.parts; the four in order are quiet", () => {
      const missing = sloganFindings("推动“四大检察”（刑事检察、民事检察、行政检察）全面协调充分发展。\n");
      assert.deepStrictEqual(missing.map((f) => f.code), ["slogan.parts"]);
      assert.ok(missing[0].message.includes("公益诉讼检察"), missing[0].message);
      const swapped = sloganFindings("推动“四大检察”（刑事检察、行政检察、民事检察、公益诉讼检察）全面协调充分发展。\n");
      assert.deepStrictEqual(swapped.map((f) => f.code), ["slogan.parts"]);
      assert.ok(swapped[0].message.includes("次序有误"), swapped[0].message);
      quiet("推动“四大检察”（刑事检察、民事检察、行政检察、公益诉讼检察）全面协调充分发展。");
      quiet("推动刑事、民事、行政、公益诉讼“四大检察”全面协调充分发展。");
    });

    it("做强做优做大 with two parts exchanged inside the word (做优做强做大, 做强做大做优) is slogan.typo, restored by an unsafe fix; the right order, 做大做强 and a swapped pair (国企国资) are quiet", () => {
      for (const [t, wrong] of [
        ["推动国有企业做优做强做大。", "做优做强做大"],
        ["推动国有企业做强做大做优。", "做强做大做优"],
        ["推进共治共建共享。", "共治共建共享"],
      ]) {
        const found = sloganFindings(t + "\n");
        assert.deepStrictEqual(found.map((f) => f.code), ["slogan.typo"], t);
        assert.ok(found[0].message.includes(`“${wrong}”应为`) && found[0].message.includes("次序颠倒"), found[0].message);
        assert.strictEqual(found[0].fixes![0].safe, false);
        const fixed = apply(t + "\n", found[0]);
        assert.deepStrictEqual(codes(fixed.trimEnd()), [], fixed);
      }
      quiet("推动国有资本和国有企业做强做优做大。");
      quiet("推动国有企业做强做优做大，把企业做大做强。");
      // Two parts alone are written either way too often to call (国资国企, 检查检验).
      quiet("深化国企国资改革，推动检验检查结果互认。");
    });

    it("“一利五率” lists six indicators: five are slogan.parts naming the sixth; “两利四率” is retired", () => {
      const found = sloganFindings("对标“一利五率”（利润总额、净资产收益率、营业现金比率、资产负债率、研发经费投入强度）目标。\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"]);
      assert.ok(found[0].message.includes("全员劳动生产率"), found[0].message);
      quiet("对标“一利五率”（利润总额、净资产收益率、营业现金比率、资产负债率、研发经费投入强度、全员劳动生产率）目标。");
      const retired = sloganFindings("持续提升“两利四率”指标。\n");
      assert.deepStrictEqual(retired.map((f) => f.code), ["slogan.deprecated"]);
      assert.ok(retired[0].message.includes("一利五率"), retired[0].message);
    });

    it("劳模精神、劳动精神、工匠精神 keep their order: another order is slogan.parts whose fix restores it", () => {
      for (const t of ["大力弘扬劳模精神、工匠精神、劳动精神。", "大力弘扬劳动精神、劳模精神、工匠精神。"]) {
        const found = sloganFindings(t + "\n");
        assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"], t);
        assert.strictEqual(apply(t + "\n", found[0]), "大力弘扬劳模精神、劳动精神、工匠精神。\n");
      }
      quiet("大力弘扬劳模精神、劳动精神、工匠精神，走技能成才、技能报国之路。");
    });

    it("retired bodies by pattern: …劳动和社会保障局/厅 → 人力资源和社会保障局/厅, …民间组织管理局 → 社会组织管理局, with the usual exemptions", () => {
      for (const [t, replacement] of [
        ["XX市劳动和社会保障局开展专项检查。", "人力资源和社会保障局"],
        ["省劳动和社会保障厅印发通知。", "人力资源和社会保障厅"],
        ["县民间组织管理局开展年检。", "社会组织管理局"],
        ["民政部民间组织管理局发布通知。", "民政部社会组织管理局"],
      ]) {
        const found = sloganFindings(t + "\n");
        assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"], t);
        assert.strictEqual(found[0].fixes![0].edits[0].newText, replacement);
      }
      quiet("原县劳动和社会保障局局长张某参加会议。");
      quiet("2007年，县劳动和社会保障局开展专项检查。");
      quiet("县人力资源和社会保障局、县社会组织管理局参加会议。");
      quiet("《XX市民间组织管理局年检办法》同时废止。");
    });

    it("a bare 食品药品监督管理局 (the full name, unambiguous) is reported in a current list of bodies; after 原, 美国, in a 《title》, a dated sentence or an example of the correction it is not", () => {
      const found = sloganFindings("2025年，县市场监督管理局、食品药品监督管理局、农业农村局等部门参加会议。\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"]);
      assert.strictEqual(found[0].fixes![0].edits[0].newText, "市场监督管理局");
      assert.deepStrictEqual(codes("目前，食品药品监督管理局负责药品监管。"), ["slogan.deprecated"]);
      quiet("原食品药品监督管理局的职责划入市场监督管理局。");
      quiet("美国食品药品监督管理局批准该药上市。");
      quiet("《食品药品监督管理局工作规则》同时废止。");
      quiet("2017年，食品药品监督管理局开展专项检查。");
      quiet("食品药品监督管理局 → 市场监督管理局");
      // A bare local name that is not unambiguous keeps needing its place name.
      quiet("现代农业局面初步形成。");
    });

    it("the old cultural-relics guideline is retired in favour of the current one", () => {
      const found = sloganFindings("贯彻保护为主、抢救第一、合理利用、加强管理的方针。\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"]);
      assert.strictEqual(found[0].fixes![0].edits[0].newText, "保护第一、加强管理、挖掘价值、有效利用、让文物活起来");
      quiet("贯彻保护第一、加强管理、挖掘价值、有效利用、让文物活起来的工作方针。");
      quiet("2015年，全县贯彻保护为主、抢救第一、合理利用、加强管理的方针。");
    });

    it("the built CLI reports the three parts of “四个面向” and 做优做强做大, and nothing on them written right", () => {
      const dir = tempDir();
      const slipped = path.join(dir, "slipped.txt");
      const right = path.join(dir, "right.txt");
      fs.writeFileSync(slipped, "坚持“四个面向”，即面向世界科技前沿、面向经济主战场、面向国家重大需求。\n推动国有企业做优做强做大。\n");
      fs.writeFileSync(right, "坚持“四个面向”，即面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。\n推动国有企业做强做优做大。\n");
      const diagnostics = (file: string) => {
        const r = runCli(["check", "--format", "json", file]);
        return (JSON.parse(r.stdout).files[0].diagnostics as { code: string; range: { start: { line: number } } }[]).filter((d) => d.code.startsWith("slogan."));
      };
      assert.deepStrictEqual(
        diagnostics(slipped).map((d) => [d.range.start.line, d.code]),
        [
          [0, "slogan.parts"],
          [1, "slogan.typo"],
        ],
      );
      assert.deepStrictEqual(diagnostics(right), []);
    });
  });

  it("the newest drafts' knowledge: ordered parts out of order are slogan.parts (劳动最…, the 治水思路, 劳模精神's content stays quiet right), 三保 and 五个老有 know their parts", () => {
    const idx = builtinSloganIndex();
    assert.deepStrictEqual(idx.formSet.get("三保")!.slogan.parts, ["保基本民生", "保工资", "保运转"]);
    assert.deepStrictEqual(idx.formSet.get("老有所养、老有所医、老有所为、老有所学、老有所乐")!.slogan.parts, ["老有所养", "老有所医", "老有所为", "老有所学", "老有所乐"]);
    for (const [wrong, right] of [
      ["大力弘扬劳动最光荣、劳动最崇高、劳动最美丽、劳动最伟大的社会风尚。", "劳动最伟大、劳动最美丽"],
      ["坚持节水优先、系统治理、空间均衡、两手发力的治水思路。", "空间均衡、系统治理"],
      ["要进一步把农村公路建好、护好、管好、运营好。", "建好、管好、护好、运营好"],
    ]) {
      const found = sloganFindings(wrong + "\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"], wrong);
      assert.ok(found[0].message.includes("次序有误"), found[0].message);
      assert.strictEqual(apply(wrong, found[0]).includes(right), true, apply(wrong, found[0]));
    }
    // 四好农村路 in the ministry's words, and in 2017's (建好，更要管好、护好、运营好), is right too.
    for (const t of ["持续推动“四好农村路”高质量发展，把农村公路建设好、管理好、养护好、运营好。", "既要把农村公路建好，更要管好、护好、运营好。"]) {
      assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);
    }
    // The farmland documents' neighbours of 坚决遏制耕地“非农化”… are right too.
    for (const t of ["坚决遏制耕地“非农化”、防止“非粮化”。", "坚决遏制耕地“非农化”、严格管控“非粮化”。"]) {
      assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);
    }
    // 三保 in the order a county's budget lists it is not wrong: its parts have no fixed order.
    assert.deepStrictEqual(sloganFindings("切实兜牢基层“三保”底线，保工资、保运转、保基本民生。\n"), []);
  });

  it("德智体美劳 is an ordered run of one-character parts: two exchanged are slogan.parts (not a slip), alone or inside the longer formulation, and the fix is not safe", () => {
    const idx = builtinSloganIndex();
    assert.deepStrictEqual(idx.formSet.get("德智体美劳")!.slogan.parts, ["德", "智", "体", "美", "劳"]);
    for (const wrong of ["培养德智体劳美全面发展的社会主义建设者和接班人。", "促进学生德智体劳美全面发展。", "促进学生智德体美劳全面发展。"]) {
      const found = sloganFindings(wrong + "\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"], wrong);
      assert.ok(found[0].message.includes("“德智体美劳”各项次序有误"), found[0].message);
      assert.strictEqual(found[0].span.end - found[0].span.start, 2);
      assert.strictEqual(found[0].fixes![0].safe, false);
      assert.ok(apply(wrong, found[0]).includes("德智体美劳"), apply(wrong, found[0]));
    }
    for (const right of ["培养德智体美劳全面发展的社会主义建设者和接班人。", "促进学生德智体美劳全面发展。", "坚持五育并举，德、智、体、美、劳全面发展。"]) {
      assert.deepStrictEqual(sloganFindings(right + "\n").map((f) => f.message), [], right);
    }
  });

  it("纪委监察局 after a place's level is retired for 纪委监委; quiet after 原, in a sentence dated before the reform, and without a place", () => {
    for (const t of ["市纪委监察局召开专题会议。", "县纪委监察局通报了三起典型问题。"]) {
      const found = sloganFindings(t + "\n");
      assert.deepStrictEqual(found.map((f) => f.code), ["slogan.deprecated"], t);
      assert.strictEqual(found[0].fixes![0].edits[0].newText, "纪委监委");
      assert.strictEqual(found[0].fixes![0].safe, false);
      assert.strictEqual(apply(t, found[0]).slice(0, 5), t.slice(0, 1) + "纪委监委");
    }
    for (const t of ["原县纪委监察局干部。", "2016年，县纪委监察局查处案件12起。", "市纪委监委召开专题会议。"]) {
      assert.deepStrictEqual(sloganFindings(t + "\n").map((f) => f.message), [], t);
    }
  });

  it("the built CLI reports 医供体, 德智体劳美 and 县纪委监察局, each with its own code", () => {
    const dir = tempDir();
    const file = path.join(dir, "draft.txt");
    fs.writeFileSync(file, "推进紧密型县域医供体建设。\n培养德智体劳美全面发展的社会主义建设者和接班人。\n县纪委监察局通报了情况。\n");
    const r = runCli(["check", "--format", "json", file]);
    const diags = (JSON.parse(r.stdout).files[0].diagnostics as { code: string; range: { start: { line: number } } }[]).filter((d) => d.code.startsWith("slogan."));
    assert.deepStrictEqual(
      diags.map((d) => [d.range.start.line, d.code]),
      [
        [0, "slogan.typo"],
        [1, "slogan.parts"],
        [2, "slogan.deprecated"],
      ],
    );
  });

  it("a truncated form the official reports write (污染防治攻坚向纵深推进, 地方政府专项债) is not a slip", () => {
    assert.deepStrictEqual(sloganFindings("污染防治攻坚向纵深推进，发行地方政府专项债额度。\n").map((f) => f.message), []);
  });
});

describe("pack: the parts of 三权分置 after ，就是, and 把人民群众生命安全和身体健康放在第一位", () => {
  it("“三权分置”，就是所有权、承包权、使用权分开 is a wrong part; 经营权 is right", () => {
    assert.deepStrictEqual(sloganFindings("国家的政策是“三权分置”，就是所有权、承包权、使用权分开。\n").map((f) => f.code), ["slogan.parts"]);
    assert.deepStrictEqual(sloganFindings("国家的政策是“三权分置”，就是所有权、承包权、经营权分开。\n"), []);
  });
  it("身体建康 is a slip restored to the formulation", () => {
    const found = sloganFindings("始终把人民群众生命安全和身体建康放在第一位。\n");
    assert.deepStrictEqual(found.map((f) => f.code), ["slogan.typo"]);
    assert.deepStrictEqual(sloganFindings("始终把人民群众生命安全和身体健康放在第一位。\n"), []);
  });
});
