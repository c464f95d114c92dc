/**
 * Everyday fixed phrases a county bureau writes in its reports: rural-road maintenance reform,
 * health services over the whole life cycle, inspections led by the central inspection tours, and
 * the flood-defence targets, financial supervision with teeth and accountability, the transport goal, the trade
 * unions' basic duty, the flood-control policy of the 防汛条例 and the migrant-wage regulation's principles. Each written right draws nothing, each with one slip inside draws one
 * slogan.typo whose fix restores it; the flood-defence targets keep their order (slogan.parts when two
 * are exchanged), and the built CLI reports the slips in a draft file.
 */
import * as assert from "assert";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import { assertCasesInPack, itCatchesEachSlip, sloganFindings, type PhraseCase, cliSloganFindings, assertQuiet } from "../support/slogan-findings";

const FLOOD = "人员不伤亡、水库不垮坝、重要堤防不决口、重要基础设施不受冲击";

const CASES: PhraseCase[] = [
  // Rural roads.
  ["agriculture-rural", "农村公路管理养护体制改革", "深入推进农村公路管理养护体制改革，建立县乡村三级路长制。", ["管理养户", "管理养护"]],
  // Health.
  ["health", "全方位全周期健康服务", "持续推动以治病为中心转变为以人民健康为中心，为群众提供全方位全周期健康服务。", ["全周期健康服物", "全周期健康服务"]],
  ["health", "每个人是自己健康的第一责任人", "倡导每个人是自己健康的第一责任人的理念。", ["自己建康", "自己健康"]],
  ["health", "维护全生命周期健康", "关注妇幼、中小学生、劳动者、老年人等重点人群，维护全生命周期健康。", ["周期建康", "周期健康"]],
  ["health", "预防是最经济最有效的健康策略", "预防是最经济最有效的健康策略，要把预防摆在更加突出的位置。", ["健康测略", "健康策略"]],
  ["health", "不生病、少生病", "努力使群众不生病、少生病，提高生活质量。", ["少生并", "少生病"]],
  // Inspections.
  ["party-building", "以巡视带巡察", "坚持以巡视带巡察，推动巡察工作高质量发展。", ["以巡视代巡察", "以巡视带巡察"]],
  // Financial supervision, accountability.
  ["finance", "长牙带刺", "推动金融监管真正做到“长牙带刺”、有棱有角。", ["长牙戴刺", "长牙带刺"]],
  ["party-building", "失责必问、问责必严", "释放失责必问、问责必严的强烈信号。", ["问责必言", "问责必严"]],
  // Transport.
  ["economy", "人民满意、保障有力、世界前列", "加快建设人民满意、保障有力、世界前列的交通强国。", ["保障有利", "保障有力"]],
  // Trade unions.
  ["mass-organisations", "维护职工合法权益、竭诚服务职工群众", "切实维护职工合法权益、竭诚服务职工群众。", ["竭成服务", "竭诚服务"]],
  // Migrant workers' wages.
  ["grassroots-civil-social", "市场主体负责、政府依法监管、社会协同监督", "坚持市场主体负责、政府依法监管、社会协同监督。", ["协同监都", "协同监督"]],
  ["grassroots-civil-social", "源头治理、预防为主、防治结合、标本兼治", "按照源头治理、预防为主、防治结合、标本兼治的要求，依法根治拖欠农民工工资问题。", ["防制结合", "防治结合"]],
  // Water and flood defence.
  ["emergency-safety", "安全第一、常备不懈、以防为主、全力抢险", "坚持安全第一、常备不懈、以防为主、全力抢险的防汛方针。", ["常被不懈", "常备不懈"]],
  ["emergency-safety", FLOOD, `锚定${FLOOD}目标，扎实做好防汛各项工作。`, ["重要提防", "重要堤防"]],
];

describe("pack: county everyday phrases of rural roads, health (健康中国行动), inspections, flood defence, financial supervision, transport and trade unions", () => {
  it("every case is a current built-in formulation of its field, with a source and a date", () => {
    assertCasesInPack(CASES);
  });

  itCatchesEachSlip(CASES);

  it("the flood-defence targets carry their four parts in order, and two exchanged draw slogan.parts", () => {
    const f = builtinSloganIndex().formSet.get(FLOOD)!.slogan;
    assert.deepStrictEqual(f.parts, ["人员不伤亡", "水库不垮坝", "重要堤防不决口", "重要基础设施不受冲击"]);
    assert.ok(f.ordered && f.source && f.date);
    const swapped = sloganFindings("锚定人员不伤亡、重要堤防不决口、水库不垮坝、重要基础设施不受冲击目标。\n");
    assert.deepStrictEqual(swapped.map((x) => x.code), ["slogan.parts"]);
    assert.ok(swapped[0].message.includes(FLOOD), swapped[0].message);
    const transport = sloganFindings("加快建设保障有力、人民满意、世界前列的交通强国。\n");
    assert.deepStrictEqual(transport.map((x) => x.code), ["slogan.parts"]);
  });

  it("the wording official texts also write around the new entries stays quiet", () => {
    assertQuiet([
      "国务院办公厅印发《关于深化农村公路管理养护体制改革的意见》。",
      "加快建设“四好农村路”，把农村公路建好、管好、护好、运营好。",
      "要以巡视带巡察，发挥上下联动的系统优势，扎牢织密监督网。",
      "全方位干预健康问题和影响因素，全周期保障人群健康。",
      "做好中小水库安全度汛，严防水库垮坝。",
      "确保人员不伤亡。",
      "防汛工作实行“安全第一，常备不懈，以防为主，全力抢险”的方针。",
      "抗旱实行安全第一，常备不懈，以防为主，防抗结合的原则。",
      "坚持安全第一、预防为主、综合治理的方针。",
      "坚持源头治理、系统治理、综合治理。",
      "倡导“每个人是自己健康第一责任人”的理念。",
      "全生命周期健康管理。",
      "金融监管要有棱有角。",
      "坚持问责必严。",
      "交通运输综合实力位居世界前列。",
      "工会要维护职工合法权益。",
    ]);
  });

  it("the built CLI reports the slips of a draft, naming each formulation, and nothing on the draft written right", () => {
    assert.deepStrictEqual(
      cliSloganFindings("深入推进农村公路管理养户体制改革。\n坚持以巡视代巡察。\n锚定人员不伤亡、水库不垮坝、重要提防不决口、重要基础设施不受冲击目标。\n"),
      [
        [0, "slogan.typo", "农村公路管理养护体制改革"],
        [1, "slogan.typo", "以巡视带巡察"],
        [2, "slogan.typo", FLOOD],
      ],
    );
    assert.deepStrictEqual(cliSloganFindings("深入推进农村公路管理养护体制改革。\n坚持以巡视带巡察。\n锚定人员不伤亡、水库不垮坝、重要堤防不决口、重要基础设施不受冲击目标。\n"), []);
  });
});
