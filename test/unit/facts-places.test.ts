import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { parseDocument, analyze, DEFAULT_SETTINGS, type Finding } from "../../server/src/core";
import { checkPlaces } from "../../server/src/core/facts";
import { divisions } from "../../server/src/core/facts/divisions";
import { PROVINCE_STEMS } from "../../server/src/core/facts/places";
import { RENAMED } from "../../server/src/core/facts/renamed";
import { readCorpus, CORPUS_FILES } from "../support/corpus";
import { readDrafts } from "../support/drafts";

const places = (text: string, year?: number): Finding[] => checkPlaces(parseDocument(text), year ? { year } : undefined);
const flagged = (text: string, year?: number) => places(text, year).map((f) => text.slice(f.span.start, f.span.end));
const fixed = (text: string, f: Finding) => {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
};

describe("fact.place: the divisions data", () => {
  it("holds the provinces, prefectures and counties of GB/T 2260", () => {
    const d = divisions();
    const count = (level: string) => d.all.filter((u) => u.level === level).length;
    assert.strictEqual(count("province"), 34);
    assert.ok(count("prefecture") >= 330, String(count("prefecture")));
    assert.ok(count("county") >= 2800, String(count("county")));
    assert.deepStrictEqual(d.all.filter((u) => u.level === "province").map((u) => u.stem).sort(), [...PROVINCE_STEMS].sort());
    const enshi = d.byName.get("恩施土家族苗族自治州")![0];
    assert.deepStrictEqual([enshi.stem, enshi.peoples, enshi.type], ["恩施", ["土家族", "苗族"], "自治州"]);
  });
  it("every renamed county's new unit is in the data under its code, and its old name is not", () => {
    const d = divisions();
    for (const r of RENAMED) {
      assert.strictEqual(d.byCode.get(r.code)?.name, r.toShort, r.from);
      assert.ok(r.to.endsWith(r.toShort), r.from);
      assert.ok(!d.byName.has(r.from), r.from);
      assert.match(r.date, /^\d{4}-\d{2}$/);
      assert.ok(r.source.length > 8);
    }
  });
  it("is loaded only when a paragraph may name a place", () => {
    const script = [
      'const { parseDocument } = require("./server/src/core");',
      'const { checkPlaces } = require("./server/src/core/facts");',
      'const { divisionLoads } = require("./server/src/core/facts/divisions");',
      'checkPlaces(parseDocument("同志们：\\n今天的会议很重要，大家要认真落实。\\n"), { year: 2025 });',
      "const before = divisionLoads();",
      'checkPlaces(parseDocument("湖南省宜昌市"), undefined);',
      "console.log(before, divisionLoads());",
    ].join("\n");
    const out = execFileSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: path.resolve(__dirname, "../.."), encoding: "utf8" });
    assert.strictEqual(out.trim(), "0 1");
  });
});

describe("fact.place: hierarchy", () => {
  const wrong: [string, string, string | undefined][] = [
    // [text, flagged, text after the fix (none when several readings fit)]
    ["湖南省宜昌市", "湖南省宜昌市", "湖北省宜昌市"],
    ["江苏省义乌市", "江苏省义乌市", "浙江省义乌市"],
    ["来自湖北省张家界的游客", "湖北省张家界", "来自湖南省张家界的游客"],
    ["四川省重庆市", "四川省重庆市", "重庆市"],
    ["宜昌市恩施市", "宜昌市恩施市", "恩施土家族苗族自治州恩施市"],
    ["南京市朝阳区", "南京市朝阳区", undefined],
    ["位于湖北省宜昌市秭归县和湖南省长沙市岳麓区。", "", undefined],
  ];
  for (const [text, span, after] of wrong) {
    if (!span) continue;
    it(`flags ${span}`, () => {
      const fs = places(text);
      assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), [span], JSON.stringify(fs));
      assert.strictEqual(fs[0].code, "fact.place");
      if (after === undefined) assert.strictEqual(fs[0].fixes, undefined);
      else {
        assert.strictEqual(fs[0].fixes![0].safe, false);
        assert.strictEqual(fixed(text, fs[0]), after);
      }
    });
  }
  const right = [
    "湖北省宜昌市长阳土家族自治县",
    "北京市朝阳区、吉林省长春市朝阳区",
    "浙江省杭州市西湖区和江西省南昌市西湖区",
    "湖北省仙桃市、湖北省神农架林区",
    "上海市浦东新区",
    "新疆维吾尔自治区伊犁哈萨克自治州",
    "湖北、湖南两省，江苏、浙江等地",
    "湖北省与重庆市交界",
    "我市城区面积扩大，全市各县区共同发力。",
    "省市县三级联动，市县区协同推进。",
    "吉林省吉林市",
    "恩施土家族苗族自治州",
  ];
  for (const text of right) it(`accepts “${text}”`, () => assert.deepStrictEqual(flagged(text), []));
});

