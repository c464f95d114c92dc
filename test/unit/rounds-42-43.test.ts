/**
 * False alarms of two held-out rounds (high-tech enterprises, a cultural centre, 两癌 screening), each a
 * share or rate read against the wrong whole; driven through the whole analysis. The slip each rule still
 * catches is asserted beside the quiet correct text.
 */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";
import { seenFindings } from "../support/seen";

const seen = (text: string) => seenFindings(text, /^figure\./);

describe("rounds 42–43: shares and rates against the right whole", () => {
  it("progress against a level goal is the level's, not the increment's (达到1286家，比上年净增218家，…完成年度目标1100家的116.9%)", () => {
    const text = "截至2024年底，全市高新技术企业达到1286家，比上年净增218家，增长20.4%，完成年度目标1100家的116.9%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("116.9%", "119.6%")), ["figure.arithmetic 119.6%"]);
  });

  it("progress against a goal for the increase is the increase's (比年初增加41.7亿元，…完成全年增量计划37亿元的112.7%)", () => {
    const text = "普惠型小微企业贷款余额286.4亿元，比年初增加41.7亿元，增长17.0%，完成全年增量计划37亿元的112.7%。\n";
    assert.deepStrictEqual(seen(text), []);
    assert.deepStrictEqual(seen(text.replace("112.7%", "121.7%")), ["figure.arithmetic 121.7%"]);
  });

  it("a clause with no quantity between a count and 其中 speaks of other things (分馆建设8个，…文化站全部达标，其中一级站6个、二级站9个)", () => {
    assert.deepStrictEqual(seen("完成县文化馆分馆建设8个，全县乡镇综合文化站全部达到三级以上标准，其中一级站6个、二级站9个、三级站3个。\n"), []);
    assert.deepStrictEqual(seen("新签约项目12个，总投资86.5亿元，其中工业项目8个、服务业项目6个。\n"), ["figure.arithmetic 6个"]);
  });

  it("a rate named unlike the part before it is another part's rate (其中宫颈癌21例，早诊率83.3%)", () => {
    assert.deepStrictEqual(seen("共检出宫颈癌前病变及宫颈癌126例，其中宫颈癌21例，早诊率83.3%。\n"), []);
  });

  it("a rate's verb, not the noun it is of, makes it the rate of the part before it (其中…市级配套资金170万元，资金执行率96.8%)", () => {
    assert.deepStrictEqual(seen("全年到位项目资金1260万元，其中中央补助资金780万元、省级配套资金310万元、市级配套资金170万元，资金执行率96.8%。\n"), []);
    assert.deepStrictEqual(seen("交办信访件1426件，其中已办结1398件，办结率96.8%。\n"), ["figure.arithmetic 96.8%"]);
  });
});

describe("rounds 42–43: misses that became rules", () => {
  const all = (text: string) =>
    analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} })
      .filter((f) => /^(figure|slogan)\./.test(f.code))
      .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);

  it("“两不愁”就是不愁吃、不愁住: the parts listed after 就是, and 两不愁's own two", () => {
    assert.deepStrictEqual(all("“两不愁”就是不愁吃、不愁穿，“三保障”就是义务教育、基本医疗、住房安全有保障。\n"), []);
    assert.deepStrictEqual(all("“两不愁”就是不愁吃、不愁住。\n"), ["slogan.parts 不愁住"]);
  });

  it("two months each written with 月 joined by a hyphen (3月-6月)", () => {
    assert.deepStrictEqual(all("3月-6月开展安全生产大排查。\n"), ["figure.usage 3月-6月"]);
    assert.deepStrictEqual(all("3月至6月开展安全生产大排查，3—6月为集中整治期。\n"), []);
  });
});
