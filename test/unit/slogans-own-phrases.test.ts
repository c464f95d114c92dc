/**
 * A draft's own fixed phrases (a 、-joined run of three or more parts, a quoted phrase):
 * written right once and with a homophone elsewhere, the variant is a slogan.typo.
 */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument, type Finding } from "../../server/src/core";
import "../../server/src/core/registry";

const typos = (text: string): Finding[] => analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => f.code.startsWith("slogan."));
const at = (text: string, f: Finding) => text.slice(f.span.start, f.span.end);

describe("slogans: the draft's own phrases", () => {
  it("为党管档、为国守史、为民服务 … 为国守使: one typo on the later, homophone variant, fixed by one character", () => {
    const text = "档案工作要坚持为党管档、为国守史、为民服务。\n\n一年来，我们始终牢记为党管档、为国守使、为民服务的职责使命。";
    const fs = typos(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, at(text, f)]), [["slogan.typo", "为党管档、为国守使、为民服务"]]);
    assert.match(fs[0].message, /第1行/);
    const e = fs[0].fixes![0].edits[0];
    assert.strictEqual(text.slice(e.span.start, e.span.end), "使");
    assert.strictEqual(e.newText, "史");
    assert.strictEqual(fs[0].fixes![0].safe, false);
  });
  it("a quoted phrase written right twice and once with a homophone, even when the slip comes first", () => {
    const text = "要推进“家门口就业服务站”建设。\n\n今年建成“家门口就叶服务站”12个。\n\n“家门口就业服务站”覆盖所有社区。";
    const fs = typos(text);
    assert.deepStrictEqual(fs.map((f) => at(text, f)), ["家门口就叶服务站"]);
    const first = "今年建成“家门口就叶服务站”12个。\n\n要推进“家门口就业服务站”建设。\n\n“家门口就业服务站”覆盖所有社区。";
    assert.deepStrictEqual(typos(first).map((f) => at(first, f)), ["家门口就叶服务站"]);
  });
  it("negative: a character that is no homophone; two phrases written once each and differing in a non-homophone; a run with a slip the pack found is no reference", () => {
    assert.deepStrictEqual(typos("坚持稳产量、提质量、增效益。\n\n坚持稳产量、提质量、增收益。"), []);
    assert.deepStrictEqual(typos("要做到政治过硬、本领高强、作风优良。\n\n要做到政治过硬、本领高强、作风优秀。"), []);
    const text = "要坚持对党忠诚、纪律严明、赴汤蹈火、竭城为民。\n\n始终做到对党忠诚、纪律严明、赴汤蹈火、竭诚为民。";
    const fs = typos(text);
    assert.deepStrictEqual(fs.map((f) => at(text, f)), ["对党忠诚、纪律严明、赴汤蹈火、竭城为民"]);
  });
});

describe("slogans: a formulation's object after another verb", () => {
  it("以更高水平开放型经济新体质建设为牵引: the object of 建设更高水平开放型经济新体制 with a homophone slip", () => {
    const text = "以更高水平开放型经济新体质建设为牵引，服务高水平对外开放。";
    const fs = typos(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, at(text, f)]), [["slogan.typo", "更高水平开放型经济新体质"]]);
    assert.deepStrictEqual(typos(text.replace("体质", "体制")), []);
    assert.deepStrictEqual(typos("加快构建更高水平开放型经济新体制。"), []);
  });
});

describe("slogans: a clause of a longer formulation written on its own", () => {
  it("全面从严治党永远再路上 is a slip of the clause 全面从严治党永远在路上; the clause written right draws nothing", () => {
    const text = "我们要清醒认识到，全面从严治党永远再路上，反腐败斗争永远在路上。";
    const fs = typos(text);
    assert.deepStrictEqual(fs.map((f) => [f.code, at(text, f)]), [["slogan.typo", "全面从严治党永远再路上"]]);
    assert.deepStrictEqual(typos(text.replace("永远再路上", "永远在路上")), []);
  });
  it("a clause written right beside a slip in the other clause draws no second finding on the right one", () => {
    const text = "要坚持教育优先发展，厚植人民幸福之本，夯实国家富强之根。";
    assert.ok(!typos(text).some((f) => at(text, f).startsWith("厚植人民幸福")));
  });
});
