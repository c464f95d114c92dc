import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { LineIndex, validateJson } from "../../server/src/core";
import { builtinSloganIndex, PackSchema, sloganSource } from "../../server/src/core/slogans";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";
import { BUILTIN_FIELDS } from "../../server/src/core/slogans/builtin";
import { DEFAULT_SETTINGS } from "../../server/src/core/settings";
import { readCorpus } from "../support/corpus";

const ROOT = path.resolve(__dirname, "../..");
const load = (...texts: string[]) => sloganSource.load(texts.map((text, i) => ({ path: `/ws/.lectern/p${i}.pack.json`, text })), DEFAULT_SETTINGS);
const problemAt = (text: string) => {
  const r = validateJson(text, PackSchema);
  assert.strictEqual(r.ok, false);
  const p = r.problems[0];
  return { path: p.path, ...new LineIndex(text).position(p.span.start), text: text.slice(p.span.start, p.span.end), message: p.message };
};

describe("slogan packs: schema", () => {
  it("accepts a team pack with slogans and snippets", () => {
    const r = validateJson(JSON.stringify({ name: "team", version: "1.0.0", slogans: [{ text: "三个XX", parts: ["甲", "乙", "丙"] }], snippets: [{ prefix: "kc", body: ["同志们：", "$0"] }] }), PackSchema);
    assert.ok(r.ok, JSON.stringify(r.problems));
  });
  it("a missing required field is reported on its object", () => {
    const text = '{\n  "name": "team",\n  "slogans": []\n}';
    const p = problemAt(text);
    assert.strictEqual(p.path, "version");
    assert.deepStrictEqual([p.line, p.character], [0, 0]);
  });
  it("a wrong type at its JSON path, line and column", () => {
    const text = '{\n  "name": "team",\n  "version": "1",\n  "slogans": [\n    { "text": "四个意识", "verbs": "增强" }\n  ]\n}';
    const p = problemAt(text);
    assert.strictEqual(p.path, "slogans[0].verbs");
    assert.deepStrictEqual([p.line, p.character, p.text], [4, 31, '"增强"']);
  });
  it("an unknown key is shown on the key", () => {
    const text = '{"name":"t","version":"1","slogans":[{"text":"四个意识","verb":["增强"]}]}';
    const p = problemAt(text);
    assert.strictEqual(p.text, '"verb"');
  });
  it("a bad deprecation date, a quoted text, a duplicate text", () => {
    assert.strictEqual(problemAt('{"name":"t","version":"1","slogans":[{"text":"动态清零","deprecated":{"since":"2023年","note":"x"}}]}').path, "slogans[0].deprecated.since");
    assert.strictEqual(problemAt('{"name":"t","version":"1","slogans":[{"text":"“四个意识”"}]}').path, "slogans[0].text");
    const dup = problemAt('{"name":"t","version":"1","slogans":[{"text":"四个意识"},{"text":"四个意识"}]}');
    assert.strictEqual(dup.path, "slogans[1].text");
    assert.ok(dup.message.includes("duplicate"));
  });
  it("a JSON syntax error at its offset", () => {
    const text = '{"name": "t",\n "version": "1",, "slogans": []}';
    const p = problemAt(text);
    assert.ok(p.message.startsWith("JSON syntax error"));
    assert.strictEqual(p.line, 1);
  });
  it("the generated JSON Schema file is current", () => {
    const { dataSchemaText, DATA_SCHEMAS } = require("../../scripts/gen-schemas");
    const m = DATA_SCHEMAS.find((d: { exportName: string }) => d.exportName === "PackSchema");
    assert.strictEqual(fs.readFileSync(path.join(ROOT, m.out), "utf8"), dataSchemaText(m).text);
  });
});

describe("slogan packs: the built-in pack", () => {
  const current = BUILTIN_PACK.slogans.filter((s) => !s.deprecated);
  it("has at least 150 current formulations, each with a source, and deprecated ones with date and note", () => {
    assert.ok(current.length >= 150, String(current.length));
    for (const s of BUILTIN_PACK.slogans) assert.ok(s.source && s.source.length > 4, s.text);
    const deprecated = BUILTIN_PACK.slogans.filter((s) => s.deprecated);
    assert.ok(deprecated.length >= 10);
    for (const s of deprecated) assert.ok(s.deprecated!.since && s.deprecated!.note, s.text);
  });
  it("every built-in entry has a source document and a date (YYYY[-MM[-DD]])", () => {
    for (const s of BUILTIN_PACK.slogans) {
      assert.ok(s.source && s.source.length > 4, `${s.text}: source`);
      assert.match(s.date ?? "", /^\d{4}(-\d{2}(-\d{2})?)?$/, `${s.text}: date`);
      if (s.deprecated) assert.ok(s.date! <= s.deprecated.since || s.date!.startsWith(s.deprecated.since.slice(0, 4)), `${s.text}: the source predates or announces the retirement`);
    }
  });
  it("every file in builtin/ is a field listed in builtin/index.ts, named lectern-builtin-<field>", () => {
    const dir = path.join(ROOT, "server/src/core/slogans/builtin");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    assert.deepStrictEqual([...BUILTIN_FIELDS.map((f) => f.field)].sort(), files);
    for (const { field, pack } of BUILTIN_FIELDS) {
      assert.strictEqual(pack.name, `lectern-builtin-${field}`);
      assert.match(field, /^[a-z]+(-[a-z]+)*$/);
    }
  });
  it("every built-in entry keeps the field of its file", () => {
    const idx = builtinSloganIndex();
    assert.strictEqual(idx.get("健康中国")!.field, "health");
    assert.strictEqual(idx.get("四个意识")!.field, "party-building");
    assert.ok(idx.slogans.every((s) => s.field), "every entry has a field");
    assert.ok(idx.slogans.every((s) => s.pack === "lectern-builtin"));
  });
  it("numbered formulations carry their parts and canonical verbs", () => {
    const idx = builtinSloganIndex();
    assert.deepStrictEqual(idx.get("四个意识")!.parts, ["政治意识", "大局意识", "核心意识", "看齐意识"]);
    assert.strictEqual(idx.get("四个自信")!.verbs![0], "坚定");
    assert.strictEqual(idx.get("两个维护")!.verbs![0], "做到");
    for (const t of ["两个确立", "五位一体", "四个全面", "三新一高"]) assert.ok(idx.get(t)!.parts!.length >= 2, t);
  });
  it("formulations sourced to the two reports in the corpus appear there verbatim", () => {
    const report = readCorpus("20th-congress-report-2022.txt");
    const gwr = readCorpus("government-work-report-2024.txt");
    let checked = 0;
    for (const s of BUILTIN_PACK.slogans) {
      const src = s.source!.startsWith("党的二十大报告") ? report : s.source!.startsWith("《政府工作报告》（2024年）") ? gwr : undefined;
      if (!src) continue;
      checked++;
      assert.ok(src.includes(s.text), `${s.text} is not in its source`);
    }
    assert.ok(checked >= 150, String(checked));
  });
});

