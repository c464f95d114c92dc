/**
 * The field phrases of disease control and public hospitals, medical insurance,
 * emergency management and fire rescue, finance and audit, consumption and
 * opening-up, state-owned enterprises and energy: each written right draws
 * nothing, each with one slip inside draws one slogan.typo whose fix restores it,
 * a numbered one with its parts out of order draws slogan.parts, and the built CLI
 * reports the slips in a draft file the way a writer runs it.
 */
import * as assert from "assert";
import * as fs from "fs";
import { applyFirstFix, assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings } from "../support/slogan-findings";

const apply = applyFirstFix;


const CASES: PhraseCase[] = [
  ["health", "医防融合、平急结合、中西医并重", "公立医院要坚持医防融合、平急结合、中西医并重。", ["平急接合", "平急结合"]],
  ["health", "发展方式从规模扩张转向提质增效", "推动公立医院发展方式从规模扩张转向提质增效。", ["提质增笑", "提质增效"]],
  ["health", "以零容忍态度严厉打击欺诈骗保、套保和挪用贪占医保基金的违法行为", "要以零容忍态度严厉打击欺诈骗保、套保和挪用贪占医保基金的违法行为。", ["违法形为", "违法行为"]],
  ["health", "健康知识普及行动", "深入实施健康知识普及行动。", ["普及形动", "普及行动"]],
  ["emergency-safety", "推动重大事故隐患动态清零", "落细落实安全生产十五条硬措施，推动重大事故隐患动态清零。", ["动态清灵", "动态清零"]],
  ["emergency-safety", "城市基础设施生命线安全工程", "持续推进城市基础设施生命线安全工程建设。", ["安全功程", "安全工程"]],
  ["finance", "以义取利，不唯利是图", "做到诚实守信，不逾越底线；以义取利，不唯利是图。", ["不惟利是图", "不唯利是图"]],
  ["finance", "稳健审慎，不急功近利", "积极培育中国特色金融文化，做到稳健审慎，不急功近利。", ["稳建审慎", "稳健审慎"]],
  ["economy", "城乡居民增收促进行动", "深入开展城乡居民增收促进行动。", ["增收促近", "增收促进"]],
  ["economy", "推动大规模设备更新和消费品以旧换新", "推动大规模设备更新和消费品以旧换新。", ["以旧换心", "以旧换新"]],
  ["soe", "科技创新、产业控制、安全支撑", "切实发挥国有企业科技创新、产业控制、安全支撑作用。", ["产业控置", "产业控制"]],
  ["soe", "向前瞻性战略性新兴产业集中", "推动国有资本向前瞻性战略性新兴产业集中。", ["产业集忠", "产业集中"]],
  ["economy", "全面实施预算绩效管理", "全面实施预算绩效管理，提高财政资金使用效益。", ["预算积效", "预算绩效"]],
  ["ecology", "新型电力系统", "加快构建新型电力系统，保障迎峰度夏电力供应。", ["新形电力", "新型电力"]],
  ["education", "家校社协同育人", "推进家校社协同育人，形成育人合力。", ["携同育人", "协同育人"]],
  ["education", "祖国最需要的地方", "希望同学们到祖国最需要的地方去建功立业。", ["最须要", "最需要"]],
  ["agriculture-rural", "加强领导、密切配合，依靠科学、依法防治，群防群控、果断处置", "坚持加强领导、密切配合，依靠科学、依法防治，群防群控、果断处置的方针。", ["果段处置", "果断处置"]],
  ["ecology", "清洁低碳、安全充裕、经济高效、供需协同、灵活智能的新型电力系统", "加快构建清洁低碳、安全充裕、经济高效、供需协同、灵活智能的新型电力系统。", ["供须协同", "供需协同"]],
];

describe("pack: health, emergency, finance, consumption, SOE and energy phrases", () => {

  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("“两个至上” with its parts swapped is slogan.parts naming the right order; in order it is quiet", () => {
    const wrong = "坚持“两个至上”（生命至上、人民至上），压实安全生产责任。\n";
    const right = "坚持“两个至上”（人民至上、生命至上），压实安全生产责任。\n";
    const found = sloganFindings(wrong);
    assert.deepStrictEqual(found.map((f) => f.code), ["slogan.parts"]);
    assert.ok(found[0].message.includes("人民至上、生命至上"), found[0].message);
    assert.deepStrictEqual(sloganFindings(right).map((f) => f.message), []);
  });

  it("two formulations one character apart and both right (…十五条措施 and …十五条硬措施; 提高/提升核心竞争力) are each quiet", () => {
    for (const text of ["落实安全生产十五条措施。", "落细落实安全生产十五条硬措施。", "增强核心功能、提高核心竞争力。", "增强核心功能，提升核心竞争力。"])
      assert.deepStrictEqual(sloganFindings(text + "\n").map((f) => f.message), [], text);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("坚持医防融合、平急接合、中西医并重。\n持续推进城市基础设施生命线安全功程建设。\n深入开展城乡居民增收促近行动。\n"),
      [
        [0, "slogan.typo", "医防融合、平急结合、中西医并重"],
        [1, "slogan.typo", "城市基础设施生命线安全工程"],
        [2, "slogan.typo", "城乡居民增收促进行动"],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("坚持医防融合、平急结合、中西医并重。\n持续推进城市基础设施生命线安全工程建设。\n深入开展城乡居民增收促进行动。\n"), []);
  });
});

