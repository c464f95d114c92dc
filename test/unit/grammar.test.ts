/**
 * The TextMate grammar's patterns, compiled as JavaScript regular expressions
 * (the constructs used — lookbehind, \uHHHH, classes — mean the same in Oniguruma).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../syntaxes/speech.tmLanguage.json"), "utf8"));
const repo = grammar.repository as Record<string, { match?: string; patterns?: { match?: string }[] }>;
const rx = (name: string, i?: number) => new RegExp((i === undefined ? repo[name].match : repo[name].patterns![i].match)!, "gm");

function matches(re: RegExp, text: string, group = 1): string[] {
  return [...text.matchAll(re)].map((m) => m[group]);
}

describe("speech grammar", () => {
  it("compiles every pattern", () => {
    const all: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (k === "match" || k === "begin" || k === "end" ? all.push(x as string) : walk(x));
    };
    walk(grammar.repository);
    assert.ok(all.length >= 10);
    for (const p of all) assert.doesNotThrow(() => new RegExp(p, "m"), p);
  });

  it("marks the heading numbers of each level at a line start only", () => {
    const text = "一、总体要求\n（二）主要任务\n　　3. 强化保障\n（4）细化措施\n①第一项\n他说一、二、三都要做。\n增长1.5个百分点";
    assert.deepStrictEqual(matches(rx("heading-level1"), text), ["一、"]);
    assert.deepStrictEqual(matches(rx("heading-level2"), text), ["（二）"]);
    assert.deepStrictEqual(matches(rx("heading-level3"), text), ["3. "].map((s) => s.trim()));
    assert.deepStrictEqual(matches(rx("heading-level4"), text), ["（4）"]);
    assert.deepStrictEqual(matches(rx("heading-level5"), text), ["①"]);
  });

  it("marks 第一章, 第二部分 and 第三节 headings, not 第一批 or a sentence", () => {
    const text = "第一章　发展基础\n第二部分：主要任务\n第三节 保障措施\n第一批项目已开工。\n第一部分是回顾过去的工作。";
    assert.deepStrictEqual(matches(rx("heading-chapter"), text), ["第一章", "第二部分", "第三节"]);
  });

  it("marks 一是/第二/首先 at a clause start, not inside words such as 统一是", () => {
    const text = "一是抓党建，二是抓发展；第三，要落实。首先，明确目标。国家统一是大势所趋。";
    const found = [0, 1, 2].flatMap((i) => matches(rx("enumerator", i), text));
    assert.deepStrictEqual(found.sort(), ["一是", "二是", "第三", "首先"].sort());
  });

  it("marks figures with their unit and qualifier", () => {
    const re = rx("figure");
    const text = "增长5%左右，赤字4.06万亿元，就业1200万人以上，提高0.5个百分点，2024年。";
    const got = [...text.matchAll(re)].map((m) => m[0]);
    assert.deepStrictEqual(got, ["5%左右", "4.06万亿元", "1200万人以上", "0.5个百分点", "2024年"]);
  });
});
