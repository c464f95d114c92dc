import * as assert from "assert";
import { parseDocument, analyze, DEFAULT_SETTINGS, type Finding } from "../../server/src/core";
import { checkDates } from "../../server/src/core/facts";
import { builtinSloganIndex, loadPacks } from "../../server/src/core/slogans";
import { PackSchema } from "../../server/src/core/slogans/schema";
import { readCorpus, CORPUS_FILES } from "../support/corpus";
import { readDrafts } from "../support/drafts";

const events = () => builtinSloganIndex().events;
const dated = (text: string, year?: number): Finding[] => checkDates(parseDocument(text), events(), year ? { year } : undefined);
const flagged = (text: string, year?: number) => dated(text, year).map((f) => text.slice(f.span.start, f.span.end));
const fixed = (text: string, f: Finding) => {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
};

describe("fact.date: anniversaries and spans", () => {
  it("every built-in event has a date and a source", () => {
    assert.ok(events().length >= 15);
    for (const e of events()) {
      assert.match(e.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, e.name);
      assert.ok(e.source.length > 8, e.name);
    }
    const byName = new Map(events().map((e) => [e.name, e.date]));
    assert.strictEqual(byName.get("中国共产党成立"), "1921-07-01");
    assert.strictEqual(byName.get("中华人民共和国成立"), "1949-10-01");
    assert.strictEqual(byName.get("中国人民解放军建军"), "1927-08-01");
    assert.strictEqual(byName.get("改革开放"), "1978-12");
    assert.strictEqual(byName.get("香港回归祖国"), "1997-07-01");
    assert.strictEqual(byName.get("澳门回归祖国"), "1999-12-20");
    assert.strictEqual(byName.get("中国人民抗日战争暨世界反法西斯战争胜利"), "1945-09-03");
    assert.strictEqual(byName.get("中国共产主义青年团成立"), "1922-05-05");
    assert.strictEqual(byName.get("五四运动"), "1919-05-04");
    assert.strictEqual(byName.get("红军长征胜利"), "1936-10");
  });

  const wrong: [string, number, string, string][] = [
    // [text, draft year, flagged, text after the fix]
    ["今天，我们在这里庆祝建党103周年。", 2025, "建党103周年", "今天，我们在这里庆祝建党104周年。"],
    ["热烈庆祝中国共产党成立一百零三周年！", 2025, "中国共产党成立一百零三周年", "热烈庆祝中国共产党成立一百零四周年！"],
    ["在新中国成立75周年之际召开这次会议。", 2025, "新中国成立75周年", "在新中国成立76周年之际召开这次会议。"],
    ["值此建军97周年之际，向全体官兵致以节日的问候。", 2025, "建军97周年", "值此建军98周年之际，向全体官兵致以节日的问候。"],
    ["庆祝香港回归祖国27周年。", 2025, "香港回归祖国27周年", "庆祝香港回归祖国28周年。"],
    ["纪念五四运动105周年暨建团103周年大会。", 2025, "五四运动105周年", "纪念五四运动106周年暨建团103周年大会。"],
    ["2021年是建党101周年。", 2025, "建党101周年", "2021年是建党100周年。"],
    ["改革开放三十多年来，我县面貌发生了深刻变化。", 2025, "改革开放三十多年来", "改革开放四十多年来，我县面貌发生了深刻变化。"],
    ["新中国成立70年来，全县人民艰苦奋斗。", 2025, "新中国成立70年来", "新中国成立76年来，全县人民艰苦奋斗。"],
    // Last year's number copied into this year's draft: N年来 counts the years between, as the anniversary does.
    ["新中国成立75年来，全县人民艰苦奋斗。", 2025, "新中国成立75年来", "新中国成立76年来，全县人民艰苦奋斗。"],
    ["改革开放46年来，全市经济总量翻了几番。", 2025, "改革开放46年来", "改革开放47年来，全市经济总量翻了几番。"],
  ];
  for (const [text, year, span, after] of wrong) {
    it(`flags ${span} in a ${year} draft`, () => {
      const fs = dated(text, year);
      assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), [span], JSON.stringify(fs));
      assert.strictEqual(fs[0].code, "fact.date");
      assert.strictEqual(fs[0].fixes![0].safe, false);
      assert.strictEqual(fixed(text, fs[0]), after);
    });
  }

  const right: [string, number | undefined][] = [
    ["庆祝中国共产党成立104周年。", 2025],
    ["2021年建党100周年之际，我们隆重表彰了一批优秀共产党员。", 2025],
    ["我们隆重庆祝中国共产党成立一百周年、中华人民共和国成立七十周年。", 2022],
    ["即将迎来建党105周年。", 2025],
    ["明年是建党105周年。", 2025],
    ["去年是新中国成立75周年。", 2025],
    ["纪念中国人民抗日战争暨世界反法西斯战争胜利80周年。", 2025],
    ["纪念红军长征胜利89周年。", 2025],
    ["改革开放四十多年来，", 2025],
    ["党成立一百多年来，", 2025],
    ["新中国成立76年来，", 2025],
    ["庆祝建党103周年。", undefined], // undated draft: nothing to count from
    ["我县成立70周年。", 2025], // an event no pack knows
    ["2019年，我们庆祝了新中国成立70周年。", 2025],
    ["认真学习习近平总书记在纪念毛泽东同志诞辰130周年座谈会上的重要讲话。", 2025], // a past occasion's name
    ["深入学习《在庆祝中国共产党成立103周年座谈会上的讲话》。", 2025],
  ];
  for (const [text, year] of right) it(`accepts “${text}” (${year ?? "undated"})`, () => assert.deepStrictEqual(flagged(text, year), []));

  it("takes the draft's year from its 落款 and from lectern.documentYear, through analyze", () => {
    const text = "同志们：\n今天我们庆祝建党103周年。\n2025年7月1日";
    const run = (year: number | null) => analyze(parseDocument(text), { settings: { ...DEFAULT_SETTINGS, "lectern.documentYear": year }, data: {} }).filter((f) => f.code === "fact.date");
    assert.strictEqual(run(null).length, 1);
    assert.deepStrictEqual(run(2024), []);
  });

  it("the draft's own title names its own occasion: a miscount there is reported", () => {
    const text = "在庆祝中国共产党成立103周年暨七一表彰大会上的讲话\n（2025年6月30日）\n同志们：\n今天我们隆重集会。\n";
    assert.deepStrictEqual(flagged(text, 2025), ["中国共产党成立103周年"]);
  });

  it("team packs add their own events (建县, 建校)", () => {
    const pack = { name: "county", version: "1", events: [{ name: "XX县建县", aliases: ["建县"], date: "1956-03", source: "《XX县志》（1995年）" }, { name: "XX中学建校", aliases: ["建校"], date: "1925-09-01", source: "校史馆" }] };
    assert.ok(PackSchema.safeParse(pack).success);
    const r = loadPacks([{ path: "/w/.lectern/county.pack.json", text: JSON.stringify(pack) }]);
    assert.deepStrictEqual(r.problems, []);
    const index = r.value as ReturnType<typeof builtinSloganIndex>;
    const text = "热烈庆祝建县68周年，祝贺建校100周年。建党104周年。";
    const fs = checkDates(parseDocument(text), index.events, { year: 2025 });
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["建县68周年"]);
    assert.ok(fs[0].message.includes("69周年") && fs[0].message.includes("县志"), fs[0].message);
  });

  it("rejects an event without a source or with a bad date", () => {
    assert.ok(!PackSchema.safeParse({ name: "x", version: "1", events: [{ name: "建县", date: "1956" }] }).success);
    assert.ok(!PackSchema.safeParse({ name: "x", version: "1", events: [{ name: "建县", date: "56年", source: "县志" }] }).success);
  });
});

