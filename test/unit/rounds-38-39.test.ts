/**
 * Classes from two more held-out rounds (ancient trees, ride-hailing, a TCM hospital's table, a university's
 * alumni, 门前三包, a village's points system, a CPI release, school safety, unpaid wages), each driven through
 * the whole analysis with the words the finding points at; the correct variant stays quiet.
 */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";

const run = (text: string, family = /^(figure|numbering|slogan)\./) => analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => family.test(f.code));
const seen = (text: string, family?: RegExp) => run(text, family).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);

describe("rounds 38–39: numbering", () => {
  it("a main heading written （三） after its parent's own （一）…（五） and before 四、 is one style slip, not two sequence slips", () => {
    const text = "一、基本情况\n正文。\n二、主要工作\n（一）健全制度。正文。\n（二）加大力度。正文。\n（三）加强巡护。正文。\n（三）存在的主要问题\n问题正文。\n四、下步打算\n正文。\n";
    assert.deepStrictEqual(seen(text, /^numbering\./), ["numbering.style （三）"]);
  });

  it("二是 said twice, the second inside the paragraph that opened with the first: the repeat is the slip, not the 三是 after it", () => {
    const text = "当前还存在不少问题。一是运力增长过快。\n二是合规化程度不高，仍有车辆不合规。二是服务质量参差不齐。\n三是权益保障有待加强。\n";
    const fs = run(text, /^numbering\./);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.enumerator 二是"]);
    assert.ok(fs[0].span.start > text.indexOf("不合规"), "the repeat inside the paragraph");
    assert.match(fs[0].message, /编号重复/);
  });

  it("分四大类32项： before 一是…四是: the classes and their items are two counts, and the list may follow either", () => {
    assert.deepStrictEqual(seen("今年的积分细则分四大类32项：一是人居环境，二是移风易俗，三是孝老爱亲，四是遵纪守法。\n", /^numbering\./), []);
    assert.deepStrictEqual(seen("今年的积分细则共32项：一是人居环境，二是移风易俗，三是孝老爱亲，四是遵纪守法。\n", /^numbering\./), ["numbering.count 32项"]);
  });
});

describe("rounds 38–39: formulations", () => {
  it("a part written with one character between (全过程育人 for 全程育人) still names the part", () => {
    assert.deepStrictEqual(seen("深入推进“三全育人”，即全员育人、全过程育人、全方位育人。\n", /^slogan\./), []);
    assert.deepStrictEqual(seen("深入推进“三全育人”，即全员育人、全程育人、全面育人。\n", /^slogan\./).map((s) => s.split(" ")[0]), ["slogan.parts"]);
  });
});

describe("rounds 38–39: figures", () => {
  it("years or months of two years joined by a hyphen (2024-2025学年, 2025年11月-2026年1月)", () => {
    assert.deepStrictEqual(seen("2024-2025学年第一学期开学。\n"), ["figure.usage 2024-2025学年"]);
    assert.deepStrictEqual(seen("2025年11月-2026年1月开展专项行动。\n"), ["figure.usage 2025年11月-2026年1月"]);
    assert.deepStrictEqual(seen("2024—2025学年第一学期开学；2025年11月至2026年1月开展专项行动。\n"), []);
  });

  it("由上年同期每公斤28.6元降至24.2元，下降18.2%: the old value after 由上年同期 and a per-unit word", () => {
    const text = "猪肉价格由上年同期每公斤28.6元降至24.2元，下降18.2%。\n";
    assert.deepStrictEqual(seen(text), ["figure.arithmetic 18.2%"]);
    assert.deepStrictEqual(seen(text.replace("18.2%", "15.4%")), []);
  });

  it("CPI is 居民消费价格, 环比 names the comparison not the metric, and the same month's 环比 stated twice conflicts", () => {
    const text = "9月份，全市CPI同比下降0.2%，环比上涨0.1%。\n从环比看，9月份全市CPI环比上涨0.3%。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 0.3%"]);
    assert.deepStrictEqual(seen(text.replace("0.3%", "0.1%")), []);
    // 同比 and 环比 of one month are two statements.
    assert.deepStrictEqual(seen("9月份，全市CPI同比上涨0.2%。\n从环比看，9月份全市CPI环比上涨0.3%。\n"), []);
  });

  it("占道经营 is no share: a count of it restated with swapped digits conflicts", () => {
    const text = "2024年，街道共劝导整改占道经营326起，清理乱堆乱放1100多处。\n2024年街道劝导整改占道经营362起，罚款14起。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 362起"]);
    assert.deepStrictEqual(seen(text.replace("362起", "326起")), []);
  });

  it("a table cell with 万 takes its unit from the row's name (出院人次 3.38万 against the text's 出院患者3.83万人次); 增长8.3% in a growth cell is a rate", () => {
    const text = "全年主要业务指标如下：\n| 指标 | 2023年 | 2024年 | 增减 |\n| --- | --- | --- | --- |\n| 出院人次 | 3.12万 | 3.38万 | 增长8.3% |\n2024年，出院患者3.83万人次，同比增长8.3%。\n";
    assert.deepStrictEqual(seen(text), ["figure.conflict 3.83万人次"]);
    assert.deepStrictEqual(seen(text.replace("3.83万人次", "3.38万人次")), []);
    assert.deepStrictEqual(seen(text.replace("增长8.3% |", "增长9.3% |").replace("3.83万人次", "3.38万人次")), ["figure.arithmetic 增长9.3%"]);
  });
});
