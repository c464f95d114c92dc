import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseDocument, analyze, DEFAULT_SETTINGS, loadSegmenter } from "../../server/src/core";
import { targetsFromText, targetsOf } from "../../server/src/core/figures";
import { buildTargets } from "../../server/src/core/figures/targets";
import { TargetTableSchema } from "../../server/src/core/figures/targets-schema";
import { loadSources, type SourceSet } from "../../server/src/core/sources";

const BULLETIN = fs.readFileSync(path.resolve(__dirname, "../drafts/figures/statistical-bulletin.txt"), "utf8");
const TITLE = "某市2024年国民经济和社会发展统计公报";
const sources = () => loadSources([{ path: "/w/.lectern/sources/bulletin.txt", text: BULLETIN }, { path: "/w/.lectern/sources/bulletin.json", text: JSON.stringify({ title: TITLE, names: ["统计公报"], kind: "statistics" }) }]).value as SourceSet;

describe("a statistics source as a target table", () => {
  before(async () => {
    await loadSegmenter();
  });

  it("reads the bulletin's known indicators for its year, each with its sentence as source", () => {
    const entries = targetsFromText(BULLETIN, TITLE);
    assert.ok(TargetTableSchema.safeParse({ targets: entries }).success);
    const get = (m: string) => entries.find((e) => e.metric === m);
    assert.deepStrictEqual([get("地区生产总值")?.value, get("地区生产总值")?.unit, get("地区生产总值")?.year], [2856.3, "亿元", 2024]);
    assert.strictEqual(get("地区生产总值增速")?.value, 5.6);
    assert.strictEqual(get("粮食产量")?.value, 185.6);
    assert.ok(get("地区生产总值")!.source!.startsWith(`《${TITLE}》：初步核算，全年全市地区生产总值2856.3亿元`));
    // Parts (第一产业增加值 under 其中) and part-year figures are no indicator's annual value.
    assert.ok(entries.every((e) => e.year === 2024));
  });

  it("a draft figure that disagrees with the bulletin is figure.target, quoting the bulletin; the bulletin itself gives none", () => {
    const data = { sources: sources() };
    const draft = "同志们：\n2024年，全市地区生产总值2865.3亿元，增长5.6%；全年粮食产量185.6万吨。\n";
    const fs1 = analyze(parseDocument(draft), { settings: DEFAULT_SETTINGS, data }).filter((f) => f.code === "figure.target");
    assert.deepStrictEqual(fs1.map((f) => draft.slice(f.span.start, f.span.end)), ["2865.3亿元"]);
    assert.ok(fs1[0].message.includes(`《${TITLE}》：初步核算`), fs1[0].message);
    const own = analyze(parseDocument(BULLETIN), { settings: DEFAULT_SETTINGS, data }).filter((f) => f.code === "figure.target");
    assert.deepStrictEqual(own.map((f) => f.message), []);
  });

  it("a target table overrides the bulletin for the same metric and year", () => {
    const table = buildTargets([{ path: "/w/.lectern/targets.json", entries: [{ metric: "地区生产总值", value: 2865.3, unit: "亿元", year: 2024, source: "修订数" }] }]).data;
    const data = targetsOf({ settings: DEFAULT_SETTINGS, data: { sources: sources(), targets: table } })!;
    const gdp = data.targets.filter((t) => t.metric === "地区生产总值" && !t.growth);
    assert.deepStrictEqual(gdp.map((t) => [t.entry.value, t.entry.source]), [[2865.3, "修订数"]]);
    assert.ok(data.targets.some((t) => t.metric === "粮食产量"));
  });
});