describe("fact.place: types, peoples, renamed counties", () => {
  it("a province-level unit given the wrong type", () => {
    for (const [text, after] of [["广西省", "广西壮族自治区"], ["重庆省", "重庆市"], ["内蒙古省", "内蒙古自治区"], ["新疆省", "新疆维吾尔自治区"]]) {
      const fs = places(text);
      assert.strictEqual(fs.length, 1, text);
      assert.strictEqual(fixed(text, fs[0]), after);
    }
    assert.deepStrictEqual(flagged("重庆省级重点项目"), []);
  });
  it("the peoples of an autonomous prefecture or county in the wrong order", () => {
    const text = "恩施苗族土家族自治州和长阳土家族自治县、双江佤族拉祜族布朗族傣族自治县";
    const fs = places(text);
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["恩施苗族土家族自治州", "双江佤族拉祜族布朗族傣族自治县"]);
    assert.strictEqual(fixed(text, fs[0]), text.replace("恩施苗族土家族自治州", "恩施土家族苗族自治州"));
    assert.strictEqual(fixed(text, fs[1]), text.replace("双江佤族拉祜族布朗族傣族自治县", "双江拉祜族佤族布朗族傣族自治县"));
  });
  it("a county turned into a district is information in drafts dated after the change", () => {
    const text = "密云县要加快发展生态旅游。";
    const fs = places(text, 2025);
    assert.deepStrictEqual(fs.map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [["information", "密云县"]]);
    assert.ok(fs[0].message.includes("2015年11月") && fs[0].message.includes("北京市密云区"), fs[0].message);
    assert.strictEqual(fixed(text, fs[0]), "密云区要加快发展生态旅游。");
    assert.deepStrictEqual(flagged(text, 2014), []); // before the change
    assert.deepStrictEqual(flagged(text), []); // undated
    assert.deepStrictEqual(flagged("原密云县撤县设区后，发展很快。", 2025), []);
    assert.deepStrictEqual(flagged("2010年，密云县率先开展试点。", 2025), []);
    assert.deepStrictEqual(flagged("召开县委常委会。重庆市开县加快发展。", 2025), ["开县"]);
    assert.deepStrictEqual(flagged("农户县域内流转土地。", 2025), []);
  });
});

describe("fact.place: no finding on the corpus or the regression drafts", () => {
  for (const name of CORPUS_FILES) {
    it(name, () => {
      const text = readCorpus(name);
      assert.deepStrictEqual(checkPlaces(parseDocument(text), { year: 2025 }).map((f) => f.message), []);
    });
  }
  it("regression drafts", () => {
    const found: string[] = [];
    for (const d of readDrafts()) {
      for (const f of analyze(parseDocument(d.text), { settings: DEFAULT_SETTINGS, data: {} })) if (f.code === "fact.place") found.push(`${d.name}: ${f.message}`);
    }
    assert.deepStrictEqual(found, []);
  });
});
