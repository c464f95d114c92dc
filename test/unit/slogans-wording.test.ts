/** slogan.wording: the packs' wording section (use X, not Y), its exemptions and fixes. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseDocument, type Finding } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans, mergePacks } from "../../server/src/core/slogans";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";
import { PackSchema } from "../../server/src/core/slogans/schema";
import { readCorpus } from "../support/corpus";

const ROOT = path.resolve(__dirname, "../..");
const wording = (text: string, index = builtinSloganIndex()): Finding[] => checkSlogans(parseDocument(text), index).filter((f) => f.code === "slogan.wording");
const flagged = (text: string) => wording(text).map((f) => text.slice(f.span.start, f.span.end));

describe("slogan.wording", () => {
  const positives: [string, string, string[], boolean][] = [
    // [text, flagged, replacements, safe]
    ["自治区成立以来，广西省经济社会发展取得显著成就。", "广西省", ["广西壮族自治区"], true],
    ["内蒙古省、西藏省的同志参加了会议。", "内蒙古省", ["内蒙古自治区"], true],
    ["新疆自治区党委召开会议。", "新疆自治区", ["新疆维吾尔自治区"], true],
    ["台湾政府近日宣布调整政策。", "台湾政府", ["台湾当局"], true],
    ["台湾总统选举结果揭晓。", "台湾总统", ["台湾地区领导人"], true],
    ["两岸三地的青年交流活动。", "两岸三地", ["海峡两岸和香港", "海峡两岸和香港、澳门"], false],
    ["香港政府推出新措施。", "香港政府", ["香港特区政府", "香港特别行政区政府"], false],
    ["中国与APEC成员国的贸易额增长。", "APEC成员国", ["APEC成员", "APEC成员经济体"], false],
    ["当地维族群众载歌载舞。", "维族", ["维吾尔族"], true],
    ["摩梭族的传统民居。", "摩梭族", ["摩梭人"], true],
    ["公安机关迅速抓获罪犯李某。", "罪犯", ["犯罪嫌疑人"], false],
    ["县人大副主任王某出席。", "人大副主任", ["人大常委会副主任"], true],
    ["中共河北省省委书记主持会议。", "省省委书记", ["省委书记"], true],
    ["各国积极参与一带一路战略。", "一带一路战略", ["一带一路倡议"], true],
  ];
  for (const [text, span, uses, safe] of positives) {
    it(`flags “${span}” → ${uses.join(" / ")}${safe ? " (safe)" : ""}`, () => {
      const fs = wording(text);
      assert.strictEqual(text.slice(fs[0].span.start, fs[0].span.end), span, JSON.stringify(fs));
      assert.strictEqual(fs[0].severity, "warning");
      assert.deepStrictEqual(fs[0].fixes!.map((x) => x.edits[0].newText), uses);
      assert.deepStrictEqual(fs[0].fixes!.map((x) => x.safe), uses.map(() => safe));
      assert.ok(fs[0].message.includes("出处："), fs[0].message);
    });
  }
  it("where the words are right or only named: history, quotes, 所谓, titles, the rule itself, an example of the fix", () => {
    for (const text of [
      "1950年广西省人民政府成立。",
      "新疆省于1884年建省。",
      "1912年中华民国成立。",
      "辛亥革命后建立了中华民国。",
      "港英时期的香港政府推行殖民统治。",
      "对台湾当局不使用所谓“台湾政府”的称谓。",
      "不得称台湾政府，应称台湾当局。",
      "“维吾尔族”不能简称为维族。",
      "学习《香港政府与政治》一书。",
      "广西省 → 广西壮族自治区。",
      "延边朝鲜族自治州的朝鲜族群众。",
      "罪犯在监狱服刑期间表现良好。",
      "依法惩治罪犯。",
      "县人大主任科员张某。",
      "各省省委书记出席会议。",
    ]) assert.deepStrictEqual(flagged(text), [], text);
  });
  it("a draft dated before the entry's date keeps the words", () => {
    assert.deepStrictEqual(flagged("关于一带一路战略的思考\n（2015年5月10日）\n要积极参与一带一路战略。\n"), []);
    assert.deepStrictEqual(flagged("关于一带一路倡议的思考\n（2023年5月10日）\n要积极参与一带一路战略。\n"), ["一带一路战略"]);
  });
  it("a team pack extends the list and may replace a built-in entry", () => {
    const team = PackSchema.parse({
      name: "team",
      version: "1",
      wording: [
        { avoid: "XX县开发区", use: "XX高新技术产业开发区", note: "2021年更名。", source: "XX县政府通知", date: "2021-06" },
        { avoid: "台湾政府", use: "台湾方面", note: "本单位用“台湾方面”。", source: "本单位用语表", date: "2020" },
      ],
    });
    const index = mergePacks([BUILTIN_PACK, team]);
    assert.deepStrictEqual(wording("XX县开发区招商。台湾政府宣布。", index).map((f) => f.fixes![0].edits[0].newText), ["XX高新技术产业开发区", "台湾方面"]);
  });
  it("the schema: required fields, one entry per avoid", () => {
    assert.ok(!PackSchema.safeParse({ name: "t", version: "1", wording: [{ avoid: "甲乙", use: "丙", note: "x" }] }).success, "source and date are required");
    const dup = PackSchema.safeParse({ name: "t", version: "1", wording: [1, 2].map(() => ({ avoid: "甲乙", use: "丙", note: "x", source: "s", date: "2020" })) });
    assert.ok(!dup.success && dup.error.issues[0].message.includes("duplicate"));
  });
  it("every built-in entry has a source and a date, and the list covers each kind the proofreading lists check", () => {
    const list = BUILTIN_PACK.wording!;
    for (const w of list) assert.ok(w.source.length > 4 && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(w.date), w.avoid);
    for (const a of ["广西省", "内蒙古省", "西藏省", "宁夏省", "新疆省", "台湾总统", "台湾政府", "中华民国", "香港政府", "APEC成员国", "摩梭族", "罪犯"]) assert.ok(list.some((w) => w.avoid === a), a);
  });
  it("precision: nothing on the official reports, the speeches, the README's and the rule pages' prose", () => {
    for (const name of ["20th-congress-report-2022.txt", "government-work-report-2024.txt", "county-mobilization-speech.txt", "study-session-remarks.txt"]) assert.deepStrictEqual(flagged(readCorpus(name)), [], name);
    for (const file of ["README.md", "server/src/core/slogans/builtin/README.md", "docs/rules/slogan.wording.md"]) assert.deepStrictEqual(flagged(fs.readFileSync(path.join(ROOT, file), "utf8")), [], file);
  });
});
