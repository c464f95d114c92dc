/**
 * Figures restated as writers restate them: multiples, decreases, rates from
 * their complement, splits written with …中, ratios that are not shares, and
 * one value stated twice in unlike words. Each slip is asserted with the words
 * the finding points at and the value its message computes; each correct
 * variant gives no finding.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS, type Settings } from "../../server/src/core/settings";
import { figureCheck, targetSource, type TargetData } from "../../server/src/core/figures";
import type { Finding } from "../../server/src/core/findings";

function check(text: string, opts: { targets?: TargetData; year?: number } = {}): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, "lectern.documentYear": opts.year ?? null };
  return figureCheck.run(parseDocument(text), { settings, data: opts.targets ? { targets: opts.targets } : {} });
}

export function targets(json: unknown): TargetData {
  const r = targetSource.load([{ path: "/w/.lectern/targets.json", text: JSON.stringify(json) }], DEFAULT_SETTINGS);
  assert.deepStrictEqual(r.problems, []);
  return r.value as TargetData;
}

/** The one finding of a text: its code, the words it points at, and its message. */
function one(text: string, opts: { targets?: TargetData; year?: number } = {}): { code: string; at: string; message: string; related?: string } {
  const fs = check(text, opts);
  assert.strictEqual(fs.length, 1, fs.map((f) => `${f.code} ${f.message}`).join("\n") || "no finding");
  const f = fs[0];
  return { code: f.code, at: text.slice(f.span.start, f.span.end), message: f.message, related: f.related?.[0] && text.slice(f.related[0].span.start, f.related[0].span.end) };
}

const none = (text: string, opts: { targets?: TargetData; year?: number } = {}) =>
  assert.deepStrictEqual(check(text, opts).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)} ${f.message}`), []);

describe("figures restated: multiples say how much more, not how many times (item 5)", () => {
  it("从15个增加到30个，增长了两倍 is wrong: 增长一倍, 是原来的2倍", () => {
    const f = one("全县家庭农场从15个增加到30个，增长了两倍。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "两倍");
    assert.match(f.message, /是原来的2倍（增长1倍）/);
    assert.match(f.message, /增长两倍是原来的3倍/);
  });
  it("negative: 增长一倍, 增加了一倍, 是原来的2倍 for 15→30", () => {
    none("全县家庭农场从15个增加到30个，增长一倍。");
    none("全县家庭农场从15个增加到30个，增加了一倍。");
    none("全县家庭农场从15个增加到30个，是原来的2倍。");
  });
  it("去年12部，今年计划18部，比去年增长了1.5倍 is wrong: 增长50%, 是去年的1.5倍", () => {
    const f = one("去年12部，今年计划18部，比去年增长了1.5倍。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "1.5倍");
    assert.strictEqual(f.related, "12部");
    assert.match(f.message, /增长0\.5倍/);
    assert.match(f.message, /增长50%/);
  });
  it("the year compared with may be written as a year", () => {
    const f = one("2023年完成12部，2024年完成18部，比2023年增长了1.5倍。");
    assert.strictEqual(f.at, "1.5倍");
    assert.match(f.message, /是原来的1\.5倍/);
  });
  it("negative: 比去年增长50%, 是去年的1.5倍, 比去年增长0.5倍", () => {
    none("去年12部，今年计划18部，比去年增长50%。");
    none("去年12部，今年计划18部，是去年的1.5倍。");
    none("去年12部，今年计划18部，比去年增长0.5倍。");
  });
  it("negative: the figure before 比去年 must be the only earlier one of its kind with last year's period", () => {
    none("去年完成12部、今年完成18部，明年计划30部，比去年增长了1.5倍。");
  });
  it("翻两番 is ×4", () => {
    const f = one("粮食产量从20万吨增加到60万吨，翻两番。");
    assert.strictEqual(f.at, "翻两番");
    assert.match(f.message, /是原来的3倍/);
    none("粮食产量从20万吨增加到80万吨，翻两番。");
  });
});

describe("figures restated: decreases are over the old value (item 6)", () => {
  it("从48下降到40，下降20% is wrong: 16.7%, and 20% is 8/40", () => {
    const f = one("全市行政审批事项从48个下降到40个，下降20%。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "20%");
    assert.match(f.message, /下降应为16\.7%/);
    assert.match(f.message, /以新值40个为基数/);
  });
  it("negative: 下降16.7%", () => none("全市行政审批事项从48个下降到40个，下降16.7%。"));
  it("a duration shortened (压缩, 缩短) is a decrease too", () => {
    const f = one("项目审批时限从48天压缩到40天，缩短20%。");
    assert.strictEqual(f.at, "20%");
    assert.match(f.message, /16\.7%/);
    none("项目审批时限从48天压缩到40天，缩短16.7%。");
  });
});

describe("figures restated: rates from their complement, splits written with …中 (item 7)", () => {
  it("检测水样420个，超标9个，达标率98.1% is wrong: 97.9%", () => {
    const f = one("全年检测水样420个，超标9个，达标率98.1%。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "98.1%");
    assert.strictEqual(f.related, "420个");
    assert.match(f.message, /达标率应为97\.9%/);
  });
  it("negative: 达标率97.9%", () => none("全年检测水样420个，超标9个，达标率97.9%。"));
  it("不合格 for 合格率, 未整改 for 整改率", () => {
    assert.match(one("抽检食品260件，不合格7件，合格率96.5%。").message, /合格率应为97\.3%/);
    none("抽检食品260件，不合格7件，合格率97.3%。");
    assert.match(one("排查隐患58处，未整改4处，整改率90%。").message, /整改率应为93\.1%/);
    none("排查隐患58处，未整改4处，整改率93.1%。");
  });
  it("需改造的36栋楼中，已完工22栋、在建16栋 is 38 of 36", () => {
    const f = one("需改造的36栋楼中，已完工22栋、在建16栋。");
    assert.strictEqual(f.code, "figure.arithmetic");
    assert.strictEqual(f.at, "16栋");
    assert.strictEqual(f.related, "36栋");
    assert.match(f.message, /合计38栋/);
  });
  it("negative: 已完工22栋、在建14栋; a 中 part list that does not pass its total", () => {
    none("需改造的36栋楼中，已完工22栋、在建14栋。");
    none("在全市120家企业中，规上企业80家、小微企业40家。");
  });
});

describe("figures restated: ratios that are not shares may pass 100% (item 8)", () => {
  it("流动性覆盖率156%, 净稳定资金比例128%, 综合偿付能力充足率215%, 拨备覆盖率 and 完成率 give no 'cannot exceed 100%'", () => {
    none("截至6月末，本行流动性覆盖率156%，净稳定资金比例128%，拨备覆盖率210%。");
    none("公司综合偿付能力充足率215%，核心偿付能力充足率168%。");
    none("全年重点项目投资完成率112%。");
  });
  it("still: a genuine share over 100%", () => {
    const f = one("全市城镇化率达到103%。");
    assert.strictEqual(f.at, "103%");
    assert.match(f.message, /不能超过100%/);
    const g = one("农村生活污水治理覆盖率达到105%。");
    assert.strictEqual(g.at, "105%");
  });
});