describe("slogan packs: the lint", () => {
  const { announcedCount, lintPack } = require("../../server/src/core/slogans/lint");
  it("reads the count a name announces only where the numeral counts parts", () => {
    assert.deepStrictEqual(["四个意识", "十四个坚持", "六稳", "三不腐", "两个维护", "五位一体", "三新一高", "一带一路", "新发展理念"].map(announcedCount), [4, 14, 6, 3, 2, undefined, undefined, undefined, undefined]);
  });
  it("the built-in pack has no problem", () => {
    assert.deepStrictEqual(lintPack(BUILTIN_PACK), []);
  });
});

describe("slogan packs: loading and merging", () => {
  it("with no files: the built-in pack, no problems", () => {
    const r = load();
    assert.strictEqual(r.value, builtinSloganIndex());
    assert.deepStrictEqual(r.problems, []);
  });
  it("a team pack adds formulations and snippets over the built-in pack", () => {
    const idx = load(JSON.stringify({ name: "team", version: "1", slogans: [{ text: "五县战略", quoted: true }], snippets: [{ prefix: "kc", body: "同志们：" }] })).value as ReturnType<typeof builtinSloganIndex>;
    assert.strictEqual(idx.get("五县战略")!.pack, "team");
    assert.ok(idx.get("四个意识"));
    assert.deepStrictEqual(idx.snippets.map((s) => s.prefix), ["kc"]);
  });
  it("later files win on the same text (and may retire a built-in formulation)", () => {
    const a = JSON.stringify({ name: "a", version: "1", slogans: [{ text: "四个意识", verbs: ["增强"] }] });
    const b = JSON.stringify({ name: "b", version: "1", slogans: [{ text: "四个意识", deprecated: { since: "2099", note: "测试" } }] });
    const ab = load(a, b).value as ReturnType<typeof builtinSloganIndex>;
    assert.strictEqual(ab.get("四个意识")!.pack, "b");
    assert.ok(ab.get("四个意识")!.deprecated);
    const ba = load(b, a).value as ReturnType<typeof builtinSloganIndex>;
    assert.strictEqual(ba.get("四个意识")!.pack, "a");
    assert.deepStrictEqual(ba.get("四个意识")!.verbs, ["增强"]);
  });
  it("a bad file is reported with its path and skipped; the good ones still apply", () => {
    const good = JSON.stringify({ name: "good", version: "1", slogans: [{ text: "五县战略" }] });
    const r = load('{"name": "bad"}', good);
    assert.strictEqual(r.problems.length, 1);
    assert.strictEqual(r.problems[0].path, "/ws/.lectern/p0.pack.json");
    assert.ok((r.value as ReturnType<typeof builtinSloganIndex>).get("五县战略"));
  });
});

describe("snippets/speech.code-snippets", () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, "snippets/speech.code-snippets"), "utf8")) as Record<string, { prefix: string[]; body: string[] | string }>;
  for (const kind of ["动员讲话", "表态发言", "研讨发言", "工作汇报", "心得体会"]) {
    it(`${kind}: three numbered parts 一、二、三、 in order and a closing`, () => {
      const body = (snippets[kind].body as string[]).join("\n");
      const parts = ["一、", "二、", "三、"].map((t) => body.indexOf("\n" + t));
      assert.ok(parts.every((p) => p > 0) && parts[0] < parts[1] && parts[1] < parts[2], body);
      assert.ok(body.slice(parts[2]).split("\n").filter((l) => l && !l.startsWith("$")).length >= 2, "a closing after the third part");
      assert.ok(snippets[kind].prefix.includes(kind));
    });
  }
  it("the speeches open with a salutation", () => {
    for (const kind of ["动员讲话", "表态发言", "工作汇报"]) assert.match((snippets[kind].body as string[])[0], /：$/);
  });
});
