/**
 * Everyday fixed phrases of finance, state-owned enterprises, the private economy, industry and information
 * technology, quality, standardization and intellectual property: the principles of the 2025 private-economy
 * promotion law and the 2018 symposium's “自己人” and “三个没有变”, the illegal-fundraising principles, the
 * small-business lending mechanisms (敢贷愿贷能贷会贷, the 2024 financing co-ordination mechanism), the 2024
 * capital-market opinion, the agricultural-insurance 扩面、增品、提标, the modern enterprise system and the SOE 三能 target, new
 * industrialization (the 2023 instruction and its work pattern), the 20th Congress report's and the 2024
 * government work report's manufacturing and digital-economy phrases, the “三个转变” and “三品”, the 5G plan, and
 * the outlines for a strong quality nation, for standardization and for a strong IP nation. Each written right
 * draws nothing, each with one slip inside draws one slogan.typo whose fix restores it; the ordered ones keep
 * their order (slogan.parts when two are exchanged); the retired 国务院金融稳定发展委员会 names its replacement;
 * the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings, assertQuiet, assertPartsExchanged } from "../support/slogan-findings";

const PRIVATE = "平等对待、公平竞争、同等保护、共同发展";
const SOE = "管理人员能上能下、员工能进能出、收入能增能减";
const CHAIN = "补齐短板、拉长长板、锻造新板";
const TURNS = "中国制造向中国创造转变、中国速度向中国质量转变、中国产品向中国品牌转变";
const SYSTEM = "产权清晰、权责明确、政企分开、管理科学";
const IP = "制度完善、保护严格、运行高效、服务便捷、文化自觉、开放共赢";

const CASES: PhraseCase[] = [
  // Finance.
  ["finance", "防范为主、打早打小、综合治理、稳妥处置", "对非法集资坚持防范为主、打早打小、综合治理、稳妥处置的原则。", ["稳妥处致", "稳妥处置"]],
  ["finance", "敢贷愿贷能贷会贷长效机制", "加快建立金融服务小微企业敢贷愿贷能贷会贷长效机制。", ["常效机制", "长效机制"]],
  ["finance", "金融是国民经济的血脉，是国家核心竞争力的重要组成部分", "金融是国民经济的血脉，是国家核心竞争力的重要组成部分。", ["雪脉", "血脉"]],
  ["finance", "扩面、增品、提标", "持续推进农业保险扩面、增品、提标，开发满足新型农业经营主体需求的保险产品。", ["题标", "提标"]],
  ["finance", "支持小微企业融资协调工作机制", "用好支持小微企业融资协调工作机制，开展“千企万户大走访”活动。", ["融资协条", "融资协调"]],
  ["finance", "直达基层、快速便捷、利率适宜", "实现信贷资金直达基层、快速便捷、利率适宜。", ["快速便节", "快速便捷"]],
  ["finance", "大力推动中长期资金入市", "大力推动中长期资金入市，持续壮大长期投资力量。", ["资金入是", "资金入市"]],
  ["finance", "事关国家安全、发展全局、人民财产安全", "防范化解金融风险，事关国家安全、发展全局、人民财产安全。", ["人民才产", "人民财产"]],
  // State-owned enterprises.
  ["soe", SOE, `健全${SOE}的市场化机制。`, ["能增能俭", "能增能减"]],
  ["soe", SYSTEM, `建立${SYSTEM}的现代企业制度。`, ["正企分开", "政企分开"]],
  ["soe", "更好发挥国有经济主导作用和战略支撑作用", "调整优化国有经济布局结构，更好发挥国有经济主导作用和战略支撑作用。", ["战略支称", "战略支撑"]],
  // Private economy.
  ["economy", PRIVATE, `坚持${PRIVATE}的原则，促进民营经济发展壮大。`, ["同等保户", "同等保护"]],
  ["economy", "民营企业和民营企业家是我们自己人", "民营经济是我国经济制度的内在要素，民营企业和民营企业家是我们自己人。", ["我门自己人", "我们自己人"]],
  ["economy", "民营经济是推进中国式现代化的生力军", "民营经济是推进中国式现代化的生力军，是高质量发展的重要基础。", ["声力军", "生力军"]],
  ["economy", "民营经济发展前景广阔、大有可为", "新时代新征程民营经济发展前景广阔、大有可为。", ["大有可唯", "大有可为"]],
  ["economy", "平等的法律地位、市场机会和发展权利", "民营经济组织与其他各类经济组织享有平等的法律地位、市场机会和发展权利。", ["法律地未", "法律地位"]],
  // Industry.
  ["economy", "坚持把发展经济的着力点放在实体经济上", "坚持把发展经济的着力点放在实体经济上，推进新型工业化。", ["着立点", "着力点"]],
  ["economy", "推动制造业高端化、智能化、绿色化发展", "巩固优势产业领先地位，推动制造业高端化、智能化、绿色化发展。", ["智能话", "智能化"]],
  ["economy", CHAIN, `实施制造业重点产业链高质量发展行动，着力${CHAIN}。`, ["断造新板", "锻造新板"]],
  ["economy", "任何时候中国都不能缺少制造业", "任何时候中国都不能缺少制造业。", ["不能却少", "不能缺少"]],
  ["economy", "建立保持制造业合理比重投入机制", "建立保持制造业合理比重投入机制。", ["合理比众", "合理比重"]],
  ["economy", "把高质量发展的要求贯穿新型工业化全过程", "把高质量发展的要求贯穿新型工业化全过程。", ["惯穿", "贯穿"]],
  ["economy", "为中国式现代化构筑强大物质技术基础", "大力推进新型工业化，为中国式现代化构筑强大物质技术基础。", ["构铸", "构筑"]],
  ["economy", TURNS, `推动${TURNS}。`, ["中国创早", "中国创造"]],
  ["economy", "增品种、提品质、创品牌", "深入开展消费品工业增品种、提品质、创品牌“三品”专项行动。", ["提品值", "提品质"]],
  // Digital economy, 5G.
  ["science-technology", "数字经济是继农业经济、工业经济之后的主要经济形态", "数字经济是继农业经济、工业经济之后的主要经济形态。", ["经济行态", "经济形态"]],
  ["science-technology", "加快工业互联网规模化应用", "实施制造业数字化转型行动，加快工业互联网规模化应用。", ["规摸化", "规模化"]],
  ["science-technology", "适度超前建设数字基础设施", "适度超前建设数字基础设施，加快形成全国一体化算力体系。", ["超钱", "超前"]],
  ["science-technology", "不断做强做优做大我国数字经济", "不断做强做优做大我国数字经济。", ["我过数字经济", "我国数字经济"]],
  ["science-technology", "重组全球要素资源、重塑全球经济结构、改变全球竞争格局", "数字经济正在成为重组全球要素资源、重塑全球经济结构、改变全球竞争格局的关键力量。", ["重诉全球", "重塑全球"]],
  // Quality, standardization, intellectual property.
  ["market-regulation", "深入实施质量强国战略", "深入实施质量强国战略，牢固树立质量第一意识。", ["强国战掠", "强国战略"]],
  ["market-regulation", "先进质量文化蔚然成风", "到2035年，质量强国建设基础更加牢固，先进质量文化蔚然成风。", ["慰然成风", "蔚然成风"]],
  ["market-regulation", "质量过硬、优势明显的中国品牌", "形成一大批质量过硬、优势明显的中国品牌。", ["质量过应", "质量过硬"]],
  ["market-regulation", "标准化发展由数量规模型向质量效益型转变", "推动标准化发展由数量规模型向质量效益型转变。", ["质量效意", "质量效益"]],
  ["market-regulation", "中国特色、世界水平的知识产权强国", "到2035年，中国特色、世界水平的知识产权强国基本建成。", ["知识产全", "知识产权"]],
  ["market-regulation", "保护知识产权就是保护创新", "创新是引领发展的第一动力，保护知识产权就是保护创新。", ["保护创心", "保护创新"]],
];

describe("pack: everyday phrases of finance, SOEs, the private economy, industry and IT, quality, standards and IP", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the ordered ones carry their parts in order, and two exchanged draw slogan.parts naming the formulation", () => {
    const idx = builtinSloganIndex();
    for (const [form, parts] of [
      [PRIVATE, ["平等对待", "公平竞争", "同等保护", "共同发展"]],
      [SOE, ["管理人员能上能下", "员工能进能出", "收入能增能减"]],
      [CHAIN, ["补齐短板", "拉长长板", "锻造新板"]],
      [SYSTEM, ["产权清晰", "权责明确", "政企分开", "管理科学"]],
      [IP, ["制度完善", "保护严格", "运行高效", "服务便捷", "文化自觉", "开放共赢"]],
    ] as [string, string[]][]) {
      const f = idx.formSet.get(form)!.slogan;
      assert.deepStrictEqual(f.parts, parts, form);
      assert.ok(f.ordered && f.source && f.date, form);
    }
    assertPartsExchanged([
      ["坚持平等对待、同等保护、公平竞争、共同发展的原则。", PRIVATE],
      ["健全管理人员能上能下、收入能增能减、员工能进能出的市场化机制。", SOE],
      ["着力补齐短板、锻造新板、拉长长板。", CHAIN],
      ["建立产权清晰、政企分开、权责明确、管理科学的现代企业制度。", SYSTEM],
    ]);
  });

  it("the retired 国务院金融稳定发展委员会 is reported with 中央金融委员会 as its replacement", () => {
    const found = sloganFindings("国务院金融稳定发展委员会召开会议。\n");
    assert.deepStrictEqual(found.map((x) => x.code), ["slogan.deprecated"]);
    assert.ok(found[0].message.includes("中央金融委员会"), found[0].message);
    assert.deepStrictEqual(sloganFindings("中央金融委员会召开会议。\n"), []);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "促进数字经济和实体经济深度融合，打造具有国际竞争力的数字产业集群。",
      "积极推进数字产业化、产业数字化，促进数字技术和实体经济深度融合。",
      "推动数字产业化和产业数字化。",
      "加快建设制造强国、质量强国、航天强国、交通强国、网络强国、数字中国。",
      "推动传统产业高端化、智能化、绿色化转型。",
      "坚持高端化、智能化、绿色化、融合化方向。",
      "国有企业内部管理人员能上能下、员工能进能出、收入能增能减的市场化机制更加完善。",
      "推动干部能上能下、员工能进能出、收入能增能减。",
      "促进民营经济持续、健康、高质量发展，是国家长期坚持的重大方针政策。",
      "促进非公有制经济健康发展和非公有制经济人士健康成长。",
      "毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。",
      "非公有制经济在我国经济社会发展中的地位和作用没有变！",
      "全面提升知识产权创造、运用、保护、管理和服务水平。",
      "坚持“法治保障，严格保护”“改革驱动，质量引领”的工作原则。",
      "建设制度完善、保护严格、运行高效、服务便捷、文化自觉、开放共赢的知识产权强国。",
      "实现标准供给由政府主导向政府与市场并重转变。",
      "加快构建推动高质量发展的标准体系，助力高技术创新，促进高水平开放，引领高质量发展。",
      "到2025年，质量整体水平进一步全面提高，中国品牌影响力稳步提升。",
      "国家禁止任何形式的非法集资。",
      "深入推进5G赋能千行百业。",
      "促进形成“需求牵引供给，供给创造需求”的高水平发展模式。",
      "实施制造业技术改造升级工程，培育壮大先进制造业集群，创建国家新型工业化示范区。",
      "推动现代服务业同先进制造业、现代农业深度融合。",
      "推进国有企业、金融企业在完善公司治理中加强党的领导，加快国有经济布局优化和结构调整。",
      "深刻把握金融工作的政治性、人民性。",
      "制造业是国家经济命脉所系，是立国之本、强国之基。",
      "制造业是国民经济的主体，是立国之本、兴国之器、强国之基。",
      "持续深化人事、劳动、分配三项制度改革，全面推行经理层成员任期制和契约化管理。",
      "统筹解决小微企业融资难和银行放贷难的问题，切实解决小微企业融资难、贵、慢问题。",
      "推动国有企业成为公司治理新、经营机制新、布局结构新的现代新国企。",
      "“双百行动”“科改示范行动”“区域性综改试验”等改革专项工程示范带动成效显著。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("坚持平等对待、公平竞争、同等保户、共同发展的原则。\n加快工业互联网规摸化应用。\n保护知识产权就是保护创心。\n"),
      [
        [0, "slogan.typo", PRIVATE],
        [1, "slogan.typo", "加快工业互联网规模化应用"],
        [2, "slogan.typo", "保护知识产权就是保护创新"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("坚持平等对待、公平竞争、同等保护、共同发展的原则。\n加快工业互联网规模化应用。\n保护知识产权就是保护创新。\n"), []);
  });
});