describe("retired field terms: 社区服刑人员, 建档立卡贫困…", () => {
  it("are reported in a 2025 draft with their current words, and kept in a sentence dated before their retirement", () => {
    const a = sloganFindings("2025年，全市在册社区服刑人员1862人，无一脱管漏管。");
    assert.deepStrictEqual(a.map((f) => f.code), ["slogan.deprecated"]);
    assert.match(a[0].message, /社区矫正对象/);
    const b = sloganFindings("2025年，全县为建档立卡贫困残疾人家庭完成无障碍改造326户。");
    assert.deepStrictEqual(b.map((f) => f.code), ["slogan.deprecated"]);
    assert.strictEqual(apply("2025年，全县为建档立卡贫困残疾人家庭完成无障碍改造326户。", b[0]), "2025年，全县为脱贫残疾人家庭完成无障碍改造326户。");
    assert.deepStrictEqual(sloganFindings("2019年，全县建档立卡贫困残疾人全部纳入兜底保障。"), []);
    assert.deepStrictEqual(sloganFindings("2018年，全市社区服刑人员1200人。"), []);
  });
});

describe("retired ecology wording: 打赢蓝天保卫战", () => {
  it("is reported after 2021-11 with 深入打好蓝天保卫战, kept in a sentence dated before and in the plan's title", () => {
    const a = sloganFindings("2025年，我市坚决打赢蓝天保卫战，空气质量持续改善。");
    assert.deepStrictEqual(a.map((f) => f.code), ["slogan.deprecated"]);
    assert.strictEqual(apply("2025年，我市坚决打赢蓝天保卫战，空气质量持续改善。", a[0]), "2025年，我市坚决深入打好蓝天保卫战，空气质量持续改善。");
    assert.deepStrictEqual(sloganFindings("2019年，全市坚决打赢蓝天保卫战。"), []);
    assert.deepStrictEqual(sloganFindings("2025年，我们回顾了《打赢蓝天保卫战三年行动计划》的实施情况。"), []);
  });
});

describe("field phrases: 枫桥经验's features; 三新一高 with its verbs; a short clause of a longer formulation", () => {
  it("矛盾不上缴 is a slip of 小事不出村、大事不出镇、矛盾不上交", () => {
    const text = "努力做到小事不出村、大事不出镇、矛盾不上缴。";
    const fs = sloganFindings(text);
    assert.deepStrictEqual(fs.map((f) => f.code), ["slogan.typo"]);
    assert.strictEqual(apply(text, fs[0]), "努力做到小事不出村、大事不出镇、矛盾不上交。");
  });
  it("立足新发展阶段、构建新发展格局、贯彻新发展理念、推动高质量发展 is 三新一高 out of order; in order it draws nothing", () => {
    assert.deepStrictEqual(sloganFindings("我们要立足新发展阶段、构建新发展格局、贯彻新发展理念、推动高质量发展。").map((f) => f.code), ["slogan.parts"]);
    assert.deepStrictEqual(sloganFindings("我们要立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展。"), []);
  });
  it("提升核心竟争力 inside 增强核心功能、提升核心竟争力 is a slip of the clause", () => {
    assert.deepStrictEqual(sloganFindings("要紧紧围绕增强核心功能、提升核心竟争力，深化改革。").map((f) => f.code), ["slogan.typo"]);
  });
});

describe("field phrases: 党风廉政建设, 不发生规模性返贫", () => {
  it("a homophone in either is a slip", () => {
    assert.deepStrictEqual(sloganFindings("持续加强党风廉正建设。").map((f) => f.code), ["slogan.typo"]);
    assert.deepStrictEqual(sloganFindings("坚决确保不发生规模性反贫。").map((f) => f.code), ["slogan.typo"]);
    assert.deepStrictEqual(sloganFindings("持续加强党风廉政建设，确保不发生规模性返贫。"), []);
  });
});

describe("round 22 and 23 knowledge and one finding per slip", () => {
  it("以人民建康为中心 is a slip; 市出入境检验检疫局 is retired; 以筑牢…为主线 draws one finding", () => {
    assert.deepStrictEqual(sloganFindings("坚持以人民建康为中心。").map((f) => f.code), ["slogan.typo"]);
    assert.deepStrictEqual(sloganFindings("2025年，市商务局会同市出入境检验检疫局开展帮扶。").map((f) => f.code), ["slogan.deprecated"]);
    assert.deepStrictEqual(sloganFindings("2017年，市出入境检验检疫局开展帮扶。"), []);
    assert.strictEqual(sloganFindings("要坚持以筑牢中华民族共同体意识为主线。").length, 1);
  });
});

describe("the Party's fundamental purpose: 全心全意为人民服务", () => {
  it("a homophone inside it is a slip; written right it draws nothing", () => {
    const text = "牢记全心全意为人民服物的根本宗旨。";
    const fs = sloganFindings(text);
    assert.deepStrictEqual(fs.map((f) => f.code), ["slogan.typo"]);
    assert.strictEqual(apply(text, fs[0]), "牢记全心全意为人民服务的根本宗旨。");
    assert.deepStrictEqual(sloganFindings("牢记全心全意为人民服务的根本宗旨。"), []);
  });
});