describe("fact.date: weekdays", () => {
  it("checks a weekday after a full date against the calendar", () => {
    const text = "会议定于2025年3月5日（星期四）上午召开，2025年3月6日（周四）下午分组讨论。";
    const fs = dated(text);
    assert.deepStrictEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ["2025年3月5日（星期四）"]);
    assert.ok(fs[0].message.includes("星期三"));
    assert.strictEqual(fixed(text, fs[0]), text.replace("星期四", "星期三"));
  });
  it("accepts right weekdays in every writing", () => {
    assert.deepStrictEqual(flagged("2025年3月5日（星期三）"), []);
    assert.deepStrictEqual(flagged("二〇二五年三月五日（周三）"), []);
    assert.deepStrictEqual(flagged("2024年12月29日(星期日)、2024年12月29日（星期天）"), []);
    assert.deepStrictEqual(flagged("2025年2月30日（星期一）"), []); // not a date at all
    assert.deepStrictEqual(flagged("二〇二五年三月五日（周五）").length, 1);
  });
});

describe("fact.date: no finding on the corpus or the regression drafts", () => {
  for (const name of CORPUS_FILES) {
    it(name, () => {
      const text = readCorpus(name);
      const fs = analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => f.code.startsWith("fact."));
      assert.deepStrictEqual(fs.map((f) => f.message), []);
    });
  }
  it("regression drafts", () => {
    const found: string[] = [];
    for (const d of readDrafts()) {
      for (const f of analyze(parseDocument(d.text), { settings: DEFAULT_SETTINGS, data: {} })) if (f.code.startsWith("fact.")) found.push(`${d.name}: ${f.message}`);
    }
    assert.deepStrictEqual(found, []);
  });
});

describe("fact.date: the events schema", () => {
  it("takes names with numerals inside (五四运动, 十一届三中全会召开) but not one ending in a numeral", () => {
    const ok = (name: string) => PackSchema.safeParse({ name: "x", version: "1", events: [{ name, date: "1919", source: "s" }] }).success;
    assert.ok(ok("五四运动") && ok("党的十一届三中全会召开"));
    assert.ok(!ok("建党10") && !ok("建 党"));
  });
});
