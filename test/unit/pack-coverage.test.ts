import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "../../server/src/core";
import { builtinSloganIndex, checkSlogans } from "../../server/src/core/slogans";
import { documentMatches } from "../../server/src/core/slogans/index";
import { BUILTIN_FIELDS } from "../../server/src/core/slogans/builtin";

/**
 * Field reviews of the built-in pack: pack-coverage/<field>.txt holds ten sentences
 * typical of a county bureau's speech or report in that field, one a line, with
 * every formulation the pack should know wrapped in 【】. Each marked phrase must be
 * a built-in formulation, recognised where it stands, and the sentences (marks
 * removed) must draw no slogan.* finding: the pack knows the field's wording and
 * does not cry wolf on correct text.
 */
const DIR = path.join(__dirname, "pack-coverage");
const MARK = /【([^【】]+)】/g;

interface Marked {
  plain: string;
  marks: { text: string; start: number }[];
}

function unmark(line: string): Marked {
  const marks: Marked["marks"] = [];
  let plain = "";
  let last = 0;
  for (const m of line.matchAll(MARK)) {
    plain += line.slice(last, m.index);
    marks.push({ text: m[1], start: plain.length });
    plain += m[1];
    last = m.index! + m[0].length;
  }
  return { plain: plain + line.slice(last), marks };
}

describe("pack coverage: field reviews of the built-in pack", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
  const idx = builtinSloganIndex();

  it("every review file names a built-in field, and the reviewed fields all have one", () => {
    const reviewed = ["culture-tourism", "ecology", "market-regulation", "agriculture-rural", "emergency-safety", "law-security", "ethnic-religious", "hk-macao-taiwan-foreign", "grassroots-civil-social", "soe", "education", "health", "mass-organisations", "people-congress", "party-building"];
    for (const f of reviewed) assert.ok(files.includes(`${f}.txt`), f);
    const fields = new Set(BUILTIN_FIELDS.map((f) => f.field));
    for (const f of files) assert.ok(fields.has(f.slice(0, -4)), f);
  });

  it("ordinary correct wording one character short of a field formulation draws no finding", () => {
    // Each line is what a formulation would be without its first or last character, in its
    // own right: the pack keeps no entry that would make these a "missing character".
    const text = [
      "要压实意识形态工作责任，加强阵地管理。",
      "中华文化影响深远。",
      "提升企业核心竞争优势。",
      "社会文明程度得到新提高。",
      "促进民族交往交流交融。",
      "将保障人民健康放在优先发展的战略位置。",
      "坚决防止发生规模性返贫。",
      "提高国有企业领导人的素质。",
      "把健康融入所有政策。",
      "落实行政执法责任，规范执法行为。",
      "督促企业落实全员安全生产责任。",
      "开展全民国家安全教育活动。",
      "做好重点传染病防治。",
      "推进土壤污染源头防治。",
      "使军人成为全社会尊崇的职业。",
      "始终把中国人的饭碗牢牢端在自己手上。",
      "推进宗教工作法治建设。",
    ].join("\n") + "\n";
    const findings = checkSlogans(parseDocument(text), idx).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
    assert.deepStrictEqual(findings, []);
  });

  for (const file of files) {
    const field = file.slice(0, -4);
    const lines = fs.readFileSync(path.join(DIR, file), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    const sentences = lines.map(unmark);

    describe(field, () => {
      it("ten sentences, each with a marked formulation, most of them the field's own", () => {
        assert.strictEqual(sentences.length, 10);
        for (const s of sentences) assert.ok(s.marks.length > 0, s.plain);
        const own = sentences.flatMap((s) => s.marks).filter((m) => idx.formSet.get(m.text)?.slogan.field === field);
        assert.ok(own.length >= 10, `${own.length} marks of the field itself`);
      });

      it("every marked formulation is in the built-in pack and recognised where it stands", () => {
        const missing: string[] = [];
        for (const s of sentences) {
          const found = documentMatches(parseDocument(s.plain + "\n"), idx);
          for (const m of s.marks) {
            const form = idx.formSet.get(m.text);
            if (!form) missing.push(`${m.text}: not in the pack`);
            else if (form.slogan.deprecated) missing.push(`${m.text}: retired`);
            // Recognised itself, or inside a longer formulation that holds it (全面贯彻党的教育方针).
            else if (!found.some((f) => f.start <= m.start && f.end >= m.start + m.text.length)) missing.push(`${m.text}: not recognised in “${s.plain}”`);
          }
        }
        assert.deepStrictEqual(missing, []);
      });

      it("the sentences, marks removed, give no slogan finding", () => {
        const text = sentences.map((s) => s.plain).join("\n") + "\n";
        const findings = checkSlogans(parseDocument(text), idx).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}: ${f.message}`);
        assert.deepStrictEqual(findings, []);
      });
    });
  }
});
