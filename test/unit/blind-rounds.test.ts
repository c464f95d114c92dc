/**
 * Blind rounds (test/blind/<round>): drafts written by people who never read the code, with
 * their seeded slips (see test/support/blind.ts), checked through the built CLI as
 * scripts/score-blind.ts scores them (with the round's check-args.json: the fact rounds'
 * sources). Each round's `baseline.json` lists the misses and false alarms still open after
 * that round's fixes ("draft:line code"); a slip found must stay found, and no new false
 * alarm may appear. The score before the fixes is in docs/accuracy.md.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { scoreRound } from "../../scripts/score-blind";
import { BLIND_DIR, ROUND_NAME, scoreDraft, type BlindDraft } from "../support/blind";

interface Baseline {
  missed: string[];
  falseAlarms: string[];
}

const rounds = fs.existsSync(BLIND_DIR) ? fs.readdirSync(BLIND_DIR).filter((d) => ROUND_NAME.test(d)).sort() : [];

describe("blind rounds (built CLI)", function () {
  this.timeout(120_000);
  it("has rounds, each with a baseline", () => {
    assert.ok(rounds.length >= 7, rounds.join(", "));
    // Every folder here is a round, or the sources the fact rounds quote.
    assert.deepStrictEqual(fs.readdirSync(BLIND_DIR).filter((d) => !ROUND_NAME.test(d)), ["facts-sources"]);
    for (const r of rounds) assert.ok(fs.existsSync(path.join(BLIND_DIR, r, "baseline.json")), `${r}/baseline.json`);
  });
  for (const round of rounds) {
    it(`${round}: every slip found before is found, no new false alarm`, () => {
      const dir = path.join(BLIND_DIR, round);
      const baseline: Baseline = JSON.parse(fs.readFileSync(path.join(dir, "baseline.json"), "utf8"));
      const { scores } = scoreRound(dir);
      // (Rounds are ten drafts; the two short rounds at a session's end, six.)
      assert.ok(scores.length >= 6, `${round}: ${scores.length} drafts`);
      const newMisses = scores.flatMap((s) => s.missed.map((m) => `${s.name}:${m.line} ${m.code}`)).filter((k) => !baseline.missed.includes(k));
      const newAlarms = scores.flatMap((s) => s.falseAlarms.map((f) => ({ key: `${s.name}:${f.line} ${f.code}`, message: f.message }))).filter((f) => !baseline.falseAlarms.includes(f.key)).map((f) => `${f.key}: ${f.message}`);
      assert.deepStrictEqual({ newMisses, newAlarms }, { newMisses: [], newAlarms: [] });
    });
  }
  it("scoring: an exchange of two ordered parts inside a word counts as slogan.typo or slogan.parts, if the finding says the order is wrong", () => {
    const draft: BlindDraft = { round: "r", name: "d", file: "d.txt", text: "", expected: [{ line: 3, code: "slogan.typo", words: "德智美体劳", why: "" }] };
    const order = { line: 3, code: "slogan.parts", message: "“德智体美劳”各项次序有误，应为：德、智、体、美、劳。" };
    assert.strictEqual(scoreDraft(draft, [order]).found.length, 1);
    const wrongPart = { line: 3, code: "slogan.parts", message: "“共赢”不是“新发展理念”的组成部分" };
    const s = scoreDraft(draft, [wrongPart]);
    assert.deepStrictEqual([s.found.length, s.falseAlarms.length], [0, 1]);
    const otherLine = scoreDraft(draft, [{ ...order, line: 4 }]);
    assert.deepStrictEqual([otherLine.found.length, otherLine.falseAlarms.length], [0, 1]);
  });
});
